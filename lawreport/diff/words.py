"""Chinese words, for tracing plans to measures (the cut is lawreport.text.words').

Follow-up evidence is shown as shared terms, and a term must be whole words (执法人员 and
司法人员 share 人员, not 法人员); the dictionary is loaded only when plans are followed up.
"""

from __future__ import annotations

from lawreport.cjk import is_han
from lawreport.text.words import words

__all__ = ["FUNCTION", "GENERIC", "is_content", "is_edge", "words"]

GENERIC = frozenset(
    "推进 加强 工作 进一步 继续 持续 全面 深入 开展 推动 落实 完善 健全 提高 提升 建立 实现 强化 坚持 积极 不断 "
    "切实 有效 进行 相关 方面 做好 组织 全年 今年 明年 年度 各项 重点 主要 情况 力争 努力 扎实 着力 重要 有关 "
    "以上 以下 同时 通过 按照 根据 围绕 结合 进行 作为 确保 全部 基本 不足 问题 措施 机制 体系 水平 能力".split())
"""Words every plan and measure uses: they never make a plan followed, nor a term on their own."""
FUNCTION = frozenset("和 与 及 或 并 的 地 得 等 在 对 将 把 为 是 了 于 以 从 向 由 被 使 也 都 又 就 且 其 之 各 每 中 上 下 后 前".split())
"""Function words: a shared term never begins or ends with one (家长和 is 家长)."""


def is_content(word: str) -> bool:
    """A word that says what is done: two characters or more, with a Chinese one, not generic."""
    return len(word) >= 2 and word not in GENERIC and any(is_han(char) for char in word)


def is_edge(word: str) -> bool:
    """A word a shared term may begin or end with: not a function word, not generic, not punctuation."""
    return word not in FUNCTION and word not in GENERIC and any(char.isalnum() for char in word)

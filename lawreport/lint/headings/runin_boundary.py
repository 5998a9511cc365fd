"""Where a run-in heading ends when nothing marks its end (for H008 runin-heading-punct).

A received report's run-in heading is read up to its first “。” (“（一）加强学习。全年开展……”). When
the author left out the “。”, the heading runs straight into its body and what the reader takes for the
heading is the heading and the body's first sentence together: “（一）加强党对××的全面领导充分发挥
统筹协调作用，大力推进依法行政，……。”. Such a run-in heading is told by three things together:

1. its text up to the first “。” is at least :data:`MIN_LENGTH` characters, longer than nine headings in
   ten (of some 330 run-in headings in the real report openings of benchmarks/openings and 27 full
   reports, the longest is 62 characters, and those over 40 are two or three clauses joined by “，”);
2. it opens as a heading does, with a verb of the work done (加强, 推动, 认真, 科学, 坚持, 从严……:
   :data:`_HEAD_VERB`), not with a subject or a date as a numbered paragraph of the body does
   (“（一）全年办理……”, “1.县政府常务会议……”);
3. its first clause (up to the first “，”“、”“；”, bracket or quotation mark) holds a boundary: a word
   that ends headings (领导, 职责, 工作, 措施……: :data:`_CLOSE`) directly followed by the start of a new
   sentence, either a verb that opens the body's account (充分发挥, 编制, 强化, 印发, 召开, 将……:
   :data:`_OPEN_VERB`) or a subject (我局, 局党组, 县政府, 全年, 2024年, the issuer's own name:
   :data:`_SUBJECT`).

None of the three alone is enough: short headings join two phrases with no stop (“科学部署全面推进”),
and long first sentences open numbered paragraphs of the body. Together, on the openings and full
reports above, they find the five run-in headings the editors marked and nothing else. The words are
those that ended and began the marked cases and their like; a heading whose boundary has other words
is not found (a miss, never a false finding).
"""

from __future__ import annotations

import re

MIN_LENGTH = 40
"""The shortest text up to the first “。” that is taken to hold more than a heading."""

_HEAD_VERB = re.compile(
    r"^(?:加强|推动|推进|认真|科学|拉高|坚持|从严|深化|深入|完善|健全|强化|落实|提升|提高|持续|严格|全面|扎实|"
    r"积极|规范|优化|创新|夯实|压实|压紧|狠抓|抓实|抓好|注重|聚焦|筑牢|构建|建立|切实|着力|大力|统筹|做好|"
    r"抓住|突出|履行|贯彻|学习|主动|用好|发挥|织密|守牢|紧扣|紧盯|做实)")
"""How a heading of the work done opens: a verb, or an adverb before one."""
_CLOSE = ("领导|职责|工作|责任|措施|建设|机制|体系|制度|水平|能力|根基|保障|格局|作用|思想|精神|部署|改革|环境|"
          "监督|宣传|教育|决策|执法|行为|质效|效能|走深|走实|落地|见效|引领|统筹|治理|审查|管理|职能|标杆|防线|"
          "底线|基础|意识|素养|氛围|队伍|规划|方向")
"""Words a heading ends with (the object of its verb, or a 走深走实-like close)."""
_OPEN_VERB = "充分发挥|编制|强化|印发|制定|出台|召开|成立|组织开展|开展|将|把|按照|根据|通过|认真|严格|坚持|高度重视"
"""Verbs that open the body's first sentence (and seldom continue a heading's phrase)."""
_SUBJECT = (r"我(?:局|县|区|市|镇|乡|厅|委|办|院|署|街道|单位)|本(?:局|县|区|市|镇|乡|厅|委)|(?:局|厅|委)党组"
            r"|(?:省|市|州|县|区|镇|乡)(?:委|政府)|政府常务会议|全年|今年|年内|一年来|20\d{2}年")
"""Subjects and times that open the body's first sentence."""
_CLAUSE_END = re.compile(r"[，,；;：:、。（(《“〈]")
_PLACE_END = re.compile(r"(?<=省|市|区|县|旗|镇|乡)")
"""Where a place in an issuer's name ends (not after 州: 开州区, 贵州省 go on)."""
_GOVERNMENT = re.compile(r"(?:人民)?政府$")


def _names(issuer: str) -> list[str]:
    """The issuer's name and its shorter forms without the places above it (重庆市开州区铁桥镇人民政府 →
    重庆市开州区铁桥镇, 开州区铁桥镇, 铁桥镇), longest first; none shorter than three characters."""
    name = _GOVERNMENT.sub("", re.sub(r"\s+", "", issuer))
    cuts = [0] + [m.start() for m in _PLACE_END.finditer(name) if m.start() < len(name)]
    return [name[cut:] for cut in cuts if len(name) - cut >= 3]


def unpunctuated_end(title: str, issuer: str) -> int | None:
    """Where the run-in heading in ``title`` ends when no “。” marks it (the index of the body's first
    character), or None when ``title`` does not show a heading run into its body."""
    head = title.split("。", 1)[0]
    if len(head) < MIN_LENGTH or not _HEAD_VERB.match(head):
        return None
    clause = _CLAUSE_END.split(head, 1)[0]
    names = "|".join(re.escape(name) for name in _names(issuer))
    opening = f"{_OPEN_VERB}|{_SUBJECT}" + (f"|{names}" if names else "")
    for match in re.finditer(rf"(?:{_CLOSE})(?={opening})", clause):
        if match.start() >= 2:  # the heading has its verb before the word that ends it
            return match.end()
    return None

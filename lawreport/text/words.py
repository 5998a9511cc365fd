"""Chinese text cut into dictionary words: jieba's segmentation, loaded once per process.

jieba's dictionary is loaded only when words are needed (about a second); its cache goes to a
private temporary folder that is removed at once, never to a shared, predictable path. Unknown
words are not guessed (no HMM): the same text is always cut the same way.
"""

from __future__ import annotations

import functools
import logging
import tempfile
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba


@functools.lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    with warnings.catch_warnings():  # jieba 0.42 imports pkg_resources, which newer setuptools flags
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
        import jieba

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" lines on the user's terminal
    tokenizer = jieba.Tokenizer()
    with tempfile.TemporaryDirectory(prefix="lawreport-words-") as private:
        tokenizer.tmp_dir = private
        tokenizer.initialize()
    return tokenizer


def words(text: str) -> list[str]:
    """``text`` cut into dictionary words."""
    return _tokenizer().lcut(text, HMM=False)

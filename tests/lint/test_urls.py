"""lawreport.lint.urls finds what its regular expression finds, without its quadratic e-mail half."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.lint.urls import URL, url_spans

PIECES = st.sampled_from(["a", "法", "1", "_", "@", ".", "-", "+", ":", "/", "http://", "https://", "www.", " ", "，", "%"])


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(PIECES, max_size=30).map("".join))
@example(text="x.www.a@b.cn")
@example(text="a@b.c@d.e")
@example(text="http://a@b.cn，b@c.d")
@example(text="a@b.cnhttp://x.y")
def test_url_spans_match_the_regex(text):
    assert list(url_spans(text)) == [m.span() for m in re.finditer(URL, text)]


def test_a_long_word_before_an_at_sign_is_read_once():
    text = "法" * 200_000 + "@"  # the regex would take minutes here
    assert url_spans(text) == ()
    assert url_spans("联系 " + "a" * 100_000 + "@example.cn") == ((3, 100_014),)

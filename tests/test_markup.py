"""Our rich-text escape is the standard library's, without its import cost."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from bodymap.ui.markup import escape


@given(st.text(), st.booleans())
def test_escape_matches_the_standard_library(text, quote):
    assert escape(text, quote) == html.escape(text, quote)

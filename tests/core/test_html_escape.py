"""core.html_escape: text escaped for HTML exactly as the standard library does it."""

from __future__ import annotations

import html

import pytest

from studyapp.core.html_escape import escape_html

TEXTS = [
    "",
    "plain words",
    "R&D <draft>",
    'a "quoted" name',
    "it's",
    "&amp; already an entity",
    "x<y && y>z",
    "<script>alert('x')</script>",
    "naïve café — 日本語 \u200b\n\ttabs",
    "'\"&<>" * 3,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("quote", [True, False])
def test_the_escape_is_the_standard_library_s(text, quote):
    assert escape_html(text, quote=quote) == html.escape(text, quote=quote)


def test_ampersands_are_escaped_first_so_nothing_is_escaped_twice():
    assert escape_html("<&>") == "&lt;&amp;&gt;"
    assert escape_html("'\"", quote=False) == "'\""

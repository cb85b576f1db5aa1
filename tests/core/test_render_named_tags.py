"""Tags an answer names in its prose are shown as written, not read as markup.

"An element with no content, e.g. <br> or <img>." showed "e.g. / or [image: image]":
the <br> broke the line and the <img> became a picture with no source."""

from __future__ import annotations

import html
import re

import pytest

from studyapp.core.render import render_markdown


def shown(md: str) -> str:
    """The text a reader sees: tags out, entities read."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", render_markdown(md))).split())


@pytest.mark.parametrize(
    "written",
    [
        "An element with no content, e.g. <br> or <img>. They have no closing tag.",
        "Form fields: <input>, <select> and <textarea>.",
        "Media: <video> or <audio>, with <source> and <track> inside.",
        'The "<br>" tag ends a line; so does the <hr> element.',
        "Head elements such as <meta> and <link> say nothing on the page.",
        "Void elements: <br>, <hr>, <wbr> and <img>.",
    ],
)
def test_tags_named_in_a_sentence_read_as_written(written):
    assert shown(written) == written


def test_tags_used_as_markup_still_work():
    out = render_markdown(
        'line<br>break, <b>bold</b> and <img src="pic.png">\n\n| a | b<br>c |\n|---|---|\n| x | y |'
    )
    assert out.count("<br>") == 2 and "<b>bold</b>" in out
    assert "&lt;img" not in out and "&lt;br" not in out


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Every HTML element <b>must</b> be closed.", "<b>must</b>"),
        ("<b>Void</b>, <img> and <br> have no end.", "<b>Void</b>,"),
    ],
)
def test_markup_beside_a_named_tag_stays_markup(written, kept):
    out = render_markdown(written)
    assert kept in out and "&lt;/b&gt;" not in out and "&lt;b&gt;" not in out

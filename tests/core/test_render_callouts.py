"""Obsidian callouts and GitHub alerts inside an answer show as a titled quote.

They showed as written, "[!tip] Remember", the title run into the text below it
where the deck reads single line breaks as spaces (a new user's Obsidian vault)."""

from __future__ import annotations

import re

import pytest

from studyapp.core.render import render_markdown


def quotes(md: str, line_breaks: str = "space") -> list[str]:
    html = render_markdown(md, qt_quotes=False, line_breaks=line_breaks)
    return [" ".join(q.split()) for q in re.findall(r"<blockquote>(.*?)</blockquote>", html, re.S)]


@pytest.mark.parametrize("line_breaks", ["space", "break"])
def test_an_obsidian_callout_has_its_title_apart_from_its_text(line_breaks):
    md = "Encodings.\n\n> [!tip] Remember\n> RoPE rotates Q and K by position.\n"
    (quote,) = quotes(md, line_breaks)
    assert quote == "<p><strong>Remember</strong></p> <p>RoPE rotates Q and K by position.</p>"


def test_an_alert_without_a_title_is_titled_by_its_kind_and_fold_marks_go():
    md = (
        "> [!NOTE]\n> GitHub style alert.\n\nBetween.\n\n"
        "> [!warning]- Folded in Obsidian\n> body **bold**\n\nAfter.\n\n"
        "> [!see-also]\n> Nested\n> > [!info] Inner one\n> > deep\n"
    )
    shown = " | ".join(quotes(md))
    assert "[!" not in shown
    assert "<strong>Note</strong>" in shown and "<strong>Folded in Obsidian</strong>" in shown
    assert "<strong>See also</strong>" in shown and "<strong>Inner one</strong>" in shown


def test_code_and_plain_text_that_only_look_alike_are_left_as_written():
    md = "```\n> [!tip] in code\n```\n\nSee [!this] and\n> a quote [!tip] mid-line\n"
    html = render_markdown(md)
    assert "&gt; [!tip] in code" in html
    assert "[!this]" in html and "a quote [!tip] mid-line" in html


@pytest.mark.parametrize("line_breaks", ["space", "break"])
def test_callouts_parted_by_a_blank_line_are_two_boxes(line_breaks):
    """A vault's note showed `> [!note]` … blank line … `> [!tip]` as one box."""
    md = (
        "> [!note]\n> Indexes speed reads.\n\n> [!tip] Rule of thumb\n> Index what you filter.\n"
        "\n\n> [!warning]-\n> Writes get slower.\nand lazier\n\n> [!info]\n> Last."
    )
    assert quotes(md, line_breaks) == [
        "<p><strong>Note</strong></p> <p>Indexes speed reads.</p>",
        "<p><strong>Rule of thumb</strong></p> <p>Index what you filter.</p>",
        "<p><strong>Warning</strong></p> <p>Writes get slower."
        + (" " if line_breaks == "space" else "<br> ")
        + "and lazier</p>",
        "<p><strong>Info</strong></p> <p>Last.</p>",
    ]
    boxes = render_markdown(md, line_breaks=line_breaks)
    assert boxes.count('<td class="quote">') == 4 and "<!--" not in boxes


def test_a_callout_after_a_plain_quote_is_its_own_box_and_plain_quotes_are_as_before():
    assert len(quotes("> Said once.\n\n> [!question] Why?\n> Because.")) == 2
    assert len(quotes("> Said once.\n\n> Said twice.")) == 1  # python-markdown's own way

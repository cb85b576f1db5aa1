"""Obsidian's own inline marks read in an answer as Obsidian shows them.

A new user's vault: `~~struck~~` kept its tildes and `==highlight==` showed in
italics (the importer had made it `*highlight*`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.importer import parse_notes
from studyapp.core.render import THEMES, answer_css, render_markdown


def test_struck_and_highlighted_words_are_struck_and_marked():
    html = render_markdown("Use ~~SHA-1~~ ==SHA-256== for **~~old~~ new** keys.")
    assert html == (
        "<p>Use <del>SHA-1</del> <mark>SHA-256</mark> for "
        "<strong><del>old</del> new</strong> keys.</p>"
    )


@pytest.mark.parametrize(
    "md",
    [
        "It takes ~5 min, at most ~10 min.",  # not a subscript
        "H~2~O and x~i~",  # neither Obsidian nor GitHub writes subscripts
        "if a == b or x==y",
        "`~~kept~~` and `==kept==`",
        "a ~~ b and c == d",
    ],
)
def test_only_paired_marks_strike_or_mark(md):
    html = render_markdown(f"{md} ~~Gone~~ ==Key==")
    assert html.endswith(" <del>Gone</del> <mark>Key</mark></p>")
    assert html.count("<del>") == html.count("<mark>") == 1 and "<sub>" not in html


@pytest.mark.parametrize("theme", THEMES)
def test_marked_words_have_a_background_in_both_themes(theme):
    assert "mark { background-color: #" in answer_css(theme)


def test_a_vaults_highlight_is_marked_not_italic_and_its_title_is_plain(tmp_path: Path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "SQL").mkdir()
    (vault / "SQL" / "Joins.md").write_text(
        "# What does a ==LEFT JOIN== keep?\n\nEvery row of the ==left== table, ~~only matches~~.\n"
    )
    (question,) = parse_notes(vault).questions
    assert question.title == "What does a LEFT JOIN keep?"
    html = render_markdown(question.answer_markdown)
    assert "<mark>left</mark>" in html and "<del>only matches</del>" in html
    assert "<em>" not in html

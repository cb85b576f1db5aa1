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


def test_inline_tags_are_labels_with_their_words_kept():
    html = render_markdown("Use a CTE. #interview/sql #todo\n\n- #draft_2 item")
    assert html == (
        '<p>Use a CTE. <span class="tag">#interview/\u2060sql</span> <span class="tag">#todo</span></p>\n'
        '<ul>\n<li><span class="tag">#draft_2</span> item</li>\n</ul>'
    )


@pytest.mark.parametrize("line_breaks", ["space", "break"])
def test_a_line_that_starts_with_a_tag_is_no_heading(line_breaks):
    html = render_markdown("#todo\nReview joins.\n\n#Ünïcode words", line_breaks=line_breaks)
    assert "<h1" not in html
    assert '<p><span class="tag">#todo</span>' in html
    assert '<p><span class="tag">#Ünïcode</span> words</p>' in html


@pytest.mark.parametrize(
    "md",
    [
        "C# and F#, issue #12, #2024-01, http://x.io/#frag, (#paren), a#b",
        "`#code` and\n\n    #indented code",
    ],
)
def test_only_a_tag_is_a_label(md):
    html = render_markdown(f"{md}\n\n# Heading\n\nSee #real")
    assert html.count('class="tag"') == 1 and html.endswith('<span class="tag">#real</span></p>')
    assert "<h1>Heading</h1>" in html


@pytest.mark.parametrize("theme", THEMES)
def test_tags_are_small_and_muted_in_both_themes(theme):
    assert ".tag { color: #" in answer_css(theme)


def test_a_vaults_links_read_as_their_alias_or_note_and_heading(tmp_path: Path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "Joins.md").write_text(
        "# When is a hash join used?\n\n"
        "For big unsorted inputs: [[Hash join|build, then probe]], see [[SQL#Plans]].\n"
        "[[#Costs]] below; ![[Cheatsheet]].\n\n## Costs\n\nMemory.\n"
    )
    (question,) = parse_notes(vault).questions
    html = render_markdown(question.answer_markdown)
    assert "build, then probe" in html and "SQL &gt; Plans" in html
    assert "<br>\nCosts below; Cheatsheet." in html
    assert "[[" not in html and "<blockquote" not in html and "quote" not in html


def test_a_footnote_is_a_number_in_the_text_and_a_note_under_the_answer():
    """A vault's "parallel[^1]" with "[^1]: Vaswani et al." under it showed both marks
    as typed."""
    html = render_markdown(
        "Heads attend in parallel[^1]; outputs are concatenated[^why].\n\n"
        "[^1]: Vaswani et al. 2017, §3.2.2\n"
        "[^why]: So the next layer sees *one* vector.\n",
        line_breaks="space",
    )
    assert "[^" not in html
    assert '<sup><a href="#fn-1">1</a></sup>' in html
    assert '<sup><a href="#fn-why">2</a></sup>' in html
    # The notes listed in order under the text, each where its number links to.
    assert html.index('<li id="fn-1">') < html.index("Vaswani") < html.index('id="fn-why"')
    assert "So the next layer sees <em>one</em> vector." in html


@pytest.mark.parametrize("line_breaks", ["space", "break"])
def test_a_caret_in_brackets_with_no_note_is_text(line_breaks):
    html = render_markdown("Match [^0-9] (not a digit) and [^abc].", line_breaks=line_breaks)
    assert "Match [^0-9] (not a digit) and [^abc]." in html

"""Tags a spreadsheet cell or a plain-text note names stay in the question's answer.

A CSV cell "An element with no content, e.g. <br> or <img>. Write <b>no</b> closing
tag." was read as an HTML field (Anki's way): its <br> became a line break and its
<img> no picture, so the answer read "e.g.\\nor ." before anything was rendered."""

from __future__ import annotations

import html
import re

import pytest

from studyapp.core.parse import parse_file
from studyapp.core.render import render_markdown


def shown(markdown: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", render_markdown(markdown))).split())


@pytest.mark.parametrize(
    ("name", "text", "answer"),
    [
        (
            "void.csv",
            'Question,Answer,Topic\nWhat is a void element?,"An element with no content, e.g.'
            ' <br> or <img>. Write <b>no</b> closing tag.",HTML\n',
            "An element with no content, e.g. <br> or <img>. Write no closing tag.",
        ),
        (  # the same kind, not tried before: media elements, a break named then used
            "media.csv",
            'Question,Answer,Topic\nWhich elements embed media?,"Use <video> or <audio>; each'
            ' takes <source> children. Write <i>src</i> on it.",HTML\n'
            'Which tag breaks a line?,"The <br> tag: one<br>two.",HTML\n',
            "Use <video> or <audio>; each takes <source> children. Write src on it.",
        ),
        (
            "forms.txt",
            "FORMS\n\n1. Which elements take input?\n   Controls such as <input>, <select>"
            " and <textarea>.\n\n2. What is a form for?\n   It sends the controls' values.\n",
            "Controls such as <input>, <select> and <textarea>.",
        ),
    ],
)
def test_tags_named_in_a_cell_or_a_note_are_read_and_shown_as_written(tmp_path, name, text, answer):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    first = parse_file(path).questions[0]
    assert shown(first.answer_markdown) == answer


def test_a_break_used_after_one_named_still_breaks(tmp_path):
    path = tmp_path / "breaks.csv"
    path.write_text(
        'Question,Answer\nWhich tag breaks a line?,"The <br> tag: one<br>two."\n', encoding="utf-8"
    )
    answer = parse_file(path).questions[0].answer_markdown
    # The named one kept as written (the editor, a search and a write-back see the
    # cell's text, not "&lt;br>"), shown as text; the one used still breaks the line.
    assert answer == "The <br> tag: one\ntwo."
    assert "The &lt;br&gt; tag: one" in render_markdown(answer)


def test_a_cell_naming_tags_is_edited_in_the_file_and_found_as_written(tmp_path):
    """A tester's cell "e.g. <br> or <img> …" was stored as "&lt;br>": the editor showed
    that, a search for "<img>" missed it, and an edit stayed in StudyApp only (no cell
    held the answer as stored)."""
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store
    from studyapp.core.writeback import WRITTEN, edit_question

    path = tmp_path / "cards.csv"
    path.write_text(
        "Question,Answer\nWhat is a void element?,"
        '"One with no content, e.g. <br> or <img>."\nWhat is ARIA?,Roles for assistive tech.\n',
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, path)
        (question,) = [q for q in store.questions() if q.title == "What is a void element?"]
        assert question.answer_markdown == "One with no content, e.g. <br> or <img>."
        assert list(store.search("<img>")) == [question.id]
        result = edit_question(
            store, question.id, question.title, "One with no content: <br>, <img>, <input>."
        )
        assert result.outcome == WRITTEN, result.message
    assert '"One with no content: <br>, <img>, <input>."' in path.read_text(encoding="utf-8")

"""An edit saved in StudyApp only (the file could not take it) does not keep the
question's later edits out of its notes: a later edit the file can take is written
there, in place of what the file still says, and the question follows its file again."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_default_deck, import_file
from studyapp.core.writeback import STORED, WRITTEN, edit_question
from tests.core.test_writeback import by_title, imported, store  # noqa: F401  (fixture)

FENCED = """# Databases

Intro.

## Indexes

## What is a covering index?

An index that holds every column a query reads.

```sql
CREATE INDEX i ON t (a, b);
```

## What is a clustered index?

The table stored in index order.
"""

PREFIXED = """Q: What is a primary key?
A: A column that identifies each row.

Q: What is a foreign key?
A: A column that points at another table's key.

Q: What is an index?
A: A structure that makes lookups fast.
"""


def test_a_clean_edit_after_an_app_only_one_is_written_into_the_file(
    store,  # noqa: F811
    tmp_path,
):
    notes = imported(store, tmp_path / "db.md", FENCED)
    q = by_title(store, "What is a covering index?")
    glued = q.answer_markdown + "Then the query reads only the index."  # onto the fence
    assert edit_question(store, q.id, q.title, glued).outcome == STORED
    assert notes.read_text(encoding="utf-8") == FENCED

    clean = "An index that holds every column a query reads.\n\nNo table lookup."
    result = edit_question(store, q.id, q.title, clean)

    assert result.outcome == WRITTEN, result.message
    assert result.backup is not None and result.backup.read_text(encoding="utf-8") == FENCED
    assert notes.read_text(encoding="utf-8") == FENCED.replace(
        "reads.\n\n```sql\nCREATE INDEX i ON t (a, b);\n```", "reads.\n\nNo table lookup."
    )
    now = store.question(q.id)
    assert (now.title, now.answer_markdown, now.edited) == (q.title, clean, False)
    # the question follows its file again: a change made there reaches it
    notes.write_text(notes.read_text("utf-8").replace("No table", "No heap"), "utf-8")
    import_file(store, notes)
    assert store.question(q.id).answer_markdown.endswith("No heap lookup.")


def test_a_title_set_back_after_an_app_only_edit_is_written_with_the_new_answer(
    store,  # noqa: F811
    tmp_path,
):
    """A "Q:" line typed into the answer would read as a new question: kept in the
    app with its new title. The title set back and a plain answer go into the file."""
    notes = imported(store, tmp_path / "keys.md", PREFIXED)
    q = by_title(store, "What is a foreign key?")
    splitting = "A key column.\n\nQ: What is a surrogate key?\nA: A made-up one."
    result = edit_question(store, q.id, "What is a foreign key, exactly?", splitting)
    assert result.outcome == STORED, result.message
    assert notes.read_text(encoding="utf-8") == PREFIXED

    result = edit_question(store, q.id, "What is a foreign key?", "A key column.")
    assert result.outcome == WRITTEN, result.message
    assert "Q: What is a foreign key?\nA: A key column.\n\nQ: What is an index?" in (
        notes.read_text(encoding="utf-8")
    )
    # and a title changed in a later edit is written as well
    result = edit_question(store, q.id, "What is a foreign key, exactly?", "A key column.")
    assert result.outcome == WRITTEN, result.message
    assert "Q: What is a foreign key, exactly?\nA: A key column.\n" in notes.read_text("utf-8")
    assert not store.question(q.id).edited


@pytest.mark.parametrize("title", [None, "What is a covering index, really?"])
def test_the_title_kept_in_the_app_is_written_with_a_later_answer_edit(
    store,  # noqa: F811
    tmp_path,
    title,
):
    """The stored title differs from the file's since the app-only edit: unchanged in
    the dialog, it is the one written (the question and its file agree again)."""
    notes = imported(store, tmp_path / "db.md", FENCED)
    q = by_title(store, "What is a covering index?")
    assert edit_question(store, q.id, "What is a covering index, really?", q.answer_markdown + "x")
    kept = store.question(q.id)
    assert kept.edited and kept.title == "What is a covering index, really?"

    result = edit_question(store, q.id, title or kept.shown_title, "Every column it reads.")

    assert result.outcome == WRITTEN, result.message
    assert "## What is a covering index, really?\n\nEvery column it reads.\n\n## What is a" in (
        notes.read_text(encoding="utf-8")
    )


def test_a_question_kept_apart_says_how_to_follow_its_file_again(
    store,  # noqa: F811
    tmp_path,
):
    notes = imported(store, tmp_path / "db.md", FENCED)
    q = by_title(store, "What is a covering index?")
    assert edit_question(store, q.id, q.title, q.answer_markdown + "x").outcome == STORED
    result = edit_question(store, q.id, q.title, q.answer_markdown + "y")  # again not readable
    assert result.outcome == STORED
    assert "would not read back" in result.message
    assert "not words written there" not in result.message
    assert "Use the Notes' Text" in result.message
    assert notes.read_text(encoding="utf-8") == FENCED


def test_a_question_without_notes_is_not_sent_to_the_notes_text(store):  # noqa: F811
    """The bundled deck has no notes file to take the text from: a second edit says
    only why it stays in the app."""
    import_default_deck(store)
    q = store.questions()[0]
    assert edit_question(store, q.id, q.title, "Mine.").outcome == STORED
    result = edit_question(store, q.id, q.title, "Mine, again.")
    assert result.outcome == STORED and "bundled deck" in result.message
    assert "Notes' Text" not in result.message

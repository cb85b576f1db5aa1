"""A note's front-matter tags are its properties, no text of its answers: the first
gives the topic as before, and every tag stays on the question (``tags``), but none
ends an answer as a ``#tag`` line, in a note read alone, in an import's kept parse
and in a vault. Such a line was noise in the answer, and the answer was no longer
the note's text (what the Edit Question dialog shows and writes back)."""

from __future__ import annotations

from studyapp.core import reparse
from studyapp.core.importer import import_file
from studyapp.core.parse import parse_path
from studyapp.core.store import Store
from studyapp.core.writeback import WRITTEN, edit_question

NOTE = """\
---
title: Databases
tags: [sql, interview, joins]
---
# What is a LEFT JOIN?
All rows of the left table, with matches or NULLs.

# What is an index?
A sorted structure that speeds up lookups.
"""


def _read(doc):
    return [(q.title, q.topic_path, q.answer_markdown, q.tags) for q in doc.questions]


def test_a_notes_front_matter_tags_are_no_line_of_its_answers(tmp_path):
    path = tmp_path / "databases.md"
    path.write_text(NOTE, encoding="utf-8")

    tags = ("sql", "interview", "joins")
    expected = [
        (
            "What is a LEFT JOIN?",
            ("sql",),
            "All rows of the left table, with matches or NULLs.",
            tags,
        ),
        ("What is an index?", ("sql",), "A sorted structure that speeds up lookups.", tags),
    ]
    assert _read(parse_path(path)) == expected
    reparse.forget()
    assert _read(reparse.parse_notes_file(path)) == expected  # as an import reads it
    assert _read(reparse.parse_notes_file(path)) == expected  # and its kept parse again


def test_an_obsidian_notes_listed_tags_leave_its_cards_as_written(tmp_path):
    # a "- a" list; the Spaced Repetition deck tag gives the topic; the card's own
    # "#concurrency" is its text and stays
    path = tmp_path / "go.md"
    path.write_text(
        "---\ntags:\n  - flashcards/go\n  - concurrency\n  - c++\n---\n"
        "What is a goroutine?::A function the Go runtime runs concurrently. #concurrency\n"
        "What does a buffered channel do?::Lets a send go on until the buffer is full.\n",
        encoding="utf-8",
    )
    found = [(q.title, q.topic_path, q.answer_markdown) for q in parse_path(path).questions]
    assert found == [
        (
            "What is a goroutine?",
            ("go",),
            "A function the Go runtime runs concurrently. #concurrency",
        ),
        (
            "What does a buffered channel do?",
            ("go",),
            "Lets a send go on until the buffer is full.",
        ),
    ]


def test_a_vault_notes_tags_leave_its_answers_as_written(tmp_path):
    (tmp_path / "Networking").mkdir()
    (tmp_path / "Networking" / "tcp.md").write_text(
        "---\ntags: [networking, interview, tcp]\n---\n"
        "## What is a SYN flood?\nMany half-open connections fill the backlog.\n\n"
        "## What is TIME_WAIT?\nThe state that outlives a closed connection.\n",
        encoding="utf-8",
    )
    (tmp_path / "plain.md").write_text(
        "## What is DNS?\nThe internet's phone book.\n", encoding="utf-8"
    )
    found = {q.title: (q.topic_path, q.answer_markdown) for q in parse_path(tmp_path).questions}
    assert found["What is a SYN flood?"] == (
        ("Networking", "TCP"),
        "Many half-open connections fill the backlog.",
    )
    assert found["What is TIME_WAIT?"][1] == "The state that outlives a closed connection."
    assert found["What is DNS?"][1] == "The internet's phone book."


def test_an_answer_of_a_note_with_front_matter_tags_is_its_text_and_an_edit_goes_back(tmp_path):
    notes = (
        "---\ntitle: Consensus\ntags:\n  - distsys\n  - raft\n---\n\n"
        "## How does Raft elect a leader?\n\nA follower times out and asks for votes.\n"
    )
    path = tmp_path / "consensus.md"
    path.write_text(notes, encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, path)
        (question,) = store.questions()
        assert question.answer_markdown == "A follower times out and asks for votes."
        new = "A follower times out, becomes a candidate and asks for votes."
        result = edit_question(store, question.id, question.title, new)
        assert result.outcome == WRITTEN, result.message
        assert path.read_text(encoding="utf-8") == notes.replace(
            "A follower times out and asks for votes.", new
        )
        again = store.question(question.id)
        assert again is not None and again.answer_markdown == new and not again.edited

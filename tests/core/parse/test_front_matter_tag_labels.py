"""A note's front-matter tags beyond the first are kept as a card's are: the first
gives the topic as before, the others end each question's answer as ``#tag`` labels
(core.parse.tag_labels), in a note read alone, in an import's kept parse and in a
vault. They were lost: only the first was seen, as the topic."""

from __future__ import annotations

from studyapp.core import reparse
from studyapp.core.parse import parse_path
from studyapp.core.render import render_markdown

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
    return [(q.title, q.topic_path, q.answer_markdown) for q in doc.questions]


def test_a_notes_other_front_matter_tags_end_each_answer_as_labels(tmp_path):
    path = tmp_path / "databases.md"
    path.write_text(NOTE, encoding="utf-8")

    expected = [
        (
            "What is a LEFT JOIN?",
            ("sql",),
            "All rows of the left table, with matches or NULLs.\n\n#interview #joins",
        ),
        (
            "What is an index?",
            ("sql",),
            "A sorted structure that speeds up lookups.\n\n#interview #joins",
        ),
    ]
    assert _read(parse_path(path)) == expected
    reparse.forget()
    assert _read(reparse.parse_notes_file(path)) == expected  # as an import reads it
    assert _read(reparse.parse_notes_file(path)) == expected  # and its kept parse again
    html = render_markdown(expected[0][2])
    assert html.count('<span class="tag">') == 2


def test_an_obsidian_notes_listed_tags_beside_its_cards_deck_tag_and_its_own_tag(tmp_path):
    # a "- a" list; the Spaced Repetition deck tag gives the topic and is no label; a
    # tag the note writes itself is not written again
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
            "A function the Go runtime runs concurrently. #concurrency\n\n#c-plus-plus",
        ),
        (
            "What does a buffered channel do?",
            ("go",),
            "Lets a send go on until the buffer is full.\n\n#concurrency #c-plus-plus",
        ),
    ]


def test_a_vault_notes_tags_are_labels_beside_the_topic_its_folders_give(tmp_path):
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
        "Many half-open connections fill the backlog.\n\n#interview",
    )
    assert found["What is TIME_WAIT?"][1].endswith("connection.\n\n#interview")
    assert found["What is DNS?"][1] == "The internet's phone book."

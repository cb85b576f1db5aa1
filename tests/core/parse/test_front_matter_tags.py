"""An Obsidian note's front-matter tags are its questions' tags, written as a flow
list, a single value or ``- a`` lines; they were dropped for every note the engine
read (only cards and one-question notes kept them). Where the note has no sections
and no ``topic``, its first tag is the topic, as a CSV's tags column groups its rows:
the store keeps topics, not tags."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_path, parse_text

BODY = (
    "# Go\n\n## What is a goroutine?\nA function running concurrently, cheap to start.\n\n"
    "## What is a channel?\nA typed pipe between goroutines.\n"
)


@pytest.mark.parametrize(
    ("front_matter", "tags"),
    [
        ("tags: [networking, tcp]", ("networking", "tcp")),
        ("tags: networking", ("networking",)),
        ("tags:\n  - databases\n  - sql", ("databases", "sql")),
        (
            "title: Go\ntags:\n- lang/go\n- concurrency\naliases: [golang]",
            ("lang/go", "concurrency"),
        ),
        ('tags: "#go, #concurrency"', ("go", "concurrency")),
        ("tag: k8s", ("k8s",)),
    ],
)
def test_front_matter_tags_tag_every_question_of_the_note(front_matter, tags):
    doc = parse_text(f"---\n{front_matter}\n---\n{BODY}")
    assert [(q.title, q.answer_markdown, q.tags) for q in doc.questions] == [
        ("What is a goroutine?", "A function running concurrently, cheap to start.", tags),
        ("What is a channel?", "A typed pipe between goroutines.", tags),
    ]


def test_a_cards_own_tags_come_after_the_notes():
    note = "---\ntags: [go]\n---\nWhat is a goroutine? #concurrency\n?\nA cheap thread.\n"
    (question,) = parse_text(note).questions
    assert question.title == "What is a goroutine?"
    assert question.tags[0] == "go"


def test_a_note_without_sections_is_grouped_by_its_first_tag(tmp_path):
    notes = tmp_path / "TCP.md"
    notes.write_text(
        "---\ntags: [networking/transport, tcp]\naliases: [Transmission Control Protocol]\n"
        "---\n# TCP\n\n## What is the TCP three-way handshake?\nSYN, SYN-ACK, ACK.\n\n"
        "## What is TCP slow start?\nThe window starts small and doubles every RTT.\n",
        encoding="utf-8",
    )
    doc = parse_path(notes)
    assert [(q.title, q.tags, q.topic_path) for q in doc.questions] == [
        (
            "What is the TCP three-way handshake?",
            ("networking/transport", "tcp"),
            ("networking", "transport"),
        ),
        ("What is TCP slow start?", ("networking/transport", "tcp"), ("networking", "transport")),
    ]


def test_a_notes_own_topic_and_sections_still_win(tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text(
        "---\ntopic: Systems\ntags: [tcp]\n---\n## What is TCP?\nA stream protocol.\n",
        encoding="utf-8",
    )
    (question,) = parse_path(notes).questions
    assert (question.tags, question.topic_path) == (("tcp",), ("Systems",))
    sectioned = parse_text(
        "---\ntags: [tcp]\n---\n# Net\n\n## Transport\n\n### What is TCP?\nA.\n\n### What is UDP?\nB.\n"
    )
    assert [q.topic_path for q in sectioned.questions] == [("Transport",), ("Transport",)]


def test_a_notes_front_matter_title_names_its_deck_where_no_heading_does(tmp_path):
    """`title: Kafka cheat sheet` was read for nothing: the deck was named after the
    file ('Frontmatter'). A `# Title` of the note still wins."""
    from studyapp.core.importer import parse_notes

    note = tmp_path / "frontmatter.md"
    body = "## What is a partition?\n\nAn ordered log.\n\n## What is an offset?\n\nA position.\n"
    note.write_text("---\ntitle: Kafka  cheat sheet\ntags: [kafka]\n---\n\n" + body)
    assert parse_notes(note).deck_name == "Kafka cheat sheet"
    note.write_text("---\ntitle: Kafka cheat sheet\n---\n\n# Streaming notes\n\n" + body)
    assert parse_notes(note).deck_name == "Streaming notes"


def test_a_line_of_inline_tags_under_the_title_tags_the_note_s_questions():
    """A tester's vault: "#system-design #backend" under a note's title was skipped as
    its intro and the tag "backend" given to no question. In Obsidian a body tag tags
    the whole note, as its front matter does."""
    note = (
        "---\ntags: [python]\n---\n# Python internals\n\n#interview #cpython/gc\n\n"
        "## What does the GIL protect?\nThe interpreter's own state: one thread runs"
        " bytecode at a time.\n\n## How are cycles freed?\nBy the cycle collector, in"
        " generations.\n"
    )
    doc = parse_text(note, suffix=".md")
    assert [q.tags for q in doc.questions] == [("python", "interview", "cpython/gc")] * 2


@pytest.mark.parametrize(
    "intro",
    [
        "```c\n#include <stdio.h>\n#define\n```",  # code, not tags
        "# 2024 prep\n\nSee #1 and #2 below.",  # a heading, numbers, a sentence
    ],
)
def test_code_headings_and_sentences_above_the_questions_tag_nothing(intro):
    doc = parse_text(f"# Notes\n\n{intro}\n\n{BODY}", suffix=".md")
    assert doc.questions and all(q.tags == () for q in doc.questions)

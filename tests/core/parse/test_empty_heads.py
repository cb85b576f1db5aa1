"""A question heading with nothing under it, followed by headings of its level that
ask nothing: the parts of its answer, written a level too high (a new user's HTTPS
question came in empty, its "Handshake" and "Data transfer" as questions)."""

from __future__ import annotations

from studyapp.core.parse import parse_text

HTTPS = """# Interview Prep

## Networking

### What is TCP?
A reliable, ordered byte stream over IP.

### Explain how HTTPS works.

### Handshake
The server presents its certificate and both agree on a session key.

### Data transfer
All HTTP traffic is then encrypted with the symmetric session key.

### What is DNS?
The system that turns names into addresses.
"""

KAFKA = """# Streaming

## What is Kafka?

## Producers
They append records to a topic's partitions.

## Consumers
They read partitions in order and commit their offsets.

## What is a consumer group?
Consumers sharing the partitions of a topic between them.

## What is a partition?
An ordered, append-only log that one consumer of a group reads.
"""


def titles(text: str) -> list[str]:
    return [q.title for q in parse_text(text, name="notes", suffix=".md").questions]


def test_an_empty_questions_parts_are_its_answer():
    doc = parse_text(HTTPS, name="notes", suffix=".md")
    assert [q.title for q in doc.questions] == [
        "What is TCP?",
        "Explain how HTTPS works.",
        "What is DNS?",
    ]
    https = doc.questions[1]
    assert "#### Handshake" in https.answer_markdown
    assert "session key" in https.answer_markdown and "Data transfer" in https.answer_markdown
    assert https.end_line == 14  # its last part's last line


def test_the_same_at_another_level():
    assert titles(KAFKA) == [
        "What is Kafka?",
        "What is a consumer group?",
        "What is a partition?",
    ]


def test_headings_that_mostly_ask_nothing_are_left_as_they_are():
    """A glossary whose headings are names (only one asks): no parts to fold."""
    glossary = "# Terms\n\n### What are these?\n\n### Pod\nThe smallest unit.\n\n" + "".join(
        f"### Term {n}\nIts meaning, {n}.\n\n" for n in range(4)
    )
    assert "Pod" in titles(glossary)

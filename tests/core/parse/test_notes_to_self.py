"""A note the person left themselves after the last answer ("TODO: add questions
about Spark shuffles") joined that answer: shown with it, and a mock's key point.
It is skipped, named "note to self", in any shape of notes; an unanswered question's
"TODO: answer this" is no answer (the question kept with none, the placeholder named:
placeholder answers, test_placeholder_answers.py)."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QA_LINES = """Interview prep - SQL (my notes)

Q. What is a window function?
Ans: A function computed over rows related to the current row:
  ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts)

Q. What is idempotency in a data pipeline?
Ans: Running the job twice gives the same result as running it once.
- overwrite partitions instead of appending
- MERGE/upsert on a natural key

TODO: add questions about Spark shuffles
"""

HEADINGS = """# Networking

## What is DNS?

Names to addresses, resolved by a chain of servers.

FIXME: check how caching TTLs work

## What is TCP?

A reliable, ordered byte stream.

It retransmits lost segments.

## What is UDP?

TODO: answer this

## What is a socket?

An endpoint of a connection: address and port.

Note to self - add more questions on QUIC and HTTP/3
"""


def _notes(doc) -> list[tuple[int, int]]:
    return [(r.start_line, r.end_line) for r in doc.skipped if r.reason == "note to self"]


def test_a_todo_after_the_last_answer_of_q_and_ans_lines_is_skipped():
    doc = parse_text(QA_LINES, suffix=".txt")
    last = doc.questions[-1]
    assert last.answer_markdown.endswith("MERGE/upsert on a natural key")
    assert "Spark" not in last.answer_markdown
    assert last.end_line == 10
    assert _notes(doc) == [(12, 12)]


def test_notes_to_self_under_markdown_answers_are_skipped_an_unanswered_todo_is_none():
    doc = parse_text(HEADINGS, name="Networking")
    answers = {q.title: q.answer_markdown for q in doc.questions}
    assert answers == {
        "What is DNS?": "Names to addresses, resolved by a chain of servers.",
        "What is TCP?": "A reliable, ordered byte stream.\n\nIt retransmits lost segments.",
        "What is UDP?": "",
        "What is a socket?": "An endpoint of a connection: address and port.",
    }
    assert _notes(doc) == [(7, 7), (23, 23)]
    assert [r.reason for r in doc.skipped if r.end_line == 17] == ["placeholder answer"]

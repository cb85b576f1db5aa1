"""A numbered question answered on its own line after a dash, among questions answered
on the next line: the statement after the dash is its answer even where it opens with
a word questions open with ("- When the result depends on timing.", "– How many hops
it may still take."). Only one that asks again (a "?") stays part of the title."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text).questions]


def test_a_statement_after_the_dash_is_the_answer_whatever_word_opens_it():
    text = (
        "1. What is a mutex?\n   A lock one thread holds at a time.\n"
        "2. What is a race condition? - When the result depends on timing.\n"
        "3. What is a TTL on a packet? – How many hops it may still take.\n"
        "4. What is a deadlock?\n   Threads each waiting for a lock another holds.\n"
    )
    assert _pairs(text)[1:3] == [
        ("What is a race condition?", "When the result depends on timing."),
        ("What is a TTL on a packet?", "How many hops it may still take."),
    ]


def test_a_second_question_after_the_dash_stays_in_the_title():
    text = (
        "1. What is a mutex?\n   A lock one thread holds at a time.\n"
        "2. What is a race condition? - When does it happen?\n"
        "3. What is a deadlock?\n   Threads each waiting for a lock another holds.\n"
    )
    assert _pairs(text)[1][0] == "What is a race condition? - When does it happen?"

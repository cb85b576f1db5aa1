"""Questions written down as they were said, in quotes ("\\"Why do you want to work
here?\\"", “…?”): they ask (the question mark sits inside the closing quote), and the
quotes are no part of the question."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_quoted_questions_over_their_answers_in_a_text_file():
    notes = (
        "Questions my mentor asked me\n\n"
        '"Why do you want to work here?"\n'
        "Talk about the mission and a product you use.\n\n"
        '"How do you handle disagreement in code review?"\n'
        "Ask questions first and assume good intent.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Why do you want to work here?", "Talk about the mission and a product you use."),
        (
            "How do you handle disagreement in code review?",
            "Ask questions first and assume good intent.",
        ),
    ]


def test_curly_quotes_around_numbered_questions_are_left_out():
    notes = (
        "1. “What are your salary expectations?”\n   A researched range.\n"
        "2. “Are you interviewing elsewhere?”\n   Yes, two final rounds.\n"
    )
    assert titles(notes) == [
        "What are your salary expectations?",
        "Are you interviewing elsewhere?",
    ]


def test_a_quote_inside_a_question_stays():
    notes = (
        '## What does "idempotent" mean?\n\nSame effect once or twice.\n\n## Why "?"\n\nA typo.\n'
    )
    assert titles(notes)[0] == 'What does "idempotent" mean?'

"""Quick notes typed line by line, each line asking and answering with only a space
between ("What is the GIL? a mutex in CPython …"), the answer often in lower case.
Such a note gave no question at all: the lines had no blank line between them (one
paragraph, so at most one question), and an answer in lower case was not read as one."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_lines_that_each_ask_and_answer_in_lower_case():
    text = (
        "Python interview notes\n\n"
        "What is a decorator? it is a function that takes a function and returns a new one.\n"
        "What is the GIL? a mutex in CPython that lets one thread run bytecode at a time.\n"
        "What is a generator? a function that yields values lazily.\n"
        "Why use a context manager? so resources are released even when an error is raised.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown, q.source_line, q.end_line) for q in doc.questions] == [
        (
            "What is a decorator?",
            "it is a function that takes a function and returns a new one.",
            3,
            3,
        ),
        (
            "What is the GIL?",
            "a mutex in CPython that lets one thread run bytecode at a time.",
            4,
            4,
        ),
        ("What is a generator?", "a function that yields values lazily.", 5, 5),
        (
            "Why use a context manager?",
            "so resources are released even when an error is raised.",
            6,
            6,
        ),
    ]


def test_under_headings_with_an_answer_going_on_to_the_next_line():
    text = (
        "# Networking\n\n## Transport\n\n"
        "What is TCP? a reliable, ordered byte stream\n"
        "built on retransmission and windows.\n"
        "What is UDP? datagrams with no delivery guarantee.\n\n"
        "## Names\n\n"
        "What does DNS do? it resolves names to addresses.\n"
        "What is a CNAME? an alias from one name to another.\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Transport",),
            "What is TCP?",
            "a reliable, ordered byte stream\nbuilt on retransmission and windows.",
        ),
        (("Transport",), "What is UDP?", "datagrams with no delivery guarantee."),
        (("Names",), "What does DNS do?", "it resolves names to addresses."),
        (("Names",), "What is a CNAME?", "an alias from one name to another."),
    ]


def test_meeting_notes_and_an_essay_with_questions_answered_inline_stay_prose():
    meeting = (
        "Weekly sync - 3 March\n\nAttendees: Ana, Bo, Chen\n"
        "Migration is on track, cutover planned for Friday.\n"
        "Who owns the rollback plan? bo, with Chen reviewing.\n"
        "Do we need a freeze? yes, from Thursday noon.\n"
        "Chen to update the runbook.\nNext sync moved to Tuesday.\n"
    )
    essay = (
        "Why I stopped using ORMs\n\n"
        "For years I reached for an ORM by default. Why not? it saved typing.\n"
        "But the queries it wrote were slow and hard to read.\n"
        "What changed? we hit a reporting workload with twenty joins.\n"
        "Raw SQL with a thin mapper turned out simpler to reason about.\n"
    )
    for text in (meeting, essay):
        assert parse_text(text, suffix=".txt").questions == []

"""A question line, a blank line, then an answer whose second line asks: the answer
stays whole under the question, no question is made of its first two lines."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str, suffix: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def test_an_answers_asking_second_line_stays_in_the_answer():
    notes = (
        "What is TCP?\n\n"
        "TCP is a connection-oriented transport protocol.\n"
        "Why does it need a handshake?\n"
        "Both sides must agree on sequence numbers.\n\n"
        "What is UDP?\n\n"
        "UDP is connectionless and does not retransmit.\n"
    )
    expected = [
        (
            "What is TCP?",
            "TCP is a connection-oriented transport protocol.\n"
            "Why does it need a handshake?\n"
            "Both sides must agree on sequence numbers.",
        ),
        ("What is UDP?", "UDP is connectionless and does not retransmit."),
    ]
    assert _pairs(notes, ".txt") == expected
    assert _pairs(notes, ".md") == expected


def test_a_rhetorical_question_on_an_answers_second_line_in_a_longer_deck():
    notes = (
        "What is a deadlock?\n\n"
        "Two threads each wait for a lock the other holds!\n"
        "How do you avoid it?\n"
        "Take locks in one global order.\n\n"
        "What is a livelock?\n\n"
        "Threads keep reacting to each other and make no progress.\n\n"
        "What is starvation?\n\n"
        "A thread never gets the resource it needs.\n"
    )
    assert [title for title, _ in _pairs(notes, ".txt")] == [
        "What is a deadlock?",
        "What is a livelock?",
        "What is starvation?",
    ]
    assert _pairs(notes, ".txt")[0][1] == (
        "Two threads each wait for a lock the other holds!\n"
        "How do you avoid it?\n"
        "Take locks in one global order."
    )


def test_a_question_wrapped_over_two_lines_is_still_one_question():
    notes = (
        "What is the difference between L1 and\n"
        "L2 regularization?\n\n"
        "L1 drives weights to zero; L2 shrinks them.\n\n"
        "Why does dropout help?\n\n"
        "It stops units from co-adapting.\n"
    )
    assert [title for title, _ in _pairs(notes, ".txt")] == [
        "What is the difference between L1 and L2 regularization?",
        "Why does dropout help?",
    ]


def test_a_set_up_question_over_its_own_answer_is_still_a_question():
    notes = "What is TCP?\n\nGiven a sorted array.\nHow do you find an element?\n\nBinary search.\n"
    assert _pairs(notes, ".txt") == [
        ("What is TCP?", ""),
        ("Given a sorted array. How do you find an element?", "Binary search."),
    ]
    # an asking line that ends the answer, with no answer of its own, is the answer's
    rhetorical = (
        "What is TCP?\n\nTCP is connection-oriented.\nWhy a handshake?\n\n"
        "What is UDP?\n\nConnectionless.\n"
    )
    assert _pairs(rhetorical, ".md") == [
        ("What is TCP?", "TCP is connection-oriented.\nWhy a handshake?"),
        ("What is UDP?", "Connectionless."),
    ]


def test_a_bank_of_unanswered_questions_keeps_its_set_up_questions():
    """In notes of questions with no answers yet, a set-up over its question is one
    more question of the bank, not the answer of the question above it."""
    bank = (
        "Questions from my Stripe loop\n\n"
        "What is idempotency?\n\n"
        "A payment was charged twice after a timeout.\n"
        "How would you stop that from happening?\n\n"
        "What is a saga?\n\n"
        "Your queue grows by a million messages an hour.\n"
        "What do you look at first?\n"
    )
    assert [q.title for q in parse_text(bank, suffix=".txt").questions] == [
        "What is idempotency?",
        "A payment was charged twice after a timeout. How would you stop that from happening?",
        "What is a saga?",
        "Your queue grows by a million messages an hour. What do you look at first?",
    ]


def test_notes_where_no_line_asks_parse_without_an_error():
    notes = "# OS interview prep\n\n## Virtual memory\n\nEach process gets its own address space.\n"
    doc = parse_text(notes, suffix=".md")  # (a ValueError here once)
    assert [q.answer_markdown for q in doc.questions][-1].endswith("its own address space.")

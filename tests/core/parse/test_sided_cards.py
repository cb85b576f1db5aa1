"""Cards whose sides a rule parts (Mochi's Markdown decks): front, "---", back, "---",
front …, written without blank lines, where CommonMark reads each front over its rule
as a heading. Each front is a question, its back the answer; prose parted by rules is
no deck."""

from __future__ import annotations

from studyapp.core.parse import parse_text

ASKING = """\
What is a Python context manager?
---
An object with `__enter__` and `__exit__`.
---
What is the MRO?
---
Method resolution order: C3 linearisation.
---
What does `functools.lru_cache` do?
---
Memoises a function's results keyed by its arguments.
"""

TERMS = """\
Idempotency
---
Doing an operation twice has the same effect as doing it once, so retries are safe.
---
Backpressure
---
A consumer telling its producer to slow down when it cannot keep up.
- bounded queues
- TCP flow control
---
Circuit breaker
---
A wrapper that stops calling a failing dependency for a while, then probes it again.
---
"""


def test_fronts_that_ask_over_their_backs():
    doc = parse_text(ASKING)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a Python context manager?", "An object with `__enter__` and `__exit__`."),
        ("What is the MRO?", "Method resolution order: C3 linearisation."),
        (
            "What does functools.lru_cache do?",
            "Memoises a function's results keyed by its arguments.",
        ),
    ]


def test_fronts_that_name_terms_over_longer_backs():
    doc = parse_text(TERMS)
    assert [q.title for q in doc.questions] == ["Idempotency", "Backpressure", "Circuit breaker"]
    assert doc.questions[1].answer_markdown == (
        "A consumer telling its producer to slow down when it cannot keep up.\n"
        "- bounded queues\n- TCP flow control"
    )


def test_two_short_parts_of_a_diary_are_no_deck():
    text = "My week\n---\nMonday I went to the gym and worked all day.\n---\nTuesday\n---\nMore work.\n"
    titles = [q.title for q in parse_text(text).questions]
    assert titles != ["My week", "Tuesday"]

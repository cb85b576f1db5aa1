"""Q:/A: marks that say whose side or what kind between the mark and its colon ("**Q
(interviewer):**", "A (mine):", "Question (Google):"), and a debrief's "**Me:**" over
the answer given: the marks stayed in every title and answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str, suffix: str = ".md") -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def test_an_interview_debriefs_qualified_question_marks_and_me():
    text = (
        "## Round 2 – system design\n\n"
        "**Q (interviewer):** How would you store 1B short URLs?\n"
        "**Me:** A key-value store sharded by the short code.\n\n"
        "**Q (interviewer):** How do you avoid hot keys?\n"
        "**Me:** Cache the popular ones at the edge.\n\n"
        "**Q (interviewer):** What if the counter service goes down?\n"
        "**Me:** Each app server leases ranges of ids ahead of time.\n"
    )
    assert _pairs(text) == [
        ("How would you store 1B short URLs?", "A key-value store sharded by the short code."),
        ("How do you avoid hot keys?", "Cache the popular ones at the edge."),
        (
            "What if the counter service goes down?",
            "Each app server leases ranges of ids ahead of time.",
        ),
    ]


def test_qualified_marks_in_a_text_file():
    text = (
        "Q (easy): What is a hash map?\nA (mine): Buckets picked by the key's hash.\n\n"
        "Q (medium): What is a bloom filter?\nA (mine): A bit array that may say maybe.\n\n"
        "Question (Google): What is consistent hashing?\n"
        "Answer (book): Keys and nodes on a ring.\n"
    )
    assert _pairs(text, ".txt") == [
        ("What is a hash map?", "Buckets picked by the key's hash."),
        ("What is a bloom filter?", "A bit array that may say maybe."),
        ("What is consistent hashing?", "Keys and nodes on a ring."),
    ]

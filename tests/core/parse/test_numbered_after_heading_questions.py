"""Numbered questions written right after the last heading question's answer, with no
section heading between (a note that changes style as it goes): each is a question,
and the heading questions above them keep their answers. Before, items answered on
their own line were folded into the last heading question's answer, and where the
numbered ones were as many, the heading questions above the last were read as a
section and an intro."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text

_HEADS = [
    ("What is a goroutine?", "A function run concurrently by the Go runtime."),
    ("What is a channel?", "A typed pipe between goroutines."),
    ("What is a mutex?", "A lock one goroutine holds at a time."),
]
_NUMBERED = [
    ("What is a closure?", "A function that keeps its defining scope."),
    ("What is a slice?", "A window onto an array."),
    ("What is a map?", "A hash table from keys to values."),
]


def _read(note: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in parse_text(note).questions]


@pytest.mark.parametrize(
    "item",
    [
        "{n}. {q} {a}\n",  # answered on the item's line
        "{n}. {q}\n   {a}\n",  # answered inside the item
        "**{n}. {q}**\n\n{a}\n\n",  # numbered in bold
    ],
)
@pytest.mark.parametrize("headed", [2, 3])
def test_numbered_questions_after_the_last_heading_questions_answer_are_questions(item, headed):
    note = "# Go\n\n" + "".join(f"## {t}\n\n{a}\n\n" for t, a in _HEADS[:headed])
    note += "".join(item.format(n=n, q=q, a=a) for n, (q, a) in enumerate(_NUMBERED, 1))
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        *_HEADS[:headed],
        *_NUMBERED,
    ]
    assert [r.reason for r in doc.skipped] == ["title"]


def test_a_fresh_note_of_heading_questions_then_numbered_ones_in_a_section():
    """Another person's: question headings one level under a section, then a
    numbered list of quick ones answered on their lines, no heading between."""
    note = (
        "# Statistics for the data science loop\n\n## Basics\n\n"
        "### What does the central limit theorem say?\n\n"
        "Means of large samples are close to normally distributed,\n"
        "whatever the population's distribution.\n\n"
        "### When would you use a median over a mean?\n\n"
        "When the data is skewed or has outliers.\n\n"
        "1. What is a type I error? Rejecting a true null hypothesis.\n"
        "2. What is a type II error? Keeping a false null hypothesis.\n"
        "3. What is statistical power? The chance of rejecting a false null.\n"
        "4. What is a confidence interval? A range that covers the true value 95% of the time.\n"
    )
    found = _read(note)
    assert [(t, s) for t, s, _ in found] == [
        ("What does the central limit theorem say?", ("Basics",)),
        ("When would you use a median over a mean?", ("Basics",)),
        ("What is a type I error?", ("Basics",)),
        ("What is a type II error?", ("Basics",)),
        ("What is statistical power?", ("Basics",)),
        ("What is a confidence interval?", ("Basics",)),
    ]
    assert found[1][2] == "When the data is skewed or has outliers."
    assert found[4][2] == "The chance of rejecting a false null."

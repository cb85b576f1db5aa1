"""Text copied out of a PDF breaks words over lines with a hyphen ("synchro-" /
"nization."). The questions read the words whole; a hyphen the word has of its own
("self-driving", written so elsewhere) stays, and code is left as written."""

from __future__ import annotations

from studyapp.core.parse import parse_text

PDF_TEXT = """\
Operating Systems Interview Questions

1. What is a race condition?
A race condition occurs when the result depends on the rel-
ative timing of threads touching shared data without synchro-
nization.

2. What is the difference between a mutex and a sema-
phore?
A mutex is owned: only the thread that locked it may un-
lock it. A semaphore counts up to N concurrent ac-
cesses. A self-driving car's scheduler is a classic example of self-
driving code.

3. What is virtual memory?
Each process sees a large contiguous ad-
dress space; the MMU trans-
lates addresses page by page.
"""


def test_words_broken_over_lines_read_whole():
    doc = parse_text(PDF_TEXT, suffix=".txt")
    assert [q.title for q in doc.questions] == [
        "What is a race condition?",
        "What is the difference between a mutex and a semaphore?",
        "What is virtual memory?",
    ]
    answers = [" ".join(q.answer_markdown.split()) for q in doc.questions]
    assert answers == [
        "A race condition occurs when the result depends on the relative timing of threads "
        "touching shared data without synchronization.",
        "A mutex is owned: only the thread that locked it may unlock it. A semaphore counts "
        "up to N concurrent accesses. A self-driving car's scheduler is a classic example of "
        "self-driving code.",
        "Each process sees a large contiguous address space; the MMU translates addresses "
        "page by page.",
    ]
    assert [(q.source_line, q.end_line) for q in doc.questions] == [(3, 6), (8, 13), (15, 18)]


def test_a_hyphenated_compound_inside_a_hyphenated_word():
    text = (
        "Q: What is the difference between a clustered and a non-clus-\ntered index?\n"
        "A: A clustered index orders the rows of the ta-\nble itself.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, " ".join(q.answer_markdown.split())) for q in doc.questions] == [
        (
            "What is the difference between a clustered and a non-clustered index?",
            "A clustered index orders the rows of the table itself.",
        )
    ]


def test_code_and_list_items_keep_their_dashes():
    text = (
        "## What does this print?\n\n```python\nx = total -\n    offset\n```\n\n"
        "## Which flags matter?\n\nThe pre-\n- commit hook runs first.\n"
    )
    doc = parse_text(text)
    assert "x = total -\n    offset" in doc.questions[0].answer_markdown
    assert "The pre-\n- commit" in doc.questions[1].answer_markdown

"""Labels in brackets before most questions of a problem list ("[Easy] [Amazon] Reverse
a linked list") are the questions' tags: they were kept as words of every title."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_difficulty_and_company_labels_before_list_items_are_tags():
    text = (
        "# Coding interview list\n\n"
        "- [Easy] [Amazon] Reverse a linked list\n"
        "  - Iterate with prev/curr pointers, O(n) time, O(1) space.\n"
        "- [Medium] [Google, Meta] Merge intervals\n"
        "  - Sort by start, then merge overlapping neighbours.\n"
        "- [Hard] [Google] Median of two sorted arrays\n"
        "  - Binary search on the partition of the smaller array.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.tags, q.answer_markdown) for q in doc.questions] == [
        (
            "Reverse a linked list",
            ("Easy", "Amazon"),
            "- Iterate with prev/curr pointers, O(n) time, O(1) space.",
        ),
        (
            "Merge intervals",
            ("Medium", "Google", "Meta"),
            "- Sort by start, then merge overlapping neighbours.",
        ),
        (
            "Median of two sorted arrays",
            ("Hard", "Google"),
            "- Binary search on the partition of the smaller array.",
        ),
    ]


def test_subject_labels_before_heading_questions():
    text = (
        "## [Python] What is the GIL?\n\nA lock around the interpreter.\n\n"
        "## [SQL] What is a covering index?\n\nAn index holding every column a query reads.\n\n"
        "## [Python] What is a generator?\n\nA function that yields.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.tags) for q in doc.questions] == [
        ("What is the GIL?", ("Python",)),
        ("What is a covering index?", ("SQL",)),
        ("What is a generator?", ("Python",)),
    ]


def test_a_bracket_before_one_title_stays_its_words():
    text = (
        "## [1, 2] + [3] in Python gives what?\n\nA new list [1, 2, 3].\n\n"
        "## What is a tuple?\n\nAn immutable sequence.\n\n"
        "## What is a set?\n\nAn unordered collection of unique items.\n"
    )
    assert parse_text(text).questions[0].title == "[1, 2] + [3] in Python gives what?"

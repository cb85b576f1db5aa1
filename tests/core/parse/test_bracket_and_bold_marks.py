"""Question and answer marks written in brackets ("[Q] …" / "[A] …") or with the bold
closed before the colon ("**Q**: …" / "**A**: …"): marks, no part of the question or
of its answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_bracketed_marks_in_a_text_file():
    notes = (
        "[Q] What is a CDN?\n[A] Edge servers that cache content close to users.\n\n"
        "[Q] What is anycast?\n[A] One address announced from many places.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is a CDN?", "Edge servers that cache content close to users."),
        ("What is anycast?", "One address announced from many places."),
    ]


def test_bold_answer_marks_closed_before_the_colon_in_list_items():
    notes = (
        "# GraphQL\n\n"
        "1. **Q**: What problem does GraphQL solve?\n"
        "   **A**: Over- and under-fetching.\n"
        "2. **Q**: What is a resolver?\n"
        "   **A**: A function that returns one field's value.\n"
    )
    assert pairs(notes) == [
        ("What problem does GraphQL solve?", "Over- and under-fetching."),
        ("What is a resolver?", "A function that returns one field's value."),
    ]

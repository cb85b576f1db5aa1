"""A heading written as a label ("## Encapsulation:") kept its colon in the question's
title; the colon leads to the answer below and is no part of the question. A sentence's
colon, which introduces what it asks about, stays."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _titles(text: str) -> list[str]:
    return [q.title for q in parse_text(text).questions]


def test_a_label_headings_colon_goes():
    text = (
        "# OOP\n\n## Encapsulation:\nHiding state.\n\n## Dependency injection :\n"
        "Passing collaborators in.\n\n## What is polymorphism:\nMany forms.\n"
    )
    assert _titles(text) == ["Encapsulation", "Dependency injection", "What is polymorphism"]


def test_a_sentences_colon_and_code_colons_stay():
    text = (
        "## In a BST, the element in the root is:\n\n- greater than the left\n\n"
        "## What does `std::` name?\n\nThe standard namespace.\n\n"
        "## Fibonacci. Return F(n), computed so:\n\nF(n) = F(n-1) + F(n-2)\n"
    )
    assert _titles(text) == [
        "In a BST, the element in the root is:",
        "What does std:: name?",
        "Fibonacci. Return F(n), computed so:",
    ]

"""Answers imported before a table's record keeping became tags hold it as lines
("**Difficulty:** Easy", "**Last reviewed:** March 4, 2025"), and a Markdown table of
problems still writes them: they were a mock's key points, so a right answer scored
0 %. A "**Name:** value" line of a date, a number, a checkbox, a link alone, or a label
under a name of record keeping gives no key point; one that says something does."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms

GRADIENT = (
    "Iteratively move parameters in the direction of the negative gradient of the "
    "loss, with step size set by the learning rate."
)


@pytest.mark.parametrize(
    "lines",
    [
        "**Difficulty:** Easy\n\n**Last reviewed:** March 4, 2025",
        "**Company:** Meta, Google\n\n**Asked on:** 2024-11-02\n\n**Starred:** Yes",
        "**Status:** In progress\n\n**Reps:** 12\n\n**Link:** https://example.com/gd",
    ],
)
def test_record_keeping_lines_give_no_key_point(lines):
    points = key_terms(f"{GRADIENT}\n\n{lines}", question="What is gradient descent?")
    said = " ".join(points).casefold()
    assert points and "gradient" in said
    for word in (
        "difficulty",
        "easy",
        "reviewed",
        "march",
        "company",
        "meta",
        "2024",
        "starred",
        "status",
        "progress",
        "reps",
        "example.com",
    ):
        assert word not in said, points


def test_a_named_line_that_says_something_still_gives_key_points():
    answer = "Store each value's index.\n\n**Pattern:** Hash map lookup of the complement"
    points = key_terms(answer, question="Two Sum")
    assert any("complement" in p.casefold() or "hash map" in p.casefold() for p in points)

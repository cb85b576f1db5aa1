"""A line that only says whose answer follows ("### My answer", "**Sample answer:**")
marks the answer as "### Answer" does: it is no part of it."""

import pytest

from studyapp.core.parse import parse_text


@pytest.mark.parametrize("mark", ["### My answer", "**Sample answer:**", "Model answer:"])
def test_a_mark_naming_whose_answer_leaves_the_answer(mark):
    notes = (
        "# Behavioral\n\n## 1. Tell me about a conflict.\n\n"
        f"{mark}\n\nTwo teams wanted one slot; we ranked by impact.\n\n"
        "## 2. Describe a failure.\n\n"
        f"{mark}\n\nA migration without a rollback plan.\n"
    )
    assert [q.answer_markdown for q in parse_text(notes).questions] == [
        "Two teams wanted one slot; we ranked by impact.",
        "A migration without a rollback plan.",
    ]


def test_a_heading_naming_an_answers_part_stays():
    notes = (
        "## What is a heap?\n\nA tree ordered parent over child.\n\n### Example answers\n\n- 3\n\n"
        "## What is a trie?\n\nA tree of prefixes.\n"
    )
    assert "### Example answers" in parse_text(notes).questions[0].answer_markdown


@pytest.mark.parametrize(
    ("first", "second"),
    [("### Short answer", "### Long answer"), ("**Brief answer:**", "**Detailed answer:**")],
)
def test_an_answer_given_in_two_versions_keeps_both_labels(first, second):
    notes = (
        "## Why is a hash join fast?\n\n"
        f"{first}\n\nOne pass builds a table, one pass probes it.\n\n"
        f"{second}\n\nThe smaller input is hashed in memory; each row of the other looks "
        "its key up in O(1), so the join is linear in both inputs.\n\n"
        "## What is a merge join?\n\nA join of two inputs sorted on the key.\n"
    )
    answer = parse_text(notes).questions[0].answer_markdown
    assert (
        answer.startswith(f"{first}\n\nOne pass builds a table") and f"\n\n{second}\n\n" in answer
    )


@pytest.mark.parametrize("mark", ["### Short answer", "**Long answer:**"])
def test_one_version_alone_marks_the_answer_as_answer_does(mark):
    notes = f"## What is a semi-join?\n\n{mark}\n\nRows of one input that match the other.\n"
    assert parse_text(notes).questions[0].answer_markdown == (
        "Rows of one input that match the other."
    )

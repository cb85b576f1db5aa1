"""A line mid-note that labels the questions after it ("SQL drills:" over a few
``Q:``/``A:`` pairs after heading questions): it heads them, as a section would; a line
that leads into an example as a sentence does ("What I said last time:") does not."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


def _read(note: str, **kwargs) -> list[tuple[str, tuple[str, ...], str]]:
    return [
        (q.title, q.topic_path, q.answer_markdown.strip())
        for q in parse_text(note, **kwargs).questions
    ]


def test_a_label_over_pairs_after_heading_questions_heads_them():
    note = (
        "# SQL prep\n\n"
        "## What is a window function?\n\nA function over a frame of rows.\n\n"
        "## When would you use a CTE?\n\nTo name a subquery and reuse it.\n\n"
        "## What is an index?\n\nA sorted structure for lookups.\n\n"
        "## How do you find duplicate rows?\n\nGROUP BY the columns, HAVING COUNT(*) > 1.\n\n"
        "SQL drills:\n\n"
        "Q: What does COUNT(*) count?\nA: Every row, nulls included.\n\n"
        "Q: What is the difference between WHERE and HAVING?\n"
        "A: WHERE filters rows, HAVING filters groups.\n\n"
        "Q: What does a LEFT JOIN keep?\nA: Every row of the left table.\n"
    )
    found = _read(note)
    assert found[3] == (
        "How do you find duplicate rows?",
        (),
        "GROUP BY the columns, HAVING COUNT(*) > 1.",
    )
    assert found[4:] == [
        ("What does COUNT(*) count?", ("SQL drills",), "Every row, nulls included."),
        (
            "What is the difference between WHERE and HAVING?",
            ("SQL drills",),
            "WHERE filters rows, HAVING filters groups.",
        ),
        ("What does a LEFT JOIN keep?", ("SQL drills",), "Every row of the left table."),
    ]
    # A line that leads into a dialogue as a sentence does quotes it in the answer,
    # on a line of its own too.
    said = note.replace("SQL drills:", "What I said in the last mock:")
    assert [t for t, _, _ in _read(said)][3:] == ["How do you find duplicate rows?"]
    assert "What does a LEFT JOIN keep?" in _read(said)[3][2]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("label", ["Example:", "Sample dialogue:", "Mock interview transcript:"])
def test_a_label_that_names_one_example_keeps_its_dialogue_in_the_answer(label, gap):
    """A line that names what follows as one instance of the answer (an example, a
    dialogue, a transcript) quotes it: the pairs under it are no questions, written
    right under it too."""
    note = (
        "**How do I answer a salary question?**\nGive a range.\n\n"
        + label
        + gap
        + "Q: What are you expecting?\nA: Around the market rate for the level.\n\n"
        "Q: Is that negotiable?\nA: Within reason.\n\n"
        "**How do I close the interview?**\nThank them and ask about next steps.\n\n"
        "**What if they ask about gaps?**\nSay what you did in them.\n"
    )
    found = _read(note)
    assert [t for t, _, _ in found] == [
        "How do I answer a salary question?",
        "How do I close the interview?",
        "What if they ask about gaps?",
    ]
    assert found[0][2].endswith("A: Within reason.")


def test_a_fresh_label_glued_to_its_pairs_after_bold_questions_heads_them_up_to_the_next():
    """Another person's: bold questions, a label written right above a run of pairs
    with no blank lines, then the note's own bold questions again."""
    note = (
        "**How do you structure a STAR answer?**\n"
        "Situation, task, action, result; most time on the action.\n\n"
        "**How long should an answer be?**\n"
        "About two minutes, then stop and let them ask.\n\n"
        "**What if I have no example?**\n"
        "Say so, and give the closest thing you have done.\n\n"
        "Behavioural warm-ups:\n"
        "Q: Tell me about a conflict with a colleague.\n"
        "A: The code review where we disagreed on the schema.\n"
        "Q: Tell me about a failure.\n"
        "A: The migration I shipped without a rollback plan.\n"
        "Q: Why are you leaving?\n"
        "A: I want to work closer to the product.\n\n"
        "**How do you close the interview?**\n"
        "Ask one question about the team, then thank them.\n"
    )
    found = _read(note)
    assert [(t, s) for t, s, _ in found] == [
        ("How do you structure a STAR answer?", ()),
        ("How long should an answer be?", ()),
        ("What if I have no example?", ()),
        ("Tell me about a conflict with a colleague.", ("Behavioural warm-ups",)),
        ("Tell me about a failure.", ("Behavioural warm-ups",)),
        ("Why are you leaving?", ("Behavioural warm-ups",)),
        ("How do you close the interview?", ()),
    ]
    assert found[2][2] == "Say so, and give the closest thing you have done."


def test_a_bold_part_label_between_pairs_names_the_questions_after_it():
    note = (
        "# Data interview prep\n\n**Part 1: Python**\n\n"
        "Q: What is a generator?\nA: A function that yields values lazily.\n\n"
        "Q: What does a decorator do?\nA: Wraps a function to add behaviour.\n\n"
        "**Part 2: SQL**\n\n"
        "Q: What is a primary key?\nA: A column that identifies each row.\n\n"
        "Q: What does GROUP BY do?\nA: Groups rows so aggregates run per group.\n"
    )
    assert _read(note) == [
        ("What is a generator?", ("Part 1: Python",), "A function that yields values lazily."),
        ("What does a decorator do?", ("Part 1: Python",), "Wraps a function to add behaviour."),
        ("What is a primary key?", ("Part 2: SQL",), "A column that identifies each row."),
        ("What does GROUP BY do?", ("Part 2: SQL",), "Groups rows so aggregates run per group."),
    ]
    # The same part alone mid-note, no label above the first question
    alone = note.replace("**Part 1: Python**\n\n", "")
    assert [s for _, s, _ in _read(alone)] == [(), (), ("Part 2: SQL",), ("Part 2: SQL",)]
    assert _read(alone)[1][2] == "Wraps a function to add behaviour."


def test_fresh_bold_labels_between_heading_questions_name_the_questions_after_each():
    """Another person's: questions as headings, a few unlabelled ones first, then bold
    labels (no part numbers) over the rest of them."""
    note = (
        "### Why this company?\nTheir data platform is the product, not a side project.\n\n"
        "### Where do you see yourself in five years?\nLeading a small platform team.\n\n"
        "**Databases**\n\n"
        "### What is MVCC?\nEach transaction reads a snapshot; writers make new versions.\n\n"
        "### Why would a query ignore an index?\nThe planner thinks a scan is cheaper.\n\n"
        "**Networking**\n\n"
        "### What happens when you type a URL?\nDNS, TCP, TLS, then the HTTP request.\n"
    )
    found = _read(note)
    assert [s for _, s, _ in found] == [
        (),
        (),
        ("Databases",),
        ("Databases",),
        ("Networking",),
    ]
    assert found[1][2] == "Leading a small platform team."
    assert found[3][2] == "The planner thinks a scan is cheaper."


def test_a_bold_line_that_comes_back_at_the_end_of_answers_names_no_group():
    note = (
        "## What is a mutex?\n\nA lock one thread holds at a time.\n\n**Important**\n\n"
        "## What is a semaphore?\n\nA counter of permits.\n\n**Important**\n\n"
        "## What is a barrier?\n\nEvery thread waits for the last.\n\n**Databases**\n\n"
        "## What is MVCC?\n\nReaders see a snapshot.\n"
    )
    found = _read(note)
    assert [s for _, s, _ in found] == [(), (), (), ()]
    assert found[0][2].endswith("**Important**") and found[2][2].endswith("**Databases**")

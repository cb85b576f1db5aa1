"""Cornell notes typed as a table: a cue column of questions beside the notes column
that answers them ("Cue | Notes", "Questions | Notes")."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_cue_column_rows_are_questions_answered_by_the_notes_column():
    notes = (
        "# Cornell notes – OS lecture 4\n\n"
        "| Cue | Notes |\n| --- | --- |\n"
        "| What is a mutex? | A lock only one thread can hold. |\n"
        "| Mutex vs semaphore? | A mutex has an owner; a semaphore is a counter. |\n\n"
        "**Summary:** Locks protect shared state.\n"
    )
    assert pairs(notes) == [
        ("What is a mutex?", "A lock only one thread can hold."),
        ("Mutex vs semaphore?", "A mutex has an owner; a semaphore is a counter."),
    ]


def test_questions_beside_notes_are_answered_by_them():
    notes = (
        "| Questions | Notes |\n| --- | --- |\n"
        "| Why did Rome fall? | Overextension, economic troubles, invasions. |\n"
        "| Who was the first emperor? | Augustus, from 27 BC. |\n"
    )
    assert pairs(notes) == [
        ("Why did Rome fall?", "Overextension, economic troubles, invasions."),
        ("Who was the first emperor?", "Augustus, from 27 BC."),
    ]

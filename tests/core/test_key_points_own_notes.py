"""A sheet's "Notes" column (the person's own notes about a card: "asked at Stripe",
"see CAP, BASE") is kept with the answer as a "**Notes:** …" line and shown with it;
it was graded as a mock's key point, so an answer that said everything the answer says
capped at 75 %. The person's notes ("**Notes:**", "**My notes:**", "**Comments:**")
give no key point; a "**Note:**" (a caveat of the answer) still does."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms
from studyapp.core.parse import parse_text

SHEET = (
    "Question,Answer,Notes\n"
    '"What is idempotency?","An operation is idempotent when applying it twice has the'
    ' same effect as applying it once.","asked at Stripe"\n'
    '"What is eventual consistency?","If no new writes happen, all replicas eventually'
    ' converge to the same value.","see CAP, BASE\nre-read the Dynamo paper"\n'
)


def test_a_sheets_notes_column_is_shown_but_never_a_key_point():
    questions = parse_text(SHEET, name="Backend", suffix=".csv").questions
    assert len(questions) == 2
    for question, notes in zip(questions, ("Stripe", "Dynamo"), strict=True):
        assert notes in question.answer_markdown  # kept with the answer
        points = key_terms(question.answer_markdown, question=question.title)
        said = " ".join(points).casefold()
        assert points and notes.casefold() not in said and "asked" not in said, points
        # an answer that repeats the notes word for word covers every point
        typed = question.answer_markdown.replace("**Notes:**", "")
        ticks = ticked_terms(points, typed, question.title, question.answer_markdown)
        assert coverage(points, ticks) == 1.0, (points, ticks)


def test_my_notes_in_markdown_give_no_key_point_but_a_note_does():
    answer = (
        "A **closure** is a function that keeps access to the variables of the scope it was"
        " created in, after that scope has returned.\n\n"
        "**My notes:** got this wrong at Shopify, practise the counter example"
    )
    said = " ".join(key_terms(answer, question="What is a closure?")).casefold()
    assert "closure" in said or "variables" in said
    assert not any(w in said for w in ("notes", "shopify", "counter")), said
    caveat = (
        "Threads in CPython share one interpreter lock.\n\n"
        "**Note:** the lock is released while a thread waits on I/O"
    )
    said = " ".join(key_terms(caveat, question="What is the GIL?")).casefold()
    assert "released" in said or "waits on i/o" in said, said

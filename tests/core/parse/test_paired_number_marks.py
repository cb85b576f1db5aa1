"""Numbered marks with only a space after them ("Q1 What is a closure?" / "A1 A function
…"): the answer's "A1" is its mark, not its first word."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_answer_marks_numbered_as_their_questions_go():
    text = (
        "Q1 What is a closure?\nA1 A function bundled with the variables it captured.\n\n"
        "Q2 What is currying?\nA2 Turning f(a, b) into f(a)(b).\n\n"
        "Q3 What is a pure function?\nA3 Same output for the same input, no side effects.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a closure?", "A function bundled with the variables it captured."),
        ("What is currying?", "Turning f(a, b) into f(a)(b)."),
        ("What is a pure function?", "Same output for the same input, no side effects."),
    ]


def test_a_mark_of_another_number_or_an_answer_about_a1_stays():
    text = (
        "Q1 Which cell does the formula refer to?\nA1 notation names column A, row 1.\n\n"
        "Q2 What is a spreadsheet range?\nA2 B2:C4 is one: a block of cells.\n\n"
        "Q3 What is a named range?\nA name given to a range of cells.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.answer_markdown for q in doc.questions] == [
        "A1 notation names column A, row 1.",
        "A2 B2:C4 is one: a block of cells.",
        "A name given to a range of cells.",
    ]

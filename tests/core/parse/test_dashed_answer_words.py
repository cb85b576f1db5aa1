"""An answer marked by its word and a dash ("Answer - …", "Ans - …", "Respuesta - …")
answers the question above it: the mark is not left at the head of the answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_numbered_questions_with_answer_dash_marks():
    text = (
        "Rust revision\n\n"
        "Q1 - What is ownership?\nAnswer - Each value has one owner.\n\n"
        "Q2 - What is borrowing?\nAnswer - Taking a reference without ownership.\n\n"
        "Q3 - What is a lifetime?\nAnswer - The region a reference is valid for.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is ownership?", "Each value has one owner."),
        ("What is borrowing?", "Taking a reference without ownership."),
        ("What is a lifetime?", "The region a reference is valid for."),
    ]


def test_answer_words_with_a_dash_under_colon_questions():
    text = (
        "Q: What is a heap?\nAns - A tree with the heap property.\n\n"
        "Q: What is a trie?\nAnswer – A prefix tree.\n\n"
        "Pregunta: ¿Qué es REST?\nRespuesta - Un estilo de arquitectura.\n"
    )
    answers = [q.answer_markdown for q in parse_text(text).questions]
    assert answers == [
        "A tree with the heap property.",
        "A prefix tree.",
        "Un estilo de arquitectura.",
    ]


def test_a_letter_and_a_dash_under_every_question_is_its_answer_mark():
    # "Q1 - …" over "A - …", each question so: the letter marks the answer, as "A:" does
    text = "Q1 - What is a heap?\nA - the default one\n\nQ2 - What is a trie?\nA - prefix tree\n"
    assert [q.answer_markdown for q in parse_text(text).questions] == [
        "the default one",
        "prefix tree",
    ]


def test_a_lone_letter_and_a_dash_is_no_answer_mark():
    # "A - …" under one question of many unmarked ones may be a list's item or what it
    # says: it stays the answer's text (test_answer_letter_dash has quiz options)
    text = (
        "What is a hash map?\nA key-value store.\n\nWhat grade is best?\nA - the top mark.\n\n"
        "What is a heap?\nA tree ordered parent over child.\n"
    )
    assert [q.answer_markdown for q in parse_text(text, suffix=".txt").questions] == [
        "A key-value store.",
        "A - the top mark.",
        "A tree ordered parent over child.",
    ]

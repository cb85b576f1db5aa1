"""A word processor's Title style exported as a bold first line ("**Machine Learning
Interview Questions**") is the notes' title: the deck was named after the file and the
line skipped as an introduction."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_bold_first_line_over_bold_questions_names_the_deck():
    text = (
        "**Machine Learning Interview Questions**\n\n"
        "**1. What is the bias-variance trade-off?**\n\nSimple models underfit.\n\n"
        "**2. What is regularisation?**\n\nA penalty on the loss.\n"
    )
    doc = parse_text(text, name="gdocs-export")
    assert doc.deck_name == "Machine Learning Interview Questions"
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is the bias-variance trade-off?", "Simple models underfit."),
        ("What is regularisation?", "A penalty on the loss."),
    ]
    assert [(r.start_line, r.reason) for r in doc.skipped] == [(1, "title")]


def test_a_bold_title_over_q_and_a_lines_and_a_bold_first_question_is_no_title():
    text = "__Kafka basics__\n\nQ: What is a topic?\nA: A named log.\n\nQ: What is an offset?\nA: A position.\n"
    doc = parse_text(text, name="kafka")
    assert doc.deck_name == "Kafka basics"
    assert [q.title for q in doc.questions] == ["What is a topic?", "What is an offset?"]
    asking = "**What is a topic?**\n\nA named log.\n\n**What is an offset?**\n\nA position.\n"
    assert parse_text(asking, name="kafka").deck_name == "kafka"

"""Exam notes abbreviate the question's word ("Que 1:", "Ques 2.", "Qn 3:") as they do
the answer's ("Ans."): the mark is no part of the title."""

import pytest

from studyapp.core.parse import parse_text


@pytest.mark.parametrize("word", ["Que", "Ques", "Qn", "Qstn"])
def test_an_abbreviated_question_word_marks_the_question(word):
    notes = (
        f"{word} 1: What is JVM?\nAns: The virtual machine that runs byte code.\n\n"
        f"{word} 2: Why is String immutable in Java?\nAns: For the string pool and safety.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [(q.title, q.answer_markdown.strip()) for q in parsed.questions] == [
        ("What is JVM?", "The virtual machine that runs byte code."),
        ("Why is String immutable in Java?", "For the string pool and safety."),
    ]


def test_a_french_question_opening_with_que_keeps_its_word():
    notes = "## Que signifie ACID ?\n\nAtomicité, cohérence, isolation, durabilité.\n"
    assert [q.title for q in parse_text(notes).questions] == ["Que signifie ACID ?"]

"""A dash the person typed after an answer's label is the label's ("Ans:- …",
"A: – …"), not a list's bullet: the answer was shown as a one-item list."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


@pytest.mark.parametrize("label", ["Ans:-", "Answer: -", "A:–", "Ans: —", "Answer:-"])
def test_a_dash_after_the_answer_label_is_no_bullet(label):
    text = (
        "Deep learning phone screen\n\n"
        "Q1) Why do we need non-linear activations?\n"
        f"{label} Without them a stack of layers collapses into one linear map.\n\n"
        "Q2) What is the minimum of tanh?\n"
        "Ans: -1 at minus infinity.\n\n"
        "Q3) What is an epoch?\n"
        f"{label} One pass over the data.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.answer_markdown for q in doc.questions] == [
        "Without them a stack of layers collapses into one linear map.",
        "-1 at minus infinity.",  # (a number's minus stays)
        "One pass over the data.",
    ]


def test_a_dash_after_the_answer_label_on_the_questions_line_is_no_part_of_the_answer():
    text = (
        "Notes\n\n"
        "Q: What is a mutex? A:- A lock one thread holds at a time.\n"
        "Q: What is a semaphore? Ans: – A counter of permits.\n"
        "Q: What is a spinlock? A: A lock that busy-waits.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.answer_markdown for q in doc.questions] == [
        "A lock one thread holds at a time.",
        "A counter of permits.",
        "A lock that busy-waits.",
    ]

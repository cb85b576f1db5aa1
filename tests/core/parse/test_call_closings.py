"""An interview transcript's closing turn ("Great, that's time. Any questions for me?",
"Okay, we're at time. Thanks so much!") asks nothing the interview asks: it is no
question, nor is what is left of it once its small talk is taken out."""

from __future__ import annotations

from studyapp.core.parse import parse_text

CALL = (
    "Mock interview with Raj\n\n"
    "Interviewer: What's the difference between a process and a thread?\n"
    "Me: A process has its own address space; threads share memory.\n"
    "Interviewer: How do you make a consumer safe against duplicates?\n"
    "Me: Make the handler idempotent.\n"
)


def _titles(text: str) -> list[str]:
    return [q.title for q in parse_text(text, suffix=".txt").questions]


def test_a_turn_that_says_time_is_up_is_no_question():
    text = (
        CALL + "Interviewer: Great, that's time. Any questions for me?\nMe: How is on-call run?\n"
    )
    assert _titles(text) == [
        "What's the difference between a process and a thread?",
        "How do you make a consumer safe against duplicates?",
    ]


def test_a_turn_that_is_at_time_and_thanks_is_no_question():
    text = CALL.replace("Me:", "Candidate:") + (
        "Interviewer: Okay, we're at time. Thanks so much!\nCandidate: Thank you!\n"
    )
    assert len(_titles(text)) == 2

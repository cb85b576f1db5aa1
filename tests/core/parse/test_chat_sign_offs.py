"""A chat assistant's sign-off ending an answer ("Hope this helps! Let me know if you'd
like a quiz — I'm happy to help.") in notes that are otherwise plain is no part of the
answer: it was studied, graded in mock key points and printed as the answer's last
words. One is enough (a single closing offer in plain notes stays: it may be the
author's); the import names its lines as left out."""

from studyapp.core.parse import parse_text
from studyapp.core.parse.sign_offs import CHAT_SIGN_OFF

PLAIN = """# Interview prep

## Python

### What is the GIL?

A mutex in CPython that lets one thread run bytecode at a time.

I/O-bound threads are fine: the GIL is released while waiting.

### What is the difference between a list and a tuple?

A list is mutable and a tuple is immutable.

### What is precision vs recall?

Precision is TP / (TP + FP); recall is TP / (TP + FN).

Hope this helps! Let me know if you’d like a quiz — I’m happy to help.
"""


def _answers(text: str) -> dict[str, str]:
    return {q.title: q.answer_markdown for q in parse_text(text).questions}


def test_a_sign_off_ending_the_last_answer_is_left_out_and_said():
    doc = parse_text(PLAIN)
    answers = {q.title: q.answer_markdown for q in doc.questions}
    last = answers["What is precision vs recall?"]
    assert last == "Precision is TP / (TP + FP); recall is TP / (TP + FN)."
    line = PLAIN.splitlines().index(PLAIN.splitlines()[-1]) + 1
    assert any(r.reason == CHAT_SIGN_OFF and r.start_line == line for r in doc.skipped)


def test_another_sign_off_ending_an_answer_in_the_middle():
    """A second input: other words, and not the last answer."""
    text = PLAIN.replace(
        "A list is mutable and a tuple is immutable.\n",
        "A list is mutable and a tuple is immutable.\n\n"
        "Good luck with the interview! Feel free to ask if anything is unclear.\n",
    ).replace("\nHope this helps! Let me know if you’d like a quiz — I’m happy to help.\n", "")
    answers = _answers(text)
    assert answers["What is the difference between a list and a tuple?"] == (
        "A list is mutable and a tuple is immutable."
    )
    assert "Good luck" not in "".join(answers.values())


def test_a_paragraph_that_says_something_stays():
    """A sentence of content beside the sign-off's words, or a remark that opens with
    them, is the answer's."""
    for ending in (
        "Happy to help is how support teams count recall. It is not a metric.",
        "Hope this helps explain why. Recall falls as the threshold rises.",
        "- Let me know if the counts look off.",
    ):
        text = PLAIN.replace(
            "Hope this helps! Let me know if you’d like a quiz — I’m happy to help.", ending
        )
        assert _answers(text)["What is precision vs recall?"].endswith(ending)


def test_the_only_paragraph_of_an_answer_stays():
    text = "## What is a mutex?\n\nA lock.\n\n## What is a semaphore?\n\nGood luck!\n"
    assert _answers(text)["What is a semaphore?"] == "Good luck!"


def test_a_chats_last_answer_loses_its_sign_off_too():
    chat = (
        "## What is a mutex?\n\nGreat question! A lock only its owner releases.\n\n"
        "Would you like an example?\n\n## What is a semaphore?\n\n"
        "A counter of permits.\n\nHope that helps! Good luck.\n"
    )
    assert _answers(chat)["What is a semaphore?"] == "A counter of permits."

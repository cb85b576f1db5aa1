"""An answer that shows an example letter keeps the letter's sign-off: only the notes'
own close ("Cheers," / a name, at the margin, at the very end) ends the last answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str, suffix: str = ".md") -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def test_an_indented_example_letter_keeps_its_sign_off():
    notes = (
        "## How do I write a thank-you note?\n\n"
        "Use this template:\n\n"
        "    Dear Ms. Lee,\n"
        "    Thank you for meeting me.\n\n"
        "    Best regards,\n"
        "    Alex\n"
    )
    assert _pairs(notes) == [
        (
            "How do I write a thank-you note?",
            "Use this template:\n\n    Dear Ms. Lee,\n    Thank you for meeting me.\n\n"
            "    Best regards,\n    Alex",
        )
    ]


def test_a_letter_greeted_inside_the_last_answer_keeps_its_sign_off():
    notes = (
        "Q: What do I send after an on-site?\n"
        "A: A short note, for example:\n\n"
        "Hi Jordan,\n"
        "Thanks for walking me through the on-call rota today.\n\n"
        "Kind regards,\n"
        "Sam\n"
    )
    assert _pairs(notes) == [
        (
            "What do I send after an on-site?",
            "A short note, for example:\n\nHi Jordan,\n"
            "Thanks for walking me through the on-call rota today.\n\nKind regards,\nSam",
        )
    ]


def test_a_signature_followed_by_more_of_the_answer_is_not_the_end():
    notes = (
        "Q: How do I write a thank-you note?\n"
        "A: Use this template:\n\n"
        "Thank you for meeting me on Tuesday.\n"
        "Best regards,\n"
        "Alex\n"
        "-- \n"
        "Alex Kim\n"
        "Afterwards, follow up within a week.\n"
    )
    [(title, answer)] = _pairs(notes, ".txt")
    assert title == "How do I write a thank-you note?"
    assert answer.endswith("Alex Kim\nAfterwards, follow up within a week.")
    assert "Best regards," in answer


def test_the_notes_own_close_still_ends_the_last_answer():
    notes = (
        "## What is a race condition?\n\n"
        "Two threads reading and writing the same data without order.\n\n"
        "Cheers,\n"
        "Marco\n"
    )
    assert _pairs(notes) == [
        (
            "What is a race condition?",
            "Two threads reading and writing the same data without order.",
        )
    ]


def test_a_sign_off_over_a_signature_line_is_no_heading():
    # "Alex" over "--" reads as a setext heading; a letter's close is none
    notes = (
        "## How do I write a thank-you note?\n\n"
        "Use this template:\n\n"
        "Dear Ms. Lee,\nThank you for meeting me.\n\n"
        "Best regards,\nAlex\n--\nAlex Kim, Data Team\n\n"
        "Send it within a day.\n"
    )
    for suffix in (".md", ".txt"):
        [(title, answer)] = _pairs(notes, suffix)
        assert title == "How do I write a thank-you note?"
        assert answer.endswith(
            "Best regards,\nAlex\n--\nAlex Kim, Data Team\n\nSend it within a day."
        )


def test_a_remark_opening_with_hi_or_hey_is_no_letter_and_the_notes_close_still_ends():
    """'Hey, quick tip:' inside the last answer was taken for a letter's greeting, so the
    notes' own 'Cheers, / Priya' stayed glued to that answer."""
    notes = (
        "## What is idempotency?\n\nDoing it twice changes nothing more.\n\n"
        "## Why retry with backoff?\n\nTo let an overloaded service recover.\n"
        "Hey, quick tip:\nadd jitter so clients do not retry in step.\n\n"
        "Cheers,\nPriya\n"
    )
    assert _pairs(notes)[-1] == (
        "Why retry with backoff?",
        "To let an overloaded service recover.\nHey, quick tip:\n"
        "add jitter so clients do not retry in step.",
    )

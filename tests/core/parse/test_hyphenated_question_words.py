"""A name that opens with a question word or a task's verb joined by a hyphen ("Write-ahead
logging", "Is-a relationship", "How-to guide", "Design-time checks") names a thing; it
asks nothing. Read as asking, it made a glossary's term keep its colon, and a note of
named cards ("## Write-ahead logging" over the question it holds and its "### Answer")
read as headings that ask, the question and its answer label left in the answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_named_cards_over_their_question_and_answer_label():
    notes = (
        "# Databases\n\n"
        "## Isolation levels\n\n"
        "Which anomalies does READ COMMITTED still allow?\n\n"
        "### Answer\n\nNon-repeatable reads and phantoms.\n\n"
        "## Write-ahead logging\n\n"
        "Why write the log before the data pages?\n\n"
        "### Answer\n\nSo a crash can be redone or undone from the log.\n"
    )
    assert pairs(notes) == [
        ("Which anomalies does READ COMMITTED still allow?", "Non-repeatable reads and phantoms."),
        (
            "Why write the log before the data pages?",
            "So a crash can be redone or undone from the log.",
        ),
    ]


def test_hyphenated_terms_in_a_glossary_are_terms():
    bulleted = (
        "- Is-a relationship:\n  A subclass standing in for its base class.\n"
        "- Has-a relationship:\n  An object holding another as a part.\n"
        "- How-to guide:\n  Documentation that walks through one task.\n"
    )
    assert titles(bulleted) == ["Is-a relationship", "Has-a relationship", "How-to guide"]
    bold = (
        "**Design-time checks:**\nErrors a tool reports while the model is edited.\n\n"
        "**Build-time constants:**\nValues fixed when the program is compiled.\n\n"
        "**Run-time checks:**\nErrors found only while the program runs.\n"
    )
    assert titles(bold) == ["Design-time checks", "Build-time constants", "Run-time checks"]

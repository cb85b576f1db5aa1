"""Bold questions typed a line each with no blank line between the cards (one
Markdown paragraph): each bold line that asks starts a question, as it would after
a blank line; before, the first question took every other one into its answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_bold_questions_over_their_answers_without_blank_lines():
    notes = (
        "# Astronomy\n\n"
        "**What is a light-year?**\nThe distance light travels in a year.\n"
        "**Why is Mars red?**\nIron oxide on its surface.\n"
        "**What is a neutron star?**\nThe collapsed core of a massive star,\nmostly neutrons.\n"
    )
    assert pairs(notes) == [
        ("What is a light-year?", "The distance light travels in a year."),
        ("Why is Mars red?", "Iron oxide on its surface."),
        ("What is a neutron star?", "The collapsed core of a massive star,\nmostly neutrons."),
    ]


def test_bold_questions_with_their_answers_on_the_line_without_blank_lines():
    notes = (
        "**What is a bond?** A loan to a company or government.\n"
        "**What is a coupon?** The interest a bond pays.\n"
        "**What is yield?** The return on a bond at its current price.\n"
    )
    assert pairs(notes) == [
        ("What is a bond?", "A loan to a company or government."),
        ("What is a coupon?", "The interest a bond pays."),
        ("What is yield?", "The return on a bond at its current price."),
    ]


def test_a_bold_line_inside_an_answer_that_does_not_ask_stays_in_it():
    notes = (
        "**What is a light-year?**\nA distance, not a time.\n**Note:** about 9.46 trillion km.\n\n"
        "**Why is Mars red?**\nIron oxide on its surface.\n"
    )
    assert pairs(notes) == [
        ("What is a light-year?", "A distance, not a time.\n**Note:** about 9.46 trillion km."),
        ("Why is Mars red?", "Iron oxide on its surface."),
    ]

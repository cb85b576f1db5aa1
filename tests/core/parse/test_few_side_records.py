"""One or two records whose fields name a card's sides ("Front: …" / "Back: …",
"Term: …" / "Definition: …") are cards, as three and more were: they were read as
an answer of the heading above, as nothing, or as questions titled "Front: …".
Records of other fields ("Problem: …" / "Link: …") still need three to be cards,
and a question that claims the record keeps it in its answer."""

from __future__ import annotations

import pytest

from tests.helpers.parsing import pairs

BAGGING = "Bootstrap aggregating: average models fit on bootstrap samples."


@pytest.mark.parametrize(
    ("notes", "cards"),
    [
        (
            "# Ensembles\n\nFront: Bagging\nBack: " + BAGGING + "\n\n"
            "Front: Shrinkage\nBack: Scaling each tree's step by a learning rate.\n",
            [("Bagging", BAGGING), ("Shrinkage", "Scaling each tree's step by a learning rate.")],
        ),
        (
            "Front: What does bagging average?\nBack: Trees fit on bootstrap samples.\n",
            [("What does bagging average?", "Trees fit on bootstrap samples.")],
        ),
        (
            "Notes from the stats reading group, week 3.\n\n"
            "Term: p-value\nDefinition: The chance of data this extreme under the null.\n",
            [("p-value", "The chance of data this extreme under the null.")],
        ),
    ],
)
def test_one_or_two_records_naming_a_cards_sides_are_cards(notes, cards):
    assert pairs(notes) == cards


# Records of other fields, fewer than three: no cards. A record under a question
# that claims it: that question's answer.
PRACTICE = (
    "Problem: Two Sum\nApproach: a hash map of complements.\n\n"
    "Problem: Valid Anagram\nApproach: count the letters.\n"
)
CLAIMED = (
    "## What is bagging?\n\nBagging averages models.\n\n"
    "Front: Bagging\nBack: Bootstrap aggregating.\n\n"
    "## What is boosting?\n\nModels fit one after another.\n"
)


@pytest.mark.parametrize(
    ("notes", "questions"),
    [
        (PRACTICE, []),
        (
            CLAIMED,
            [
                (
                    "What is bagging?",
                    "Bagging averages models.\n\nFront: Bagging\nBack: Bootstrap aggregating.",
                ),
                ("What is boosting?", "Models fit one after another."),
            ],
        ),
    ],
)
def test_other_records_are_no_cards_and_claimed_ones_stay_answers(notes, questions):
    assert pairs(notes) == questions

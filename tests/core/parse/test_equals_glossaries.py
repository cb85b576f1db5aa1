"""A glossary written a term a line with an equals sign between the term and its meaning
("Power = the chance of rejecting a false null hypothesis", "Rank := the number of
independent columns"), as a formula sheet or a maths note is: a card per term, as with
a colon or a dash. It gave no questions at all."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_terms_and_meanings_joined_by_an_equals_sign_are_cards():
    notes = (
        "Statistics\n\n"
        "p-value = the chance of data this extreme if the null hypothesis holds\n"
        "Power = the chance of rejecting a false null hypothesis\n"
        "Type I error = rejecting a true null hypothesis\n"
        "Type II error = keeping a false null hypothesis\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("p-value", "the chance of data this extreme if the null hypothesis holds"),
        ("Power", "the chance of rejecting a false null hypothesis"),
        ("Type I error", "rejecting a true null hypothesis"),
        ("Type II error", "keeping a false null hypothesis"),
    ]


def test_a_definition_sign_in_a_markdown_list_reads_the_same():
    notes = (
        "# Linear algebra\n\n"
        "- Eigenvector := a vector the matrix only scales\n"
        "- Rank := the number of independent columns\n"
        "- Trace := the sum of the diagonal entries\n"
        "- Determinant := the factor by which the matrix scales volume\n"
    )
    assert pairs(notes) == [
        ("Eigenvector", "a vector the matrix only scales"),
        ("Rank", "the number of independent columns"),
        ("Trace", "the sum of the diagonal entries"),
        ("Determinant", "the factor by which the matrix scales volume"),
    ]

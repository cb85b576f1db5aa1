"""A list item that opens with a marked term after its article ("- A **salt** is a random
value …") says what the term is, as a paragraph that opens so does: when the question
names the term, the point is what the item says of it, not nothing (keycandidates)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms


@pytest.mark.parametrize(
    ("question", "answer", "point", "said", "wrong"),
    [
        (
            "Why do we salt passwords before hashing them?",
            "- A **salt** is a random value stored beside each password and mixed into its"
            " hash\n"
            "- Two users with the same password get **different hashes**\n",
            "salt: random value stored beside each password",
            "You add a random value to each password before hashing it.",
            "The salt is a secret key shared by all the users.",
        ),
        (
            "Why add an index to a database table?",
            "- An **index** is a sorted copy of a column with pointers to the rows\n"
            "- Lookups become **O(log n)** instead of a **full table scan**\n",
            "index: sorted copy of a column",
            "It keeps a sorted copy of the column pointing back to each row.",
            "An index stores every row twice, unsorted, in a second table.",
        ),
    ],
)
def test_an_item_says_what_the_term_it_opens_with_is(question, answer, point, said, wrong):
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    assert ticked_terms(points, said, question, answer)[at], points
    assert not ticked_terms(points, wrong, question, answer)[at], points

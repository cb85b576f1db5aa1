"""A denial the model answer stresses in bold is a key point of its own, its clause with
its subject, and an answer asserting what it denies earns nothing for it (keystressed)."""

from __future__ import annotations

import pytest

from studyapp.core.keystressed import denied_verb, stressed_claim
from studyapp.core.keyterms import key_terms
from tests.core.keypoint_cases import TWENTY_THIRD_ROUND
from tests.core.test_keydenial import ticks

CORRELATION = next(c for c in TWENTY_THIRD_ROUND if c.id == "sample-correlation")
HASH_INDEX = (
    "What is a hash index?",
    "### Definition\n\n"
    "A hash index is a table of buckets keyed by the hash of a column.\n\n"
    "* It **cannot serve** range queries or sorting.\n"
    "* Lookups by equality take **constant time**.\n\n"
    "### Compared\n\n"
    "* **B-tree index**: keeps keys in order.\n"
    "* **Bitmap index**: one bit per row and value.\n"
    "* **GiST**: for geometric data.\n",
)


@pytest.mark.parametrize(
    ("question", "answer", "point", "right", "wrong"),
    [
        (
            CORRELATION.question,
            CORRELATION.answer,
            "Correlation: does not imply that one variable causes the other",
            "Correlation is an association; it does not imply that one causes the other.",
            "Correlation implies causation: when two variables have a statistical"
            " relationship, one causes the other.",
        ),
        (
            *HASH_INDEX,
            "hash index: cannot serve range queries or sorting",
            "A hash index buckets rows by a hash; it can't serve range queries or sorting.",
            "A hash index serves range queries and sorting quickly.",
        ),
    ],
)
def test_a_stressed_denial_is_a_point_that_asserting_it_does_not_earn(
    question, answer, point, right, wrong
):
    assert point in key_terms(answer, question=question)
    assert ticks(question, answer, right)[point] is True
    assert ticks(question, answer, wrong)[point] is False


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("does not imply", True),
        ("doesn't block", True),
        ("never blocks", True),
        ("not the same", False),  # a state
        ("without a lock", False),  # a noun's negation
        ("not", False),  # no verb: a tone of voice
    ],
)
def test_only_a_negated_verb_stresses_a_denial(span, expected):
    assert denied_verb(span) is expected


def test_a_claim_of_they_or_a_long_clause_is_no_point():
    assert stressed_claim("They are **not the same**.", "not the same", "Correlation") == ""
    long = (
        "Finding a correlation between social media usage and depression does **not**"
        " mean social media causes depression."
    )
    assert stressed_claim(long, "not", "") == ""

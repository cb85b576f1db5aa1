"""A point listing compound names ("Anti-CSRF tokens and SameSite cookies") is not
said by the heads of its compounds alone ("tokens", "cookie"): `core.keyheads`."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

CASES = [
    (  # found with the fourteenth round
        "What is a CSRF attack and how do you prevent it?",
        "A malicious site makes the victim's browser send a request to another site where"
        " the victim is logged in; the browser attaches the session cookie, so the request"
        " is trusted. Anti-CSRF tokens and SameSite cookies prevent it.",
        "Anti-CSRF tokens and SameSite cookies",
        "The attacker steals the session cookie and logs in; tokens make the cookie expire sooner.",
        "Defend with a secret anti-CSRF token in each form and SameSite cookies.",
    ),
    (  # fresh
        "How do LSM trees avoid reading every SSTable?",
        "A lookup could touch every SSTable on disk. Bloom filters and sparse indexes prevent it.",
        "Bloom filters and sparse indexes",
        "Filters on the disk and indexes in memory make reads sequential.",
        "Each SSTable has a Bloom filter that rules it out, and a sparse index that jumps"
        " near the key.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_the_heads_of_listed_compounds_alone_do_not_say_them(case):
    question, answer, point, wrong, right = case
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    assert not ticked_terms(points, wrong, question, answer)[at]
    assert ticked_terms(points, right, question, answer)[at]


def test_a_phrase_with_a_preposition_is_no_compound():
    points = ["delivery to the inbox"]
    assert ticked_terms(points, "the receiver delivers it to the inbox") == [True]

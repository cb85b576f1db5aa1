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


@pytest.mark.parametrize(
    ("point", "question", "one", "most"),
    [
        (  # reported (round fourteen's XSS wrong answer): one thing, with many words
            "Escaping output and a Content Security Policy",
            "What is cross-site scripting (XSS)?",
            "The attacker's script runs on the server; a Content Security Policy encrypts the page.",
            "You stop it by encoding what you output and with a CSP.",
        ),
        (  # fresh: a compound with a verb's word in it ("Write-ahead")
            "Write-ahead logging and periodic checkpoints",
            "How does a database recover after a crash?",
            "periodic checkpoints of the whole database to a backup server",
            "it replays the write-ahead log from the last checkpoint",
        ),
    ],
)
def test_a_list_of_things_is_not_said_by_one_of_them(point, question, one, most):
    assert ticked_terms([point], one, question) == [False]
    assert ticked_terms([point], most, question) == [True]


def test_a_list_of_alternatives_is_said_by_one_of_them():
    question = "What happens to messages that keep failing?"
    point = "Retries with backoff or a dead-letter queue"
    assert ticked_terms([point], "they end up in a dead-letter queue", question) == [True]

"""A name typed only to say the thing is absent or not needed ("there is no VACUUM",
"does not need VACUUM", "without an index") does not say the point that names it; a
point that names an absence ("lock-free", "stateless") is said by denying its root
("no locks are held"). Each kind with the reported case and a fresh one
(`core.keyabsent`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms

QUESTION = "How does Postgres reclaim the space of dead rows?"


@pytest.mark.parametrize(
    "typed",
    [
        "There is no VACUUM in Postgres; dead rows are deleted at once.",  # reported
        "Postgres does not need VACUUM, rows are overwritten in place.",  # reported
        "Postgres runs without VACUUM: each update rewrites the row in place.",  # fresh
    ],
)
def test_a_name_said_only_as_absent_is_not_said(typed):
    assert ticked_terms(["VACUUM"], typed, QUESTION) == [False]


def test_a_name_said_as_absent_and_then_as_present_is_said():
    typed = "Without VACUUM the table bloats; VACUUM reclaims the dead rows' space."
    assert ticked_terms(["VACUUM"], typed, QUESTION) == [True]


@pytest.mark.parametrize(
    ("point", "question", "denied", "affirmed"),
    [
        (  # reported: "without an index"
            "index",
            "How do you make a lookup by email fast?",
            "Without an index the database scans every row to find the email.",
            "Put an index on the email column so the row is found directly.",
        ),
        (  # fresh: a verb denied before its object ("is not a …", "don't use …")
            "message queue",
            "How do services exchange events asynchronously?",
            "They don't use a message queue; each service calls the other directly.",
            "A producer puts events on a message queue and consumers read them later.",
        ),
    ],
)
def test_a_denied_name_is_not_said_and_an_affirmed_one_is(point, question, denied, affirmed):
    assert ticked_terms([point], denied, question) == [False]
    assert ticked_terms([point], affirmed, question) == [True]


def test_a_name_said_as_the_denied_verb_itself_names_what_is_prevented():
    question = "What does regularization prevent?"
    assert ticked_terms(["overfitting"], "so the model doesn't overfit", question) == [True]


@pytest.mark.parametrize(
    ("point", "question", "typed", "other"),
    [
        (  # reported: "no locks are held" is the right answer for "lock-free"
            "lock-free",
            "How does a concurrent queue avoid blocking?",
            "No locks are held; threads retry with compare-and-swap.",
            "Each thread takes a lock before it touches the queue.",
        ),
        (  # fresh: a fused "-less" word
            "passwordless login",
            "How do magic links work?",
            "You log in without a password: the site emails you a one-time link.",
            "You log in with your password and the site emails you a code.",
        ),
    ],
)
def test_a_point_naming_an_absence_is_said_by_denying_its_root(point, question, typed, other):
    assert ticked_terms([point], typed, question) == [True]
    assert ticked_terms([point], other, question) == [False]


@pytest.mark.parametrize(
    ("point", "question", "typed"),
    [
        ("cache", "What is Redis?", "Redis is not just a cache, it is a data structure server."),
        ("one thread", "What does the GIL allow?", "no more than one thread runs at a time"),
    ],
)
def test_a_negation_that_denies_nothing_leaves_the_name_said(point, question, typed):
    assert ticked_terms([point], typed, question) == [True]

"""Paraphrases a right answer uses for a point's words (round fifteen's report): a
compound said for its last part ("their own JavaScript" for "script"), a count for a
pair ("two keys" for "a key pair"), "someone else" for "other users", two words
clipped into one ("protobuf" for "Protocol Buffers"); each with the
reported case and a fresh one, and the answer that says something else unticked
(`core.keyforms`, `core.keysynonyms`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.keypoint_cases import FOURTEENTH_ROUND

CASES = [
    (  # reported: a compound for its last part
        "malicious script",
        "What is XSS?",
        "the attacker's malicious JavaScript",
        "the attacker's malicious payload",
    ),
    (  # fresh
        "separate process",
        "How does Chrome isolate tabs?",
        "each tab runs as a separate subprocess",
        "each tab runs as a separate thread",
    ),
    ("key pair", "What is asymmetric encryption?", "it uses two keys", "it uses one key"),
    (  # fresh: "pair of …"
        "pair of replicas",
        "How is the log made durable?",
        "every write is sent to two replicas",
        "every write is sent to three replicas",
    ),
    (  # reported: "someone else" for "other users"
        "visible to other users",
        "What is stored XSS?",
        "the post is visible to someone else",
        "the post is visible to the attacker",
    ),
    (  # fresh
        "shared with other users",
        "What is a shared cache?",
        "the cache is shared with other people",
        "the cache is shared with other servers",
    ),
]


@pytest.mark.parametrize(("point", "question", "said", "other"), CASES)
def test_a_paraphrase_says_the_point_and_another_thing_does_not(point, question, said, other):
    assert ticked_terms([point], said, question) == [True]
    assert ticked_terms([point], other, question) == [False]


def test_the_reported_xss_answer_says_the_attackers_injected_script():
    case = next(c for c in FOURTEENTH_ROUND if c.id == "xss")
    points = key_terms(case.answer, question=case.question)
    ticks = ticked_terms(points, case.right, case.question, case.answer)
    assert ticks[0], points[0]  # "attacker injects a malicious script into a page …"


def test_a_compound_that_turns_its_part_around_does_not_say_it():
    question = "What does the client do when the server restarts?"
    assert ticked_terms(["connects again"], "it disconnects", question) == [False]


@pytest.mark.parametrize(
    ("point", "question", "said", "other"),
    [
        (  # found in round fifteen's gRPC answer
            "Protocol Buffers",
            "What does gRPC send over the wire?",
            "it encodes messages as protobuf",
            "it sends a prototype of each message",
        ),
        (  # fresh
            "regular expression",
            "How do you check that a string looks like an email?",
            "match it against a regex",
            "match it against a regular parser",
        ),
    ],
)
def test_two_words_clipped_into_one_say_both(point, question, said, other):
    assert ticked_terms([point], said, question) == [True]
    assert ticked_terms([point], other, question) == [False]


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("layer's inputs", "It normalises the inputs of each layer."),  # tester, ml-prep
        ("node's children", "It visits the children of each node."),  # fresh
    ],
)
def test_a_possessive_is_said_with_of(point, typed):
    from studyapp.core.keymatch import said

    assert said(point, typed)
    assert not said(point, "It normalises the weights of each neuron, then visits the tree.")

"""A sentence that opens with a command in small letters ("git pull runs a fetch …")
ends the one before it (`core.keysentences`): no point runs across the two, and each
command's clauses are said of it."""

from __future__ import annotations

import re

import pytest

from studyapp.core.keyterms import coverage, covered, key_terms, ticked_terms

CASES = [
    (  # the nineteenth round's Git questions
        "What is the difference between git fetch and git pull?",
        "git fetch downloads new commits and branches from the remote but leaves your"
        " working branch untouched. git pull runs a fetch and then merges the fetched"
        " branch into your current branch.",
        "git pull downloads the commits but leaves your branch untouched, while git fetch"
        " merges them into your current branch.",
    ),
    (  # fresh
        "What is the difference between kubectl apply and kubectl create?",
        "kubectl create makes a resource and fails if it already exists. kubectl apply"
        " creates the resource or updates it to match the manifest, so it can be run again"
        " and again.",
        "kubectl apply makes a resource and fails if it already exists, while kubectl create"
        " updates it to match the manifest.",
    ),
    (  # fresh
        "What is the difference between npm install and npm ci?",
        "npm install resolves versions from package.json and may rewrite the lock file. npm"
        " ci deletes node_modules and installs exactly what the lock file lists, failing if"
        " it disagrees with package.json.",
        "npm ci resolves versions from package.json and may rewrite the lock file, while npm"
        " install deletes node_modules and installs exactly what the lock file lists.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=["git", "kubectl", "npm"])
def test_a_command_in_small_letters_opens_a_sentence(case):
    question, answer, swapped = case
    points = key_terms(answer, question=question)
    assert not any(re.search(r"\w[.!?] [a-z]", p) for p in points), points
    wrong = coverage(points, ticked_terms(points, swapped, question, answer))
    assert wrong <= 0.34, points


def test_an_abbreviation_ends_no_sentence():
    points = key_terms(
        "Caches keep hot data in memory, e.g. sessions. They are cheap to read, approx."
        " ten times faster than disk.",
        question="Why use a cache?",
    )
    assert not any(p.startswith(("sessions", "ten times")) for p in points), points


def test_a_word_written_with_a_hyphen_says_its_synonyms():
    """ "re-applies" is "reapplies", a synonym of "replays"."""
    typed = "rebasing re-applies your commits onto the tip of the other branch"
    assert covered("replays your commits on top", typed)


@pytest.mark.parametrize(
    ("question", "answer", "point"),
    [
        (  # reported: the tester's own notes, the answer as stored
            "What is partition pruning?",
            "The engine skips partitions whose key cannot match the WHERE filter, e.g."
            " `WHERE dt = '2026-01-01'` reads one folder.",
            "engine skips partitions whose key cannot match the WHERE filter",
        ),
        (  # fresh: an example that opens with a capital
            "Why are columnar formats fast for analytics?",
            "A query reads only the columns it needs, e.g. Parquet stores each column apart."
            " They also compress better.",
            "query reads only the columns it needs",
        ),
        (  # fresh: "i.e." says the clause again, which is a point of its own
            "What does a covering index do?",
            "It answers a query from the index alone, i.e. The table itself is never read.",
            "table itself is never read",
        ),
    ],
)
def test_an_abbreviations_stop_ends_no_sentence_and_no_point(question, answer, point):
    points = key_terms(answer, question=question)
    assert point in points, points
    assert not any(re.search(r"\b(?:e\.?g|i\.?e)\W*$|^\W*(?:e\.?g|i\.?e)\b", p) for p in points)
    assert not any("Parquet" in p or "WHERE dt" in p for p in points), points  # (examples)


# A series the points name is cut from its clause; the commas it leaves must not end up
# in a point, nor join the next sentence (or line) to it ("three-way handshake, . tcp or udp phrase").
SERIES_THEN_LOWER_SENTENCE = [
    (
        "TCP vs UDP",
        "TCP is reliable; UDP is not. The three-way handshake: SYN, SYN-ACK, ACK."
        " tcp or udp phrase here.",
        "three-way handshake",
        "tcp or udp",
    ),
    (  # a second of the kind, written after the fix
        "Paxos roles",
        "Paxos has three roles: Proposers, Acceptors, Learners. leaders are elected among"
        " proposers.",
        "three roles",
        "leaders are elected",
    ),
    # A series at a line's end: the name's lower-case last word ("Partition tolerance")
    # is not the next line's first ("ACK tcp" cut out as one name, "three-way
    # handshake: or udp phrase" left).
    (
        "Name them",
        "The three-way handshake: SYN, SYN-ACK, ACK\ntcp or udp phrase here.",
        "handshake",
        "udp",
    ),
    (
        "Name them",
        "Paxos has three roles: Proposers, Acceptors, Learners\nleaders are elected.",
        "roles",
        "elected",
    ),
]


@pytest.mark.parametrize(("question", "answer", "before", "after"), SERIES_THEN_LOWER_SENTENCE)
def test_a_point_keeps_no_stray_commas_and_no_words_of_the_next_sentence(
    question, answer, before, after
):
    points = key_terms(answer, question=question)
    assert points, points
    for point in points:
        assert not re.search(r"[,;:]\s*[,;:.!?]", point), points  # ", ." debris
        assert not (before in point and after in point), points  # two sentences joined

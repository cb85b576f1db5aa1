"""A term marked in prose that compares the question's two sides is said of the side
its sentence is about ("git rebase: linear history"), so an answer that gives it to
the other side does not earn it (`core.keymarksides`)."""

from __future__ import annotations

import pytest

from studyapp.core.keymarksides import question_sides
from studyapp.core.keyterms import key_terms, ticked_terms

GIT_Q = "What is the difference between git merge and git rebase?"
GIT = (
    "`git merge` joins two branches with a **merge commit** and keeps the history as it"
    " happened. `git rebase` replays your commits on top of the other branch, giving a"
    " **linear history**, but it rewrites the commits, so don't rebase shared branches."
)


def test_a_marked_term_belongs_to_the_side_its_sentence_is_about():
    points = key_terms(GIT, question=GIT_Q)
    assert points[:2] == ["git merge: merge commit", "git rebase: linear history"]
    right = (
        "Merging ties the branches together with an extra merge commit and leaves the past"
        " untouched; rebasing re-applies your commits onto the tip of the other branch so"
        " the history is a straight line, but since the commits are rewritten you"
        " shouldn't do it on branches others use."
    )
    assert all(ticked_terms(points, right, GIT_Q, GIT))
    # (the merge commit given to rebase: "merge … your commits" is no merge commit)
    swapped = (
        "Rebase creates a merge commit and keeps the history as it happened, while merge"
        " rewrites your commits into a linear history."
    )
    assert not ticked_terms(points, swapped, GIT_Q, GIT)[0]


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (  # (second inputs of the kind, written after the fix)
            "What is the difference between a shallow copy and a deep copy?",
            "A shallow copy builds a new outer object that still **shares references** with"
            " the original. A deep copy copies everything recursively, giving a **fully"
            " independent clone**.",
            "A shallow copy makes a new outer object whose inner parts still share"
            " references with the original one; a deep copy duplicates everything"
            " recursively, a fully independent clone.",
            "A shallow copy gives a fully independent clone, while a deep copy just shares"
            " references with the original.",
        ),
        (
            "What is the difference between TCP and UDP?",
            "TCP opens a connection with a **three-way handshake**. UDP sends each datagram"
            " on its own, a **fire-and-forget** protocol.",
            "TCP sets up the connection with a three-way handshake first; UDP is"
            " fire-and-forget, every datagram sent on its own.",
            "UDP opens a connection with a three-way handshake, while TCP is fire-and-forget.",
        ),
    ],
)
def test_marked_terms_given_to_the_other_side_earn_nothing(question, answer, right, swapped):
    points = key_terms(answer, question=question)
    assert all(ticked_terms(points, right, question, answer)), points
    assert not any(ticked_terms(points, swapped, question, answer)), points


def test_the_sides_a_question_compares():
    assert question_sides(GIT_Q) == ["git merge", "git rebase"]
    assert question_sides("TCP vs UDP?") == ["TCP", "UDP"]
    assert question_sides("What is a page fault?") == []

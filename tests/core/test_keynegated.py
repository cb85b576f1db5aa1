"""A point of several claims is not said by an answer that denies one of them
(studyapp/core/keynegated.py): "PUT replaces the whole resource and is never idempotent"
earned "PUT: replaces the whole resource and is idempotent" on the rest of its words."""

from __future__ import annotations

import pytest

from tests.core.keyticks import ticks as ticks_of

PUT_PATCH = (
    "What is the difference between PUT and PATCH?",
    "`PUT` replaces the whole resource and is idempotent.\n"
    "`PATCH` applies a partial update and is not necessarily idempotent.",
)
B_TREE = (
    "What does a B-tree guarantee?",
    "A B-tree keeps its keys sorted and stays balanced after every insert.",
)
MERGE_SORT = (
    "What is the difference between merge sort and quicksort?",
    "**Merge sort**: is stable and always runs in O(n log n)\n\n**Quicksort**: sorts in place, not stable",
)


def ticks(card: tuple[str, str], typed: str) -> list[bool]:
    question, answer = card
    return list(ticks_of(answer, question, typed).values())


@pytest.mark.parametrize(
    "denial", ["is never", "is no longer", "is hardly", "is not at all", "is neither"]
)
def test_a_claim_denied_by_any_negation_says_no_point(denial):
    typed = f"PUT replaces the whole resource and {denial} idempotent."
    if denial == "is neither":
        typed = "PUT replaces the whole resource and is neither idempotent nor safe."
    assert ticks(PUT_PATCH, typed)[0] is False


def test_the_swapped_answer_earns_neither_side():
    typed = (
        "PUT replaces the whole resource and is never idempotent. PATCH applies a partial"
        " update and is always idempotent."
    )
    assert ticks(PUT_PATCH, typed) == [False, False]


def test_a_statement_point_of_two_claims_is_not_said_with_one_denied():
    assert ticks(B_TREE, "A B-tree keeps its keys sorted and is no longer balanced.") == [False]
    assert ticks(B_TREE, "It keeps its keys sorted but hardly stays balanced after inserts.") == [
        False
    ]


def test_a_side_point_is_not_said_with_its_quality_denied():
    typed = "Merge sort is never stable and always runs in O(n log n); quicksort sorts in place."
    assert ticks(MERGE_SORT, typed)[0] is False


def test_right_answers_still_say_the_points():
    assert ticks(PUT_PATCH, "PUT replaces the whole resource and is idempotent.")[0]
    assert ticks(PUT_PATCH, "PUT replaces the whole resource, not just a part, and is idempotent.")[
        0
    ]
    assert ticks(B_TREE, "The keys stay in order and the tree remains balanced after each insert.")
    assert ticks(
        MERGE_SORT, "Merge sort is stable, runs in O(n log n) always; quicksort is in place."
    )[0]
    # "no longer than" compares: it denies nothing
    assert ticks(
        B_TREE,
        "It keeps its keys sorted and stays balanced, no longer than log n deep, after every insert.",
    ) == [True]


def test_what_the_point_denies_itself_may_be_denied():
    said = ticks(
        ("What is partition pruning?", "The planner prunes partitions whose key cannot match."),
        "The planner prunes the partitions whose key can't match, so it reads less.",
    )
    assert said == [True]


def test_changing_some_fields_says_a_partial_update():
    """ "only changes some fields" says "partial update" (a phrase of keysynonyms)."""
    typed = (
        "PUT swaps the entire resource and repeating it is safe, it's idempotent. PATCH only"
        " changes some fields and may not be idempotent."
    )
    assert ticks(PUT_PATCH, typed) == [True, True]
    said = ticks_of(
        "An UPDATE statement with a WHERE clause makes a **partial update** of the table's"
        " rows, so other rows stay as they are.",
        "What does an UPDATE with WHERE do?",
        "It changes some fields of the matching rows only, the others stay as they are.",
    )
    assert said["partial update"]


BISECT = (
    "What is `git bisect`?",
    "A **binary search** over history to find the commit that introduced a bug. You mark"
    " one commit `good` and one `bad`; Git checks out the midpoint and you test.",
)
STAGING = (
    "What is the staging area (index)?",
    "The index is a snapshot of what will go into the **next commit**. `git add` copies the"
    " current content of a file into the index; `git commit` records exactly what is in the"
    " index, not what is in the working tree.",
)


@pytest.mark.parametrize(
    ("card", "point", "denied", "affirmed"),
    [
        (  # reported: the name denied of the thing asked about
            BISECT,
            "binary search",
            "git bisect is not a binary search. It splits a commit into two halves.",
            "git bisect is a binary search over the history.",
        ),
        (  # fresh: "isn't", and the name further into the denied predicate
            STAGING,
            "next commit",
            "The index isn't a snapshot of the next commit; it is the last commit.",
            "The index holds a snapshot of the next commit.",
        ),
    ],
)
def test_a_name_typed_only_in_what_the_thing_is_not_is_not_said(card, point, denied, affirmed):
    assert ticks(card, denied)[_index(card, point)] is False
    assert ticks(card, affirmed)[_index(card, point)] is True


def test_a_name_the_model_answer_itself_denies_is_said_by_denying_it():
    # "… not what is in the working tree": the point keeps that denial (`keynegkept`)
    assert ticks(STAGING, "git commit records what is in the index, not the working tree.")[
        _index(STAGING, "not what is in the working tree")
    ]


def test_a_point_that_says_no_itself_is_still_said_by_a_negation():
    card = (
        "Why does `.gitignore` not ignore a file I already committed?",
        "`.gitignore` lists patterns of **untracked** files Git should not add. It has **no"
        " effect on files already tracked**; to stop tracking one, run `git rm --cached file`.",
    )
    said = ticks(card, "It has no effect once a file is already tracked.")
    assert said[_index(card, "no effect on files already tracked")]


def _index(card: tuple[str, str], point: str) -> int:
    from studyapp.core.keyterms import key_terms

    question, answer = card
    return key_terms(answer, question=question).index(point)

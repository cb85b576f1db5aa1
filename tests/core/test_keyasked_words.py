"""Points that keep what the question's words carry in them: a negation ("has no index"
asked "Why does a linked list have no random access?"), which of a kind a clause is of
("Smaller keys go to the left subtree" asked "where are smaller keys?"), and every
bullet of a list of short claims ("Deep recursion hits the recursion limit", a list
item longer than a phrase, beside one of four words).

The report (a tester's decks): "index; you must walk from the head" lost its "no" and
a right answer did not tick it; "go to the left subtree" was ticked by the swapped
"Smaller keys go to the right subtree and larger keys go to the left subtree"; "Left
join vs right join?" gave only "Unmatched columns become NULL" and "NULL"."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

TAIL_CALLS = (
    "Does Python have tail-call optimization?",
    "- Python has no tail-call optimization.\n"
    "- Deep recursion hits the recursion limit.\n"
    "- Use a loop instead.",
)


def _points(question: str, answer: str) -> list[str]:
    return key_terms(answer, question=question)


def _kept_and_said(question: str, answer: str, kept: str, typed: str) -> None:
    """A point holds `kept`, and a right answer `typed` ticks two points or more."""
    points = _points(question, answer)
    assert any(kept in p for p in points), points
    assert sum(ticked_terms(points, typed, question, answer)) >= 2, points


def test_a_negation_the_question_says_too_stays_in_the_point():
    _kept_and_said(
        "Why does a linked list have no random access?",
        "- A linked list has no index; you must walk from the head.\n"
        "- Access is only sequential, not random.\n"
        "- Insertion at the head is O(1).",
        "no index",
        "It has no index so you must walk from the head; access is only sequential.",
    )


def test_a_second_negation_shared_with_the_question_stays_too():
    # Written after the fix, as a check (not tuned on).
    question = "Why does a Python set have no guaranteed order?"
    answer = (
        "- A set has no order of its own; items sit where their hash puts them.\n"
        "- A resize can change the iteration order.\n"
        "- Use a dict's keys when order matters."
    )
    points = _points(question, answer)
    assert any(" no order" in f" {p}" for p in points), points


def test_which_of_a_kind_the_point_is_of_is_kept_and_a_swap_ticks_nothing():
    question = "In a binary search tree, where are smaller keys?"
    answer = (
        "- Smaller keys go to the left subtree.\n"
        "- Larger keys go to the right subtree.\n"
        "- In-order traversal gives sorted output."
    )
    points = _points(question, answer)
    assert points[0].casefold().startswith("smaller keys"), points
    swapped = "Smaller keys go to the right subtree and larger keys go to the left subtree."
    assert not any(ticked_terms(points, swapped, question, answer)), points
    right = "Smaller keys go left, larger keys go right; in-order traversal gives sorted output."
    assert all(ticked_terms(points, right, question, answer)), points


def test_a_second_kind_said_by_its_degree_keeps_its_subject():
    # Written after the fix, as a check (not tuned on).
    question = "In a min-heap, where is the smallest key?"
    answer = (
        "- The smallest key is at the root.\n"
        "- Larger keys sit lower down, in the children.\n"
        "- Popping the root takes O(log n)."
    )
    points = _points(question, answer)
    assert points[0].casefold().startswith("smallest key"), points


def test_every_bullet_of_a_list_of_short_claims_is_a_point():
    question = "Left join vs right join?"
    answer = (
        "- A left join keeps all rows from the left table.\n"
        "- A right join keeps all rows from the right table.\n"
        "- Unmatched columns become NULL."
    )
    points = _points(question, answer)
    assert len(points) == 3 and "NULL" not in points, points
    question, answer = TAIL_CALLS
    points = _points(question, answer)
    assert "Deep recursion hits the recursion limit" in points, points


def test_a_second_list_of_claims_keeps_its_longer_bullet():
    # Written after the fix, as a check (not tuned on).
    _kept_and_said(
        "What does git stash do?",
        "- Stash saves your uncommitted changes.\n"
        "- The working tree goes back to the last commit.\n"
        "- Pop reapplies them.",
        "working tree goes back to the last commit",
        "It saves uncommitted changes and resets the working tree to the last commit.",
    )


def test_a_point_that_denies_the_questions_claim_is_said_by_saying_it():
    # The report: "Python has no tail-call optimization", typed as it stands, was not
    # ticked: beyond the question's words it says only "no".
    question, answer = TAIL_CALLS
    points = _points(question, answer)
    typed = "No. Python has no tail-call optimization, deep recursion hits the recursion limit."
    assert ticked_terms(points, typed, question, answer)[:2] == [True, True], points
    turned = "Python has tail-call optimization, so deep recursion is fine."
    assert not ticked_terms(points, turned, question, answer)[0], points


def test_a_second_denied_claim_is_said_and_its_affirmation_is_not():
    # Written after the fix, as a check (not tuned on).
    question = "Does Go have exceptions?"
    answer = "- Go has no exceptions.\n- Errors are returned as values.\n- Panics are rare."
    points = _points(question, answer)
    assert ticked_terms(points, "Go has no exceptions; errors are values.", question)[0]
    assert not ticked_terms(points, "Go has exceptions like Java.", question)[0]

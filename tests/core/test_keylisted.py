"""A list of a point's words ("training, badly, data, noise") is no answer: a clause
point is said in clauses, a name by naming it (`keymatch._listed`)."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.keypoint_cases import CASES

OVERFITTING = next(c for c in CASES if c.id == "overfitting")


def test_the_words_of_the_points_listed_tick_none():
    case = OVERFITTING
    points = key_terms(case.answer, question=case.question)
    listed = "training, badly, data, data, well, training, model, data, fits, noise"
    assert not any(ticked_terms(points, listed, case.question)), points
    assert all(ticked_terms(points, case.right, case.question)), points


def test_a_second_answer_listed_word_by_word_ticks_nothing_of_its_clauses():
    # Written after the fix, as a check (not tuned on).
    question = "Why use a message queue between two services?"
    answer = (
        "A queue decouples the producer from the consumer: messages are buffered when the"
        " consumer is slow or down, and load spikes are smoothed out."
    )
    points = key_terms(answer, question=question)
    listed = "decouples, producer, consumer, messages, buffered, slow, down, load, spikes"
    assert not any(ticked_terms(points, listed, question)), points
    right = (
        "Producer and consumer no longer depend on each other; messages wait in the queue"
        " if the consumer is slow, and spikes in load get smoothed."
    )
    assert sum(ticked_terms(points, right, question)) >= 2, points


def test_names_listed_are_said_and_a_short_clause_is_a_clause():
    points = ["PUT and DELETE are idempotent; POST is not"]
    assert ticked_terms(points, "Like PUT or DELETE, unlike POST.", "What is idempotency?")[0]
    assert ticked_terms(["Queue: FIFO order"], "A queue? FIFO order.") == [True]

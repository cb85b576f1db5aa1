"""What the question pane's header says of a question's card, as `StorePaneSource`
reads it from a real store: a new question, a review with its recall, a relearning
step, a buried question (no recall: it is back tomorrow) and a suspended one (its
header says only that)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import next_day_start, to_ms
from studyapp.ui.controllers.base import StorePaneSource
from tests.history import record

LEARNED = ((20, 3), (19, 3), (10, 3))  # (days ago, rating): Good three times
FORGOTTEN = (*LEARNED, (0, 1))  # then Again now: a relearning step


@pytest.fixture
def source(store, clock) -> StorePaneSource:
    # What the source reads of the app's context: its store, clock and scheduler.
    ctx = SimpleNamespace(store=store, clock=clock, scheduler=SpacedRepetition(), read_only=None)
    return StorePaneSource(ctx)


def question(store, index: int):
    return store.questions()[index]  # as the store has it now (suspended or not)


def test_a_question_never_studied_is_new_with_no_recall(store, source):
    facts = source.card_facts(question(store, 0))
    assert (facts.state, facts.phase, facts.buried, facts.recall) == ("new", "new", False, None)


def test_a_learned_review_says_when_it_is_due_and_its_recall(store, clock, source):
    record(store, question(store, 0).id, LEARNED, clock.now())
    facts = source.card_facts(question(store, 0))
    assert (facts.state, facts.phase, facts.buried) == ("learned", "review", False)
    assert facts.recall is not None and facts.recall.endswith("% recall now")


def test_a_forgotten_review_is_weak_in_its_relearning_step(store, clock, source):
    record(store, question(store, 0).id, FORGOTTEN, clock.now())
    facts = source.card_facts(question(store, 0))
    assert (facts.state, facts.phase, facts.buried) == ("weak", "relearning", False)
    assert facts.recall is not None and facts.recall.startswith("relearning step due in")


def test_a_buried_question_keeps_its_state_and_phase_but_no_recall(store, clock, source):
    qid = question(store, 0).id
    record(store, qid, LEARNED, clock.now())
    store.bury([qid], to_ms(next_day_start(clock)))
    facts = source.card_facts(question(store, 0))
    assert (facts.state, facts.phase, facts.buried, facts.recall) == (
        "learned",
        "review",
        True,
        None,
    )


def test_a_suspended_question_has_its_state_alone(store, clock, source):
    qid = question(store, 0).id
    record(store, qid, FORGOTTEN, clock.now())
    store.bury([qid], to_ms(next_day_start(clock)))  # buried too: suspended says it all
    store.set_suspended([qid])
    facts = source.card_facts(question(store, 0))
    assert (facts.state, facts.phase, facts.buried, facts.recall) == ("weak", "", False, None)

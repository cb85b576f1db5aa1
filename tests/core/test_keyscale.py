"""A clause point that turns on a word of degree ("for as short as possible", "as few as
possible", "rarely cheaper") is said only with that degree: the share of its other
words, its topic's ("hold", "locks"), does not say it (`keyscale`)."""

from __future__ import annotations

from tests.core.keyticks import ticks
from tests.core.test_keycodepoints import DEADLOCK

LAYERS = (
    "How do you make a Docker image small?",
    "- Use a slim base image\n- Keep the number of layers as few as possible\n"
    "- Leave build tools out with a multi-stage build",
)
SCAN = (
    "When is a full table scan chosen over an index?",
    "When the query reads a large share of the rows, the planner scans the table; an index"
    " lookup is then rarely cheaper.",
)


def _ticked(case: tuple[str, str], point_opening: str, typed: str) -> bool:
    question, answer = case
    found = ticks(answer, question, typed)
    return next(tick for point, tick in found.items() if point.startswith(point_opening))


def test_two_threads_holding_locks_say_no_holding_them_for_as_short_as_possible():
    short = "holding locks for as short"
    definition = "A deadlock is when two threads each hold a lock that the other one needs."
    assert not _ticked(DEADLOCK, short, definition)
    assert not _ticked(DEADLOCK, short, "Hold the lock for a long time so no one else gets it.")
    assert _ticked(DEADLOCK, short, "hold locks as briefly as possible")
    assert _ticked(DEADLOCK, short, "keep locks held only for a short time")


def test_a_goal_of_as_few_as_possible_is_said_with_its_degree():
    """A case of the same kind tried after the deadlock's: the words of the topic ("number
    of layers") without the goal say nothing."""
    grows = "Every RUN line adds a layer, so the number of layers grows with the Dockerfile."
    assert not _ticked(LAYERS, "Keep the number of layers", grows)
    assert _ticked(LAYERS, "Keep the number of layers", "Keep layers to a minimum by chaining RUN.")


def test_a_clause_that_all_but_denies_is_not_said_by_its_contrary():
    assert not _ticked(SCAN, "index lookup", "An index lookup is then always cheaper.")
    assert _ticked(SCAN, "index lookup", "index lookups are then seldom cheaper")

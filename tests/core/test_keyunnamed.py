"""A point with a subject of its own ("Sinks must be idempotent or transactional too")
is not said by its other words where the typed answer never names that subject and says
them of what another point is about ("Exactly once needs an idempotent producer");
named, or said of words the answer gives nothing else, it is heard as before (`core.keyunnamed`). The tester's
case and a fresh one."""

from __future__ import annotations

import pytest

from tests.core.keypoint_cases import TWENTY_FOURTH_ROUND
from tests.core.test_keydenial import ticks

DELIVERY = next(  # reported: the tester's own notes, the answer as stored
    (case.question, case.answer) for case in TWENTY_FOURTH_ROUND if case.id == "tester-delivery"
)
LOCKING = (  # fresh: another field, the subject a word the typed answer shortens
    "Optimistic vs pessimistic locking?",
    "- Pessimistic: locks the row before reading\n"
    "- Optimistic: checks a version column on write\n"
    "- Applications must retry on conflict",
)

CASES = [
    (
        DELIVERY,
        "Sinks must be idempotent or transactional too",
        "At least once may duplicate records on retries. Exactly once needs an idempotent"
        " producer and transactions.",
        "At least once may duplicate records on retries. Exactly once needs an idempotent"
        " producer and transactions, and the sink must be idempotent or transactional as well.",
    ),
    (
        LOCKING,
        "Applications must retry on conflict",
        "Pessimistic locks the row before reading it. Optimistic checks a version on write"
        " and must retry on conflict.",
        "Pessimistic locks the row before reading; optimistic checks a version column when"
        " writing, so the app has to retry on a conflict.",
    ),
]


@pytest.mark.parametrize(("case", "point", "unnamed", "named"), CASES)
def test_a_point_said_of_another_subject_is_not_said(case, point, unnamed, named):
    found = ticks(*case, unnamed)
    assert found[point] is False, found
    assert sum(found.values()) == len(found) - 1, found  # (the others still are)
    assert ticks(*case, named)[point] is True


def test_a_subject_in_other_words_is_heard_as_before():
    typed = (
        "At least once may duplicate records on retries. Exactly once needs an idempotent"
        " producer and transactions, and the output systems must be idempotent or"
        " transactional too."
    )
    assert all(ticks(*DELIVERY, typed).values())

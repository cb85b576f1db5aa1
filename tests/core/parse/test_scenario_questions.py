"""A scenario asked at length, one line over its answer ("You are on call and … What
do you check first?"): a question however long its line, where the answer follows on
the next line."""

from __future__ import annotations

from tests.helpers.parsing import titles

_FIRST = (
    "You are on call and the primary database's CPU jumps to 100% at 3am, while traffic "
    "looks normal and nothing was deployed in the last day; the replicas are fine and the "
    "app's error rate is rising slowly. What do you check first, and why?"
)
_SECOND = (
    "A customer reports that uploads over 100 MB fail only from their office network, "
    "never from home, and your logs show the connections reset after exactly 60 seconds "
    "with no error on your side. How do you find the cause?"
)


def test_long_scenarios_each_over_its_answer_are_questions():
    notes = (
        "# On-call scenarios\n\n"
        "```dataview\nLIST FROM #oncall\n```\n\n"
        f"{_FIRST}\nCheck the slow query log for a runaway query or a plan change.\n\n"
        f"{_SECOND}\nSuspect a middlebox with a 60 s timeout; capture packets.\n"
    )
    assert len(_FIRST) > 200
    assert titles(notes) == [_FIRST, _SECOND]

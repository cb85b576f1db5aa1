"""What two sides both do ("filters") said as "is applied to" of each side's own
object, and "after aggregation" said by a participle ("the aggregated groups")."""

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

CASES = [
    (
        "What is the difference between WHERE and HAVING?",
        "WHERE filters rows before grouping; HAVING filters groups after aggregation.",
        "WHERE is applied to individual rows before aggregation; HAVING is applied to the"
        " aggregated groups.",
        "HAVING is applied to individual rows before aggregation; WHERE is applied to the"
        " aggregated groups.",
    ),
    (
        "What is the difference between WHERE and QUALIFY?",
        "WHERE filters rows before the window functions run; QUALIFY filters rows after windowing.",
        "WHERE is applied to the input rows before any window function; QUALIFY is applied"
        " to the windowed rows.",
        "QUALIFY is applied to the input rows before any window function; WHERE is applied"
        " to the windowed rows.",
    ),
]


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"), CASES, ids=["having", "qualify"]
)
def test_each_side_said_with_is_applied_to_and_a_participle(question, answer, right, swapped):
    points = key_terms(answer, question=question)
    assert len(points) == 2, points
    assert ticked_terms(points, right, question, answer) == [True, True]
    assert ticked_terms(points, swapped, question, answer) == [False, False]


def test_the_participle_says_after_and_not_before():
    question, answer = CASES[1][:2]
    points = key_terms(answer, question=question)
    late = "QUALIFY filters the windowed rows, WHERE works on the rows before any window."
    early = "QUALIFY filters the rows before windowing."
    assert ticked_terms(points, late, question, answer)[1]
    assert not ticked_terms(points, early, question, answer)[1]

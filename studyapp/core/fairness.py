"""When a typed answer's key-point coverage may count against a question. No Qt here.

The person's own grade leads. Key-point matching is a machine's guess at what an
answer said, so it lowers a question only where the person agrees something went
wrong, or where it is too low to be a matching slip:

- coverage counts when the person rated the answer Again or Hard;
- otherwise only when it is below `COVERAGE_FLOOR` (next to none of the points said);
- never when the person rated the question Good or Easy in its last two reviews
  (this answer and the one before it).

`weak.question_weakness` (the Weak Topics list) and `mock.summarize` (a mock's
"Weakest") both decide with these two functions, so the two lists agree.
"""

from __future__ import annotations

COVERAGE_FLOOR = 0.25  # below a quarter of the points, coverage counts whatever the grade
KNOWN = (3, 4)  # Good, Easy


def coverage_counts(rating: int | None, coverage: float | None, previous: int | None) -> bool:
    """Whether an answer's coverage may lower the question's standing.

    rating: the person's grade of this answer (None: not graded, the mock ended on it;
    a skipped answer has no coverage); previous: the grade of the question's review
    before it (None: none).
    """
    if coverage is None:
        return False
    if rating is not None and rating <= 2:
        return True
    if previous in KNOWN:
        return False  # Good or Easy twice running: the person's word stands
    return coverage < COVERAGE_FLOOR


def was_skipped(rating: int | None, coverage: float | None) -> bool:
    """Whether a mock answer was skipped: no grade and no answer measured. An answer
    with no grade but a coverage was answered (typed, or revealed) when the mock was
    ended on it (`MockSession.end`): not graded, not skipped. Ended so, a typed and
    revealed answer counted as skipped, and Weak Topics called its question skipped.
    (A skipped answer never has a coverage: there is no grade for it to count with.)"""
    return rating is None and coverage is None


def answer_is_weak(rating: int | None, coverage: float | None, previous: int | None) -> bool:
    """Whether one mock answer is weak: skipped, rated Again or Hard, or rated Good or
    Easy with coverage below the floor (and not Good or Easy the time before too). An
    answer not graded (the mock ended on it) has no grade to go by: weak only with
    its coverage below the floor, as a Good one."""
    if was_skipped(rating, coverage) or (rating is not None and rating <= 2):
        return True
    return coverage_counts(rating, coverage, previous)

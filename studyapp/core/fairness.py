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

How much a graded answer went wrong (`answer_shortfall`, which the weakness's
mock-answer signal averages) follows the same order of trust, so a person's own
Again always weighs more than the machine's guess: rated Again, all of it (typed
or not, however many key words matched: "--hard does not touch the working tree"
matched every point of `git reset`); rated Hard, at least as much as Hard says and
more where few points were said; rated Good or Easy, at most half a wrong answer,
and only where its coverage counts. A blank answer rated Again once weighed less
than a typed one rated Again at a third of the points (only the typed one had a
coverage), and a Good at 14 % more than either.
"""

from __future__ import annotations

COVERAGE_FLOOR = 0.25  # below a quarter of the points, coverage counts whatever the grade
KNOWN = (3, 4)  # Good, Easy
# Of a shortfall only the machine sees (an answer the person rated Good or Easy, or did not
# grade), the share that counts: under the least a Hard grade counts (`GRADE_SHORTFALL`),
# so few points said under a Good never weigh as much as the person's own Hard.
MACHINE_SHARE = 0.5
GRADE_SHORTFALL = {1: 1.0, 2: 0.55}  # the least an answer rated Again, Hard went wrong
COVERAGE_FULL, COVERAGE_NONE = 0.75, 0.25  # coverage at which the shortfall is 0, and 1


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


def coverage_shortfall(coverage: float) -> float:
    """How far a coverage falls short: 0 from `COVERAGE_FULL` up, 1 at `COVERAGE_NONE`
    and below."""
    return min(1.0, max(0.0, (COVERAGE_FULL - coverage) / (COVERAGE_FULL - COVERAGE_NONE)))


def answer_shortfall(rating: int | None, coverage: float | None, previous: int | None) -> float:
    """How much one graded mock answer went wrong, 0 to 1, the person's grade leading:
    Again 1; Hard its grade's share, or its coverage's shortfall where more (nothing
    typed: its grade alone); Good, Easy or not graded, `MACHINE_SHARE` of its
    coverage's shortfall where that counts (`coverage_counts`), else 0."""
    if rating is not None and rating in GRADE_SHORTFALL:
        by_points = coverage_shortfall(coverage) if coverage is not None else 0.0
        return max(GRADE_SHORTFALL[rating], by_points)
    if coverage is None or not coverage_counts(rating, coverage, previous):
        return 0.0
    return MACHINE_SHARE * coverage_shortfall(coverage)

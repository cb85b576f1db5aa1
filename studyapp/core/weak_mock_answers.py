"""A question's mock answers beside its reviews, for its weakness (`core.weak`). No Qt.

Which mock answer still speaks of the question (a study grade since takes over),
whether its grade was a review or a practice mock's, and its words in a "why"; and
how the latest mock answer stands beside the last one typed (`last_mock_answer`,
`last_typed`), for a report's "your last mock answer".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from studyapp.core.fairness import COVERAGE_FLOOR, KNOWN, answer_is_weak, was_skipped
from studyapp.core.format import local_minute, percent
from studyapp.core.model import Review
from studyapp.core.scheduler import RATING_NAMES
from studyapp.core.store import WeakMockAttempt


def rating_before(reviews: Sequence[Review], moment_ms: int) -> int | None:
    """The grade of the last review before `moment_ms` (reviews sorted by time)."""
    before = [r.rating for r in reviews if r.reviewed_at_ms < moment_ms]
    return before[-1] if before else None


def known_since(reviews: Sequence[Review], moment_ms: int) -> bool:
    """Whether the question was studied after `moment_ms` (a mock's start) and rated
    Good or Easy there: the person's own grade of a later answer leads, so that mock's
    few key points no longer count against it (a Good in study raised its weakness)."""
    return any(
        r.mode != "mock" and r.reviewed_at_ms > moment_ms and r.rating in KNOWN for r in reviews
    )


def last_mock_answer_weak(reviews: Sequence[Review], mocks: Sequence[WeakMockAttempt]) -> bool:
    """Whether the question's last mock answer was weak (`fairness.answer_is_weak`:
    skipped, rated Again or Hard, or next to none of the key points said) and it has
    not been studied since: what a mock's summary lists as its weakest, so a
    question listed there is weak here too until it is answered again. (Both sorted
    by time.)"""
    if not mocks:
        return False
    last = mocks[-1]
    if any(r.mode != "mock" and r.reviewed_at_ms >= last.started_at_ms for r in reviews):
        return False  # studied since that mock: the study grade speaks now
    previous = rating_before(reviews, last.started_at_ms)
    return answer_is_weak(last.rating, last.coverage, previous)


def uncounted_mock(
    reviews: Sequence[Review], mocks: Sequence[WeakMockAttempt]
) -> WeakMockAttempt | None:
    """The question's last mock answer when it was graded but its grade is no review
    (a practice mock: no review came after the mock began); None otherwise. Its
    grade is newer than "last time" the reviews speak of. (Both sorted by time.)"""
    if not mocks or mocks[-1].rating is None:
        return None
    last = mocks[-1]
    if reviews and reviews[-1].reviewed_at_ms >= last.started_at_ms:
        return None
    return last


def last_mock_words(last: WeakMockAttempt, practice: bool) -> str:
    """What the last mock answer was, in words: "rated Again in its last mock",
    "skipped in its last mock", "rated Good but covered 10 % of the key points in its
    last mock", said to be a practice mock's where it was: its grade is no review, so
    the schedule is as it was, though the answer still tells how the question went
    ("its grades are not counted" read as a contradiction beside the reason)."""
    if was_skipped(last.rating, last.coverage):
        said = "skipped"
    else:
        said = "not graded" if last.rating is None else f"rated {RATING_NAMES[last.rating]}"
        # Good, Easy or no grade: only next to none of its points said makes it weak
        by_points = last.rating in KNOWN or last.rating is None
        if by_points and last.coverage is not None and last.coverage < COVERAGE_FLOOR:
            said += f" but covered {percent(last.coverage)} of the key points"
    return f"{said} in its last mock" + (
        " (a practice mock: its grade left the schedule as it was)" if practice else ""
    )


def said_of_last_mock(
    last: WeakMockAttempt, practice: bool, reasons: list[str], words: dict[str, str]
) -> bool:
    """Whether `reasons` already say why the last mock answer was weak: its skip, its
    few key points, or (a mock whose grades are reviews) its grade of Again or Hard."""
    if last.rating is None:
        said = words.get("skipped")
    elif last.rating >= 3:
        said = words.get("coverage")
    else:
        said = None if practice else words.get("recent")
    return said is not None and said in reasons


class LastMockAnswer(NamedTuple):
    """How a question's latest mock answer stands: "typed", "blank" (answered or
    graded with nothing typed: said aloud, or time ran out) or "skipped"; when its
    mock started, and whether it ran over time."""

    state: str
    at_ms: int
    overtime: bool = False


class TypedAnswer(NamedTuple):
    """An answer typed in a mock, when its mock started, and whether it was graded (not:
    the mock was ended on it, typed and revealed)."""

    text: str
    at_ms: int
    graded: bool = True


def _by_time(mocks: Iterable[WeakMockAttempt]) -> list[WeakMockAttempt]:
    return sorted(mocks, key=lambda m: (m.started_at_ms, m.session_id, m.position))


def _typed_text(attempt: WeakMockAttempt) -> str:
    return (attempt.typed_answer or "").strip()


def last_mock_answer(mocks: Iterable[WeakMockAttempt]) -> LastMockAnswer | None:
    """The latest mock answer's standing (None: never asked in a mock)."""
    ordered = _by_time(mocks)
    if not ordered:
        return None
    last = ordered[-1]
    if was_skipped(last.rating, last.coverage):
        state = "skipped"
    else:
        state = "typed" if _typed_text(last) else "blank"
    return LastMockAnswer(state, last.started_at_ms, bool(last.overtime))


def last_typed(mocks: Iterable[WeakMockAttempt]) -> TypedAnswer | None:
    """The last answer typed in a mock, graded or answered when the mock ended on it
    (which a report says: "not graded"): a question skipped keeps what was typed so
    far, but that is no answer given. It may be older than the latest mock answer
    (`last_mock_answer`), which a report says too. Typed and revealed, an answer the
    mock ended on is shown: it is what the person said, and what made the question
    weak where its key points were few."""
    for attempt in reversed(_by_time(mocks)):
        if not was_skipped(attempt.rating, attempt.coverage) and _typed_text(attempt):
            return TypedAnswer(
                _typed_text(attempt), attempt.started_at_ms, attempt.rating is not None
            )
    return None


def last_answer_words(last: LastMockAnswer) -> str:
    """The latest mock answer where nothing was typed, in words: "Nothing typed in its
    last mock (2026-12-07 15:24; time ran out)." or "Skipped in its last mock (…)."
    A report once showed an older typed answer as the last one."""
    said = "Skipped" if last.state == "skipped" else "Nothing typed"
    ran_out = "; time ran out" if last.overtime else ""
    return f"{said} in its last mock ({local_minute(last.at_ms)}{ran_out})."

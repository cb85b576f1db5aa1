"""Cards made again from their reviews: a question's card (its FSRS schedule) is
derived data as long as its reviews are there, and one lost or unreadable need not
send a studied question back to "new".

Each review keeps the card as it was before it (`card_before_json`), so a card is
what its reviews make of the last of those the scheduler can read: that card graded
with each later review's rating at its time, with the person's scheduler settings.
Where every card before is readable, this is the card the app wrote at the last
grade; where some are not (the same damage, or a hand edit), the reviews between are
graded again over them rather than starting from "new".

- `cards_again` makes the cards of questions with reviews and no card: the salvage
  uses it for a cards table lost with a bad page or dropped.
- `unreadable_cards` and `remake` find and make again the cards whose JSON the
  scheduler cannot read (a hand edit, another tool, bit rot in the text): each was
  scheduled as a new question, its history ignored. The full check
  (core.store.recovery) runs them.
- `graded_over_history` is the grade `record_review` stores when the card graded was
  one of those: the caller graded it as a new card, and its card would have written
  a first grade over months of reviews.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.core.scheduler import SpacedRepetition

__all__ = [
    "cards_again",
    "cards_missing",
    "graded_over_history",
    "readable_card",
    "remake",
    "unreadable_cards",
]


def readable_card(card_json: object) -> bool:
    """Whether the scheduler reads `card_json` as a card (not silently as a new one)."""
    from studyapp.core import scheduler

    if not isinstance(card_json, str):
        return False
    # (its warning is for the window: here each is said once, in the report)
    with _quiet(scheduler.log):
        return scheduler.card_facts(card_json) is not None


def cards_missing(conn: sqlite3.Connection) -> bool:
    """Whether a question that is there, with a review, has no card."""
    return (
        conn.execute(
            "SELECT 1 FROM reviews WHERE question_id IN (SELECT id FROM questions)"
            " AND question_id NOT IN (SELECT question_id FROM cards) LIMIT 1"
        ).fetchone()
        is not None
    )


def cards_again(conn: sqlite3.Connection) -> int:
    """Make again the cards lost (a bad page of the cards table, or the table dropped)
    of questions whose reviews were read. Lost, the questions were studied as new
    ones, their schedule gone, and their next grade wrote that over it. Returns how
    many were made."""
    lost = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT question_id FROM reviews"
            " WHERE question_id IN (SELECT id FROM questions)"
            " AND question_id NOT IN (SELECT question_id FROM cards)"
        )
    ]
    made = 0
    sr = _scheduler(conn)
    for qid in lost:
        card = _from_reviews(conn, qid, sr)
        if card is None:
            continue  # studied as a new question, as before
        conn.execute(
            "INSERT OR IGNORE INTO cards (question_id, fsrs_json, due) VALUES (?, ?, ?)",
            (qid, *card),
        )
        made += 1
    return made


def unreadable_cards(conn: sqlite3.Connection, now: datetime) -> dict[str, tuple[str, str]]:
    """The cards, made again from their reviews, of the questions whose card the
    scheduler cannot read: (card, due) by question. A question whose reviews make
    none (each unreadable, or dated ahead of `now`: `_from_reviews`) is left out: it
    stays as it was, studied as new, and is not found again at every check."""
    sr = _scheduler(conn)
    until = _ms(now + FUTURE_SLACK)
    made = {}
    for qid, card_json in conn.execute(
        "SELECT c.question_id, c.fsrs_json FROM cards c"
        " WHERE c.question_id IN (SELECT question_id FROM reviews)"
    ).fetchall():
        if not readable_card(card_json) and (card := _from_reviews(conn, qid, sr, until)):
            made[qid] = card
    return made


def remake(conn: sqlite3.Connection, cards: dict[str, tuple[str, str]]) -> int:
    """Write the cards `unreadable_cards` made, in one transaction; returns how many."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(
            "UPDATE cards SET fsrs_json = ?, due = ? WHERE question_id = ?",
            [(*card, qid) for qid, card in cards.items()],
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(cards)


def graded_over_history(
    conn: sqlite3.Connection, qid: str, rating: int, at_ms: int
) -> tuple[str, str] | None:
    """(card, due) of `qid`'s card made again from its reviews, graded `rating` at
    `at_ms`; None when its reviews make no card (it is then new, as graded)."""
    sr = _scheduler(conn)
    card = _from_reviews(conn, qid, sr, at_ms + _ms_of(FUTURE_SLACK))
    if card is None:
        return None
    try:
        return sr.grade(card[0], rating, datetime.fromtimestamp(at_ms / 1000, UTC))
    except (ValueError, TypeError, OverflowError, OSError):
        return None


def _from_reviews(
    conn: sqlite3.Connection, qid: str, sr: SpacedRepetition, until_ms: int | None = None
) -> tuple[str, str] | None:
    """(card, due) that `qid`'s readable reviews make (see the module docstring), of
    those dated up to `until_ms`: a review dated decades ahead (damage, a hand edit)
    made every card due decades ahead, its question gone from study for as long."""
    from studyapp.core.store.values import readable_review

    card: str | None = None
    due = ""
    graded = False
    for before, rating, at_ms in conn.execute(
        "SELECT card_before_json, rating, reviewed_at_ms FROM reviews"
        f" WHERE question_id = ? AND {readable_review()} ORDER BY id",
        (qid,),
    ).fetchall():
        if until_ms is not None and at_ms > until_ms:
            continue
        if before is not None and readable_card(before):
            card = before
        try:
            when = datetime.fromtimestamp(int(at_ms) / 1000, UTC)
            card, due = sr.grade(card, int(rating), when)
        except (ValueError, TypeError, OverflowError, OSError):
            continue
        graded = True
    return (card, due) if graded and card is not None else None


# A review dated further ahead than this was not made by a clock a little off (the
# slack the backups' dates are given: core.store.backup.FUTURE_SLACK).
FUTURE_SLACK = timedelta(days=1)


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def _ms_of(span: timedelta) -> int:
    return int(span.total_seconds() * 1000)


def _scheduler(conn: sqlite3.Connection) -> SpacedRepetition:
    """The scheduler the person's settings ask for, as the app grades with it."""
    from studyapp.core import settings_schema as keys
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.store.kv import decode_setting

    values: dict[str, object] = {}
    for key in (keys.DESIRED_RETENTION, keys.FSRS_PARAMETERS):
        spec = keys.setting(key)
        values[key] = spec.default
        # as the app reads it (settings_schema.read): coerced, clamped into its range
        with contextlib.suppress(TypeError, ValueError, sqlite3.DatabaseError):
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            values[key] = spec.coerce(decode_setting(row[0]) if row is not None else None)
    try:
        return SpacedRepetition.from_settings(values)
    except (TypeError, ValueError):
        return SpacedRepetition()


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    level = logger.level
    logger.setLevel(100)
    try:
        yield
    finally:
        logger.setLevel(level)

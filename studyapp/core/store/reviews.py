"""Cards and reviews: grading, undo, and the history the statistics read."""

from __future__ import annotations

from typing import Any, NamedTuple

from studyapp.core.model import (
    Review,
)
from studyapp.core.store import cards_again
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.values import rating, readable_review, seconds

REVIEW_MODES = ("study", "mock")

# A review as the history reads it (model.Review's fields, in order), its rating and
# seconds through core.store.values.
_REVIEW_COLUMNS = (
    f"r.id, r.question_id, r.reviewed_at_ms, {rating('r.rating')}, {seconds('r.seconds')}, r.mode"
)


class CardInfo(NamedTuple):
    """A reviewed question's scheduling state, as the study and progress views read it."""

    card_json: str  # the scheduler's card
    due: str | None  # as stored: UTC ISO, sortable as text
    last_rating: int | None  # the rating of its latest review (any mode)


class ReviewsPart(StoreBase):
    # --- cards and reviews -----------------------------------------------------

    @_op
    def card_json(self, qid: str) -> str | None:
        """The question's scheduler card as stored (JSON), None before its first review."""
        row = self._conn.execute(
            "SELECT fsrs_json FROM cards WHERE question_id = ?", (qid,)
        ).fetchone()
        return None if row is None else row["fsrs_json"]

    @_op
    def record_review(
        self,
        qid: str,
        rating: int,
        seconds: float | None,
        mode: str,
        card_json_after: str,
        due_iso: str | None,
        reviewed_at_ms: int,
    ) -> int:
        """Save one answer and the card it produced, together; returns the review's id.

        Where the stored card could not be read (`cards_again`), the card stored is
        the grade of the card its reviews make, not the caller's grade of a new one."""
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1–4, not {rating!r}")
        if mode not in REVIEW_MODES:
            raise ValueError(f"mode must be one of {REVIEW_MODES}, not {mode!r}")
        conn = self._conn
        with self.transaction():
            if conn.execute("SELECT 1 FROM questions WHERE id = ?", (qid,)).fetchone() is None:
                raise KeyError(qid)
            before = conn.execute(
                "SELECT fsrs_json, due FROM cards WHERE question_id = ?", (qid,)
            ).fetchone()
            if (
                before is not None
                and not cards_again.readable_card(before["fsrs_json"])
                and cards_again.readable_card(card_json_after)
            ):
                # The card graded could not be read: the caller graded it as a new
                # one, and its card would write a first grade over the schedule the
                # question's reviews had made. Graded over those reviews instead.
                regraded = cards_again.graded_over_history(conn, qid, rating, reviewed_at_ms)
                if regraded is not None:
                    card_json_after, due_iso = regraded
            review_id = conn.execute(
                "INSERT INTO reviews (question_id, reviewed_at_ms, rating, seconds, mode,"
                " card_before_json, due_before) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    qid,
                    reviewed_at_ms,
                    rating,
                    seconds,
                    mode,
                    None if before is None else before["fsrs_json"],
                    None if before is None else before["due"],
                ),
            ).lastrowid
            conn.execute(
                "INSERT INTO cards (question_id, fsrs_json, due) VALUES (?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE"
                " SET fsrs_json = excluded.fsrs_json, due = excluded.due",
                (qid, card_json_after, due_iso),
            )
            self._log.reviews.add(qid)
        assert review_id is not None
        return review_id

    @_op
    def undo_review(self, review_id: int) -> str:
        """Take back a question's latest review: its card returns to what it was before.

        Returns the question id. Only the latest review of a question can be undone,
        since a later one was computed from the card this one produced.
        """
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT question_id, card_before_json, due_before FROM reviews WHERE id = ?",
                (review_id,),
            ).fetchone()
            if row is None:
                raise KeyError(review_id)
            qid = row["question_id"]
            later = conn.execute(
                "SELECT 1 FROM reviews WHERE question_id = ? AND id > ? LIMIT 1",
                (qid, review_id),
            ).fetchone()
            if later is not None:
                raise ValueError("only the latest review of a question can be undone")
            if row["card_before_json"] is None:
                conn.execute("DELETE FROM cards WHERE question_id = ?", (qid,))
            else:
                conn.execute(
                    "UPDATE cards SET fsrs_json = ?, due = ? WHERE question_id = ?",
                    (row["card_before_json"], row["due_before"], qid),
                )
            conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
            self._log.reviews.add(qid)
        return qid

    @_op
    def studied_by_deck(self, start_ms: int, end_ms: int) -> dict[int, tuple[int, int]]:
        """Deck id → (questions studied for the first time in [start_ms, end_ms), other
        questions reviewed then), each question once, for the decks studied then: the
        daily limits' count of what was done today in each deck (core.study.done_today
        over a deck's log, as one query from the reviews_time index). Questions
        removed since (a re-import of a file cut short) still count: work done today
        stays done, and removing it gave the day's allowance back."""
        rows = self._conn.plain_rows(
            "SELECT q.deck_id, count(*), coalesce(sum(t.first >= ?), 0) FROM ("
            " SELECT r.question_id,"
            "  (SELECT min(p.reviewed_at_ms) FROM reviews p"
            "   WHERE p.question_id = r.question_id) AS first"
            " FROM reviews r"
            " WHERE r.reviewed_at_ms >= ? AND r.reviewed_at_ms < ?"
            " GROUP BY r.question_id) t"
            " JOIN questions q ON q.id = t.question_id"
            " GROUP BY q.deck_id",
            (start_ms, start_ms, end_ms),
        )
        return {int(deck_id): (int(new), int(studied) - int(new)) for deck_id, studied, new in rows}

    @_op
    def reviews(self, qid: str | None = None) -> list[Review]:
        """One question's reviews, or those of all questions not removed; oldest first."""
        sql = (
            f"SELECT {_REVIEW_COLUMNS} FROM reviews r JOIN questions q ON q.id = r.question_id"
            f" WHERE {readable_review('r.')}"
        )
        if qid is None:
            rows = self._conn.execute(
                f"{sql} AND q.removed_at IS NULL ORDER BY r.reviewed_at_ms, r.id"
            )
        else:
            rows = self._conn.execute(
                f"{sql} AND r.question_id = ? ORDER BY r.reviewed_at_ms, r.id", (qid,)
            )
        return [Review(*r) for r in rows]

    @_op
    def cards(self, deck_id: int | None = None) -> dict[str, CardInfo]:
        """Question id → card, due and latest rating, for every question not removed
        (of one deck, or all) that has a card; questions never reviewed are absent."""
        sql = (
            "SELECT c.question_id, c.fsrs_json, c.due,"
            " (SELECT r.rating FROM reviews r WHERE r.question_id = c.question_id"
            f"  AND {readable_review('r.')}"
            "  ORDER BY r.reviewed_at_ms DESC, r.id DESC LIMIT 1) AS last_rating"
            # CROSS JOIN: SQLite takes the cards first, then each one's question by
            # its id. Left to choose, it walked every question (their rows hold the
            # answers) to look each up among the cards: 2.4× the time on a big deck
            # where a third was studied (benchmarks/bench_store_reads.py), read when
            # a study session starts.
            " FROM cards c CROSS JOIN questions q ON q.id = c.question_id"
            " WHERE q.removed_at IS NULL"
        )
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params = (deck_id,)
        return {
            qid: CardInfo(card_json, due, last_rating)
            for qid, card_json, due, last_rating in self._conn.plain_rows(sql, params)
        }

    # --- weak topics and statistics (read-only) ---------------------------------

    @_op
    def weak_reviews(
        self, deck_id: int | None = None, *, taken_out_too: bool = False
    ) -> list[Review]:
        """The reviews of every question not removed (of one deck, or all), oldest first;
        with `taken_out_too`, those of questions taken out of the notes since as well
        (the statistics' history: what the person answered, as the calendar counts)."""
        sql = (
            f"SELECT {_REVIEW_COLUMNS} FROM reviews r JOIN questions q ON q.id = r.question_id"
            f" WHERE {readable_review('r.')}"
        )
        if not taken_out_too:
            sql += " AND q.removed_at IS NULL"
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params = (deck_id,)
        sql += " ORDER BY r.reviewed_at_ms, r.id"
        return [Review(*r) for r in self._conn.execute(sql, params)]

    @_op
    def scheduled_dues(
        self, deck_id: int | None = None, *, buried_at_ms: int | None = None
    ) -> list[tuple[str, str]]:
        """(question id, due as stored: UTC ISO) of every question not removed nor
        suspended (of one deck, or all) whose card is in its steps or in review: what
        falls due, as Anki's queues hold it. `buried_at_ms`: those buried at that
        moment left out too (``prop:due``, as Anki's search leaves buried cards out);
        else kept, due again on their day (the Future Due forecast)."""
        sql = (
            "SELECT c.question_id, c.due FROM cards c CROSS JOIN questions q"
            " ON q.id = c.question_id"
            " WHERE q.removed_at IS NULL AND q.suspended = 0 AND c.due IS NOT NULL"
            " AND (CASE WHEN json_valid(c.fsrs_json)"
            "  THEN json_extract(c.fsrs_json, '$.state') END) IN (1, 2, 3)"
        )
        params: list[Any] = []
        if buried_at_ms is not None:
            sql += " AND q.id NOT IN (SELECT question_id FROM buried WHERE until_ms > ?)"
            params.append(buried_at_ms)
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params.append(deck_id)
        rows = self._conn.plain_rows(sql + " ORDER BY q.deck_id, q.position", params)
        return [(qid, due) for qid, due in rows]

    @_op
    def answer_times(self) -> list[int]:
        """When each answer was given (epoch ms), in every deck, those to questions taken
        out of the notes since included: a day studied stays a day studied (the
        calendar, the streak and the day's goal are about the person's days)."""
        sql = f"SELECT r.reviewed_at_ms FROM reviews r WHERE {readable_review('r.')}"
        return [ms for (ms,) in self._conn.execute(sql)]

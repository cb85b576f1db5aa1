"""Mock interviews: sessions, their answers, and the attempts weak-topic scoring reads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any, NamedTuple

from studyapp.core import json_text
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.values import fraction, rating, readable_time, seconds

MOCK_STATES = ("running", "finished", "abandoned")


class MockSessionRecord(NamedTuple):
    """One mock interview as stored: its set-up, planned questions and how it ended."""

    id: int
    started_at_ms: int
    ended_at_ms: int | None
    state: str  # "running" | "finished" | "abandoned"
    settings: dict[str, Any]  # as MockSettings.to_dict() wrote it
    question_ids: tuple[str, ...]  # the planned questions, in the order asked
    elapsed_seconds: float  # active (unpaused) time, as of the last saved answer or the end


class MockAnswerRecord(NamedTuple):
    """One question of a mock interview, answered: graded (rating 1–4), or not (None):
    skipped, or, with a coverage, answered when the mock was ended on it
    (`fairness.was_skipped`)."""

    id: int
    session_id: int
    question_id: str
    title: str
    position: int  # index into the session's question_ids
    seconds: float | None
    overtime: bool
    rating: int | None
    coverage: float | None  # 0–1; None when skipped or the answer has no key terms
    typed_answer: str | None
    note: str | None
    recording_path: str | None = None  # the spoken answer's file, when there is one
    title_markup: str = ""  # the title with its inline code marked (Question.title_markup)


class MockDraft(NamedTuple):
    """What was typed for the question on screen of a running session, not yet graded."""

    session_id: int
    position: int  # index into the session's question_ids
    typed_answer: str
    note: str
    saved_at_ms: int
    question_seconds: float = 0.0  # active time on the question when saved
    session_seconds: float | None = None  # active time in the session; None: not known
    revealed: bool = False  # the model answer was on screen (its clock stopped)
    # The key points shown and their ticks as the person left them, in order; None
    # where none were kept (not revealed, or saved before drafts kept them).
    key_points: tuple[tuple[str, bool], ...] | None = None


class MockReview(NamedTuple):
    """The scheduler's side of a mock grade, saved as a review (mode "mock") with it."""

    card_json_after: str
    due_iso: str | None
    reviewed_at_ms: int


class MockSessionStats(NamedTuple):
    """A session with totals over its graded answers (skipped ones only count as answered)."""

    session: MockSessionRecord
    answered: int  # graded + skipped
    graded: int
    mean_rating: float | None
    mean_seconds: float | None
    overtime: int
    mean_coverage: float | None


class MockNote(NamedTuple):
    """A note to the person's future self on a question, from a mock interview."""

    text: str
    started_at_ms: int  # when its mock started


class WeakMockAttempt(NamedTuple):
    """One question as answered in a mock interview, with its session's start, for the
    weak-topic scoring and the statistics (read by `Store.weak_mock_attempts`)."""

    question_id: str
    session_id: int
    session_state: str  # "running" | "finished" | "abandoned"
    started_at_ms: int  # when its session started
    position: int
    seconds: float | None
    overtime: bool
    rating: int | None  # None: not graded (skipped, or with a coverage, ended on)
    coverage: float | None
    typed_answer: str | None
    note: str | None = None  # "what to remember next time", typed after the reveal


# A mock answer's columns, its numbers as the app can read them (core.store.values):
# a grade, a time or a coverage out of its range reads as none.
_ANSWER_COLUMNS = (
    "a.id, a.session_id, a.question_id, a.position, a.overtime, a.typed_answer,"
    f" {rating('a.rating')} AS rating, {seconds('a.seconds')} AS seconds,"
    f" {fraction('a.coverage')} AS coverage"
)


# SQL: one more than the highest session id anything points to (a session, an answer,
# a draft), each read through its index.
_FREE_SESSION_ID = (
    "1 + max("
    + ", ".join(
        f"ifnull((SELECT max({column}) FROM {table} WHERE typeof({column}) = 'integer'), 0)"
        for table, column in (
            ("mock_sessions", "id"),
            ("mock_answers", "session_id"),
            ("mock_drafts", "session_id"),
        )
    )
    + ")"
)


def _key_points(text: object) -> tuple[tuple[str, bool], ...] | None:
    """A draft's key points as kept ([[term, ticked], ...]); None where there are none
    or they cannot be read (another tool's text): ticked as the typed answer says."""
    if not isinstance(text, str):
        return None
    try:
        pairs = json_text.loads(text)
    except ValueError:
        return None
    if not isinstance(pairs, list):
        return None
    points = []
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
            return None
        if not isinstance(pair[1], bool):
            return None
        points.append((pair[0], pair[1]))
    return tuple(points)


class MocksPart(StoreBase):
    # --- mock interviews ----------------------------------------------------------

    _MOCK_SESSION_COLUMNS = (
        "s.id, s.started_at_ms, s.ended_at_ms, s.state, s.settings_json,"
        f" s.question_ids_json, {seconds('s.elapsed_seconds')} AS elapsed_seconds"
    )

    @staticmethod
    def _mock_session(row: sqlite3.Row) -> MockSessionRecord:
        try:
            settings = json_text.loads(row["settings_json"])
        except ValueError:
            settings = {}
        try:
            question_ids = tuple(str(q) for q in json_text.loads(row["question_ids_json"]))
        except (ValueError, TypeError):
            question_ids = ()
        return MockSessionRecord(
            id=row["id"],
            started_at_ms=row["started_at_ms"],
            ended_at_ms=row["ended_at_ms"],
            state=row["state"],
            settings=settings if isinstance(settings, dict) else {},
            question_ids=question_ids,
            elapsed_seconds=float(row["elapsed_seconds"] or 0.0),
        )

    @_op
    def create_mock_session(
        self, settings: dict[str, Any], question_ids: Sequence[str], started_at_ms: int
    ) -> int:
        """Start a mock interview over `question_ids` (in asking order); returns its id.

        Only one session runs at a time: one still running (left by a crash and never
        resumed) is marked abandoned, as ended when this one starts.
        """
        if not question_ids:
            raise ValueError("a mock interview needs at least one question")
        conn = self._conn
        with self.transaction():
            conn.execute(
                "UPDATE mock_sessions SET state = 'abandoned', ended_at_ms = ?"
                " WHERE state = 'running'",
                (started_at_ms,),
            )
            # An id no answer or draft points to yet: sessions deleted by another program
            # with foreign keys off left theirs, SQLite gave the next session the id of
            # the last one gone, and its first answer was refused as given already.
            session_id = conn.execute(
                "INSERT INTO mock_sessions (id, started_at_ms, settings_json, state,"
                f" question_ids_json) VALUES ({_FREE_SESSION_ID}, ?, ?, 'running', ?)",
                (started_at_ms, json.dumps(settings), json.dumps(list(question_ids))),
            ).lastrowid
            assert session_id is not None
            self._log.mocks.add(session_id)
        assert session_id is not None
        return session_id

    @_op
    def record_mock_answer(
        self,
        session_id: int,
        qid: str,
        position: int,
        *,
        seconds: float | None,
        overtime: bool,
        rating: int | None,
        coverage: float | None = None,
        typed_answer: str | None = None,
        note: str | None = None,
        elapsed_seconds: float | None = None,
        review: MockReview | None = None,
        finished_at_ms: int | None = None,
        recording_path: str | None = None,
    ) -> int:
        """Save one answered question of a running session, all in one transaction:
        the answer row (rating None: skipped) with its recording's path if it was
        spoken, the review and card it produced when `review` is given (mode "mock"),
        the session's active time so far and, with `finished_at_ms`, the end of the
        session. The session's draft goes: the answer now holds what it held.
        Returns the answer's id.
        """
        if rating is not None and rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1–4 or None, not {rating!r}")
        if review is not None and rating is None:
            raise ValueError("a skipped question cannot count as a review")
        if coverage is not None and not 0.0 <= coverage <= 1.0:
            raise ValueError(f"coverage must be between 0 and 1, not {coverage!r}")
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT state, question_ids_json FROM mock_sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise KeyError(session_id)
            if row["state"] != "running":
                raise ValueError(f"mock session {session_id} is {row['state']}, not running")
            planned = json_text.loads(row["question_ids_json"])
            if not (0 <= position < len(planned)) or planned[position] != qid:
                raise ValueError(f"{qid!r} is not question {position} of mock {session_id}")
            try:
                answer_id = conn.execute(
                    "INSERT INTO mock_answers (session_id, question_id, position, seconds,"
                    " overtime, rating, coverage, typed_answer, note, recording_path)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        qid,
                        position,
                        seconds,
                        int(bool(overtime)),
                        rating,
                        coverage,
                        typed_answer,
                        note,
                        recording_path,
                    ),
                ).lastrowid
            except sqlite3.IntegrityError as exc:
                raise ValueError(f"question {position} of mock {session_id} is answered") from exc
            conn.execute("DELETE FROM mock_drafts WHERE session_id = ?", (session_id,))
            self._log.mocks.add(session_id)
            if review is not None:
                assert rating is not None
                self.record_review(
                    qid,
                    rating,
                    seconds,
                    "mock",
                    review.card_json_after,
                    review.due_iso,
                    review.reviewed_at_ms,
                )
            if elapsed_seconds is not None:
                conn.execute(
                    "UPDATE mock_sessions SET elapsed_seconds = ? WHERE id = ?",
                    (elapsed_seconds, session_id),
                )
            if finished_at_ms is not None:
                conn.execute(
                    "UPDATE mock_sessions SET state = 'finished', ended_at_ms = ? WHERE id = ?",
                    (finished_at_ms, session_id),
                )
        assert answer_id is not None
        return answer_id

    @_op
    def finish_mock_session(
        self, session_id: int, ended_at_ms: int, elapsed_seconds: float | None = None
    ) -> None:
        """End a running session normally (all asked, or ended early by the user)."""
        self._end_mock_session(session_id, "finished", ended_at_ms, elapsed_seconds)

    @_op
    def abandon_mock_session(
        self, session_id: int, ended_at_ms: int, elapsed_seconds: float | None = None
    ) -> None:
        """Leave a running session unfinished for good; its saved answers stay."""
        self._end_mock_session(session_id, "abandoned", ended_at_ms, elapsed_seconds)

    def _end_mock_session(
        self, session_id: int, state: str, ended_at_ms: int, elapsed_seconds: float | None
    ) -> None:
        with self.transaction():
            self._require_running(session_id)
            self._conn.execute(
                "UPDATE mock_sessions SET state = ?, ended_at_ms = ?,"
                " elapsed_seconds = ifnull(?, elapsed_seconds) WHERE id = ?",
                (state, ended_at_ms, elapsed_seconds, session_id),
            )
            self._conn.execute("DELETE FROM mock_drafts WHERE session_id = ?", (session_id,))
            self._log.mocks.add(session_id)

    def _require_running(self, session_id: int) -> None:
        row = self._conn.execute(
            "SELECT state FROM mock_sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise KeyError(session_id)
        if row["state"] != "running":
            raise ValueError(f"mock session {session_id} is {row['state']}, not running")

    @_op
    def save_mock_draft(
        self,
        session_id: int,
        position: int,
        typed_answer: str,
        note: str,
        saved_at_ms: int,
        *,
        question_seconds: float = 0.0,
        session_seconds: float | None = None,
        revealed: bool = False,
        key_points: Sequence[tuple[str, bool]] | None = None,
    ) -> None:
        """Keep what is typed for question `position` of a running session, the active
        time spent on it and in the session so far, whether its answer was revealed and
        its key points with their ticks (replacing the session's earlier draft). Not a
        change any view shows, so not reported in `last_changes`; it is the person's
        work, so it counts for backups."""
        points = None
        if key_points is not None:
            points = json.dumps([[str(term), bool(ticked)] for term, ticked in key_points])
        with self.transaction():
            self._require_running(session_id)
            self._conn.execute(
                "INSERT INTO mock_drafts (session_id, position, typed_answer, note, saved_at_ms,"
                " question_seconds, session_seconds, revealed, key_points_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id) DO UPDATE SET"
                " position = excluded.position, typed_answer = excluded.typed_answer,"
                " note = excluded.note, saved_at_ms = excluded.saved_at_ms,"
                " question_seconds = excluded.question_seconds,"
                " session_seconds = excluded.session_seconds, revealed = excluded.revealed,"
                " key_points_json = excluded.key_points_json",
                (
                    session_id,
                    position,
                    typed_answer,
                    note,
                    saved_at_ms,
                    question_seconds,
                    session_seconds,
                    int(revealed),
                    points,
                ),
            )

    @_op
    def mock_draft(self, session_id: int) -> MockDraft | None:
        """The draft of a session's question on screen, if one was saved. Its times as
        the app can read them (core.store.values): one out of range reads as none."""
        row = self._conn.execute(
            "SELECT session_id, position, typed_answer, note, saved_at_ms,"
            f" {seconds('question_seconds')} AS question_seconds,"
            f" {seconds('session_seconds')} AS session_seconds, revealed, key_points_json"
            " FROM mock_drafts WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        return MockDraft(
            session_id=row["session_id"],
            position=row["position"],
            typed_answer=row["typed_answer"],
            note=row["note"],
            saved_at_ms=row["saved_at_ms"],
            question_seconds=float(row["question_seconds"] or 0.0),
            session_seconds=row["session_seconds"],
            revealed=row["revealed"] == 1,
            key_points=_key_points(row["key_points_json"]),
        )

    @_op
    def mock_session(self, session_id: int) -> MockSessionRecord | None:
        row = self._conn.execute(
            f"SELECT {self._MOCK_SESSION_COLUMNS} FROM mock_sessions s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        return None if row is None else self._mock_session(row)

    @_op
    def unfinished_mock(self) -> MockSessionRecord | None:
        """The session still marked running (the app closed mid-way), latest first."""
        row = self._conn.execute(
            f"SELECT {self._MOCK_SESSION_COLUMNS} FROM mock_sessions s"
            " WHERE s.state = 'running' ORDER BY s.started_at_ms DESC, s.id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else self._mock_session(row)

    @_op
    def mock_answers(self, session_id: int) -> list[MockAnswerRecord]:
        """A session's answered questions (graded or skipped), in asking order."""
        rows = self._conn.execute(
            f"SELECT {_ANSWER_COLUMNS}, a.note, a.recording_path, q.title, q.title_markup"
            " FROM mock_answers a JOIN questions q ON q.id = a.question_id"
            " WHERE a.session_id = ? ORDER BY a.position, a.id",
            (session_id,),
        )
        return [
            MockAnswerRecord(
                id=r["id"],
                session_id=r["session_id"],
                question_id=r["question_id"],
                title=r["title"],
                position=r["position"],
                seconds=r["seconds"],
                overtime=bool(r["overtime"]),
                rating=r["rating"],
                coverage=r["coverage"],
                typed_answer=r["typed_answer"],
                note=r["note"],
                recording_path=r["recording_path"],
                title_markup=r["title_markup"],
            )
            for r in rows
        ]

    @_op
    def mock_asked_topics(self) -> dict[int, tuple[int, ...]]:
        """Session id → the topics of the questions it asked (answered or skipped), in
        asking order, each once: what a past mock covered, whatever its setup chose.
        A session with no answer recorded is not in it."""
        asked: dict[int, dict[int, None]] = {}
        for session_id, topic_id in self._conn.plain_rows(
            "SELECT a.session_id, q.topic_id FROM mock_answers a"
            " JOIN questions q ON q.id = a.question_id"
            " ORDER BY a.session_id, a.position, a.id"
        ):
            asked.setdefault(session_id, {})[topic_id] = None
        return {session_id: tuple(topics) for session_id, topics in asked.items()}

    @_op
    def mock_session_stats(
        self, states: Sequence[str] = ("finished", "abandoned")
    ) -> list[MockSessionStats]:
        """Sessions in the given states with totals over their answers, oldest first.

        Means are over graded answers only: a skipped question has no rating, and its
        time says nothing about how long an answer takes; the coverage's is over every
        answer with one (graded, or answered when the mock was ended on it).
        """
        unknown = set(states) - set(MOCK_STATES)
        if unknown:
            raise ValueError(f"unknown mock session states: {sorted(unknown)}")
        if not states:
            return []
        marks = ", ".join("?" * len(states))
        rows = self._conn.execute(
            f"SELECT {self._MOCK_SESSION_COLUMNS},"
            " count(a.id) AS answered, count(a.rating) AS graded,"
            " avg(a.rating) AS mean_rating,"
            " avg(CASE WHEN a.rating IS NOT NULL THEN a.seconds END) AS mean_seconds,"
            " ifnull(sum(CASE WHEN a.rating IS NOT NULL THEN a.overtime END), 0) AS overtime,"
            # answered ones: graded, or not graded when the mock ended (a skip has none)
            " avg(a.coverage) AS mean_coverage"
            f" FROM mock_sessions s LEFT JOIN (SELECT {_ANSWER_COLUMNS} FROM mock_answers a) a"
            f" ON a.session_id = s.id WHERE s.state IN ({marks})"
            f" AND {readable_time('s.started_at_ms')}"
            " GROUP BY s.id ORDER BY s.started_at_ms, s.id",
            tuple(states),
        )
        return [
            MockSessionStats(
                session=self._mock_session(r),
                answered=r["answered"],
                graded=r["graded"],
                mean_rating=r["mean_rating"],
                mean_seconds=r["mean_seconds"],
                overtime=r["overtime"],
                mean_coverage=r["mean_coverage"],
            )
            for r in rows
        ]

    @_op
    def weak_mock_attempts(self, deck_id: int | None = None) -> list[WeakMockAttempt]:
        """Every mock answer (graded or skipped) of questions not removed, of one deck or
        all, oldest session first and in asking order within a session."""
        sql = (
            f"SELECT {_ANSWER_COLUMNS}, a.note, s.state, s.started_at_ms"
            " FROM mock_answers a"
            " JOIN mock_sessions s ON s.id = a.session_id"
            " JOIN questions q ON q.id = a.question_id"
            f" WHERE q.removed_at IS NULL AND {readable_time('s.started_at_ms')}"
        )
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params = (deck_id,)
        sql += " ORDER BY s.started_at_ms, a.session_id, a.position, a.id"
        return [
            WeakMockAttempt(
                question_id=r["question_id"],
                session_id=r["session_id"],
                session_state=r["state"],
                started_at_ms=r["started_at_ms"],
                position=r["position"],
                seconds=r["seconds"],
                overtime=bool(r["overtime"]),
                rating=r["rating"],
                coverage=r["coverage"],
                typed_answer=r["typed_answer"],
                note=r["note"],
            )
            for r in self._conn.execute(sql, params)
        ]

    @_op
    def last_mock_note(self, question_id: str) -> MockNote | None:
        """The latest note written after a mock's reveal of this question (one indexed
        read: mock_answers_question), with when its mock started; None if none."""
        row = self._conn.execute(
            "SELECT a.note, s.started_at_ms FROM mock_answers a"
            " JOIN mock_sessions s ON s.id = a.session_id"
            " WHERE a.question_id = ? AND trim(coalesce(a.note, '')) != ''"
            " ORDER BY s.started_at_ms DESC, a.id DESC LIMIT 1",
            (question_id,),
        ).fetchone()
        return None if row is None else MockNote(row["note"].strip(), row["started_at_ms"])

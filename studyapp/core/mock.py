"""Mock interviews: set-up, question choice, the timed session, scoring and history. No Qt.

The view drives a `MockSession` and reads everything it shows from it; time comes
from an injected clock, so tests run it on a fake one.

Set-up (core.mock_settings)::

    settings = load_settings(store)                   # the last choices, or defaults
    session = MockSession.create(store, scheduler, clock, settings)  # remembers them
    session.start()                                   # the session row is written here

Each question (a QTimer calls `check_time()` a few times a second; the clocks and
pause are the session's `MockClocks`, core.mock_clock, which these delegate to)::

    session.current(), session.position()             # Question, (k, N)
    session.time_left(), session.fraction_left(), session.is_warning(), session.elapsed()
    session.pause() / session.resume() / session.toggle_pause()
    session.save_draft(text, note)                    # on each edit or tick: kept every
                                                      # few seconds and at each reveal
    session.check_time()                              # True: time is up, revealed as overtime
    session.reveal()                                  # Space
    session.key_points(), session.toggle_point(i), session.coverage()
    session.grade(3, note="")                         # saved at once; next question
    session.skip(); session.end()                     # move on ungraded; stop early

After it: `session.summary()`, `session.retry_weak()`; `mock_history(store)` and
`mock_trend(history)` for the history view (they live in `core.mock_results`,
re-exported here, as `choose_questions` is from `core.mock_choice` and the set-up,
`MockSettings` and its remembering, from `core.mock_settings`). At start-up,
`MockSession.resume_unfinished` continues a session the app was closed in, or
`abandon_unfinished` closes it.

States: "ready" (not started) → "asking" (clock running, answer hidden) → "revealed"
(model answer and key points shown) → "asking" for the next question … → "finished";
"abandoned" for a session left for good. `paused` is a flag on top of "asking" and
"revealed": paused time counts neither against the question nor in `elapsed()`.
Moving on (reveal, grade, skip, end) ends a pause first.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from studyapp.core.mock_choice import choose_questions as choose_questions
from studyapp.core.mock_choice import choose_with_held
from studyapp.core.mock_choice import question_pool as question_pool
from studyapp.core.mock_choice import weakness_key as weakness_key
from studyapp.core.mock_clock import MockClocks
from studyapp.core.mock_results import FLAT_CHANGE as FLAT_CHANGE
from studyapp.core.mock_results import MIN_TREND_SESSIONS as MIN_TREND_SESSIONS
from studyapp.core.mock_results import MockHistoryRow as MockHistoryRow
from studyapp.core.mock_results import MockSummary as MockSummary
from studyapp.core.mock_results import MockSummaryRow as MockSummaryRow
from studyapp.core.mock_results import MockTrend as MockTrend
from studyapp.core.mock_results import mock_history as mock_history
from studyapp.core.mock_results import mock_trend as mock_trend
from studyapp.core.mock_results import score_percent as score_percent
from studyapp.core.mock_results import summarize as summarize
from studyapp.core.mock_results import trend_rule as trend_rule
from studyapp.core.mock_settings import ORDERS as ORDERS
from studyapp.core.mock_settings import SETTINGS_KEY as SETTINGS_KEY
from studyapp.core.mock_settings import MockSettings as MockSettings
from studyapp.core.mock_settings import load_settings as load_settings
from studyapp.core.mock_settings import save_settings as save_settings
from studyapp.core.model import Question, StudyAppError
from studyapp.core.question_body import split_body
from studyapp.core.scheduler import RATINGS, SpacedRepetition
from studyapp.core.store import MockReview, Store
from studyapp.core.store.mocks import MockDraft
from studyapp.core.study import Clock, DeckLimits, to_ms

DRAFT_EVERY_SECONDS = 5.0  # the time used is written at most this often
TEXT_DRAFT_EVERY_SECONDS = 1.0  # and a changed typed answer or note: a crash loses a second


# A draft as written: typed answer, note, revealed, the key points and their ticks.
_Draft = tuple[str, str, bool, tuple[tuple[str, bool], ...]]


class MockStateError(RuntimeError):
    """A session method called in a state that does not allow it (a bug in the caller)."""


class NoQuestionsError(StudyAppError):
    """The chosen topics hold no questions to ask."""


NO_NEW_LEFT = (
    "The chosen topics hold only new questions, and today's new-question limit "
    "(Preferences) is used up. Untick \u201cCount each grade as a review\u201d to "
    "practise them without scheduling them, or raise the limit."
)


# --- results -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A key term of the model answer; `auto` is what matching the typed answer said,
    `ticked` what counts (the person may toggle it)."""

    term: str
    ticked: bool
    auto: bool = False


# --- the session ---------------------------------------------------------------


class MockSession:
    """One timed mock interview over a fixed list of questions.

    Build one with `create` (chooses the questions, remembers the set-up), `reopen` /
    `resume_unfinished` (a session the app was closed in) or the constructor (an
    explicit list of question ids, as `retry_weak` does). Nothing is written until
    `start()`; from then on every grade or skip is committed before the next question
    shows, so closing the app loses at most the question on screen.
    """

    def __init__(
        self,
        store: Store,
        scheduler: SpacedRepetition,
        clock: Clock,
        settings: MockSettings,
        question_ids: Sequence[str],
    ) -> None:
        self._store = store
        self._scheduler = scheduler
        self._clock = clock
        self.settings = settings
        self._planned: list[str] = list(question_ids)
        self._questions: dict[str, Question] = {}
        for qid in self._planned:
            if qid not in self._questions and (question := store.question(qid)) is not None:
                self._questions[qid] = question
        self._queue: list[int] = [i for i, q in enumerate(self._planned) if q in self._questions]
        self._answered = 0
        self.session_id: int | None = None
        self._state = "ready"
        self._clocks = MockClocks(clock, self)  # the time, the countdown, pausing
        self.typed_answer = ""  # the text box's content, kept by the view
        self.note = ""  # the note box's content
        self.recording_path: str | None = None  # the spoken answer to the question on screen
        # What the store's draft holds: the typed answer, the note, whether revealed,
        # and the key points with their ticks (revealed).
        self._draft_written: _Draft = ("", "", False, ())
        self._draft_written_at: datetime | None = None
        self._draft_times: tuple[float, float] = (0.0, 0.0)  # its question and session time
        self._asked_at: datetime | None = None  # when the question on screen was shown
        self._draft_failed_at: datetime | None = None
        # Why the last draft could not be written (a full disk), until one is: the view
        # says so; the text stays here, and the grade saves it with the answer.
        self.draft_error: StudyAppError | None = None
        self._restore: MockDraft | None = None  # a draft to put back when a resumed mock starts
        self._points: list[KeyPoint] = []
        self.held_new = 0  # new questions today's new-question limit kept out (create)
        self.buried_asked = 0  # buried questions drawn, for want of others (create)
        self.unburied: str | None = None  # the last grade unburied this question

    # --- building --------------------------------------------------------------

    @classmethod
    def create(
        cls,
        store: Store,
        scheduler: SpacedRepetition,
        clock: Clock,
        settings: MockSettings,
        rng: random.Random | None = None,
        limits: DeckLimits | None = None,
    ) -> MockSession:
        """A new session as set up (not started); the set-up is remembered. With
        today's `limits`, grades that count as reviews take new questions only within
        each deck's allowance (core.mock_choice); `held_new` says how many it left.

        Buried questions are drawn last (core.mock_choice); `buried_asked` says how
        many it took for want of others.

        Raises NoQuestionsError when the chosen topics hold no question (to ask today).
        """
        ids, held = choose_with_held(store, settings, clock.now(), scheduler, rng, limits)
        if not ids:
            raise NoQuestionsError(
                NO_NEW_LEFT if held else "The chosen topics have no questions to ask."
            )
        save_settings(store, settings)
        session = cls(store, scheduler, clock, settings, ids)
        session.held_new = held
        session.buried_asked = len(store.buried_until(to_ms(clock.now()), ids))
        return session

    @classmethod
    def reopen(
        cls, store: Store, scheduler: SpacedRepetition, clock: Clock, session_id: int
    ) -> MockSession:
        """A running session from the store, ready to continue at its first question not
        yet graded or skipped (call `start()`), its active time carried over."""
        record = store.mock_session(session_id)
        if record is None:
            raise KeyError(session_id)
        if record.state != "running":
            raise ValueError(f"mock session {session_id} is {record.state}, not running")
        session = cls(
            store, scheduler, clock, MockSettings.from_dict(record.settings), record.question_ids
        )
        session.session_id = record.id
        done = {answer.position for answer in store.mock_answers(record.id)}
        session._answered = len(done)
        session._queue = [i for i in session._queue if i not in done]
        session._clocks.carry_over(record.elapsed_seconds)
        draft = store.mock_draft(record.id)
        if draft is not None and session._queue and draft.position == session._queue[0]:
            session._restore = draft
            if draft.session_seconds is not None:  # saved since the last answer: later
                session._clocks.carry_over(max(record.elapsed_seconds, draft.session_seconds))
        return session

    @classmethod
    def resume_unfinished(
        cls, store: Store, scheduler: SpacedRepetition, clock: Clock
    ) -> MockSession | None:
        """The session the app was closed in, to continue (call `start()`); None if none.

        A session whose every question was answered (closed between the last answer
        and its end) is marked finished instead, and None returned.
        """
        record = store.unfinished_mock()
        if record is None:
            return None
        session = cls.reopen(store, scheduler, clock, record.id)
        if not session._queue:
            store.finish_mock_session(record.id, to_ms(clock.now()))
            return None
        return session

    # --- state -----------------------------------------------------------------

    @property
    def state(self) -> str:
        """One of "ready", "asking", "revealed", "finished", "abandoned"."""
        return self._state

    @property
    def is_active(self) -> bool:
        """Started and not over: a question is on screen."""
        return self._state in ("asking", "revealed")

    @property
    def seconds_per_question(self) -> int:
        return self.settings.seconds_per_question

    @property
    def questions(self) -> list[Question]:
        """The questions to ask, in order (those removed from the deck since left out)."""
        return [self._questions[self._planned[i]] for i in self._all_positions()]

    def _all_positions(self) -> list[int]:
        return [i for i, q in enumerate(self._planned) if q in self._questions]

    def current(self) -> Question | None:
        """The question on screen; None before `start()` and after the end."""
        if not self.is_active:
            return None
        return self._questions[self._planned[self._queue[0]]]

    def position(self) -> tuple[int, int]:
        """(k, N): question k of N, 1-based; k counts the answered ones when over."""
        total = self._answered + len(self._queue)
        if self.is_active:
            return self._answered + 1, total
        return self._answered, total

    def carried_seconds(self) -> float:
        """The time a resumed question had used before the app closed (its draft's),
        until `start()`; 0 when it starts afresh."""
        return self._restore.question_seconds if self._restore is not None else 0.0

    def resumes_revealed(self) -> bool:
        """Whether a resumed question's answer was on screen when the app closed (it comes
        back revealed, for the grade), until `start()`."""
        return self._restore is not None and self._restore.revealed

    def resumes_typed(self) -> bool:
        """Whether a resumed question comes back with something typed for it (its
        draft's answer or note), until `start()`."""
        restore = self._restore
        return restore is not None and bool(restore.typed_answer.strip() or restore.note.strip())

    def remaining(self) -> int:
        """Questions not yet answered, the one on screen included."""
        return len(self._queue)

    def _require(self, *states: str) -> None:
        if self._state not in states:
            raise MockStateError(f"not allowed while the mock interview is {self._state}")

    # --- starting and time ---------------------------------------------------------

    def start(self) -> Question:
        """Show the first question (or, for a reopened session, the next unanswered one)
        and start the clocks. A new session is saved here as running."""
        self._require("ready")
        if not self._queue:
            raise NoQuestionsError("There are no questions left to ask in this mock interview.")
        now = self._clock.now()
        if self.session_id is None:
            self.session_id = self._store.create_mock_session(
                self.settings.to_dict(),
                [self._planned[i] for i in self._all_positions()],
                to_ms(now),
            )
            # The stored list holds only the questions that exist: positions index it.
            self._planned = [self._planned[i] for i in self._all_positions()]
            self._queue = list(range(len(self._planned)))
        self._clocks.start(now)
        self._ask(now)
        if self._restore is not None:  # what was typed before the app closed comes back,
            # and the countdown goes on from the time used: quitting buys no time
            restore, self._restore = self._restore, None
            self.typed_answer, self.note = restore.typed_answer, restore.note
            self._clocks.ask(now, restore.question_seconds)
            self._draft_times = (restore.question_seconds, self._clocks.elapsed(now))
            if restore.revealed:  # its answer was on screen: shown again for the grade,
                self._revealed(now)  # its clock where it stopped, its key points
                self._tick_as_kept(restore.key_points)  # ticked as the person left them
            self._draft_written = self._draft_now()
        question = self.current()
        assert question is not None
        return question

    def _ask(self, now: datetime) -> None:
        self._state = "asking"
        self._clocks.ask(now)
        self.typed_answer = ""
        self.note = ""
        self.recording_path = None
        self._draft_written = ("", "", False, ())
        self._draft_written_at = None
        self._draft_times = (0.0, self._clocks.elapsed(now))
        self._asked_at = now
        self._points = []

    def check_time(self, typed_answer: str | None = None) -> bool:
        """Call on every timer tick: when time is up, reveal with overtime, return True.

        Returns False (doing nothing) while paused, revealed or when time is left.
        """
        if self._state != "asking" or self.paused or self.time_left() > 0:
            return False
        self.reveal(typed_answer, overtime=True)
        return True

    # --- the clocks: `self._clocks` does each (core.mock_clock) ---------------------

    @property
    def paused(self) -> bool:
        return self._clocks.paused

    def elapsed(self) -> float:
        return self._clocks.elapsed()

    def question_elapsed(self) -> float:
        return self._clocks.question_elapsed()

    def time_left(self) -> float:
        return self._clocks.time_left()

    def fraction_left(self) -> float:
        return self._clocks.fraction_left()

    def is_warning(self) -> bool:
        return self._clocks.is_warning()

    def pause(self) -> None:
        self._clocks.pause()

    def resume(self) -> None:
        self._clocks.resume()

    def toggle_pause(self) -> bool:
        return self._clocks.toggle_pause()

    # --- drafts --------------------------------------------------------------------

    def save_draft(
        self, typed_answer: str | None = None, note: str | None = None, *, now: bool = False
    ) -> bool:
        """Keep the text box, the note and the time used as they are; returns whether
        the store was written.

        The view calls this on every edit or timer tick; the cadence is decided here, on
        the session's clock: a changed text is written at once the first time, then at
        most every `TEXT_DRAFT_EVERY_SECONDS` (a crash loses about a second of typing),
        and the time used alone every `DRAFT_EVERY_SECONDS` while the clock runs
        (with `now`, at once: a reveal, a pause, the window closing). A resumed mock
        starts with the draft back in `typed_answer` and `note`, and its countdown and
        session time where they were. Grading or skipping the question replaces its
        draft by the answer.
        """
        self._require("asking", "revealed")
        if typed_answer is not None:
            self.typed_answer = typed_answer
        if note is not None:
            self.note = note
        draft = self._draft_now()
        moment = self._clock.now()
        spent = self._clocks.question_elapsed(moment)
        times = (round(spent, 3), round(self._clocks.elapsed(moment), 3))
        if draft == self._draft_written and times == self._draft_times:
            return False
        last = self._draft_written_at
        every = TEXT_DRAFT_EVERY_SECONDS
        if draft == self._draft_written:  # only the clock moved: every few seconds too
            last, every = last or self._asked_at, DRAFT_EVERY_SECONDS
        if self._draft_failed_at is not None:  # a full disk is not tried on every tick
            last = max(last or self._draft_failed_at, self._draft_failed_at)
            every = DRAFT_EVERY_SECONDS
        if not now and last is not None and (moment - last).total_seconds() < every:
            return False
        assert self.session_id is not None
        try:
            self._store.save_mock_draft(
                self.session_id,
                self._queue[0],
                *draft[:2],
                to_ms(moment),
                question_seconds=times[0],
                session_seconds=times[1],
                revealed=draft[2],
                key_points=draft[3] if draft[2] else None,
            )
        except StudyAppError as exc:
            self._draft_failed_at, self.draft_error = moment, exc
            raise
        self._draft_written, self._draft_written_at, self._draft_times = draft, moment, times
        self._draft_failed_at = self.draft_error = None
        return True

    def _draft_now(self) -> _Draft:
        """The draft as it stands: text, note, revealed, and the key points' ticks."""
        points = tuple((p.term, p.ticked) for p in self._points)
        return (self.typed_answer, self.note, self._state == "revealed", points)

    def _tick_as_kept(self, kept: Sequence[tuple[str, bool]] | None) -> None:
        """Tick the key points as a draft kept them: by position where the draft's
        points are these (the same model answer), else by term, a point the draft did
        not know keeping the tick the typed answer gave it. None: as matched."""
        if kept is None:
            return
        terms = [p.term for p in self._points]
        if [term for term, _ in kept] == terms:
            ticks = [ticked for _, ticked in kept]
        else:
            by_term = dict(kept)
            ticks = [by_term.get(p.term, p.ticked) for p in self._points]
        self._points = [replace(p, ticked=t) for p, t in zip(self._points, ticks, strict=True)]

    # --- one question ------------------------------------------------------------

    def reveal(
        self, typed_answer: str | None = None, overtime: bool = False, note: str | None = None
    ) -> list[KeyPoint]:
        """Stop the question's clock and show the model answer with its key points.

        `typed_answer` (default: the `typed_answer` draft) is matched against the key
        terms to tick them. The question is over time when `overtime` is passed or the
        countdown has run out; its time is then capped at the time per question.
        Returns the key points.
        """
        self._require("asking")
        self.resume()
        if typed_answer is not None:
            self.typed_answer = typed_answer
        if note is not None:
            self.note = note
        self._revealed(self._clock.now(), overtime)
        with contextlib.suppress(StudyAppError):  # a full disk does not hide the answer:
            self.save_draft(now=True)  # see draft_error; a resumed mock comes back revealed
        return self.key_points()

    def _revealed(self, now: datetime, overtime: bool = False) -> None:
        """The question's clock stopped, its time and overtime known, and the key points
        ticked where the typed answer covers them: the state "revealed"."""
        self._clocks.reveal(now, overtime)
        question = self.current()
        assert question is not None
        self._points = checked_points(question, self.typed_answer)
        self._state = "revealed"

    @property
    def overtime(self) -> bool:
        """Whether the current question went over time (known once revealed)."""
        return self._clocks.overtime

    def key_points(self) -> list[KeyPoint]:
        """The model answer's key terms and their ticks; empty until revealed."""
        return list(self._points)

    def toggle_point(self, index: int) -> KeyPoint:
        """Tick or untick key point `index` by hand; returns it as it is now. Kept in
        the draft at once, so a resumed mock has it ticked as left (a full disk: see
        `draft_error`; the tick stays on screen and is graded with the answer)."""
        self._require("revealed")
        point = self._points[index]
        self._points[index] = replace(point, ticked=not point.ticked)
        with contextlib.suppress(StudyAppError):
            self.save_draft(now=True)
        return self._points[index]

    def coverage(self) -> float | None:
        """The fraction (0–1) of key points ticked; None when the answer has none."""
        return _coverage_of(self._points)

    def _answered_coverage(self) -> float | None:
        """The coverage of the answer on screen as it stands, when one was given: revealed
        (its points as ticked), or typed (ticked as a reveal would tick them). None:
        nothing answered, or nothing to measure it by (no key points)."""
        if self._state == "revealed":
            return self.coverage()
        question = self.current()
        if question is None or not self.typed_answer.strip():
            return None
        return _coverage_of(checked_points(question, self.typed_answer))

    def measured_coverage(self) -> float | None:
        """The coverage a grade saves, and the reveal shows: None where nothing measured
        it (nothing typed, no point ticked by hand: an answer said aloud, say). Then
        the person's grade alone speaks; a coverage of 0 would call an Easy weak. (The
        reveal said "Coverage 0 %" for a blank answer, the summary "–".)"""
        if not self.typed_answer.strip() and not any(p.ticked for p in self._points):
            return None
        return self.coverage()

    def _measured_coverage(self, rating: int | None) -> float | None:
        """The coverage to save: None for a skipped question, else `measured_coverage`."""
        return None if rating is None else self.measured_coverage()

    def grade(self, rating: int, note: str | None = None) -> int:
        """Grade the revealed question 1–4 and move on; returns the saved answer's id.

        Saved at once, in one transaction: time taken, overtime, rating, coverage, the
        typed answer and the note (default: the `note` draft), the spoken answer's
        recording if one is attached, plus (when `settings.counts_as_review`) a review
        with mode "mock" and the card it produces; a buried question so reviewed is
        unburied (`unburied` names it). After the last question the session is
        finished in the same transaction.
        """
        self._require("revealed")
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1–4, not {rating!r}")
        self.resume()
        now = self._clock.now()
        qid = self._planned[self._queue[0]]
        review = None
        buried = None  # the moment a buried question would have come back
        if self.settings.counts_as_review:
            card_json, due = self._scheduler.grade(self._store.card_json(qid), rating, now)
            review = MockReview(card_json, due, to_ms(now))
            # Reviewed after all: no longer buried, back in today's figures (as a
            # study grade unburies, core.study). A practice grade schedules nothing,
            # and leaves a bury as it leaves the card.
            buried = self._store.buried_until(to_ms(now), [qid]).get(qid)
        seconds, overtime = self._clocks.time_taken(now)
        with self._store.transaction():  # unburied and graded together, or neither
            if buried is not None:
                self._store.unbury([qid])
            answer_id = self._save(
                now,
                seconds=seconds,
                overtime=overtime,
                rating=rating,
                coverage=self._measured_coverage(rating),
                note=self.note if note is None else note,
                review=review,
            )
        self.unburied = qid if buried is not None else None
        return answer_id

    def skip(self) -> None:
        """Move on without grading (before or after reveal); saved as skipped."""
        self._move_on(coverage=None)

    def _move_on(self, coverage: float | None) -> None:
        """Save the question on screen ungraded and move on: skipped (`coverage` None),
        or answered and not graded (`fairness.was_skipped`)."""
        self._require("asking", "revealed")
        self.resume()
        now = self._clock.now()
        seconds, overtime = self._clocks.time_taken(now)  # as revealed, or capped
        self._save(
            now,
            seconds=seconds,
            overtime=overtime,
            rating=None,
            coverage=coverage,
            note=self.note if coverage is not None else "",
            review=None,
        )

    def _save(
        self,
        now: datetime,
        *,
        seconds: float,
        overtime: bool,
        rating: int | None,
        coverage: float | None,
        note: str,
        review: MockReview | None,
    ) -> int:
        # Nothing here changes the session until the store has committed: if the save
        # fails, the question stays on screen as it was and can be graded again.
        assert self.session_id is not None
        position = self._queue[0]
        last = len(self._queue) == 1
        answer_id = self._store.record_mock_answer(
            self.session_id,
            self._planned[position],
            position,
            seconds=round(seconds, 3),
            overtime=overtime,
            rating=rating,
            coverage=coverage,
            typed_answer=self.typed_answer or None,
            recording_path=self.recording_path,
            note=note.strip() or None,
            elapsed_seconds=round(self._clocks.elapsed(now), 3),
            review=review,
            finished_at_ms=to_ms(now) if last else None,
        )
        self._queue.pop(0)
        self._answered += 1
        if last:
            self._clocks.stop(now)
            self._state = "finished"
            self._points = []
        else:
            self._ask(now)
        return answer_id

    # --- ending --------------------------------------------------------------------

    def end(self) -> MockSummary:
        """End early: the question on screen is kept with what was typed or said so far,
        as answered but not graded when it was revealed or something was typed (with
        its coverage); left untouched (nothing typed, not revealed, nothing recorded)
        it is not asked, as the rest: no answer is saved for it. Returns the summary.

        Ended with it, a typed answer was lost and the question counted as 'not
        asked'; then a typed and revealed answer was 'skipped', its coverage gone; and
        an untouched one was saved as 'skipped': the person who ended the mock on it
        never chose to skip it, yet it became weak (`fairness.answer_is_weak`) and its
        summary and Weak Topics called it skipped. Skip (`skip`) still saves a skip."""
        self._require("asking", "revealed")
        if self._touched():
            self._move_on(coverage=self._answered_coverage())
        if self._state != "finished":  # not the last: the rest stay unasked
            self._finish("finished")
        return self.summary()

    def _touched(self) -> bool:
        """Whether the question on screen was answered at all: revealed, something typed,
        or a spoken answer recorded (kept with it, as a skip keeps one)."""
        return self._state == "revealed" or bool(self.typed_answer.strip() or self.recording_path)

    def abandon(self) -> None:
        """Leave the session for good (its saved answers stay, marked abandoned)."""
        self._require("ready", "asking", "revealed")
        if self.session_id is None:
            self._state = "abandoned"
            return
        self._finish("abandoned")

    def _finish(self, state: str) -> None:
        now = self._clock.now()
        self._clocks.stop(now)
        assert self.session_id is not None
        elapsed = round(self._clocks.elapsed(now), 3)
        if state == "finished":
            self._store.finish_mock_session(self.session_id, to_ms(now), elapsed)
        else:
            self._store.abandon_mock_session(self.session_id, to_ms(now), elapsed)
        self._state = state
        self._points = []

    def summary(self) -> MockSummary:
        """Per-question rows, totals and the weakest questions, as saved so far."""
        if self.session_id is None:
            return MockSummary(session_id=None, planned=len(self._queue))
        return summarize(
            self._store,
            self.session_id,
            self.elapsed(),
            now=self._clock.now(),
            scheduler=self._scheduler,
        )

    def retry_weak(self) -> MockSession | None:
        """A new session (not started) over this one's weakest questions, same timing;
        None when nothing was weak. The remembered set-up is left as it was."""
        ids = self.summary().weak_question_ids
        if not ids:
            return None
        settings = replace(self.settings, count=len(ids))
        return MockSession(self._store, self._scheduler, self._clock, settings, ids)


def checked_points(question: Question, typed_answer: str) -> list[KeyPoint]:
    """The question's key points, ticked where `typed_answer` covers them."""
    from studyapp.core import keyterms  # its patterns compile on the first reveal

    # Key points from the answer proper: a quiz's code and options before its
    # "Answer:" are part of the question (core.question_body).
    answer = split_body(question.answer_markdown).answer
    terms = keyterms.key_terms(answer, question=question.title)
    ticks = keyterms.ticked_terms(terms, typed_answer, question.title, answer)
    points = [KeyPoint(t, tick, tick) for t, tick in zip(terms, ticks, strict=True)]
    from studyapp.core.quiz_options import names_option, right_option

    option = right_option(question.answer_markdown)  # a quiz's right option: a point
    if option is not None:
        said = names_option(typed_answer, option)
        points.insert(0, KeyPoint(option.point, said, said))
    return points


def _coverage_of(points: Sequence[KeyPoint]) -> float | None:
    """The fraction (0–1) of `points` ticked; None when there are none."""
    if not points:
        return None
    from studyapp.core import keyterms

    return keyterms.coverage([p.term for p in points], [p.ticked for p in points])


def abandon_unfinished(store: Store, clock: Clock) -> bool:
    """Mark the session the app was closed in as abandoned; False when there is none."""
    record = store.unfinished_mock()
    if record is None:
        return False
    store.abandon_mock_session(record.id, to_ms(clock.now()))
    return True

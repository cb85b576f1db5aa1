"""How mock interviews went: a session's summary, the history of sessions and its trend.
No Qt. (The session itself is `core.mock`, which re-exports everything here.)"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from studyapp.core.fairness import answer_is_weak, answer_shortfall, was_skipped
from studyapp.core.format import local_minute, unbroken, whole
from studyapp.core.model import Question
from studyapp.core.store import MockAnswerRecord, MockSessionRecord, Store
from studyapp.core.title_hints import Listed, listed_text, title_key, twin_hints

if TYPE_CHECKING:
    from studyapp.core.mock_settings import MockSettings
    from studyapp.core.scheduler import SpacedRepetition

MIN_TREND_SESSIONS = 3  # finished, scored sessions before a trend means anything


# --- a session's summary ---------------------------------------------------------


def unanswered(state: str, answered: int, planned: int) -> tuple[int, int]:
    """(not answered, not asked): a mock's planned questions with no answer saved,
    `answered` being those with a row (graded or not). A mock is asked in order. Ended
    (End now), the question on screen is kept when it was answered at all
    (`MockSession.end`); left untouched it is not asked, as the rest. Abandoned (the
    app closed during it, not resumed), the question on screen then keeps no answer:
    asked, not answered; the rest never came up. (Stores from before kept an
    untouched question ended on as skipped; they read as they did.)"""
    missing = max(0, planned - answered)
    on_screen = min(1, missing) if state == "abandoned" else 0
    return on_screen, missing - on_screen


def how_it_ended(state: str, answered: int, planned: int) -> str:
    """The one rule of a past mock's ending, for its summary's title and its row in
    the history: "abandoned" (the app closed during it and it was not resumed),
    "ended early" (ended before every question came up), or "" (every question came
    up: graded or skipped, the one on screen when it was ended kept as answered but
    not graded when something was typed, said or revealed). A mock ended on its last
    question left untouched "ended early" ("1 not asked"): that question was never
    answered nor skipped."""
    if state == "abandoned":
        return "abandoned"
    return "ended early" if unanswered(state, answered, planned)[1] else ""


def score_percent(mean_rating: float | None) -> float | None:
    """A mean rating 1–4 as a score 0–100: Again 0, Hard 33.3, Good 66.7, Easy 100."""
    if mean_rating is None:
        return None
    return (mean_rating - 1) / 3 * 100


def score_scale(per_line: int = 4) -> str:
    """What each grade counts in a score, in words: "Again 0 · Hard 33 · Good 67 ·
    Easy 100" (from `score_percent`), `per_line` grades a line."""
    from studyapp.core.scheduler import RATING_NAMES

    counts = [
        f"{name} {whole(score_percent(rating) or 0)}" for rating, name in RATING_NAMES.items()
    ]
    lines = (counts[i : i + per_line] for i in range(0, len(counts), per_line))
    return "\n".join(" · ".join(line) for line in lines)


SCORE_MEANS = (
    "The score is the average of the grades you gave yourself (1\u20134), skipped questions"
    " left out; it is not the share of key points your answers covered, which is shown"
    " apart."
)


@dataclass(frozen=True, slots=True)
class MockSummaryRow:
    """One answered question. rating None: not graded, skipped or (with a coverage)
    answered when the mock was ended on it (`fairness.was_skipped`); coverage is 0–1
    (None: skipped, nothing measured, or the model answer has no key terms)."""

    position: int  # 1-based, in asking order
    question_id: str
    title: str
    seconds: float | None
    overtime: bool
    rating: int | None
    coverage: float | None
    typed_answer: str | None
    note: str | None
    previous_rating: int | None = None  # the question's last review before this mock
    title_markup: str = ""  # the title with its inline code marked (Question.title_markup)
    edited: bool = False  # the title was typed in the app (Question.edited)
    # What tells it apart from another row of the same title (core.title_hints)
    hint: str = ""
    # Why the Weak Topics tab calls it weak (its reasons), for a row among the weakest
    weak_why: str = ""

    @property
    def shown_title(self) -> str:
        return self.title_markup or self.title

    @property
    def listed_title(self) -> str:
        """The title in plain text, as a list shows it: no Markdown marks, its code
        without backticks (core.title_hints.listed_text)."""
        return listed_text(self.shown_title, typed_here=self.edited)

    @property
    def skipped(self) -> bool:
        return was_skipped(self.rating, self.coverage)

    @property
    def graded(self) -> bool:
        return self.rating is not None

    @property
    def ungraded(self) -> bool:
        """Answered (typed, or revealed) but not graded: the mock was ended on it."""
        return not self.graded and not self.skipped

    @property
    def is_weak(self) -> bool:
        """This answer went wrong, by the person's own grade first (see `fairness`):
        skipped, rated Again or Hard, or rated Good or Easy with next to none of the key
        points said (unless the review before was Good or Easy too). Over time alone is
        not. A question whose last mock answer was weak is weak until studied again
        (`weak.question_weakness`), which is what lists it among the weakest."""
        return answer_is_weak(self.rating, self.coverage, self.previous_rating)


@dataclass(frozen=True, slots=True)
class MockSummary:
    """How a mock interview went.

    score: mean rating of the graded questions as 0–100 (see `score_percent`);
    average_seconds and overtime_count are over graded questions too, mean_coverage
    over the answered ones (graded, or answered when the mock was ended on them).
    weakest: the rows whose question the Weak Topics tab calls weak (`summarize`),
    weakest first by its score. Every row whose answer went wrong (`is_weak`) is among
    them until the question is studied again; a mock where nothing went wrong lists
    only questions weak from before it.
    """

    session_id: int | None
    rows: tuple[MockSummaryRow, ...] = ()
    planned: int = 0
    elapsed_seconds: float = 0.0
    weakest: tuple[MockSummaryRow, ...] = ()
    state: str = "finished"  # "finished" | "abandoned" (the stored session's)

    @property
    def graded(self) -> int:
        return sum(row.graded for row in self.rows)

    @property
    def skipped(self) -> int:
        return sum(row.skipped for row in self.rows)

    @property
    def ungraded(self) -> int:
        """Answered but not graded (the question on screen when the mock was ended)."""
        return sum(row.ungraded for row in self.rows)

    @property
    def not_answered(self) -> int:
        """The question on screen when the mock was left (abandoned), with no answer
        kept (see `unanswered`): 0 or 1."""
        return unanswered(self.state, len(self.rows), self.planned)[0]

    @property
    def not_asked(self) -> int:
        """Planned questions that never came up (the mock ended before them)."""
        return unanswered(self.state, len(self.rows), self.planned)[1]

    @property
    def ending(self) -> str:
        """ "abandoned", "ended early" or "" (see `how_it_ended`)."""
        return how_it_ended(self.state, len(self.rows), self.planned)

    @property
    def mean_rating(self) -> float | None:
        ratings = [row.rating for row in self.rows if row.rating is not None]
        return sum(ratings) / len(ratings) if ratings else None

    @property
    def score(self) -> float | None:
        return score_percent(self.mean_rating)

    @property
    def average_seconds(self) -> float | None:
        times = [r.seconds for r in self.rows if r.graded and r.seconds is not None]
        return sum(times) / len(times) if times else None

    @property
    def answering_seconds(self) -> float:
        """The questions' own clocks added up: the time spent answering, without the
        reading of model answers, the grading and whatever came between."""
        return sum(row.seconds or 0.0 for row in self.rows)

    @property
    def overtime_count(self) -> int:
        return sum(row.overtime for row in self.rows if row.graded)

    @property
    def mean_coverage(self) -> float | None:
        # answered ones too (not graded, the mock ended on them): a skip has none
        values = [r.coverage for r in self.rows if r.coverage is not None]
        return sum(values) / len(values) if values else None

    @property
    def weak_question_ids(self) -> list[str]:
        return [row.question_id for row in self.weakest]


def _summary_row(
    record: MockAnswerRecord, previous: int | None, question: Question | None
) -> MockSummaryRow:
    return MockSummaryRow(
        position=record.position + 1,
        question_id=record.question_id,
        title=record.title,
        seconds=record.seconds,
        overtime=record.overtime,
        rating=record.rating,
        coverage=record.coverage,
        typed_answer=record.typed_answer,
        note=record.note,
        previous_rating=previous,
        title_markup=record.title_markup,
        edited=question is not None and question.edited,
    )


def _told_apart(
    rows: tuple[MockSummaryRow, ...], questions: Mapping[str, Question], store: Store
) -> tuple[MockSummaryRow, ...]:
    """The rows, those whose title another row shares with what tells them apart. A
    line of the bundled deck is no place to the person ("What is a GAN? — line 1666"
    named a line of a file they do not have): its answer's first words tell it apart,
    as in the topic tree (`title_hints.topic_twin_hints`)."""
    by_title: dict[str, list[MockSummaryRow]] = {}
    for row in rows:
        by_title.setdefault(title_key(row.listed_title), []).append(row)
    twins = [row for same in by_title.values() if len(same) > 1 for row in same]
    if not twins:
        return rows
    from studyapp.core.decks import has_file_source

    placeless = {deck.id for deck in store.decks() if not has_file_source(deck)}
    hints = twin_hints(
        Listed(
            row.question_id,
            row.listed_title,
            q.answer_markdown if (q := questions.get(row.question_id)) else "",
            q.source_line if q and q.deck_id not in placeless else 0,
            q.source_file if q else "",
        )
        for row in twins
    )
    return tuple(replace(row, hint=hints.get(row.question_id, "")) for row in rows)


def _ratings_before(store: Store, question_ids: Iterable[str], moment_ms: int) -> dict[str, int]:
    """Question id → the grade of its last review before `moment_ms`."""
    wanted = set(question_ids)
    last: dict[str, int] = {}
    for review in store.weak_reviews():  # oldest first
        if review.question_id in wanted and review.reviewed_at_ms < moment_ms:
            last[review.question_id] = review.rating
    return last


def summarize(
    store: Store,
    session_id: int,
    elapsed_seconds: float | None = None,
    *,
    now: datetime,
    scheduler: SpacedRepetition,
) -> MockSummary:
    """The summary of any stored session (a finished one from the history, say). Its
    weakest questions are those of its questions the Weak Topics tab calls weak at
    `now` (`weak.weak_among`), in the tab's order (`weak.weakest_first`): one rule,
    so the summary and the tab never disagree. Those it scores alike come in the order
    of how wrong this mock's answer went (`_said_least`), not in asking order."""
    from studyapp.core.weak import weak_among, weakest_first  # the report's imports

    record = store.mock_session(session_id)
    if record is None:
        raise KeyError(session_id)
    answers = store.mock_answers(session_id)
    before = _ratings_before(store, (a.question_id for a in answers), record.started_at_ms)
    questions = store.questions_by_id(list({a.question_id: a for a in answers}))
    rows = tuple(
        _summary_row(a, before.get(a.question_id), questions.get(a.question_id)) for a in answers
    )
    rows = _told_apart(rows, questions, store)
    weak = weak_among(store, (row.question_id for row in rows), now, scheduler)
    weakest = sorted(
        (
            replace(row, weak_why=weak[row.question_id].reasons_text)
            for row in rows
            if row.question_id in weak
        ),
        key=lambda r: (weakest_first(weak[r.question_id], 0), _said_least(r), r.position),
    )
    return MockSummary(
        session_id=session_id,
        rows=rows,
        planned=len(record.question_ids),
        elapsed_seconds=record.elapsed_seconds if elapsed_seconds is None else elapsed_seconds,
        weakest=tuple(weakest),
        state="abandoned" if record.state == "abandoned" else "finished",
    )


def _said_least(row: MockSummaryRow) -> tuple[float, float, bool]:
    """Among rows the Weak Topics tab scores alike, the sort key of the answer that
    went most wrong first: by `fairness.answer_shortfall` (its grade, then its coverage
    as counted), then the share of key points said (nothing typed: none), then over
    time. "Rated Again, 25 %" was listed before "rated Again, 0 %" in asking order."""
    shortfall = answer_shortfall(row.rating, row.coverage, row.previous_rating)
    return (-shortfall, row.coverage or 0.0, not row.overtime)


class PastMock(NamedTuple):
    """A stored session as its summary page shows it (how it ended: summary.ending)."""

    summary: MockSummary
    settings: MockSettings


def past_mock(
    store: Store, session_id: int, now: datetime, scheduler: SpacedRepetition
) -> PastMock | None:
    """A session from the history: its summary and its settings. None: not stored."""
    record = store.mock_session(session_id)
    if record is None:
        return None
    from studyapp.core.mock_settings import MockSettings

    summary = summarize(store, session_id, now=now, scheduler=scheduler)
    return PastMock(summary, MockSettings.from_dict(record.settings))


# --- what a summary's page says of its mock ----------------------------------------


def summary_label(store: Store, session_id: int | None, settings: MockSettings) -> str:
    """The summary's subtitle: when, which topics, how long a question. The topics are
    those the set-up chose, one none of whose questions came up marked so, shortened
    when many (`summary_topics`; as in the history). Wrapped, a line breaks between
    the parts or inside the topics, never inside the date or the time a question
    ("0:45 per" over "question" at 1200 px), and each "·" stays at the end of the
    part before it."""
    record = store.mock_session(session_id) if session_id is not None else None
    parts = []
    if record is not None:
        parts.append(unbroken(local_minute(record.started_at_ms)))
    parts.append(summary_topics(store, session_id, settings)[0])
    seconds = settings.seconds_per_question
    parts.append(unbroken(f"{seconds // 60}:{seconds % 60:02d} per question"))
    return f"{unbroken('   ·')}   ".join(parts)


def summary_topics(store: Store, session_id: int | None, settings: MockSettings) -> tuple[str, str]:
    """A mock's topics as its summary names them, and in full ("" when that is the
    same): what the set-up chose (core.mock_topics), "All topics" when it chose
    everything and nothing was asked yet. The summary once named only the topics of
    the questions asked: a ticked topic no question was drawn from vanished."""
    from studyapp.core.mock_topics import NONE_ASKED, TopicWords

    asked = store.mock_asked_topics().get(session_id) if session_id is not None else None
    words = TopicWords(store).of(settings.topic_ids, asked, known=asked is not None)
    if words is None:
        return "All topics", ""
    mark = f"({NONE_ASKED})"  # wrapped, never "(none" over "asked)"
    return words.short().replace(mark, unbroken(mark)), words.full if words.shortened else ""


def recordings_of(store: Store, session_id: int) -> dict[int, str]:
    """Row position (1-based) → the spoken answer's file, for those still on disk."""
    return {
        answer.position + 1: answer.recording_path
        for answer in store.mock_answers(session_id)
        if answer.recording_path and Path(answer.recording_path).is_file()
    }


class SummaryWords(NamedTuple):
    """What the summary's page says of its mock beyond the summary itself."""

    when: str  # the subtitle (summary_label)
    topics: str  # its topics in full, where the subtitle shortens them ("" else)
    recordings: dict[int, str]  # recordings_of


def summary_words(store: Store, summary: MockSummary, settings: MockSettings) -> SummaryWords:
    """What the summary's page says of its mock beyond the summary (read by the mock
    controller for `MockPages.show_summary`)."""
    session_id = summary.session_id
    return SummaryWords(
        summary_label(store, session_id, settings),
        summary_topics(store, session_id, settings)[1],
        recordings_of(store, session_id) if session_id is not None else {},
    )


# --- history -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MockHistoryRow:
    """One past session. score: 0–100 over graded questions (None: none graded);
    topics: the topics its set-up chose, one label a deck, those none of whose
    questions came up marked so (`core.mock_topics`; a mock over every topic: the
    topics of the questions it asked; () none to name); topics_short: the same
    shortened when many were chosen ("" when not)."""

    session_id: int
    date: datetime  # when it started, UTC
    topics: tuple[str, ...]
    score: float | None
    avg_seconds: float | None
    questions: int  # graded
    planned: int
    skipped: int  # answered, not graded: skipped, or answered when the mock was ended
    overtime: int
    coverage: float | None  # mean, 0–1
    elapsed_seconds: float
    state: str  # "finished" | "abandoned"
    topics_short: str = ""
    # The paths (top-level topic first) of its questions' topics: what a trend compares by
    topic_paths: tuple[tuple[int, ...], ...] = ()

    @property
    def topic_label(self) -> str:
        """The topics as the History's column shows them (shortened when many)."""
        return self.topics_short or self.topic_tip or "–"

    @property
    def topic_tip(self) -> str:
        """The topics in full ("" none)."""
        return TOPICS_SEPARATOR.join(self.topics)

    @property
    def ending(self) -> str:
        """ "abandoned", "ended early" or "" (see `how_it_ended`)."""
        return how_it_ended(self.state, self.questions + self.skipped, self.planned)


def topic_labels(places: Mapping[int, tuple[str, str]], topic_ids: Sequence[int]) -> list[str]:
    """The chosen topics as a person tells them apart: one label a deck, in the order
    chosen, its name then its chosen topics ("Python QA: General, Decorators"), so
    that a "General" is never left to guess among the decks that have one.
    `places`: Store.topic_places of (at least) these ids."""
    by_deck: dict[str, list[str]] = {}
    for topic_id in dict.fromkeys(topic_ids):
        if topic_id in places:
            deck, name = places[topic_id]
            by_deck.setdefault(deck, []).append(name)
    return [f"{deck}: {', '.join(names)}" for deck, names in by_deck.items()]


TOPICS_SEPARATOR = " · "  # between the labels of two decks


def mock_history(store: Store, *, include_abandoned: bool = True) -> list[MockHistoryRow]:
    """Past sessions, oldest first (the order a trend is read in). A session's topics
    are those its set-up chose, each none of whose questions came up marked so
    (`core.mock_topics`): a ticked topic no question was drawn from vanished from
    the label. A mock over every topic is named by the topics of the questions it
    asked ("All topics" said nothing of them); one that asked nothing yet, by those
    of the questions it was started with: it said "–"."""
    from studyapp.core.mock_topics import TopicWords

    states = ("finished", "abandoned") if include_abandoned else ("finished",)
    stats = store.mock_session_stats(states)
    asked = store.mock_asked_topics()
    planned = _planned_topics(store, [s.session for s in stats if s.session.id not in asked])
    words = TopicWords(store)
    named = {
        s.session.id: words.of(
            _chosen_topics(s.session.settings),
            asked.get(s.session.id) or planned.get(s.session.id),
            known=s.session.id in asked,
        )
        for s in stats
    }
    return [
        MockHistoryRow(
            session_id=s.session.id,
            date=datetime.fromtimestamp(s.session.started_at_ms / 1000, UTC),
            topics=w.labels() if (w := named[s.session.id]) is not None else (),
            topics_short=w.short() if w is not None and w.shortened else "",
            score=score_percent(s.mean_rating),
            avg_seconds=s.mean_seconds,
            questions=s.graded,
            planned=len(s.session.question_ids),
            skipped=s.answered - s.graded,
            overtime=s.overtime,
            coverage=s.mean_coverage,
            elapsed_seconds=s.session.elapsed_seconds,
            state=s.session.state,
            topic_paths=words.paths(
                asked.get(s.session.id)
                or planned.get(s.session.id)
                or _chosen_topics(s.session.settings)
            ),
        )
        for s in stats
    ]


def _chosen_topics(settings: Mapping[str, object]) -> tuple[int, ...]:
    """The topics a stored session's set-up chose (() every topic)."""
    chosen = settings.get("topic_ids")
    if not isinstance(chosen, list):
        return ()
    return tuple(t for t in chosen if isinstance(t, int) and not isinstance(t, bool))


def _planned_topics(
    store: Store, sessions: Sequence[MockSessionRecord]
) -> dict[int, tuple[int, ...]]:
    """Session id → the topics of the questions each was started with, in asking order
    (those still there; else the topics its setup chose)."""
    questions = store.questions_by_id(list({q: None for s in sessions for q in s.question_ids}))
    planned: dict[int, tuple[int, ...]] = {}
    for session in sessions:
        topics = [questions[q].topic_id for q in session.question_ids if q in questions]
        if not topics:
            chosen = session.settings.get("topic_ids")
            topics = (
                [int(t) for t in chosen if isinstance(t, int)] if isinstance(chosen, list) else []
            )
        if topics:
            planned[session.id] = tuple(dict.fromkeys(topics))
    return planned


@dataclass(frozen=True, slots=True)
class MockTrend:
    """How scores move across finished sessions (those with a score, oldest first;
    abandoned sessions never count: a mock left after one question says little).

    The rule (TREND_RULE, which the history shows as its tip): the last score against
    the mean of the ones before it, up to `window` - 1 of them. The slope of a line
    over a few scores said "slipping" right after a +50 session (83, 17, 67: the line
    falls, though the last is well over what came before); the mean of the ones
    before says what a person means by "better than I was".

    Like is compared with like: the scores before the last are those of the mocks that
    share a topic with it, or one within it (`alike`, the last's score at its end;
    None: the last's topics are not known, and every score counts). "11 points above
    the mean of the 2 before it" once set a Git mock against two over Generative Models.

    delta: last score minus the one before; baseline: the mean of the (up to
    `window` - 1) scores before the last; change: last minus baseline; direction: "up",
    "down" or "flat" (|change| under FLAT_CHANGE points). All None with fewer than
    `MIN_TREND_SESSIONS` scores compared.
    """

    scores: tuple[float, ...] = ()
    delta: float | None = None
    baseline: float | None = None
    change: float | None = None
    direction: str | None = None
    window: int = 10
    alike: tuple[float, ...] | None = None  # the scores compared: sharing the last's topics

    @property
    def last(self) -> float | None:
        return self.scores[-1] if self.scores else None

    @property
    def compared(self) -> tuple[float, ...]:
        """The scores the trend is read from: those of the mocks sharing a topic with the
        last one, or all of them where its topics are not known."""
        return self.scores if self.alike is None else self.alike

    @property
    def before(self) -> int:
        """How many scores the baseline is the mean of."""
        return min(len(self.compared) - 1, self.window - 1) if self.compared else 0


FLAT_CHANGE = 5.0  # points: a grade's worth of noise in a short mock is "steady"
TREND_RULE = (
    "How the trend is worked out: the last finished mock's score against the mean score"
    " of the ones before it that share a topic with it (up to {before}). Within {flat:g}"
    " points either way reads steady. Abandoned mocks and mocks with nothing graded are left out."
)


def trend_rule(window: int = 10) -> str:
    """The trend's rule in words, for the history's tip."""
    return TREND_RULE.format(before=window - 1, flat=FLAT_CHANGE)


def _share(paths: Sequence[tuple[int, ...]], others: Sequence[tuple[int, ...]]) -> bool:
    """Whether two mocks' topics meet: one topic is the other, or within it."""
    return any(p[: len(o)] == o or o[: len(p)] == p for p in paths for o in others)


def mock_trend(history: Sequence[MockHistoryRow], window: int = 10) -> MockTrend:
    """The trend of the finished sessions' scores in `history` (as `mock_history`
    returns it)."""
    rows = [row for row in history if row.score is not None and row.state == "finished"]
    scores = tuple(row.score for row in rows if row.score is not None)
    alike: tuple[float, ...] | None = None
    if rows and rows[-1].topic_paths:
        last = rows[-1].topic_paths
        alike = tuple(r.score for r in rows if r.score is not None and _share(last, r.topic_paths))
    compared = scores if alike is None else alike
    if len(compared) < MIN_TREND_SESSIONS:
        return MockTrend(scores=scores, window=window, alike=alike)
    before = compared[-max(2, window) : -1]
    baseline = sum(before) / len(before)
    change = compared[-1] - baseline
    direction = "flat" if abs(change) < FLAT_CHANGE else ("up" if change > 0 else "down")
    return MockTrend(
        scores=scores,
        alike=alike,
        delta=compared[-1] - compared[-2],
        baseline=baseline,
        change=change,
        direction=direction,
        window=window,
    )

"""Figures for the statistics view: reviews per day, ratings split, mastery per topic,
mock scores over time, the reviews falling due in the next 30 days (Anki's Future
Due), and the daily plan: a year of reviews for the calendar
heatmap, the current and longest streak, and today's progress toward the daily
goal. No Qt here; the view only paints what this returns.

Days are calendar days in the user's timezone (`tz`, the machine's by default),
so a review at 23:30 counts for the day it was made on. A streak is a run of days
with at least one answer; today without an answer yet does not break it (the day
is not over), so the current streak then ends yesterday.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from studyapp.core.clock import days_from_today, local_timezone
from studyapp.core.progress import (
    LEARNED_STABILITY_DAYS,
    WEAK_RETRIEVABILITY,
    TopicProgress,
    topic_progress,
)
from studyapp.core.scheduler import RATINGS, SpacedRepetition
from studyapp.core.settings_schema import DAILY_GOAL, setting
from studyapp.core.store import Store, WeakMockAttempt

DAYS = 30
FORECAST_DAYS = 30  # the Future Due chart's days, tomorrow the first

# "Mastered" (core.progress.counts_as_mastered) in plain words, from its own figures:
# the Statistics tab's sentence and tooltip say it so (a tester who read only "FSRS
# stability of a week or more" could not tell what it took).
MASTERED_SHORT = (
    f"still recalled {LEARNED_STABILITY_DAYS:g} days after your last review, and not struggling now"
)
MASTERED_RULE = (
    f"A question counts as mastered when you would still recall it "
    f"{LEARNED_STABILITY_DAYS:g} days after your last review (FSRS stability of "
    f"{LEARNED_STABILITY_DAYS:g} days or more, as Anki calls a card mature at an "
    f"interval of {LEARNED_STABILITY_DAYS:g} days), out of its learning steps, and it is "
    f"not struggling (your last answer was not Again, and your chance of recalling it "
    f"is not below {WEAK_RETRIEVABILITY:.0%}). One Good is not enough, nor one Easy on "
    "first sight: it takes good answers spread over days. A mastered question that "
    "falls due for review stays mastered: you would still recall it then. It stops "
    f"counting when your chance of recalling it falls below {WEAK_RETRIEVABILITY:.0%}, "
    "or you answer Again."
)

CALENDAR_DAYS = 365


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True, slots=True)
class TopicMastery:
    topic_id: int
    name: str
    mastered: int
    studied: int
    total: int
    question_ids: tuple[str, ...] = ()  # the topic's questions, sub-topics included
    deck: str = ""  # with several decks, the deck's name that `name` opens with ("Deck: …")
    suspended: int = 0  # of `total` (counted, as the tree counts them; never due nor new)

    @property
    def fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class MockScore:
    """One mock interview: its score is the mean of its grades on a 0–1 scale
    (Again 0, Hard ⅓, Good ⅔, Easy 1); coverage the mean share of key points typed."""

    session_id: int
    started_at: datetime
    score: float
    coverage: float | None
    graded: int
    overtime: int


@dataclass(frozen=True, slots=True)
class Streaks:
    current: int = 0  # days in a row with an answer, up to today (or yesterday)
    longest: int = 0  # the longest such run ever


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """Today's answers against the daily goal."""

    done: int = 0
    goal: int = 1

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.goal) if self.goal > 0 else 1.0

    @property
    def met(self) -> bool:
        return self.done >= self.goal

    def __str__(self) -> str:
        if self.done > self.goal:  # "33 of 20" reads as a count gone wrong
            return f"{self.done} answers today: goal of {self.goal} met"
        if self.met:
            return f"{self.done} of {self.goal} answers today: goal met"
        return f"{self.done} of {self.goal} answers today"


@dataclass(frozen=True, slots=True)
class Calendar:
    """A year of days for the heatmap: `first`..`last` (today), answers per day."""

    first: date
    last: date
    counts: Mapping[date, int] = field(default_factory=dict)  # days without answers absent

    def count(self, day: date) -> int:
        return self.counts.get(day, 0)

    @property
    def busiest(self) -> int:
        return max(self.counts.values(), default=0)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True, slots=True)
class Forecast:
    """Anki's Future Due: how many questions fall due on each of the coming days."""

    days: list[DayCount] = field(default_factory=list)  # tomorrow first, FORECAST_DAYS long
    today: int = 0  # due by the end of today, those overdue included
    later: int = 0  # due after the last of `days`

    @property
    def tomorrow(self) -> int:
        return self.days[0].count if self.days else 0

    @property
    def week(self) -> int:
        """Due in the next 7 days, tomorrow the first."""
        return sum(d.count for d in self.days[:7])

    @property
    def in_window(self) -> int:
        return sum(d.count for d in self.days)

    @property
    def scheduled(self) -> int:
        """Every question that has a due day: in its steps or in review."""
        return self.today + self.in_window + self.later


def future_due(
    dues: Iterable[datetime],
    now: datetime,
    tz: tzinfo,
    days: int = FORECAST_DAYS,
    buried: Iterable[datetime] = (),
) -> Forecast:
    """How many of `dues` fall on each of the `days` days after today (calendar days in
    `tz`, as core.clock.days_from_today counts them and ``prop:due`` searches), how
    many by the end of today, and how many later. `buried`: the dues of questions
    buried now, whose burial ends with today: one due by today counts tomorrow (as a
    session, and ``prop:due<=0``, leave it out today)."""
    counts = [0] * days
    today = later = 0
    marked = [(due, False) for due in dues] + [(due, True) for due in buried]
    for due, set_aside in marked:
        ahead = days_from_today(due, now, tz)
        if set_aside:
            ahead = max(ahead, 1)
        if ahead <= 0:
            today += 1
        elif ahead <= days:
            counts[ahead - 1] += 1
        else:
            later += 1
    first = now.astimezone(tz).date() + timedelta(days=1)
    per_day = [DayCount(first + timedelta(days=i), n) for i, n in enumerate(counts)]
    return Forecast(per_day, today, later)


@dataclass(frozen=True, slots=True)
class Stats:
    reviews_per_day: list[DayCount] = field(default_factory=list)  # oldest first, `DAYS` long
    ratings: dict[int, int] = field(default_factory=dict)  # rating → count, all time
    topics: list[TopicMastery] = field(default_factory=list)  # top-level topics, in deck order
    mocks: list[MockScore] = field(default_factory=list)  # oldest first
    calendar: Calendar | None = None
    streaks: Streaks = Streaks()
    goal: GoalProgress = GoalProgress()
    forecast: Forecast = Forecast()

    @property
    def reviews_in_window(self) -> int:
        return sum(d.count for d in self.reviews_per_day)

    @property
    def total_ratings(self) -> int:
        return sum(self.ratings.values())

    @property
    def studied(self) -> int:
        return sum(t.studied for t in self.topics)


def reviews_per_day(
    times_ms: list[int], now: datetime, tz: tzinfo, days: int = DAYS
) -> list[DayCount]:
    """How many reviews on each of the last `days` days (today included), oldest first."""
    today = now.astimezone(tz).date()
    first = today - timedelta(days=days - 1)
    counts = dict.fromkeys((first + timedelta(days=i) for i in range(days)), 0)
    for ms in times_ms:
        day = datetime.fromtimestamp(ms / 1000, tz).date()
        if day in counts:
            counts[day] += 1
    return [DayCount(day, n) for day, n in counts.items()]


def answers_per_day(times_ms: Iterable[int], tz: tzinfo) -> Counter[date]:
    """Answers per calendar day (in `tz`), every day that has any."""
    return Counter(datetime.fromtimestamp(ms / 1000, tz).date() for ms in times_ms)


def streaks(days: Iterable[date], today: date) -> Streaks:
    """The current and the longest run of consecutive days among `days` (days with an
    answer). The current run ends today, or yesterday while today has no answer yet."""
    ordered = sorted(set(days))
    longest = run = 0
    previous: date | None = None
    for day in ordered:
        if day > today:
            break
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    present = set(ordered)
    end = today if today in present else today - timedelta(days=1)
    current = 0
    while end in present:
        current += 1
        end -= timedelta(days=1)
    return Streaks(current, longest)


def calendar(
    per_day: Mapping[date, int], now: datetime, tz: tzinfo, days: int = CALENDAR_DAYS
) -> Calendar:
    """The last `days` days up to today, with their answer counts."""
    last = now.astimezone(tz).date()
    first = last - timedelta(days=days - 1)
    return Calendar(first, last, {d: n for d, n in per_day.items() if first <= d <= last and n})


def goal_progress(
    per_day: Mapping[date, int], now: datetime, tz: tzinfo, goal: int
) -> GoalProgress:
    """Today's answers toward a goal of `goal` answers."""
    return GoalProgress(per_day.get(now.astimezone(tz).date(), 0), goal)


def _subtree(
    topic_id: int, by_topic: dict[int, list[str]], children: dict[int | None, list[int]]
) -> list[str]:
    """The question ids of a topic and all its sub-topics, topic by topic."""
    ids: list[str] = []
    stack = [topic_id]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        ids += by_topic.get(current, ())
        stack += reversed(children.get(current, ()))
    return ids


def collect_stats(
    store: Store,
    deck_id: int | None,
    now: datetime,
    scheduler: SpacedRepetition,
    *,
    tz: tzinfo | None = None,
    days: int = DAYS,
    daily_goal: int | None = None,
    progress: Mapping[int, TopicProgress] | None = None,
) -> Stats:
    """The statistics of one deck (all decks with `deck_id` None) at `now`.

    The calendar, the streaks and the goal count every answer of every deck: they
    are about the person's days, not one deck's. `progress`: every topic's figures
    at `now`, sub-topics included, where the caller keeps them live
    (core.progress.ProgressIndex); else they are counted here."""
    tz = tz or local_timezone()
    # Every answer of the deck, to questions the notes no longer hold too, so the days'
    # bars and the ratings agree with the calendar and the goal below.
    reviews = store.weak_reviews(deck_id, taken_out_too=True)
    per_day = reviews_per_day([r.reviewed_at_ms for r in reviews], now, tz, days)
    # Every answer of every deck, those to questions the notes no longer hold too: a
    # re-import that took a question out took its answers out of the day's goal.
    answered = answers_per_day(store.answer_times(), tz)
    goal = setting(DAILY_GOAL).default if daily_goal is None else daily_goal
    ratings = dict.fromkeys(RATINGS, 0)
    for review in reviews:
        ratings[review.rating] += 1

    decks = [d for d in store.decks() if deck_id is None or d.id == deck_id]
    topics: list[TopicMastery] = []
    for deck in decks:
        figures = (
            progress if progress is not None else topic_progress(store, deck.id, now, scheduler)
        )
        by_topic: dict[int, list[str]] = {}
        for qid, topic_id in store.question_topics(deck.id):
            by_topic.setdefault(topic_id, []).append(qid)
        all_topics = store.topics(deck.id)
        children: dict[int | None, list[int]] = {}
        for topic in all_topics:
            children.setdefault(topic.parent_id, []).append(topic.id)

        for topic in all_topics:
            if topic.parent_id is not None or topic.id not in figures:
                continue
            topic_figures = figures[topic.id]
            if not topic_figures.total:
                continue
            name = f"{deck.name}: {topic.name}" if len(decks) > 1 else topic.name
            topics.append(
                TopicMastery(
                    topic.id,
                    name,
                    topic_figures.mastered,
                    topic_figures.studied,  # a buried new question is not studied
                    topic_figures.total,
                    tuple(_subtree(topic.id, by_topic, children)),
                    deck.name if len(decks) > 1 else "",
                    topic_figures.suspended,
                )
            )

    sessions: dict[int, list[WeakMockAttempt]] = {}
    started: dict[int, int] = {}
    for attempt in store.weak_mock_attempts(deck_id):
        if attempt.session_state != "finished":  # running, or abandoned: no score
            continue
        sessions.setdefault(attempt.session_id, []).append(attempt)
        started[attempt.session_id] = attempt.started_at_ms
    mocks: list[MockScore] = []
    for session_id, attempts in sessions.items():
        graded = [a for a in attempts if a.rating is not None]
        if not graded:
            continue
        # as its summary: over every answer with a coverage, graded or answered when the
        # mock was ended on it (a skip has none)
        covered = [a.coverage for a in attempts if a.coverage is not None]
        mocks.append(
            MockScore(
                session_id=session_id,
                started_at=datetime.fromtimestamp(started[session_id] / 1000, tz),
                score=sum((a.rating - 1) / 3 for a in graded) / len(graded),
                coverage=sum(covered) / len(covered) if covered else None,
                graded=len(graded),
                overtime=sum(1 for a in graded if a.overtime),
            )
        )
    mocks.sort(key=lambda m: (m.started_at, m.session_id))
    return Stats(
        per_day,
        ratings,
        topics,
        mocks,
        calendar(answered, now, tz),
        streaks(answered, now.astimezone(tz).date()),
        goal_progress(answered, now, tz, goal),
        _forecast(store, deck_id, now, tz),
    )


def _forecast(store: Store, deck_id: int | None, now: datetime, tz: tzinfo) -> Forecast:
    """What falls due: a question buried now on the day its burial ends (tomorrow) at
    the earliest, so today's figure is what a session offers today."""
    kept = store.scheduled_dues(deck_id, buried_at_ms=int(now.timestamp() * 1000))
    kept_ids = {qid for qid, _due in kept}
    buried = [due for qid, due in store.scheduled_dues(deck_id) if qid not in kept_ids]
    return future_due(
        (datetime.fromisoformat(due) for _qid, due in kept),
        now,
        tz,
        buried=(datetime.fromisoformat(due) for due in buried),
    )

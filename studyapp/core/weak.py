"""Weakness per question and per topic, from the history the store keeps. No Qt here.

A question's weakness is a score from 0 (solid) to 1 (about to be lost) with the
reasons in plain words. Five signals feed it, each a number from 0 to 1:

- recent: its latest ratings, newest first with halving weights (Again counts 1,
  Hard 0.55, Good 0.1, Easy 0), plus how often it was rated Again in the last 7 days;
- lapses: Again after having known it (an earlier Good or Easy; a run of Agains
  is one lapse), up to three;
- recall: FSRS's chance of recalling it now, from 90 % (nothing) down to 45 % (all);
- overtime: the share of its last five mock answers that ran over time;
- coverage: how much its last five graded mock answers went wrong, the person's own
  grade leading (`fairness.answer_shortfall`): rated Again, all of it, typed or not;
  Hard, at least what Hard says, more with few key points said; Good or Easy, at most
  half, and only below a quarter of the points; never when its last two reviews were
  Good or Easy. An Again with nothing typed once weighed less than a Good at 14 %;
- skipped: the share of its last five mock answers that were skipped.

They combine as a noisy-OR, `1 − Π(1 − weight·signal)`, so any one strong signal
makes a question weak on its own and several mild ones add up, while a score never
passes 1. A question whose latest rating is Again is always weak (as in the topic
tree's `question_state`), and so is one whose last mock answer went wrong
(`fairness.answer_is_weak`: skipped, Again or Hard, next to none of the key points)
until it is studied again: a mock summary's "Weakest" is this rule over its questions
(`weak_among`, in `weakest_first` order). A question with no history at all is "new",
never weak.

Its reasons say why it is weak, each true of its history: a signal with no shortfall
is never one ("covered 100 % of the key points" was once a whole why); a last mock
answer that makes it weak is said first; and where its newest grade is a practice
mock's (no review), "last time" is the last review, said so, with that grade beside.

A topic's score is how much trouble it holds: the sum of its weak questions' scores
(each near the chance of stumbling on that question, so the sum is about how many of
them would go wrong), shown as 1 − e^(−sum / 3): one question at 0.56 (failed once)
makes 17, three failed twice this week 55, fifteen whose recall faded 92, and it
never passes 1. Both how many questions are weak and how weak they are count. It was
0.6 × the mean of the three weakest scores + 0.4 × the share of the topic's studied
questions that are weak: a topic of one question failed once scored 74 and outranked
one with fifteen weak questions among sixty (43), the share of one being all of it.
Topics with no weak question are not in the report; the rest are ranked by that
score, then by the share of their studied questions that are weak.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studyapp.core.fairness import (
    KNOWN,
    answer_shortfall,
    coverage_shortfall,
    was_skipped,
)
from studyapp.core.format import percent, plural
from studyapp.core.model import Deck, Review, StudyAppError, Topic
from studyapp.core.progress import is_mastered, question_state
from studyapp.core.render import (
    DEFAULT_LINE_BREAKS,
    PDF_THEME,
    line_breaks_for,
    markdown_hash,
    note_folder,
)
from studyapp.core.render import deck_folder as render_deck_folder
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import CardInfo, Store, WeakMockAttempt
from studyapp.core.title_hints import Listed, listed_text, twin_hints
from studyapp.core.topic_names import path_name as joined_path
from studyapp.core.weak_mock_answers import (
    LastMockAnswer,
    known_since,
    last_mock_answer,
    last_mock_answer_weak,
    last_mock_words,
    last_typed,
    rating_before,
    said_of_last_mock,
    uncounted_mock,
)

STATES = ("new", "weak", "shaky", "strong")
WEAK_THRESHOLD = 0.4
SHAKY_THRESHOLD = 0.2

RECENT_DAYS = 7
MOCK_WINDOW = 5  # the last answers in mock interviews that count
RATING_BADNESS = {1: 1.0, 2: 0.55, 3: 0.1, 4: 0.0}
RECENT_WEIGHTS = (1.0, 0.5, 0.25, 0.125)  # latest rating first
RECALL_FULL, RECALL_NONE = 0.9, 0.45  # recall at which the signal is 0, and 1
LAPSES_FULL = 3
LAPSE_AFTER_MS = 12 * 3_600_000  # an Again this long after a Good is forgetting it

# How far each signal alone can push the score (noisy-OR weights).
WEIGHTS = {
    "recent": 0.7,
    "lapses": 0.5,
    "recall": 0.8,
    "overtime": 0.45,
    "coverage": 0.6,
    "skipped": 0.5,
}
REASON_MIN = 0.08  # a signal's share of the score below which it is not worth a word
SIGNALS = tuple(WEIGHTS)  # also the order reasons are given in

TOPIC_LOAD = 3.0  # questions' worth of weakness at which a topic's score is 1 − 1/e (63 %)

ALL_DECKS = "All decks"  # a report over every deck, by its `deck`


class UnknownTopicError(StudyAppError):
    """A topic asked for by name that the deck does not have."""


LISTED_TOPICS = 30  # a deck with more topics is not listed whole in an error (a screenful)


def _unknown_topic(name: str, names: list[str]) -> str:
    """ "No topic named "Nope".", with the topics it may have meant (close spellings),
    or all of them when there are few."""
    import difflib

    known = sorted(set(names), key=str.casefold)
    said = f'No topic named "{name}".'
    if len(known) <= LISTED_TOPICS:
        return f"{said} Topics: {', '.join(known)}."
    by_key = {n.casefold(): n for n in known}
    close = difflib.get_close_matches(name.casefold(), list(by_key), n=5, cutoff=0.6)
    close += [k for k in by_key if name.casefold() in k and k not in close][: 5 - len(close)]
    if close:
        return f"{said} Did you mean: {', '.join(by_key[k] for k in close)}?"
    return f"{said} There are {len(known)} topics; the window's topic tree shows them."


class ReportCancelled(StudyAppError):
    """The user cancelled building a report."""


# --- one question ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuestionHistory:
    """What the store knows about one question: its card, reviews (any mode) and
    mock answers. Order does not matter; the scoring sorts by time."""

    card_json: str | None = None
    reviews: Sequence[Review] = ()
    mocks: Sequence[WeakMockAttempt] = ()


@dataclass(frozen=True, slots=True)
class Weakness:
    """A question's weakness: score 0–1, reasons in words, and its state
    ("new", "weak", "shaky" or "strong")."""

    score: float
    reasons: list[str]
    state: str
    recall: float | None = None
    lapses: int = 0
    signals: dict[str, float] = field(default_factory=dict)  # name → 0–1, before weighting

    @property
    def is_weak(self) -> bool:
        return self.state == "weak"

    @property
    def reasons_text(self) -> str:
        return "; ".join(self.reasons)


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def _ago(ms: int, now: datetime) -> str:
    days = (now.timestamp() * 1000 - ms) / 86_400_000
    if days < 1:
        return "today"
    whole = math.floor(days)
    return "yesterday" if whole == 1 else f"{whole} days ago"


def weak_among(
    store: Store, question_ids: Iterable[str], now: datetime, scheduler: SpacedRepetition
) -> dict[str, Weakness]:
    """The weak ones of `question_ids` at `now`, question id → weakness, by the rule
    the Weak Topics tab lists them with (`question_weakness`; a suspended question
    never): a mock summary's "Weakest" asks here, so the two agree."""
    wanted = set(question_ids) - store.suspended_ids(None)
    histories = question_histories(store, None)
    found = {
        qid: question_weakness(histories[qid], now, scheduler) for qid in wanted if qid in histories
    }
    return {qid: weakness for qid, weakness in found.items() if weakness.is_weak}


def weakest_first(weakness: Weakness, place: int) -> tuple[float, int]:
    """The sort key of weak questions, weakest first (ties in `place` order): the
    Weak Topics tab's order within a topic and a mock summary's "Weakest"."""
    return (-weakness.score, place)


def question_weakness(
    history: QuestionHistory, now: datetime, scheduler: SpacedRepetition
) -> Weakness:
    """Score one question's history at `now` (timezone-aware)."""
    reviews = sorted(history.reviews, key=lambda r: (r.reviewed_at_ms, r.id))
    mocks = sorted(history.mocks, key=lambda m: (m.started_at_ms, m.session_id, m.position))
    recall = scheduler.retrievability(history.card_json, now)
    if not reviews and not mocks and recall is None:
        return Weakness(0.0, ["never studied"], "new")

    signals: dict[str, float] = dict.fromkeys(SIGNALS, 0.0)
    words: dict[str, str] = {}
    # A practice mock's grade came after the last review: "last time" is not the last.
    practice = uncounted_mock(reviews, mocks)
    last_time = "when last studied" if practice else "last time"
    now_ms = now.timestamp() * 1000
    recent_since = now_ms - RECENT_DAYS * 86_400_000

    # recent ratings
    if reviews:
        latest = reviews[::-1][: len(RECENT_WEIGHTS)]
        weighted = sum(
            w * RATING_BADNESS[r.rating] for w, r in zip(RECENT_WEIGHTS, latest, strict=False)
        ) / sum(RECENT_WEIGHTS[: len(latest)])
        recent = [r for r in reviews if r.reviewed_at_ms >= recent_since]
        agains = sum(1 for r in recent if r.rating == 1)
        hards = sum(1 for r in recent if r.rating == 2)
        signals["recent"] = _clamp(0.6 * weighted + 0.4 * min(1.0, agains / 2))
        last = reviews[-1]
        if agains:
            words["recent"] = f"rated Again {times(agains)} in the last {RECENT_DAYS} days"
        elif last.rating == 1:
            words["recent"] = f"rated Again {last_time} ({_ago(last.reviewed_at_ms, now)})"
        elif hards >= 2:
            words["recent"] = f"rated Hard {times(hards)} in the last {RECENT_DAYS} days"
        elif last.rating == 2:
            words["recent"] = f"rated Hard {last_time}"

    # lapses: Again once it had been known, and not just now: an Again minutes after
    # the first Good (a learning step, a mock the same hour) is not forgetting.
    lapses = 0
    known_at: float | None = None  # when it was last answered Good or Easy
    previous: int | None = None
    for r in reviews:
        if (
            r.rating == 1
            and known_at is not None
            and r.reviewed_at_ms - known_at >= LAPSE_AFTER_MS
            and previous != 1  # Again, Again is one lapse
        ):
            lapses += 1
        if r.rating >= 3:
            known_at = r.reviewed_at_ms
        previous = r.rating
    if lapses:
        signals["lapses"] = min(1.0, lapses / LAPSES_FULL)
        words["lapses"] = f"forgotten {times(lapses)} after knowing it"

    # recall now
    if recall is not None:
        signals["recall"] = _clamp((RECALL_FULL - recall) / (RECALL_FULL - RECALL_NONE))
        words["recall"] = f"recall {percent(recall)}"

    # mock interviews
    window = mocks[-MOCK_WINDOW:]
    if window:
        n = len(window)
        over = sum(1 for m in window if m.overtime)
        if over:
            # One mock is a hint, two make a pattern.
            signals["overtime"] = over / n * min(1.0, n / 2)
            words["overtime"] = f"over time in {over} of {plural(n, 'mock')}"
        # Graded answers: typed (measured), or rated Again or Hard with nothing typed
        # (the grade alone says how it went; a Good said aloud has nothing to weigh).
        graded = [
            m for m in window if m.rating is not None and (m.coverage is not None or m.rating <= 2)
        ]
        known_twice = len(reviews) >= 2 and all(r.rating in KNOWN for r in reviews[-2:])
        # Answers a later Good in study took over from weigh in as no shortfall.
        speaking = (
            [] if known_twice else [m for m in graded if not known_since(reviews, m.started_at_ms)]
        )
        shortfalls = [
            answer_shortfall(m.rating, m.coverage, rating_before(reviews, m.started_at_ms))
            for m in speaking
        ]
        if graded:
            signals["coverage"] = sum(shortfalls) / len(graded)
        # Its words: the key points of the answers typed, all of them (those counted
        # alone made "33 % in 1 of 2 mocks" of two answers at 33 %), where they fell short.
        typed = [m.coverage for m in speaking if m.coverage is not None]
        if signals["coverage"] > 0 and typed:
            mean = sum(typed) / len(typed)
            if coverage_shortfall(mean) > 0:  # "covered 100 %" is no reason to be weak
                words["coverage"] = f"covered {percent(mean)} of the key points " + (
                    ("in its mock" if n == 1 else f"across {n} mocks")
                    if len(typed) == n
                    else f"in {len(typed)} of {plural(n, 'mock')}"
                )
        skipped = sum(1 for m in window if was_skipped(m.rating, m.coverage))
        if skipped:
            signals["skipped"] = skipped / n
            words["skipped"] = f"skipped in {skipped} of {plural(n, 'mock')}"

    keep = 1.0
    for name, value in signals.items():
        keep *= 1.0 - WEIGHTS[name] * value
    score = 1.0 - keep
    if reviews and reviews[-1].rating == 1:
        score = max(score, WEAK_THRESHOLD)
    mock_weak = last_mock_answer_weak(reviews, mocks)
    if mock_weak:
        score = max(score, WEAK_THRESHOLD)
    score = round(_clamp(score), 4)

    if score >= WEAK_THRESHOLD:
        state = "weak"
    elif score >= SHAKY_THRESHOLD:
        state = "shaky"
    else:
        state = "strong"

    shares = {name: WEIGHTS[name] * value for name, value in signals.items()}
    reasons = [words[n] for n in SIGNALS if n in words and shares[n] >= REASON_MIN]
    if mock_weak and not said_of_last_mock(mocks[-1], practice is not None, reasons, words):
        # What makes it weak whatever its score: said first. Its whole "why" was once
        # "covered 100 % of the key points in its mock" beside an answer rated Again.
        reasons.insert(0, last_mock_words(mocks[-1], practice is not None))
    elif practice is not None and practice.rating in KNOWN and state != "strong":
        # Its reasons speak of the reviews; its newest grade, a practice mock's, differs.
        said = last_mock_words(practice, True)
        if " but covered " in said and words.get("coverage") in reasons:
            # "covered 13 % … in its mock; rated Good but covered 13 % … in its last
            # mock": the one mock answer said twice. The fuller words stay.
            reasons.remove(words["coverage"])
        reasons.append(said)
    if not reasons and state != "strong":
        top = max(
            (n for n in SIGNALS if signals[n] > 0 and n in words),
            key=lambda n: shares[n],
            default=None,
        )
        if top is not None:
            reasons = [words[top]]
    if not reasons and recall is not None:
        reasons = [words["recall"]]
    return Weakness(score, reasons, state, recall, lapses, signals)


# --- the report ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeakQuestion:
    qid: str
    title: str
    score: float
    reasons_text: str
    answer_markdown: str
    last_typed_answer: str | None
    reasons: tuple[str, ...] = ()
    last_note: str | None = None  # the latest note to self from a mock
    recall: float | None = None
    base_dir: Path | None = None  # the notes file's folder: the answer's images load from it
    image_root: Path | None = None  # the deck's folder, which they may not leave (base_dir)
    answer_html: str | None = None  # the light rendering, when the answer pane cached it
    line_breaks: str = DEFAULT_LINE_BREAKS  # how a single newline in the answer reads
    title_markup: str = ""  # the title with its inline code marked (Question.title_markup)
    edited: bool = False  # the title was typed in the app (Question.edited)
    # What tells it apart from another weak question of the same title (core.title_hints)
    hint: str = ""
    # The latest mock answer's standing: where nothing was typed in it, the last typed
    # answer (`last_typed_answer`, from `last_typed_at_ms`) is an earlier mock's.
    last_mock_answer: LastMockAnswer | None = None
    last_typed_at_ms: int | None = None
    last_typed_graded: bool = True  # not: the mock was ended on it, typed and revealed

    @property
    def shown_title(self) -> str:
        return self.title_markup or self.title

    @property
    def listed_title(self) -> str:
        """The title in plain text, as a list shows it: no Markdown marks, its code
        without backticks (core.title_hints.listed_text)."""
        return listed_text(self.shown_title, typed_here=self.edited)


@dataclass(frozen=True, slots=True)
class WeakTopic:
    topic_id: int
    name: str  # the path, "Parent / Child" for a sub-topic
    score: float
    mastery: float  # share of the topic's questions mastered (see progress.is_mastered)
    questions: list[WeakQuestion]
    total: int = 0  # questions in the topic
    studied: int = 0  # graded at least once (`is_studied`)
    weak: int = 0  # weak questions before any limit
    leaf: str = ""  # the topic's own name: the end of `name`, which tells rows apart
    # The same over the topic and its sub-topics, the questions the topic tree's Qs and
    # Mastery count for it (core.progress.TopicProgress): the figures its row gives.
    tree_total: int = 0
    tree_mastered: int = 0
    tree_weak: int = 0

    @property
    def row_words(self) -> str:
        """What the topic's row says beside its name: "1 weak of 3 · mastery 0 %",
        over the questions the tree counts for the topic (its sub-topics in). Its own
        questions alone gave "1 weak of 2 · mastery 50 %" beside the tree's 3 questions
        and 33 % for the same topic; where sub-topics count, the row says so and how
        many of the weak are its own, the ones listed under it."""
        total = self.tree_total or self.total
        mastery = self.tree_mastered / total if self.tree_total else self.mastery
        mastered = f"mastery {percent(mastery)}"
        if not self.tree_total or self.tree_total == self.total:
            return f"{self.weak} weak of {self.total} · {mastered}"
        here = f" ({self.weak} here)" if self.tree_weak != self.weak else ""
        return f"{self.tree_weak} weak of {self.tree_total} with its sub-topics{here} · {mastered}"


@dataclass(frozen=True, slots=True)
class WeakReport:
    """Everything the Weak Topics view and the PDF show, ranked worst first."""

    deck: str
    studied: int
    mastery: float  # share of the questions in scope that are mastered
    topics: list[WeakTopic]
    generated_at: datetime | None = None
    total: int = 0  # questions in scope
    mastered: int = 0
    topic_filter: tuple[str, ...] = ()
    # Not studied, but asked in a mock (answered not graded, graded as no review, or
    # skipped): "0 studied" said alone beside such a question listed as weak misled.
    asked_in_mock: int = 0
    # One deck's report among several with none weak: the other decks' weak questions
    # (the deck is named then); None for a report of every deck, or the only one.
    weak_elsewhere: int | None = None

    @property
    def questions(self) -> list[WeakQuestion]:
        return [q for t in self.topics for q in t.questions]

    @property
    def weak_count(self) -> int:
        return sum(len(t.questions) for t in self.topics)

    @property
    def nothing_studied(self) -> bool:
        """Nothing graded, asked in a mock, or weak: a question only skipped in a mock
        is not studied, but it is weak (it was not answered), and listed."""
        return self.studied == 0 and self.asked_in_mock == 0 and not self.topics

    @property
    def asked_more(self) -> str:
        """ " and 1 more asked in a mock", said after the questions studied where some
        were asked in a mock, not studied: each question listed is counted ("" else)."""
        return f" and {self.asked_in_mock} more asked in a mock" if self.asked_in_mock else ""

    @property
    def nothing_weak(self) -> bool:
        return not self.topics


def deck_folder(deck: Deck, store: Store | None = None) -> Path | None:
    """The folder a deck's images may load from (core.render.deck_folder); an Anki
    package's pictures, in `store`'s data folder."""
    from studyapp.core.anki_media import media_root_of

    media_root = media_root_of(store.path) if store is not None else None
    return render_deck_folder(deck.source_path, media_root)


def question_histories(
    store: Store, deck_id: int | None, cards: Mapping[str, CardInfo] | None = None
) -> dict[str, QuestionHistory]:
    """Question id → history, for every question with any (of one deck, or all).
    `cards`: the deck's cards (`store.cards`) when the caller has them already."""
    if cards is None:
        cards = store.cards(deck_id)
    reviews: dict[str, list[Review]] = {}
    for review in store.weak_reviews(deck_id):
        reviews.setdefault(review.question_id, []).append(review)
    mocks: dict[str, list[WeakMockAttempt]] = {}
    for attempt in store.weak_mock_attempts(deck_id):
        mocks.setdefault(attempt.question_id, []).append(attempt)
    return {
        qid: QuestionHistory(
            cards[qid].card_json if qid in cards else None,
            tuple(reviews.get(qid, ())),
            tuple(mocks.get(qid, ())),
        )
        for qid in set(cards) | set(reviews) | set(mocks)
    }


def _last_note(mocks: Iterable[WeakMockAttempt]) -> str | None:
    """The latest note written after a mock's reveal ("what to remember next time")."""
    for attempt in reversed(list(mocks)):
        if attempt.note and attempt.note.strip():
            return attempt.note.strip()
    return None


def is_studied(card: CardInfo | None, now: datetime, scheduler: SpacedRepetition) -> bool:
    """Whether a question counts as studied: graded at least once, by a study review or
    a mock's grade that counted as a review; shown, or skipped in a mock, is not. The
    one rule of the Statistics tab and the topic tree (not "new":
    core.progress.question_state), which the cover's and this tab's counts follow."""
    if card is None:
        return False
    return question_state(card.card_json, card.last_rating, now, scheduler) != "new"


def topic_score(scores: Sequence[float]) -> float:
    """A topic's weakness from its weak questions' scores: their sum (about how many
    of them would go wrong) as 1 − e^(−sum / TOPIC_LOAD), from 0 toward 1."""
    return round(1.0 - math.exp(-sum(scores) / TOPIC_LOAD), 4)


def _topic_paths(topics: Sequence[Topic]) -> dict[int, tuple[Topic, ...]]:
    by_id = {t.id: t for t in topics}
    paths: dict[int, tuple[Topic, ...]] = {}
    for topic in topics:
        path: list[Topic] = []
        node: Topic | None = topic
        while node is not None and node not in path:
            path.append(node)
            node = by_id.get(node.parent_id) if node.parent_id is not None else None
        paths[topic.id] = tuple(reversed(path))
    return paths


def weak_report(
    store: Store,
    deck_id: int | None,
    now: datetime,
    scheduler: SpacedRepetition,
    topic_names: Sequence[str] | None = None,
    limit: int | None = None,
    *,
    cached_html: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> WeakReport:
    """The weak topics of a deck (all decks with `deck_id` None) at `now`, ranked.

    `topic_names` narrows the report to those topics (matched without regard to
    case, by name or "Parent / Child" path; a parent includes its sub-topics), and
    the cover figures are then over those topics only. An unknown name raises
    UnknownTopicError. `limit` keeps the `limit` weakest questions overall.
    With `cached_html`, each weak question carries the light-theme HTML the answer
    pane cached for its current Markdown, if any (the PDF then skips rendering it).
    """
    if limit is not None and limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    decks = [d for d in store.decks() if deck_id is None or d.id == deck_id]
    if deck_id is not None and not decks:
        raise KeyError(deck_id)
    deck_name = decks[0].name if len(decks) == 1 else ALL_DECKS
    folders = {d.id: deck_folder(d, store) for d in decks}
    breaks = {d.id: line_breaks_for(store.get_setting, d.id) for d in decks}
    prefix_deck = len(decks) > 1

    paths: dict[int, tuple[Topic, ...]] = {}
    for deck in decks:
        paths.update(_topic_paths(store.topics(deck.id)))
    deck_names = {d.id: d.name for d in decks}

    def path_name(topic_id: int) -> str:
        names = [t.name for t in paths.get(topic_id, ())]
        if prefix_deck and topic_id in paths:
            names.insert(0, deck_names.get(paths[topic_id][0].deck_id, "?"))
        return joined_path(names) or "General"

    wanted: set[int] | None = None
    filter_names = tuple(n.strip() for n in topic_names or () if n.strip())
    if filter_names:
        wanted = set()
        for name in filter_names:
            key = name.casefold()
            matches = {
                tid
                for tid, path in paths.items()
                if path[-1].name.casefold() == key
                or " / ".join(t.name for t in path).casefold() == key
                or path_name(tid).casefold() == key
            }
            if not matches:
                raise UnknownTopicError(_unknown_topic(name, [p[-1].name for p in paths.values()]))
            wanted |= matches

    # Where each question sits, in file order: every question is counted, and only
    # the weak ones kept in the report are read whole (a big deck's rows hold answers).
    # A suspended question is set aside: never weak (it was listed, and "Study these"
    # offered it to a session that would not show it), but counted among the
    # questions and in mastery as its card stands, as the tree and the statistics
    # count it (core.progress.TopicProgress).
    placed = store.question_topics(deck_id)
    suspended = store.suspended_ids(deck_id)
    if wanted is not None:
        placed = [p for p in placed if any(t.id in wanted for t in paths.get(p[1], ()))]

    cards = store.cards(deck_id)
    histories = question_histories(store, deck_id, cards)
    empty = QuestionHistory()

    studied = mastered = asked = 0
    per_topic: dict[int, dict[str, int]] = {}
    # topic → (question id, its place in file order, its weakness)
    weak_by_topic: dict[int, list[tuple[str, int, Weakness]]] = {}
    for order, (qid, topic_id) in enumerate(placed):
        if cancelled is not None and order % 200 == 0 and cancelled():
            raise ReportCancelled("cancelled")
        counts = per_topic.setdefault(topic_id, {"total": 0, "studied": 0, "mastered": 0})
        counts["total"] += 1
        history = histories.get(qid)
        if history is None:  # never studied: most of a big deck, with nothing to score
            continue
        if is_studied(cards.get(qid), now, scheduler):
            studied += 1
            counts["studied"] += 1
        elif history.mocks:
            asked += 1
        if is_mastered(cards.get(qid), now, scheduler):
            mastered += 1
            counts["mastered"] += 1
        if qid in suspended:  # counted, never scored
            continue
        weakness = question_weakness(history, now, scheduler)
        if weakness.is_weak:
            weak_by_topic.setdefault(topic_id, []).append((qid, order, weakness))

    picked: set[str] | None = None
    if limit is not None:
        everything = sorted(
            (entry for entries in weak_by_topic.values() for entry in entries),
            key=lambda e: weakest_first(e[2], e[1]),
        )
        picked = {qid for qid, _order, _w in everything[:limit]}
    whole = store.questions_by_id(
        [
            qid
            for entries in weak_by_topic.values()
            for qid, _order, _w in entries
            if picked is None or qid in picked
        ]
    )

    # Weak questions listed under the same title, each with what tells it apart.
    hints = twin_hints(
        Listed(
            q.id,
            listed_text(q.shown_title, typed_here=q.edited),
            q.answer_markdown,
            q.source_line,
            q.source_file,
        )
        for q in whole.values()
    )
    mocks_of = {qid: histories.get(qid, empty).mocks for qid in whole}
    # Each topic's figures with its sub-topics' (within the report's scope), as the
    # tree counts a topic: a question counts in its topic and in every topic above it.
    under: dict[int, Counter[str]] = {}
    for topic_id, counts in per_topic.items():
        weak_here = len(weak_by_topic.get(topic_id, ()))
        for above in [t.id for t in paths.get(topic_id, ())] or [topic_id]:
            figures = under.setdefault(above, Counter())
            figures.update(total=counts["total"], mastered=counts["mastered"], weak=weak_here)
    topics: list[WeakTopic] = []
    for topic_id, entries in weak_by_topic.items():
        counts = per_topic[topic_id]
        score = topic_score([w.score for _q, _o, w in entries])
        entries = sorted(entries, key=lambda e: weakest_first(e[2], e[1]))
        kept = [
            WeakQuestion(
                qid=q.id,
                title=q.title,
                title_markup=q.title_markup,
                edited=q.edited,
                hint=hints.get(q.id, ""),
                score=w.score,
                reasons_text=w.reasons_text,
                answer_markdown=q.answer_markdown,
                last_typed_answer=typed.text if (typed := last_typed(mocks_of[q.id])) else None,
                last_typed_at_ms=typed.at_ms if typed else None,
                last_typed_graded=typed.graded if typed else True,
                last_mock_answer=last_mock_answer(mocks_of[q.id]),
                last_note=_last_note(mocks_of[q.id]),
                reasons=tuple(w.reasons),
                recall=w.recall,
                base_dir=note_folder(folders.get(q.deck_id), q.source_file),
                image_root=folders.get(q.deck_id),
                line_breaks=breaks[q.deck_id],
                answer_html=(
                    store.cached_html(
                        q.id,
                        PDF_THEME,
                        markdown_hash(
                            q.answer_markdown,
                            base_dir=note_folder(folders.get(q.deck_id), q.source_file),
                            image_root=folders.get(q.deck_id),
                            line_breaks=breaks[q.deck_id],
                        ),
                    )
                    if cached_html
                    else None
                ),
            )
            for qid, _order, w in entries
            if (q := whole.get(qid)) is not None
        ]
        if not kept:
            continue
        topics.append(
            WeakTopic(
                topic_id=topic_id,
                name=path_name(topic_id),
                leaf=paths[topic_id][-1].name if paths.get(topic_id) else "",
                score=score,
                mastery=counts["mastered"] / counts["total"] if counts["total"] else 0.0,
                questions=kept,
                total=counts["total"],
                studied=counts["studied"],
                weak=len(entries),
                tree_total=under[topic_id]["total"],
                tree_mastered=under[topic_id]["mastered"],
                tree_weak=under[topic_id]["weak"],
            )
        )
    topics.sort(key=lambda t: (-t.score, -t.weak / max(t.studied, 1), -t.weak, t.name.casefold()))
    total = len(placed)
    elsewhere = None
    if deck_id is not None and not topics and studied and len(store.decks()) > 1:
        # "No weak questions" of one deck read as none at all where others have some
        elsewhere = weak_report(store, None, now, scheduler, cancelled=cancelled).weak_count
    return WeakReport(
        deck=deck_name,
        studied=studied,
        mastery=mastered / total if total else 0.0,
        topics=topics,
        generated_at=now,
        total=total,
        mastered=mastered,
        topic_filter=filter_names,
        asked_in_mock=asked,
        weak_elsewhere=elsewhere,
    )


def describe(report: WeakReport) -> str:
    """One line for the command line and the view's header."""
    if report.nothing_studied:
        scope = f" in {', '.join(report.topic_filter)}" if report.topic_filter else ""
        if report.deck != ALL_DECKS:  # one deck: other decks may well be studied
            scope = f"{scope} of {report.deck}" if scope else f" in {report.deck}"
        return (
            f"Nothing studied yet{scope}: study or run a mock interview first; the"
            " weakest questions are listed from then on."
        )
    # Mastery is a share of every question in scope (the tree's figure for the deck),
    # not of those studied: "among the 24 studied (mastery 3 %)" read as 3 % of the 24.
    learned = f"{report.mastered} of {report.total}"
    if report.nothing_weak:
        scope = "" if report.weak_elsewhere is None else f" in {report.deck}"
        said = (
            f"No weak questions{scope} among the {report.studied} studied{report.asked_more}"
            f" ({learned} questions learned, {percent(report.mastery)})."
        )
        if report.weak_elsewhere:
            weak = plural(report.weak_elsewhere, "weak question")
            said += f" Other decks have {weak}: export all decks to list them."
        return said
    n_topics = len(report.topics)
    return (
        f"{plural(report.weak_count, 'weak question')} in {plural(n_topics, 'topic')};"
        f" {report.studied} of {report.total} studied{report.asked_more},"
        f" {learned} learned ({percent(report.mastery)})."
    )

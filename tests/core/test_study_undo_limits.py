"""An undo never takes a deck over its daily limits: the question it brings back on
screen counts as the queued ones do. Before, a bury undone after the queue was built
again (Preferences, an import, the day's rollover) came back on top of the question
that had taken its place: one new question (or review) more than the limit, "4 new"
under a limit of 3. No Qt; a fake clock."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.progress import DueCounts, ProgressIndex
from studyapp.core.settings_schema import NEW_PER_DAY, REVIEWS_PER_DAY
from studyapp.core.store import Store
from studyapp.core.study import StudySession, day_bounds, next_day_start, to_ms, todays_limits_in
from tests.core.test_study_per_deck import DECK_OF, DECKS, SR, T0, deck_id, doc, study


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        for name, titles in DECKS.items():
            s.import_document(doc(name, titles), f"{name}.md", f"hash-{name}")
        yield s


def offered_today(store: Store, clock: FakeClock, session: StudySession) -> Counter:
    """(deck name, kind) → how many the day offers: studied today for the first time
    (new) or again (review), and still in the session, the one on screen included."""
    start, end = day_bounds(clock.now(), clock.timezone())
    names = {d.id: d.name for d in store.decks()}
    offered = Counter()
    for deck, (new, reviewed) in store.studied_by_deck(to_ms(start), to_ms(end)).items():
        offered[(names[deck], "new")] += new
        offered[(names[deck], "review")] += reviewed
    queued = itertools.chain(session._reviews, session._new)
    live = {e.qid: e for e in queued if session._queued.get(e.qid) == e.kind}
    if session._current is not None:
        live[session._current.qid] = session._current
    for entry in live.values():
        if entry.kind != "learning":
            offered[(names[entry.deck], entry.kind)] += 1
    return offered


def limits(store: Store, clock: FakeClock, settings: dict):
    return todays_limits_in(store, settings, clock.now(), clock.timezone())


def act(step: str, session: StudySession, rng: random.Random, settings: dict, ratings) -> None:
    """One step a person or the window takes in a session, as the window takes it."""
    store, clock = session._store, session._clock
    if step == "grade" and session.current() is not None:
        session.reveal()
        session.grade(rng.choice(ratings))
    elif step == "undo" and session.can_undo():
        session.undo()
        if session.limits_stale:  # as the window does
            session.set_limits(limits(store, clock, settings))
    elif step == "reload":
        session.reload()
    elif step == "limits":
        session.set_limits(limits(store, clock, settings))
    elif step == "bury" and session.current() is not None:
        session.bury(next_day_start(clock))
    elif step == "wait":
        clock.advance(minutes=rng.choice([1, 11]))


@pytest.mark.parametrize("again", ["set_limits", "reload"])
def test_a_bury_undone_after_the_queue_was_built_again_keeps_the_new_limit(store, again):
    clock = FakeClock(T0)
    settings = {NEW_PER_DAY: 3}
    session = StudySession(
        store, SR, clock, deck_id=deck_id(store, "SQL"), limits=limits(store, clock, settings)
    )
    assert session.current().title == "SQL 1?"
    session.bury(next_day_start(clock))
    if again == "set_limits":  # Preferences applied to the open session
        session.set_limits(limits(store, clock, settings))
    else:  # an import meanwhile
        session.reload()
    assert session.counts().new == 3  # SQL 2–4: the fourth took the buried one's place
    undone = session.undo()
    assert undone is not None and undone.title == "SQL 1?"
    assert session.counts().new == 3
    assert session.held_back.new == 2  # SQL 4 waits for tomorrow again, with SQL 5
    seen = []
    while (question := session.current()) is not None:
        seen.append(question.title)
        session.reveal()
        session.grade(4)
    assert seen == ["SQL 1?", "SQL 2?", "SQL 3?"]


def test_a_later_question_undone_after_an_earlier_one_was_studied(store):
    """The undone question lies later in file order than the one that took its place,
    in a session over every deck: only its own deck gives a question back."""
    clock = FakeClock(T0)
    settings = {NEW_PER_DAY: 2}
    session = StudySession(store, SR, clock, limits=limits(store, clock, settings))
    session.reveal()
    session.grade(4)  # Sample 1: a review now, one of Sample's two
    assert session.current().title == "Sample 2?"
    session.bury(next_day_start(clock))
    session.set_limits(limits(store, clock, settings))
    assert offered_today(store, clock, session)[("Sample", "new")] == 2  # 1 and 3
    assert session.undo().title == "Sample 2?"
    offered = offered_today(store, clock, session)
    assert offered[("Sample", "new")] == 2
    assert offered[("JavaScript quick ones", "new")] == 2 and offered[("SQL", "new")] == 2


def test_a_buried_review_undone_keeps_the_review_limit(store):
    long_ago = T0 - timedelta(days=90)
    for title in DECKS["JavaScript quick ones"][:5]:
        study(store, title, long_ago, rating=4)  # due again by now
    clock = FakeClock(T0)
    settings = {NEW_PER_DAY: 0, REVIEWS_PER_DAY: 2}
    js = deck_id(store, "JavaScript quick ones")
    session = StudySession(store, SR, clock, deck_id=js, limits=limits(store, clock, settings))
    buried = session.current().title
    session.bury(next_day_start(clock))
    session.reload()
    assert session.counts().review == 2
    assert session.undo().title == buried
    assert session.counts().review == 2


@pytest.mark.parametrize("seed", range(24))
def test_no_mix_of_grades_buries_undos_and_rebuilds_goes_over_a_limit(store, seed):
    """Any order of what a person and the window do to a session: each deck's new
    questions offered today stay within the limit after every step."""
    rng = random.Random(seed)
    clock = FakeClock(T0)
    per_day = rng.choice([1, 2, 3])
    settings = {NEW_PER_DAY: per_day}
    scope = rng.choice([{}, {"deck_id": deck_id(store, rng.choice(list(DECKS)))}])
    session = StudySession(store, SR, clock, limits=limits(store, clock, settings), **scope)
    for _ in range(14):
        step = rng.choice(["grade", "grade", "undo", "undo", "reload", "limits", "bury", "wait"])
        act(step, session, rng, settings, ratings=(1, 3, 4))
        session.current()
        offered = offered_today(store, clock, session)
        assert all(offered[(DECK_OF[t], "new")] <= per_day for t in DECK_OF), (step, offered)


def bar_today(store: Store, clock: FakeClock, settings: dict, deck: int | None) -> DueCounts:
    """(new, review) today as the status bar counts them: every deck's (or one deck's)
    progress figures within what its own limits still allow."""
    now = clock.now()
    allowed = limits(store, clock, settings)
    new = review = 0
    for d in [deck] if deck is not None else [d.id for d in store.decks()]:
        left = allowed.of(d)
        counts = ProgressIndex.build(store, SR, now, d).counts(
            new_left=left.new_left, reviews_left=left.reviews_left
        )
        new, review = new + counts.new, review + counts.review
    return DueCounts(new=new, review=review)


@pytest.mark.parametrize("seed", range(16))
def test_the_session_and_the_status_bar_count_today_alike(store, seed):
    """Any order of grades, buries, undos and rebuilds: the new questions and reviews a
    session says are left are what the status bar's "today" figure says for its
    decks. A bury under a limit left the session one short of the bar for good."""
    rng = random.Random(seed)
    long_ago = T0 - timedelta(days=90)
    for title in DECKS["JavaScript quick ones"][:4] + DECKS["SQL"][:3]:
        study(store, title, long_ago, rating=4)  # due again by now
    for title in (DECKS["JavaScript quick ones"][4], DECKS["SQL"][3]):
        study(store, title, T0 - timedelta(hours=20), rating=3)  # a step left from yesterday
    clock = FakeClock(T0)
    settings = {NEW_PER_DAY: rng.choice([1, 2, 3]), REVIEWS_PER_DAY: rng.choice([1, 2, 5])}
    deck = rng.choice([None, deck_id(store, rng.choice(list(DECKS)))])
    session = StudySession(store, SR, clock, limits=limits(store, clock, settings), deck_id=deck)
    for _ in range(14):
        step = rng.choice(["grade", "undo", "bury", "bury", "reload"])
        act(step, session, rng, settings, ratings=(3, 4))
        counts = session.counts()
        said = DueCounts(new=counts.new, review=counts.review)
        assert said == bar_today(store, clock, settings, deck), step


@pytest.mark.parametrize("undo", [False, True])
def test_a_step_left_from_yesterday_takes_from_today_s_reviews_as_the_bar_counts(store, undo):
    """A learning step begun yesterday and answered today is one of today's reviews
    (the store counts it so, as Anki's limits do): the session's reviews left fell
    only at its next start, and meanwhile said one more than the status bar."""
    long_ago = T0 - timedelta(days=90)
    for title in DECKS["SQL"][:3]:
        study(store, title, long_ago, rating=4)  # three reviews due
    study(store, DECKS["SQL"][3], T0 - timedelta(hours=20), rating=3)  # yesterday's step
    clock = FakeClock(T0)
    settings = {NEW_PER_DAY: 0, REVIEWS_PER_DAY: 2}
    sql = deck_id(store, "SQL")
    session = StudySession(store, SR, clock, limits=limits(store, clock, settings), deck_id=sql)
    assert session.current().title == "SQL 4?"  # the step first
    assert session.counts() == DueCounts(learning=1, review=2)
    session.reveal()
    session.grade(4)
    assert session.counts() == DueCounts(review=1) == bar_today(store, clock, settings, sql)
    if undo:  # taken back: today's two reviews again
        assert session.undo().title == "SQL 4?"
        assert session.counts() == DueCounts(learning=1, review=2)
        assert bar_today(store, clock, settings, sql) == DueCounts(review=2)

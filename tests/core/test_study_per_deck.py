"""The daily limits are per deck, as Anki's: what is studied in one deck today does
not use up another deck's allowance, and a session over every deck takes up to each
deck's own allowance from each.

A new user studied the sample deck on day one (20 new, the default) and every deck
imported after it said "daily limits reached" before anything in it was studied."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.progress import DueCounts
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.settings_schema import NEW_PER_DAY, REVIEWS_PER_DAY
from studyapp.core.store import Store
from studyapp.core.study import StudySession, day_bounds, done_today, to_ms, todays_limits_in
from tests.core.shared import T0
from tests.core.test_study import titles

DECKS = {  # deck name → its questions' titles, one topic each
    "Sample": [f"Sample {i}?" for i in range(1, 26)],
    "JavaScript quick ones": [f"JS {i}?" for i in range(1, 8)],
    "SQL": [f"SQL {i}?" for i in range(1, 6)],
}


def doc(deck: str, titles: list[str]) -> ParsedDocument:
    return ParsedDocument(
        deck_name=deck,
        format="markdown",
        questions=[
            ParsedQuestion(title, f"Answer to {title}", line, (f"{deck} basics",))
            for line, title in enumerate(titles, start=1)
        ],
        has_sections=True,
    )


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        for name, titles in DECKS.items():
            s.import_document(doc(name, titles), f"{name}.md", f"hash-{name}")
        yield s


SR = SpacedRepetition()


def session_of(store: Store, settings: dict, **scope: int) -> StudySession:
    """A session (of `scope`: a deck_id or a topic_id; every deck without) under the
    daily limits `settings` as they stand at T0."""
    limits = todays_limits_in(store, settings, T0, UTC)
    return StudySession(store, SR, FakeClock(T0), limits=limits, **scope)


def deck_id(store: Store, name: str) -> int:
    return next(d.id for d in store.decks() if d.name == name)


DECK_OF = {title: name for name, in_deck in DECKS.items() for title in in_deck}


def study(store: Store, title: str, at: datetime, rating: int = 3) -> None:
    qid = next(q.id for q in store.questions() if q.title == title)
    card, due = SR.grade(store.card_json(qid), rating, at)
    store.record_review(qid, rating, 5.0, "study", card, due, to_ms(at))


def test_new_questions_studied_in_one_deck_leave_another_deck_s_whole(store):
    for title in DECKS["Sample"][:20]:  # day one: the sample deck's 20 new
        study(store, title, T0 - timedelta(hours=1))
    settings = {NEW_PER_DAY: 20}
    js = deck_id(store, "JavaScript quick ones")
    session = session_of(store, settings, deck_id=js)
    assert session.counts().new == 7  # all of its own, none used up
    assert session.held_back == DueCounts()
    # The sample deck itself has spent its 20: its 5 left wait for tomorrow.
    sample = session_of(store, settings, deck_id=deck_id(store, "Sample"))
    assert sample.counts().new == 0 and sample.held_back == DueCounts(new=5)
    # A topic inside the fresh deck uses that deck's allowance too.
    topic = next(t.id for t in store.topics(js) if t.name == "JavaScript quick ones basics")
    in_topic = session_of(store, settings, topic_id=topic)
    assert in_topic.counts().new == 7


def test_a_session_over_every_deck_takes_at_most_the_limit_from_each(store):
    study(store, "SQL 1?", T0 - timedelta(hours=2), rating=4)  # one of SQL's 3 taken today
    settings = {NEW_PER_DAY: 3}
    session = session_of(store, settings)
    assert session.counts().new == 3 + 3 + 2
    taken = [DECK_OF[t] for t in titles(session)]
    assert taken.count("Sample") == 3
    assert taken.count("JavaScript quick ones") == 3
    assert taken.count("SQL") == 2
    assert session.held_back == DueCounts(new=(25 - 3) + (7 - 3) + (4 - 2))


def test_reviews_are_capped_per_deck_and_learning_steps_never(store):
    long_ago = T0 - timedelta(days=90)
    for title in DECKS["Sample"][:4] + DECKS["SQL"][:3]:
        study(store, title, long_ago, rating=4)  # due again by now
    study(store, "JS 1?", T0 - timedelta(minutes=5), rating=1)  # a learning step, due
    settings = {NEW_PER_DAY: 0, REVIEWS_PER_DAY: 2}
    session = session_of(store, settings)
    assert session.counts() == DueCounts(new=0, learning=1, review=2 + 2)
    assert session.held_back.review == 2 + 1


def test_a_reload_does_not_hand_a_deck_s_allowance_out_twice(store):
    settings = {NEW_PER_DAY: 2}
    session = session_of(store, settings)
    first = session.current()
    assert first is not None and DECK_OF[first.title] == "Sample"
    session.grade(4)
    session.reload()  # an import meanwhile, say: the queue is built again
    assert session.counts().new == 1 + 2 + 2
    assert [DECK_OF[t] for t in titles(session)].count("Sample") == 1


def test_each_deck_s_count_is_its_own_log_s(store):
    """The store counts each deck's day in one query, as `done_today` counts that
    deck's reviews read whole."""
    rng = random.Random(11)
    every = list(DECK_OF)
    for _ in range(80):
        at = T0 - timedelta(hours=rng.randrange(0, 72), minutes=rng.randrange(60))
        study(store, rng.choice(every), at, rng.choice((1, 3, 4)))
    tz = timezone(timedelta(hours=-3))
    for days_back in range(4):
        now = T0 - timedelta(days=days_back)
        start, end = day_bounds(now, tz)
        counted = store.studied_by_deck(to_ms(start), to_ms(end))
        for name in DECKS:
            own = [
                r for r in store.reviews() if DECK_OF[store.question(r.question_id).title] == name
            ]
            expected = done_today(own, now, tz)
            assert counted.get(deck_id(store, name), (0, 0)) == expected


def test_more_new_questions_today_count_in_every_deck_that_day_only(store):
    """Anki's "increase today's new card limit": a setting dated today, ignored on
    another day and when it is not of its form."""
    from studyapp.core.daily_plan import EXTRA_NEW_TODAY, add_new_today

    settings = {NEW_PER_DAY: 2}
    assert todays_limits_in(store, settings, T0, UTC).of(deck_id(store, "SQL")).new_left == 2
    assert add_new_today(store, T0.date(), 3) == 3
    assert add_new_today(store, T0.date(), 1) == 4  # added to
    for deck in ("SQL", "Sample"):
        assert todays_limits_in(store, settings, T0, UTC).of(deck_id(store, deck)).new_left == 6
    tomorrow = T0 + timedelta(days=1)
    assert todays_limits_in(store, settings, tomorrow, UTC).new_per_day == 2
    assert add_new_today(store, tomorrow.date(), 1) == 1  # yesterday's are not carried
    store.set_setting(EXTRA_NEW_TODAY, {"day": "?"})  # another program's write
    assert todays_limits_in(store, settings, tomorrow, UTC).new_per_day == 2

"""The study session on a fake clock: queue order, timing, grading, undo; question states."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.progress import DueCounts, ProgressIndex
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.settings_schema import NEW_PER_DAY, REVIEWS_PER_DAY
from studyapp.core.store import Store
from studyapp.core.study import (
    Clock,
    DailyLimits,
    StudySession,
    SystemClock,
    day_bounds,
    done_today,
    question_state,
    to_ms,
    todays_limits,
    todays_limits_in,
    waiting_words,
)
from tests.core.shared import T0, open_deck, question_states


def doc(*specs: tuple[str, tuple[str, ...]], deck: str = "AI") -> ParsedDocument:
    return ParsedDocument(
        deck_name=deck,
        format="markdown",
        questions=[
            ParsedQuestion(title, f"Answer to {title}", line, path)
            for line, (title, path) in enumerate(specs, start=1)
        ],
        has_sections=True,
    )


QUESTIONS = (
    ("Q1?", ("ML",)),
    ("Q2?", ("ML", "Trees")),
    ("Q3?", ("ML",)),
    ("Q4?", ("DL",)),
    ("Q5?", ("ML", "Trees")),
)


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    yield from open_deck(tmp_path / "s.sqlite3", doc(*QUESTIONS))


def qid(store: Store, title: str) -> str:
    return next(q.id for q in store.questions() if q.title == title)


def topic_id(store: Store, name: str) -> int:
    deck = store.decks()[0]
    return next(t.id for t in store.topics(deck.id) if t.name == name)


def reviewed(store: Store, sr: SpacedRepetition, title: str, rating: int, at: datetime) -> str:
    """Record a review made at `at` (outside any session); returns the card JSON."""
    card, due = sr.grade(store.card_json(qid(store, title)), rating, at)
    store.record_review(qid(store, title), rating, 5.0, "study", card, due, to_ms(at))
    return card


def titles(session: StudySession) -> list[str]:
    """Walk the whole queue by grading Easy; the titles in the order they came."""
    seen = []
    while (question := session.current()) is not None:
        seen.append(question.title)
        session.grade(4)
    return seen


def rows(store: Store) -> list[tuple]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(
            "SELECT question_id, reviewed_at_ms, rating, seconds, mode FROM reviews ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


# --- the queue -------------------------------------------------------------------------


def test_new_questions_come_in_document_order(store, sr, clock):
    session = StudySession(store, sr, clock)
    assert session.remaining() == (0, 5)
    assert titles(session) == ["Q1?", "Q2?", "Q3?", "Q4?", "Q5?"]
    assert session.is_empty()


def test_a_question_brought_forward_is_current_and_the_one_it_displaced_is_next(store, sr, clock):
    """Ctrl+Z of a suspension: the question is queued again (`reload`) and brought
    forward (`bring_forward`); the one that was on screen comes right after it."""
    session = StudySession(store, sr, clock)
    assert session.current().title == "Q1?"
    session.reveal()
    assert session.bring_forward(qid(store, "Q4?"))
    assert session.current().title == "Q4?" and not session.revealed
    assert titles(session) == ["Q4?", "Q1?", "Q2?", "Q3?", "Q5?"]
    # Not in any queue (graded and done): nothing to bring forward.
    assert not session.bring_forward(qid(store, "Q2?"))


def test_due_questions_first_earliest_due_first_then_new(store, sr, clock):
    # Q4 and Q2 reviewed long ago (Q4 due first); Q3 reviewed just now (not due).
    reviewed(store, sr, "Q2?", 4, T0 - timedelta(days=60))
    reviewed(store, sr, "Q4?", 4, T0 - timedelta(days=90))
    reviewed(store, sr, "Q3?", 4, T0)
    session = StudySession(store, sr, clock)
    assert session.remaining() == (2, 2)
    assert titles(session) == ["Q4?", "Q2?", "Q1?", "Q5?"]


def test_a_topic_session_includes_sub_topics(store, sr, clock):
    ml = StudySession(store, sr, clock, topic_id=topic_id(store, "ML"))
    assert titles(ml) == ["Q1?", "Q2?", "Q3?", "Q5?"]
    trees = StudySession(
        store, sr, FakeClock(T0 + timedelta(days=3650)), topic_id=topic_id(store, "Trees")
    )
    assert trees.remaining() == (2, 0)  # graded above, due again ten years on


def test_a_deck_session_leaves_other_decks_out(store, sr, clock):
    store.import_document(doc(("Stats Q?", ("Stats",)), deck="Stats"), "s.md", "h2")
    stats = next(d for d in store.decks() if d.name == "Stats")
    assert StudySession(store, sr, clock).remaining() == (0, 6)
    assert titles(StudySession(store, sr, clock, deck_id=stats.id)) == ["Stats Q?"]
    assert StudySession(store, sr, clock).remaining() == (0, 5)


def test_an_empty_queue(tmp_path, sr, clock):
    with Store.open(tmp_path / "empty.sqlite3") as empty:
        session = StudySession(empty, sr, clock)
        assert session.is_empty()
        assert session.current() is None
        assert session.remaining() == (0, 0)
        assert session.intervals() == {}
        assert session.undo() is None
        session.show()
        session.reveal()
        assert session.shown_at is None and not session.revealed
        with pytest.raises(RuntimeError, match="no question"):
            session.grade(3)


def test_nothing_due_means_empty(store, sr, clock):
    for title, _ in QUESTIONS:
        reviewed(store, sr, title, 4, T0)
    assert StudySession(store, sr, clock).is_empty()


def test_a_session_over_chosen_questions_takes_exactly_those_in_order(store, sr, clock):
    # Q3 reviewed just now (not due) still comes: "study these" means these.
    reviewed(store, sr, "Q3?", 4, T0)
    chosen = [qid(store, t) for t in ("Q5?", "Q3?", "Q1?")]
    session = StudySession(
        store, sr, clock, question_ids=[*chosen, chosen[0], "gone"], topic_id=12345
    )
    assert session.remaining() == (1, 2)
    assert titles(session) == ["Q5?", "Q3?", "Q1?"]
    assert session.is_empty()


def test_a_session_over_chosen_questions_reloads_without_the_graded_ones(store, sr, clock):
    chosen = [qid(store, t) for t in ("Q4?", "Q2?", "Q1?")]
    session = StudySession(store, sr, clock, question_ids=chosen, relearn_within=timedelta(hours=1))
    session.grade(1)  # Q4 Again: put back at the end
    session.show()
    store.import_document(doc(*(q for q in QUESTIONS if q[0] != "Q1?")), "x.md", "hash2")
    session.reload()
    assert session.current().title == "Q2?" and session.shown_at is not None
    assert session.remaining() == (1, 1)  # Q1 imported away; Q4 waits for relearning
    assert session.undo().title == "Q4?"
    assert session.remaining() == (0, 2)
    assert titles(session) == ["Q4?", "Q2?"]


# --- grading -----------------------------------------------------------------------------


def test_grade_writes_one_review_with_seconds_and_mode(store, sr, clock):
    session = StudySession(store, sr, clock)
    first = session.current()
    assert first is not None
    session.show()
    clock.advance(seconds=42.5)
    session.reveal()
    assert session.revealed
    clock.advance(seconds=3)

    review_id = session.grade(3)

    assert rows(store) == [(first.id, to_ms(T0 + timedelta(seconds=45.5)), 3, 45.5, "study")]
    assert [r.id for r in store.reviews(first.id)] == [review_id]
    card = store.card_json(first.id)
    assert card is not None and sr.due(card) == clock.now() + timedelta(minutes=10)
    # Advanced, with a fresh view state.
    assert session.current() is not None and session.current().title == "Q2?"
    assert not session.revealed and session.shown_at is None
    assert session.remaining() == (1, 4)  # Q1 is in its 10-minute learning step


def test_a_pause_is_left_out_of_the_answer_time(store, sr, clock):
    """Browsing while the session is paused: the question's clock stops, and goes on
    from where it was when the question is shown again."""
    session = StudySession(store, sr, clock)
    first = session.current()
    assert first is not None
    session.show()
    clock.advance(seconds=20)
    session.pause()
    clock.advance(minutes=7)  # browsing the tree
    assert session.elapsed() == 20
    session.show()  # back to it
    clock.advance(seconds=5)
    session.reveal()
    clock.advance(seconds=4)
    session.grade(3)
    assert [row[3] for row in rows(store)] == [29.0]
    # The next question's clock starts afresh, not paused.
    session.show()
    clock.advance(seconds=11)
    session.pause()
    session.pause()  # a second pause does not move where it stopped
    clock.advance(minutes=2)
    session.show()
    session.show()
    clock.advance(seconds=1)
    session.grade(3)
    assert [row[3] for row in rows(store)] == [29.0, 12.0]


def test_grade_without_show_saves_no_time(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.grade(2)
    assert rows(store)[0][3] is None


def test_show_counts_from_the_first_call(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.show()
    clock.advance(seconds=10)
    session.show()  # a re-render does not restart the timer
    assert session.elapsed() == 10
    clock.advance(seconds=5)
    session.grade(3)
    assert rows(store)[0][3] == 15


def test_a_bad_rating_changes_nothing(store, sr, clock):
    session = StudySession(store, sr, clock)
    current = session.current()
    with pytest.raises(ValueError):
        session.grade(5)
    assert rows(store) == []
    assert session.current() == current


def test_intervals_preview_the_current_card(store, sr, clock):
    session = StudySession(store, sr, clock)
    assert session.intervals() == {1: "1m", 2: "6m", 3: "10m", 4: "8d"}


def test_the_grade_is_committed_before_the_next_question(store, sr, clock, tmp_path):
    session = StudySession(store, sr, clock)
    session.grade(4)
    # Another connection sees the review: nothing is pending in a transaction.
    assert len(rows(store)) == 1
    assert not store._conn.in_transaction


def test_learning_steps_come_back_when_due_and_the_session_waits_for_them(store, sr, clock):
    session = StudySession(store, sr, clock, topic_id=topic_id(store, "Trees"))
    assert [session.current().title] == ["Q2?"]
    assert session.counts() == DueCounts(new=2, learning=0, review=0)
    session.grade(1)  # Again: back in a minute
    assert session.counts() == DueCounts(new=1, learning=1, review=0)
    assert session.current().title == "Q5?"
    session.grade(4)  # Easy: days away, not requeued
    # Only Q2's step is left and it is not due yet: the session says when it is.
    assert session.current() is None and session.is_empty() and not session.is_finished()
    assert session.waiting_until() == T0 + timedelta(minutes=1)
    assert session.counts() == DueCounts(new=0, learning=1, review=0)
    clock.advance(seconds=59)
    assert session.current() is None
    clock.advance(seconds=1)
    assert session.current().title == "Q2?" and session.waiting_until() is None
    session.grade(3)  # Good: the 10-minute step
    assert session.waiting_until() == clock.now() + timedelta(minutes=10)
    clock.advance(minutes=10)
    assert session.current().title == "Q2?"
    session.grade(3)  # graduates: days away
    assert session.is_finished() and session.waiting_until() is None


def test_a_step_begun_before_the_session_is_waited_for_not_called_done(store, sr, clock):
    """A new user graded a question Good (a 10-minute step), ended the session, and
    started another five minutes later: it said "Today's plan is done". A learning step
    begun earlier (another session, a restart) is waited for like this session's own;
    a review days away is not."""
    reviewed(store, sr, "Q2?", 3, T0)  # Good on a new question: a learning step
    reviewed(store, sr, "Q5?", 4, T0)  # Easy: a review days away
    clock.advance(minutes=5)
    session = StudySession(store, sr, clock, topic_id=topic_id(store, "Trees"))
    assert session.current() is None and not session.is_finished()
    step_due = sr.due(store.card_json(qid(store, "Q2?")))
    assert step_due is not None and step_due > clock.now()
    assert session.waiting_until() == step_due
    assert session.counts() == DueCounts(new=0, learning=1, review=0)
    clock.advance(minutes=6)
    assert session.current().title == "Q2?"


def test_a_relearning_step_begun_before_the_session_is_waited_for(store, sr, clock):
    # The same kind, another way in: a review forgotten (Again) in an earlier session.
    reviewed(store, sr, "Q4?", 4, T0)  # Easy: a review, days away
    clock.advance(days=30)
    reviewed(store, sr, "Q4?", 1, clock.now())  # forgotten: a relearning step
    step_due = sr.due(store.card_json(qid(store, "Q4?")))
    assert step_due is not None and clock.now() < step_due <= clock.now() + timedelta(hours=1)
    clock.advance(seconds=30)
    session = StudySession(store, sr, clock, topic_id=topic_id(store, "DL"))
    assert session.current() is None and session.waiting_until() == step_due
    clock.advance(hours=1)
    assert session.current().title == "Q4?"


def test_a_due_learning_step_goes_before_reviews_and_new(store, sr, clock):
    reviewed(store, sr, "Q4?", 4, T0 - timedelta(days=90))
    session = StudySession(store, sr, clock)
    assert session.current().title == "Q4?"  # the review comes before new questions
    session.grade(1)  # Again: relearning, 10 minutes
    assert [session.current().title] == ["Q1?"]
    session.grade(4)
    clock.advance(minutes=10)
    assert session.current().title == "Q4?"  # the step is due: ahead of Q2
    assert session.counts() == DueCounts(new=3, learning=1, review=0)


def test_learn_ahead_shows_a_step_early_when_nothing_else_is_left(store, sr, clock):
    session = StudySession(
        store, sr, clock, question_ids=[qid(store, "Q1?")], learn_ahead=timedelta(minutes=20)
    )
    session.grade(3)  # the 10-minute step
    assert session.current().title == "Q1?"  # within the learn-ahead limit
    strict = StudySession(store, sr, clock, question_ids=[qid(store, "Q2?")])
    strict.grade(3)
    assert strict.current() is None and strict.waiting_until() == T0 + timedelta(minutes=10)


def test_a_step_beyond_the_learn_ahead_limit_is_waited_for_until_within_it(store, sr, clock):
    """The waiting page counts down to when the step can show (its due moment less the
    limit), not to the step itself; then it shows, before it is due."""
    session = StudySession(
        store, sr, clock, question_ids=[qid(store, "Q1?")], learn_ahead=timedelta(minutes=4)
    )
    session.grade(3)  # the 10-minute step
    assert session.current() is None
    assert session.waiting_until() == T0 + timedelta(minutes=6)
    clock.advance(minutes=6)
    assert session.current().title == "Q1?"
    assert sr.due(store.card_json(qid(store, "Q1?"))) > clock.now()  # shown early


def test_without_learning_steps_each_question_comes_once(store, sr, clock):
    session = StudySession(store, sr, clock, relearn_within=None)
    session.grade(1)
    assert session.remaining() == (0, 4)
    assert titles(session) == ["Q2?", "Q3?", "Q4?", "Q5?"]
    assert session.is_finished()


# --- the daily plan ------------------------------------------------------------------------


def test_limits_cap_new_and_review_questions_but_not_learning_steps(store, sr, clock):
    for title in ("Q2?", "Q3?", "Q4?"):
        reviewed(store, sr, title, 4, T0 - timedelta(days=90))
    session = StudySession(store, sr, clock, limits=DailyLimits(new_left=1, reviews_left=2))
    assert session.counts() == DueCounts(new=1, learning=0, review=2)
    assert session.current().title in ("Q2?", "Q3?", "Q4?")
    session.grade(1)  # a lapse: its relearning step still comes back
    clock.advance(minutes=10)
    seen = titles(session)
    assert len(seen) == 3  # one review, one new, the relearning step
    assert [t for t in seen if t in ("Q1?", "Q5?")] == ["Q1?"]


def test_todays_limits_count_what_was_done_today(store, sr):
    tz = timezone(timedelta(hours=-5))  # 09:00 UTC is 04:00 there
    reviewed(store, sr, "Q1?", 3, T0 - timedelta(days=3))  # an old question
    reviewed(store, sr, "Q1?", 3, T0 - timedelta(hours=2))  # reviewed today (02:00 local)
    reviewed(store, sr, "Q2?", 3, T0 - timedelta(hours=3))  # new today (01:00 local)
    reviewed(store, sr, "Q2?", 3, T0 - timedelta(hours=2))  # counted once
    reviewed(store, sr, "Q3?", 3, T0 - timedelta(hours=6))  # 22:00 local yesterday
    reviews = store.reviews()
    assert done_today(reviews, T0, tz) == (1, 1)
    limits = todays_limits({NEW_PER_DAY: 5, REVIEWS_PER_DAY: 1}, reviews, T0, tz)
    assert limits == DailyLimits(new_left=4, reviews_left=0)
    # A day on, the limits are whole again.
    assert todays_limits({}, reviews, T0 + timedelta(days=1), tz) == DailyLimits(20, 200)
    # The store counts the same in one query (the one deck's limits).
    deck = store.decks()[0].id
    for now in (T0, T0 - timedelta(hours=5), T0 + timedelta(days=1)):
        settings = {NEW_PER_DAY: 5, REVIEWS_PER_DAY: 1}
        assert todays_limits_in(store, settings, now, tz).of(deck) == todays_limits(
            settings, reviews, now, tz
        )


def test_the_store_counts_a_day_s_first_studies_and_reviews_like_the_log(store, sr):
    rng = random.Random(7)
    titles_ = [q.title for q in store.questions()]
    for _ in range(60):
        at = T0 - timedelta(hours=rng.randrange(0, 96), minutes=rng.randrange(60))
        reviewed(store, sr, rng.choice(titles_), rng.choice((1, 3, 4)), at)
    tz = timezone(timedelta(hours=2))
    (deck,) = (d.id for d in store.decks())
    for days_back in range(5):
        now = T0 - timedelta(days=days_back)
        start, end = day_bounds(now, tz)
        expected = done_today(store.reviews(), now, tz)
        counted = store.studied_by_deck(to_ms(start), to_ms(end))  # the daily limits' count
        assert counted.get(deck, (0, 0)) == expected and set(counted) <= {deck}


def test_questions_removed_after_being_studied_today_still_count_for_today(store, sr):
    """A new user's notes were cut short on disk and re-imported in the background:
    the questions studied that morning were removed, and the status bar went from
    "(0 today)" to "(12 today)". What was studied today stays counted; a question
    studied on another day and removed does not count for today."""
    tz = UTC
    reviewed(store, sr, "Q1?", 3, T0 - timedelta(hours=1))  # new today
    reviewed(store, sr, "Q2?", 3, T0 - timedelta(days=3))  # studied days ago
    reviewed(store, sr, "Q2?", 3, T0 - timedelta(minutes=30))  # and reviewed today
    reviewed(store, sr, "Q4?", 3, T0 - timedelta(days=2))  # only days ago
    settings = {NEW_PER_DAY: 2, REVIEWS_PER_DAY: 5}
    before = todays_limits_in(store, settings, T0, tz)
    assert before.of(store.decks()[0].id) == DailyLimits(new_left=1, reviews_left=4)
    kept = [q for q in QUESTIONS if q[0] not in ("Q1?", "Q2?", "Q4?")]
    store.import_document(doc(*kept), "x.md", "hash-cut-short")
    assert {q.title for q in store.questions()} == {"Q3?", "Q5?"}
    assert todays_limits_in(store, settings, T0, tz) == before


# --- undo ----------------------------------------------------------------------------------


def test_undo_restores_card_and_removes_the_review(store, sr, clock):
    before = reviewed(store, sr, "Q1?", 4, T0 - timedelta(days=60))
    session = StudySession(store, sr, clock)
    q1 = session.current()
    assert q1 is not None and q1.title == "Q1?"
    session.show()
    session.reveal()
    session.grade(1)
    assert store.card_json(q1.id) != before
    assert session.current().title == "Q2?"

    assert session.undo() == q1
    assert session.current() == q1
    assert store.card_json(q1.id) == before
    assert [r.rating for r in store.reviews(q1.id)] == [4]
    assert not session.revealed and session.shown_at is None
    assert session.remaining() == (1, 4)
    assert not session.can_undo()
    assert session.undo() is None


def test_undo_of_a_first_review_makes_the_question_new_again(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.grade(3)
    session.grade(3)
    assert session.undo().title == "Q2?"
    assert session.undo().title == "Q1?"
    assert store.card_json(qid(store, "Q1?")) is None
    assert rows(store) == []
    assert titles(session) == ["Q1?", "Q2?", "Q3?", "Q4?", "Q5?"]


def test_undo_removes_a_requeued_copy(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.grade(1)
    assert session.remaining() == (1, 4)
    session.undo()
    assert session.remaining() == (0, 5)
    assert session.current().title == "Q1?"
    session.grade(4)
    assert titles(session) == ["Q2?", "Q3?", "Q4?", "Q5?"]  # Q1 does not come twice


def test_undo_puts_the_next_question_back_first(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.grade(4)
    assert session.current().title == "Q2?"  # picked as next
    session.undo()
    assert titles(session) == ["Q1?", "Q2?", "Q3?", "Q4?", "Q5?"]


def test_undo_in_a_chosen_session_keeps_the_chosen_order(store, sr, clock):
    reviewed(store, sr, "Q3?", 4, T0)
    chosen = [qid(store, t) for t in ("Q5?", "Q3?", "Q1?")]
    session = StudySession(store, sr, clock, question_ids=chosen, relearn_within=None)
    session.grade(4)
    assert session.current().title == "Q3?"  # picked as next, then the undo
    assert session.undo().title == "Q5?"
    assert session.counts() == DueCounts(new=2, learning=0, review=1)
    assert titles(session) == ["Q5?", "Q3?", "Q1?"]


def test_undo_refused_by_the_store_propagates_and_is_dropped(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.grade(3)
    reviewed(store, sr, "Q1?", 2, T0 + timedelta(minutes=20))  # e.g. a mock interview
    with pytest.raises(ValueError, match="latest"):
        session.undo()
    assert not session.can_undo()


def test_reload_keeps_the_question_on_screen(store, sr, clock):
    session = StudySession(store, sr, clock)
    session.grade(3)
    session.show()
    clock.advance(seconds=7)
    store.import_document(doc(("Q0?", ("ML",)), *QUESTIONS), "x.md", "hash2")
    session.reload()
    assert session.current().title == "Q2?"
    assert session.elapsed() == 7
    assert session.remaining() == (1, 5)  # Q0 added; Q1's learning step is kept
    clock.advance(minutes=10)
    session.grade(3)
    assert session.current().title == "Q1?"


def test_a_question_shown_is_read_as_it_is_then_not_as_the_queue_found_it(store, sr, clock):
    """A session reads each question as it shows it: an answer edited since the queue
    was built shows edited, and a question removed since is skipped, not shown empty."""
    session = StudySession(store, sr, clock)
    assert session.current().title == "Q1?"
    edited = doc(*QUESTIONS)
    edited.questions[1] = ParsedQuestion("Q2?", "A new answer to Q2?", 2, ("ML", "Trees"))
    del edited.questions[2]  # Q3 leaves the notes
    store.import_document(edited, "x.md", "hash2")  # no reload of the session
    session.grade(4)
    assert session.current().answer_markdown == "A new answer to Q2?"
    session.grade(4)
    assert session.current().title == "Q4?"  # Q3, removed, is not shown


def test_a_question_suspended_since_the_queue_was_built_is_not_shown(store, sr, clock):
    session = StudySession(store, sr, clock)
    assert session.current().title == "Q1?"
    q2 = next(q.id for q in store.questions() if q.title == "Q2?")
    store.set_suspended([q2], True)
    session.grade(4)
    assert session.current().title == "Q3?"


# --- states and clocks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "at", "state"),
    [
        ([], timedelta(0), "new"),
        ([4], timedelta(days=1), "learning"),  # one Easy on first sight is not "learned"
        ([4, 3], timedelta(days=1), "learned"),  # and Good when due: stability over 3 weeks
        ([4], timedelta(days=3000), "weak"),  # recall chance has sunk below one half
        ([3, 3], timedelta(days=30), "due"),
        ([4, 1], timedelta(0), "weak"),  # last answer was Again
        ([1, 3], timedelta(minutes=1), "learning"),  # one pass is not "learned"
        ([3, 3], timedelta(days=1), "learning"),  # stability about 2 days
        ([3, 3, 3], timedelta(days=1), "learning"),  # stability about 11 days
        ([3, 3, 3, 3], timedelta(days=1), "learned"),  # stability over three weeks
        ([3, 3, 3], timedelta(days=30), "due"),
    ],
)
def test_question_state(sr, history, at, state):
    """`at`: time since the last of the reviews, each given when the card fell due."""
    card, when = None, T0
    for i, rating in enumerate(history):
        if i:
            when = max(when, sr.due(card))
        card, _ = sr.grade(card, rating, when)
    last = history[-1] if history else None
    assert question_state(card, last, when + at, sr) == state


def test_a_card_never_reviewed_is_new(sr):
    assert question_state(sr.new_card_json(T0), None, T0, sr) == "new"


def test_clocks():
    assert isinstance(FakeClock(), Clock)
    now = SystemClock().now()
    assert now.tzinfo is UTC
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


# --- what the live views need ----------------------------------------------------------------


def test_last_change_keeps_a_progress_index_in_step_with_the_store(store, sr, clock):
    """The tree's figures follow each grade and undo from the one question they changed."""
    deck_id = store.decks()[0].id
    index = ProgressIndex.build(store, sr, clock.now(), deck_id)
    session = StudySession(store, sr, clock)
    assert session.last_change() is None
    for rating in (4, 1, 3):
        session.grade(rating)
        qid_changed, info = session.last_change()
        assert info == store.cards().get(qid_changed)
        index.update(qid_changed, info, clock.now())
        clock.advance(minutes=2)
    for _ in range(2):
        session.undo()
        index.update(*session.last_change(), clock.now())
        assert index.states() == question_states(store, deck_id, clock.now(), sr)
    # The first grade (Easy on Q1) is still there: out of its steps, graded once
    # (one Easy on first sight is not "learned": core.progress.is_mature).
    assert index.state(qid(store, "Q1?")) == "learning"
    session.undo()
    assert session.last_change() == (qid(store, "Q1?"), None)
    index.update(*session.last_change(), clock.now())
    assert index.state(qid(store, "Q1?")) == "new"
    assert index.topics() == ProgressIndex.build(store, sr, clock.now(), deck_id).topics()


@pytest.mark.parametrize(
    ("minutes", "ahead", "words"),
    [
        (0, 0, "The next question comes back now."),
        (0.5, 0, "The next question comes back in less than a minute (at 09:00)."),
        (8, 0, "The next question comes back in 8 minutes (at 09:08)."),
        (61, 0, "The next question comes back in 1 hour (at 10:01)."),
        # Shown early by the learn-ahead limit: the moment it comes back (the Study
        # button's, the question header's) is said too, and "due" is not.
        (
            10,
            20,
            "The next question shows in 10 minutes (at 09:10): it comes back at 09:30, "
            "and your learn-ahead limit (20 minutes) shows it early.",
        ),
        (
            3,
            5,
            "The next question shows in 3 minutes (at 09:03): it comes back at 09:08, "
            "and your learn-ahead limit (5 minutes) shows it early.",
        ),
    ],
)
def test_waiting_words(minutes, ahead, words):
    until = T0 + timedelta(minutes=minutes)
    assert waiting_words(until, T0, timedelta(minutes=ahead)) == words


def test_a_reload_does_not_hand_out_the_days_allowance_twice(store, sr, clock):
    session = StudySession(store, sr, clock, limits=DailyLimits(new_left=2), relearn_within=None)
    session.grade(4)
    store.import_document(doc(("Q0?", ("ML",)), *QUESTIONS), "x.md", "hash2")
    session.reload()
    assert session.counts() == DueCounts(new=1, learning=0, review=0)
    session.grade(4)
    session.reload()
    assert session.is_finished()


def test_the_fake_clock_steps_at_each_reading_and_keeps_its_own_zone():
    east = timezone(timedelta(hours=10))
    clock = FakeClock(T0, step=timedelta(seconds=7), tz=east)
    assert (clock.now(), clock.now()) == (T0 + timedelta(seconds=7), T0 + timedelta(seconds=14))
    assert clock.timezone() is east
    assert FakeClock(T0).timezone() is UTC  # tests count days the same anywhere
    local = datetime.now().astimezone()
    assert local.astimezone(SystemClock().timezone()).utcoffset() == local.utcoffset()


def test_a_weak_review_shows_and_schedules_hard_good_and_easy_days_apart(store, sr, clock):
    """A tester's weak review (65 % recall) read "Again 10m, Hard 1d, Good 1d, Easy 2d":
    Good did what Hard did. As in Anki, each is a day past the one before, and the
    grade schedules what its button showed."""
    at = clock.now()
    for rating in (1, 1, 3, 3):  # two lapses in its steps, then out of them
        card = reviewed(store, sr, "Q1?", rating, at)
        at = sr.due(card)
    clock.current = at + timedelta(days=1, hours=1)  # a day late: recall has faded
    session = StudySession(store, sr, clock)
    assert session.current() is not None and session.current().title == "Q1?"
    labels = session.intervals()
    days = [int(labels[rating].removesuffix("d")) for rating in (2, 3, 4)]
    assert days[0] < days[1] < days[2], labels
    session.grade(3)
    good_due = sr.due(store.card_json(qid(store, "Q1?")))
    assert good_due == clock.now() + timedelta(days=days[1])


def test_a_learning_steps_easy_shows_and_schedules_a_day_past_good(store, sr, clock):
    """After an Again, a learning step read "Good 10m, Easy 1d": Easy no further off
    than Good once out of its steps. As in Anki, Easy is a day past Good's days, and
    the grade schedules what its button showed."""
    session = StudySession(store, sr, clock)
    assert session.current() is not None and session.current().title == "Q1?"
    session.grade(1)  # Again: its 1-minute step
    clock.advance(minutes=1)
    assert session.current() is not None and session.current().title == "Q1?"
    labels = session.intervals()
    assert (labels[3], labels[4]) == ("10m", "2d")
    session.grade(4)
    easy_due = sr.due(store.card_json(qid(store, "Q1?")))
    assert easy_due == clock.now() + timedelta(days=2)

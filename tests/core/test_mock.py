"""Mock interviews on a fake clock: countdown, pauses, reveal, grading, persistence,
resuming after a crash, summaries, history and the choice of questions."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.mock import (
    DRAFT_EVERY_SECONDS,
    SETTINGS_KEY,
    TEXT_DRAFT_EVERY_SECONDS,
    MockHistoryRow,
    MockSession,
    MockSettings,
    MockStateError,
    MockSummaryRow,
    NoQuestionsError,
    abandon_unfinished,
    choose_questions,
    load_settings,
    mock_history,
    mock_trend,
    save_settings,
    score_percent,
)
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from tests.core.shared import T0, open_deck

KMEANS = (
    "**K-Means** groups points around a **Centroid**; **Inertia** measures the fit.\n\n"
    "Use the **Elbow Method** to pick K."
)
# Deck "AI": ML (Q1, Q3) > Trees (Q2, Q5); DL (Q4).
QUESTIONS = (
    ("Q1?", ("ML",), KMEANS),
    ("Q2?", ("ML", "Trees"), "A **decision tree** splits on **Gini impurity**."),
    ("Q3?", ("ML",), "**Bias** and **Variance** trade off."),
    ("Q4?", ("DL",), "**Backpropagation** applies the **chain rule**."),
    ("Q5?", ("ML", "Trees"), "Yes."),  # nothing to say but yes: no key point
)


def deck_doc() -> ParsedDocument:
    return ParsedDocument(
        deck_name="AI",
        format="markdown",
        questions=[
            ParsedQuestion(title, answer, line, path)
            for line, (title, path, answer) in enumerate(QUESTIONS, start=1)
        ],
        has_sections=True,
    )


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "s.sqlite3"


@pytest.fixture
def store(db_path) -> Iterator[Store]:
    yield from open_deck(db_path, deck_doc())


@pytest.fixture
def raw(db_path, store) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def qid(store: Store, title: str) -> str:
    return next(q.id for q in store.questions() if q.title == title)


def titles(store: Store, ids: list[str]) -> list[str]:
    by_id = {q.id: q.title for q in store.questions()}
    return [by_id[i] for i in ids]


def topic_id(store: Store, name: str) -> int:
    return next(t.id for t in store.topics(store.decks()[0].id) if t.name == name)


def session_over(store, sr, clock, *names: str, **settings) -> MockSession:
    """A started session over the named questions, in that order."""
    session = MockSession(
        store, sr, clock, MockSettings(**settings), [qid(store, n) for n in names]
    )
    session.start()
    return session


def answers(raw: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in raw.execute("SELECT * FROM mock_answers ORDER BY id")]


def session_row(raw: sqlite3.Connection, session_id: int) -> dict:
    return dict(raw.execute("SELECT * FROM mock_sessions WHERE id = ?", (session_id,)).fetchone())


# --- settings ---------------------------------------------------------------------


def test_settings_defaults_and_round_trip():
    settings = MockSettings()
    assert (settings.count, settings.seconds_per_question, settings.order) == (5, 120, "weakest")
    assert settings.counts_as_review and settings.topic_ids == ()
    custom = MockSettings((3, 1), 8, 90, "random", False)
    assert MockSettings.from_dict(custom.to_dict()) == custom
    assert MockSettings(topic_ids=[2, 5]).topic_ids == (2, 5)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, MockSettings()),
        ({}, MockSettings()),
        ("not a dict", MockSettings()),
        ({"count": 0, "order": "hardest", "seconds_per_question": "60"}, MockSettings()),
        ({"count": True, "counts_as_review": "yes", "topic_ids": "12"}, MockSettings()),
        ({"topic_ids": [4], "count": 3, "unknown": 1}, MockSettings((4,), 3)),
        (
            {"order": "due", "seconds_per_question": 45},
            MockSettings(order="due", seconds_per_question=45),
        ),
    ],
)
def test_settings_from_dict_falls_back_to_defaults(data, expected):
    assert MockSettings.from_dict(data) == expected


@pytest.mark.parametrize(
    "kwargs", [{"count": 0}, {"seconds_per_question": 0}, {"order": "alphabetical"}]
)
def test_invalid_settings_are_refused(kwargs):
    with pytest.raises(ValueError):
        MockSettings(**kwargs)


def test_the_last_set_up_is_remembered(store, sr, clock):
    assert load_settings(store) == MockSettings()
    save_settings(store, MockSettings(count=2))
    assert load_settings(store) == MockSettings(count=2)
    chosen = MockSettings((topic_id(store, "DL"),), 3, 60, "random", False)
    MockSession.create(store, sr, clock, chosen, random.Random(1))
    assert load_settings(store) == chosen
    assert store.get_setting(SETTINGS_KEY)["seconds_per_question"] == 60


def test_topics_without_questions_are_refused(store, sr, clock):
    empty = store.create_topic(store.decks()[0].id, "Empty").id
    with pytest.raises(NoQuestionsError):
        MockSession.create(store, sr, clock, MockSettings((empty,)))


# --- the clock ----------------------------------------------------------------------


def test_countdown_excludes_pauses(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    assert (session.state, session.time_left(), session.elapsed()) == ("asking", 120.0, 0.0)
    clock.advance(seconds=30)
    assert session.time_left() == 90.0
    session.pause()
    assert session.paused
    clock.advance(seconds=100)
    assert (session.time_left(), session.elapsed(), session.question_elapsed()) == (90.0, 30, 30)
    assert session.check_time() is False  # paused: time cannot run out
    session.pause()  # idempotent
    session.resume()
    clock.advance(seconds=10)
    assert (session.time_left(), session.elapsed()) == (80.0, 40.0)
    assert session.toggle_pause() is True
    clock.advance(seconds=500)
    assert session.toggle_pause() is False
    assert (session.time_left(), session.elapsed()) == (80.0, 40.0)


@pytest.mark.parametrize(
    ("after", "fraction", "warning"),
    [
        (0, 1.0, False),
        (60, 0.5, False),
        (95, 25 / 120, False),
        (96, 0.2, True),  # the last 20 %
        (119, 1 / 120, True),
        (150, 0.0, True),
    ],
)
def test_warning_in_the_last_fifth(store, sr, clock, after, fraction, warning):
    session = session_over(store, sr, clock, "Q1?")
    clock.advance(seconds=after)
    assert session.fraction_left() == pytest.approx(fraction)
    assert session.is_warning() is warning


def test_no_warning_once_revealed(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?")
    clock.advance(seconds=110)
    session.reveal("")
    assert not session.is_warning()
    clock.advance(seconds=60)
    assert session.time_left() == 10.0  # frozen at reveal


def test_time_up_reveals_with_overtime(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    clock.advance(seconds=119)
    assert session.check_time("centroid") is False and session.state == "asking"
    clock.advance(seconds=3)  # the timer tick came late
    assert session.check_time("centroid") is True
    assert (session.state, session.overtime) == ("revealed", True)
    assert session.question_elapsed() == 120.0  # capped at the time per question
    assert session.check_time() is False
    session.grade(2)
    row = answers(raw)[0]
    assert (row["seconds"], row["overtime"], row["typed_answer"]) == (120.0, 1, "centroid")
    assert session.time_left() == 120.0 and not session.overtime  # the next question


def test_reveal_in_time_is_not_overtime(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?")
    clock.advance(seconds=42.5)
    session.reveal("k means")
    assert not session.overtime
    session.grade(3)
    assert (answers(raw)[0]["seconds"], answers(raw)[0]["overtime"]) == (42.5, 0)


def test_reveal_ends_a_pause(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    clock.advance(seconds=10)
    session.pause()
    clock.advance(seconds=50)
    session.reveal()
    assert not session.paused
    assert session.question_elapsed() == 10.0
    clock.advance(seconds=5)
    assert session.elapsed() == 15.0


# --- key points and grading ---------------------------------------------------------------


def test_key_points_are_ticked_from_the_typed_answer_and_togglable(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?")
    assert session.key_points() == []
    session.typed_answer = "K means moves centroids"  # the text box's draft
    points = session.reveal()
    assert [(p.term, p.ticked) for p in points] == [
        ("K-Means", True),
        ("Centroid", True),
        ("Inertia", False),
        ("Elbow Method", False),
    ]
    assert session.coverage() == 0.5
    assert session.toggle_point(2).ticked is True
    assert session.coverage() == 0.75
    assert session.key_points()[2].auto is False  # ticked by hand
    session.toggle_point(2)
    assert session.coverage() == 0.5


def test_grade_saves_the_answer_and_a_mock_review_together(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    q1 = qid(store, "Q1?")
    clock.advance(seconds=30)
    session.reveal("centroid, inertia and the elbow method")
    session.toggle_point(0)  # K-Means, by hand
    answer_id = session.grade(4, note="  solid  ")
    [row] = answers(raw)
    assert row["id"] == answer_id
    assert (row["session_id"], row["question_id"], row["position"]) == (session.session_id, q1, 0)
    assert (row["seconds"], row["overtime"], row["rating"], row["coverage"]) == (30.0, 0, 4, 1.0)
    assert (row["typed_answer"], row["note"]) == ("centroid, inertia and the elbow method", "solid")
    [review] = store.reviews(q1)
    assert (review.mode, review.rating, review.seconds) == ("mock", 4, 30.0)
    assert review.reviewed_at_ms == to_ms(T0 + timedelta(seconds=30))
    assert store.card_json(q1) is not None
    assert session_row(raw, session.session_id)["elapsed_seconds"] == 30.0
    assert (session.state, session.position(), session.current().title) == ("asking", (2, 2), "Q2?")


def test_no_review_when_mock_grades_do_not_count(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", counts_as_review=False)
    session.reveal("")
    session.grade(1)
    assert len(answers(raw)) == 1
    assert store.reviews() == [] and store.card_json(qid(store, "Q1?")) is None


def test_an_answer_without_key_terms_has_no_coverage(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q5?")
    assert session.reveal("anything") == []
    assert session.coverage() is None
    session.grade(3)
    assert answers(raw)[0]["coverage"] is None


def test_a_failed_save_keeps_the_question_on_screen(store, sr, clock, raw, monkeypatch):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.reveal("")

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "record_review", broken)
    with pytest.raises(Exception, match="failed to read or write"):
        session.grade(3)
    assert answers(raw) == []  # the answer row went with the review
    assert (session.state, session.current().title) == ("revealed", "Q1?")
    monkeypatch.undo()
    session.grade(3)
    assert len(answers(raw)) == 1 and len(store.reviews()) == 1


def test_a_failed_skip_of_the_last_question_leaves_the_clocks_running(
    store, sr, clock, raw, monkeypatch
):
    session = session_over(store, sr, clock, "Q1?")
    clock.advance(seconds=10)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(store, "record_mock_answer", broken)
    with pytest.raises(RuntimeError):
        session.skip()
    clock.advance(seconds=5)
    assert (session.state, session.question_elapsed(), session.elapsed()) == ("asking", 15, 15)
    monkeypatch.undo()
    session.skip()
    assert session.state == "finished"
    assert answers(raw)[0]["seconds"] == 15.0


# --- moving on and ending ------------------------------------------------------------------


def test_skip_before_and_after_reveal(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?")
    clock.advance(seconds=20)
    session.typed_answer = "no idea"
    session.skip()
    assert (session.position(), session.current().title) == ((2, 3), "Q2?")
    clock.advance(seconds=10)
    session.reveal("decision tree")
    session.skip()
    rows = answers(raw)
    assert [(r["position"], r["rating"], r["seconds"], r["coverage"]) for r in rows] == [
        (0, None, 20.0, None),
        (1, None, 10.0, None),
    ]
    assert rows[0]["typed_answer"] == "no idea"
    assert store.reviews() == []  # a skip is no review


def test_the_last_answer_finishes_the_session(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    for _ in range(2):
        clock.advance(seconds=10)
        session.reveal("")
        session.grade(3)
    assert (session.state, session.current(), session.position()) == ("finished", None, (2, 2))
    row = session_row(raw, session.session_id)
    assert (row["state"], row["ended_at_ms"]) == ("finished", to_ms(T0 + timedelta(seconds=20)))
    assert store.unfinished_mock() is None
    clock.advance(seconds=100)
    assert session.elapsed() == 20.0


def test_end_early_on_an_untouched_question_leaves_it_not_asked_as_the_rest(store, sr, clock, raw):
    """Ended on a question with nothing typed and nothing revealed, the mock saved it as
    skipped: weak, "skipped" in the summary and in Weak Topics, though the person
    never chose to skip it (and had rated it Good before)."""
    from studyapp.core.weak import weak_among

    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?", "Q4?")
    clock.advance(seconds=15)
    session.reveal("")
    session.grade(3)
    clock.advance(seconds=5)
    session.typed_answer = "  \n"  # blank: nothing said
    summary = session.end()
    assert session.state == "finished"
    assert [(a["rating"], a["seconds"]) for a in answers(raw)] == [(3, 15.0)]
    row = session_row(raw, session.session_id)
    assert (row["state"], row["elapsed_seconds"]) == ("finished", 20.0)
    assert (summary.planned, summary.graded, summary.skipped) == (4, 1, 0)
    assert (summary.not_answered, summary.not_asked, summary.ending) == (0, 3, "ended early")
    assert mock_history(store)[-1].skipped == 0
    assert qid(store, "Q2?") not in weak_among(store, [qid(store, "Q2?")], clock.now(), sr)


def test_end_on_the_last_question_untouched_reads_ended_early(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.reveal("")
    session.grade(4)
    summary = session.end()
    assert (summary.graded, summary.skipped, summary.not_asked) == (1, 0, 1)
    assert summary.ending == "ended early" == mock_history(store)[-1].ending


def test_skip_then_end_keeps_the_skip_and_not_the_untouched_one(store, sr, clock, raw):
    """An explicit skip stays a skip; only the question ended on untouched is unasked."""
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?")
    session.skip()
    summary = session.end()
    assert [a["question_id"] for a in answers(raw)] == [qid(store, "Q1?")]
    assert (summary.skipped, summary.not_asked) == (1, 2)
    assert [r.question_id for r in summary.weakest] == [qid(store, "Q1?")]


@pytest.mark.parametrize(
    ("typed", "reveal", "coverage", "kept_as"),
    [
        ("K means moves centroids", True, 0.75, "not graded"),  # Inertia ticked by hand
        ("inertia", False, 0.25, "not graded"),  # typed, ticked as a reveal would
        ("", True, 0.25, "not graded"),  # revealed, nothing typed, one point by hand
    ],
)
def test_end_keeps_an_answered_question_as_answered_not_skipped(
    store, sr, clock, raw, typed, reveal, coverage, kept_as
):
    """Ended on a typed or revealed answer, the question was saved as skipped: its
    coverage gone and Weak Topics calling it skipped."""
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.typed_answer = typed
    if reveal:
        session.reveal()
        session.toggle_point(2)  # Inertia
        session.note = "say the elbow"
    summary = session.end()
    [row] = answers(raw)
    assert (row["rating"], row["coverage"], row["typed_answer"]) == (None, coverage, typed or None)
    assert row["note"] == ("say the elbow" if reveal else None)
    [kept] = summary.rows
    assert ("skipped" if kept.skipped else "not graded") == kept_as
    assert kept.ungraded is (kept_as == "not graded") and summary.graded == 0
    assert summary.skipped == (kept_as == "skipped")
    assert summary.ending == "ended early"
    # the key points covered: the summary's and the history's, as its row's
    assert summary.mean_coverage == mock_history(store)[-1].coverage == coverage
    weak = {r.question_id: r.weak_why for r in summary.weakest}
    assert kept.question_id not in weak  # no grade to go by: weak only with next to none


def test_an_answer_ended_with_next_to_none_of_its_points_is_weak_not_skipped(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q4?", "Q1?")
    session.typed_answer = "gradients flow"
    summary = session.end()
    [kept] = summary.rows
    assert (kept.ungraded, kept.coverage) == (True, 0.0)
    [weak] = summary.weakest
    assert "not graded but covered 0 % of the key points" in weak.weak_why
    assert "skipped" not in weak.weak_why


def test_a_past_mock_reads_back_whether_it_stopped_early(store, sr, clock):
    from studyapp.core.mock_results import past_mock

    whole = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=90)
    for _ in range(2):
        whole.reveal("")
        whole.grade(3)
    cut = session_over(store, sr, clock, "Q3?", "Q4?", "Q5?")
    cut.reveal("")
    cut.grade(1)
    cut.end()
    past = past_mock(store, whole.session_id, clock.now(), sr)
    assert (past.summary.ending, past.summary.graded, past.settings.seconds_per_question) == (
        "",
        2,
        90,
    )
    past = past_mock(store, cut.session_id, clock.now(), sr)
    summary = past.summary
    assert (summary.ending, summary.graded, summary.skipped, summary.not_asked) == (
        "ended early",
        1,
        0,
        2,
    )
    left = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?")
    left.reveal("")
    left.grade(2)
    left.abandon()  # on question 2: on screen, no answer kept; question 3 never asked
    summary = past_mock(store, left.session_id, clock.now(), sr).summary
    assert (summary.ending, summary.not_answered, summary.not_asked) == ("abandoned", 1, 1)
    assert past_mock(store, 9999, clock.now(), sr) is None


@pytest.mark.parametrize(
    ("setup", "action"),
    [
        ("ready", lambda s: s.reveal()),
        ("ready", lambda s: s.grade(3)),
        ("ready", lambda s: s.end()),
        ("asking", lambda s: s.grade(3)),
        ("asking", lambda s: s.toggle_point(0)),
        ("asking", lambda s: s.start()),
        ("revealed", lambda s: s.reveal()),
        ("finished", lambda s: s.skip()),
        ("finished", lambda s: s.end()),
        ("finished", lambda s: s.abandon()),
    ],
)
def test_actions_out_of_turn_are_refused(store, sr, clock, setup, action):
    session = MockSession(store, sr, clock, MockSettings(), [qid(store, "Q1?")])
    if setup != "ready":
        session.start()
    if setup == "revealed":
        session.reveal()
    if setup == "finished":
        session.end()
    with pytest.raises(MockStateError):
        action(session)


def test_ratings_outside_one_to_four_are_refused(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?")
    session.reveal()
    for rating in (0, 5):
        with pytest.raises(ValueError):
            session.grade(rating)
    assert session.state == "revealed"


# --- summary ---------------------------------------------------------------------------------


def test_summary_figures(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?", "Q4?", "Q5?")
    script = [
        (30, "k-means centroid inertia elbow method", 4),  # full coverage, Easy
        (130, "decision tree", 2),  # over time, half covered, Hard
        (60, "something about models", 3),  # typed, nothing covered: weak by coverage
        (10, None, None),  # skipped
        (20, "", 1),  # Again; no key terms
    ]
    for seconds, typed, rating in script:
        clock.advance(seconds=seconds)
        if rating is None:
            session.skip()
            continue
        if not session.check_time(typed):
            session.reveal(typed)
        session.grade(rating)
    summary = session.summary()
    assert [
        (r.position, r.title, r.seconds, r.overtime, r.rating, r.coverage) for r in summary.rows
    ] == [
        (1, "Q1?", 30.0, False, 4, 1.0),
        (2, "Q2?", 120.0, True, 2, 0.5),
        (3, "Q3?", 60.0, False, 3, 0.0),
        (4, "Q4?", 10.0, False, None, None),
        (5, "Q5?", 20.0, False, 1, None),
    ]
    assert (summary.planned, summary.graded, summary.skipped, summary.not_asked) == (5, 4, 1, 0)
    assert summary.mean_rating == 2.5
    assert summary.score == pytest.approx(50.0)
    assert summary.average_seconds == pytest.approx((30 + 120 + 60 + 20) / 4)
    assert summary.overtime_count == 1
    assert summary.mean_coverage == pytest.approx(0.5)
    assert summary.elapsed_seconds == 250.0  # the whole time, overtime included
    # Every answer that went wrong, in the Weak Topics tab's order (its score): the
    # person's own grade first (Again with nothing typed, Hard over time), then the
    # skipped one, then Good with none of the key points said: a lexical guess against
    # the person's Good (fairness.answer_shortfall). It came first, the Again third.
    assert [r.title for r in summary.weakest] == ["Q5?", "Q2?", "Q4?", "Q3?"]


@pytest.mark.parametrize(
    ("rating", "overtime", "coverage", "previous", "weak"),
    [
        (None, False, None, None, True),  # skipped
        (1, False, 1.0, None, True),  # the person's grade leads, both ways
        (2, False, 1.0, None, True),
        (3, True, 1.0, None, False),  # over time, but the person rated it Good
        (4, False, 0.4, None, False),  # Easy with 40 % of the points: above the floor
        (3, False, 0.5, None, False),
        (3, False, 0.1, None, True),  # Good, but next to none of the points said
        (3, False, 0.1, 2, True),
        (3, False, 0.0, 4, False),  # Good now and Easy before: never for coverage alone
        (4, False, 0.0, 3, False),
        (4, False, None, None, False),
    ],
)
def test_what_counts_as_weak(rating, overtime, coverage, previous, weak):
    row = MockSummaryRow(1, "q", "Q?", 10.0, overtime, rating, coverage, None, None, previous)
    assert row.is_weak is weak


def test_weakest_lists_only_weak_questions_and_trusts_good_grades(store, sr, clock):
    # The mock: five questions, "Weakest (5)" listed all five, one rated Easy.
    review(store, sr, "Q3?", 4, days_ago=3)  # Q3 was Easy before the mock
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?", "Q4?", "Q5?")
    script = [
        ("k-means groups points by centroid", 3),  # Good, half the points
        ("a tree splits on gini impurity", 4),  # Easy, all points
        ("", 4),  # Easy, no point matched, and Easy last time: the person knows it
        ("backprop", 2),  # Hard: weak whatever was said
        ("", 3),  # Good, the answer has no points
    ]
    for typed, rating in script:
        clock.advance(seconds=30)
        session.reveal(typed)
        session.grade(rating)
    summary = session.summary()
    assert [r.title for r in summary.weakest] == ["Q4?"]
    assert summary.rows[2].previous_rating == 4


def test_an_answer_nothing_measured_is_judged_by_its_grade(store, sr, clock, raw):
    """Revealed with nothing typed and no point ticked (said aloud), then rated Easy:
    it was saved with coverage 0 % and listed among the weakest. A point ticked by
    hand is a measure again."""
    session = session_over(store, sr, clock, "Q1?", "Q3?", "Q2?")
    for ticks, rating in (((), 4), ((), 2), ((0,), 3)):
        clock.advance(seconds=30)
        session.reveal("")
        for index in ticks:
            session.toggle_point(index)
        session.grade(rating)
    assert [a["coverage"] for a in answers(raw)] == [None, None, 0.5]
    assert [r.title for r in session.summary().weakest] == ["Q3?"]


def test_a_mock_where_nothing_went_wrong_has_no_weakest(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q3?")
    for typed in ("k-means centroid inertia elbow method", "bias and variance"):
        clock.advance(seconds=30)
        session.reveal(typed)
        session.grade(3)
    assert session.summary().weakest == ()
    assert session.retry_weak() is None


@pytest.mark.parametrize(
    ("mean", "score"), [(None, None), (1, 0.0), (2, 100 / 3), (3, 200 / 3), (4, 100.0)]
)
def test_score_maps_ratings_to_percent(mean, score):
    assert score_percent(mean) == (None if score is None else pytest.approx(score))


def test_retry_the_weak_ones_as_a_new_mock(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?", seconds_per_question=60)
    for rating in (4, 1, 2):
        session.reveal(
            "k means centroid inertia elbow method decision tree gini impurity bias variance"
        )
        session.grade(rating)
    retry = session.retry_weak()
    assert retry is not None and retry.state == "ready"
    assert [q.title for q in retry.questions] == ["Q2?", "Q3?"]
    assert (retry.settings.count, retry.settings.seconds_per_question) == (2, 60)
    retry.start()
    assert retry.session_id != session.session_id
    assert load_settings(store) == MockSettings()  # a retry does not change the set-up
    strong = session_over(store, sr, clock, "Q1?")
    strong.reveal("k means centroid inertia elbow method")
    strong.grade(4)
    assert strong.retry_weak() is None


# --- closing the app mid-session --------------------------------------------------------------


def test_resume_after_a_crash_continues_at_the_next_ungraded_question(db_path, sr, clock):
    with Store.open(db_path) as store:
        store.import_document(deck_doc(), "x.md", "hash")
        session = session_over(
            store, sr, clock, "Q1?", "Q2?", "Q3?", "Q4?", seconds_per_question=90
        )
        for rating in (3, 4):
            clock.advance(seconds=25)
            session.reveal("")
            session.grade(rating)
        clock.advance(seconds=40)  # the third question is on screen when the app dies
        session_id = session.session_id
        del session

    clock.advance(seconds=3600)
    with Store.open(db_path) as store:
        assert store.unfinished_mock().id == session_id
        resumed = MockSession.resume_unfinished(store, sr, clock)
        assert resumed is not None and resumed.state == "ready"
        assert resumed.settings.seconds_per_question == 90
        resumed.start()
        assert (resumed.session_id, resumed.position()) == (session_id, (3, 4))
        assert resumed.current().title == "Q3?"
        assert (resumed.time_left(), resumed.elapsed()) == (90.0, 50.0)  # time carried over
        for rating in (2, 1):
            clock.advance(seconds=10)
            resumed.reveal("")
            resumed.grade(rating)
        assert resumed.state == "finished"
        assert store.unfinished_mock() is None
        summary = resumed.summary()
        assert [r.rating for r in summary.rows] == [3, 4, 2, 1]
        assert summary.elapsed_seconds == 70.0


# --- drafts ------------------------------------------------------------------------------


def test_drafts_are_written_every_few_seconds_on_the_session_clock(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    assert session.save_draft("k", "") is True  # the first change: at once
    clock.advance(seconds=TEXT_DRAFT_EVERY_SECONDS / 2)
    assert session.save_draft("k-me", "") is False  # too soon: kept, not written yet
    assert store.mock_draft(session.session_id).typed_answer == "k"
    clock.advance(seconds=TEXT_DRAFT_EVERY_SECONDS / 2)
    assert session.save_draft("k-means", "check") is True  # a second on: typing is kept
    draft = store.mock_draft(session.session_id)
    assert (draft.position, draft.typed_answer, draft.note) == (0, "k-means", "check")
    assert draft.saved_at_ms == to_ms(clock.now())
    clock.advance(seconds=DRAFT_EVERY_SECONDS - 1)
    assert session.save_draft() is False  # only the clock moved: every few seconds
    clock.advance(seconds=1)
    assert session.save_draft() is True
    clock.advance(seconds=3)
    session.pause()
    assert session.save_draft(now=True) is True  # the time used up to the pause
    spent = TEXT_DRAFT_EVERY_SECONDS + DRAFT_EVERY_SECONDS + 3
    assert store.mock_draft(session.session_id).question_seconds == spent
    clock.advance(seconds=60)
    assert session.save_draft() is False  # paused, nothing changed: nothing to write
    assert session.save_draft(now=True) is False


def test_a_reveal_writes_the_draft_at_once(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?")
    session.save_draft("k-means", "")
    clock.advance(seconds=1)
    session.reveal("k-means moves centroids", note="forgot inertia")
    draft = store.mock_draft(session.session_id)
    assert (draft.typed_answer, draft.note) == ("k-means moves centroids", "forgot inertia")


def test_grading_keeps_the_answer_and_its_note_and_drops_the_draft(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.save_draft("centroids", "ask about k")
    session.reveal()
    session.grade(3)  # the note box's draft is the note
    assert store.mock_draft(session.session_id) is None
    (row,) = answers(raw)
    assert (row["typed_answer"], row["note"]) == ("centroids", "ask about k")
    assert (session.typed_answer, session.note) == ("", "")  # the next question starts empty


def test_after_a_crash_the_typed_answer_and_note_come_back(db_path, sr, clock):
    with Store.open(db_path) as store:
        store.import_document(deck_doc(), "x.md", "hash")
        session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?")
        clock.advance(seconds=20)
        session.reveal("k-means")
        session.grade(3)
        clock.advance(seconds=30)
        session.save_draft("a tree splits on gini", "check entropy too")
        clock.advance(seconds=TEXT_DRAFT_EVERY_SECONDS / 2)
        session.save_draft("a tree splits on gini impurity", "check entropy too")  # not yet
        session_id = session.session_id
        del session  # the app dies

    with Store.open(db_path) as store:
        resumed = MockSession.resume_unfinished(store, sr, clock)
        resumed.start()
        assert resumed.current().title == "Q2?"
        assert resumed.typed_answer == "a tree splits on gini"  # as last written
        assert resumed.note == "check entropy too"
        resumed.reveal()
        resumed.grade(4)
        assert store.mock_draft(session_id) is None
        (_, second) = store.mock_answers(session_id)
        assert (second.typed_answer, second.note) == ("a tree splits on gini", "check entropy too")


def test_a_draft_of_another_question_does_not_come_back(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.save_draft("about Q1", "")
    session.skip()  # answered as skipped: the draft went with it
    store.save_mock_draft(session.session_id, 0, "stale", "", to_ms(clock.now()))
    resumed = MockSession.reopen(store, sr, clock, session.session_id)
    resumed.start()
    assert resumed.current().title == "Q2?" and resumed.typed_answer == ""


def test_a_resumed_question_goes_on_with_the_time_it_had(db_path, sr, clock):
    """Quitting mid-question and resuming gave the full countdown back, and the session
    clock went back to the last answer."""
    with Store.open(db_path) as store:
        store.import_document(deck_doc(), "x.md", "hash")
        session = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=90)
        clock.advance(seconds=20)
        session.reveal("")
        session.grade(3)
        clock.advance(seconds=50)
        session.pause()  # a quit pauses, then keeps the draft at once
        assert session.save_draft(now=True) is True
        session_id = session.session_id
    clock.advance(hours=5)  # the app stays closed: no time is used
    with Store.open(db_path) as store:
        resumed = MockSession.resume_unfinished(store, sr, clock)
        resumed.start()
        assert (resumed.time_left(), resumed.elapsed()) == (40.0, 70.0)
        clock.advance(seconds=40)
        assert resumed.check_time() is True  # time is up where it would have been
        assert resumed.overtime
        resumed.grade(2)
        (_, second) = store.mock_answers(session_id)
        assert (second.seconds, second.overtime) == (90.0, True)
        assert store.mock_session(session_id).elapsed_seconds == 110.0


def test_a_question_revealed_before_the_quit_keeps_its_answer_time(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=90)
    clock.advance(seconds=30)
    session.reveal("k-means")  # written at the reveal: 30 s on the question
    clock.advance(seconds=10)  # reading the model answer: the session's clock runs
    session.save_draft(now=True)
    draft = store.mock_draft(session.session_id)
    assert (draft.question_seconds, draft.session_seconds) == (30.0, 40.0)
    resumed = MockSession.reopen(store, sr, clock, session.session_id)
    assert resumed.resumes_revealed()
    resumed.start()
    assert (resumed.time_left(), resumed.elapsed()) == (60.0, 40.0)


def test_a_question_revealed_before_the_quit_comes_back_revealed_for_its_grade(store, sr, clock):
    """A mock quit with the model answer on screen came back asking: the answer hidden
    again, the clock running on an answer already read, the typed text open to edit."""
    session = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=90)
    clock.advance(seconds=30)
    points = session.reveal("k-means assigns points to the nearest centroid")
    session.pause()  # a quit: paused, the draft kept at once
    session.save_draft(now=True)
    clock.advance(hours=2)
    resumed = MockSession.reopen(store, sr, clock, session.session_id)
    resumed.start()
    assert resumed.state == "revealed"
    assert resumed.typed_answer == "k-means assigns points to the nearest centroid"
    assert points and [p.term for p in resumed.key_points()] == [p.term for p in points]
    assert [p.ticked for p in resumed.key_points()] == [p.ticked for p in points]
    clock.advance(seconds=300)  # reading and grading: the question's time stays
    assert resumed.time_left() == 60.0 and not resumed.overtime
    resumed.grade(3)
    (first,) = store.mock_answers(session.session_id)
    assert (first.seconds, first.overtime) == (30.0, False)
    assert resumed.current().title == "Q2?" and resumed.state == "asking"


def test_a_question_whose_time_ran_out_comes_back_revealed_and_over_time(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=60)
    clock.advance(seconds=61)
    assert session.check_time("half an answer") is True
    session.save_draft(now=True)
    resumed = MockSession.reopen(store, sr, clock, session.session_id)
    resumed.start()
    assert resumed.state == "revealed" and resumed.overtime
    resumed.grade(2)
    (first,) = store.mock_answers(session.session_id)
    assert (first.seconds, first.overtime) == (60.0, True)


def test_the_clock_alone_is_written_every_few_seconds_while_it_runs(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    clock.advance(seconds=1)
    assert session.save_draft() is False  # a tick right after the question showed
    clock.advance(seconds=DRAFT_EVERY_SECONDS)
    assert session.save_draft() is True
    assert store.mock_draft(session.session_id).question_seconds == 1 + DRAFT_EVERY_SECONDS
    clock.advance(seconds=1)
    assert session.save_draft() is False


@pytest.mark.parametrize(
    ("question_seconds", "session_seconds"), [("'soon'", "-4"), ("-1", "1e300"), ("x'00'", "'a'")]
)
def test_a_damaged_draft_time_resumes_as_before(
    store, sr, clock, raw, question_seconds, session_seconds
):
    """Times another tool or damage wrote: the question starts again, the session's time
    is the one saved with its last answer."""
    session = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=90)
    clock.advance(seconds=20)
    session.reveal("")
    session.grade(3)
    clock.advance(seconds=30)
    session.save_draft("kept", "", now=True)
    raw.execute(
        f"UPDATE mock_drafts SET question_seconds = {question_seconds},"
        f" session_seconds = {session_seconds}"
    )
    raw.commit()
    resumed = MockSession.reopen(store, sr, clock, session.session_id)
    resumed.start()
    assert (resumed.typed_answer, resumed.time_left(), resumed.elapsed()) == ("kept", 90.0, 20.0)


def test_drafts_only_for_running_sessions(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?")
    session.end()
    with pytest.raises(ValueError, match="not running"):
        store.save_mock_draft(session.session_id, 0, "late", "", to_ms(clock.now()))
    with pytest.raises(MockStateError):
        session.save_draft("late")


def test_a_spoken_answer_keeps_its_recording(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.recording_path = "/recordings/mock-1-q1.m4a"
    session.reveal("")
    session.grade(3)
    assert session.recording_path is None  # the next question has none yet
    session.skip()
    first, second = store.mock_answers(session.session_id)
    assert (first.recording_path, second.recording_path) == ("/recordings/mock-1-q1.m4a", None)


def test_resume_skips_questions_removed_since(store, sr, clock):
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?")
    session.reveal("")
    session.grade(3)
    doc = deck_doc()
    doc.questions = [q for q in doc.questions if q.title != "Q2?"]
    store.import_document(doc, "x.md", "hash2")
    resumed = MockSession.resume_unfinished(store, sr, clock)
    resumed.start()
    assert resumed.current().title == "Q3?"
    assert resumed.position() == (2, 2)
    resumed.reveal("")
    resumed.grade(4)
    assert resumed.state == "finished"


def test_a_session_answered_in_full_is_finished_not_resumed(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?")
    store.record_mock_answer(
        session.session_id, qid(store, "Q1?"), 0, seconds=5.0, overtime=False, rating=3
    )
    assert MockSession.resume_unfinished(store, sr, clock) is None
    assert session_row(raw, session.session_id)["state"] == "finished"


def test_abandon_leaves_the_session_with_its_answers(store, sr, clock, raw):
    assert abandon_unfinished(store, clock) is False
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.reveal("")
    session.grade(3)
    clock.advance(seconds=60)
    assert abandon_unfinished(store, clock) is True
    row = session_row(raw, session.session_id)
    assert (row["state"], row["ended_at_ms"]) == ("abandoned", to_ms(clock.now()))
    assert len(answers(raw)) == 1
    assert MockSession.resume_unfinished(store, sr, clock) is None
    assert [h.state for h in mock_history(store)] == ["abandoned"]
    assert mock_history(store, include_abandoned=False) == []


def test_abandon_from_the_session_object(store, sr, clock, raw):
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.abandon()
    assert session.state == "abandoned"
    assert session_row(raw, session.session_id)["state"] == "abandoned"
    unstarted = MockSession(store, sr, clock, MockSettings(), [qid(store, "Q1?")])
    unstarted.abandon()
    assert unstarted.state == "abandoned" and unstarted.session_id is None


def test_starting_a_new_session_abandons_a_forgotten_one(store, sr, clock, raw):
    old = session_over(store, sr, clock, "Q1?")
    clock.advance(seconds=10)
    new = session_over(store, sr, clock, "Q2?")
    assert session_row(raw, old.session_id)["state"] == "abandoned"
    assert store.unfinished_mock().id == new.session_id


# --- history and trend -----------------------------------------------------------------------


def test_history_names_the_topics_chosen_marking_those_none_asked_of(store, sr, clock):
    """A new user's history said "All topics" beside a mock that asked three
    questions from one topic: a mock over every topic names the topics of the
    questions it asked. A tester's history then left out a ticked topic no question
    was drawn from: the topics ticked are named, that one marked "none asked"."""
    ml, dl, trees = topic_id(store, "ML"), topic_id(store, "DL"), topic_id(store, "Trees")
    everything = session_over(store, sr, clock, "Q4?", "Q2?")
    everything.skip()
    everything.reveal("")
    everything.grade(3)
    clock.advance(seconds=3_600)
    # Trees and DL chosen; only the DL question was asked before the mock was left.
    left = session_over(store, sr, clock, "Q4?", "Q2?", topic_ids=(trees, dl))
    left.reveal("")
    left.grade(2)
    left.abandon()
    clock.advance(seconds=3_600)
    unasked = session_over(store, sr, clock, "Q1?", topic_ids=(ml,))
    unasked.abandon()
    labels = [h.topic_label for h in mock_history(store)]
    # Left before its first answer: the topics of the questions it was started with,
    # where the history said "–".
    # A subtopic by its path, as the answer's header names it ("Trees" alone left its
    # parent to guess).
    assert labels == ["AI: DL, ML / Trees", "AI: ML / Trees (none asked), DL", "AI: ML"]


def test_a_mock_left_unasked_names_the_topics_it_was_started_with(store, sr, clock):
    """Every topic, two topics' questions planned, none asked: both named, in asking
    order; none marked "none asked" (nothing was)."""
    session_over(store, sr, clock, "Q4?", "Q1?").abandon()
    dl, trees = topic_id(store, "DL"), topic_id(store, "Trees")
    session_over(store, sr, clock, "Q4?", "Q2?", topic_ids=(trees, dl)).abandon()
    every, chosen = mock_history(store)
    assert every.state == "abandoned" and every.questions == 0
    assert every.topic_label == "AI: DL, ML"
    assert chosen.topic_label == "AI: ML / Trees, DL"


def test_history_and_trend(store, sr, clock):
    ml, dl = topic_id(store, "ML"), topic_id(store, "DL")
    runs = [
        ((ml,), ["Q1?", "Q3?"], [(2, 40), (2, 60)]),  # score 33.3, avg 50 s
        ((ml, dl), ["Q1?", "Q4?"], [(3, 30), (4, 20)]),  # 83.3, 25 s
        ((), ["Q2?", "Q5?"], [(4, 10), (None, 5)]),  # 100 (the skip does not count), 10 s
    ]
    for topics, names, grades in runs:
        session = session_over(store, sr, clock, *names, topic_ids=topics)
        for rating, seconds in grades:
            clock.advance(seconds=seconds)
            if rating is None:
                session.skip()
            else:
                session.reveal("")
                session.grade(rating)
        clock.advance(seconds=86_400)
    history = mock_history(store)
    assert [(h.topics, h.topic_label) for h in history] == [
        (("AI: ML",), "AI: ML"),
        (("AI (all topics)",), "AI (all topics)"),  # every topic of the deck ticked
        (("AI: ML / Trees",), "AI: ML / Trees"),  # all topics chosen; Q2 and Q5 asked
    ]
    assert [h.score for h in history] == [pytest.approx(100 / 3), pytest.approx(250 / 3), 100.0]
    assert [h.avg_seconds for h in history] == [50.0, 25.0, 10.0]
    assert [(h.questions, h.planned, h.skipped) for h in history] == [
        (2, 2, 0),
        (2, 2, 0),
        (1, 2, 1),
    ]
    assert history[0].date == T0
    assert history[1].date == T0 + timedelta(seconds=100 + 86_400)
    assert all(h.state == "finished" for h in history)

    trend = mock_trend(history)
    assert trend.last == 100.0
    assert trend.delta == pytest.approx(100 - 250 / 3)
    assert trend.baseline == pytest.approx((100 / 3 + 250 / 3) / 2)
    assert trend.direction == "up"


def history_row(score: float | None, state: str = "finished") -> MockHistoryRow:
    return MockHistoryRow(1, T0, (), score, None, 1, 1, 0, 0, None, 0.0, state)


@pytest.mark.parametrize(
    ("scores", "delta", "change", "direction"),
    [
        ([], None, None, None),
        ([50.0], None, None, None),
        ([40.0, 60.0], None, None, None),  # two sessions are not a trend yet
        ([None, 40.0, None, 60.0], None, None, None),
        ([20.0, 40.0, 60.0], 20.0, 30.0, "up"),
        ([80.0, 50.0, 20.0], -30.0, -45.0, "down"),
        ([50.0, 50.5, 50.0, 50.5], 0.5, 0.33, "flat"),
        ([10.0, None, 20.0, 30.0], 10.0, 15.0, "up"),  # sessions with nothing graded are left out
        # tester1's history: a +50 session after a bad one read "slipping" (the slope
        # over three fell); the last, 67, is well over the mean of the two before (50).
        ([83.3, 16.7, 66.7], 50.0, 16.7, "up"),
        # and the other way round: a -50 session after a good one is slipping
        ([16.7, 83.3, 33.3], -50.0, -16.7, "down"),
        ([60.0, 40.0, 52.0], 12.0, 2.0, "flat"),  # within 5 points of the mean: steady
    ],
)
def test_trend(scores, delta, change, direction):
    trend = mock_trend([history_row(s) for s in scores])
    assert trend.delta == (None if delta is None else pytest.approx(delta))
    assert trend.change == (None if change is None else pytest.approx(change, abs=0.01))
    assert trend.direction == direction


GEN, GIT = ((4,),), ((14,),)  # one top-level topic each, as paths


@pytest.mark.parametrize(
    ("rows", "alike", "direction", "baseline"),
    [
        # The tester's: Generative Models 33, then Git 33 and 44: "11 points above the
        # mean of the 2 before it" set Git against Generative Models. Two Git mocks are
        # no trend yet; a third is read against the Git ones only.
        ([(GEN, 33.0), (GIT, 33.0), (GIT, 44.0)], (33.0, 44.0), None, None),
        ([(GEN, 33.0), (GIT, 33.0), (GIT, 44.0), (GIT, 20.0)], (33.0, 44.0, 20.0), "down", 38.5),
        # The last on topic 1 and on 5 within 2: against a mock within 1 and one over
        # all of 2, not one on 3, nor one on 6, a sister of 5 within 2.
        (
            [
                (((1, 7),), 50.0),
                (((3,),), 90.0),
                (((2,),), 60.0),
                (((2, 6),), 10.0),
                (((1,), (2, 5)), 80.0),
            ],
            (50.0, 60.0, 80.0),
            "up",
            55.0,
        ),
    ],
    ids=["two-alike", "three-alike", "within-a-topic"],
)
def test_a_trend_compares_mocks_that_share_a_topic(rows, alike, direction, baseline):
    history = [replace(history_row(score), topic_paths=paths) for paths, score in rows]
    trend = mock_trend(history)
    assert trend.scores == tuple(score for _p, score in rows)  # the chart: every one
    assert trend.alike == alike and trend.direction == direction
    assert trend.baseline == (None if baseline is None else pytest.approx(baseline))


def test_abandoned_mocks_make_no_trend():
    # The history: an abandoned 1-of-5 mock showed "Trend ↑ improving".
    rows = [history_row(30.0), history_row(40.0), history_row(100.0, "abandoned")]
    trend = mock_trend(rows)
    assert trend.direction is None and trend.scores == (30.0, 40.0)
    rows.append(history_row(35.0))
    assert mock_trend(rows).direction == "flat"  # three finished: 35, the mean of 30 and 40
    assert mock_trend(rows).last == 35.0


def test_trend_reads_only_the_recent_window():
    rows = [history_row(s) for s in (100.0, 0.0, 10.0, 20.0)]
    trend = mock_trend(rows, window=3)  # 20 against the mean of 0 and 10
    assert trend.baseline == pytest.approx(5.0) and trend.before == 2
    assert trend.direction == "up"


# --- choosing questions -----------------------------------------------------------------------


def review(store: Store, sr: SpacedRepetition, title: str, rating: int, days_ago: float) -> None:
    at = T0 - timedelta(days=days_ago)
    card, due = sr.grade(store.card_json(qid(store, title)), rating, at)
    store.record_review(qid(store, title), rating, 5.0, "study", card, due, to_ms(at))


@pytest.fixture
def history(store, sr) -> Store:
    """Q1 Easy yesterday (not due, well known); Q2 Again yesterday; Q3 Good a month ago
    (due, recall ~0.67); Q4 Hard yesterday (due); Q5 never reviewed."""
    review(store, sr, "Q1?", 4, 1)
    review(store, sr, "Q2?", 1, 1)
    review(store, sr, "Q3?", 3, 30)
    review(store, sr, "Q4?", 2, 1)
    return store


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("weakest", ["Q2?", "Q4?", "Q5?", "Q3?", "Q1?"]),
        ("due", ["Q3?", "Q2?", "Q4?", "Q5?", "Q1?"]),
    ],
)
def test_order_strategies(history, sr, order, expected):
    settings = MockSettings(count=5, order=order)
    chosen = choose_questions(history, settings, T0, sr, random.Random(0))
    assert titles(history, chosen) == expected
    fewer = choose_questions(history, MockSettings(count=2, order=order), T0, sr, random.Random(0))
    assert titles(history, fewer) == expected[:2]


def test_weakest_first_after_a_session_asks_what_is_still_being_learnt_first(store, sr):
    """Just after a study session every recall chance is 1, or a thousandth short of
    it: Q1, graded Easy, could come first, before the questions still being learnt."""
    review(store, sr, "Q1?", 4, 20 / 1440)
    for title in ("Q2?", "Q3?", "Q4?"):
        review(store, sr, title, 3, 5 / 1440)
    for seed in range(8):
        settings = MockSettings(count=5, order="weakest")
        chosen = titles(store, choose_questions(store, settings, T0, sr, random.Random(seed)))
        studied = [title for title in chosen if title != "Q5?"]  # Q5: never studied
        assert studied[-1] == "Q1?" and sorted(studied) == ["Q1?", "Q2?", "Q3?", "Q4?"]


def test_random_order_is_a_seeded_sample(history, sr):
    settings = MockSettings(count=3, order="random")
    first = choose_questions(history, settings, T0, sr, random.Random(42))
    again = choose_questions(history, settings, T0, sr, random.Random(42))
    assert first == again
    pool = [q.id for q in history.questions()]
    assert len(set(first)) == 3 and set(first) <= set(pool)
    seen = {
        tuple(choose_questions(history, settings, T0, sr, random.Random(seed)))
        for seed in range(20)
    }
    assert len(seen) > 1


@pytest.mark.parametrize("order", ["weakest", "due", "random"])
def test_a_question_without_an_answer_is_asked_only_when_the_answered_run_out(db_path, sr, order):
    """Notes often hold a question written down and never answered: a mock that asks
    it has nothing to compare the typed answer with at the reveal."""
    doc = ParsedDocument(
        "Gaps",
        "markdown",
        [ParsedQuestion(f"Q{i}?", "" if i % 2 else f"Answer {i}.", i, ("T",)) for i in range(1, 9)],
    )
    with Store.open(db_path) as store:
        store.import_document(doc, "gaps.md", "h")
        for seed in range(10):
            chosen = choose_questions(
                store, MockSettings(count=4, order=order), T0, sr, random.Random(seed)
            )
            assert sorted(titles(store, chosen)) == ["Q2?", "Q4?", "Q6?", "Q8?"]
        # Six asked of four answered: the two left are unanswered ones.
        chosen = choose_questions(store, MockSettings(count=6, order=order), T0, sr)
        asked = titles(store, chosen)
        assert sorted(asked[:4]) == ["Q2?", "Q4?", "Q6?", "Q8?"]
        assert len(asked) == 6 and all(t in {"Q1?", "Q3?", "Q5?", "Q7?"} for t in asked[4:])


@pytest.mark.parametrize("order", ["weakest", "due", "random"])
def test_only_the_chosen_topics_with_their_subtopics(history, sr, order):
    ml = topic_id(history, "ML")
    settings = MockSettings(topic_ids=(ml,), count=10, order=order)
    chosen = choose_questions(history, settings, T0, sr, random.Random(3))
    assert sorted(titles(history, chosen)) == ["Q1?", "Q2?", "Q3?", "Q5?"]


def test_new_questions_tie_break_by_the_rng(store, sr):
    settings = MockSettings(count=5, order="weakest")
    orders = {
        tuple(choose_questions(store, settings, T0, sr, random.Random(seed))) for seed in range(20)
    }
    assert len(orders) > 1  # all new: the rng decides
    assert all(sorted(o) == sorted(q.id for q in store.questions()) for o in orders)


def test_mock_grades_feed_the_next_choice(store, sr, clock):
    session = session_over(store, sr, clock, "Q3?", "Q1?")
    session.reveal("")
    session.grade(1)
    session.reveal("")
    session.grade(4)
    chosen = choose_questions(
        store, MockSettings(order="weakest"), clock.now(), sr, random.Random(0)
    )
    assert titles(store, chosen)[0] == "Q3?"
    assert titles(store, chosen)[-1] == "Q1?"


def test_time_running_out_on_a_full_disk_still_reveals(store, sr, clock):
    """The reveal's draft failed on a full disk and stopped the reveal: the countdown
    reached zero and the question never showed its answer."""
    from tests.core.test_disk_errors import fill_until_full

    session = session_over(store, sr, clock, "Q1?", "Q2?", seconds_per_question=60)
    fill_until_full(store)
    clock.advance(seconds=61)
    assert session.check_time("k-means " * 1000) is True
    assert session.state == "revealed" and session.overtime
    assert session.draft_error is not None and "full" in session.draft_error.message
    assert session.typed_answer.startswith("k-means")  # kept here for the grade
    store._conn.execute("PRAGMA max_page_count = 1000000")
    session.grade(2)
    (answer,) = store.mock_answers(session.session_id)
    assert (answer.rating, answer.overtime, answer.seconds) == (2, True, 60.0)
    assert session.state == "asking" and session.position() == (2, 2)  # the next question
    session.save_draft("room again", "", now=True)  # the disk has room: the error is over
    assert session.draft_error is None


def test_weakest_with_the_same_grade_lists_the_least_covered_first(store, sr, clock):
    """A tester's summary listed "HTTP/2 — rated Again, 25 %" before "replication —
    rated Again, 0 %": answers the Weak Topics tab scores alike were listed in asking
    order. Within them, the answer that said less (fairness.answer_shortfall, then its
    coverage; nothing typed as none said) comes first."""
    session = session_over(store, sr, clock, "Q1?", "Q2?", "Q3?", "Q4?")
    for typed in ("k-means", "a decision tree", "", "gradients flow"):
        clock.advance(seconds=30)
        session.reveal(typed)
        session.grade(1)
    summary = session.summary()
    assert [(r.title, r.coverage) for r in summary.rows] == [
        ("Q1?", 0.25),
        ("Q2?", 0.5),
        ("Q3?", None),
        ("Q4?", 0.0),
    ]
    assert [r.title for r in summary.weakest] == ["Q3?", "Q4?", "Q1?", "Q2?"]

"""Key points ticked by hand in a mock come back when it resumes (after a crash or a
quit), and so do the coverage and what its grade records.

A tester ticked key points, quit (or the app was killed) and resumed: the typed answer
and the note came back, every key point unticked ("0 % · 0 of 8"), and the grade
recorded a coverage of 0 %: the draft kept no ticks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from tests.core.shared import open_deck

KMEANS = (
    "**K-Means** groups points around a **Centroid**; **Inertia** measures the fit.\n\n"
    "Use the **Elbow Method** to pick K."
)
QUIZ = (
    "Which structure is immutable?\n\n- A) list\n- B) tuple\n- C) dict\n\n"
    "**Answer:** B\n\nA **tuple** cannot change after it is made; a **list** can, "
    "through **append** and item assignment."
)
TREE = "A **decision tree** splits on **Gini impurity**."


def deck(kmeans: str = KMEANS) -> ParsedDocument:
    questions = [
        ("K-means?", kmeans),
        ("Which is immutable?", QUIZ),
        ("Trees?", TREE),
    ]
    return ParsedDocument(
        deck_name="AI",
        format="markdown",
        questions=[
            ParsedQuestion(title, answer, line, ("ML",))
            for line, (title, answer) in enumerate(questions, start=1)
        ],
        has_sections=True,
    )


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "s.sqlite3"


@pytest.fixture
def store(db_path) -> Iterator[Store]:
    yield from open_deck(db_path, deck())


def started(store, sr, clock, *titles: str) -> MockSession:
    by_title = {q.title: q.id for q in store.questions()}
    session = MockSession(store, sr, clock, MockSettings(), [by_title[t] for t in titles])
    session.start()
    return session


def ticks(session: MockSession) -> list[tuple[str, bool]]:
    return [(p.term, p.ticked) for p in session.key_points()]


def toggle_to(session: MockSession, wanted: dict[int, bool]) -> None:
    for index, ticked in wanted.items():
        if session.key_points()[index].ticked != ticked:
            session.toggle_point(index)


@pytest.mark.parametrize(
    ("title", "typed", "wanted"),
    [
        # Ticked by hand over what the typed answer matched, one of its ticks taken off.
        ("K-means?", "k-means moves each centroid", {0: False, 1: True, 2: True}),
        # A quiz: nothing typed (said aloud), its right option and a term ticked by hand.
        ("Which is immutable?", "", {0: True, 2: True}),
    ],
)
def test_ticks_survive_a_crash_and_count_in_the_grade(db_path, sr, clock, title, typed, wanted):
    with Store.open(db_path) as store:
        store.import_document(deck(), "x.md", "hash")
        session = started(store, sr, clock, title, "Trees?")
        clock.advance(seconds=30)
        session.reveal(typed)
        toggle_to(session, wanted)
        left = ticks(session)
        coverage = session.coverage()
        assert any(t for _, t in left) and coverage
        session_id = session.session_id
        del session  # killed: no quit, no pause, nothing written after the last tick

    clock.advance(hours=1)
    with Store.open(db_path) as store:
        resumed = MockSession.resume_unfinished(store, sr, clock)
        resumed.start()
        assert resumed.state == "revealed"
        assert ticks(resumed) == left
        assert resumed.coverage() == coverage
        resumed.grade(3)
        (answer,) = store.mock_answers(session_id)
        assert answer.coverage == pytest.approx(coverage)


def test_ticks_survive_a_quit_and_a_later_tick_is_kept_too(store, sr, clock):
    session = started(store, sr, clock, "K-means?", "Trees?")
    clock.advance(seconds=20)
    session.reveal("")
    session.toggle_point(1)
    session.toggle_point(2)
    session.pause()  # a quit: paused, the draft kept at once
    session.save_draft(now=True)
    again = MockSession.reopen(store, sr, clock, session.session_id)
    again.start()
    assert [t for _, t in ticks(again)] == [False, True, True]
    again.toggle_point(2)  # changed after the resume: kept as well
    third = MockSession.reopen(store, sr, clock, session.session_id)
    third.start()
    assert [t for _, t in ticks(third)] == [False, True, False]
    assert third.coverage() == pytest.approx(1 / 3)


def test_a_model_answer_changed_since_keeps_the_ticks_of_the_points_it_still_has(
    db_path, sr, clock
):
    """The notes re-imported while the mock was closed: the points still there keep their
    ticks; a new one is ticked as the typed answer covers it."""
    with Store.open(db_path) as store:
        store.import_document(deck(), "x.md", "hash")
        session = started(store, sr, clock, "K-means?", "Trees?")
        session.reveal("silhouette")
        index = [p.term for p in session.key_points()].index("Inertia")
        session.toggle_point(index)
        session_id = session.session_id
        changed = "**Silhouette** scores the clusters. " + KMEANS
        store.import_document(deck(changed), "x.md", "hash-2")
        resumed = MockSession.reopen(store, sr, clock, session_id)
        resumed.start()
        points = dict(ticks(resumed))
        assert points["Inertia"] is True and points["Centroid"] is False
        assert points["Silhouette"] is True  # matched in the typed answer


@pytest.mark.parametrize("kept", ["'not json'", "'{\"a\": 1}'", "'[[\"Inertia\", 1]]'", "x'00'"])
def test_key_points_another_tool_wrote_resume_as_matched(store, sr, clock, db_path, kept):
    session = started(store, sr, clock, "K-means?", "Trees?")
    session.reveal("k-means moves each centroid")
    session.toggle_point(2)
    with sqlite3.connect(db_path) as raw:
        raw.execute(f"UPDATE mock_drafts SET key_points_json = {kept}")
    resumed = MockSession.reopen(store, sr, clock, session.session_id)
    resumed.start()
    assert [t for _, t in ticks(resumed)] == [True, False, False]


def test_a_draft_not_yet_revealed_keeps_no_key_points(store, sr, clock):
    session = started(store, sr, clock, "K-means?")
    session.save_draft("k-means", "", now=True)
    assert store.mock_draft(session.session_id).key_points is None
    session.reveal()
    session.toggle_point(1)
    kept = store.mock_draft(session.session_id).key_points
    assert kept == tuple(ticks(session)) and kept[1] == ("Inertia", True)

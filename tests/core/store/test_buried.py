"""Bury (Anki's "-") in the store: a question buried until a moment stays buried
across a restart and a re-import of its notes, comes back by itself at that moment,
and a store from before Bury (schema 9) migrates with none buried."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store, schema_version
from tests.core.fixtures.build_store_fixtures import fixture_path, load

UNTIL = 1_900_000_000_000  # epoch ms
QUESTIONS = [
    ("What is overfitting?", "A model that learns the noise.", ("Basics",)),
    ("What is a p-value?", "P(data this extreme | H0).", ("Statistics",)),
    ("What is dropout?", "Randomly zeroing activations.", ("DL",)),
]


def doc(questions=QUESTIONS) -> ParsedDocument:
    return ParsedDocument(
        "Notes",
        "markdown",
        [ParsedQuestion(t, a, 10 * (i + 1), topics) for i, (t, a, topics) in enumerate(questions)],
        has_sections=True,
    )


@pytest.fixture
def store(tmp_path) -> Store:
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(doc(), "/notes/n.md", "h1")
        yield s


def qid(store: Store, title: str) -> str:
    return next(q.id for q in store.questions() if q.title == title)


def test_a_store_from_before_bury_migrates_with_none_buried_and_can_bury(tmp_path):
    path = load(fixture_path(9), tmp_path / "studyapp.sqlite3")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert schema_version(conn) == 9
    with Store.open(path) as store:
        assert schema_version(store._conn) >= 10
        assert store.buried_until(0) == {}
        questions = store.questions()
        assert store.bury([questions[0].id], UNTIL) == {questions[0].id}
        assert store.last_changes.buried == {questions[0].id}
    with Store.open(path) as store:  # a restart
        assert store.buried_until(UNTIL - 1) == {questions[0].id: UNTIL}
        assert store.buried_until(UNTIL) == {}  # at its moment it is back


def test_the_fixture_of_schema_10_keeps_its_buried_question_through_later_migrations(tmp_path):
    path = load(fixture_path(10), tmp_path / "studyapp.sqlite3")
    with Store.open(path) as store:
        (buried,) = store.buried_until(0).items()
        assert buried[0] in {q.id for q in store.questions()}


def test_a_bury_outlives_a_restart(tmp_path, store):
    gone = qid(store, "What is a p-value?")
    store.bury([gone], UNTIL)
    path = Path(store.path)
    store.close()
    with Store.open(path) as again:
        assert again.buried_until(0) == {gone: UNTIL}


@pytest.mark.parametrize(
    "edit",
    [
        # The notes re-imported with another question added.
        lambda qs: [*qs, ("What is bagging?", "Bootstrap aggregating.", ("Ensembles",))],
        # The buried question's own answer rewritten, and the order changed.
        lambda qs: [qs[2], (qs[1][0], "Another answer entirely.", qs[1][2]), qs[0]],
    ],
)
def test_a_bury_outlives_a_reimport_of_the_notes(store, edit):
    buried = qid(store, "What is a p-value?")
    store.bury([buried], UNTIL)
    summary = store.import_document(doc(edit(QUESTIONS)), "/notes/n.md", "h2")
    assert summary.removed == 0
    assert store.buried_until(0) == {buried: UNTIL}


def test_a_question_removed_from_the_notes_is_not_buried_and_comes_back_still_buried(store):
    buried = qid(store, "What is a p-value?")
    store.bury([buried], UNTIL)
    store.import_document(doc([QUESTIONS[0], QUESTIONS[2]]), "/notes/n.md", "h2")
    assert store.buried_until(0) == {}  # not in the notes: nothing to hide
    store.import_document(doc(), "/notes/n.md", "h3")
    assert store.buried_until(0) == {buried: UNTIL}  # the same day: still buried


def test_unbury_and_bury_say_what_they_changed(store):
    a, b = qid(store, "What is overfitting?"), qid(store, "What is dropout?")
    assert store.bury([a, b, "not-a-question"], UNTIL) == {a, b}
    assert store.bury([a], UNTIL + 5) == {a}  # buried again: the later moment
    assert store.buried_until(UNTIL + 1, [a, b]) == {a: UNTIL + 5}
    assert store.unbury([a, "not-a-question"]) == {a}
    assert store.last_changes.buried == {a}
    assert store.unbury([a]) == frozenset()
    assert not store.last_changes
    assert store.buried_until(0) == {b: UNTIL}


def _steps_to_read_buried(store: Store) -> int:
    """SQLite's virtual-machine steps to read the buried questions (deterministic)."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    store._conn.set_progress_handler(count, 1)
    try:
        store.buried_until(0)
    finally:
        store._conn.set_progress_handler(None, 1)
    return steps


def test_reading_the_buried_questions_does_not_grow_with_the_deck(tmp_path):
    """The question shown at start-up asks whether it is buried: that read walked every
    live question (a tenth of a bare window's start on a 10,000-question store)."""
    many = [(f"What is term {i}?", f"Answer {i}.", ("Bulk",)) for i in range(3000)]
    counts = []
    for name, questions in (("few", QUESTIONS), ("many", QUESTIONS + many)):
        with Store.open(tmp_path / f"{name}.sqlite3") as s:
            s.import_document(doc(questions), f"/notes/{name}.md", "h1")
            s.bury([s.questions()[0].id], UNTIL)
            counts.append(_steps_to_read_buried(s))
    few, lots = counts
    assert lots < few * 2, counts

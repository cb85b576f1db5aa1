"""Anki's flags in the store: a question's flag (1–7, 0 none) stays over a restart and
a re-import of its notes, each write says what it changed, a store from before flags
migrates with none flagged, and a search finds the flagged questions as Anki's
browser does ("flag:1", "is:flagged", with words or without)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from studyapp.core.search_terms import Term, parse_search
from studyapp.core.store import Store, schema_version
from tests.core.fixtures.build_store_fixtures import fixture_path, load
from tests.core.store.test_buried import doc, qid

QUESTIONS = [
    ("What is overfitting?", "A model that learns the noise.", ("Basics",)),
    ("What is a p-value?", "P(data this extreme | H0).", ("Statistics",)),
    ("What is dropout?", "Randomly zeroing activations against overfitting.", ("DL",)),
    ("What is bagging?", "Bootstrap aggregating.", ("Ensembles",)),
]


@pytest.fixture
def store(tmp_path) -> Store:
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(doc(QUESTIONS), "/notes/n.md", "h1")
        yield s


def flags(store: Store) -> dict[str, int]:
    return {q.title: q.flag for q in store.question_outlines() if q.flag}


def test_a_store_from_before_flags_migrates_with_none_flagged_and_can_flag(tmp_path):
    path = load(fixture_path(11), tmp_path / "studyapp.sqlite3")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert schema_version(conn) == 11
    with Store.open(path) as store:
        questions = store.questions()
        assert questions and all(q.flag == 0 for q in questions)
        assert store.set_flag([questions[0].id], 1) == {questions[0].id}
    with Store.open(path) as store:  # a restart
        assert store.question(questions[0].id).flag == 1


def test_a_flag_is_set_changed_and_taken_off_saying_what_changed(store):
    a, b = qid(store, "What is overfitting?"), qid(store, "What is dropout?")
    assert store.set_flag([a, b, "not-a-question"], 1) == {a, b}
    assert store.last_changes.questions == {a, b}
    assert store.set_flag([a], 1) == frozenset()  # already red: nothing written
    assert not store.last_changes
    assert store.set_flag([a], 4) == {a}
    assert flags(store) == {"What is overfitting?": 4, "What is dropout?": 1}
    assert store.question(a).flag == 4  # the whole question says it too
    store.set_flag([a, b], 0)
    assert flags(store) == {}
    with pytest.raises(ValueError):
        store.set_flag([a], 8)


@pytest.mark.parametrize(
    "edit",
    [
        lambda qs: [*qs, ("What is boosting?", "Weak learners in sequence.", ("Ensembles",))],
        lambda qs: [qs[3], (qs[1][0], "Another answer entirely.", qs[1][2]), qs[0], qs[2]],
    ],
)
def test_a_flag_outlives_a_reimport_of_the_notes(store, edit):
    store.set_flag([qid(store, "What is a p-value?")], 2)
    store.set_flag([qid(store, "What is bagging?")], 7)
    summary = store.import_document(doc(edit(QUESTIONS)), "/notes/n.md", "h2")
    assert summary.removed == 0
    assert flags(store) == {"What is a p-value?": 2, "What is bagging?": 7}


def test_a_flag_outlives_a_restart(tmp_path, store):
    store.set_flag([qid(store, "What is dropout?")], 3)
    path = Path(store.path)
    store.close()
    with Store.open(path) as again:
        assert flags(again) == {"What is dropout?": 3}


def test_a_search_finds_flagged_questions_as_ankis_browser_does(store):
    red = [qid(store, "What is overfitting?"), qid(store, "What is dropout?")]
    blue = qid(store, "What is bagging?")
    store.set_flag(red, 1)
    store.set_flag([blue], 4)

    def titles(text: str) -> list[str]:
        ids, total = store.search_best(text, 10)
        assert total == len(ids)
        return [store.question(i).title for i in ids]

    assert titles("flag:1") == ["What is overfitting?", "What is dropout?"]  # file order
    assert titles("FLAG:4") == ["What is bagging?"]
    assert titles("is:flagged") == ["What is overfitting?", "What is dropout?", "What is bagging?"]
    assert titles("flag:0") == ["What is a p-value?"]
    # With words: the flagged ones that hold them ("overfitting" is in dropout's answer).
    assert set(titles("flag:1 overfit")) == {"What is overfitting?", "What is dropout?"}
    assert titles("drop flag:1") == ["What is dropout?"]
    assert titles("flag:4 overfit") == []
    assert store.search("is:flagged bag") == [blue]


def test_flag_terms_are_taken_out_of_the_words_searched():
    assert parse_search("flag:1 gradient").words == "gradient"
    assert parse_search("flag:1 gradient").terms == (Term("flag", "1"),)
    assert parse_search("is:flagged").terms[0].flags() == frozenset(range(1, 8))
    assert parse_search("flag:2 flag:3").terms == (Term("flag", "2,3"),)  # any of them
    assert parse_search("-flag:2").terms == (Term("flag", "2", negated=True),)
    assert len(parse_search("redflag:1 flag:9 c++").problems) == 2  # said, not searched

"""Ctrl+Z after Remove Deck: `remove_deck(keep_rows=True)` keeps the deck's rows and
`put_back_deck` puts them back, the store then as it was before the removal, every
table; where the store changed since so that it cannot (the notes imported again),
a StoreError says so and nothing is written."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.decks import put_back_deck, remove_deck
from studyapp.core.importer import import_file
from studyapp.core.store import StoreError
from tests.core.test_decks import NOTES, OTHER, review, store, two_decks  # noqa: F401

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SKIPPED = {"rendered_cache"}  # a cache: made again when shown


def dump(path) -> dict[str, list[tuple]]:
    """Every table's rows (the search index's too), sorted: the store as a whole."""
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'questions_fts_%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        tables = {
            n: sorted(map(tuple, conn.execute(f'SELECT * FROM "{n}"')), key=repr)
            for n in names
            if n not in SKIPPED
        }
        tables["search"] = sorted(
            conn.execute("SELECT rowid, qid, title, answer FROM questions_fts").fetchall()
        )
    return tables


def busy_deck(store, deck):  # noqa: F811
    """A deck with a bit of everything: progress, a bury, a suspension, a deletion, a
    renamed topic, a mock answer and a setting of its own."""
    questions = store.questions(deck_id=deck.id)
    first = questions[0].id
    review(store, first)
    store.bury([first], int(NOW.timestamp() * 1000) + 3_600_000)
    if len(questions) > 1:
        store.set_suspended([questions[1].id])
        store.delete_question(questions[1].id)
    topic = store.topics(deck.id)[0]
    store.rename_topic(topic.id, f"{topic.name} (mine)")
    session = store.create_mock_session({}, [first], int(NOW.timestamp() * 1000))
    store.record_mock_answer(session, first, 0, seconds=12.0, overtime=False, rating=3)
    store.set_setting(f"deck.{deck.id}.line_breaks", "true")


@pytest.mark.parametrize("name", ["Stats", "Trees"])
def test_a_removed_deck_comes_back_whole(store, two_decks, tmp_path, name):  # noqa: F811
    deck = two_decks[name]
    busy_deck(store, deck)
    before = dump(store.path)
    removed = remove_deck(store, deck.id, tmp_path / "backups", NOW, keep_rows=True)
    assert name not in {d.name for d in store.decks()}
    put_back_deck(store, removed)
    assert dump(store.path) == before
    assert store.last_changes.decks
    word = "variance" if name == "Stats" else "forest"
    assert store.search(word) == [store.questions(deck_id=deck.id)[0].id]  # found again


def test_a_deck_imported_again_since_is_not_overwritten(store, two_decks, tmp_path):  # noqa: F811
    stats = two_decks["Stats"]
    removed = remove_deck(store, stats.id, tmp_path / "backups", NOW, keep_rows=True)
    import_file(store, tmp_path / "stats.md")  # the same notes: a new deck, the same ids
    after = dump(store.path)
    with pytest.raises(StoreError, match="cannot be put back"):
        put_back_deck(store, removed)
    assert dump(store.path) == after
    assert NOTES and OTHER

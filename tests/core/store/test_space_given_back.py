"""Removing a deck gives its space back to the disk: the store and its backups shrink.

A new user imported an 8,000-question file twice and removed both decks: the store
stayed 19.8 MB holding 230 KB, and each backup on closing copied all of it (359 MB
of backups in 25 minutes)."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core.backup import make_backup
from studyapp.core.decks import remove_deck
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def doc(name: str, count: int, words: int) -> ParsedDocument:
    questions = [
        ParsedQuestion(
            title=f"What is item {i} of {name}?",
            topic_path=("Topic",),
            answer_markdown=" ".join(f"word{i}x{j}" for j in range(words)),
            source_line=i + 1,
        )
        for i in range(count)
    ]
    return ParsedDocument(deck_name=name, format="markdown", questions=questions)


def test_removing_a_big_deck_shrinks_the_store_and_the_next_backup(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.import_document(doc("Small", 20, 20), str(tmp_path / "small.md"), "h1")
        store.import_document(doc("Big", 3000, 150), str(tmp_path / "big.md"), "h2")
        big = next(d for d in store.decks() if d.name == "Big")
        full = path.stat().st_size
        assert full > 5_000_000
        remove_deck(store, big.id, tmp_path / "backups", NOW)
        assert path.stat().st_size < full / 10
        assert [d.name for d in store.decks()] == ["Small"]
        assert len(store.questions()) == 20
        after = make_backup(path, tmp_path / "backups", NOW.replace(hour=13))
    assert after.stat().st_size < full / 10


def test_a_small_removal_leaves_the_file_as_it_is(tmp_path):
    """Rewriting the file is not worth it for a few free pages."""
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.import_document(doc("Big", 400, 60), str(tmp_path / "big.md"), "h2")
        store.import_document(doc("Small", 5, 10), str(tmp_path / "small.md"), "h1")
        size = path.stat().st_size
        small = next(d for d in store.decks() if d.name == "Small")
        remove_deck(store, small.id, tmp_path / "backups", NOW)
        assert path.stat().st_size == size

"""A deck whose row was lost (another program deleted it, or its page) was made
again as "Recovered deck 2", its topics as "Recovered topic 14": its name and notes
file were gone with the row, so it could not be imported again, the questions lost
beside it never came back, and the person had to guess which deck it was. The
newest backup that has the row under the same id gives them back."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core.backup import make_backup
from studyapp.core.importer import import_file
from studyapp.core.recovery import open_store_safely
from studyapp.core.refill import refill
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
NOTES = (
    "# Nets\n\n## What is TCP?\n\nA protocol.\n\n## What is UDP?\n\nAnother.\n\n"
    "# Data\n\n## What is SQL?\n\nA language.\n"
)


def test_a_deck_made_again_takes_its_name_and_notes_back_from_a_backup(tmp_path):
    notes = tmp_path / "interview.md"
    notes.write_text(NOTES, encoding="utf-8")
    path, backups = tmp_path / "data" / "studyapp.sqlite3", tmp_path / "backups"
    path.parent.mkdir()
    with Store.open(path) as store:
        import_file(store, notes)
        (deck,) = store.decks()
        topics = sorted(t.name for t in store.topics(deck.id))
        titles = sorted(q.title for q in store.questions())
        for n, q in enumerate(store.questions()):
            record(store, q.id, 3, 4.0, "study", 1_000 + n)
        make_backup(store, backups, NOW, "auto")
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        store._conn.execute("PRAGMA foreign_keys = OFF")  # as another program writes
        store._conn.execute("DELETE FROM decks")
        store._conn.execute("DELETE FROM topics")
        store._conn.execute("DELETE FROM questions WHERE title LIKE '%UDP%'")

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert report is not None and report.may_miss_notes
        assert "names back" in report.message
        said = refill(store)  # as the start does
        assert "could not be read again" not in said.message
        (deck,) = store.decks()
        assert deck.name == "Interview" and deck.source_path == str(notes)
        assert sorted(t.name for t in store.topics(deck.id)) == topics
        assert sorted(q.title for q in store.questions()) == titles
        assert len(store.reviews()) == 3

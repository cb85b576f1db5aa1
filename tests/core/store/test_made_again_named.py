"""Decks and topics made again after their rows were lost are told by the names the
person knows. The report said "It made “Recovered deck 1” again" even once the
backup had given the deck its name back; with no backup to ask, "The notes of
Recovered deck 1 could not be read again" left the person to guess which deck that
was, and what to do."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.importer import import_file
from studyapp.core.recovery import open_store_safely
from studyapp.core.refill import after_recovery
from studyapp.core.store import Store
from tests.core.store.test_names_back import NOTES, NOW

ALSO = "# Queues\n\n## What is a dead-letter queue?\n\nWhere failed messages go.\n"


def damaged(tmp_path: Path, lost: str, *, backup: bool, decks: int = 1) -> Path:
    """A store of `decks` decks whose rows of `lost` another program deleted."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        for n, text in enumerate([NOTES, ALSO][:decks]):
            notes = tmp_path / ("interview.md", "messaging.md")[n]
            notes.write_text(text, encoding="utf-8")
            import_file(store, notes)
        if backup:
            make_backup(store, tmp_path / "backups", datetime(2026, 11, 20, tzinfo=UTC), "auto")
        store._conn.execute("PRAGMA foreign_keys = OFF")  # as another program writes
        store._conn.execute(f"DELETE FROM {lost}")
    return path


@pytest.mark.parametrize(("lost", "named"), [("decks", "“Interview”"), ("topics", "“Nets”")])
def test_a_repair_names_what_it_made_again_by_the_name_a_backup_gave_back(tmp_path, lost, named):
    path = damaged(tmp_path, lost, backup=True)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()

    assert report is not None and "names back" in report.message
    assert f"made {named}" in report.message
    assert "Recovered" not in report.message


@pytest.mark.parametrize("decks", [1, 2])
def test_a_deck_whose_name_no_backup_has_is_shown_by_a_question_and_how_to_name_it(tmp_path, decks):
    path = damaged(tmp_path, "decks", backup=False, decks=decks)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None
        said = after_recovery(store, report.may_miss_notes)
        made = sorted(d.name for d in store.decks())

    assert said.count("The name of one of your decks was lost with the damage") == decks
    assert f"it shows as “{made[0]}” (it holds “What is TCP?”)" in said
    if decks == 2:
        assert f"it shows as “{made[1]}” (it holds “What is a dead-letter queue?”)" in said
    assert "Rename it (Edit → Rename Topic or Deck…)" in said
    assert "could not be read again" not in said

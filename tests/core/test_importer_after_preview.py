"""Notes that change between their import preview and their import (a file still being
written, synced, edited) are imported as they are then, and the summary says so beside
what the preview showed: the person saw one count and got another without a word."""

from __future__ import annotations

import pytest

from studyapp.core import reparse
from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.store import Store

NOTES = "## What is a mutex?\n\nA lock.\n\n## What is a semaphore?\n\nA counter of permits.\n"


@pytest.fixture
def store(tmp_path):
    reparse.forget()
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


def test_a_file_that_grew_after_its_preview_is_imported_whole_and_said_so(store, tmp_path):
    notes = tmp_path / "os.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert len(preview_import(store, notes).doc.questions) == 2
    with notes.open("a", encoding="utf-8") as more:
        more.write("\n## What is a deadlock?\n\nTwo waiting on each other.\n")

    summary = import_file(store, notes)

    assert summary.new == 3 and len(store.questions()) == 3
    assert "changed after the preview (it showed 2 questions)" in str(summary)
    assert "as they are now, 3 questions" in str(summary)
    assert summary.changed_since_preview == (2, 3)

    # Edited and imported again with no preview between: nothing to say of one.
    notes.write_text(NOTES, encoding="utf-8")
    again = import_file(store, notes)
    assert again.changed_since_preview is None and "preview" not in str(again)
    # A preview, then its import of the very same notes: nothing to say either.
    notes.write_text(NOTES + "\n## What is a monitor?\n\nA lock with conditions.\n")
    preview_import(store, notes)
    assert import_file(store, notes).changed_since_preview is None


def test_a_sheet_whose_rows_changed_after_its_preview(store, tmp_path):
    sheet = tmp_path / "cards.csv"
    sheet.write_text(
        "question,answer\nWhat is DNS?,Names to addresses.\nWhat is TCP?,A byte stream.\n"
        "What is UDP?,Datagrams.\n",
        encoding="utf-8",
    )
    assert preview_import(store, sheet).doc.questions[2].title == "What is UDP?"
    sheet.write_text(
        "question,answer\nWhat is DNS?,Names to addresses.\nWhat is TCP?,A byte stream.\n",
        encoding="utf-8",
    )

    summary = import_file(store, sheet)

    assert [q.title for q in store.questions()] == ["What is DNS?", "What is TCP?"]
    assert summary.changed_since_preview == (3, 2)


def test_an_import_takes_its_preview_s_reading_only_of_the_same_notes(store, tmp_path, monkeypatch):
    """A folder of notes previewed, then imported: sorted into topics once. A reading
    of other notes, or at another split, is not taken: the import reads for itself."""
    from studyapp.core import importer

    folder = tmp_path / "os"
    folder.mkdir()
    (folder / "locks.md").write_text(NOTES, encoding="utf-8")
    (folder / "memory.md").write_text("## What is paging?\n\nFixed-size blocks.\n")
    sorts = []
    real = importer.with_topics
    monkeypatch.setattr(importer, "with_topics", lambda doc: sorts.append(1) or real(doc))
    preview = preview_import(store, folder)
    assert len(preview.doc.questions) == 3 and len(sorts) == 1

    elsewhere = tmp_path / "other.md"
    elsewhere.write_text(NOTES, encoding="utf-8")
    import_file(store, elsewhere, reading=preview.reading)  # not these notes: read
    assert len(sorts) == 2
    import_file(store, folder, split_at="h1", reading=preview.reading)  # another split
    assert len(sorts) == 3

    store.remove_deck(next(d.id for d in store.decks() if d.source_path.endswith("os")))
    assert store.get_setting(importer.split_setting(preview.reading.source)) is None
    summary = import_file(store, folder, reading=preview.reading)
    assert len(sorts) == 3  # as previewed: taken
    assert summary.new == 3 and summary.changed_since_preview is None

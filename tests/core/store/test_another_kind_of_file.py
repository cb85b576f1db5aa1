"""A file of another kind saved under the store's name: an Anki package or a ZIP of the
notes, a CSV export, a PDF (a "Save as" into the data folder, a sync that put the wrong
file back). The start said the database was damaged ("its first bytes are not those of
a database: overwritten or damaged") and that "the reviews in the damaged file" might
still be recoverable from it, though it never held any. Now it says what the file is,
moves it aside as it is, and restores the backup; a store with text written over its
first pages is still damage, and salvaged."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def a_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("collection.anki21", b"SQLite format 3\x00" + bytes(4000))
        package.writestr("media", "{}")
    return out.getvalue()


KINDS = {
    "zip": (a_zip, "a ZIP archive"),
    "csv": (
        lambda: ("question,answer\nWhat is a queue?,First in first out.\n" * 300).encode(),
        "a text file",
    ),
    "pdf": (
        lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(2000),
        "a PDF document",
    ),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_another_kind_of_file_is_named_moved_aside_and_the_backup_restored(tmp_path, capsys, kind):
    make, words = KINDS[kind]
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=4)
        make_backup(store, tmp_path / "data" / "backups", NOW, "auto")
    path.write_bytes(content := make())

    assert main(["decks", "--data-dir", str(path.parent)]) == 2
    assert f"not a database at all but {words}" in capsys.readouterr().err

    store, report = open_store_safely(path, tmp_path / "data" / "backups", NOW)
    with store:
        assert report is not None and report.restored is not None
        assert len(store.reviews()) == 4
    assert report.damaged_path.read_bytes() == content  # as it was, not deleted
    assert report.title.startswith("Another file was in your study data's place")
    assert words in report.message and str(report.damaged_path) in report.message
    assert "recoverable" not in report.message


def test_text_written_over_a_store_s_first_pages_is_still_damage_and_salvaged(tmp_path):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=4)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.write(b"question,answer\nWhat is a queue?,First in first out.\n" * 20)

    store, report = open_store_safely(path, tmp_path / "data" / "backups", NOW)
    with store:
        assert report is not None
        assert "Another file" not in report.title

"""An edit written back into a notes file that is a link (a folder deck whose file
lives in a vault or a synced folder): the file the link leads to takes the edit, and
the link stays a link."""

from __future__ import annotations

import os
import sys

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.writeback import STORED, WRITTEN, edit_question
from tests.helpers.cards import record

NOTES = """# Statistics

### What is variance?

The average squared distance from the mean.

### What is a p-value?

The chance of data at least this extreme under the null.
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symbolic links need rights there")
def test_a_linked_notes_file_in_a_folder_deck_takes_the_edit_where_it_leads(tmp_path):
    vault, deck = tmp_path / "vault", tmp_path / "deck"
    vault.mkdir()
    deck.mkdir()
    real = vault / "stats.md"
    real.write_text(NOTES, encoding="utf-8")
    (deck / "stats.md").symlink_to(real)
    (deck / "other.md").write_text("# Other\n\n### What is a mean?\n\nThe average.\n")
    with Store.open(tmp_path / "db.sqlite3") as store:
        import_file(store, deck)
        qid = next(q.id for q in store.questions() if q.title == "What is variance?")
        record(store, qid, 3, 5.0, "study", 1)

        result = edit_question(store, qid, "What is the variance?", "E[(X - mu)^2].")

        assert result.outcome == WRITTEN, result.message
        assert (deck / "stats.md").is_symlink()
        assert (deck / "stats.md").resolve() == real.resolve()
        text = real.read_text(encoding="utf-8")
        assert "### What is the variance?\n\nE[(X - mu)^2]." in text
        assert result.backup is not None and result.backup.read_text(encoding="utf-8") == NOTES
        assert sorted(p.name for p in vault.iterdir()) == ["stats.md"]
        edited = store.question(qid)
        assert edited is not None and edited.title == "What is the variance?"
        assert [r.question_id for r in store.reviews()] == [qid]


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symbolic links need rights there")
def test_a_repair_written_over_a_linked_notes_file_keeps_the_link(tmp_path):
    from studyapp.cli import main

    vault = tmp_path / "vault"
    vault.mkdir()
    real = vault / "notes.md"
    real.write_bytes("# T\n\n### CafÃ© question?\n\nAnswer.\n".encode())
    link = tmp_path / "notes.md"
    link.symlink_to(real)

    assert main(["repair", str(link), "--out", str(link)]) == 0

    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "# T\n\n### Café question?\n\nAnswer.\n"


@pytest.mark.parametrize("other_name", ["copy-in-sync-folder.md", "backup/notes.md"])
def test_a_hard_linked_notes_file_keeps_the_edit_in_the_store_and_its_names_together(
    tmp_path, other_name
):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    other = tmp_path / other_name
    other.parent.mkdir(exist_ok=True)
    try:
        os.link(notes, other)
    except OSError as exc:  # a file system without hard links
        pytest.skip(str(exc))
    with Store.open(tmp_path / "db.sqlite3") as store:
        import_file(store, notes)
        qid = next(q.id for q in store.questions() if q.title == "What is variance?")

        result = edit_question(store, qid, "What is the variance?", "E[(X - mu)^2].")

        assert result.outcome == STORED, result.message
        assert "hard links" in result.message
        assert notes.samefile(other)  # still one file under both names
        assert notes.read_text(encoding="utf-8") == NOTES
        import_file(store, notes, force=True)  # a re-import keeps the edit
        edited = store.question(qid)
        assert edited is not None and edited.answer_markdown == "E[(X - mu)^2]."

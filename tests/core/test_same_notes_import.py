"""A byte-identical copy of a notes file (or of a notes folder) imported beside the
original made a second deck of the same questions without a word. The import says
which deck has them already and where it read them; it does not refuse (a person may
want both), and a moved file still goes into its own deck, said nothing of."""

from __future__ import annotations

import shutil

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store

NOTES = """# System design flashcards

**What is an LSM tree?**
> Writes go to a memtable, flushed to sorted files.

**What is a quorum?**
> With n replicas, w + r > n.

**What is replication lag?**
> Followers apply the leader's log late.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as s:
        yield s


def test_a_copy_of_a_file_is_imported_and_said_to_be_the_same_notes(store, tmp_path):
    first = tmp_path / "notes" / "sysdesign.md"
    first.parent.mkdir()
    first.write_text(NOTES, encoding="utf-8")
    import_file(store, first)
    copy = tmp_path / "notes_copy" / "sysdesign.md"
    copy.parent.mkdir()
    shutil.copy(first, copy)

    summary = import_file(store, copy)

    assert summary.new == 3 and len(store.decks()) == 2  # imported all the same
    said = str(summary)
    assert f'the same notes as the deck "System design flashcards", imported from {first}' in said
    assert "second deck" in said
    # imported again, the copy is its own deck now: nothing more to say
    assert "same notes" not in str(import_file(store, copy, force=True))


def test_a_copy_of_a_notes_folder_is_said_to_be_the_same_notes(store, tmp_path):
    vault = tmp_path / "vault"
    (vault / "db").mkdir(parents=True)
    (vault / "db" / "index.md").write_text("## What is an index?\n\nA sorted structure.\n")
    (vault / "net.md").write_text("## What is TCP?\n\nA reliable stream.\n\n## UDP?\n\nNo.\n")
    import_file(store, vault)
    twin = tmp_path / "vault (copy)"
    shutil.copytree(vault, twin)

    summary = import_file(store, twin)

    assert summary.same_notes_as is not None
    assert summary.same_notes_as.source == str(vault.resolve())
    assert summary.same_notes_as.shared == 0  # the very same bytes


def test_a_moved_file_goes_into_its_deck_without_a_word_of_copies(store, tmp_path):
    first = tmp_path / "sysdesign.md"
    first.write_text(NOTES, encoding="utf-8")
    import_file(store, first)
    moved = tmp_path / "archive" / "sysdesign.md"
    moved.parent.mkdir()
    first.rename(moved)

    summary = import_file(store, moved)

    assert len(store.decks()) == 1
    assert summary.same_notes_as is None


def test_the_command_line_says_a_copy_is_the_same_notes(tmp_path, capsys):
    from studyapp.cli import main

    first = tmp_path / "a" / "sysdesign.md"
    first.parent.mkdir()
    first.write_text(NOTES, encoding="utf-8")
    copy = tmp_path / "b" / "sysdesign.md"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", str(first)]) == 0
    assert main(["--data-dir", data, "import", str(copy)]) == 0
    out = capsys.readouterr().out
    assert f'the same notes as the deck "System design flashcards", imported from {first}' in out

"""An edit written back into a notes file keeps the file's previous version in
StudyApp's data folder, never beside the note (a ``notes.md~`` there showed in an
Obsidian vault and in `git status`). A write that fails leaves the note whole and
nothing beside it; the temporary file the write goes through is never a note to the
re-import watcher."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from studyapp.core import note_versions, watch
from studyapp.core.importer import folder_files, import_file
from studyapp.core.store import Store
from studyapp.core.writeback import STORED, WRITTEN, edit_question

NOTES = """# Interview notes

## Statistics

### What is variance?

The average squared distance
from the mean.

### What is a p-value?

The chance of data at least this extreme under the null.
"""

SQL_NOTES = (
    "---\ntags: [sql]\n---\n\n**Q:** What does a covering index hold?\r\n"
    "**A:** Every column the query reads.\r\n\r\n"
    "**Q:** What is a clustered index?\r\n**A:** The table stored in the index's order.\r\n"
)


def _vault(tmp_path: Path, kind: str) -> tuple[Path, Path, str, str]:
    """A notes folder as a person keeps it (an Obsidian vault, a git repository), its
    note imported as a folder deck; the store in its own data folder."""
    folder = tmp_path / "notes"
    (folder / (".obsidian" if kind == "vault" else ".git")).mkdir(parents=True)
    if kind == "vault":
        note, text, title = folder / "stats.md", NOTES, "What is variance?"
    else:
        note, text, title = folder / "sql.md", SQL_NOTES, "What is a clustered index?"
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    note.write_bytes(text.encode("utf-8"))
    return folder, note, text, title


def _store(tmp_path: Path) -> Store:
    """The store in its own data folder, apart from the notes."""
    (tmp_path / "data").mkdir(exist_ok=True)
    return Store.open(tmp_path / "data" / "studyapp.sqlite3")


def _seen(folder: Path) -> list[str]:
    """What the person sees in the folder (the app's own hidden folders aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in (".obsidian", ".git"))


@pytest.mark.parametrize("kind", ["vault", "repository"])
def test_an_edit_leaves_nothing_beside_the_note_and_keeps_its_previous_text(tmp_path, kind):
    folder, note, text, title = _vault(tmp_path, kind)
    with _store(tmp_path) as store:
        import_file(store, folder)
        q = next(q for q in store.questions() if q.title == title)

        result = edit_question(store, q.id, q.title, "An answer written in the app.")

        assert result.outcome == WRITTEN, result.message
        assert "An answer written in the app." in note.read_text(encoding="utf-8")
        assert _seen(folder) == [note.name]  # no notes.md~, no temporary file
        kept = note_versions.previous_versions(note_versions.versions_root(store.path), note)
        assert [p.read_bytes() for p in kept] == [text.encode("utf-8")]
        assert kept[0] == result.backup and kept[0].suffix == ".md"
        assert kept[0].is_relative_to(tmp_path / "data")
        assert f"previous version is kept in {kept[0].parent})" in result.message  # told where


def test_each_edit_keeps_the_text_it_replaced_newest_first_and_only_the_last_ones(
    tmp_path, monkeypatch
):
    folder, note, text, title = _vault(tmp_path, "vault")
    monkeypatch.setattr(note_versions, "KEPT", 2)
    with _store(tmp_path) as store:
        import_file(store, folder)
        qid = next(q.id for q in store.questions() if q.title == title)
        written = [text]
        for n in range(3):
            assert edit_question(store, qid, title, f"Answer {n}.").outcome == WRITTEN
            written.append(note.read_text(encoding="utf-8"))
        kept = note_versions.previous_versions(note_versions.versions_root(store.path), note)

    assert [p.read_text(encoding="utf-8") for p in kept] == [written[2], written[1]]
    assert _seen(folder) == [note.name]


def _replace_fails_for(target: Path, monkeypatch) -> None:
    """The rename of the new text over `target` fails (a full disk, a sync client
    holding the file): other renames go on."""
    replace = os.replace

    def failing(src, dst):
        if Path(dst) == target:
            raise OSError(errno.ENOSPC, "No space left on device")
        replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)


@pytest.mark.parametrize("kind", ["vault", "repository"])
def test_a_write_that_fails_leaves_the_note_whole_and_nothing_beside_it(
    tmp_path, monkeypatch, kind
):
    folder, note, text, title = _vault(tmp_path, kind)
    with _store(tmp_path) as store:
        import_file(store, folder)
        q = next(q for q in store.questions() if q.title == title)
        _replace_fails_for(note, monkeypatch)

        result = edit_question(store, q.id, q.title, "An answer the disk cannot take.")

        assert result.outcome == STORED, result.message
        assert "could not be written" in result.message
        assert note.read_bytes() == text.encode("utf-8")
        assert _seen(folder) == [note.name]
        # The edit is not lost: the store keeps it.
        assert store.question(q.id).answer_markdown == "An answer the disk cannot take."


def test_a_previous_version_that_cannot_be_kept_writes_nothing_into_the_note(tmp_path):
    folder, note, text, title = _vault(tmp_path, "vault")
    data = tmp_path / "data"
    with _store(tmp_path) as store:
        import_file(store, folder)
        q = next(q for q in store.questions() if q.title == title)
        (data / note_versions.VERSIONS_FOLDER).write_text("not a folder", encoding="utf-8")

        result = edit_question(store, q.id, q.title, "An answer with no safety copy.")

        assert result.outcome == STORED, result.message
        assert "its previous version could not be kept in" in result.message
        assert f"so {note.name} was left as it was" in result.message
        assert note.read_bytes() == text.encode("utf-8")
        assert _seen(folder) == [note.name]


@pytest.mark.parametrize("kind", ["vault", "repository"])
def test_the_temporary_file_of_a_write_is_no_note_to_the_watcher(tmp_path, monkeypatch, kind):
    folder, note, _, title = _vault(tmp_path, kind)
    before = watch.fingerprint(folder)
    seen: list[tuple[list[Path], object, list[str]]] = []
    replace = os.replace

    def looking_first(src, dst):
        if Path(dst) == Path(os.path.realpath(note)):  # the temporary file is there
            seen.append((folder_files(folder), watch.fingerprint(folder), _seen(folder)))
        replace(src, dst)

    with _store(tmp_path) as store:
        import_file(store, folder)
        q = next(q for q in store.questions() if q.title == title)
        monkeypatch.setattr(os, "replace", looking_first)
        assert edit_question(store, q.id, q.title, "Another answer.").outcome == WRITTEN

    [(files, fingerprint, names)] = seen
    assert len(names) == 2  # the note and the temporary file beside it …
    assert files == [note]  # … which is no notes file
    assert fingerprint == before  # and moves nothing the watcher looks at


def test_the_versions_of_two_notes_of_one_name_stay_apart(tmp_path):
    data = tmp_path / "data"
    root = note_versions.versions_root(data / "studyapp.sqlite3")
    a, b = tmp_path / "a" / "notes.md", tmp_path / "b" / "notes.md"
    assert note_versions.note_folder(root, a) != note_versions.note_folder(root, b)


def test_versions_kept_in_a_data_folder_inside_the_notes_folder_are_no_notes(tmp_path):
    """`--data-dir` inside the notes folder: the versions an edit keeps there are no
    questions of the folder's deck at its next import, nor named as left out."""
    root = tmp_path / "notes"
    root.mkdir()
    note = root / "stats.md"
    note.write_text(NOTES, encoding="utf-8")
    (root / "store").mkdir()
    with Store.open(root / "store" / "studyapp.sqlite3") as store:
        import_file(store, root)
        q = next(q for q in store.questions() if q.title == "What is variance?")
        assert edit_question(store, q.id, q.title, "E[(X - mu)^2].").outcome == WRITTEN
        assert (root / "store" / note_versions.VERSIONS_FOLDER).is_dir()

        summary = import_file(store, root, force=True)

        assert sorted(q.title for q in store.questions()) == [
            "What is a p-value?",
            "What is variance?",
        ]
        assert not any("note-versions" in (r.source_file or "") for r in summary.skipped)

"""What a person reads after handing the import the wrong file: what it is, in their
words, and what to do instead."""

from __future__ import annotations

import zipfile

import pytest

from studyapp.cli import main
from studyapp.core.importer import import_file
from studyapp.core.model import StudyAppError
from studyapp.core.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


def _zip(path, entries: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def test_a_zip_named_apkg_that_is_no_anki_deck_says_so_and_what_can_be_imported(
    store, tmp_path, capsys
):
    """ "it holds no collection.anki21b, collection.anki21 or collection.anki2" named
    files inside a deck that mean nothing to the person."""
    path = _zip(tmp_path / "notadeck.apkg", {"readme.txt": b"my notes"})

    with pytest.raises(StudyAppError) as raised:
        import_file(store, path)

    message = str(raised.value)
    assert message.startswith("notadeck.apkg: ")
    assert "not a deck exported from Anki (.apkg or .colpkg)" in message
    assert "collection." not in message  # no names of files inside a deck
    assert "Markdown" in message and "unzip it" in message  # what it can import instead
    main(["--data-dir", str(tmp_path / "data"), "import", str(path)])
    assert "not a deck exported from Anki" in capsys.readouterr().err


WORDS = "It is said at length, to make the notes big. " * 20


def _notes(first: int, count: int) -> str:
    return "".join(
        f"## What is term {n}?\n\nTerm {n} is the {n}th thing to know. {WORDS}\n\n"
        for n in range(first, first + count)
    )


def test_a_file_over_the_limit_says_to_split_it_and_the_split_folder_imports(
    store, tmp_path, monkeypatch
):
    """ "The file is too large (50.1 MB, the limit is 20 MB)" left the person with
    nothing to do; the way out it names (several files, their folder) must work."""
    monkeypatch.setattr("studyapp.core.textio.MAX_NOTES_BYTES", 1_000_000)
    whole = _notes(1, 1_200)
    assert len(whole.encode()) > 1_000_000
    big = tmp_path / "big.md"
    big.write_text(whole, encoding="utf-8")

    with pytest.raises(StudyAppError) as raised:
        import_file(store, big)
    message = str(raised.value)
    assert message.startswith("big.md: the file is too large (")
    assert "the limit is 1 MB). Split it into several files" in message
    assert "the folder that holds them" in message

    folder = tmp_path / "interview notes"
    folder.mkdir()
    for part, first in enumerate(range(1, 1_201, 400), start=1):
        (folder / f"part{part}.md").write_text(_notes(first, 400), encoding="utf-8")
    summary = import_file(store, folder)
    assert summary.new == 1_200

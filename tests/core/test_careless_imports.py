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

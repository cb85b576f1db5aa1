"""The question unit remembered for a notes file (`import.split_at.<file>` in the
store's settings) that this StudyApp cannot use: a unit a newer StudyApp has and this
one does not, a hand edit in a database browser, a number or a list another tool
wrote.

Every import of that file stopped: with "--split-at 5: not a kind; use one of …", an
option the person never typed and could not untype (the command line and the
window alike), or, for a list, a traceback. Its preview, and the check of whether its
notes shrank, failed as well. What is remembered is now used only when it is a unit
this StudyApp knows; otherwise the file is read as on its first import."""

from __future__ import annotations

import pytest

from studyapp.cli import main
from studyapp.core import textio
from studyapp.core.decks import shrunk
from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file, split_setting
from studyapp.core.store import Store

NOTES = "# Go\n\n## What is a goroutine?\n\nA light thread.\n\n## What is a channel?\n\nA pipe.\n"


@pytest.mark.parametrize(
    "remembered",
    [5, ["h2"], "h9", "chapter", {"kind": "h2"}],
    ids=["number", "list", "no-such-heading", "a-newer-unit", "object"],
)
def test_an_unusable_remembered_unit_reads_the_file_as_on_its_first_import(
    tmp_path, capsys, remembered
):
    data = tmp_path / "data"
    data.mkdir()
    notes = tmp_path / "go.md"
    notes.write_text(NOTES, encoding="utf-8")
    with Store.open(data / "studyapp.sqlite3") as store:
        import_file(store, notes, split_at="h2")
        assert store.get_setting(split_setting(textio.path_text(notes.resolve()))) == "h2"
        store.set_setting(split_setting(textio.path_text(notes.resolve())), remembered)

    notes.write_text(NOTES + "\n## What is a select?\n\nA wait on channels.\n", encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    out, err = capsys.readouterr()
    assert "Go: 1 new, 0 updated, 2 unchanged" in out, err
    assert "--split-at" not in err

    with Store.open(data / "studyapp.sqlite3") as store:
        assert len(store.questions()) == 3  # the progress of the two kept with them
        assert preview_import(store, notes).doc is not None
        deck = store.decks()[0]
        assert shrunk(store, deck) is None

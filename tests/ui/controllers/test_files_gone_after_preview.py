"""A folder's files moved away or deleted between its import preview and Import: the
import goes in without them, and its summary says how many went (a tester's 3,000
previewed, 1,000 moved away: 2,000 imported, and not a word of the rest). A file
moved away alone is refused with why (ui.import_worker.GONE)."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.conftest import ScriptedMessages
from tests.ui.controllers.test_files_import_preview import click_import, open_preview

NOTE = "# {n}\n\n## What is item {n}?\n\nIt is number {n}.\n"


@pytest.mark.parametrize(
    ("files", "taken", "said"),
    [
        (3, 1, "1 file the preview read was moved or deleted after it was shown"),
        (6, 4, "4 files the preview read were moved or deleted after it was shown"),
    ],
)
def test_files_gone_after_the_preview_are_counted_in_the_summary(
    qtbot, make_window, store, tmp_path, files, taken, said
):
    folder = tmp_path / "mine" / "notes"
    folder.mkdir(parents=True)
    for n in range(files):
        (folder / f"note{n}.md").write_text(NOTE.format(n=n), encoding="utf-8")
    messages = ScriptedMessages()
    window = make_window(show=True, messages=messages)
    dialog = open_preview(qtbot, window, folder)
    assert dialog.state.text().startswith(f"{files} questions found")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for n in range(taken):  # half moved away, half deleted
        if n % 2:
            (folder / f"note{n}.md").unlink()
        else:
            shutil.move(folder / f"note{n}.md", elsewhere)

    click_import(qtbot, window, dialog)

    deck = next(d for d in store.decks() if d.source_path == str(folder.resolve()))
    assert len(store.questions(deck_id=deck.id)) == files - taken
    text = "\n".join(str(shown) for _kind, _title, shown in messages.shown)
    assert f"{files - taken} new" in text and said in text, text

"""A deck's folder moved or renamed while the app runs (`mv interview-repo
interview-moved`): the deck was never marked "(source missing)". The watch was on
the folder itself, its sub-folders and its files, and a folder moved says nothing
to a watch on itself (inotify's move of the watched folder is not among what Qt
asks for), nor to those inside it: only the folder holding it sees the move. That
folder is now watched too, and the 2-second look at the store also looks at whether
each deck's file or folder is there (a source on a network drive, or a folder whose
own parent moved, sends no event at all)."""

from __future__ import annotations

import os

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store

from .test_files_live import NOTES


@pytest.fixture
def folder_store(tmp_path):
    deck = tmp_path / "work" / "interview-repo"
    (deck / "net").mkdir(parents=True)
    (deck / "net" / "net.md").write_text(NOTES, encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, deck)
    yield store, deck
    store.close()


def names(window) -> list[str]:
    model = window.tree.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def marked(window) -> bool:
    return any(name.endswith("(source missing)") for name in names(window))


def test_a_moved_deck_folder_is_seen_by_the_watch(qtbot, make_window, folder_store):
    store, deck = folder_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)  # the start-up look
    assert not marked(window)

    moved = deck.with_name("interview-moved")
    with qtbot.waitSignal(live.fs.directoryChanged, timeout=5000):  # the old code: none
        os.rename(deck, moved)
    with qtbot.waitSignal(live.finished, timeout=20000):
        live.check_now()
    assert marked(window)
    qtbot.waitUntil(lambda: not live.looking, timeout=20000)  # watched anew, on the pool

    with qtbot.waitSignal(live.fs.directoryChanged, timeout=5000):  # and back again
        os.rename(moved, deck)
    with qtbot.waitSignal(live.finished, timeout=20000):
        live.check_now()
    assert not marked(window)


@pytest.mark.parametrize("what", ["the deck's folder", "the folder above it"])
def test_the_store_poll_marks_a_deck_whose_source_went(qtbot, make_window, folder_store, what):
    """No file-system event needed: the poll every 2 seconds sees it."""
    store, deck = folder_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    live.fs.removePaths(live.fs.directories() + live.fs.files())  # as on a network drive
    gone = deck if what == "the deck's folder" else deck.parent
    away = gone.with_name(gone.name + "-moved")

    os.rename(gone, away)
    with qtbot.waitSignal(live.finished, timeout=20000):
        live.poll_store()
    assert marked(window)
    qtbot.waitUntil(lambda: not live.looking, timeout=20000)  # watched anew, on the pool
    assert not live.poll_store() and not live.busy  # said once: no look again
    qtbot.waitUntil(lambda: not live.looking, timeout=20000)

    os.rename(away, gone)
    with qtbot.waitSignal(live.finished, timeout=20000):
        live.poll_store()
    assert not marked(window)

"""After a big import the window shows the new deck without reading it on its own
thread: the import's worker, once it has saved, reads the tree and its figures on its
own connection, and the window swaps them in with one reset of the tree. Read on the
window's thread, a new deck of 10,000 questions held it for 100–200 ms at the end of
the import (benchmarks/bench_import_stalls.py)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex

from studyapp.core.store import Store
from tests.helpers.big_notes import headings, numbered
from tests.ui.controllers.test_files_live import run_check

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def main_thread_reads(monkeypatch):
    """The store reads that grow with the decks, as the window's thread makes them."""
    reads: list[str] = []
    for name in ("question_outlines", "cards", "question_places"):
        real = getattr(Store, name)

        def read(self, *args, _real=real, _name=name, **kwargs):
            if threading.current_thread() is threading.main_thread():
                reads.append(_name)
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, read)
    return reads


def decks_shown(window) -> dict[str, int]:
    """Each deck in the tree with the questions under it."""
    model = window.model
    rows = (model.child_node(QModelIndex(), row) for row in range(model.rowCount()))
    return {node.name: node.total for node in rows}


@pytest.mark.parametrize(
    ("text", "deck", "count"),
    [(headings(400), "Big notes", 400), (numbered(250), "Big list", 250)],
)
def test_an_import_s_new_deck_is_read_by_its_worker_and_shown_at_once(
    qtbot, make_window, tmp_path, main_thread_reads, text, deck, count
):
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    window = make_window(show=True)
    files = window.controllers["files"]
    qtbot.waitUntil(lambda: window.model.counted)  # the start's own figures are in
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    main_thread_reads.clear()
    with qtbot.waitSignal(files.importer.finished, timeout=60_000) as finished:
        files.import_files([notes])
    assert finished.args[0].summaries[0].new == count
    shown = decks_shown(window)
    assert shown[deck] == count  # the new deck, every question in it
    assert window.model.counted  # with its figures
    assert main_thread_reads == []  # none of it read on the window's thread
    assert resets == [1]  # the tree rebuilt once


def test_a_change_made_meanwhile_is_not_undone_by_the_worker_s_older_reading(
    qtbot, make_window, store
):
    """A reading made before the window changed the tree (a rename, a grade) is stale:
    the window reads the store again instead of showing what the worker read."""
    window = make_window(show=True)
    browse, editing = window.controllers["browse"], window.controllers["editing"]
    read = browse.reading_after()
    with Store.open(store.path) as own:  # (as the import's worker reads, on its connection)
        reading = read(own)
    deck = store.decks()[0]
    topic = store.topics(deck.id)[0]
    assert editing.rename_topic(topic.id, "Renamed meanwhile")
    browse.show_store(reading)
    names = {t.name for t in store.topics(deck.id)}
    assert "Renamed meanwhile" in names
    root = window.model.child_node(QModelIndex(), 0)
    assert "Renamed meanwhile" in {child.name for child in root.children}


@pytest.mark.parametrize("more", [300, 120])
def test_notes_saved_in_an_editor_are_shown_as_their_re_import_s_worker_read_them(
    qtbot, make_window, tmp_path, main_thread_reads, more
):
    """The live re-import of a notes file saved elsewhere, the same way."""
    from studyapp.core.importer import import_file

    notes = tmp_path / "mine" / "big.md"
    notes.parent.mkdir()
    notes.write_text(headings(20), encoding="utf-8")
    with Store.open(tmp_path / "own.sqlite3") as store:
        import_file(store, notes)
        window = make_window(store=store, show=True, watch_sources=True)
        live = window.controllers["files"].live
        qtbot.waitUntil(lambda: not live.busy, timeout=20_000)  # the start-up look
        qtbot.waitUntil(lambda: window.model.counted)
        saved = notes.with_name(".big.md.swp")
        saved.write_text(headings(more), encoding="utf-8")
        saved.replace(notes)  # (as an editor saves)
        main_thread_reads.clear()
        run_check(qtbot, live)  # (and the settle timer's look)
        assert decks_shown(window) == {"Big notes": more}
        assert window.model.counted
        assert main_thread_reads == []
        window.close()


def test_a_change_made_before_the_worker_reads_is_in_its_reading(
    qtbot, make_window, store, main_thread_reads
):
    """A grade or an edit made while the file is parsed, before the worker reads the
    store after its save, is in what it reads: that reading is taken as it is."""
    window = make_window(show=True)
    browse, editing = window.controllers["browse"], window.controllers["editing"]
    read = browse.reading_after()  # (made as the import starts)
    deck = store.decks()[0]
    topic = store.topics(deck.id)[0]
    assert editing.rename_topic(topic.id, "Renamed before")
    with Store.open(store.path) as own:  # (the worker, after its save)
        reading = read(own)
    main_thread_reads.clear()
    browse.show_store(reading)
    root = window.model.child_node(QModelIndex(), 0)
    assert "Renamed before" in {child.name for child in root.children}
    assert main_thread_reads == []  # taken, not read again

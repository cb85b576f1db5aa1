"""A start's look at the notes (each deck's file hashed and compared with its last
import) opened the "Re-importing changed notes…" dialog as it began: on a busy
machine the look outlasted the dialog's 4 s, and a day after the notes were last
touched a window-modal "Re-importing changed notes… 0%" stood over the window
while nothing had changed. The look is quiet now; the dialog comes with a
re-import's first step, when a file did change."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from studyapp.ui.live_sources import LiveSources
from tests.ui.conftest import DeferredPool

from .test_files_live import NOTES, save_as_an_editor_does
from .test_files_live import notes_store as notes_store

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def _looking(qtbot, store):
    """A window's live notes whose start-up look is under way (held on its pool)."""
    window = QWidget()
    qtbot.addWidget(window)
    pool = DeferredPool()
    live = LiveSources(lambda: store, window, pool)
    said: list[str] = []
    live.said.connect(said.append)
    assert live.check_now()
    [task] = pool.tasks
    return window, live, task, said


def _dialogs(window) -> list[QProgressDialog]:
    return window.findChildren(QProgressDialog)


@pytest.mark.parametrize("touched", [False, True], ids=["untouched", "saved-unchanged-days-later"])
def test_looking_at_unchanged_notes_shows_no_reimport_dialog(
    qtbot,
    notes_store,
    touched,
):
    store, notes = notes_store
    if touched:  # the same bytes written again, a new time on the file
        save_as_an_editor_does(notes, NOTES)
        stat = notes.stat()
        days = 5 * 86400 * 10**9
        os.utime(notes, ns=(stat.st_atime_ns + days, stat.st_mtime_ns + days))
    window, live, task, said = _looking(qtbot, store)
    hash_before = store.decks()[0].source_hash
    assert _dialogs(window) == []  # while it looks, however long the look takes
    task.run()  # the look ends: nothing changed
    assert not live.busy
    assert _dialogs(window) == [] and said == []
    assert store.decks()[0].source_hash == hash_before


def test_a_changed_file_s_reimport_has_its_dialog(
    qtbot,
    notes_store,
):
    store, notes = notes_store
    save_as_an_editor_does(notes, NOTES + "\n## What is QUIC?\n\nUDP, with streams.\n")
    window, live, task, said = _looking(qtbot, store)
    assert _dialogs(window) == []  # the look itself: quiet
    task.run()  # the look finds the change: looked at again once it has settled
    assert live.settle.isActive() and _dialogs(window) == [] and said == []
    live.settle.timeout.emit()  # the settle timer's look, as it is: re-imported
    task = live._pool.tasks[-1]
    opened: list[str] = []
    task.signals.progress.connect(
        lambda *_: opened.append(_dialogs(window)[0].labelText()) if _dialogs(window) else None
    )
    task.run()  # the look finds the change and re-imports it, step by step
    assert opened and opened[0].startswith("Reading")  # the dialog came with the work
    assert any("Re-imported" in line and "1 new" in line for line in said)
    assert not live.busy


def test_the_app_s_window_looks_at_the_notes_after_its_first_frame_and_figures(
    qtbot,
    make_window,
    notes_store,
):
    """The look hashes every notes file on a pool thread; begun before the first
    frame, its Python held the interpreter's lock against the frame and the figures."""
    store, _notes = notes_store
    window = make_window(store=store, progress_after_paint=True, watch_sources=True)
    files = window.controllers["files"]
    window.show()
    assert files.live is None  # nothing looks at the notes before the first frame
    with qtbot.waitSignal(window.first_painted):
        pass
    assert " due · " in window.totals_label.text()  # the figures came first
    assert files.live is not None
    qtbot.waitUntil(lambda: not files.live.busy, timeout=20000)

"""Quit during an export: Ctrl+Q a moment after the weak-topics PDF was asked for
closed the window at once, the export cancelled with it, and the PDF the person had
just saved was silently not there. Quit now waits for it, its progress shown, and a
closing nobody can be asked about (SIGTERM) lets a short export finish."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from studyapp.ui import background, export_worker
from studyapp.ui.controllers import files as files_controller
from tests.history import WEAK, record
from tests.ui.conftest import qid

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def held_export(monkeypatch):
    """The PDF is written once `go` is set (`started` when the export reaches it); a
    cancel meanwhile ends it as a real export's cancel does, writing nothing."""
    real = export_worker.export_weak_pdf
    started, go = threading.Event(), threading.Event()

    def slow(report, path, *, progress, cancelled):
        started.set()
        while not go.wait(0.01):
            if cancelled():
                raise export_worker.ExportCancelled("cancelled")
        return real(report, path, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(export_worker, "export_weak_pdf", slow)
    return started, go


def export_started(qtbot, window, out, started):
    record(window.store, qid(window.store, "What is momentum?"), WEAK, window.clock.now())
    files = window.controllers["files"]
    files.exporter().start(out)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    return files.exporter()


def test_quit_during_an_export_waits_for_the_pdf_then_closes(
    qtbot, make_window, tmp_path, held_export
):
    started, go = held_export
    window = make_window(show=True)
    out = tmp_path / "weak.pdf"
    exporter = export_started(qtbot, window, out, started)
    dialog = exporter.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Q
    assert window.isVisible()  # not closed under the export
    assert dialog.isVisible() and background.QUITTING.strip() in dialog.labelText()
    assert not window.messages.shown  # nothing to answer: it waits
    with qtbot.waitSignal(exporter.finished, timeout=30_000) as finished:
        go.set()
    assert finished.args[0].result is not None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert out.exists() and out.stat().st_size > 0
    assert not window.messages.shown  # the quit asked for goes on: no box to close first


def test_dont_quit_takes_the_quit_back_and_the_export_goes_on(
    qtbot, make_window, tmp_path, held_export
):
    started, go = held_export
    window = make_window(show=True)
    out = tmp_path / "weak.pdf"
    exporter = export_started(qtbot, window, out, started)
    window.actions_by_id["quit"].trigger()
    (button,) = exporter.dialog.findChildren(QPushButton)
    assert button.text() == "Don't Quit"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not exporter.quitting and background.QUITTING.strip() not in exporter.dialog.labelText()
    with qtbot.waitSignal(exporter.finished, timeout=30_000):
        go.set()
    assert out.exists() and window.isVisible()
    assert [m[0] for m in window.messages.shown] == ["info"]  # "Wrote 1 page to …"


def test_a_window_closed_without_asking_lets_a_short_export_finish(
    qtbot, make_window, tmp_path, held_export
):
    """SIGTERM closes the window as Quit does, but nobody is there to wait with: the
    export goes on after the window has gone, and its PDF is written."""
    started, go = held_export
    window = make_window(show=True)
    out = tmp_path / "weak.pdf"
    exporter = export_started(qtbot, window, out, started)
    window.close()
    assert not window.isVisible()
    with qtbot.waitSignal(exporter.finished, timeout=30_000) as finished:
        go.set()
    assert finished.args[0].result is not None and out.exists()


def test_an_export_that_cannot_finish_in_time_after_the_window_closed_leaves_no_file(
    qtbot, make_window, tmp_path, held_export, monkeypatch
):
    started, _go = held_export  # never let go: it cannot end in time
    monkeypatch.setattr(files_controller, "EXPORT_GRACE_MS", 50)
    window = make_window(show=True)
    out = tmp_path / "weak.pdf"
    exporter = export_started(qtbot, window, out, started)
    with qtbot.waitSignal(exporter.finished, timeout=30_000) as finished:
        window.close()
    assert finished.args[0].cancelled and not out.exists()


def test_quit_during_a_deck_export_waits_for_its_file_too(
    qtbot, make_window, tmp_path, monkeypatch
):
    """Export Deck… is another file the person asked for: the same wait."""
    from studyapp.core import deck_export

    real, started, go = deck_export.export_deck, threading.Event(), threading.Event()

    def slow(store, deck_id, path):
        started.set()
        go.wait(10)
        return real(store, deck_id, path)

    monkeypatch.setattr(deck_export, "export_deck", slow)
    window = make_window(show=True)
    files = window.controllers["files"]
    out = tmp_path / "interview.csv"
    files.ask_export_path = lambda _name: str(out)
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))
    window.action("export_deck").trigger()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    window.actions_by_id["quit"].trigger()
    assert window.isVisible() and files._deck_exporter.dialog.isVisible()
    go.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert out.exists() and "What is momentum?" in out.read_text(encoding="utf-8")

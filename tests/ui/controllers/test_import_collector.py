"""A big file's preview and import run no garbage collection while their worker reads
it: a collection holds the interpreter's lock, so each one the parse set off (walking
its millions of objects) froze the window, up to 150 ms at a time, several times over
one preview (benchmarks/bench_import_stalls.py --explain). Once the window has taken
the outcome, the collector is on again and holds nothing aside."""

from __future__ import annotations

import gc
import itertools
import threading

import pytest

from studyapp.core.importer import import_file as real_import
from studyapp.ui import import_worker
from studyapp.ui.import_worker import PreviewTask
from tests.helpers.big_notes import headings, numbered

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def events(monkeypatch):
    """In order: each collection ("gc", on the worker) and each report of the worker's
    parse ("told"); the window's own thread is left out."""
    seen: list[tuple[int, str]] = []
    order = itertools.count()

    def collected(phase: str, _info: dict) -> None:
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            seen.append((next(order), "gc"))

    def told(step: str, percent: int) -> None:
        seen.append((next(order), "told"))

    real_told = PreviewTask._told
    monkeypatch.setattr(
        PreviewTask, "_told", lambda self, *args: (told(*args), real_told(self, *args))
    )

    def importing(store, path, *, progress, **kwargs):
        def said(step: str, percent: int) -> None:
            told(step, percent)
            progress(step, percent)

        return real_import(store, path, progress=said, **kwargs)

    monkeypatch.setattr(import_worker, "import_file", lambda: importing)
    gc.callbacks.append(collected)
    yield seen
    gc.callbacks.remove(collected)


def during_the_parse(seen: list[tuple[int, str]]) -> list[str]:
    """What happened from the parse's first report to its last."""
    told = [n for n, what in seen if what == "told"]
    assert len(told) > 10  # (it did report as it went)
    return [what for n, what in seen if told[0] <= n <= told[-1]]


@pytest.mark.parametrize("text", [headings(1500), numbered(1200)])
def test_the_preview_s_parse_runs_no_collection(qtbot, store, tmp_path, events, text):
    from studyapp.ui.import_preview import ImportPreviewDialog

    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    dialog = ImportPreviewDialog(store.path, notes)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        pass
    assert dialog.preview is not None and dialog.preview.doc.questions
    assert "gc" not in during_the_parse(events)
    assert gc.isenabled() and gc.get_freeze_count() == 0  # all back to the collector


@pytest.mark.parametrize("text", [headings(1500), numbered(1200)])
def test_the_import_s_parse_and_save_run_no_collection(qtbot, make_window, tmp_path, events, text):
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    window = make_window()
    files = window.controllers["files"]
    with qtbot.waitSignal(files.importer.finished, timeout=60_000) as finished:
        files.import_files([notes])
    assert finished.args[0].summaries[0].new > 1000
    assert "gc" not in during_the_parse(events)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_first_frame_during_a_worker_s_hold_turns_the_collector_on_after_it():
    """The start pauses the collector until its first frame (studyapp/collector.py);
    the start's look at the notes may re-import one meanwhile."""
    from studyapp import collector

    assert gc.isenabled()
    collector.pause()
    try:
        with collector.held():
            collector.resume()  # the first frame, while the worker reads
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        collector.resume()
        gc.enable()

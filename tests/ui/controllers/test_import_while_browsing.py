"""A big file's import leaves the window free and says how far it has got: a tester's
12 MB file's import held the window for half a minute (no key answered, nothing could
be read), its bar at "Saving 80 %" for a long stretch."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from studyapp.core.importer import import_file as real_import
from studyapp.ui import import_worker
from tests.helpers.big_notes import headings

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

QUESTIONS = 1500


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "big.md"
    path.write_text(headings(QUESTIONS), encoding="utf-8")
    return path


def held_at(monkeypatch, stage: str) -> tuple[threading.Event, threading.Event]:
    """The window's imports stop at their first step that says `stage` (`there` set)
    until `go` is set; they run for real before and after."""
    there, go = threading.Event(), threading.Event()

    def held(store, path, *, progress, **kwargs):
        def told(step: str, percent: int) -> None:
            progress(step, percent)
            if stage in step and not there.is_set():
                there.set()
                go.wait(30)

        return real_import(store, path, progress=told, **kwargs)

    monkeypatch.setattr(import_worker, "import_file", lambda: held)
    return there, go


def test_the_progress_names_each_stage_with_its_count_and_only_rises(qtbot, make_window, big_file):
    window = make_window(show=True)
    importer = window.controllers["files"].importer
    seen: list[tuple[str, int]] = []
    with qtbot.waitSignal(importer.finished, timeout=60_000) as finished:
        task = importer.start([big_file])
        # After the dialog's own: what the dialog shows once each step is told.
        task.signals.progress.connect(
            lambda *_: seen.append((importer.dialog.labelText(), importer.dialog.value()))
        )
    assert not finished.args[0].cancelled and finished.args[0].summaries[0].new == QUESTIONS
    values = [value for _label, value in seen]
    assert values == sorted(values) and len(set(values)) > 20
    labels = [label for label, _value in seen]
    whole = r" · (\d+) % of the import done"
    for stage in [
        r"Finding questions in big\.md\nReading line [\d,]+ of [\d,]+" + whole,
        rf"Finding questions in big\.md\nReading question [\d,]+ of {QUESTIONS:,}" + whole,
        rf"Saving big\.md\n[\d,]+ of {QUESTIONS:,} questions" + whole,
    ]:
        said = {label for label in labels if re.fullmatch(stage, label)}
        assert len(said) > 3, stage  # its count moves on
    # The words say what the bar shows: a bar at 84 % beside "400 of 3,000 questions"
    # (the save's own count) read as a bar and words that disagreed.
    for label, value in seen:
        assert re.search(r"\b(\d+) % of the import done$", label).group(1) == str(value)


def test_a_step_without_a_count_says_the_bar_s_percent_too():
    assert import_worker.step_lines("Sorting 3,000 questions into topics", 80) == (
        "Sorting 3,000 questions into topics\n80 % of the import done"
    )


def test_the_window_answers_keys_while_an_import_runs(
    qtbot, make_window, store, big_file, monkeypatch
):
    there, go = held_at(monkeypatch, "reading question")
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([big_file])
    qtbot.waitUntil(there.is_set)
    files.importer.dialog.show()  # (shown already, after its first 300 ms)
    qtbot.waitExposed(files.importer.dialog)
    window.activateWindow()  # the person clicks the window, beside the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # As a person types: to the window, through its own window (not to a widget).
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    for key in (Qt.Key.Key_T, Qt.Key.Key_R, Qt.Key.Key_E, Qt.Key.Key_E):
        qtbot.keyClick(window.windowHandle(), key)
    assert window.search.field.text() == "tree"
    with qtbot.waitSignal(files.importer.finished, timeout=60_000) as finished:
        go.set()
    assert not finished.args[0].cancelled
    assert "Big notes" in [d.name for d in store.decks()]


def test_another_import_asked_for_meanwhile_is_said_to_wait(
    qtbot, make_window, store, big_file, monkeypatch, tmp_path
):
    there, go = held_at(monkeypatch, "reading question")
    window = make_window(show=True)
    files = window.controllers["files"]
    before = [d.name for d in store.decks()]
    files.import_files([big_file])
    qtbot.waitUntil(there.is_set)
    other = tmp_path / "other.md"
    other.write_text("# Other\n\n## What is this?\n\nAnother file.\n", encoding="utf-8")
    files.import_paths([other])  # (as Import Notes… and a drop ask for it)
    assert files.preview_dialog is None
    assert window.statusBar().currentMessage().startswith("An import is under way")
    with qtbot.waitSignal(files.importer.finished, timeout=60_000):
        go.set()
    assert sorted(d.name for d in store.decks()) == sorted([*before, "Big notes"])


@pytest.mark.parametrize("stage", ["reading line", "reading question", "Saving big.md: 500"])
def test_cancel_at_any_stage_leaves_the_store_as_it_was(
    qtbot, make_window, store, big_file, monkeypatch, stage
):
    there, go = held_at(monkeypatch, stage)
    window = make_window(show=True)
    files = window.controllers["files"]
    before = [d.name for d in store.decks()], store.question_count()
    files.import_files([big_file])
    qtbot.waitUntil(there.is_set)
    dialog = files.importer.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert dialog.labelText() == "Cancelling…"
    with qtbot.waitSignal(files.importer.finished, timeout=60_000) as finished:
        go.set()
    assert finished.args[0].cancelled
    assert ([d.name for d in store.decks()], store.question_count()) == before


def test_the_preview_of_a_big_file_says_how_far_its_reading_has_got(qtbot, store, big_file):
    """Its bar moved to and fro for 25 s over "Finding questions in 12.6 MB of notes…"."""
    from studyapp.ui.import_preview import ImportPreviewDialog

    seen: list[tuple[str, int]] = []
    dialog = ImportPreviewDialog(store.path, big_file)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=60_000):
        dialog._tasks[-1].signals.progress.connect(
            lambda *_: seen.append((dialog.state.text(), dialog.busy.value()))
        )
    values = [value for _text, value in seen]
    assert values == sorted(values) and len(set(values)) > 20 and dialog.busy.maximum() == 100
    question = rf"Finding questions… \d+%\nReading question [\d,]+ of {QUESTIONS:,}"
    assert len({text for text, _value in seen if re.fullmatch(question, text)}) > 3
    assert len(dialog.preview.doc.questions) == QUESTIONS


def test_a_grade_while_an_import_is_saved_says_it_waits_and_then_goes_in(
    qtbot, make_window, store, big_file, monkeypatch
):
    """The save is one transaction holding the store's write lock: a grade pressed
    meanwhile froze the window until it was saved (a big file's for seconds). The
    grade keys say they wait; once saved, they grade."""
    from tests.ui.window_helpers import press, start_studying

    there, go = held_at(monkeypatch, "Saving big.md: 500")
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_Space)
    files = window.controllers["files"]
    files.import_files([big_file])
    qtbot.waitUntil(there.is_set)
    qtbot.waitUntil(lambda: window.state.saving_import)
    window.activateWindow()  # (the progress dialog shows beside it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window, Qt.Key.Key_3)
    assert store.reviews() == []
    said = window.statusBar().currentMessage()
    assert said.startswith("“Grade: Good” waits") and "an import is being saved" in said
    with qtbot.waitSignal(files.importer.finished, timeout=60_000):
        go.set()
    assert not window.state.saving_import
    press(qtbot, window, Qt.Key.Key_3)
    assert [r.rating for r in store.reviews()] == [3]

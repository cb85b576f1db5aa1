"""File → Import notes…: off the UI thread, cancellable, summarised, errors named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt

from studyapp.ui import import_worker
from studyapp.ui.import_worker import ImportResult, ImportTask

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

NOTES = """\
# My Notes

## Trees

### What is a decision tree?

A tree of if/else splits on features.

## Metrics

### What is precision?

TP / (TP + FP): how many of the predicted positives are right.
"""


@pytest.fixture
def notes_file(tmp_path):
    path = tmp_path / "my-notes.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def run_import(qtbot, window, paths) -> ImportResult:
    files = window.controllers["files"]
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as blocker:
        files.import_files(paths)
    return blocker.args[0]


def deck_names(window) -> list[str]:
    return [
        window.model.node(window.model.index(r, 0)).name for r in range(window.model.rowCount())
    ]


def test_import_adds_the_deck_and_reports_a_summary(qtbot, make_window, store, notes_file):
    window = make_window(show=True)
    files = window.controllers["files"]
    result = run_import(qtbot, window, [notes_file])
    assert result.errors == [] and not result.cancelled and result.crash is None
    assert "My Notes" in deck_names(window)
    kind, _title, text = window.messages.shown[-1]
    assert kind == "info"
    assert "new" in text and "updated" in text and "unchanged" in text and "removed" in text
    assert files.importer.dialog is None and not files.importer.busy


def test_the_summary_opens_over_a_window_that_already_shows_the_new_deck(
    qtbot, make_window, notes_file
):
    window = make_window(show=True)
    seen_behind: list[list[str]] = []
    info = window.messages.info
    window.messages.info = lambda title, text: (
        seen_behind.append(deck_names(window)),
        info(title, text),
    )
    run_import(qtbot, window, [notes_file])
    assert seen_behind and "My Notes" in seen_behind[0]


def test_reimporting_an_unchanged_file_says_so(qtbot, make_window, notes_file):
    window = make_window()
    run_import(qtbot, window, [notes_file])
    run_import(qtbot, window, [notes_file])
    assert "unchanged" in window.messages.shown[-1][2]


def test_errors_name_the_file_and_the_reason(qtbot, make_window, tmp_path, notes_file):
    window = make_window()
    binary = tmp_path / "photo.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    result = run_import(qtbot, window, [binary, notes_file])
    assert len(result.errors) == 1 and "photo.md" in result.errors[0]
    assert len(result.summaries) == 1  # the good file still imported
    kind, _title, text = window.messages.shown[-1]
    assert kind == "error" and "photo.md" in text


def test_cancelled_import_writes_nothing(qtbot, store, store_path, notes_file):
    before = store.question_count()
    task = ImportTask(store_path, [notes_file])
    results: list[ImportResult] = []
    task.signals.finished.connect(results.append)
    task.cancel()
    task.run()  # on this thread: the worker's body, with the flag already set
    assert results and results[0].cancelled
    assert store.question_count() == before
    assert [d.name for d in store.decks()] == ["Interview"]


def test_cancel_mid_import_leaves_the_store_as_it_was(qtbot, store, store_path, notes_file):
    task = ImportTask(store_path, [notes_file])
    steps: list[str] = []

    def on_progress(step: str, _percent: int) -> None:
        steps.append(step)
        if step.startswith("Sorting"):  # just before saving
            task.cancel()

    task.signals.progress.connect(on_progress)
    results: list[ImportResult] = []
    task.signals.finished.connect(results.append)
    task.run()
    assert results[0].cancelled
    assert "Saving" not in steps
    assert [d.name for d in store.decks()] == ["Interview"]


def test_cancel_button_of_the_progress_dialog_cancels_the_task(
    qtbot, make_window, monkeypatch, notes_file
):
    window = make_window()
    files = window.controllers["files"]

    class NoPool:  # keep the task from running so the dialog can be cancelled first
        def start(self, task):
            self.task = task

    files.importer._pool = NoPool()
    task = files.importer.start([notes_file])
    assert task is not None and files.importer.busy
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    cancel = files.importer.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert task.is_cancelled()
    with qtbot.waitSignal(files.importer.finished, timeout=5000):
        task.run()
    said = str(window.messages.shown[-1][2])
    # Plainly what it means: nothing imported, no deck touched, the notes untouched
    # ("the file being imported was left unchanged" said none of that).
    assert "Import cancelled: nothing was imported" in said
    assert "No deck was made or changed" in said and "notes file is untouched" in said
    assert "My Notes" not in deck_names(window)


def test_a_bug_in_the_import_reaches_the_crash_dialog(qtbot, make_window, monkeypatch, notes_file):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(import_worker, "import_file", lambda: broken)
    window = make_window()
    result = run_import(qtbot, window, [notes_file])
    assert result.crash is not None and "RuntimeError: boom" in result.crash
    assert window.messages.kinds()[-1] == "crash"


def test_the_worker_never_touches_widgets(qtbot, make_window, notes_file, monkeypatch):
    """Progress and results arrive on the main thread, through signals."""
    from PySide6.QtCore import QThread

    window = make_window()
    files = window.controllers["files"]
    threads = []
    original = files.importer._on_progress

    def record(step, percent):
        threads.append(QThread.currentThread())
        original(step, percent)

    files.importer.task = None
    monkeypatch.setattr(files.importer, "_on_progress", record)
    run_import(qtbot, window, [notes_file])
    assert threads and all(t is window.thread() for t in threads)


def test_the_import_dialog_offers_every_kind_of_notes_file_the_importer_reads():
    from studyapp.core.note_kinds import FILE_KINDS
    from studyapp.core.parse.folder import NOTE_SUFFIXES
    from studyapp.ui.import_worker import FILE_FILTER

    offered = FILE_FILTER.split(";;")[0]
    assert all(f"*{suffix}" in offered for suffix in NOTE_SUFFIXES), offered
    # every kind a single import reads: LaTeX ("*.tex", not only "*.text"), captions too
    patterns = offered[offered.index("(") + 1 : offered.rindex(")")].split()
    assert {"*.tex", "*.latex", "*.vtt", "*.pptx"} <= set(patterns), offered
    assert all(f"*{s}" in patterns for _, suffixes in FILE_KINDS for s in suffixes), offered
    from studyapp.core.parse.code_notes import SUFFIXES as CODE

    code = FILE_FILTER.split(";;")[1]  # code files whose comments ask, offered apart
    assert code.startswith("Code") and all(f"*{suffix}" in code for suffix in CODE), code


def test_file_menu_adds_the_sample_deck_once_and_shows_it(qtbot, make_window, store):
    window = make_window(show=True)
    window.actions_by_id["sample_deck"].trigger()  # File → Add the Sample Deck
    decks = {d.name: d for d in store.decks()}
    assert "AI and ML Questions" in decks
    sample = decks["AI and ML Questions"]
    shown = window.tree.current_node()
    assert shown is not None and window.model.deck_id_of(shown) == sample.id  # shown
    assert window.model.question_count() > 30
    store.rename_deck(sample.id, "My ML deck")
    window.controllers["browse"].reload_tree()
    window.tree.select_deck(store.decks()[0].id)  # another deck on screen
    window.actions_by_id["sample_deck"].trigger()  # again: not a second copy
    assert [d.id for d in store.decks()].count(sample.id) == 1 and len(store.decks()) == 2
    assert window.statusBar().currentMessage().endswith("here already: My ML deck.")
    shown = window.tree.current_node()
    assert shown is not None and window.model.deck_id_of(shown) == sample.id  # shown


def held_import(monkeypatch, *, checks_after=True):
    """The window's imports wait on the worker until `go` is set (`started` when one
    begins); cancelled meanwhile, an import raises as a real one does. Without
    `checks_after`, the import is past its last look at a cancel when `go` is set (it
    is naming its deck: only the end is left)."""
    import threading

    from studyapp.core.importer import ImportCancelled
    from studyapp.core.importer import import_file as real

    started, go = threading.Event(), threading.Event()

    def slow(store, path, *, cancelled, **kwargs):
        started.set()
        go.wait(10)
        if not checks_after:
            return real(store, path, **kwargs)
        if cancelled():
            raise ImportCancelled("cancelled")
        return real(store, path, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(import_worker, "import_file", lambda: slow)
    return started, go


@pytest.mark.parametrize("quit_anyway", [False, True], ids=["keep importing", "quit"])
def test_quitting_during_an_import_asks_first(
    qtbot, make_window, store, monkeypatch, notes_file, quit_anyway
):
    """Ctrl+Q (or the close button) while an import runs asks: "keep importing" leaves
    the window and the import going; "quit" closes it, the import cancelled and
    nothing of it saved."""
    started, go = held_import(monkeypatch)
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([notes_file])
    qtbot.waitUntil(started.is_set)
    window.messages.answers.append(quit_anyway)
    # Ctrl+Q where the focus is: the progress dialog's Cancel (the window's own
    # shortcut cannot fire while the window-modal dialog shows).
    dialog = files.importer.dialog
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.messages.shown[-1][:2] == ("confirm", "Quit during an import")
    assert window.isVisible() is not quit_anyway
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as finished:
        go.set()
    result = finished.args[0]
    assert result.cancelled is quit_anyway
    assert ("My Notes" in [d.name for d in store.decks()]) is not quit_anyway


def window_manager_close(files, window_id: int, protocol: int) -> bool:
    """The X11 window manager's close request (a WM_PROTOCOLS client message naming
    `protocol`) for the window `window_id`, as Qt's xcb plugin hands it to the native
    event filter the import installs while its dialog shows (PySide6 cannot call
    QAbstractEventDispatcher.filterNativeEvent); whether it was taken."""
    import ctypes

    from studyapp.ui.blocked_close import CLIENT_MESSAGE, XCB_CLIENT_MESSAGE, XCB_EVENT

    heard = files.importer._close_filter
    if heard is None:
        return False
    raw = CLIENT_MESSAGE.pack(XCB_CLIENT_MESSAGE, 32, 1, window_id, 241, protocol)
    event = ctypes.create_string_buffer(raw.ljust(32, b"\0"))
    taken, _result = heard.nativeEventFilter(QByteArray(XCB_EVENT), ctypes.addressof(event))
    return taken


@pytest.mark.parametrize("quit_anyway", [False, True], ids=["keep importing", "quit"])
def test_the_close_button_during_an_import_asks_as_ctrl_q_does(
    qtbot, make_window, store, monkeypatch, notes_file, quit_anyway
):
    """With the import's progress box up, the window's close button did nothing and
    said nothing (Ctrl+Q asked): Qt drops a window manager's close request for a window
    a modal dialog blocks. It is heard before Qt drops it (ui/blocked_close.py), and
    asks what Ctrl+Q asks; the window's other messages (a ping) stay Qt's."""
    from studyapp.ui import blocked_close

    monkeypatch.setattr(blocked_close, "delete_window_atom", lambda: 4242)
    started, go = held_import(monkeypatch)
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([notes_file])
    qtbot.waitUntil(started.is_set)
    window_id = int(window.winId())
    assert not window_manager_close(files, window_id, 4343)  # a ping: not a close
    assert not window_manager_close(files, window_id + 1, 4242)  # another window's
    window.messages.answers.append(quit_anyway)
    assert window_manager_close(files, window_id, 4242)
    qtbot.waitUntil(lambda: bool(window.messages.shown))
    assert window.messages.shown[-1][:2] == ("confirm", "Quit during an import")
    assert window.isVisible() is not quit_anyway
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as finished:
        go.set()
    assert finished.args[0].cancelled is quit_anyway
    assert ("My Notes" in [d.name for d in store.decks()]) is not quit_anyway
    # The import over, the window's close button is Qt's again.
    assert not window_manager_close(files, window_id, 4242)


def test_an_import_that_ends_while_quit_is_asked_takes_the_question_back(
    qtbot, make_window, store, monkeypatch, notes_file
):
    """Ctrl+Q during an import asks "quit and nothing of it is saved?"; when the import
    ends while that question is open, the question is withdrawn (it is no longer true)
    and the quit the person asked for goes on, the import whole in the store. (An
    import that still looks at a cancel waits while asked: the test below.)"""
    started, go = held_import(monkeypatch, checks_after=False)
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([notes_file])
    qtbot.waitUntil(started.is_set)

    def import_ends_meanwhile() -> bool:
        go.set()
        qtbot.waitUntil(lambda: not files.busy_importing, timeout=10_000)
        return False  # had the person answered, it would have been "keep importing"

    window.messages.answers.append(import_ends_meanwhile)
    window.actions_by_id["quit"].trigger()
    assert window.messages.shown[-2][:2] == ("confirm", "Quit during an import")
    assert window.messages.shown[-1][0] == "info"  # the import's summary, then the quit
    assert not window.isVisible()
    assert "My Notes" in [d.name for d in store.decks()]


@pytest.mark.parametrize("quit_anyway", [False, True], ids=["keep importing", "quit"])
def test_an_import_waits_while_quit_is_asked(
    qtbot, make_window, store, monkeypatch, notes_file, quit_anyway
):
    """While "Cancel the import and quit?" is open, the import waits at its next look
    at a cancel: it went on saving behind the question, and a new user's "Cancel the
    import and quit" came after the whole deck was saved. The answer decides: quit,
    and nothing of it is saved; keep importing, and it goes on."""
    import threading

    from studyapp.core.importer import ImportCancelled
    from studyapp.core.importer import import_file as real

    started, asked, reached = threading.Event(), threading.Event(), threading.Event()
    answered, seen = threading.Event(), []

    def saving(store, path, *, cancelled, **kwargs):
        started.set()
        asked.wait(10)
        reached.set()  # its next look at a cancel, as the question shows
        stop = cancelled()
        seen.append(answered.is_set())
        if stop:
            raise ImportCancelled("cancelled")
        return real(store, path, **kwargs)

    monkeypatch.setattr(import_worker, "import_file", lambda: saving)
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([notes_file])
    qtbot.waitUntil(started.is_set)

    def person_reads_then_answers() -> bool:
        asked.set()
        qtbot.waitUntil(reached.is_set, timeout=10_000)
        answered.set()
        return quit_anyway

    window.messages.answers.append(person_reads_then_answers)
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as finished:
        window.actions_by_id["quit"].trigger()
    assert seen == [True]  # the import's look at a cancel returned after the answer
    assert finished.args[0].cancelled is quit_anyway
    assert ("My Notes" in [d.name for d in store.decks()]) is not quit_anyway
    assert window.isVisible() is not quit_anyway


def test_the_import_dialog_opens_where_the_last_notes_came_from(
    qtbot, make_window, tmp_path, monkeypatch
):
    """The first Import Notes… opens where the deck's notes are; the next one in the
    folder the last notes were chosen from, also after a restart (a new window, the same
    settings)."""
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / "interview" / "notes"
    folder.mkdir(parents=True)
    notes = folder / "system-design.md"
    notes.write_text(NOTES, encoding="utf-8")
    opened_in: list[str] = []

    def choose(_parent, _title, start, _filter):
        opened_in.append(start)
        return [str(notes)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    window = make_window()
    files = window.controllers["files"]
    monkeypatch.setattr(files, "import_paths", lambda paths: None)
    files.ask_and_import()
    files.ask_and_import()
    again = make_window().controllers["files"]
    monkeypatch.setattr(again, "import_paths", lambda paths: None)
    again.ask_and_import()
    (deck,) = window.store.decks()
    assert opened_in == [str(Path(deck.source_path).parent), str(folder), str(folder)]


def test_the_first_import_dialog_opens_where_notes_imported_before_are(
    qtbot, make_window, store, tmp_path, monkeypatch
):
    """Notes imported from the command line first: the window's first Import Notes…
    opened in the home folder, not beside them."""
    from PySide6.QtWidgets import QFileDialog

    from studyapp.core.importer import import_file

    folder = tmp_path / "prep" / "sql"
    folder.mkdir(parents=True)
    (folder / "joins.md").write_text(NOTES, encoding="utf-8")
    import_file(store, folder / "joins.md")
    opened_in: list[str] = []

    def choose(_parent, _title, start, _filter):
        opened_in.append(start)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    make_window().controllers["files"].ask_and_import()
    assert opened_in == [str(folder)]


def test_an_export_dialog_opens_where_the_last_export_went(
    qtbot, make_window, tmp_path, monkeypatch
):
    """Export Deck… suggests its file in the folder the last export was written to."""
    from PySide6.QtWidgets import QFileDialog

    exports = tmp_path / "exports"
    exports.mkdir()
    suggested: list[Path] = []

    def save(_parent, _title, start, _filter):
        suggested.append(Path(start))
        return str(exports / "deck.apkg"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    files = make_window().controllers["files"]
    files.ask_export_path("deck.apkg")
    files.ask_export_path("deck.apkg")
    assert [p.parent for p in suggested] == [Path.home(), exports]


def test_the_windows_own_import_is_not_said_to_be_a_change_outside_it(
    qtbot, make_window, store, monkeypatch, notes_file
):
    """The store's 2-second poll ran while the window's own import committed on its
    connection and said "Your study data changed outside this window: reloaded." (a
    new user's big imports). The import's commits are the window's own: nothing is
    said, during it or after."""
    import threading

    from studyapp.core.importer import import_file as real

    committed, go = threading.Event(), threading.Event()

    def saving_in_steps(store, path, **kwargs):
        store.set_setting("import.step", "1")  # a first commit (the import's history,
        committed.set()  # its split setting), the rest still to come
        go.wait(10)
        return real(store, path, **kwargs)

    monkeypatch.setattr(import_worker, "import_file", lambda: saving_in_steps)
    window = make_window(show=True, watch_sources=True)
    files = window.controllers["files"]
    live = files.live
    qtbot.waitUntil(lambda: not live.busy, timeout=20_000)  # the start-up look
    said: list[str] = []
    live.said.connect(said.append)
    files.import_files([notes_file])
    qtbot.waitUntil(committed.is_set)
    assert not live.poll_store()  # the store moved: by this window's import
    with qtbot.waitSignal(files.importer.finished, timeout=10_000):
        go.set()
    assert not live.poll_store()
    assert not [s for s in said if "outside this window" in s]
    assert "My Notes" in [d.name for d in store.decks()]


def test_an_import_ending_after_the_window_closed_opens_no_box(
    qtbot, make_window, store, monkeypatch, notes_file
):
    """Closed during an import (its "Cancel the import and quit", or the window's
    close), the import is cancelled on closing; its "Import cancelled" box opened
    afterwards over no window, and after its OK the process stayed, its window
    hidden, until killed (a new user's second try). Nothing is said after the close."""
    started, go = held_import(monkeypatch)
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([notes_file])
    qtbot.waitUntil(started.is_set)
    shown = len(window.messages.shown)
    window.close()
    assert not window.isVisible()
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as finished:
        go.set()
    assert finished.args[0].cancelled
    assert window.messages.shown[shown:] == []
    assert "My Notes" not in [d.name for d in store.decks()]

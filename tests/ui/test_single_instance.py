"""One writer per data folder: a second start brings the first forward and may open a
read-only window, whose write actions are all off."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from studyapp import app as app_module
from studyapp import startup  # where the store is opened
from studyapp.app import watch_raise_requests
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store, StoreError
from studyapp.startup import (
    READ_ONLY_FOLDER,
    READ_ONLY_FULL,
    READ_ONLY_RUNNING,
    open_user_store,
)
from studyapp.ui.single_instance import RaiseRequestWatcher, raise_request_path, request_raise

from .conftest import ScriptedMessages, make_doc, qid, topic_id

# The offscreen platform cannot raise windows or pass size hints on: notes about the
# test platform, not the app.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

NOW = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)
GD = "What is gradient descent?"


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A data folder with a store of the test deck, as a first start leaves it."""
    folder = tmp_path / "userdata"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        store.import_document(make_doc(), str(folder / "interview.md"), "hash-1")
    return folder


@pytest.fixture
def first(data_dir):
    """The first StudyApp: it holds the data folder's lock."""
    lock = acquire_store_lock(data_dir)
    assert lock is not None
    yield lock
    lock.release()


def open_second(data_dir, answer=True):
    """A second start; `answer` is the person's choice in "open read-only?"."""
    messages = ScriptedMessages()
    asked: list[int | None] = []

    def ask(owner, _freed):
        asked.append(owner)
        return answer

    return open_user_store(data_dir, messages, NOW, ask=ask), messages, asked


# --- start-up --------------------------------------------------------------------


def test_the_first_start_takes_the_lock_and_writes(data_dir):
    opened, messages, asked = open_second(data_dir)
    try:
        assert opened is not None and opened.read_only is None
        assert opened.lock is not None and opened.lock.held
        assert asked == [] and messages.shown == []
        assert acquire_store_lock(data_dir) is None  # a third start would be the second
    finally:
        opened.store.close()
        opened.release()
    assert not opened.lock.held


def test_a_second_start_asks_the_first_forward_and_opens_read_only(data_dir, first):
    request = raise_request_path(data_dir)
    before = request.read_text() if request.exists() else ""
    opened, _messages, asked = open_second(data_dir, answer=True)
    try:
        assert opened is not None
        assert opened.read_only == READ_ONLY_RUNNING and opened.lock is None
        assert asked == [int(Path(first.path).read_text().strip())]  # the first one's pid
        assert request.read_text() != before
        with pytest.raises(StoreError):  # never two writers
            opened.store.rename_topic(topic_id(opened.store, "Statistics"), "Stats")
    finally:
        opened.store.close()


def test_a_second_start_that_declines_opens_nothing(data_dir, first):
    opened, _messages, asked = open_second(data_dir, answer=False)
    assert opened is None and len(asked) == 1
    assert raise_request_path(data_dir).exists()  # the first one was still asked forward


@pytest.mark.parametrize("answer", [True, False])
def test_a_first_that_quits_while_the_second_asks_leaves_it_the_only_one(data_dir, first, answer):
    """Two starts at once: the first quit while the second's "Already open" box was up,
    and the box went on naming a process that had quit; "Use the Open Window" then
    opened nothing at all. Whatever is answered, the second now opens to write."""
    seen: list[bool] = []

    def ask(_owner, freed):
        seen.append(freed())  # the first still runs
        first.release()  # ... and quits
        seen.append(freed())
        return answer

    opened = open_user_store(data_dir, ScriptedMessages(), NOW, ask=ask)
    try:
        assert seen == [False, True]
        assert opened is not None and opened.read_only is None and opened.lock.held
    finally:
        opened.store.close()
        opened.release()


def test_the_already_open_box_stays_on_top_and_closes_when_the_first_quits(qtbot):
    """The first's window, shown a moment after and brought forward, covered the box,
    so the second start waited unseen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from studyapp.ui.messages import ask_read_only

    quit_ = [False]
    seen: list[tuple[bool, bool]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((bool(box.windowFlags() & Qt.WindowType.WindowStaysOnTopHint), box.isVisible()))
        quit_[0] = True  # the first quits; nobody answers the box

    QTimer.singleShot(0, look)
    assert ask_read_only(4242, lambda: quit_[0]) is False  # closed by itself, not answered
    assert seen == [(True, True)]


def test_a_data_folder_without_a_writable_lock_file_opens_read_only(data_dir, monkeypatch):
    def refuse(_folder):
        raise StoreError("Cannot create the lock file.", "Check that the data folder is writable.")

    monkeypatch.setattr(startup, "acquire_store_lock", refuse)
    opened, messages, _ = open_second(data_dir)
    try:
        assert opened is not None and opened.read_only == READ_ONLY_FOLDER
        kind, title, text = messages.shown[0]
        assert kind == "warn" and "read-only" in title.lower()
        assert "lock file" in text and "writable" in text and "turned off" in text
    finally:
        opened.store.close()


def test_a_store_the_disk_will_not_write_opens_read_only_with_the_reason(data_dir, monkeypatch):
    def full(*_args, **_kwargs):
        raise StoreError("The disk holding the study database is full.", "Free some space.")

    monkeypatch.setattr(startup, "open_store_safely", full)
    opened, messages, _ = open_second(data_dir)
    try:
        assert opened is not None and opened.read_only == READ_ONLY_FULL
        assert opened.lock is None and acquire_store_lock(data_dir) is not None  # released
        assert "is full" in messages.shown[0][2] and "Free some space" in messages.shown[0][2]
    finally:
        opened.store.close()


def test_a_store_that_opens_neither_way_is_the_original_error(tmp_path, monkeypatch):
    folder = tmp_path / "empty"
    folder.mkdir()

    def locked(*_args, **_kwargs):
        raise StoreError("The study database is busy.", "Close other StudyApp windows.")

    monkeypatch.setattr(startup, "open_store_safely", locked)
    with pytest.raises(StoreError, match="busy"):  # not "there is no database to read"
        open_second(folder)


# --- the read-only window --------------------------------------------------------------


@pytest.fixture
def read_only_window(data_dir, first, make_window):
    opened, _messages, _ = open_second(data_dir)
    assert opened is not None
    window = make_window(store=opened.store, read_only=opened.read_only, show=True)
    yield window
    window.close()
    opened.store.close()


WRITE_ACTIONS = (
    "act_import",
    "act_move",
    "act_rename",
    "act_new_topic",
    "act_study",
    "act_study_all",
    "act_mock",
)


def test_the_read_only_window_disables_every_write_and_says_why(read_only_window):
    window = read_only_window
    for name in WRITE_ACTIONS:
        assert not getattr(window, name).isEnabled(), name
    assert all(not a.isEnabled() for a in window.grade_actions.values())
    assert not window.act_undo.isEnabled()
    assert not window.grading.study_button.isEnabled()
    assert not window.grading.study_button.isVisible()
    # What it can do: browse, search, look at backups and mock history.
    assert window.act_find.isEnabled() and window.act_backups.isEnabled()
    assert window.act_next.isEnabled() and window.act_mock_history.isEnabled()
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read-only: another StudyApp is running"
    # Marked before the app's name: Qt adds " — StudyApp" to a title not ending in it,
    # and "… — StudyApp (read-only)" showed as "… — StudyApp (read-only) — StudyApp".
    title = window.windowTitle()
    assert title.endswith(" (read-only) — StudyApp") and title.count("StudyApp") == 1
    window.setWindowTitle("StudyApp")  # as a finished study session leaves it
    assert window.windowTitle() == "Read-only — StudyApp"
    assert window.current_qid is not None  # browsing works


def test_a_read_only_window_shows_what_the_writing_one_does(data_dir, first, make_window):
    """The README promises a window checks every 2 seconds whether another program
    changed the study data, and reloads: a read-only window never looked (its watch
    was a writing window's only), and showed the morning's counts all day."""
    opened, _messages, _ = open_second(data_dir)
    assert opened is not None
    window = make_window(store=opened.store, read_only=opened.read_only, show=True)
    window.controllers["files"].watch_sources()  # as the app starts every window
    live = window.controllers["files"].live
    assert live is not None and live.poll.isActive()
    assert live.fs.directories() == [] and not live.check_now()  # it re-imports nothing
    with Store.open(store_path(data_dir)) as writer:  # the writing window, grading
        doc = make_doc((("What is a graph?", ("Structures",), "Nodes and edges."),), deck="Other")
        writer.import_document(doc, str(data_dir / "other.md"), "hash-2")
    assert live.poll_store()
    assert window.model.question(qid(opened.store, "What is a graph?")) is not None
    window.close()
    opened.store.close()


def test_write_attempts_in_a_read_only_window_are_refused_before_the_store(qtbot, read_only_window):
    window = read_only_window
    editing = window.controllers["editing"]
    files = window.controllers["files"]
    mock = window.controllers["mock"]
    study = window.controllers["study"]
    store = window.store
    gd = qid(store, GD)
    study.start_study()
    assert window.mode == "browse" and study.session is None
    assert "another StudyApp is running" in window.statusBar().currentMessage()
    assert mock.open_mock_setup() is None and mock.mock_setup is None
    assert not mock.start_mock()
    assert not editing.move_question(gd, topic_id(store, "Statistics"))
    assert not editing.rename_topic(topic_id(store, "Statistics"), "Stats")
    assert editing.create_topic(store.decks()[0].id, "New") is None
    files.import_files(["/nonexistent.md"])
    assert not files.importer.busy
    qtbot.keyClick(window, Qt.Key.Key_Space)  # no study session: nothing to reveal
    assert window.messages.shown == []  # refused quietly: no error boxes
    assert store.question(gd).topic_id == topic_id(store, "Optimization")


def test_a_read_only_window_does_not_write_its_answer_cache_on_close(read_only_window):
    window = read_only_window
    browse = window.controllers["browse"]
    browse.step(1)
    assert window.cache.pending  # rendered answers wait for a writable store
    window.close()
    assert window.cache.pending  # not flushed: the store would refuse them


# --- bringing the first one forward -----------------------------------------------------------


def test_a_raise_request_brings_the_first_window_forward(qtbot, data_dir, make_window):
    window = make_window(show=True)
    watcher = watch_raise_requests(window, data_dir)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    window.showMinimized()

    with qtbot.waitSignal(watcher.raise_requested, timeout=5000):
        assert request_raise(data_dir)  # what a second start does

    assert window.raise_requests == 1 and watcher.requests == 1
    assert not window.isMinimized()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    watcher.stop()


def test_a_second_start_raises_the_first_through_the_file(qtbot, data_dir, first, make_window):
    window = make_window(show=True)
    watcher = watch_raise_requests(window, data_dir)
    with qtbot.waitSignal(watcher.raise_requested, timeout=5000):
        opened, _, _ = open_second(data_dir, answer=False)
    assert opened is None and window.raise_requests == 1
    watcher.stop()


def test_only_a_new_token_is_a_request(qtbot, tmp_path):
    watcher = RaiseRequestWatcher(tmp_path)
    assert watcher.watching and watcher.path.exists()
    assert not watcher.check()  # nothing new yet
    watcher.path.touch()  # a backup tool or an editor, say
    assert not watcher.check()
    request_raise(tmp_path)
    assert watcher.check() and not watcher.check()  # seen once
    assert watcher.requests == 1
    watcher.stop()
    assert not watcher.watching


def test_the_watcher_keeps_watching_a_file_deleted_under_it(qtbot, tmp_path):
    watcher = RaiseRequestWatcher(tmp_path)
    watcher.path.unlink()
    qtbot.waitUntil(lambda: watcher.path.exists() and watcher.watching, timeout=5000)
    with qtbot.waitSignal(watcher.raise_requested, timeout=5000):
        request_raise(tmp_path)
    watcher.stop()


def test_a_raise_request_into_a_missing_folder_is_false(tmp_path):
    assert not request_raise(tmp_path / "missing")


# --- run() as a second instance -----------------------------------------------------------


def test_run_as_a_second_instance_shows_a_read_only_window(
    qtbot, data_dir, first, monkeypatch, make_window
):
    first_window = make_window()
    raise_watcher = watch_raise_requests(first_window, data_dir)
    made = []
    original = app_module.create_window

    def spy(*args, **kwargs):
        window = original(*args, **kwargs)
        made.append(window)
        return window

    monkeypatch.setattr(app_module, "create_window", spy)
    with qtbot.waitSignal(raise_watcher.raise_requested, timeout=5000):
        status = app_module.run(data_dir=data_dir, smoke=True)  # smoke: asks nothing
    assert status == 0
    (second,) = made
    assert second.read_only_reason == READ_ONLY_RUNNING
    assert second.controllers["data_safety"].auto_backup is None
    assert not second.act_study.isEnabled()
    assert second.current_qid is not None  # it showed a question
    assert first_window.raise_requests == 1
    assert first.held  # the first one still writes
    raise_watcher.stop()


@pytest.mark.parametrize(("saved", "before"), [("dark", "light"), ("light", "dark")])
def test_the_already_open_question_is_drawn_in_the_saved_theme(
    qtbot, data_dir, first, monkeypatch, saved, before
):
    """A second start asked "StudyApp is already open" in the light theme while the
    app was dark: the question came before the window that applies the theme."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QMessageBox

    from studyapp.ui.main_window import K_THEME
    from studyapp.ui.theme import COLORS, palette

    app = app_module.application()
    kept = app.palette()
    app.setPalette(palette(before))  # the process's palette before the start
    QSettings().setValue(K_THEME, saved)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "already open" in box.text()
        seen.append(box.palette().color(QPalette.ColorRole.Window).name())
        box.reject()  # "Use the Open Window"

    QTimer.singleShot(0, answer)
    try:
        assert app_module.run(data_dir=data_dir) == 0
    finally:
        app.setPalette(kept)
    assert seen == [COLORS[saved].window]

"""A damaged store is checked and salvaged before the window opens: half a minute for
a big one with nothing at all on the screen (the tester's black screen, then the
message). The check runs on a thread now, and a small window says what is going on
("Checking your study data…", then "Repairing your study data…"), gone before the
start's message about what was kept."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from studyapp import startup
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.ui import checking, checking_window
from studyapp.ui.checking_window import CHECKING, REPAIRING, CheckingWindow
from tests.core.test_backup import fill
from tests.ui.conftest import ScriptedMessages

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def checking_windows() -> list[CheckingWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CheckingWindow) and w.isVisible()
    ]


@pytest.fixture
def damaged(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=0)
    make_backup(store_path(folder), folder / "backups", NOW)
    store_path(folder).write_bytes(os.urandom(8192))  # damaged past repair: restored
    return folder


def test_a_slow_check_of_a_damaged_store_shows_a_window_that_says_so(qapp, damaged, monkeypatch):
    seen: list[str] = []  # what the window said, in turn
    shown = threading.Event()
    real_open = startup.open_store_safely

    def as_slow_as_a_big_store(*args, **kwargs):
        shown.wait(10)  # (a big store's check: the window is on the screen before it ends)
        return real_open(*args, **kwargs)

    class Watched(CheckingWindow):
        def showEvent(self, event):
            super().showEvent(event)
            seen.append(self.words.text())
            shown.set()

        def say(self, stage):
            super().say(stage)
            seen.append(self.words.text())

    monkeypatch.setattr(startup, "open_store_safely", as_slow_as_a_big_store)
    monkeypatch.setattr(checking_window, "CheckingWindow", Watched)
    messages = ScriptedMessages()
    at_the_message: list[int] = []
    warn = messages.warn
    messages.warn = lambda *a: at_the_message.append(len(checking_windows())) or warn(*a)

    opened = startup.open_user_store(damaged, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.report is not None
        assert seen[0] == CHECKING and REPAIRING in seen  # said at once, then the repair
        assert at_the_message == [0]  # gone before the message of what was kept
        assert checking_windows() == []
    finally:
        opened.store.close()
        opened.release()


def test_an_error_of_the_check_reaches_the_start_as_before(qapp, tmp_path, monkeypatch):
    from studyapp.core.store import StoreError

    def refused(*_args, **_kwargs):
        raise StoreError("The study database is locked by another program (not StudyApp).")

    monkeypatch.setattr(startup, "open_store_safely", refused)
    with pytest.raises(StoreError, match="locked by another program"):
        checking.while_checking(lambda stage: refused())

"""Ctrl+Q during an import asks over the import's progress, and the question has the
keys. A tester quit 0.15 s into an import: the progress dialog came up after its
300 ms wait over the question, which held the import meanwhile, and the import
looked stuck at "Saving…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.ui.messages import Messages
from tests.helpers.big_notes import headings
from tests.ui.controllers.test_import_while_browsing import held_at


class AskingMessages(Messages):
    """The real questions; what is only told is kept, not shown (no box to close)."""

    def __init__(self) -> None:
        super().__init__()
        self.told: list[str] = []

    def _show(self, kind: str, title: str, text: str) -> None:
        self.told.append(title)


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "big.md"
    path.write_text(headings(800), encoding="utf-8")
    return path


@pytest.mark.parametrize("shown_yet", [False, True], ids=["dialog still waiting", "dialog shown"])
def test_the_quit_question_stands_over_the_import_s_progress(
    qtbot, make_window, store, big_file, monkeypatch, shown_yet
):
    there, go = held_at(monkeypatch, "reading question")
    window = make_window(show=True, messages=AskingMessages())
    files = window.controllers["files"]
    files.import_files([big_file])
    qtbot.waitUntil(there.is_set)
    progress = files.importer.dialog
    if shown_yet:
        progress.show()
        qtbot.waitExposed(progress)
    seen: dict[str, object] = {}

    def look_and_answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look_and_answer)
            return
        seen["title"] = box.windowTitle()
        seen["progress shown"] = progress.isVisible()  # not to come up over it later
        # Its window the progress dialog's transient: above it in any window manager
        # (which gives it the keys: checked on Xvfb with openbox; Qt's offscreen
        # platform gives them to no window shown over another's transient).
        seen["over"] = box.windowHandle().transientParent() is progress.windowHandle()
        box.escapeButton().click()  # Cancel: the import goes on

    QTimer.singleShot(0, look_and_answer)
    window.action("quit").trigger()

    assert seen == {
        "title": "Quit during an import",
        "progress shown": True,
        "over": True,
    }
    assert window.isVisible()
    with qtbot.waitSignal(files.importer.finished, timeout=60_000) as finished:
        go.set()
    assert not finished.args[0].cancelled

"""A read-only window (another StudyApp has the store): every action that would
write is greyed in its menu, and its key says why in the status bar instead of
doing nothing (Delete and Ctrl+Shift+D said nothing at all)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.ui import actions as table
from studyapp.ui.ui_state import Mode, Page, Tab, UiState, enabled, refused_read_only

REASON = "Read-only: another StudyApp is running"

# Actions a person knows change the study data: each must be among the refused ones.
WRITES = {
    "import",
    "import_folder",
    "move",
    "rename",
    "new_topic",
    "edit_question",
    "suspend",
    "delete_question",
    "undo_delete",
    "preferences",
    "study",
    "study_all",
    "mock",
}


@pytest.fixture
def reader(store, clock) -> Iterator[Store]:
    """The test deck with one finished mock (one question failed), opened read-only."""
    ids = [q.id for q in store.questions()][:2]
    session = MockSession(store, SpacedRepetition(), clock, MockSettings(), ids)
    session.start()
    for rating in (1, 3):
        session.reveal()
        session.grade(rating)
    with Store.open_read_only(store.path) as opened:
        yield opened


@pytest.fixture
def window(make_window, reader):
    window = make_window(store=reader, read_only=REASON, show=True)
    window.resize(1024, 600)  # a small screen: the status bar has little room
    return window


def press_keys(qtbot, window, spec) -> None:
    """The action's first key in the window's mode, as the person presses it."""
    (sequence, *_) = table.key_sequences(spec, window.mode)
    combo = QKeySequence(sequence)[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def assert_each_write_key_says_why(qtbot, window) -> set[str]:
    """Every action disabled here only for being read-only: greyed, and its key puts
    the reason and the action's name in the status bar. The ids tried."""
    refused = refused_read_only(table.RULES, window.state)
    tried = set()
    for action_id in sorted(refused):
        spec = table.SPECS[action_id]
        if not table.key_sequences(spec, window.mode):
            continue
        assert not window.action(action_id).isEnabled(), action_id
        window.statusBar().clearMessage()
        press_keys(qtbot, window, spec)
        bar = window.statusBar()
        shown, whole = bar.currentMessage(), bar.toolTip() or bar.currentMessage()
        name = spec.text.replace("&", "").rstrip("…")
        # What was refused shows even where the bar cuts the message; the reason
        # stays in the yellow label beside it, and in the whole message.
        assert shown.startswith(f"“{name}” is not possible"), (action_id, shown)
        assert REASON in whole and window.read_only_label.text() == REASON
        tried.add(action_id)
    return tried


def test_each_write_key_while_browsing_says_why_it_does_nothing(qtbot, window):
    window.tree.setFocus()
    tried = assert_each_write_key_says_why(qtbot, window)
    keyed = {a for a in WRITES if table.SPECS[a].keys}
    assert keyed <= tried, keyed - tried
    assert {"delete_question", "study_all"} <= tried
    # Nothing was written: browsing still shows the deck as it was.
    assert window.mode == Mode.BROWSE and window.current_qid is not None


def test_the_write_keys_say_why_on_the_weak_topics_tab(qtbot, window):
    window.controllers["insights"].show_weak_topics()
    assert window.state.tab is Tab.WEAK
    tried = assert_each_write_key_says_why(qtbot, window)
    assert {"study", "study_all", "mock", "import"} <= tried


def test_retrying_a_past_mocks_weak_questions_is_greyed_and_says_why(qtbot, window, reader):
    mock = window.controllers["mock"]
    (session_id,) = [row.session_id for row in _history(reader)]
    mock.show_past_mock(session_id)
    assert window.state.page is Page.SUMMARY and window.state.summary_has_weak
    assert not window.act_mock_retry.isEnabled()  # greyed in the Study menu
    tried = assert_each_write_key_says_why(qtbot, window)
    assert "mock_retry" in tried
    assert window.mode == Mode.BROWSE  # no mock began


def test_no_write_stays_enabled_in_a_read_only_state():
    """The table itself: in a read-only browsing window every write is disabled and
    would be enabled in a writing one (so its key can say why)."""
    state = UiState(read_only=True)
    live = {a for a, on in enabled(table.RULES, state).items() if on}
    assert not (WRITES & live), WRITES & live
    assert refused_read_only(table.RULES, state) >= WRITES
    summary = UiState(read_only=True, page=Page.SUMMARY, summary_has_weak=True)
    assert "mock_retry" in refused_read_only(table.RULES, summary)
    assert refused_read_only(table.RULES, UiState()) == set()


def _history(store):
    from studyapp.core.mock import mock_history

    return mock_history(store)


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_notes_dropped_on_a_read_only_window_say_why_nothing_is_imported(window, tmp_path, kind):
    """Files dropped on a read-only window were refused with a "no" cursor and no
    word; the drop now lands and the status bar says why nothing is imported."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    notes = tmp_path / "dropped"
    notes.mkdir()
    (notes / "prep.md").write_text("## What is a heap?\n\nA tree.\n", encoding="utf-8")
    dropped = notes / "prep.md" if kind == "file" else notes
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert window.controllers["files"].preview_dialog is None  # nothing to import into
    said = window.statusBar().currentMessage() + window.statusBar().toolTip()
    assert "Importing" in said and "not possible" in said, said

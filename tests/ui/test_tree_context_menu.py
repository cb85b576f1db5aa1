"""The topic tree's right-click menu, as a person uses it: a right-click makes the row
under the mouse current (as a file manager does) and offers what is done to it, the
window's own actions with their keys; and a question whose edit is kept in the app
apart from its notes says so on its row and over its answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import GD, LR, PV, click_question, tree_index

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen test platform's notes (a menu's popup raises and grabs the keys).
    pytest.mark.qt_log_ignore(
        "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
    ),
]


def right_click(qtbot, window, index) -> QMenu:
    """A right-click on the tree's row at `index` (a press, then the context menu
    event the platform sends with it); the menu it opens."""
    tree = window.tree
    tree.scrollTo(index)
    pos = tree.visualRect(index).center()
    viewport = tree.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=pos)
    if QApplication.activePopupWidget() is None:  # (a platform that opens it on release)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
        QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def entries(menu: QMenu) -> dict[str, object]:
    """The menu's entries by their text without access keys, sub-menus' too."""
    found = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        found[action.text().replace("&", "")] = action
        if action.menu() is not None:
            found |= {f"› {k}": v for k, v in entries(action.menu()).items()}
    return found


def choose(qtbot, menu: QMenu, text: str) -> None:
    """A click on the menu's entry `text`."""
    action = entries(menu)[text]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_right_click_on_a_question_selects_it_and_offers_what_is_done_to_it(
    qtbot, make_window, store
):
    """A new user's right-click menu had Move to Topic, Bury and New Topic only; Edit,
    Delete, Suspend and Flag were in the menu bar alone. Right-clicking another row
    than the selected one acts on the row clicked, and the menu names its keys."""
    window = make_window(show=True)
    click_question(qtbot, window, qid(store, GD))
    menu = right_click(qtbot, window, tree_index(window, qid(store, PV)))
    assert window.tree.current_question_id() == qid(store, PV)
    found = entries(menu)
    for name in (
        "Edit Question…",
        "Open in Editor",
        "Suspend / Unsuspend Question",
        "Delete Question",
        "Bury Question",
        "Move to Topic",
        "› Red Flag",
    ):
        assert name in found, name
    # The window's own actions: the same keys, the same enablement as the menu bar.
    assert found["Edit Question…"] is window.action("edit_question")
    assert found["Delete Question"].shortcut().toString() == "Del"
    # What does not apply to it is not there: it keeps no edit made in the app.
    assert "Use the Notes' Text…" not in found
    choose(qtbot, menu, "Suspend / Unsuspend Question")
    assert store.question(qid(store, PV)).suspended
    assert not store.question(qid(store, GD)).suspended

    lr = qid(store, LR)
    menu = right_click(qtbot, window, tree_index(window, lr))
    choose(qtbot, menu, "Delete Question")
    assert lr not in [q.id for q in store.questions()]


def test_right_click_on_a_topic_and_on_a_deck(qtbot, make_window, store):
    window = make_window(show=True)
    topic = window.tree.from_source(window.model.topic_index(topic_id(store, "Statistics")))
    menu = right_click(qtbot, window, topic)
    found = entries(menu)
    assert window.tree.current_node().name == "Statistics"
    for name in ("Rename Topic or Deck…", "Study Due in Selection", "Mock Interview…"):
        assert name in found, name
    assert {"New Topic…", "New Subtopic…"} <= set(found)
    assert "Delete Question" not in found and "Remove Deck…" not in found
    menu.close()

    deck = topic.parent()
    while deck.parent().isValid():
        deck = deck.parent()
    menu = right_click(qtbot, window, deck)
    found = entries(menu)
    for name in ("Rename Topic or Deck…", "Export Deck…", "Remove Deck…", "Study Due in Selection"):
        assert name in found, name
    assert "New Subtopic…" not in found
    names = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert names.index("Remove Deck…") > names.index("Study Due in Selection")
    # Each entry its own access key: Alt+R opened Rename or Remove Deck, whichever came first.
    keys = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
    assert len(keys) == len(set(keys)), keys
    window.messages.answers.append(None)  # the rename's name: cancelled
    choose(qtbot, menu, "Rename Topic or Deck…")
    assert window.messages.asked[-1][0] == "Rename deck"


def test_a_question_kept_apart_from_its_notes_says_so_and_leads_back(
    qtbot, make_window, store, notes_dir
):
    """An edit saved in StudyApp only overrode every later change to its notes, and
    nothing on the question said so. Its row's tooltip and the answer pane's header
    say it; the header's link takes the notes' text (after asking), and the right-click
    menu offers the same."""
    from studyapp.core.importer import import_file

    notes = notes_dir / "k8s.md"
    notes.write_text("# K8s\n\n## What is a Pod?\n\nA group of containers.\n", encoding="utf-8")
    import_file(store, notes)
    pod = qid(store, "What is a Pod?")
    store.edit_question_text(pod, "What is a Pod?", "Mine.", keep_over_imports=True)
    notes.write_text("# K8s\n\n## What is a Pod?\n\nA group of containerz fixed.\n")
    import_file(store, notes)
    window = make_window(show=True)
    window.resize(1600, 900)
    click_question(qtbot, window, pod)
    header = window.answer.header
    assert header.kept.isVisible()
    assert "Edited in StudyApp" in header.kept.text()
    assert "Edited in StudyApp" in window.model.describe(window.tree.current_node())
    assert window.action("notes_text").isEnabled()
    # A question that follows its notes: no such line, nothing to take back.
    click_question(qtbot, window, qid(store, PV))
    assert not header.kept.isVisible()
    assert "Edited in StudyApp" not in window.model.describe(window.tree.current_node())
    assert not window.action("notes_text").isEnabled()

    menu = right_click(qtbot, window, tree_index(window, pod))
    assert "Use the Notes' Text…" in entries(menu)
    menu.close()
    window.messages.answers.append(True)  # "Replace your edit with the notes' text?"
    qtbot.mouseClick(header.kept, Qt.MouseButton.LeftButton, pos=_link_point(header.kept))
    assert window.messages.shown[-1][:2] == ("confirm", "Use the notes' text")
    assert store.question(pod).answer_markdown == "A group of containerz fixed."
    qtbot.waitUntil(lambda: not header.kept.isVisible())


def _link_point(label) -> QPoint:
    """A point on the link that ends the label's one line of text."""
    metrics = label.fontMetrics()
    before, link = label.text().split("<a", 1)
    words = link.split(">", 1)[1].split("<", 1)[0]
    assert label.height() < 2 * metrics.height()  # one line: the window is wide enough
    x = (
        metrics.horizontalAdvance(before.replace("&amp;", "&"))
        + metrics.horizontalAdvance(words) // 2
    )
    return QPoint(x, label.height() // 2)


def test_a_read_only_window_s_menu_keeps_its_entries_greyed():
    """Entries refused only because the window is read-only stay, greyed, as in the
    menu bar (so the person sees what exists); those that do not apply to the row go."""
    from studyapp.ui.tree_menu import offered
    from studyapp.ui.ui_state import UiState

    writing = UiState(question_selected=True)
    reading = writing._replace(read_only=True)
    assert offered("Q", reading) == offered("Q", writing)
    assert "delete_question" in offered("Q", reading)
    assert "notes_text" not in offered("Q", writing)
    assert "notes_text" in offered("Q", writing._replace(question_edited=True))
    assert offered("-", writing) == ["new_topic"]


def test_an_edit_saved_in_studyapp_only_is_marked_at_once(qtbot, make_window, store, notes_dir):
    """F4 on a question, an answer its notes cannot take, Save: the status line said
    "Saved in StudyApp only" and went; the header and the Edit menu say it from then
    on, without leaving the question."""
    from PySide6.QtWidgets import QDialogButtonBox

    from studyapp.core.importer import import_file

    notes = notes_dir / "net.md"
    notes.write_text(
        "# Networking\n\n## What is TCP?\n\nA reliable byte stream.\n\n"
        "## What is UDP?\n\nDatagrams.\n",
        encoding="utf-8",
    )
    import_file(store, notes)
    window = make_window(show=True)
    udp = qid(store, "What is UDP?")
    click_question(qtbot, window, udp)
    assert not window.answer.header.kept.isVisible()
    assert not window.action("notes_text").isEnabled()
    qtbot.keyClick(window.tree, Qt.Key.Key_F4)
    dialog = window.controllers["editing"].edit_dialog
    dialog.answer_edit.setPlainText("Datagrams.\n\n## Example\n\nDNS over UDP.")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage().startswith("Saved in StudyApp only")
    qtbot.waitUntil(lambda: window.answer.header.kept.isVisible())
    assert window.tree.current_question_id() == udp
    assert window.action("notes_text").isEnabled()

"""The topic tree's right-click menu, made of the window's own actions (ui.actions):
those whose `rows` name the kind of row clicked (a question, a topic, a deck, or
none), in the menu bar's order, so each shows its key and is enabled as the menu bar
is. An entry that does not apply to the row (Use the Notes' Text… on a question
that follows its notes) is left out; one refused only because the window is
read-only or an import is saving stays, greyed, as in the menu bar. What is done
anywhere (New Topic…) comes last. Two entries are the menu's own: Move to Topic, the
deck's topics as a sub-menu (the Move action's dialog, in one step), and a topic's
New Subtopic…."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from studyapp.ui import ui_state as st
from studyapp.ui.actions import ACTIONS, DECK_ROW, NO_ROW, QUESTION_ROW, RULES, TOPIC_ROW
from studyapp.ui.literal_text import literal
from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC, Node

_ROWS = {QUESTION: QUESTION_ROW, TOPIC: TOPIC_ROW, DECK: DECK_ROW}
FILE_MENU = "&File"


def row_kind(node: Node | None) -> str:
    """The `ActionSpec.rows` letter of `node`'s row (NO_ROW: below the rows)."""
    if node is None or (node.kind == QUESTION and node.question is None):
        return NO_ROW
    return _ROWS[node.kind]


def offered(row: str, state: st.UiState) -> list[str]:
    """The ids of the actions the menu of a `row` offers in `state`: the row's own in
    the menu bar's order, the File menu's after the others (a deck's Remove Deck… came
    second, above Rename and Study), then those of every row.
    Left out: one disabled by the state itself, not by the window being read-only or
    an import saving."""
    refused = st.refused_read_only(RULES, state) | st.refused_while_saving(RULES, state)
    own, files, anywhere = [], [], []
    for spec in ACTIONS:
        if row not in spec.rows:
            continue
        if not spec.enabled_when(state) and spec.id not in refused:
            continue
        if NO_ROW in spec.rows:
            anywhere.append(spec.id)
        else:
            (files if spec.menu == FILE_MENU else own).append(spec.id)
    return own + files + anywhere


def tree_menu(
    parent: QWidget,
    node: Node | None,
    *,
    state: st.UiState,
    topics: Callable[[int], Sequence[tuple[int, str]]],
    action: Callable[[str], Any],
    move: Callable[[str, int], object],
    new_subtopic: Callable[[], object],
) -> QMenu:
    """The menu for `node` (a question, a topic, or nothing), not yet shown, for the
    window in `state` (its row already current). `topics(deck id)`: (topic id, path)
    of a deck's topics; `action(id)`: the shell's action of that id."""
    from studyapp.ui.actions import SPECS

    menu = QMenu(parent)
    row = row_kind(node)
    submenus: dict[str, QMenu] = {}
    group = ""
    for action_id in offered(row, state):
        spec = SPECS[action_id]
        place = "" if NO_ROW in spec.rows else spec.menu.split("/")[0]
        if group and place != group:
            menu.addSeparator()  # a menu of the bar's, or what is done anywhere
        group = place
        if action_id == "move" and node is not None and node.question is not None:
            _move_menu(menu, node, topics, move, enabled=action(action_id).isEnabled())
            continue
        into = menu
        if "/" in spec.menu:  # (the flags: a sub-menu, as in the menu bar)
            sub = spec.menu.split("/", 1)[1]
            into = submenus.get(sub) or submenus.setdefault(sub, menu.addMenu(sub))
        into.addAction(action(action_id))
        if action_id == "new_topic" and row == TOPIC_ROW:
            subtopic = menu.addAction("New Subtopic…", new_subtopic)
            subtopic.setEnabled(action(action_id).isEnabled())
    return menu


def _move_menu(
    menu: QMenu,
    node: Node,
    topics: Callable[[int], Sequence[tuple[int, str]]],
    move: Callable[[str, int], object],
    *,
    enabled: bool,
) -> None:
    """Move to Topic: the question's deck's topics, its own greyed."""
    assert node.question is not None
    to_topic = menu.addMenu("Move to Topic")
    to_topic.setEnabled(enabled)
    for tid, path in topics(node.question.deck_id):
        entry = to_topic.addAction(literal(path))  # "&" in a name is no mnemonic
        entry.setEnabled(tid != node.question.topic_id)
        entry.triggered.connect(lambda _c=False, q=node.key, t=tid: move(q, t))

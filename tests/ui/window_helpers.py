"""What the window tests share: question titles of the test deck, and clicking,
pressing keys and reading the tree as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.ui.topic_tree import QUESTION
from tests.ui.conftest import topic_id

# Any Qt warning fails a test; the offscreen platform's note that it cannot pass
# window size hints on is about the test platform, not the app.
QT_WARNINGS_FAIL = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

GD = "What is gradient descent?"
LR = "What is a learning rate?"
PV = "What is a p-value?"


def tree_index(window, question_id):
    return window.tree.from_source(window.model.question_index(question_id))


def click_question(qtbot, window, question_id):
    index = tree_index(window, question_id)
    window.tree.scrollTo(index)
    rect = window.tree.visualRect(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key press as the user makes it: to whatever widget has focus in the window."""
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def start_studying(qtbot, window, store, topic="Optimization"):
    window.tree.select_topic(topic_id(store, topic))
    window.controllers["study"].start_study()
    assert window.mode == "study"


def shown_questions(window) -> list[str]:
    """The ids of the questions the (filtered) tree shows, in tree order."""
    shown = window.tree.model()  # the search filter while a search is on
    found: list[str] = []

    def walk(parent):
        for row in range(shown.rowCount(parent)):
            index = shown.index(row, 0, parent)
            node = window.model.node(window.tree.to_source(index))
            if node.kind == QUESTION:
                found.append(node.key)
            walk(index)

    walk(QModelIndex())
    return found


def visible_questions(window) -> set[str]:
    return set(shown_questions(window))


def tree_figures(window):
    """Every row's figures and every question's state, as the tree shows them."""
    model = window.model
    rows = {
        (node.kind, node.key): (node.total, node.due, node.new, node.mastered)
        for node in model._nodes
    }
    return rows, {q: model.state(q) for q in model.question_order()}


def answer_view_showing(qtbot, markdown: str, theme: str):
    """An AnswerView on screen with `markdown` rendered as the pane renders it."""
    from studyapp.core.render import answer_css, render_markdown
    from studyapp.ui.answer_view import AnswerView

    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.set_css(answer_css(theme))
    view.set_answer(render_markdown(markdown, theme=theme))
    view.show()
    qtbot.waitExposed(view)
    return view


@contextmanager
def window_on_notes(make_window, folder: Path, notes: str) -> Iterator[tuple[object, Store]]:
    """A window on a store holding one notes file of `notes` (`folder`/notes.md)."""
    path = folder / "notes.md"
    path.write_text(notes, encoding="utf-8")
    with Store.open(folder / "s.sqlite3") as store:
        import_file(store, path)
        window = make_window(store=store)
        yield window, store
        window.close()  # before its store closes

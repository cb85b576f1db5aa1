"""The Weak Topics tab in a small window (720 px wide, and 800×600): its labels,
buttons and reasons whole, nothing scrolled sideways. In a 720 px window "Why" was
a 120 px column: each question's reasons took five lines and four questions filled
the list; now, where "Why" would be that narrow, the reasons go under each name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from studyapp.ui.ui_state import Tab
from studyapp.ui.weak_view import NameDelegate
from tests.history import WEAK, record

from .conftest import make_doc, qid, settled
from .test_weak_view import shown_row

LONG = (
    ("What is a sample ratio mismatch?", ("A/B Testing",)),
    ("How do window functions differ?", ("SQL", "Window Functions")),
)


@pytest.fixture
def two_decks(studied, clock):
    deck = "Data Science Interview Handbook"
    questions = tuple((title, path, "An answer.") for title, path in LONG)
    studied.import_document(make_doc(questions, deck=deck), f"/notes/{deck}.md", deck)
    for title, _path in LONG:
        record(studied, qid(studied, title), WEAK, clock.now())
    return studied


@pytest.mark.parametrize("size", [(720, 560), (800, 600)])
def test_a_small_window_shows_the_weak_topics_whole(qtbot, make_window, two_decks, size):
    window = make_window(show=True)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size))
    window.show_tab(Tab.WEAK)
    view = settled(qtbot, window.controllers["insights"].weak_view)
    QApplication.processEvents()
    tree, header = view.tree, view.tree.header()
    shown = [c for c in range(tree.columnCount()) if not tree.isColumnHidden(c)]
    # every column's heading whole, and no column past the list's right edge
    metrics = header.fontMetrics()
    for column in shown:
        label = tree.headerItem().text(column)
        assert metrics.horizontalAdvance(label) + 8 <= header.sectionSize(column), label
    assert sum(header.sectionSize(c) for c in shown) <= tree.viewport().width()
    for button in (view.study_button, view.mock_button, view.export_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width(), button.text()
    # each topic names its deck (not "1. … / Optimization"), each question's title
    # whole (not "What is bias-varianc…")
    topics = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(topics) == 4
    for topic in topics:
        text, fits = shown_row(tree, topic)
        assert fits and not text.split(" ", 1)[1].startswith("…"), text
        for child in (topic.child(j) for j in range(topic.childCount())):
            title = QFontMetrics(child.font(0)).horizontalAdvance(child.text(0))
            room = header.sectionSize(0) - 2 * tree.indentation() - NameDelegate.TEXT_MARGINS
            assert title <= room, child.text(0)

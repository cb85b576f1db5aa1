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


def weak_tab_at(qtbot, window, size):
    """The window resized to `size`, its Weak Topics tab shown with its report."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size() == QSize(*size))
    window.show_tab(Tab.WEAK)
    view = settled(qtbot, window.controllers["insights"].weak_view)
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("size", [(720, 560), (800, 600)])
def test_a_small_window_shows_the_weak_topics_whole(qtbot, make_window, two_decks, size):
    view = weak_tab_at(qtbot, make_window(show=True), size)
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


# The tester's decks, and another pair of long names of the same kind.
LONG_DECKS = {
    "tester's": {
        "AI and ML Questions": (
            "Data Analysis & Statistics",
            "Explainability & Feature Importance",
        ),
        "ML Interview Prep": ("Statistics", "Python"),
    },
    "handbooks": {
        "Data Science Interview Handbook": ("Probability & Combinatorics", "A/B Testing"),
        "Deep Learning Interview Notes": ("Optimisers & Schedules", "CNNs"),
    },
}


@pytest.mark.parametrize("size", [(1200, 780), (1000, 700), (800, 600)])
@pytest.mark.parametrize("decks", LONG_DECKS)
def test_a_deck_is_cut_only_where_its_rows_have_no_room(
    qtbot, make_window, store, clock, size, decks
):
    """ "2. AI and M…uestions / Data Analysis & Statistics" at 1200 px, beside a "Why"
    with room to spare; "4. AI an…tions / Data Analysis & Statistics" at 1000 px (cut
    as the deck's longest row needed), "ML …rep / Python" at 800 px. A topic's row
    reads whole where the list has the room; where it has not, the row names its own
    topic whole, and its deck goes whole onto the line under it, before its reasons."""
    for deck, topics in LONG_DECKS[decks].items():
        questions = tuple((f"Why {t}?", (t,), "An answer.") for t in topics)
        store.import_document(make_doc(questions, deck=deck), f"/notes/{deck}.md", deck)
        for title, _path, _answer in questions:
            record(store, qid(store, title), WEAK, clock.now())
    view = weak_tab_at(qtbot, make_window(show=True), size)
    tree = view.tree
    topics = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(topics) == 4
    room = tree.header().sectionSize(0) - tree.indentation() - NameDelegate.TEXT_MARGINS
    metrics = QFontMetrics(topics[0].font(0))
    for topic in topics:
        text, fits = shown_row(tree, topic)
        whole = topic.text(0)
        rank, path = whole.split(" ", 1)
        deck, _, own = path.rpartition(" / ")
        under = tree.itemDelegateForColumn(0).line_under(tree.indexFromItem(topic, 0))
        assert fits
        if metrics.horizontalAdvance(whole) <= room:
            assert text == whole and not under.startswith(deck), (text, under)
        else:  # its own name whole after its rank; its deck whole under it
            assert text == f"{rank} {own}" and under.startswith(f"{deck} · "), (text, under)
    if size[0] >= 1200:  # a wide window: every path whole
        assert all(shown_row(tree, t)[0] == t.text(0) for t in topics)

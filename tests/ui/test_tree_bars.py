"""The mastery bar of a topic row, on a selected row as on any other."""

from __future__ import annotations

from PySide6.QtGui import QColor

from studyapp.ui.topic_tree import TopicTreeModel


def _alpha_at_centre(model: TopicTreeModel, twentieths: int, on: QColor | None) -> int:
    image = model.pixmap("bar", twentieths, on).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).alpha()


def test_an_empty_bar_on_a_selected_row_reads_empty_and_a_full_one_full(qtbot):
    """On the highlight, a 0 % bar's track was a filled light bar, which read as a
    full one: it is an outline now, empty inside, and only mastery fills it."""
    model = TopicTreeModel()
    white = QColor("white")
    assert _alpha_at_centre(model, 0, white) == 0
    assert _alpha_at_centre(model, 20, white) == 255
    # Unselected rows keep their filled track (it reads as a track beside the text).
    assert _alpha_at_centre(model, 0, None) == 255

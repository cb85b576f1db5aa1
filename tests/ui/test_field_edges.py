"""A text field on a panel of its own colour shows its edge: in the dark theme the
mock's empty "Note (optional)" field had none and read as a label. Its edge, and that
of the answer box (another field of the panel), stands 3:1 against the field's
inside in both themes, drawn as a person sees them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def edge_contrast(widget) -> float:
    """How the left edge of `widget`, as drawn, stands against its inside."""
    image = widget.grab().toImage()
    middle = image.height() // 2
    inside = image.pixelColor(image.width() // 2, middle)
    edge = max((image.pixelColor(x, middle) for x in range(3)), key=lambda c: contrast(c, inside))
    return contrast(edge, inside)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_mocks_note_and_answer_box_show_their_edges(make_window, store, theme):
    window = make_window(show=True)
    window.controllers["prefs"].set_theme_mode(theme)
    mock = window.controllers["mock"]
    assert mock.start_mock_on([q.id for q in store.questions()][:2])
    panel = mock.mock_panel
    assert edge_contrast(panel.typed) >= 3, "the answer box, while asking"
    window.action("reveal").trigger()
    assert panel.note.isVisible() and panel.note.text() == ""
    assert edge_contrast(panel.note) >= 3, "the empty note after the reveal"

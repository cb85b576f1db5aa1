"""A block quote in an answer reads as a quote: a bar down its left side beside one
shaded block, in both themes (QTextDocument draws no border around a block: before,
it showed as loose grey paragraphs, each shaded on its own, with no bar)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from studyapp.core.render import _PALETTES, render_markdown
from tests.ui.window_helpers import answer_view_showing

QUOTE = (
    "Knuth put it plainly:\n\n"
    "> Premature optimization is the root of all evil (or at least most of it).\n>\n"
    "> — Donald Knuth, 1974\n\nSo measure first.\n"
)


def _runs(values: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of each run of True."""
    runs: list[tuple[int, int]] = []
    for i, on in enumerate(values):
        if on and (i == 0 or not values[i - 1]):
            runs.append((i, 0))
        if on:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
    return runs


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_block_quote_has_a_bar_beside_one_shaded_block(qtbot, theme):
    view = answer_view_showing(qtbot, QUOTE, theme)
    image = view.browser.viewport().grab().toImage()
    palette = _PALETTES[theme]
    bar, shade = QColor(palette["quote_border"]).name(), QColor(palette["quote_bg"]).name()
    # The bar: a column of its colour, a few pixels wide, as tall as the quote.
    columns = [
        x
        for x in range(image.width() // 3)
        if sum(image.pixelColor(x, y).name() == bar for y in range(image.height())) > 40
    ]
    assert 3 <= len(columns) <= 6
    # Beside it, the quote's shade from the first line to the last, without a gap.
    x = image.width() - 40
    rows = _runs([image.pixelColor(x, y).name() == shade for y in range(image.height())])
    assert len(rows) == 1 and rows[0][1] > 40


def test_an_anki_export_keeps_the_blockquote():
    assert "<blockquote>" in render_markdown(QUOTE, qt_quotes=False)
    assert "<blockquote>" not in render_markdown(QUOTE)

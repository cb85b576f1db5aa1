"""A block quote in an answer reads as a quote: a bar down its left side beside one
shaded block, in both themes (QTextDocument draws no border around a block: before,
it showed as loose grey paragraphs, each shaded on its own, with no bar)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from studyapp.core.render import _PALETTES, render_markdown
from tests.ui.conftest import qid
from tests.ui.window_helpers import GD, answer_view_showing

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


def bar_columns(image, theme: str, tall: int) -> list[int]:
    """The columns of the quote bar's colour, at least `tall` pixels high."""
    bar = QColor(_PALETTES[theme]["quote_border"]).name()
    return [
        x
        for x in range(image.width() // 3)
        if sum(image.pixelColor(x, y).name() == bar for y in range(image.height())) > tall
    ]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_block_quote_has_a_bar_beside_one_shaded_block(qtbot, theme):
    view = answer_view_showing(qtbot, QUOTE, theme)
    image = view.browser.viewport().grab().toImage()
    palette = _PALETTES[theme]
    shade = QColor(palette["quote_bg"]).name()
    assert 3 <= len(bar_columns(image, theme, 40)) <= 6
    # Beside it, the quote's shade from the first line to the last, without a gap.
    x = image.width() - 40
    rows = _runs([image.pixelColor(x, y).name() == shade for y in range(image.height())])
    assert len(rows) == 1 and rows[0][1] > 40


def test_an_anki_export_keeps_the_blockquote():
    assert "<blockquote>" in render_markdown(QUOTE, qt_quotes=False)
    assert "<blockquote>" not in render_markdown(QUOTE)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_edit_dialog_s_preview_draws_a_quote_as_the_pane_does(qtbot, make_window, store, theme):
    """Before: the preview had no stylesheet: the quote had no bar, code no shade."""
    window = make_window(show=True)
    window.controllers["prefs"].set_theme_mode(theme)
    window.controllers["browse"].show_question(qid(store, GD))  # its answer quotes
    editing = window.controllers["editing"]
    editing.edit_current_question()
    dialog = editing.edit_dialog
    qtbot.waitExposed(dialog)
    assert dialog.preview.document().defaultStyleSheet() == window.answer.css()
    assert bar_columns(dialog.preview.viewport().grab().toImage(), theme, 15)
    dialog.reject()


def test_a_quote_in_the_pdf_has_its_bar_and_no_box(qapp):
    """The PDF gives every table cell a 1 px rule: a quote was drawn boxed, the bar
    only thicker on its left side. Only the bar is drawn now."""
    from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
    from studyapp.export.pdf import ensure_gui_app, render_page_images
    from tests.history import NOW

    ensure_gui_app()
    question = WeakQuestion("q", "Q?", 0.7, "", QUOTE, None)
    report = WeakReport("Deck", 1, 0.0, [WeakTopic(1, "T", 0.7, 0.0, [question], 1, 1, 1)], NOW, 1)
    (page,) = render_page_images(report, [0], dpi=96)  # (the question under the cover)
    assert 3 <= len(bar_columns(page, "light", 25)) <= 6
    shade = QColor(_PALETTES["light"]["quote_bg"])
    middle = page.width() // 2
    rows = [y for y in range(page.height()) if page.pixelColor(middle, y) == shade]
    top, bottom = min(rows), max(rows)

    def ruled(x: int, y: int) -> bool:  # a line drawn there, darker than the shade
        return page.pixelColor(x, y).lightness() < shade.lightness() - 12

    assert not any(ruled(middle, y) for y in (*range(top - 3, top), *range(bottom, bottom + 4)))
    row = (top + bottom) // 2
    right = max(x for x in range(page.width()) if page.pixelColor(x, row) != QColor("white"))
    assert not any(ruled(x, row) for x in range(right - 3, right + 1))

"""An inline formula sits on the text's baseline at the text's size: a lone $\\alpha$
or $\\epsilon$ was drawn raised, its bottom halfway up the letters beside it, and so
read as a small superscript ("rate ᵅ."). Qt centres a "middle" image in its line's
height, not on the baseline, so a formula shorter than the text landed too high; a
formula beside a tall one (a fraction) on the same line landed elsewhere again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from studyapp.core.render import answer_css, render_markdown
from studyapp.ui.answer_view import AnswerView

INK = 128  # lightness below which a pixel is ink


def drawn(qtbot, markdown: str) -> QImage:
    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.set_css(answer_css("light"))
    view.set_answer(render_markdown(markdown))
    document = view.browser.document()
    document.setTextWidth(600)
    image = QImage(600, round(document.size().height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def marks(image: QImage) -> list[tuple[int, int]]:
    """(top row, bottom row) of each run of inked columns, left to right. One blank
    column inside a run is no gap: an "n" whose thin arch is antialiased lighter than
    INK (the window's font hinting) is one letter, not two."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, pixels = grey.bytesPerLine(), bytes(grey.constBits())
    found: list[tuple[int, int]] = []
    run: list[int] | None = None
    blank = 0
    for x in range(grey.width()):
        rows = [y for y in range(grey.height()) if pixels[y * stride + x] < INK]
        if rows:
            blank = 0
            run = (
                [rows[0], rows[-1]]
                if run is None
                else [min(run[0], rows[0]), max(run[1], rows[-1])]
            )
        elif run is not None:
            blank += 1
            if blank > 1:
                found.append((run[0], run[1]))
                run = None
    if run is not None:
        found.append((run[0], run[1]))
    return found


@pytest.mark.parametrize("tex", [r"\alpha", r"\epsilon", "x", "n"])
@pytest.mark.parametrize("beside", ["", r"$\frac{a+b}{c}$ "], ids=["alone", "beside-a-fraction"])
def test_a_letter_of_math_sits_on_the_baseline_at_the_texts_x_height(qtbot, tex, beside):
    # "n" (text), the formula, "n" (text): the n's top is the x-height, its bottom the
    # baseline. Beside a fraction, the fraction comes first and is left out.
    found = marks(drawn(qtbot, f"{beside}n ${tex}$ n"))[-3:]
    (text_top, text_bottom), (top, bottom), (after_top, after_bottom) = found
    assert abs(after_top - text_top) <= 1 and abs(after_bottom - text_bottom) <= 1
    assert abs(bottom - text_bottom) <= 1  # on the baseline, not raised
    assert abs(top - text_top) <= 1  # as tall as the text's small letters


def test_a_formula_reaching_below_the_baseline_keeps_its_letters_on_it(qtbot):
    """η and a subscript go below the baseline; their letters' tops are still at the
    text's x-height, with a fraction on the line or not."""
    for beside in ("", r"$\frac{a+b}{c}$ "):
        (eta_top, eta_bottom), (text_top, text_bottom) = marks(
            drawn(qtbot, f"{beside}n $\\eta$ n")
        )[-2:]
        assert abs(eta_top - text_top) <= 1
        assert eta_bottom > text_bottom + 1  # its descender below the baseline

"""Combining accents are drawn on their letter in the answer pane: m̂ and v̂ written as a
letter + U+0302 showed no hat, the hats floating a line above over other words, where
Qt placed marks by a font's outline points upside down (DejaVu Sans, most Linux
systems' sans-serif; ui.mark_fonts)."""

from __future__ import annotations

import unicodedata

import pytest

from studyapp.core.render import answer_css, render_markdown
from studyapp.ui.answer_view import AnswerView
from tests.helpers.glyphs import glyphs_outside_their_line

HATS = (
    "Adam divides m\u0302 by the square root of v\u0302 plus epsilon; the bias-corrected "
    "estimates are m\u0302 and v\u0302 and this line is long enough to wrap onto a second "
    "line of the pane for sure. Steps by m\u0302/(\u221av\u0302+\u03b5)."
)
# Another kind: letters with two marks and with marks that have no precomposed form.
OTHERS = unicodedata.normalize("NFD", "Tiếng Việt: Nguyễn, Thường") + (
    ", x\u0302 q\u0301 b\u0307 z\u0303 w\u0308 and a long line to wrap it twice over " * 3
)


@pytest.mark.parametrize("markdown", [HATS, OTHERS], ids=["hats", "other-marks"])
def test_each_accent_is_drawn_within_the_line_of_its_letter(qtbot, make_window, markdown):
    make_window()  # the app's fonts, as the window sets them up
    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(520, 500)
    view.set_css(answer_css("light"))
    view.set_header("What do the hats m\u0302 and v\u0302 mean?")
    view.set_answer(render_markdown(markdown))
    view.show()
    qtbot.waitExposed(view)
    document = view.browser.document()
    assert document.blockCount() and document.begin().layout().lineCount() > 1  # wrapped
    assert glyphs_outside_their_line(document) == []

"""An answer is laid out at the width it is shown at, once where the scroll bar's
coming or going would have Qt lay it out two or three times (ui.safe_browser): the
first answer of a start and a click from a short answer to a long one waited for
layouts nobody saw. Whatever the pane guesses beforehand, the answer ends with the
scroll bar it needs and its lines as wide as the text column."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studyapp.core.render import answer_css, render_markdown
from studyapp.ui.answer_view import AnswerView

PROSE = " ".join(f"word{n}" for n in range(1200))
SHORT = "A short answer."


def pane(qtbot) -> AnswerView:
    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_css(answer_css("light"))
    view.show()
    qtbot.waitExposed(view)
    return view


def show(view: AnswerView, html: str) -> int:
    """Show `html` in the pane; how many times its document was laid out for it."""
    document = view.document_for(html)
    layouts = []

    def laid_out(*_area: object) -> None:
        layouts.append(1)

    document.documentLayout().update.connect(laid_out)  # said once a layout has run
    view.set_answer(html)
    QApplication.processEvents()
    document.documentLayout().update.disconnect(laid_out)
    return len(layouts)


def bar_shown(view: AnswerView) -> bool:
    browser = view.browser
    return browser.verticalScrollBar().isVisibleTo(browser)


def laid_out_at_the_column(view: AnswerView) -> bool:
    """The document's lines are as wide as the text column it is shown in (no answer
    left wrapped at the width it had before the scroll bar came or went)."""
    browser = view.browser
    return browser.document().pageSize().width() == browser.viewport().width()


def test_a_long_first_answer_is_laid_out_once_beside_its_scroll_bar(qtbot):
    view = pane(qtbot)
    assert show(view, render_markdown(PROSE)) == 1
    assert bar_shown(view) and laid_out_at_the_column(view)


def test_a_long_answer_after_a_short_one_is_laid_out_once(qtbot):
    view = pane(qtbot)
    show(view, render_markdown(SHORT))
    assert not bar_shown(view)
    assert show(view, render_markdown("Another one. " + PROSE)) == 1
    assert bar_shown(view) and laid_out_at_the_column(view)


def test_a_short_answer_after_a_long_one_loses_the_bar_and_takes_the_width(qtbot):
    view = pane(qtbot)
    show(view, render_markdown(PROSE))
    assert show(view, render_markdown(SHORT)) <= 2  # Qt's way: three
    assert not bar_shown(view) and laid_out_at_the_column(view)


def test_an_answer_long_by_its_lines_not_its_letters_still_gets_its_bar(qtbot):
    view = pane(qtbot)
    lines = "\n\n".join(f"Step {n}" for n in range(120))  # few letters, many paragraphs
    show(view, render_markdown(lines))
    assert bar_shown(view) and laid_out_at_the_column(view)


def test_small_print_that_fits_after_all_has_no_bar(qtbot):
    view = pane(qtbot)
    small = f'<p style="font-size: 3pt">{PROSE}</p>'  # many letters, little room
    show(view, small)
    assert not bar_shown(view) and laid_out_at_the_column(view)

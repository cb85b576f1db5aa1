"""A zoom step or a theme change keeps the reader's place in a scrolled answer: the
same text stays at the top of the pane (a tester's answer went back to its top on
every Ctrl++ and Ctrl+-)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from studyapp.core.render import answer_css, render_markdown
from studyapp.ui.answer_view import AnswerView
from tests.ui.conftest import qid

SECTIONS = "\n\n".join(
    f"## Section {n}\n\n" + " ".join(f"s{n}w{k}" for k in range(60)) for n in range(30)
)
# Another kind of answer: code boxes and list items, no headings.
CODE = "\n\n".join(
    f"Step {n}:\n\n```python\n" + "\n".join(f"value_{n}_{k} = {k}" for k in range(6)) + "\n```\n"
    f"\n- item {n}a\n- item {n}b"
    for n in range(25)
)


def shown(qtbot, markdown: str) -> AnswerView:
    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.set_css(answer_css("light"))
    view.set_answer(render_markdown(markdown, theme="light"))
    view.show()
    qtbot.waitExposed(view)
    return view


def text_at_top(view: AnswerView) -> str:
    browser = view.browser
    return browser.cursorForPosition(QPoint(browser.viewport().width() // 2, 4)).block().text()


def scrolled_to(view: AnswerView, text: str) -> str:
    """The answer scrolled so that the block holding `text` starts at the top."""
    document = view.browser.document()
    block = document.find(text).block()
    top = document.documentLayout().blockBoundingRect(block).top()
    view.browser.verticalScrollBar().setValue(round(top))
    assert text in text_at_top(view)
    return text_at_top(view)


@pytest.mark.parametrize(("markdown", "text"), [(SECTIONS, "s14w0 "), (CODE, "value_12_2")])
def test_zooming_keeps_the_text_at_the_top_of_the_pane(qtbot, markdown, text):
    view = shown(qtbot, markdown)
    before = scrolled_to(view, text)
    for steps in (2, 5, 1, -3, 0):
        view.set_zoom(steps)
        assert view.browser.verticalScrollBar().value() > 0
        assert text_at_top(view) == before, steps


def test_a_theme_change_keeps_the_text_at_the_top_of_the_pane(qtbot):
    view = shown(qtbot, SECTIONS)
    before = scrolled_to(view, "s21w0 ")
    view.set_css(answer_css("dark"))
    assert text_at_top(view) == before


def test_an_answer_at_its_top_stays_at_its_top(qtbot):
    view = shown(qtbot, SECTIONS)
    view.set_zoom(4)
    assert view.browser.verticalScrollBar().value() == 0


def test_in_the_window_zoom_and_theme_keep_a_scrolled_answers_place(
    qtbot, make_window, default_store
):
    """The tester's case: the sample deck's SHAP answer (code boxes, coloured per
    theme), scrolled down, then Ctrl++, Ctrl+- and the dark theme."""
    window = make_window(store=default_store, show=True)
    window.resize(1000, 700)
    window.controllers["browse"].show_question(qid(default_store, "What is SHAP?"))
    view = window.answer
    assert view.is_answer_visible()
    before = scrolled_to(view, "import shap")
    prefs = window.controllers["prefs"]
    for change in (prefs.zoom_in, prefs.zoom_in, prefs.zoom_out):
        change()
        assert text_at_top(view) == before
    prefs.set_theme_mode("dark" if prefs.ctx.theme.effective == "light" else "light")
    assert text_at_top(view) == before

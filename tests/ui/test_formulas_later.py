"""An answer with more formulas than a click has time to draw shows every one of them:
those past the click's budget are drawn in idle time and the answer on screen shown
again, in place; only then is its HTML kept in the store. (With ~80 formulas the
ones after the 54th stayed as TeX code for good, with nothing saying why.)"""

from __future__ import annotations

import pytest

from studyapp.core import texmath
from studyapp.core.model import ParsedDocument, ParsedQuestion
from tests.ui.window_helpers import click_question

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

# Two kinds of formula-heavy answers: inline fractions in a list, display sums apart.
INLINE = "\n".join(
    rf"- term {i}: $\frac{{a_{{{i}}} + 1}}{{\sqrt{{b_{{{i}}}}}}}$" for i in range(80)
)
DISPLAY = "\n\n".join(
    rf"Step {i}:" + "\n\n" + rf"$$\sum_{{k=1}}^{{{i}}} k^2 = \frac{{n(n+1)(2n+1)}}{{6}}$$"
    for i in range(60)
)


def settled(pane) -> bool:
    return not pane._idle_held and not pane._idle.isActive() and not pane._quiet.isActive()


@pytest.mark.parametrize(
    ("answer", "count"), [(INLINE, 80), (DISPLAY, 60)], ids=["inline", "display"]
)
def test_every_formula_of_a_long_answer_is_drawn(qtbot, make_window, store, answer, count):
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    texmath._cache.clear()  # none drawn before, as after a start
    doc = ParsedDocument(
        "Maths",
        "markdown",
        [ParsedQuestion("Derive it all", answer, 1, ("Algebra",))],
        has_sections=True,
    )
    store.import_document(doc, "maths.md", "h")
    window.controllers["editing"].reloaded.emit()  # what an import tells the window
    qid = next(q.id for q in store.questions() if q.title == "Derive it all")
    click_question(qtbot, window, qid)
    assert window.current_qid == qid
    first = window.answer.answer_html()
    assert 0 < first.count("<img") < count  # the click drew what it had time for
    # The others meanwhile: a blank box each, where it will stand, not its TeX to read
    # ("\frac{a_{54} + 1}{\sqrt{b_{54}}}") until it jumps to a formula.
    text = window.answer.browser.toPlainText()
    assert "\\" not in text and "{" not in text, text[-200:]
    qtbot.waitUntil(lambda: settled(pane), timeout=60_000)
    shown = window.answer.answer_html()
    assert shown.count("<img") == count
    assert 'class="tex"' not in shown  # no formula left as TeX code
    question = next(q for q in store.questions() if q.id == qid)
    theme = window.theme.effective
    kept = store.cached_html(qid, theme, window.cache.key(question))
    assert kept is not None and kept.count("<img") == count

"""Right-to-left answers in the weak-topics PDF, as a reader sees them: an Arabic or
Hebrew paragraph was set against the left margin, laid out as English (its full stop
at the wrong end, a list's bullets on the left). It is set right to left, against the
right margin; an English paragraph that quotes an Arabic word stays as it was."""

from __future__ import annotations

import pytest

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import CONTENT_W
from studyapp.export.pdf import build_document, ensure_gui_app
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _doc(answer: str, title: str = "The question?"):
    question = WeakQuestion("q", title, 0.8, "recall 40 %", answer, None)
    topic = WeakTopic(1, "Languages", 0.8, 0.0, [question], 1, 1, 1)
    return build_document(WeakReport("Deck", 1, 0.1, [topic], NOW, 1))


def _line_span(doc, start: str) -> tuple[float, float]:
    """Where the first line of the block that starts `start` begins and ends, from the
    text's left edge."""
    block = doc.begin()
    while block.isValid() and not block.text().startswith(start):
        block = block.next()
    assert block.isValid(), start
    line = block.layout().lineAt(0).naturalTextRect()
    left = doc.documentLayout().blockBoundingRect(block).left()
    return left + line.left(), left + line.right()


@pytest.mark.parametrize(
    ("answer", "start"),
    [
        ("التخزين المؤقت هو تقنية لتخزين البيانات.", "التخزين"),
        ("מסד נתונים הוא אוסף מאורגן של מידע.", "מסד"),
        ("- الذاكرة المؤقتة للمتصفح\n- ذاكرة الخادم", "الذاكرة"),  # a list's item
    ],
)
def test_a_right_to_left_paragraph_is_set_against_the_right_margin(app, answer, start):
    doc, _headers, _device = _doc(answer)
    left, right = _line_span(doc, start)
    assert right > CONTENT_W - 45 and left > CONTENT_W / 3


def test_a_right_to_left_title_is_set_right_to_left_too(app):
    doc, _headers, _device = _doc("Caching keeps data near.", title="ما هو التخزين المؤقت؟")
    left, right = _line_span(doc, "ما هو")
    assert right > CONTENT_W - 5 and left > CONTENT_W / 3


def test_english_that_quotes_an_arabic_word_stays_left_to_right(app):
    doc, _headers, _device = _doc("A cache is مخبأ in Arabic.")
    left, _right = _line_span(doc, "A cache")
    assert left < 5

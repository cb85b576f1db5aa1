"""The weak-topics PDF draws a combining accent on its letter (m̂, v̂ written as a letter
+ U+0302), not a line above over other words (ui.mark_fonts)."""

from __future__ import annotations

import unicodedata

import pytest

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import build_document, ensure_gui_app
from tests.helpers.glyphs import glyphs_outside_their_line
from tests.history import NOW

ADAM = (
    "Adam keeps running averages of the gradient (m) and its square (v), bias-corrects "
    "them and steps by m\u0302/(\u221av\u0302+\u03b5). SGD with momentum often generalises "
    "better for vision; Adam converges faster."
)
VIETNAMESE = unicodedata.normalize("NFD", "Tiếng Việt có dấu: Nguyễn, Thường, học, ở Huế. ") * 4


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


@pytest.mark.parametrize("answer", [ADAM, VIETNAMESE + " x\u0302 q\u0301"], ids=["adam", "vi"])
def test_accents_sit_on_their_letters_in_the_pdf(app, answer):
    question = WeakQuestion("q1", "Adam vs SGD: what is m\u0302?", 0.8, "rated Again", answer, None)
    topic = WeakTopic(1, "Neural nets", 0.8, 0.0, [question], 1, 1, 1)
    doc, _headers, _device = build_document(WeakReport("Deck", 1, 0.1, [topic], NOW, 1))
    assert any("m\u0302" in line for line in _lines(doc))
    assert glyphs_outside_their_line(doc) == []


def _lines(doc):
    block = doc.begin()
    while block.isValid():
        yield block.text()
        block = block.next()

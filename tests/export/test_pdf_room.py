"""No short weak question starts a page that it would have fitted at the foot of the
page before, as a reader sees it: a page ended a third blank, the next question (a
nested list of eight lines) overleaf. Where a question before it was moved to a page's
top, the places after it were estimated, and Qt's own moves inside the moved question
(a formula or a code box pushed to a page's top) made the estimate tens of pixels low."""

from __future__ import annotations

import random

import pytest

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import CONTENT_H, page_of
from studyapp.export.page_breaks import KEEP_WHOLE, anchored_blocks
from studyapp.export.pdf import build_document, ensure_gui_app
from studyapp.export.report_html import QUESTION_ANCHOR, QUESTION_GAP
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _mixed(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 4)):
        kind = rnd.choice("ppctl")
        if kind == "p":
            parts.append("word " * rnd.randint(5, 60))
        elif kind == "c":
            lines = "\n".join(f"x{n} = f({n})" for n in range(rnd.randint(2, 8)))
            parts.append(f"```python\n{lines}\n```")
        elif kind == "t":
            rows = "\n".join(
                f"| a{n} | {'b ' * rnd.randint(1, 30)}|" for n in range(rnd.randint(2, 5))
            )
            parts.append(f"| A | B |\n|---|---|\n{rows}")
        else:
            parts.append("\n".join(f"- item {n}" for n in range(rnd.randint(2, 6))))
    return "\n\n".join(parts)


def _formulas(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 3)):
        parts.append("The loss " + "is defined as " * rnd.randint(1, 12))
        if rnd.random() < 0.6:
            parts.append(rf"$$L_{rnd.randint(1, 9)} = -\sum_{{i=1}}^{{n}} y_i \log \hat{{y}}_i$$")
        else:
            parts.append("1. first\n   - nested\n     - deeper\n2. second")
    return "\n\n".join(parts)


def _report(make, seed: int) -> WeakReport:
    rnd = random.Random(seed)
    questions = [
        WeakQuestion(f"q{i}", f"Question {i}?", 0.8, "recall 40 %", make(rnd), None)
        for i in range(40)
    ]
    topic = WeakTopic(1, "Mixed", 0.8, 0.0, questions, 40, 40, 40)
    return WeakReport("Deck", 40, 0.1, [topic], NOW, 40)


def _line_end(layout, block) -> float:
    lines = block.layout()
    last = lines.lineAt(lines.lineCount() - 1)
    return layout.blockBoundingRect(block).top() + last.rect().bottom()


def _wasted(doc) -> list[tuple[int, int, int]]:
    """(question, its height, the room left for it) for each short question that starts
    a page though it fitted, QUESTION_GAP below the text, at the page before's foot."""
    layout = doc.documentLayout()
    starts = [block for block, _ in anchored_blocks(doc, QUESTION_ANCHOR)]
    wasted = []
    for n, block in enumerate(starts):
        stop = starts[n + 1].position() if n + 1 < len(starts) else 1 << 30
        before = block.previous()
        while before.isValid() and not (before.isVisible() and before.layout().lineCount()):
            before = before.previous()
        top = layout.blockBoundingRect(block).top()
        if not before.isValid() or page_of(_line_end(layout, before) - 1) == page_of(top):
            continue  # under what comes before it, on its page
        end, item = top, block
        while item.isValid() and item.position() < stop:  # its last line …
            if item.isVisible() and item.layout().lineCount():
                end = max(end, _line_end(layout, item))
            item = item.next()
        for frame in doc.rootFrame().childFrames():  # … or its table's or code box's foot
            if block.position() < frame.firstPosition() < stop:
                end = max(end, layout.frameBoundingRect(frame).bottom())
        room = page_of(top) * CONTENT_H - _line_end(layout, before) - QUESTION_GAP
        if end - top <= KEEP_WHOLE * CONTENT_H and end - top + 2 < room:
            wasted.append((n, round(end - top), round(room)))
    return wasted


@pytest.mark.parametrize(("make", "seeds"), [(_mixed, range(10)), (_formulas, range(14, 30))])
def test_a_short_question_that_fits_at_a_page_s_foot_is_not_moved_overleaf(app, make, seeds):
    found = {}
    for seed in seeds:
        doc, _headers, _device = build_document(_report(make, seed))
        if wasted := _wasted(doc):
            found[seed] = wasted
    assert found == {}

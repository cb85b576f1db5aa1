"""The weak-topics PDF as a reader copies and searches it (a new user): the cover's
"QUESTIONS STUDIED" figure wrapped as "18 of" over "30082", and each page's text layer
held an invisible copy of the previous page's last line."""

from __future__ import annotations

import pytest

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import build_document, ensure_gui_app
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _report(studied: int, total: int, weak: int = 1, answer: str = "An answer.") -> WeakReport:
    questions = [
        WeakQuestion(f"q{n}", f"Weak question {n}?", 0.8, "recall 40 %", answer, None)
        for n in range(weak)
    ]
    topic = WeakTopic(1, "Topic", 0.8, 0.0, questions, weak, weak, weak)
    return WeakReport("Deck", studied, 0.1, [topic], NOW, total)


def _lines_holding(report: WeakReport, text: str) -> list[int]:
    """The number of lines of each block of the laid-out report that holds `text`."""
    doc, _, _device = build_document(report)
    counts = []
    block = doc.begin()
    while block.isValid():
        if text in block.text().replace("\xa0", " "):
            counts.append(block.layout().lineCount())
        block = block.next()
    return counts


@pytest.mark.parametrize(("studied", "total"), [(18, 30082), (12345, 987654321), (3, 7)])
def test_a_cover_figure_never_wraps(app, studied, total):
    figure = f"{studied} of {total}"
    # the block is the label, a line break, then the figure: two lines, not three
    assert _lines_holding(_report(studied, total), figure) == [2]

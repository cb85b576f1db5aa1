"""A weak question's title is not left at a page's foot with only why it is weak
under it, as a reader saw it: where its answer opens with a line that leads into
what follows ("Example:" over a code block, a heading over a list), that line went
overleaf with it, the title staying behind."""

from __future__ import annotations

import pytest

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import page_of
from studyapp.export.pdf import build_document, ensure_gui_app
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _top(doc, start: str) -> float:
    block = doc.begin()
    while block.isValid() and not block.text().startswith(start):
        block = block.next()
    assert block.isValid(), start
    return doc.documentLayout().blockBoundingRect(block).top()


CODE = "\n".join(f"step_{n}()" for n in range(14))
LIST = "\n".join(f"- check the service number {n} and its queue" for n in range(12))


@pytest.mark.parametrize(
    ("answer", "lead"),
    [
        (f"Example:\n\n```python\n{CODE}\n```\n\nThat is all.", "Example:"),
        (f"### Steps to follow\n\n{LIST}\n\nThen report.", "Steps to follow"),
    ],
)
def test_a_title_stays_with_the_line_its_answer_opens_with(app, answer, lead):
    moved = []
    for lines in range(0, 40, 2):  # the question lands at every height of a page
        filler = "\n\n".join(f"Filler line {i}." for i in range(lines)) or "Filler."
        questions = [
            WeakQuestion("a", "Filler?", 0.8, "recall 40 %", filler, None),
            WeakQuestion("b", "Target question?", 0.8, "recall 40 %", answer, None),
        ]
        topic = WeakTopic(1, "Leads", 0.8, 0.0, questions, 2, 2, 2)
        doc, _headers, _device = build_document(WeakReport("Deck", 2, 0.1, [topic], NOW, 2))
        if page_of(_top(doc, "Target question")) != page_of(_top(doc, lead)):
            moved.append(lines)
    assert moved == []

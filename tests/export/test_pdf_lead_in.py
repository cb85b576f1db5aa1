"""A paragraph that ends in a line leading into a list, table or code block
("… paired with the correct output.⏎Examples:") stays with the start of what it
introduces: a tester's page 5 ended on "Examples:", its list on page 6."""

from __future__ import annotations

import random

import pytest

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import page_of
from studyapp.export.pdf import build_document, ensure_gui_app
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _introduced(seed: int, count: int) -> list[str]:
    """Answers with prose of any length, then a paragraph whose last line (after a
    line break, or alone) introduces a list, a table or a code block."""
    rnd = random.Random(seed)
    answers = []
    for i in range(count):
        prose = "\n\n".join("Plain words " * rnd.randint(4, 50) for _ in range(rnd.randint(1, 3)))
        intro = "**Term** means " + "that words " * rnd.randint(2, 25) + "here.\nExamples:"
        kind = rnd.randrange(3)
        if kind == 0:
            part = "\n".join(f"* example {n} of {i}" for n in range(rnd.randint(2, 6)))
        elif kind == 1:
            rows = "\n".join(f"| row {r} | cell {r} |" for r in range(rnd.randint(2, 6)))
            part = f"| Name | Value |\n|---|---|\n{rows}"
        else:
            code = "\n".join(f"value_{n} = {n}" for n in range(rnd.randint(2, 8)))
            part = f"```python\n{code}\n```"
        answers.append(f"{prose}\n\n{intro}\n\n{part}\n\nAfter words here.")
    return answers


def _parted(doc) -> list[tuple[str, int, int]]:
    """(text, page of its last line, page where the next part starts) of each block
    whose text ends in a colon and that a list, table or code block follows."""
    layout = doc.documentLayout()
    found = []
    it = doc.rootFrame().begin()
    previous = None
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if frame is not None or (block.isValid() and block.textList() is not None):
            top = (
                layout.frameBoundingRect(frame).top()
                if frame is not None
                else layout.blockBoundingRect(block).top()
            )
            if previous is not None:
                found.append((previous[0], previous[1], page_of(top)))
            previous = None
        elif block.isValid() and block.text().strip():
            lines = block.layout()
            last = lines.lineAt(lines.lineCount() - 1)
            end = layout.blockBoundingRect(block).top() + last.y()
            ends_colon = block.text().rstrip().endswith(":") and block.textList() is None
            previous = (block.text(), page_of(end)) if ends_colon else None
    return found


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_line_that_introduces_a_list_table_or_code_stays_with_it(app, seed):
    questions = [
        WeakQuestion(f"q{n}", f"Question {n}?", 0.8, "recall 40 %", answer, None)
        for n, answer in enumerate(_introduced(seed, 40))
    ]
    topic = WeakTopic(1, "Quiz", 0.8, 0.0, questions, 9, 9, 9)
    doc, _, _device = build_document(WeakReport("Deck", 40, 0.1, [topic], NOW, 40))
    parted = _parted(doc)
    assert doc.pageCount() > 8
    assert len(parted) >= 40
    assert [(text[-30:], last) for text, last, after in parted if after != last] == []

"""The weak-topics PDF as a reader copies and searches it (a new user): the cover's
"QUESTIONS STUDIED" figure wrapped as "18 of" over "30082", and each page's text layer
held an invisible copy of the previous page's last line."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import build_document, ensure_gui_app, export_weak_pdf
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


# Words that each occur once in the answer: a word on two pages is a line on two pages.
def _answer(paragraphs: int, words: int) -> str:
    text = "\n\n".join(
        f"Paragraph {i}: " + " ".join(f"w{i}x{j}" for j in range(words)) for i in range(paragraphs)
    )
    code = "\n".join(f"line_{k} = {k}  # code" for k in range(120))
    items = "\n".join(f"- item{k} " + " ".join(f"i{k}m{m}" for m in range(25)) for k in range(40))
    return f"{text}\n\n```python\n{code}\n```\n\n{items}\n"


@pytest.mark.parametrize(("paragraphs", "words"), [(40, 60), (23, 97)])
def test_each_line_is_on_exactly_one_page(app, tmp_path, paragraphs, words):
    report = _report(1, 1, answer=_answer(paragraphs, words))
    out = tmp_path / "weak.pdf"
    result = export_weak_pdf(report, out)
    assert result.pages > 4
    pages_of: dict[str, list[int]] = {}
    for number, page in enumerate(PdfReader(out).pages, start=1):
        for word in set(re.findall(r"\b(?:w\d+x\d+|i\d+m\d+|line_\d+)\b", page.extract_text())):
            pages_of.setdefault(word, []).append(number)
    assert {word: at for word, at in pages_of.items() if len(at) > 1} == {}
    expected = {f"w{i}x{j}" for i in range(paragraphs) for j in range(words)}
    expected |= {f"line_{k}" for k in range(120)} | {
        f"i{k}m{m}" for k in range(40) for m in range(25)
    }
    assert set(pages_of) == expected  # and nothing went missing


def test_a_typed_answer_across_pages_is_on_each_page_once(app, tmp_path):
    """A block inside a table cell (the last mock answer's box) that runs on past a
    page: its lines too are each on one page."""
    answer = "\n\n".join(
        f"Para {i}: " + " ".join(f"a{i}x{j}" for j in range(50)) for i in range(25)
    )
    typed = " ".join(f"y{j}" for j in range(1500))
    question = WeakQuestion("q", "Typed?", 0.8, "recall 40 %", answer, typed)
    report = WeakReport("Deck", 1, 0.1, [WeakTopic(1, "T", 0.8, 0.0, [question], 1, 1, 1)], NOW, 1)
    out = tmp_path / "typed.pdf"
    export_weak_pdf(report, out)
    pages_of: dict[str, list[int]] = {}
    for number, page in enumerate(PdfReader(out).pages, start=1):
        for word in set(re.findall(r"\b(?:a\d+x\d+|y\d+)\b", page.extract_text())):
            pages_of.setdefault(word, []).append(number)
    assert {word: at for word, at in pages_of.items() if len(at) > 1} == {}
    typed_pages = {at[0] for word, at in pages_of.items() if word.startswith("y")}
    assert len(typed_pages) > 1 and {"y0", "y1499"} <= set(pages_of)


def test_a_long_word_of_a_title_breaks_after_its_underscores_not_inside_a_word(app):
    # The PDF broke "…_gradient_checkpoin" / "ting?" where the pane wraps at "_".
    title = "What is a_very_long_snake_case_identifier_for_gradient_checkpointing?"
    question = WeakQuestion("q0", title, 0.8, "recall 40 %", "An answer.", None)
    report = WeakReport(
        "Deck", 1, 0.1, [WeakTopic(1, "Topic", 0.8, 0.0, [question], 1, 1, 1)], NOW, 1
    )
    doc, _, _device = build_document(report)
    block = doc.begin()
    while block.isValid() and "snake" not in block.text():
        block = block.next()
    layout = block.layout()
    lines = [
        block.text()[layout.lineAt(i).textStart() :][: layout.lineAt(i).textLength()]
        for i in range(layout.lineCount())
    ]
    assert len(lines) > 1 and any("checkpointing" in line for line in lines), lines

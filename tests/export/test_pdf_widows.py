"""No line or table row left alone by a page's end in the weak-topics PDF, as a reader
sees it: the cover's note ended one line on the cover and two overleaf, a 30-topic
cover's table left row 30 alone overleaf.

- A paragraph of SHORT_PARAGRAPH lines or fewer is on one page; a longer one that a
  page's end cuts keeps at least two lines on each side.
- A table that a page's end splits leaves at least two of its rows on each page.
- A code block or a list longer than a page leaves at least two of its lines or items
  on each page.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextTable

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import CONTENT_H
from studyapp.export.pdf import build_document, ensure_gui_app, export_weak_pdf
from tests.history import NOW

SHORT_PARAGRAPH = 4  # lines: a paragraph no longer is never split
NOTE_START, NOTE_END = "Weakness runs from 0 to 100", "your last typed mock answer."


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _page(y: float) -> int:
    return int((y + 0.5) // CONTENT_H)


def _cover(names: list[str]) -> WeakReport:
    topics = [
        WeakTopic(t, name, 0.8, 0.1, [WeakQuestion(f"q{t}", f"{t}?", 0.8, "", "A.", None)], 1, 1, 1)
        for t, name in enumerate(names)
    ]
    return WeakReport("Deck", len(names), 0.1, topics, NOW, len(names))


def _one_question(answer: str) -> WeakReport:
    question = WeakQuestion("q0", "The question?", 0.8, "recall 40 %", answer, None)
    return WeakReport(
        "Deck", 1, 0.1, [WeakTopic(1, "Prose", 0.8, 0.0, [question], 9, 9, 9)], NOW, 1
    )


def _pages(report: WeakReport, path) -> list[str]:
    export_weak_pdf(report, path)
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


# --- paragraphs ----------------------------------------------------------------------

COVERS = [  # the note ended a line on the cover, the rest overleaf
    [f"Topic number {t}" for t in range(28)],
    [f"Topic {t} " + "with a long name that wraps " * 3 for t in range(17)],
    [f"Topic {t} " + "about caching and queues " * (t % 4) for t in range(22)],
    [f"Topic {t} " + "about systems " * (t % 4) for t in range(24)],
]


@pytest.mark.parametrize("names", COVERS)
def test_the_cover_s_note_is_read_whole_on_one_page(app, tmp_path, names):
    pages = _pages(_cover(names), tmp_path / "cover.pdf")
    holding = [i for i, text in enumerate(pages) if NOTE_START in text]
    assert len(holding) == 1
    assert NOTE_END in pages[holding[0]]


def _prose(seed: int, count: int) -> str:
    """Paragraphs of 1 to 12 lines; every word of paragraph k ends in "x{k}"."""
    rng = random.Random(seed)
    words = [
        "cache",
        "queue",
        "latency",
        "index",
        "shard",
        "replica",
        "lock",
        "thread",
        "heap",
        "stack",
    ]
    return "\n\n".join(
        " ".join(f"{rng.choice(words)}x{k}" for _ in range(rng.randint(4, 150)))
        for k in range(count)
    )


def _paragraph_lines(doc) -> dict[int, list[int]]:
    """Paragraph k → the page of each of its lines, in order, from the laid-out document."""
    layout = doc.documentLayout()
    found: dict[int, list[int]] = defaultdict(list)
    block = doc.begin()
    while block.isValid():
        lines, top = block.layout(), layout.blockBoundingRect(block).top()
        for n in range(lines.lineCount()):
            line = lines.lineAt(n)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            if tags := set(re.findall(r"x(\d+)\b", text)):
                assert len(tags) == 1, text  # a line of one paragraph only
                found[int(tags.pop())].append(_page(top + line.y()))
        block = block.next()
    return found


@pytest.mark.parametrize("seed", range(6))
def test_a_short_paragraph_moves_whole_and_a_long_one_leaves_no_line_alone(app, seed):
    doc, _, _device = build_document(_one_question(_prose(seed, 40)))
    alone, split = [], 0
    for k, pages in _paragraph_lines(doc).items():
        on = {page: pages.count(page) for page in pages}
        if len(on) > 1:
            split += 1
            if len(pages) <= SHORT_PARAGRAPH or min(on.values()) < 2:
                alone.append((k, len(pages), on))
    assert split  # (long paragraphs did split)
    assert alone == []


# --- tables ----------------------------------------------------------------------------


def _rows_per_page(doc, table: QTextTable) -> list[int]:
    """How many of the table's rows under its header are on each page it is on."""
    layout = doc.documentLayout()
    pages = [
        _page(layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top())
        for row in range(table.format().headerRowCount(), table.rows())
    ]
    return [pages.count(page) for page in sorted(set(pages))]


def _table_answer(prose: int, rows: int) -> str:
    before = "\n\n".join(f"Line {i} of the prose before the table." for i in range(prose))
    table = "\n".join(
        ["| Key | Value |", "|---|---|"] + [f"| key {r} | value {r} |" for r in range(rows)]
    )
    return f"{before}\n\n{table}\n\nAfter the table."


@pytest.mark.parametrize(
    "report",
    [  # each left its last row alone overleaf
        _cover([f"Topic number {t}" for t in range(30)]),
        _cover([f"Topic {t} " + "about systems " * (t % 4) for t in range(26)]),
        _one_question(_table_answer(29, 30)),  # a table in an answer, near a page's top
        _one_question(_table_answer(63, 30)),  # lower down
        _one_question(_table_answer(3, 40)),  # under the cover
        _one_question(_table_answer(24, 45)),  # on three pages
        _one_question(_table_answer(30, 40)),  # its first row alone at a page's foot
        _one_question(_table_answer(30, 60)),
    ],
)
def test_a_split_table_leaves_at_least_two_rows_on_each_page(app, report):
    doc, _, _device = build_document(report)
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    split = [counts for table in tables if len(counts := _rows_per_page(doc, table)) > 1]
    assert split
    for counts in split:
        assert min(counts) >= 2, counts


def test_the_30_topic_cover_s_last_rows_go_overleaf_together(app, tmp_path):
    pages = _pages(_cover([f"Topic number {t}" for t in range(30)]), tmp_path / "c.pdf")
    overleaf = pages[1].replace(" ", "")
    assert "29Topicnumber28" in overleaf and "30Topicnumber29" in overleaf


# --- code blocks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "lines"),
    [(25, 80), (10, 110)],  # each left its last line alone on a third page
)
def test_a_code_block_longer_than_a_page_leaves_no_line_alone_overleaf(app, tmp_path, prose, lines):
    before = "\n\n".join(f"Line {i} of prose." for i in range(prose))
    code = "\n".join(f"x{i} = f({i})" for i in range(lines))
    answer = f"{before}\n\n```python\n{code}\n```\n\nAfter the code."
    pages = _pages(_one_question(answer), tmp_path / "code.pdf")
    on = [n for text in pages if (n := len(re.findall(r"x\d+=f\(\d+\)", text.replace(" ", ""))))]
    assert sum(on) == lines and len(on) > 1
    assert min(on) >= 2, on


def _item_pages(doc, start: str) -> dict[int, int]:
    """Page → how many of the list items starting `start` begin on it (their first line)."""
    layout, found = doc.documentLayout(), defaultdict(int)
    block = doc.begin()
    while block.isValid():
        if block.textList() is not None and block.text().startswith(start):
            found[_page(layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y())] += 1
        block = block.next()
    return found


@pytest.mark.parametrize(
    ("prose", "items", "item"),
    [
        (15, 90, "- item {i} of the list"),  # its last item alone on a third page
        (21, 40, "{n}. step {i}: " + "check the queue and the cache " * 3),  # wrapped steps
        (30, 45, "{n}. step {i}: " + "check the queue and the cache " * 3),  # first one alone
    ],
)
def test_a_list_longer_than_a_page_leaves_no_item_alone(app, prose, items, item):
    before = "\n\n".join(f"Line {i} of prose." for i in range(prose))
    listed = "\n".join(item.format(n=i + 1, i=i) for i in range(items))
    doc, _, _device = build_document(_one_question(f"{before}\n\n{listed}\n\nAfter."))
    pages = _item_pages(doc, item.split()[1] if item.startswith("-") else "step")
    assert sum(pages.values()) == items and len(pages) > 1
    assert min(pages.values()) >= 2, dict(pages)

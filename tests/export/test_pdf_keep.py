"""The weak-topics PDF never cuts a part that fits on a page: a code block, a
question's options, a table of a few rows, a list, a heading or a line ending in a
colon ("Example:") and what follows it start the next page instead of being split over two (a quiz's options were on
pages 3 and 4, a code block on 5 and 6). A part longer than a page still splits."""

from __future__ import annotations

import itertools
import random

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextFormat

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import CONTENT_H, ExportCancelled
from studyapp.export.pdf import build_document, ensure_gui_app, export_weak_pdf
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _report(answers: list[str]) -> WeakReport:
    questions = [
        WeakQuestion(f"q{n}", f"What's the output {n}?", 0.8, "recall 40 %", answer, None)
        for n, answer in enumerate(answers)
    ]
    topic = WeakTopic(1, "Quiz", 0.8, 0.0, questions, 9, 9, 9)
    return WeakReport("Deck", len(answers), 0.1, [topic], NOW, len(answers))


def _page(y: float) -> int:
    return int((y + 0.5) // CONTENT_H)


def _parts(doc):
    """(what, top, bottom) of each table and each list (nested lists with it) at the
    document's top level, and each heading with the part after it, in order."""
    layout = doc.documentLayout()
    flow = []  # (kind, top, bottom, text)
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if frame is not None:
            rect = layout.frameBoundingRect(frame)
            flow.append(["table", rect.top(), rect.bottom(), ""])
        elif block.textList() is not None:
            rect = layout.blockBoundingRect(block)
            if flow and flow[-1][0] == "list":
                flow[-1][2] = rect.bottom()
            else:
                flow.append(["list", rect.top(), rect.bottom(), block.text()])
        elif block.text().strip():
            rect = layout.blockBoundingRect(block)
            leads = block.layout().lineCount() == 1 and block.text().endswith(":")
            kind = "heading" if block.blockFormat().headingLevel() >= 2 or leads else "text"
            flow.append([kind, rect.top(), rect.bottom(), block.text()])
    parts = [tuple(f) for f in flow if f[0] in ("table", "list")]
    for here, after in itertools.pairwise(flow):
        if here[0] == "heading":
            parts.append((f"heading {here[3]!r}", here[1], after[2], here[3]))
    return parts


def _cut(doc) -> list[tuple]:
    """The parts no taller than a page that a page's end cuts."""
    return [
        (what, round(top), round(bottom), text)
        for what, top, bottom, text in _parts(doc)
        if bottom - top <= CONTENT_H and _page(top) != _page(bottom - 1)
    ]


def _quiz(seed: int, count: int) -> list[str]:
    """Quiz questions as the JavaScript quiz writes them: some prose, code, the
    options A–D, the answer under a heading and why."""
    rnd = random.Random(seed)
    answers = []
    for i in range(count):
        prose = "\n\n".join("Some words " * rnd.randint(4, 40) for _ in range(rnd.randint(0, 3)))
        code = "\n".join(f"console.log(value{n} + {i});" for n in range(rnd.randint(3, 16)))
        options = "\n".join(f"- {letter}: option {letter} of {i}" for letter in "ABCD")
        why = "Because " + "reasons " * rnd.randint(10, 80)
        answers.append(
            f"{prose}\n\nExample:\n\n```js\n{code}\n```\n\n{options}\n\n#### Answer: B\n\n{why}"
        )
    return answers


def _tables_and_steps(seed: int, count: int) -> list[str]:
    """Other parts of the same kind: a table of a few rows, numbered steps with a
    nested list, a heading over its first paragraph."""
    rnd = random.Random(seed)
    answers = []
    for i in range(count):
        prose = "\n\n".join("More text " * rnd.randint(4, 40) for _ in range(rnd.randint(0, 2)))
        rows = "\n".join(
            f"| row {r} | {'cell ' * rnd.randint(1, 6)}|" for r in range(rnd.randint(2, 7))
        )
        steps = "\n".join(f"{s}. step {s} of {i}\n   - detail of step {s}" for s in range(1, 5))
        heading = f"### Why {i}\n\n" + "Since " * rnd.randint(20, 90)
        answers.append(
            f"{prose}\n\n| Name | Value |\n|---|---|\n{rows}\n\n**The steps:**\n\n{steps}\n\n{heading}"
        )
    return answers


def _heading_over_a_lead(seed: int, count: int) -> list[str]:
    """A heading over a line that leads into steps ("### How it works", "Let's say
    you're tuning a model:", numbered steps with details): the heading was left alone at
    a page's foot, the line and its steps overleaf."""
    rnd = random.Random(seed)
    answers = []
    for i in range(count):
        prose = "\n\n".join("Plain words " * rnd.randint(4, 40) for _ in range(rnd.randint(1, 3)))
        steps = "\n".join(
            f"{s}. **step {s} of {i}**\n   - a detail of step {s}"
            for s in range(1, rnd.randint(3, 7))
        )
        answers.append(f"{prose}\n\n### How it works {i}\n\nSay you are tuning a model:\n\n{steps}")
    return answers


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_code_block_or_options_list_is_cut_by_a_page_s_end(app, seed):
    doc, _, _device = build_document(_report(_quiz(seed, 40)))
    assert doc.pageCount() > 10
    assert _cut(doc) == []


@pytest.mark.parametrize("seed", [4, 5])
def test_no_short_table_numbered_list_or_heading_and_its_paragraph_is_cut(app, seed):
    doc, _, _device = build_document(_report(_tables_and_steps(seed, 40)))
    assert doc.pageCount() > 8
    assert _cut(doc) == []


@pytest.mark.parametrize("seed", [6, 7])
def test_a_heading_stays_with_the_line_it_heads_and_what_that_leads_into(app, seed):
    doc, _, _device = build_document(_report(_heading_over_a_lead(seed, 40)))
    assert doc.pageCount() > 8
    assert _cut(doc) == []


def test_a_code_block_longer_than_a_page_still_splits_where_the_page_ends(app, tmp_path):
    code = "\n".join(f"line_{n} = {n}" for n in range(400))
    answers = ["A short one."] * 3 + [f"It starts here.\n\n```python\n{code}\n```\n\nAfter it."]
    doc, _, _device = build_document(_report(answers))
    tables = [p for p in _parts(doc) if p[0] == "table"]
    (_, top, bottom, _) = tables[-1]
    assert bottom - top > CONTENT_H  # longer than a page: split, not moved on and on
    # it follows its question's first line on the same page, not a page later
    layout = doc.documentLayout()
    block = doc.begin()
    while block.text() != "It starts here.":
        block = block.next()
    assert _page(layout.blockBoundingRect(block).top()) == _page(top)
    result = export_weak_pdf(_report(answers), tmp_path / "long.pdf")
    assert result.pages == doc.pageCount()


def test_what_starts_a_page_late_in_a_long_report_is_on_that_page(app, tmp_path):
    """Qt placed page n at n times its rounded page height: by page 50 the options
    or the question moved to a page's top were drawn at the foot of the page before,
    their first line cut off there and missing from its own page."""
    answers = _quiz(7, 150)
    out = tmp_path / "long.pdf"
    result = export_weak_pdf(_report(answers), out)
    assert result.pages > 60
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]

    def on(words: str) -> list[int]:
        return [i for i, text in enumerate(pages) if words in text]

    for n in range(len(answers)):
        topic = f"weak question {n + 1} of {len(answers)}"
        title = f"What's the output {n}?"
        assert len(on(title)) == 1
        assert on(topic) == on(title), n
        first, last = (f"{letter}: option {letter} of {n} " for letter in "AD")
        assert len(on(last)) == 1
        assert on(first) == on(last), n


def test_laying_out_a_long_report_shows_its_progress_and_can_be_cancelled(app, tmp_path):
    """Keeping parts whole lays a long report out again for most pages (seconds for
    hundreds of questions): the progress moves meanwhile, and Cancel stops it."""
    report = _report(_quiz(8, 60))
    said: list[tuple[str, int]] = []
    export_weak_pdf(report, tmp_path / "w.pdf", progress=lambda *step: said.append(step))
    laying_out = [percent for step, percent in said if step == "Laying out pages"]
    assert len(laying_out) > 5
    assert laying_out == sorted(laying_out)
    writing = next(i for i, (step, _) in enumerate(said) if step.startswith("Writing page"))
    assert said.index(("Laying out pages", laying_out[-1])) < writing

    steps: list[str] = []
    with pytest.raises(ExportCancelled):
        build_document(
            report,
            progress=lambda step, _percent: steps.append(step),
            cancelled=lambda: "Laying out pages" in steps,
        )
    assert steps.count("Laying out pages") == 1


def _cover(names: list[str]) -> WeakReport:
    topics = [
        WeakTopic(t, name, 0.8, 0.1, [WeakQuestion(f"q{t}", f"{t}?", 0.8, "", "A.", None)], 1, 1, 1)
        for t, name in enumerate(names)
    ]
    return WeakReport("Deck", len(names), 0.1, topics, NOW, len(names))


def _topics_table(doc):
    """The cover's table of weak topics (the second table: the figures are the first),
    its top and bottom, and the heading above it."""
    layout = doc.documentLayout()
    it, tables, heading = doc.rootFrame().begin(), [], None
    while not it.atEnd() and len(tables) < 2:
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if frame is not None:
            tables.append(frame)
        elif block.text().startswith("Weak topics, weakest first"):
            heading = block
    rect = layout.frameBoundingRect(tables[1])
    return tables[1], rect.top(), rect.bottom(), layout.blockBoundingRect(heading).top()


@pytest.mark.parametrize(
    "names",
    [
        [f"Topic number {t}" for t in range(90)],  # a row a line
        [f"Topic {t} " + "with a long name that wraps " * 3 for t in range(60)],  # two lines
    ],
)
def test_the_cover_s_table_of_weak_topics_longer_than_a_page_splits(app, tmp_path, names):
    """One longer than a page starts on the cover, under its heading, and splits, its
    header row repeated at the next pages' top. (One that fits a page:
    test_pdf_tables.)"""
    doc, _, _device = build_document(_cover(names))
    table, top, bottom, heading = _topics_table(doc)
    assert _page(heading) == _page(top) == 0
    assert _page(bottom) == 2
    assert table.format().headerRowCount() == 1
    export_weak_pdf(_cover(names), tmp_path / "many.pdf")
    pages = [
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "many.pdf").pages[:3]
    ]
    for text in pages:  # (the header's cells: the cover's figures are in capitals)
        assert "Mastery" in text and "Weak questions" in text


@pytest.mark.parametrize("answers", [_quiz(1, 40), _tables_and_steps(4, 40)])
def test_a_part_moved_to_a_page_s_top_starts_at_the_page_s_top(app, answers):
    """A question, a heading or a line ending in a colon moved to the next page sat
    12 px down it (the space under the paragraph before, left over); the first
    question after the cover too. It starts where a page's first line does."""
    doc, _, _device = build_document(_report(answers))
    layout = doc.documentLayout()
    moved, block = [], doc.begin()
    while block.isValid():
        policy = block.blockFormat().pageBreakPolicy()
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore and block.text().strip():
            top = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
            moved.append((block.text()[:20], round(top - _page(top) * CONTENT_H, 1)))
        block = block.next()
    assert len(moved) > 10
    assert [(text, at) for text, at in moved if at > 0.5] == []


def _opening_parts(seed: int, count: int) -> list[str]:
    """Answers that open with a large part: a heading over a table of some 15 rows
    (as the sample deck's "Structured comparison between VAE … and Diffusion Model"
    does), a long code block, or a heading over a long list; short answers between
    them, so that questions start all over their pages."""
    rnd = random.Random(seed)
    answers = []
    for i in range(count):
        kind = rnd.randrange(4)
        if kind == 0:
            rows = "\n".join(
                f"| **Row {r}** | {'cell words ' * rnd.randint(2, 9)}| {'more ' * rnd.randint(1, 8)}|"
                for r in range(rnd.randint(10, 18))
            )
            opening = f"## Comparison {i}\n\n| Feature | One | Other |\n|---|---|---|\n{rows}"
        elif kind == 1:
            code = "\n".join(f"result_{n} = compute({n}, {i})" for n in range(rnd.randint(25, 62)))
            opening = f"```python\n{code}\n```"
        elif kind == 2:
            items = "\n".join(
                f"- item {n} of {i}: " + "words " * rnd.randint(1, 14)
                for n in range(rnd.randint(15, 40))
            )
            opening = f"### The parts of {i}\n\n{items}"
        else:
            opening = "Short words " * rnd.randint(3, 60)
        after = "\n\n".join("After words " * rnd.randint(4, 30) for _ in range(rnd.randint(0, 2)))
        answers.append(f"{opening}\n\n{after}")
    return answers


def _left_alone(doc) -> list[tuple[str, int]]:
    """The questions whose title ends its page: nothing of the answer under the title
    and its "Why it is weak" line there, the answer's start on the next page."""
    layout = doc.documentLayout()
    flow = []  # (text, top) of each table, list item and block with text, in order
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if frame is not None:
            flow.append(("", layout.frameBoundingRect(frame).top()))
        elif block.text().strip():
            top = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
            flow.append((block.text(), top))
    return [
        (text, _page(top))
        for (text, top), (_, answer) in zip(flow, flow[2:], strict=False)
        if text.startswith("What's the output ") and _page(answer) != _page(top)
    ]


@pytest.mark.parametrize("seed", [12, 17, 19, 20])
def test_a_question_s_title_is_never_left_at_a_page_s_foot_without_its_answer(app, seed):
    """The VAE and Diffusion question's title and its reason ended page 9, 40 % of it
    blank, the answer (a heading over a large table) overleaf: the heading's keep
    moved it with its table after the question's keep had been met by the reason line.
    So did a code block's keep, a code block that fits a page but not under the title."""
    doc, _, _device = build_document(_report(_opening_parts(seed, 40)))
    assert doc.pageCount() > 10
    assert _left_alone(doc) == []


@pytest.mark.parametrize("seed", [9, 10])
def test_a_typed_answer_s_label_stays_with_its_box(app, seed):
    """A tester's page ended on "YOUR LAST MOCK ANSWER", the answer's box overleaf. A
    line over a table or code block is its caption: kept with it, as a heading is."""
    rnd = random.Random(seed)
    questions = [
        WeakQuestion(
            f"q{n}",
            f"Question {n}?",
            0.8,
            "recall 40 %",
            "\n\n".join("Answer words " * rnd.randint(5, 60) for _ in range(rnd.randint(1, 4))),
            "What I typed " * rnd.randint(5, 40),
            last_note="A note " * rnd.randint(0, 8) or None,
        )
        for n in range(40)
    ]
    topic = WeakTopic(1, "Quiz", 0.8, 0.0, questions, 9, 9, 9)
    doc, _, _device = build_document(WeakReport("Deck", 40, 0.1, [topic], NOW, 40))
    layout = doc.documentLayout()
    labels, boxes_below = [], []
    it = doc.rootFrame().begin()
    label = None
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if frame is not None and label is not None:
            boxes_below.append(_page(layout.frameBoundingRect(frame).top() + 1))
            labels.append(label)
            label = None
        elif block.isValid() and block.text() in (
            "YOUR LAST MOCK ANSWER",
            "YOUR NOTE FOR NEXT TIME",
        ):
            label = _page(layout.blockBoundingRect(block).top())
    assert len(labels) > 40  # every question has a typed answer, many a note
    assert labels == boxes_below

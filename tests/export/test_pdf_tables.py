"""Tables and rules across the weak-topics PDF's pages, as a reader sees them.

- The cover of 20 to 30 weak topics was its title alone over an empty page, the table
  moved whole to page 2: a table with a header row that starts in a page's upper half
  splits there, its header row repeated on the next page; one that starts lower, and
  fits a page, still moves whole.
- The last row of a table on a page, before the rows Qt moved to the next, stretched
  down to the footer: an open box, its borders running on below its text.
- A horizontal rule (`---`) that started a page, separating nothing, is dropped.
"""

from __future__ import annotations

import random

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QTextFormat, QTextTable

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import CONTENT_H, CONTENT_W, LAYOUT_DPI, MARGIN_LEFT, MARGIN_TOP
from studyapp.export.pdf import build_document, ensure_gui_app, export_weak_pdf, render_page_images
from tests.history import NOW


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
    topic = WeakTopic(1, "Tables", 0.8, 0.0, [question], 9, 9, 9)
    return WeakReport("Deck", 1, 0.1, [topic], NOW, 1)


def _tables(doc) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _block(doc, text: str):
    block = doc.begin()
    while block.isValid() and not block.text().startswith(text):
        block = block.next()
    assert block.isValid(), text
    return block


def _cell_page(doc, table: QTextTable, row: int) -> int:
    block = table.cellAt(row, 0).firstCursorPosition().block()
    return _page(doc.documentLayout().blockBoundingRect(block).top())


def _pdf_pages(report: WeakReport, path) -> list[str]:
    export_weak_pdf(report, path)
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


# --- the cover's table of weak topics ----------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        [f"Topic number {t}" for t in range(30)],  # a row a line
        [f"Topic {t} " + "with a long name that wraps " * 3 for t in range(20)],  # two lines
        [f"Topic {t} " + "about caching and queues " * (t % 4) for t in range(25)],  # mixed
    ],
)
def test_a_cover_table_too_long_for_the_cover_starts_there_and_goes_on_overleaf(
    app, tmp_path, names
):
    doc, _, _device = build_document(_cover(names))
    table = _tables(doc)[1]  # (the first: the cover's figures)
    heading = _block(doc, "Weak topics, weakest first")
    layout = doc.documentLayout()
    assert _page(layout.blockBoundingRect(heading).top()) == _cell_page(doc, table, 1) == 0
    last = table.rows() - 1
    assert _cell_page(doc, table, last) == 1
    # most of its rows on the cover, not a row or two with the rest overleaf
    on_cover = sum(_cell_page(doc, table, row) == 0 for row in range(1, table.rows()))
    assert on_cover > table.rows() / 2

    pages = _pdf_pages(_cover(names), tmp_path / "cover.pdf")
    cover, overleaf = pages[0], pages[1]
    assert "Weak topics, weakest" in cover and names[0].split()[0] in cover
    assert f"Topic {len(names) - 1} " in overleaf.replace("number ", "")
    for text in (cover, overleaf):  # the header's cells (the cover's figures are in capitals)
        assert "Mastery" in text and "Weak questions" in text


@pytest.mark.parametrize("count", [12, 24])
def test_a_cover_table_that_fits_under_the_cover_stays_whole_there(app, count):
    doc, _, _device = build_document(_cover([f"Topic number {t}" for t in range(count)]))
    table = _tables(doc)[1]
    assert _cell_page(doc, table, 0) == _cell_page(doc, table, table.rows() - 1) == 0


# --- a table in an answer: split where moving would leave half a page blank ---------


def _table_after(paragraphs: int, rows: int, header: str = "| Key | Value |") -> str:
    prose = "\n\n".join(f"Prose {i} before the table." for i in range(paragraphs))
    columns = header.count("|") - 1
    table = "\n".join(
        [header, "|" + "---|" * columns]
        + [f"| key {r} |" + f" value {r} |" * (columns - 1) for r in range(rows)]
    )
    return f"{prose}\n\nThe table follows.\n\n{table}\n\nAfter the table."


@pytest.mark.parametrize(
    ("paragraphs", "rows", "header", "upper_half"),
    [
        (1, 30, "| Key | Value |", True),  # on the cover's page, under it
        (12, 30, "| Key | Value |", False),
        (27, 32, "| Key | Value |", True),  # on the next page (the question begins
        (34, 30, "| Key | Value |", True),  # on the cover's: 24 lines of prose fill it)
        (45, 30, "| Key | Value |", False),
        (51, 20, "| Key | Value |", False),
        (2, 28, "| Name | Kind | Default | Notes |", True),  # another shape of table
        (30, 28, "| Name | Kind | Default | Notes |", True),
        (48, 26, "| Name | Kind | Default | Notes |", False),
    ],
)
def test_a_table_splits_under_a_half_blank_page_and_moves_under_a_nearly_full_one(
    app, tmp_path, paragraphs, rows, header, upper_half
):
    report = _one_question(_table_after(paragraphs, rows, header))
    doc, _, _device = build_document(report)
    layout = doc.documentLayout()
    table = _tables(doc)[-1]
    assert table.rows() == rows + 1
    assert layout.frameBoundingRect(table).height() <= CONTENT_H  # it fits a page
    prose = layout.blockBoundingRect(_block(doc, f"Prose {paragraphs - 1} before the table."))
    lead = layout.blockBoundingRect(_block(doc, "The table follows."))
    page = _page(prose.top())
    # Where the table would start, under the prose and the line leading into it.
    starts_at = prose.bottom() + lead.height() - page * CONTENT_H
    assert (starts_at < CONTENT_H / 2) == upper_half  # (the case is what it says)
    first, last = _cell_page(doc, table, 1), _cell_page(doc, table, rows)
    if upper_half:  # split: its first rows under the text, the rest overleaf
        assert first == page and last == page + 1
        assert _page(lead.top()) == page
    else:  # moved whole to the next page, the line over it (its caption) with it
        assert first == last == page + 1
        assert _page(lead.top()) == page + 1

    pages = _pdf_pages(report, tmp_path / "table.pdf")
    heading = " ".join(header.strip("| ").split(" | "))
    holding = [i for i, text in enumerate(pages) if heading in text]
    assert holding == ([page, page + 1] if upper_half else [page + 1])
    assert f"key {rows - 1} " in pages[page + 1]


# --- the last row of a table on a page: closed at its text ------------------------


def _ink_rows(image: QImage, top: float, bottom: float, scale: float) -> list[int]:
    """For each pixel row of the text area from layout y `top` to `bottom` of a
    page, how many of its pixels are not paper."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    x0, x1 = round(MARGIN_LEFT * scale), round((MARGIN_LEFT + CONTENT_W) * scale)
    counts = []
    for y in range(round((MARGIN_TOP + top) * scale), round((MARGIN_TOP + bottom) * scale)):
        counts.append(sum(1 for x in range(x0, x1) if image.pixelColor(x, y).lightness() < 245))
    return counts


def _split_table_cases():
    return [
        ("cover", _cover([f"Topic number {t}" for t in range(30)])),
        ("cover", _cover([f"Topic {t} " + "with a long name that wraps " * 3 for t in range(19)])),
        ("answer", _one_question(_table_after(30, 60))),
        ("answer", _one_question(_table_after(7, 70, "| Name | Kind | Default | Notes |"))),
    ]


@pytest.mark.parametrize(("where", "report"), _split_table_cases())
def test_the_last_row_on_a_page_ends_at_its_text_not_at_the_page_s_foot(app, where, report):
    doc, _, _device = build_document(report)
    table = _tables(doc)[-1]
    layout = doc.documentLayout()
    rows = [
        (row, table.cellAt(row, 0).firstCursorPosition().block()) for row in range(table.rows())
    ]
    last_on_page = max(
        (
            row
            for row, block in rows
            if _page(layout.blockBoundingRect(block).top())
            == _page(layout.blockBoundingRect(rows[1][1]).top())
        ),
    )
    assert last_on_page < table.rows() - 1  # the table goes on overleaf
    page = _page(layout.blockBoundingRect(rows[1][1]).top())
    text_end = (
        max(
            layout.blockBoundingRect(
                table.cellAt(last_on_page, c).lastCursorPosition().block()
            ).bottom()
            for c in range(table.columns())
        )
        - page * CONTENT_H
    )
    padding = table.format().cellPadding()
    scale = 150 / LAYOUT_DPI
    (image,) = render_page_images(report, [page], dpi=150)
    # under the row's bottom border, down to the page's foot: paper, no borders
    below = _ink_rows(image, text_end + padding + 3, CONTENT_H - 1, scale)
    assert len(below) > 5 and max(below) == 0, (where, below)
    # and the row is closed: its bottom border runs across the table
    border = _ink_rows(image, text_end + padding - 2, text_end + padding + 3, scale)
    assert max(border) > 0.9 * CONTENT_W * scale


# --- horizontal rules ----------------------------------------------------------------


def _ruled(seed: int, rule: str, then_code: bool) -> WeakReport:
    """Questions of paragraphs of many lengths with a rule between each two, so that
    some rules fall where a page ends; after some rules, a code block."""
    rnd = random.Random(seed)
    questions = []
    for i in range(30):
        parts = []
        for k in range(6):
            if then_code and k % 2:
                code = "\n".join(f"step_{i}_{k}_{n}()" for n in range(rnd.randint(2, 6)))
                parts.append(f"```python\n{code}\n```")
            parts.append(f"P{i}x{k} " + "word " * rnd.randint(10, 120))
            parts.append(rule)
        answer = "\n\n".join(parts[:-1])
        questions.append(WeakQuestion(f"q{i}", f"Question {i}?", 0.8, "r", answer, None))
    topic = WeakTopic(1, "Rules", 0.8, 0.0, questions, 30, 30, 30)
    return WeakReport("Deck", 30, 0.1, [topic], NOW, 30)


def _rules_starting_pages(doc) -> tuple[int, list[int]]:
    """How many rules the document draws, and the pages that one of them starts."""
    layout = doc.documentLayout()
    drawn, starting = 0, []
    block = doc.begin()
    while block.isValid():
        ruler = block.blockFormat().hasProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth
        )
        if ruler and block.isVisible():
            drawn += 1
            before = block.previous()
            while before.isValid() and not before.layout().lineCount():
                before = before.previous()
            lines = before.layout()
            end = (
                layout.blockBoundingRect(before).top()
                + lines.lineAt(lines.lineCount() - 1).y()
                + lines.lineAt(lines.lineCount() - 1).height()
            )
            top = layout.blockBoundingRect(block).top()
            if _page(end - 1) < _page(top):
                starting.append(_page(top))
        block = block.next()
    return drawn, starting


@pytest.mark.parametrize(
    ("seed", "rule", "then_code"), [(1, "---", False), (2, "---", False), (5, "***", True)]
)
def test_no_page_starts_with_a_horizontal_rule(app, tmp_path, seed, rule, then_code):
    report = _ruled(seed, rule, then_code)
    doc, _, _device = build_document(report)
    drawn, starting = _rules_starting_pages(doc)
    assert drawn > 100  # the rules between paragraphs are still there …
    assert starting == []  # … but none at a page's top
    # what follows a dropped rule starts its page, as a page's first line does
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if not block.isVisible():
            after = block.next()
            top = layout.blockBoundingRect(after).top()
            if after.layout().lineCount():
                top += after.layout().lineAt(0).y()
            assert top - _page(top) * CONTENT_H < 12, after.text()[:20]  # (a code box: its padding)
        block = block.next()
    # and no words are lost
    text = " ".join(_pdf_pages(report, tmp_path / "rules.pdf"))
    for question in report.questions:
        for word in question.answer_markdown.split():
            if word.startswith("P") and "x" in word:
                assert word in text


# --- a table row is never cut in two ------------------------------------------------


def _wrapping(rows: int, prose: int, words: str, period: int) -> tuple[str, list[str]]:
    """An answer: some prose, then a table whose second cell wraps onto 0 to `period`
    more lines, row by row; and each row's text as a reader reads it."""
    texts = [f"term {r} {words * (r % period)}end{r}" for r in range(rows)]
    lines = ["| Term | Meaning |", "|---|---|"]
    lines += [f"| term {r} | {words * (r % period)}end{r} |" for r in range(rows)]
    return "\n\n".join(["Some prose first."] * prose) + "\n\n" + "\n".join(lines), texts


_MIXED = [f"Topic {t} " + "about caching and queues " * (t % 4) for t in range(26)]
_MEANINGS = _wrapping(60, 6, "that goes on for a while ", 5)
_STEPS = _wrapping(55, 4, "it does one more thing ", 7)


@pytest.mark.parametrize(
    ("report", "whole"),
    [
        (_cover(_MIXED), _MIXED),
        (_one_question(_MEANINGS[0]), _MEANINGS[1]),
        (_one_question(_STEPS[0]), _STEPS[1]),
    ],
)
def test_no_table_row_is_cut_in_two_by_a_page_s_end(app, tmp_path, report, whole):
    """A row whose text wraps was cut where the page ended, its last words alone at
    the top of the next page under the repeated header; it starts that page whole."""
    doc, _, _device = build_document(report)
    table = _tables(doc)[-1]
    layout = doc.documentLayout()
    cut = []
    for row in range(table.rows()):
        blocks = [
            table.cellAt(row, c).firstCursorPosition().block() for c in range(table.columns())
        ]
        blocks += [
            table.cellAt(row, c).lastCursorPosition().block() for c in range(table.columns())
        ]
        pages = set()
        for block in blocks:
            rect = layout.blockBoundingRect(block)
            lines = block.layout()
            for i in range(lines.lineCount()):
                pages.add(_page(rect.top() + lines.lineAt(i).y()))
        if len(pages) > 1:
            cut.append(row)
    assert cut == []
    assert _cell_page(doc, table, table.rows() - 1) > _cell_page(doc, table, 1)  # it splits
    pages = _pdf_pages(report, tmp_path / "rows.pdf")
    for text in whole:  # each row's words together, on a page
        assert any(" ".join(text.split()) in page for page in pages), text


# --- the questions after a cover that runs onto a second page -----------------------


@pytest.mark.parametrize(
    "names",
    [
        [f"Topic number {t}" for t in range(30)],
        [f"Topic {t} " + "about caching and queues " * (t % 4) for t in range(25)],
        [f"Topic {t} " + "with a long name that wraps " * 3 for t in range(70)],  # three pages
    ],
)
def test_the_questions_follow_a_cover_that_runs_onto_another_page(app, tmp_path, names):
    """The cover's table went on overleaf for a row or two and its note, the rest of
    that page blank: the first question follows them there."""
    pages = _pdf_pages(_cover(names), tmp_path / "cover.pdf")
    last = next(i for i, text in enumerate(pages) if "Weakness runs from 0 to 100" in text)
    assert last > 0
    first = pages[last].replace(" ", "")  # (pypdf reads "T opic")
    assert "Topic1of" in first and "0?Whyitisweak" in first  # the first question, its title


@pytest.mark.parametrize("count", [1, 4, 12])
def test_the_first_question_follows_a_short_cover_on_its_page(app, tmp_path, count):
    """A cover of a few weak topics filled a third of page 1, the rest blank, the first
    question overleaf: it follows the cover's note there."""
    pages = _pdf_pages(_cover([f"Topic number {t}" for t in range(count)]), tmp_path / "c.pdf")
    cover = pages[0].replace(" ", "")  # (pypdf reads "T opic")
    assert "Weaknessrunsfrom0to100" in cover and "Topic1of" in cover
    assert cover.index("Weaknessrunsfrom0to100") < cover.index("Topic1of")
    assert "0?Whyitisweak" in cover  # its title, with it


@pytest.mark.parametrize("paragraphs", [40, 25])
def test_a_long_first_question_starts_under_the_cover_and_goes_on_overleaf(
    app, tmp_path, paragraphs
):
    answer = "\n\n".join(
        f"Paragraph {i} of a long answer, " + "with words that run on " * 6
        for i in range(paragraphs)
    )
    pages = _pdf_pages(_one_question(answer), tmp_path / "long.pdf")
    cover = pages[0].replace(" ", "")
    assert "Topic1of1" in cover and "Thequestion?" in cover and "Paragraph0of" in cover
    assert f"Paragraph{paragraphs - 1}of" in pages[-1].replace(" ", "") and len(pages) > 1


@pytest.mark.parametrize("count", [23, 24])
def test_a_cover_that_fills_its_page_has_the_first_question_start_overleaf(app, tmp_path, count):
    """No room under it for the first question's title and the start of its answer:
    the question starts the next page, not its title alone at the cover's foot."""
    pages = _pdf_pages(_cover([f"Topic number {t}" for t in range(count)]), tmp_path / "c.pdf")
    cover, overleaf = (text.replace(" ", "") for text in pages[:2])
    assert "Weaknessrunsfrom0to100" in cover and "Topic1of" not in cover
    above = overleaf.split("Topic1of")[0]  # the running header, then the question
    assert above.startswith("WeaktopicsTopicnumber0") and "Whyitisweak" not in above
    assert "weakestﬁrst" not in overleaf


def _gaps_on_a_page(doc, table: QTextTable) -> list[tuple[int, float]]:
    """(row, px) of each row followed on its page by the next: from its text's foot to
    the next row's text (cell padding and border between two rows)."""
    layout = doc.documentLayout()
    gaps = []
    for row in range(table.rows() - 1):
        ends, tops = [], []
        for column in range(table.columns()):
            below = table.cellAt(row, column).lastCursorPosition().block()
            lines = below.layout()
            last = lines.lineAt(lines.lineCount() - 1)
            ends.append(layout.blockBoundingRect(below).top() + last.y() + last.height())
            above = table.cellAt(row + 1, column).firstCursorPosition().block()
            tops.append(layout.blockBoundingRect(above).top() + above.layout().lineAt(0).y())
        if _page(min(tops)) == _page(max(ends)):
            gaps.append((row, round(min(tops) - max(ends), 1)))
    return gaps


@pytest.mark.parametrize(("rows", "prose"), [(20, 15), (24, 9), (20, 17)])
def test_a_row_pushed_over_a_page_s_end_leaves_no_blank_once_it_moves_on(app, rows, prose):
    """The table's last row, cut by a page's end, was pushed over, then the row before
    it too (a last row alone overleaf): that row kept the blank that had pushed the
    last row, a line or two high, under it at the next page's top. So did the rows
    pushed in a table then moved whole (its first row left alone by a push)."""
    words = "that goes on and on for quite a while, as it should " * 2
    doc, _, _device = build_document(_one_question(_wrapping(rows, prose, words, 4)[0]))
    table = _tables(doc)[-1]
    assert _cell_page(doc, table, table.rows() - 1) > _cell_page(doc, table, 1)  # it splits
    assert [(row, gap) for row, gap in _gaps_on_a_page(doc, table) if gap > 15] == []

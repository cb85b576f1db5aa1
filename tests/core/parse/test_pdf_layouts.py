"""PDFs of notes laid out in ways beyond one plain column: italic words, text set in
two columns, tables whose cells wrap, a page printed alone with its browser's header
and footer. Each read as the person sees the page. The PDFs are made here: printed by
Qt from HTML, or written by hand as simple generators write them
(tests.helpers.pdf_notes)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from studyapp.core.importer import parse_notes
from studyapp.core.render import render_markdown
from tests.helpers.pdf_notes import code, write_columns_pdf, write_pdf, write_plain_pdf


@pytest.mark.parametrize("font", ["DejaVu Sans", "Nimbus Roman"])
def test_italic_words_in_a_printed_pdf_are_italic(qapp, tmp_path, font):
    html = (
        "<h2>What is a generator?</h2><p>A function that <i>yields</i> its values one at"
        " a time, <b>lazily <i>and</i> in order</b>, as <em>PEP 255</em> says.</p>"
        "<h2>What is <i>duck typing</i>?</h2><p>If it <i>walks like a duck</i>, it is one.</p>"
    )
    questions = parse_notes(write_pdf(tmp_path / "python.pdf", html, font=font)).questions
    assert [q.title for q in questions] == ["What is a generator?", "What is duck typing?"]
    assert questions[0].answer_markdown == (
        "A function that *yields* its values one at a time, **lazily *and* in order**,"
        " as *PEP 255* says."
    )
    assert questions[1].answer_markdown == "If it *walks like a duck*, it is one."
    assert "<em>walks like a duck</em>" in render_markdown(questions[1].answer_markdown)


def test_italic_fonts_and_slanted_letters_in_a_written_pdf_are_italic(tmp_path):
    """Helvetica-Oblique named, not embedded; and a paragraph in Helvetica drawn
    sheared, as an app slants a font that has no italic face."""
    blocks = [
        ("h2", "What is a closure?"),
        ("p", "A function that _keeps_ the names of its _enclosing scope_ alive."),
        ("slant", "Closures are how decorators remember the function they wrap."),
        ("p", "That is all it takes."),
    ]
    answer = parse_notes(write_plain_pdf(tmp_path / "closures.pdf", blocks)).questions[0]
    assert answer.answer_markdown == (
        "A function that *keeps* the names of its *enclosing scope* alive.\n\n"
        "*Closures are how decorators remember the function they wrap.*\n\n"
        "That is all it takes."
    )


_SYSTEMS = [
    "a process",
    "a thread",
    "a context switch",
    "virtual memory",
    "a page fault",
    "a system call",
    "a semaphore",
    "a mutex",
    "a deadlock",
    "starvation",
    "a spinlock",
    "a pipe",
    "a socket",
    "a signal",
    "a zombie process",
    "copy on write",
]


def _systems_answer(number: int, topic: str) -> str:
    # (answers of other lengths: a page's paragraphs do not open level across it)
    more = " It is read again after every interrupt." * (number % 4)
    return (
        f"The kernel keeps track of {topic} in its own tables (note {number}), and the"
        " scheduler looks at them each time it runs, which is often, so what it costs is"
        f" paid many times a second, more so on a machine busy with {topic}.{more}"
    )


@pytest.mark.parametrize(
    ("columns", "size"), [(2, 9), (2, 10), (2, 11), (2, 12), (3, 8), (3, 9), (3, 10)]
)
def test_a_pdf_set_in_columns_reads_a_column_at_a_time(qapp, tmp_path, columns, size):
    """The title across the top, the questions running down one column and on into
    the next, paragraphs broken at a column's foot; a line of one column is not the
    line of the next at its height."""
    html = "".join(
        f"<h2>What is {topic}?</h2><p>{_systems_answer(n, topic)}</p>"
        for n, topic in enumerate(_SYSTEMS)
    )
    pdf = write_columns_pdf(
        tmp_path / "os.pdf", html, title="OS interview notes", columns=columns, size=size
    )
    assert len(PdfReader(pdf).pages) >= 2
    parsed = parse_notes(pdf)
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        (f"What is {topic}?", _systems_answer(n, topic)) for n, topic in enumerate(_SYSTEMS)
    ]
    assert parsed.deck_name == "OS interview notes"


def _systems_pdf(path, columns: int, size: float, font: str):
    html = "".join(
        f"<h2>What is {topic}?</h2><p>{_systems_answer(n, topic)}</p>"
        for n, topic in enumerate(_SYSTEMS)
    )
    return write_columns_pdf(path, html, title="OS notes", columns=columns, size=size, font=font)


_SYSTEMS_READ = [(f"What is {t}?", _systems_answer(n, t)) for n, t in enumerate(_SYSTEMS)]


@pytest.mark.parametrize("size", [11, 11.5])
def test_a_paragraph_goes_on_down_three_narrow_columns_whole(qapp, tmp_path, size):
    """Three columns at 11 points hold three or four words a line: whether the next
    line's first word would have fitted (a line its writer ended) was told from its
    number of letters, "m" as wide as "i", and "… what it costs is paid" / "many
    times a second …" read as two paragraphs. The font's widths of its letters
    tell it now."""
    pdf = _systems_pdf(tmp_path / "os.pdf", 3, size, "DejaVu Sans")
    questions = parse_notes(pdf).questions
    assert [(q.title, q.answer_markdown) for q in questions] == _SYSTEMS_READ


@pytest.mark.parametrize("font", ["DejaVu Sans", "DejaVu Serif"])
def test_a_paragraph_goes_on_into_the_last_page_s_one_column(qapp, tmp_path, font):
    """Two columns at 14 points: the last paragraph runs on into the last page, whose
    few lines stand in its first column alone over the page's number. That page
    was read as not in columns (the number, set smaller, counted as a line outside
    the column), its lines' ends against the whole page's width, each line a
    paragraph."""
    pdf = _systems_pdf(tmp_path / "os.pdf", 2, 14, font)
    assert len(PdfReader(pdf).pages[-1].extract_text().split("\n")) <= 6  # a few lines
    questions = parse_notes(pdf).questions
    assert [(q.title, q.answer_markdown) for q in questions] == _SYSTEMS_READ


def test_a_written_pdf_in_two_columns_reads_a_column_at_a_time(tmp_path):
    """Helvetica named, not embedded, words placed by offsets; the columns' lines stand
    at other heights (a heading in one column shifts them)."""
    blocks: list[tuple[str, str]] = [("h1", "SQL")]
    for n in range(12):
        blocks += [
            ("bold", f"Q: What does isolation level {n} allow?"),
            ("p", f"A: {_INDEX} Level {n} lets a reader see only that.{_MORE * (n % 3)}"),
        ]
    blocks += [
        ("bold", "Q: How do you find a slow query?"),
        ("p", "A: Ask the planner:"),
        ("code", "EXPLAIN ANALYZE\nSELECT *\n  FROM orders\n WHERE id = 7;"),
    ]
    pdf = write_plain_pdf(
        tmp_path / "sql.pdf", blocks, header="SQL interview guide", columns=42, two_columns=True
    )
    questions = parse_notes(pdf).questions
    # (where a column or a page ends a sentence on a full line and the next opens one,
    # nothing tells whether the paragraph ends: read as two, as at a page break)
    assert [(q.title, q.answer_markdown.replace(".\n\n", ". ")) for q in questions[:12]] == [
        (
            f"What does isolation level {n} allow?",
            f"{_INDEX} Level {n} lets a reader see only that.{_MORE * (n % 3)}",
        )
        for n in range(12)
    ]
    assert questions[12].answer_markdown == (
        "Ask the planner:\n\n```\nEXPLAIN ANALYZE\nSELECT *\n  FROM orders\n WHERE id = 7;\n```"
    )
    assert len(questions) == 13


_MORE = " Stronger levels cost more locks."
_INDEX = (
    "An index is a separate sorted structure, usually a B-tree, that maps the values of"
    " one or more columns to the rows that hold them, so a lookup walks a few pages"
    " instead of reading the whole table."
)


@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line-cells", "wrapped-cells"])
def test_a_table_down_a_whole_page_is_not_taken_for_columns(qapp, tmp_path, wrapped):
    """A gap runs down the page between a table's columns too: its rows still read
    across, each term beside its meaning."""
    more = " which is long enough to wrap" if wrapped else ""
    rows = "".join(
        f"<tr><td>Term number {n}{more}</td><td>what term {n} means when a row is written{more}"
        "</td></tr>"
        for n in range(30)
    )
    border = ' border="1"' if wrapped else ""
    html = (
        f"<h2>What do the terms mean?</h2><table{border} cellpadding='2'>"
        f"<tr><td>Term</td><td>Meaning</td></tr>{rows}</table>"
    )
    answer = parse_notes(write_pdf(tmp_path / "terms.pdf", html)).questions[0].answer_markdown
    order = [answer.index(f"Term number {n}") for n in range(3)]
    meanings = [answer.index(f"what term {n} means") for n in range(3)]
    assert order[0] < meanings[0] < order[1] < meanings[1] < order[2] < meanings[2], answer


_LEVELS = [
    ("Read uncommitted", "rows other transactions have written but not yet committed"),
    ("Read committed", "rows committed before each statement began, and nothing since"),
    ("Repeatable read", "the rows it read once, the same each time it reads them again"),
]


@pytest.mark.parametrize("border", [1, 0], ids=["ruled", "plain"])
def test_a_table_whose_cells_wrap_keeps_each_row_whole(qapp, tmp_path, border):
    rows = "".join(f"<tr><td>{level}</td><td>{seen}</td></tr>" for level, seen in _LEVELS)
    html = (
        "<h2>What does each isolation level let a reader see?</h2><p>In short:</p>"
        f'<table border="{border}" cellpadding="3" width="60%">'
        f"<tr><td>Level</td><td>What a reader sees</td></tr>{rows}</table>"
        "<p>Pick the weakest level that is still correct.</p>"
    )
    pdf = write_pdf(tmp_path / "levels.pdf", html)
    lines = PdfReader(pdf).pages[0].extract_text().split("\n")
    assert not any(_LEVELS[0][1] in line for line in lines)  # the cells wrap
    answer = parse_notes(pdf).questions[0].answer_markdown
    table = "\n".join(f"| {level} | {seen} |" for level, seen in _LEVELS)
    assert answer == (
        "In short:\n\n| Level | What a reader sees |\n| --- | --- |\n"
        f"{table}\n\nPick the weakest level that is still correct."
    )


def test_a_written_table_whose_second_column_wraps_keeps_each_row_whole(tmp_path):
    """Rows set a line's spacing apart, as a cell's lines are: a line with nothing in
    the first column goes on the row above."""
    seen = "rows that other transactions committed before statement {} began, and nothing since"
    rows = "Level | What a reader may see\n" + "\n".join(
        f"Level {n} | {seen.format(n)}" for n in range(4)
    )
    blocks = [
        ("h2", "What do isolation levels allow?"),
        ("p", "In short:"),
        ("table", rows),
        ("p", "Pick the weakest that is still correct."),
    ]
    answer = parse_notes(write_plain_pdf(tmp_path / "levels.pdf", blocks)).questions[0]
    table = "\n".join(f"| Level {n} | {seen.format(n)} |" for n in range(4))
    assert answer.answer_markdown == (
        "In short:\n\n| Level | What a reader may see |\n| --- | --- |\n"
        f"{table}\n\nPick the weakest that is still correct."
    )


_CLOSURE = "<h2>What is a closure?</h2><p>A function that keeps the names it uses alive.</p>"


@pytest.mark.parametrize("pages", [1, 2])
def test_a_browsers_printed_edges_are_left_out_on_a_page_alone_too(qapp, tmp_path, pages):
    """Chrome's: the date and the title over each page, the address and "1/1" under
    it, in small print; with nothing to compare a page alone with, as many notes are."""
    filler = "".join(
        f"<p>A closure keeps cell {n} alive while the inner function can still run.</p>"
        for n in range(25)
    )
    html = _CLOSURE + (filler if pages == 2 else "")
    pdf = write_pdf(
        tmp_path / "closure.pdf",
        html,
        footer=False,
        printed=("Python notes - Notion", "https://www.notion.so/Python-notes-8f2c1e"),
    )
    assert len(PdfReader(pdf).pages) == pages
    parsed = parse_notes(pdf)
    assert parsed.questions[0].title == "What is a closure?"
    shown = " ".join(q.title + " " + q.answer_markdown for q in parsed.questions)
    assert parsed.questions[0].answer_markdown.startswith("A function that keeps")
    for printed in ("9:41", "notion.so", "Python notes - Notion", f"1/{pages}"):
        assert printed not in shown


def test_an_apps_printed_edges_on_a_written_page_alone_are_left_out(tmp_path):
    """Firefox's way round: the title and the address over the page, "1 of 1" and
    the date under it."""
    blocks = [("h2", "What is an index?"), ("p", "A sorted structure that finds rows fast.")]
    pdf = write_plain_pdf(
        tmp_path / "index.pdf",
        blocks,
        header="SQL notes          file:///home/ann/notes/sql.html",
        footer="{page} of {pages}          06/12/2026, 09:41",
    )
    parsed = parse_notes(pdf)
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        ("What is an index?", "A sorted structure that finds rows fast.")
    ]


def _helper_answer(n: int) -> str:
    return (
        f"It returns the rows that match filter {n}:\n\n```\ndef helper_{n}(rows):\n"
        f"    return [row for row in rows\n            if row.kind == {n}]\n```\n\n"
        "Call it once a batch."
    )


def test_numbered_questions_printed_from_markdown_keep_their_code_answers(qapp, tmp_path):
    """A Markdown note (a numbered list of questions, each answer a paragraph, a code
    block and the same closing line) printed as the app renders it: that line opens
    some pages and closes others, at other heights than a running header's."""
    items = "\n".join(
        f"{n}. What does helper {n} return?\n\n   It returns the rows that match filter {n}:"
        f"\n\n   ```python\n   def helper_{n}(rows):\n       return [row for row in rows\n"
        f"               if row.kind == {n}]\n   ```\n\n   Call it once a batch.\n"
        for n in range(1, 16)
    )
    html = render_markdown(f"# Helpers\n\n{items}")
    pdf = write_pdf(tmp_path / "helpers.pdf", html, header="Python notes")
    assert len(PdfReader(pdf).pages) >= 3
    questions = parse_notes(pdf).questions
    assert [(q.title, q.answer_markdown) for q in questions] == [
        (f"What does helper {n} return?", _helper_answer(n)) for n in range(1, 16)
    ]


def test_a_line_repeated_at_page_edges_at_other_heights_stays_in_a_written_pdf(tmp_path):
    """No header or footer: the same closing line ends one page and opens another."""
    blocks: list[tuple[str, str]] = [("h1", "Helpers")]
    for n in range(1, 21):
        blocks += [
            ("bold", f"{n}. What does helper {n} return?"),
            ("p", f"It returns the rows that match filter {n}:"),
            (
                "code",
                f"def helper_{n}(rows):\n    return [row for row in rows\n            if row.kind == {n}]",
            ),
            ("p", "Call it once a batch."),
        ]
    pdf = write_plain_pdf(tmp_path / "helpers.pdf", blocks, footer="")
    assert len(PdfReader(pdf).pages) >= 3
    questions = parse_notes(pdf).questions
    assert [(q.title, q.answer_markdown) for q in questions] == [
        (f"What does helper {n} return?", _helper_answer(n)) for n in range(1, 21)
    ]


def test_columns_holding_code_and_lists_read_whole(qapp, tmp_path):
    """Short lines (code, list items) that never wrap at the gutter, the gutter wider
    for them; headings in each column, which a table's cells do not hold; a heading
    wrapped at a column's foot, set apart from the text above it, goes on at the next
    column's top: it is no footer. (Answers of other lengths: blocks alike and the
    columns a block apart would open level, as a table's rows.)"""

    def items(n: int) -> list[str]:
        return [
            f"reversed() walks list {n} backwards",
            *([".reverse() turns it in place"] * (n % 3)),
        ]

    parts = "".join(
        f"<h2>How do you reverse list {n}?</h2><p>Make a reversed copy of list {n}:</p>"
        + code("items = [1, 2, 3]\nback = items.copy()\nprint(back)")
        + "<ul>"
        + "".join(f"<li>{item}</li>" for item in items(n))
        + "</ul>"
        for n in range(10)
    )
    pdf = write_columns_pdf(tmp_path / "tricks.pdf", parts, title="Python tricks")
    questions = parse_notes(pdf).questions
    assert [(q.title, q.answer_markdown) for q in questions] == [
        (
            f"How do you reverse list {n}?",
            f"Make a reversed copy of list {n}:\n\n```\nitems = [1, 2, 3]\n"
            "back = items.copy()\nprint(back)\n```\n\n"
            + "\n".join(f"- {item}" for item in items(n)),
        )
        for n in range(10)
    ]


_DIRTY = [("Read uncommitted", "yes"), ("Read committed", "no"), ("Repeatable read", "no")]
_DIRTY_TABLE = "| Level | Dirty reads |\n| --- | --- |\n" + "\n".join(
    f"| {name} isolation, as the standard names level {n} | {dirty} |"
    for n, (name, dirty) in enumerate(_DIRTY)
)


def test_a_tight_printed_table_whose_first_column_wraps_keeps_each_row_whole(qapp, tmp_path):
    """No room between the rows: a line with nothing in the second column goes on the
    row above, its first cell wrapped (as does a header cell wrapped alone)."""
    rows = "".join(
        f"<tr><td>{name} isolation, as the standard names level {n}</td><td>{dirty}</td></tr>"
        for n, (name, dirty) in enumerate(_DIRTY)
    )
    html = (
        "<h2>What do isolation levels allow?</h2><p>In short:</p>"
        '<table cellpadding="0" cellspacing="0" width="70%">'
        f'<tr><td width="75%">Level</td><td>Dirty reads</td></tr>{rows}</table>'
        "<p>Pick the weakest that is still correct.</p>"
    )
    answer = parse_notes(write_pdf(tmp_path / "dirty.pdf", html)).questions[0]
    assert answer.answer_markdown == (
        f"In short:\n\n{_DIRTY_TABLE}\n\nPick the weakest that is still correct."
    )


def test_a_tight_written_table_whose_first_column_wraps_keeps_each_row_whole(tmp_path):
    rows = "Level | Dirty reads\n" + "\n".join(
        f"{name} isolation, as the standard names level {n} | {dirty}"
        for n, (name, dirty) in enumerate(_DIRTY)
    )
    blocks = [
        ("h2", "What do isolation levels allow?"),
        ("p", "In short:"),
        ("table", rows),
        ("p", "Pick the weakest that is still correct."),
    ]
    answer = parse_notes(write_plain_pdf(tmp_path / "dirty.pdf", blocks)).questions[0]
    assert answer.answer_markdown == (
        f"In short:\n\n{_DIRTY_TABLE}\n\nPick the weakest that is still correct."
    )

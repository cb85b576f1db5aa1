"""Notes kept as a PDF (exported from Notion, Google Docs or Word, or a downloaded
"top 50 questions" guide): read as the pages show them. Headings by their size,
lists, code in a monospace font as code blocks, paragraphs whole across line wraps
and page breaks, the pages' headers, footers and numbers left out.

The PDFs are real ones, printed by Qt from HTML (tests.helpers.pdf_notes)."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from studyapp.core.importer import parse_notes
from studyapp.core.render import render_markdown
from tests.helpers.pdf_notes import MONO, code, mono, page_count, write_pdf, write_plain_pdf

_SCOPES = (
    "Python resolves a name by looking through the local scope, then the enclosing"
    " functions, then the module's globals and last the builtins; an assignment makes a"
    " name local unless it is declared global or nonlocal, which is why reading a global"
    " before assigning to it in the same function raises an unbound local error."
)


def _page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _heading_notes(tmp_path, filler: int, watermark: str | None = None):
    points = "".join(
        f"<p>Point {n}: a closure keeps the cells of the names it uses.</p>" for n in range(filler)
    )
    timed = code(
        "def timed(fn):\n    def inner(*args):\n        return fn(*args)\n    return inner"
    )
    html = f"""
    <h1>Python</h1>
    <h2>What is a decorator?</h2>
    <p>A function that <b>wraps</b> another, as {mono("functools.wraps")} shows.</p>
    {timed}
    <h2>How does Python look a name up?</h2>
    <p>In four scopes, in order:</p>
    <ol><li>the local scope</li><li>the enclosing functions</li><li>the globals</li></ol>
    {points}
    <p>{_SCOPES} {_SCOPES} {_SCOPES}</p>
    <h1>Databases</h1>
    <h2>What is an index?</h2>
    <p>A sorted structure that finds rows without reading the whole table.</p>
    """
    return write_pdf(
        tmp_path / "python.pdf", html, header="Python interview notes", watermark=watermark
    )


@pytest.mark.parametrize("filler", [10, 14])
def test_heading_questions_in_a_pdf_read_as_the_pages_show_them(qapp, tmp_path, filler):
    pdf = _heading_notes(tmp_path, filler)
    assert page_count(pdf) == 2
    second = _page_texts(pdf)[1]
    assert "Python interview notes" in second and "Page 2 of 2" in second

    parsed = parse_notes(pdf)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a decorator?", ("Python",)),
        ("How does Python look a name up?", ("Python",)),
        ("What is an index?", ("Databases",)),
    ]
    decorator, lookup, index = (q.answer_markdown for q in parsed.questions)
    assert "```\ndef timed(fn):\n    def inner(*args):\n        return fn(*args)\n" in decorator
    html = render_markdown(decorator)
    assert "<strong>wraps</strong>" in html and "<code>functools.wraps</code>" in html
    assert "1. the local scope\n2. the enclosing functions\n3. the globals" in lookup
    # the long paragraph is one paragraph, whichever page break or wrap falls in it
    assert f"{_SCOPES} {_SCOPES} {_SCOPES}" in lookup
    for furniture in ("Python interview notes", "Page 1", "Page 2"):
        assert all(furniture not in q.answer_markdown for q in parsed.questions)
    assert index == "A sorted structure that finds rows without reading the whole table."


def test_a_paragraph_broken_by_a_page_break_is_one_paragraph(qapp, tmp_path):
    for filler in range(6, 16):  # the first layout whose page break is in the paragraph
        pdf = _heading_notes(tmp_path, filler)
        first, second = _page_texts(pdf)
        if _SCOPES[:60] in first and _SCOPES[-60:] in second:
            break
    else:
        pytest.fail("no page break fell inside the long paragraph")
    lookup = parse_notes(pdf).questions[1].answer_markdown
    paragraphs = [p for p in lookup.split("\n\n") if "builtins" in p]
    assert paragraphs == [f"{_SCOPES} {_SCOPES} {_SCOPES}"]


def test_a_word_hyphenated_at_a_line_end_is_whole_again(qapp, tmp_path):
    words = "synchronization serialization normalization denormalization"
    soft = " ".join(w[: len(w) // 2] + "&shy;" + w[len(w) // 2 :] for w in words.split())
    html = f"<h2>What does a database do?</h2><p>{(soft + ' ') * 6}</p>"
    pdf = write_pdf(tmp_path / "db.pdf", html, footer=False)
    text = PdfReader(pdf).pages[0].extract_text()
    assert re.search(r"[a-z]-\s*\n", text)  # Qt broke a word at its hyphen
    answer = parse_notes(pdf).questions[0].answer_markdown
    assert answer == " ".join([words] * 6)


def test_numbered_bold_questions_in_a_pdf_read_as_questions(qapp, tmp_path):
    html = """
    <h1>Top concurrency interview questions</h1>
    <p><b>1. What is a race condition?</b></p>
    <p>Two threads touch shared state and the result depends on who runs first.</p>
    <p><b>2. What is a deadlock?</b></p>
    <p>Each thread holds a lock the other waits for, so neither can go on. The usual
    cure is to take the locks in one agreed order everywhere in the program, so that no
    cycle of waiting can ever form between the threads.</p>
    <p><b>3. How do you share a counter between threads?</b></p>
    <p>Guard it with a lock:</p>
    """ + code("with lock:\n    counter += 1")
    pdf = write_pdf(
        tmp_path / "concurrency.pdf", html, header="Concurrency guide", font="Nimbus Sans"
    )
    lines = PdfReader(pdf).pages[0].extract_text().replace("\t", " ").split("\n")
    assert "Top concurrency interview" in lines and "questions" in lines  # the title wraps
    parsed = parse_notes(pdf)
    assert parsed.deck_name == "Top concurrency interview questions"  # whole again
    questions = parsed.questions
    assert [q.title for q in questions] == [
        "What is a race condition?",
        "What is a deadlock?",
        "How do you share a counter between threads?",
    ]
    assert questions[1].answer_markdown.startswith("Each thread holds a lock the other waits")
    assert "cycle of waiting can ever form between the threads." in questions[1].answer_markdown
    assert "```\nwith lock:\n    counter += 1\n```" in questions[2].answer_markdown


def test_q_and_a_lines_in_a_serif_pdf_read_as_questions(qapp, tmp_path):
    html = (
        "<h2>Networking</h2>"
        "<p><b>Q:</b> What does DNS do?<br><b>A:</b> It turns names into addresses.</p>"
        "<p><b>Q:</b> Why is TCP slower to start than UDP?<br><b>A:</b> It opens with a"
        " three-way handshake, and its congestion control begins with a small window that"
        " grows as acknowledgements come back, where UDP sends at once.</p>"
        "<h2>Operating systems</h2>"
        "<p><b>Q:</b> What is a page fault?<br><b>A:</b> A touch of memory that is not"
        f" mapped; the kernel loads it, for instance after {mono('mmap()')}.</p>"
    )
    pdf = write_pdf(tmp_path / "systems.pdf", html, font="Nimbus Roman", size=12, margin=54)
    questions = parse_notes(pdf).questions
    assert [(q.title, q.topic_path) for q in questions] == [
        ("What does DNS do?", ("Networking",)),
        ("Why is TCP slower to start than UDP?", ("Networking",)),
        ("What is a page fault?", ("Operating systems",)),
    ]
    assert questions[0].answer_markdown == "It turns names into addresses."
    assert questions[1].answer_markdown.endswith("come back, where UDP sends at once.")
    assert "`mmap()`" in questions[2].answer_markdown


_POD_ITEMS = (
    "one or more containers that share a network namespace and the volumes mounted into"
    " them, scheduled together onto one node"
)
# Word and Google Docs write a bullet as a glyph ("•", "◦") before the item's text;
# Chrome (Notion's export) and Qt draw it as a shape, the text holding none.
_GLYPH_BULLETS = f"""
    <p style="margin-left:18px">• {_POD_ITEMS}</p>
    <p style="margin-left:36px">◦ they share an IP address</p>
    <p style="margin-left:36px">◦ and the same ports</p>
    <p style="margin-left:18px">• the unit the scheduler places</p>
"""
_DRAWN_BULLETS = f"""
    <ul><li>{_POD_ITEMS}<ul style="list-style-type: circle"><li>they share an IP address</li>
    <li>and the same ports</li></ul></li><li>the unit the scheduler places</li></ul>
"""


def _word_item(level: int, text: str) -> str:
    """An item as Word sets one: its bullet ("•", or at the second level an "o" in
    Courier New), a tab, then the text."""
    bullet = "•" if level == 1 else f'<span style="{MONO}">o</span>'
    return (
        f'<table style="margin-left:{18 * level}px" cellspacing="0" cellpadding="0">'
        f'<tr><td width="28">{bullet}</td><td>{text}</td></tr></table>'
    )


_WORD_BULLETS = (
    _word_item(1, _POD_ITEMS)
    + _word_item(2, "they share an IP address")
    + _word_item(2, "and the same ports")
    + _word_item(1, "the unit the scheduler places")
)


@pytest.mark.parametrize(
    "bullets", [_GLYPH_BULLETS, _DRAWN_BULLETS, _WORD_BULLETS], ids=["glyphs", "drawn", "word"]
)
def test_bold_questions_with_bulleted_answers_keep_their_nesting(qapp, tmp_path, bullets):
    html = f"""
    <h1>Kubernetes</h1>
    <p><b>What is a pod?</b></p>
    <p>The smallest unit that runs:</p>
    {bullets}
    <p><b>What is a node?</b></p>
    <p>A machine the pods run on.</p>
    """
    pdf = write_pdf(tmp_path / "k8s.pdf", html, font="Nimbus Sans")
    questions = parse_notes(pdf).questions
    assert [q.title for q in questions] == ["What is a pod?", "What is a node?"]
    assert questions[0].answer_markdown == (
        "The smallest unit that runs:\n\n"
        f"- {_POD_ITEMS}\n"
        "  - they share an IP address\n"
        "  - and the same ports\n"
        "- the unit the scheduler places"
    )


def _numbered_headings(count: int) -> str:
    return "".join(
        f"<h2>What does lock {n} guard?</h2><p>Table {n}, while a transaction writes it.</p>"
        for n in range(1, count + 1)
    )


def _question_lines(count: int) -> str:
    return "".join(
        f"<p><b>Question {n}</b></p><p>Why would query {n} scan the whole table?</p>"
        for n in range(1, count + 1)
    )


@pytest.mark.parametrize("notes", [_numbered_headings, _question_lines])
def test_questions_opening_pages_are_not_taken_for_page_headers(qapp, tmp_path, notes):
    """Lines alike but for their numbers at the top of each page are questions, not a
    running header: the header and footer repeat digit for digit or are set smaller."""
    pdf = write_pdf(tmp_path / "locks.pdf", notes(60), header="Database interview guide")
    pages = _page_texts(pdf)
    assert len(pages) >= 3
    parsed = parse_notes(pdf)
    assert len(parsed.questions) == 60
    shown = " ".join(q.title + " " + q.answer_markdown for q in parsed.questions)
    assert "Database interview guide" not in shown and "Page " not in shown


_RETRY = (
    "Retrying is only safe when the server treats a second copy as the first, which is"
    " why the **idempotency key sent with every request that changes state on the server"
    " side** matters so much in payment systems."
)


def test_bold_words_wrapped_inside_a_paragraph_stay_in_it(qapp, tmp_path):
    html = (
        "<h2>What makes a retry safe?</h2><p>"
        + re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", _RETRY)
        + "</p>"
    )
    pdf = write_pdf(tmp_path / "retry.pdf", html)
    lines = PdfReader(pdf).pages[0].extract_text().replace("\t", " ").split("\n")
    assert any(line.startswith("idempotency key") for line in lines)  # a line all bold
    assert parse_notes(pdf).questions[0].answer_markdown == _RETRY


def test_a_bold_question_over_two_lines_then_its_answer_with_no_gap(qapp, tmp_path):
    asked = (
        "What is the difference between optimistic and pessimistic locking when many"
        " writers share one table?"
    )
    html = (
        f"<p><b>{asked}</b><br>Optimistic locking checks a version at commit and retries;"
        " pessimistic locking takes the lock before reading.</p>"
        "<p><b>What is MVCC?</b><br>Readers see a snapshot, so writers never block them.</p>"
    )
    pdf = write_pdf(tmp_path / "locking.pdf", html, font="Nimbus Roman", size=12)
    lines = PdfReader(pdf).pages[0].extract_text().replace("\t", " ").split("\n")
    assert not any(asked in line for line in lines)  # the question wraps
    questions = parse_notes(pdf).questions
    assert [q.title for q in questions] == [asked, "What is MVCC?"]
    assert questions[0].answer_markdown.startswith("Optimistic locking checks a version")
    assert questions[1].answer_markdown == "Readers see a snapshot, so writers never block them."


_INDEX = (
    "An index is a separate sorted structure, usually a B-tree, that maps the values of"
    " one or more columns to the rows that hold them, so a lookup walks a few pages"
    " instead of reading the whole table; it costs space and slows every insert and"
    " update, which is why an index that no query uses is pure cost."
)


def test_q_and_a_notes_from_another_kind_of_generator_read_too(tmp_path):
    """Standard fonts named, not embedded (Helvetica, Courier), words placed apart by
    offsets with no space between them, on Letter pages."""
    levels = [
        block
        for n in range(16)
        for block in (
            ("bold", f"Q: What does isolation level {n} allow?"),
            ("p", f"A: What level {n} lets a reader see, and nothing more."),
        )
    ]
    blocks = [
        ("h1", "SQL"),
        ("bold", "Q: What is an index?"),
        ("p", f"A: {_INDEX} {_INDEX}"),
        ("bold", "Q: How do you find a slow query?"),
        ("p", "A: Ask the planner:"),
        ("code", "EXPLAIN ANALYZE\nSELECT *\n  FROM orders\n WHERE id = 7;"),
        ("h1", "Transactions"),
        *levels,
    ]
    pdf = write_plain_pdf(tmp_path / "sql.pdf", blocks, header="SQL interview guide")
    assert len(PdfReader(pdf).pages) >= 2
    questions = parse_notes(pdf).questions
    assert [(q.title, q.topic_path) for q in questions[:3]] == [
        ("What is an index?", ("SQL",)),
        ("How do you find a slow query?", ("SQL",)),
        ("What does isolation level 0 allow?", ("Transactions",)),
    ]
    assert len(questions) == 18
    assert questions[0].answer_markdown == f"{_INDEX} {_INDEX}"
    assert questions[1].answer_markdown == (
        "Ask the planner:\n\n```\nEXPLAIN ANALYZE\nSELECT *\n  FROM orders\n WHERE id = 7;\n```"
    )
    assert questions[-1].answer_markdown == "What level 15 lets a reader see, and nothing more."
    shown = " ".join(q.answer_markdown for q in questions)
    assert "SQL interview guide" not in shown and "- 2 -" not in shown


_CACHE = (
    "class Cache:\n"
    "    def __init__(self):\n"
    "        self.items = {}\n"
    "\n"
    "    def get(self, key):\n"
    "        return self.items.get(key)\n"
    "\n"
    "    def put(self, key, value):\n"
    "        self.items[key] = value"
)


def test_a_code_block_broken_by_a_page_break_is_one_block(qapp, tmp_path):
    for filler in range(8, 30):  # the first layout whose page break is in the code
        points = "".join(f"<p>Point {n}: a closure keeps its cells.</p>" for n in range(filler))
        html = (
            f"<h2>What is a closure?</h2>{points}"
            f"<h2>How would you write a cache?</h2><p>As a class:</p>{code(_CACHE)}"
            "<p>That is all it takes.</p>"
        )
        pdf = write_pdf(tmp_path / "cache.pdf", html, header="Python notes")
        pages = _page_texts(pdf)
        if len(pages) == 2 and "class Cache:" in pages[0] and "= value" in pages[1]:
            if "def get" not in pages[0]:
                continue
            break
    else:
        pytest.fail("no page break fell inside the code")
    cache = parse_notes(pdf).questions[-1]
    assert cache.title == "How would you write a cache?"
    assert cache.answer_markdown == f"As a class:\n\n```\n{_CACHE}\n```\n\nThat is all it takes."


@pytest.mark.parametrize(
    ("ending", "opening"),
    [
        (
            "The planner estimates the cost of every plan it can build from its statistics; it runs.",
            "Statistics go stale as rows change, so the planner can be wrong about a table.",
        ),
        (
            "A covering index holds every column the query reads, so the table is never read: fast!",
            "Indexes cost writes, though: each insert updates every index on the table.",
        ),
    ],
)
def test_a_paragraph_ending_at_a_full_line_at_a_page_foot_stays_apart(tmp_path, ending, opening):
    """With no gap to tell across a page break, a page that ends a sentence on a full
    line and a page that opens one with a capital are two paragraphs."""
    for filler in range(20, 50):
        blocks = [
            ("h2", "Why is a query slow?"),
            *[("p", f"Line {n} of the notes.") for n in range(filler)],
            ("p", ending),
            ("p", opening),
        ]
        pdf = write_plain_pdf(tmp_path / "slow.pdf", blocks)
        pages = _page_texts(pdf)
        if len(pages) == 2 and ending[-30:] in pages[0] and opening[:30] in pages[1]:
            break
    else:
        pytest.fail("no page break fell between the two paragraphs")
    answer = parse_notes(pdf).questions[0].answer_markdown
    assert answer.endswith(f"\n\n{ending}\n\n{opening}")


@pytest.mark.parametrize("opening", ["*args", "– a tuple –", "2. which"])
def test_a_wrapped_line_opening_like_a_list_item_stays_in_its_paragraph(tmp_path, opening):
    before = "A function that takes any number of positional arguments collects them in"
    after = "and keyword arguments go into a dict the same way, as the docs say."
    text = f"{before} {opening} {after}"
    blocks = [("h2", "What is *args?"), ("p", text)]
    pdf = write_plain_pdf(tmp_path / "args.pdf", blocks, columns=len(before))
    lines = PdfReader(pdf).pages[0].extract_text().split("\n")
    assert any(line.startswith(f"{opening} and") for line in lines)  # the wrap put it first
    answer = parse_notes(pdf).questions[0].answer_markdown
    assert answer == text.replace("*", "\\*")


def test_text_that_would_open_a_markdown_block_reads_as_the_text_it_is(tmp_path):
    blocks = [
        ("bold", "Q: What bounds a topic's consumers?"),
        ("p", "A: The number of partitions."),
        ("p", "# of partitions = the most consumers that read in parallel."),
        ("bold", "Q: When did Java ship?"),
        ("p", "A: In the middle of the nineties."),
        ("p", "1996. The year its first version came out."),
        ("p", "> 25 years ago, then."),
    ]
    questions = parse_notes(write_plain_pdf(tmp_path / "facts.pdf", blocks)).questions
    assert [q.title for q in questions] == [
        "What bounds a topic's consumers?",
        "When did Java ship?",
    ]
    partitions, java = (render_markdown(q.answer_markdown) for q in questions)
    assert "<h1" not in partitions and "# of partitions = the most" in partitions
    assert "<ol" not in java and "<blockquote" not in java
    assert "1996. The year" in java and "&gt; 25 years ago" in java


@pytest.mark.parametrize(
    "title",
    [
        "SQL questions",  # one line, the very text each page's header repeats
        "Top SQL interview questions and answers",  # wrapped over two lines
    ],
)
def test_the_title_over_the_first_page_names_the_deck(qapp, tmp_path, title):
    questions = "".join(
        f"<h2>What does lock {n} guard?</h2><p>Table {n}, while a transaction writes it.</p>"
        for n in range(40)
    )
    pdf = write_pdf(tmp_path / "guide.pdf", f"<h1>{title}</h1>{questions}", header=title)
    pages = _page_texts(pdf)
    assert len(pages) >= 3 and all(page.startswith(title) for page in pages)
    parsed = parse_notes(pdf)
    assert parsed.deck_name == title
    assert len(parsed.questions) == 40
    assert all(title not in q.answer_markdown for q in parsed.questions)


@pytest.mark.parametrize("rotate", [True, False], ids=["turned-back", "sideways"])
@pytest.mark.parametrize("quarter", [1, 3])
def test_a_page_whose_text_runs_turned_reads_upright(qapp, tmp_path, quarter, rotate):
    """A page printed to PDF in landscape draws its text turned and asks the viewer to
    turn the page back (/Rotate); a page scanned sideways and recognised does not."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    pdf = _heading_notes(tmp_path, 10)
    writer = PdfWriter(clone_from=PdfReader(pdf))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if quarter == 1:  # drawn a quarter turn anticlockwise
            turned = Transformation().rotate(90).translate(tx=height, ty=0)
        else:
            turned = Transformation().rotate(270).translate(tx=0, ty=width)
        page.add_transformation(turned)
        page.mediabox = RectangleObject((0, 0, height, width))
        if rotate:
            page.rotation = 90 * quarter
    turned_pdf = tmp_path / "turned.pdf"
    writer.write(turned_pdf)
    parsed = parse_notes(turned_pdf)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a decorator?", ("Python",)),
        ("How does Python look a name up?", ("Python",)),
        ("What is an index?", ("Databases",)),
    ]
    assert f"{_SCOPES} {_SCOPES} {_SCOPES}" in parsed.questions[1].answer_markdown
    assert "def timed(fn):\n    def inner(*args):" in parsed.questions[0].answer_markdown


def test_a_watermark_across_the_pages_is_left_out(qapp, tmp_path):
    pdf = _heading_notes(tmp_path, 10, watermark="DRAFT do not share")
    assert all("DRAFT" in page for page in _page_texts(pdf))
    parsed = parse_notes(pdf)
    assert len(parsed.questions) == 3
    assert all("DRAFT" not in q.title + q.answer_markdown for q in parsed.questions)
    assert f"{_SCOPES} {_SCOPES} {_SCOPES}" in parsed.questions[1].answer_markdown


def test_bold_questions_with_code_in_them_stay_whole(qapp, tmp_path):
    html = (
        "<h1>Python</h1>"
        f"<p><b>What does {mono('**kwargs')} collect?</b></p>"
        "<p>The keyword arguments no parameter took, as a dict.</p>"
        f"<p><b>When is {mono('__init__')} called, and by whom?</b></p>"
        f"<p>After {mono('__new__')} made the object.</p>"
    )
    pdf = write_pdf(tmp_path / "dunder.pdf", html)
    questions = parse_notes(pdf).questions
    assert [q.title for q in questions] == [  # (a title is plain text, as from Markdown)
        "What does **kwargs collect?",
        "When is __init__ called, and by whom?",
    ]
    assert questions[0].answer_markdown == "The keyword arguments no parameter took, as a dict."
    assert questions[1].answer_markdown == "After `__new__` made the object."


_BORDERED = (
    '<table border="1" cellpadding="4"><tr><th>Property</th><th>TCP</th><th>UDP</th></tr>'
    "<tr><td>Ordering</td><td>kept</td><td>none</td></tr>"
    "<tr><td>Delivery</td><td>acknowledged and retried</td><td>best effort</td></tr></table>"
)
_PLAIN = (
    '<table cellpadding="2"><tr><td>Term</td><td>Meaning</td></tr>'
    "<tr><td>RTT</td><td>round-trip time</td></tr>"
    "<tr><td>MSS</td><td>largest segment</td></tr></table>"
)


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        (
            _BORDERED,
            [
                "| Property | TCP | UDP |",
                "| --- | --- | --- |",
                "| Ordering | kept | none |",
                "| Delivery | acknowledged and retried | best effort |",
            ],
        ),
        (
            _PLAIN,
            [
                "| Term | Meaning |",
                "| --- | --- |",
                "| RTT | round-trip time |",
                "| MSS | largest segment |",
            ],
        ),
    ],
    ids=["bordered", "plain"],
)
def test_a_table_in_an_answer_reads_as_a_table(qapp, tmp_path, table, rows):
    html = (
        "<h2>How do TCP and UDP differ?</h2><p>In what they promise:</p>"
        f"{table}<p>Pick by what the data can lose.</p>"
        "<h2>What is DNS?</h2><p>Names to addresses.</p>"
    )
    questions = parse_notes(write_pdf(tmp_path / "net.pdf", html)).questions
    assert [q.title for q in questions] == ["How do TCP and UDP differ?", "What is DNS?"]
    table_md = "\n".join(rows)
    assert questions[0].answer_markdown == (
        f"In what they promise:\n\n{table_md}\n\nPick by what the data can lose."
    )
    assert "<table" in render_markdown(questions[0].answer_markdown)


def _line(x: float, y: float, end: float, *runs: tuple[str, bool]) -> object:
    from studyapp.core.parse.pdf import Line, Span

    spans, at = [], x
    for text, bold in runs:
        width = (end - x) * len(text) / sum(len(t) for t, _ in runs)
        spans.append(Span(text, at, at + width, y, 10.0, bold, False))
        at += width
    return Line(0, spans)


@pytest.mark.parametrize(
    ("marker", "next_marker"), [("3. ", "4. "), ("- ", "- ")], ids=["numbered", "dashes"]
)
def test_an_item_set_out_from_the_answer_above_after_a_full_line_is_the_next_item(
    marker, next_marker
):
    """Item 3's answer, set in at the item's text, ended on a full line; item 4's
    marker stands out at the list's edge, a line's spacing below: it was read as the
    answer's words ("… expensive. 4. **Explain the ROC curve…**") and a question
    was lost. (The lines as a PDF of Qt's gives them, on one page.)"""
    from studyapp.core.parse.pdf_layout import to_markdown

    right = 525.0
    lines = [
        _line(84, 521, 300, (marker, False), ("What is the F1 score?", True)),
        _line(
            96,
            504.5,
            right - 1,
            ("F1 is the harmonic mean of precision and recall; F-beta weighs", False),
        ),
        _line(
            96,
            492.5,
            right,
            ("recall beta times as much, as for fraud screening where misses cost.", False),
        ),
        _line(84, 476, 274, (next_marker, False), ("Explain the ROC curve and AUC.", True)),
        _line(
            96, 459.5, 400, ("The ROC curve plots TPR against FPR as the threshold moves.", False)
        ),
    ]
    markdown = to_markdown([lines])
    assert "cost.\n" in markdown and "cost. " not in markdown, markdown
    assert "**Explain the ROC curve and AUC.**" in markdown.split("cost.", 1)[1]


_LOOP = "for item in range(3):\n    total += item\nprint(total)"


@pytest.mark.parametrize("made", ["printed", "written"])
def test_code_in_a_monospace_font_of_any_name_reads_as_code(qapp, tmp_path, made):
    """A monospace font is known by its name ("Courier", "Menlo", "… Mono") or its
    flags; "NimbusMonoPS-Regular" (Linux's Courier, as Qt embeds it, flags unset)
    and a generator's own typewriter face ("LetterGothic") matched neither, and the
    code read as prose: its indent lost, "*" and "_" escaped. Its letters all one
    width tell it now."""
    answer = [("h2", "How do you sum a list?"), ("p", "Loop over it:"), ("code", _LOOP)]
    if made == "printed":
        html = (
            "<h2>How do you sum a list?</h2><p>Loop over it:</p>"
            f"<pre style=\"font-family: 'Nimbus Mono PS'\">{_LOOP}</pre>"
        )
        pdf = write_pdf(tmp_path / "sum.pdf", html)
    else:
        pdf = write_plain_pdf(tmp_path / "sum.pdf", answer, code_font="LetterGothic")
    question = parse_notes(pdf).questions[0]
    assert question.answer_markdown == f"Loop over it:\n\n```\n{_LOOP}\n```"

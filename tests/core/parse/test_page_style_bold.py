"""A saved page whose questions are bold by its stylesheet, not by a tag: Google Docs'
"Web page (.html)" (``.c2{font-weight:700}`` on a ``<span>``, the page on one line),
Word's "Save as Web Page" (a paragraph style of its own, ``style='font-weight:bold'``)
and LibreOffice's export (a ``<p>`` a line, ``<span style="font-weight: bold">``).
Their bold questions read as bold questions, and a region skipped on a page of one
line is told by the start of its text, not by "line 1" alone."""

from __future__ import annotations

from studyapp.core.importer import skipped_place
from studyapp.core.parse import parse_file, parse_text
from tests.helpers.word import paragraph, write_docx

_DOCS_STYLE = (
    '<style type="text/css">ol{margin:0;padding:0}'
    '.c0{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial";font-style:normal}'
    ".c3{padding-top:0pt;line-height:1.15;text-align:left}"
    '.c4{color:#000000;font-weight:700;font-size:11pt;font-family:"Arial"}'
    ".c6{font-style:italic;font-weight:400}"
    '.title{padding-top:0pt;font-size:26pt;font-family:"Arial"}</style>'
)


def _docs_page(*blocks: str) -> str:
    """A page as Google Docs writes it: its head and every block on one line."""
    return (
        f'<html><head><meta content="text/html; charset=UTF-8">{_DOCS_STYLE}</head>'
        f'<body class="c8 doc-content">{"".join(blocks)}</body></html>'
    )


def _p(text: str, cls: str = "c0") -> str:
    return f'<p class="c3"><span class="{cls}">{text}</span></p>'


def test_a_docs_page_whose_questions_are_bold_by_a_class_reads_them_all():
    page = _docs_page(
        '<p class="c3 title"><span class="c0">Operating systems</span></p>',
        _p("What is a process?", "c4"),
        _p("A running program with its own address space."),
        _p("How does a thread differ from a process?", "c4"),
        _p("Threads share their process's memory; each has its own stack."),
        '<p class="c3"><span class="c4">Explain virtual memory.</span></p>',
        '<p class="c3"><span class="c0">Each process sees its own </span>'
        '<span class="c6">address space</span><span class="c0">, mapped to frames.</span></p>',
        _p("What is a deadlock?", "c4"),
        _p("Processes each waiting on a resource another holds."),
    )
    parsed = parse_text(page, suffix=".html")
    assert parsed.unit == "bold"
    assert [q.title for q in parsed.questions] == [
        "What is a process?",
        "How does a thread differ from a process?",
        "Explain virtual memory.",
        "What is a deadlock?",
    ]
    memory = parsed.questions[2].answer_markdown
    assert "*address space*" in memory and "**" not in memory  # weight 400: not bold
    # the title is skipped on line 1 (the whole page is one line): told by its text
    (title,) = parsed.skipped
    assert skipped_place(title) == 'line 1 ("Operating systems")'


def test_a_word_web_page_bold_by_its_style_or_by_a_style_attribute(tmp_path):
    """Word's "Save as Web Page": a paragraph style of the document's own, bold in the
    stylesheet ("p.Asked, li.Asked {font-weight:bold}"); a run and a paragraph bold by
    their style attribute; Word's single-quoted and unquoted attributes."""
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        "<style>\n<!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        "p.Asked, li.Asked\n\t{margin-top:12.0pt;font-weight:bold;}\n-->\n</style>\n"
        "</head>\n<body lang=EN-US>\n<div class=WordSection1>\n\n"
        "<p class=MsoNormal>My networking notes, spring.</p>\n\n"
        "<p class=Asked>What happens when you type a URL into a browser?</p>\n\n"
        "<p class=MsoNormal>DNS, TCP and TLS handshakes, the request, rendering.</p>\n\n"
        "<p class=MsoNormal><span style='font-weight:bold;mso-bidi-font-weight:normal'>"
        "How does TCP differ from UDP?</span></p>\n\n"
        "<p class=MsoNormal>A reliable ordered stream against datagrams.</p>\n\n"
        "<p class=MsoNormal style='font-weight:bold'>What is a CDN for?</p>\n\n"
        "<p class=MsoNormal>Content served near the user, "
        "<span style='font-style:italic'>cached</span> at the edge.</p>\n\n"
        "</div>\n</body>\n</html>\n"
    )
    path = tmp_path / "Networking.htm"
    path.write_text(page, encoding="utf-8")
    parsed = parse_file(path)
    assert [q.title for q in parsed.questions] == [
        "What happens when you type a URL into a browser?",
        "How does TCP differ from UDP?",
        "What is a CDN for?",
    ]
    assert (
        parsed.questions[2].answer_markdown == "Content served near the user, *cached* at the edge."
    )


def test_a_libreoffice_page_of_a_paragraph_a_line_parts_its_paragraphs():
    """LibreOffice writes a ``<p>`` a line with no blank line between: each its own
    paragraph, as the page shows it (read as one, the bold question ran into the text
    above it and into its answer)."""
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<style type="text/css">'
        'p { line-height: 115%; margin-bottom: 0.25cm }</style>\n</head>\n<body lang="en-GB">\n'
        '<p style="margin-bottom: 0cm">Prepared for the data team interview.</p>\n'
        '<p style="margin-bottom: 0cm"><span style="font-weight: bold">'
        "What is overfitting?</span></p>\n"
        '<p style="margin-bottom: 0cm">Fitting the noise of the training set.</p>\n'
        '<p style="margin-bottom: 0cm; font-weight: 600">How do you detect it?</p>\n'
        '<p style="margin-bottom: 0cm">Training error falls while validation error rises.</p>\n'
        "</body>\n</html>\n"
    )
    parsed = parse_text(page, suffix=".html")
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        ("What is overfitting?", "Fitting the noise of the training set."),
        ("How do you detect it?", "Training error falls while validation error rises."),
    ]
    # each at its line of the file, the line above them an intro
    assert [q.source_line for q in parsed.questions] == [8, 10]
    assert [(r.start_line, r.reason) for r in parsed.skipped if r.start_line > 6] == [(7, "intro")]


def test_a_word_documents_skipped_lines_are_told_by_their_text(tmp_path):
    """A .docx is read as text whose lines no editor shows: its skipped lines are told
    by the start of their text too, as a page's of one line are."""
    path = write_docx(
        tmp_path / "prep.docx",
        paragraph(None, "These are my notes from three interview loops in 2025, kept tidy."),
        paragraph(None, ("What is a hash map?", True)),
        paragraph(None, "Buckets by hash; O(1) on average."),
        paragraph(None, ("What is a heap?", True)),
        paragraph(None, "A tree whose parent orders before its children."),
    )
    parsed = parse_file(path)
    assert [q.title for q in parsed.questions] == ["What is a hash map?", "What is a heap?"]
    (intro,) = parsed.skipped
    assert skipped_place(intro).endswith('("These are my notes from three interview…")')


def test_questions_below_code_on_a_page_of_one_line_are_on_its_line():
    """A page of one line (and its last newline): its code made a block of several
    lines, and the questions below it were put on line 2, a line the file has not."""
    page = _docs_page(
        _p("What does HAVING do?", "c4"),
        '<p class="c3"><span class="c5">SELECT dept FROM emp GROUP BY dept;</span></p>',
        _p("What is a window function?", "c4"),
        _p("A function over rows related to the current one."),
    ).replace('<style type="text/css">', '<style type="text/css">.c5{font-family:"Courier New"}')
    parsed = parse_text(page + "\n", suffix=".html")
    assert [(q.title, q.source_line) for q in parsed.questions] == [
        ("What does HAVING do?", 1),
        ("What is a window function?", 1),
    ]

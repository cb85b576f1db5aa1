"""A web page laid out in a table (an old site's pages, a page exported so): its whole
text, headings and paragraphs, inside ``<table><tr><td>``, a menu in a cell beside it.
The table's ``<table>``/``<tr>``/``<td>`` lines opened one HTML block that swallowed
every heading: the page gave no questions. A table holding headings is the page's
layout: its cells read in order as the page's text, each heading a question; a table of
figures inside one of its cells stays a table, in its question's answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

# (an old site's page: upper-case tags, a banner row, a menu cell, a row of its own
# for each section, the section's heading and paragraphs on one line)
PAGE = """\
<HTML>
<HEAD><TITLE>Operating systems - my notes</TITLE></HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="4">
<TR><TD COLSPAN="2"><FONT SIZE="+2">My study notes</FONT></TD></TR>
<TR>
<TD WIDTH="140" VALIGN="TOP"><A HREF="index.htm">Home</A><BR><A HREF="os.htm">Operating systems</A></TD>
<TD VALIGN="TOP">
<H2>What is a page fault?</H2><P>An access to a page not in memory; the kernel loads it from disk.</P>
<H2>What does the scheduler do?</H2><P>It picks which ready thread runs next on each CPU.</P><P>Round robin gives each one a time slice.</P>
<H2>How do the page sizes compare?</H2>
<TABLE BORDER="1">
<TR><TH>Architecture</TH><TH>Page size</TH></TR>
<TR><TD>x86-64</TD><TD>4 KiB</TD></TR>
<TR><TD>ARM64</TD><TD>4, 16 or 64 KiB</TD></TR>
</TABLE>
<H2>What is thrashing?</H2><P>The system spends its time paging instead of working.</P>
</TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""


def test_a_page_laid_out_in_a_table_gives_its_headings_as_questions():
    doc = parse_text(PAGE, name="os", suffix=".htm")
    assert [q.title for q in doc.questions] == [
        "What is a page fault?",
        "What does the scheduler do?",
        "How do the page sizes compare?",
        "What is thrashing?",
    ]
    answers = [q.answer_markdown for q in doc.questions]
    assert answers[0] == "An access to a page not in memory; the kernel loads it from disk."
    assert answers[1] == (
        "It picks which ready thread runs next on each CPU.\n\n"
        "Round robin gives each one a time slice."
    )
    assert answers[3] == "The system spends its time paging instead of working."


def test_a_table_of_figures_in_the_layouts_cell_stays_a_table():
    doc = parse_text(PAGE, name="os", suffix=".htm")
    compared = doc.questions[2].answer_markdown
    assert "<table" in compared.lower() and "4, 16 or 64 KiB" in compared
    assert "What is thrashing?" not in compared


def test_a_table_of_questions_without_headings_is_still_read_as_rows():
    # a question-and-answer table (no heading in it) under the page's heading: a table
    page = (
        "<html><body>\n<h1>Networking</h1>\n<table>\n"
        "<tr><th>Question</th><th>Answer</th></tr>\n"
        "<tr><td>What is a socket?</td><td>An address and a port.</td></tr>\n"
        "<tr><td>What is TCP?</td><td>A reliable byte stream.</td></tr>\n"
        "</table>\n</body></html>\n"
    )
    doc = parse_text(page, name="net", suffix=".html")
    assert [q.title for q in doc.questions] == ["What is a socket?", "What is TCP?"]

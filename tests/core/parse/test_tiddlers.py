"""A TiddlyWiki tiddler saved as a file: fields over a blank line, then text in
TiddlyWiki's markup ("!!" headings, "#" numbered items, ''bold'', {{{ code }}}).
Its headings that ask are the questions; the fields are not text; the title names
the deck."""

from __future__ import annotations

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_text


def test_a_tid_files_heading_questions_with_their_markup_read_as_markdown():
    notes = (
        "created: 20240220120000000\n"
        "tags: [[Interview prep]] SQL\n"
        "title: SQL window functions\n"
        "type: text/vnd.tiddlywiki\n\n"
        "!! RANK() vs DENSE_RANK()?\n"
        "# RANK leaves gaps after ties\n# DENSE_RANK does not\n\n"
        "!! How do you compute a running total?\n"
        "''SUM() OVER'' with an ORDER BY:\n"
        "{{{\nSELECT SUM(amount) OVER (ORDER BY day) FROM sales;\n}}}\n"
    )
    doc = parse_text(notes, suffix=".tid")
    assert doc.deck_name == "SQL window functions"
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("RANK() vs DENSE_RANK()?", "1. RANK leaves gaps after ties\n1. DENSE_RANK does not"),
        (
            "How do you compute a running total?",
            "**SUM() OVER** with an ORDER BY:\n"
            "```\nSELECT SUM(amount) OVER (ORDER BY day) FROM sales;\n```",
        ),
    ]


def test_a_tiddler_saved_as_text_is_known_by_its_type_field():
    notes = (
        "title: Go interview questions\ntype: text/vnd.tiddlywiki\n\n"
        "! Go interview questions\n\n"
        "!! What is a goroutine?\nA lightweight thread managed by the Go runtime.\n\n"
        "!! What does defer do?\nRuns a call when the surrounding function returns.\n"
    )
    doc = parse_text(notes, suffix=".txt")
    assert [q.title for q in doc.questions] == ["What is a goroutine?", "What does defer do?"]
    assert ".tid" in OFFERED_SUFFIXES

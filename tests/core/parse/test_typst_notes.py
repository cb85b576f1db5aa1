"""Notes written in Typst (.typ): "=" headings, "+" numbered items, *strong* words and
"#set"/"#import"/"#let" set-up lines. Read as the Markdown they mean: the headings
that ask are questions without their marks, the others their topics."""

from __future__ import annotations

from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_text


def test_typst_headings_numbered_items_and_set_up_lines():
    notes = (
        '#import "@preview/cheq:0.1.0": checklist\n'
        '#set text(font: "Inter")\n\n'
        "= OS revision\n\n"
        "== Memory\n\n"
        "=== What are the steps of handling a page fault?\n"
        "+ Trap to the kernel\n+ Read the page from disk\n+ Restart the instruction\n\n"
        "=== What is *thrashing*?\n"
        "More time paging than running.\n\n"
        "== Scheduling\n\n"
        "=== What does a round-robin scheduler do?\n"
        "Gives each process a time slice in turn.\n"
    )
    doc = parse_text(notes, suffix=".typ")
    assert doc.deck_name == "OS revision"
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Memory",),
            "What are the steps of handling a page fault?",
            "1. Trap to the kernel\n1. Read the page from disk\n1. Restart the instruction",
        ),
        (("Memory",), "What is thrashing?", "More time paging than running."),
        (
            ("Scheduling",),
            "What does a round-robin scheduler do?",
            "Gives each process a time slice in turn.",
        ),
    ]
    assert ".typ" in OFFERED_SUFFIXES

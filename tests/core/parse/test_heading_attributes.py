"""Markdown written for pandoc, kramdown or Hugo gives a heading attributes after its
text: "## What is ARP? {#arp}", "{#nat .important}", "{.unnumbered}", "{-}". They name
the heading for links and styles; neither the question nor its topic says them."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_attributes_after_headings_are_no_part_of_questions_or_topics():
    notes = (
        "# OS interview notes {#top}\n\n"
        "## Memory {.unnumbered}\n\n"
        "### What is virtual memory? {#virtual-memory}\n\nPer-process address spaces.\n\n"
        "### What is a page fault? {#page-fault .exam}\n\nAn access to a page not in memory.\n\n"
        "## Scheduling {-}\n\n"
        '### What is a context switch? {#ctx data-level="2"}\n\nSwapping task state.\n'
    )
    doc = parse_text(notes)
    assert doc.deck_name == "OS interview notes"
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Memory",), "What is virtual memory?"),
        (("Memory",), "What is a page fault?"),
        (("Scheduling",), "What is a context switch?"),
    ]


def test_braces_that_are_the_question_stay():
    notes = (
        "## What does `{#each}` do in Svelte?\n\nLoops over a list.\n\n"
        "## What is {x | x > 0}?\n\nThe positive numbers.\n"
    )
    assert [q.title for q in parse_text(notes).questions] == [
        "What does {#each} do in Svelte?",
        "What is {x | x > 0}?",
    ]

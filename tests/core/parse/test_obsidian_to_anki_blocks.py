"""Cards written for the Obsidian_to_Anki plugin: START, the note type, the front (its
"Front:" label optional), "Back: …", "Tags: …", the plugin's ID once synced, END.
Each block is a question with its answer; the plugin's own lines are no part of it."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _cards(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(q.title, q.answer_markdown, q.tags) for q in parse_text(text).questions]


def test_basic_blocks_with_an_unlabelled_front_and_tags():
    notes = (
        "# Networking cards\n\nTARGET DECK: Interview::Networking\n\n"
        "START\nBasic\nWhat is the difference between TCP and UDP?\n"
        "Back: TCP is reliable and ordered; UDP is best-effort.\n"
        "Tags: networking transport\nEND\n\n"
        "START\nBasic\nWhat does DNS resolve?\nBack: Names to IP addresses.\nEND\n"
    )
    assert _cards(notes) == [
        (
            "What is the difference between TCP and UDP?",
            "TCP is reliable and ordered; UDP is best-effort.",
            ("networking", "transport"),
        ),
        ("What does DNS resolve?", "Names to IP addresses.", ()),
    ]


def test_synced_blocks_with_labelled_fronts_and_multi_line_backs():
    notes = (
        "START\nBasic (and reversed card)\nFront: What does the GIL protect?\n"
        "Back: CPython's reference counts.\nOnly one thread runs bytecode at a time.\n"
        "<!--ID: 1614893289016-->\nEND\n\n"
        "START\nBasic\nFront: What is a generator?\nBack: A function that yields lazily.\n"
        "<!--ID: 1614893289017-->\nEND\n"
    )
    assert _cards(notes) == [
        (
            "What does the GIL protect?",
            "CPython's reference counts.\nOnly one thread runs bytecode at a time.",
            (),
        ),
        ("What is a generator?", "A function that yields lazily.", ()),
    ]

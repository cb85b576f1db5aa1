"""A file that mixes two shapes: questions written as headings, each over its answer,
and then a run of marked cards (``Q:``/``A:`` pairs, ``front :: back`` lines). Both
are questions; before, the headings and their answers were skipped as an intro."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_headings_that_ask_above_q_and_a_pairs_are_questions_too():
    notes = (
        "# Python review\n\n"
        "## What is a generator?\n\nA function that yields values lazily.\n\n"
        "## What is the GIL?\n\nA lock that lets one thread run bytecode at a time.\n\n"
        "## Quick cards\n\n"
        "Q: What does enumerate return?\nA: Pairs of index and item.\n\n"
        "Q: What is a list comprehension?\nA: A compact way to build a list.\n\n"
        "Q: What does *args collect?\nA: Extra positional arguments as a tuple.\n"
    )
    assert pairs(notes) == [
        ("What is a generator?", "A function that yields values lazily."),
        ("What is the GIL?", "A lock that lets one thread run bytecode at a time."),
        ("What does enumerate return?", "Pairs of index and item."),
        ("What is a list comprehension?", "A compact way to build a list."),
        ("What does *args collect?", "Extra positional arguments as a tuple."),
    ]


def test_headings_that_ask_after_cards_are_questions_too():
    notes = (
        "# Wine\n\n"
        "Terroir :: the soil, climate and place a wine comes from\n"
        "Tannin :: the drying, bitter compound from skins and seeds\n"
        "Malolactic fermentation :: a second fermentation that softens acidity\n\n"
        "### Why is Champagne aged on its lees?\n\n"
        "Contact with the dead yeast gives bready flavours and a finer mousse.\n\n"
        "### How does oak change a wine?\n\n"
        "It adds vanilla and spice, and lets a little oxygen in.\n"
    )
    assert pairs(notes) == [
        ("Terroir", "the soil, climate and place a wine comes from"),
        ("Tannin", "the drying, bitter compound from skins and seeds"),
        ("Malolactic fermentation", "a second fermentation that softens acidity"),
        (
            "Why is Champagne aged on its lees?",
            "Contact with the dead yeast gives bready flavours and a finer mousse.",
        ),
        ("How does oak change a wine?", "It adds vanilla and spice, and lets a little oxygen in."),
    ]


def test_a_heading_that_asks_over_the_cards_names_them_and_prose_headings_stay_out():
    notes = (
        "# Networking\n\n"
        "## Why keep these cards?\n\nFor the phone screen next week.\n\n"
        "## What should I know about DNS?\n\n"
        "Q: What is an A record?\nA: A name mapped to an IPv4 address.\n\n"
        "Q: What is a CNAME?\nA: An alias for another name.\n\n"
        "Q: What is a TTL?\nA: How long a resolver may cache the answer.\n"
    )
    assert [t for t, _ in pairs(notes)] == [
        "What is an A record?",
        "What is a CNAME?",
        "What is a TTL?",
    ]


def test_a_notes_properties_above_its_heading_questions_are_no_cards():
    notes = (
        "source:: Designing Data-Intensive Applications\n"
        "type:: book-notes\nstatus:: reading\n\n"
        "## What is a log-structured storage engine?\n\nOne that only appends to files.\n\n"
        "## What is a B-tree page?\n\nA fixed-size block of keys.\n"
    )
    assert [t for t, _ in pairs(notes)] == [
        "What is a log-structured storage engine?",
        "What is a B-tree page?",
    ]

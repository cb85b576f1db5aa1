"""Where an answer ends, and what after it belongs to the notes instead."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs, skipped


def topics(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(q.title, q.topic_path) for q in parse_text(text).questions]


# --- 1. an empty heading of the questions' level, between them ----------------------

STORAGE = (
    "## What is a B-tree?\n\nA balanced tree.\n\n## Storage\n\n"
    "## What is an LSM tree?\n\nLog-structured merge.\n"
)


def test_an_empty_heading_between_questions_does_not_end_the_answer_above():
    assert pairs(STORAGE) == [
        ("What is a B-tree?", "A balanced tree."),
        ("What is an LSM tree?", "Log-structured merge."),
    ]
    assert (5, 5, "section heading") in skipped(STORAGE)


def test_an_empty_heading_between_questions_names_the_questions_after_it():
    assert topics(STORAGE) == [
        ("What is a B-tree?", ()),
        ("What is an LSM tree?", ("Storage",)),
    ]


def test_several_empty_headings_each_name_their_own_questions():
    text = (
        "# Networking notes\n\n## Transport\n\n## What does TCP guarantee?\n\n"
        "Ordered, reliable bytes.\n\n## Why use UDP?\n\nLow latency.\n\n## Naming\n\n"
        "## How does DNS resolve a name?\n\nRecursively, from the root.\n\n"
        "## What is a TTL?\n\nSeconds to cache an answer.\n"
    )
    assert topics(text) == [
        ("What does TCP guarantee?", ("Transport",)),
        ("Why use UDP?", ("Transport",)),
        ("How does DNS resolve a name?", ("Naming",)),
        ("What is a TTL?", ("Naming",)),
    ]
    assert pairs(text)[1] == ("Why use UDP?", "Low latency.")


def test_a_question_heading_with_no_answer_is_still_a_question():
    text = (
        "## What is a B-tree?\n\nA balanced tree.\n\n## What is an LSM tree?\n\n"
        "## What is a WAL?\n\nA log written before the data.\n"
    )
    assert pairs(text) == [
        ("What is a B-tree?", "A balanced tree."),
        ("What is an LSM tree?", ""),
        ("What is a WAL?", "A log written before the data."),
    ]
    assert [t for _, t in topics(text)] == [(), (), ()]


# --- 2. a bold label over the notes' sources, after the last bold question ----------

BOLD = "**What is a B-tree?**\n\nA balanced tree.\n\n**What is a trie?**\n\nA prefix tree.\n\n"


def test_a_bold_resources_list_after_the_last_bold_question_is_not_its_answer():
    text = (
        BOLD + "**What is an LSM tree?**\n\nLog-structured merge.\n\n**Resources**\n\n"
        "- https://example.com/btree\n- [DDIA](https://dataintensive.net)\n"
    )
    assert pairs(text)[-1] == ("What is an LSM tree?", "Log-structured merge.")
    assert (13, 16, "footer") in skipped(text)


def test_a_bold_further_reading_list_of_works_cited_is_not_the_last_answer():
    text = (
        "**Why shard a database?**\n\nTo spread writes over machines.\n\n"
        "**What is consistent hashing?**\n\nA ring that moves few keys when nodes change.\n\n"
        "**What is a hot partition?**\n\nOne shard taking most of the load.\n\n"
        "**Further reading:**\n"
        "- Kleppmann, *Designing Data-Intensive Applications* (2017)\n"
        "- Karger et al., 1997\n"
    )
    assert pairs(text)[-1] == ("What is a hot partition?", "One shard taking most of the load.")


def test_a_bold_resources_label_inside_an_answer_stays_there():
    middle = (
        "**What is a B-tree?**\n\nA balanced tree.\n\n**Resources:**\n\n"
        "- https://example.com/btree\n\nUse it where reads hit the disk.\n\n"
        "**What is a trie?**\n\nA prefix tree.\n\n**What is an LSM tree?**\n\nLog-structured merge.\n"
    )
    assert pairs(middle)[0] == (
        "What is a B-tree?",
        "A balanced tree.\n\n**Resources:**\n\n- https://example.com/btree\n\n"
        "Use it where reads hit the disk.",
    )
    last = BOLD + (
        "**What is an LSM tree?**\n\nLog-structured merge.\n\n**Resources:**\n\n"
        "- https://example.com/lsm\n\nCompaction merges runs in the background.\n"
    )
    assert pairs(last)[-1][1].endswith("Compaction merges runs in the background.")


def test_a_bold_links_label_over_notes_that_are_not_links_stays_in_the_answer():
    text = BOLD + (
        "**What is an LSM tree?**\n\nLog-structured merge.\n\n**Links**\n\n"
        "- memtable to sorted runs\n- runs merged by compaction\n"
    )
    assert pairs(text)[-1][1].endswith("- runs merged by compaction")


# --- 3. a term and its definition with no space after the colon ---------------------


def test_terms_glued_to_their_definitions_make_cards_as_spaced_ones_do():
    glued = "HTTP:Hypertext transfer protocol\nDNS:Domain name system\nTCP:Transmission control\n"
    assert pairs(glued) == pairs(glued.replace(":", ": "))
    assert pairs(glued)[1] == ("DNS", "Domain name system")


def test_a_glossary_of_lower_case_definitions_glued_to_their_terms():
    text = (
        "Mitosis:one cell splits into two identical cells\n"
        "Meiosis:division that halves the chromosomes\n"
        "Osmosis:water moving across a membrane\n"
    )
    assert pairs(text) == [
        ("Mitosis", "one cell splits into two identical cells"),
        ("Meiosis", "division that halves the chromosomes"),
        ("Osmosis", "water moving across a membrane"),
    ]


def test_key_value_pairs_and_code_with_colons_are_no_cards():
    assert pairs("env:prod\ntier:backend\nregion:eu\nowner:platform\n") == []
    assert pairs("std::vector grows\nstd::map sorts keys\nstd::set holds each once\n") == []
    assert pairs("host:8080 serves it\nhost:8081 backs it up\nhost:9090 shows metrics\n") == []

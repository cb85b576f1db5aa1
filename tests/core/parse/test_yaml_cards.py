"""YAML cards read with YAML's own meaning: a folded scalar (``>``) folds its lines into
spaces and keeps a blank line as a paragraph break; a literal one (``|``) keeps them."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from studyapp.core.parse.yaml_cards import to_markdown


def _cards(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=".yaml").questions]


def test_a_folded_answer_reads_as_yaml_folds_it():
    notes = (
        "- question: What is a Pod?\n"
        "  answer: >\n"
        "    The smallest deployable unit,\n"
        "    one or more containers.\n"
        "\n"
        "    Scheduled together\n"
        "    on one node.\n"
        "- question: What is a Service?\n"
        "  answer: |\n"
        "    A stable address\n"
        "    in front of Pods.\n"
    )
    assert _cards(notes) == [
        (
            "What is a Pod?",
            "The smallest deployable unit, one or more containers.\n\n"
            "Scheduled together on one node.",
        ),
        ("What is a Service?", "A stable address\nin front of Pods."),
    ]
    doc = parse_text(notes, suffix=".yaml")
    assert [(q.source_line, q.end_line) for q in doc.questions] == [(1, 7), (8, 11)]


def test_a_folded_question_and_a_stripped_folded_answer_in_a_deck():
    notes = (
        "deck: Networking\n"
        "cards:\n"
        "  - front: >-\n"
        "      What does TCP's\n"
        "      three-way handshake agree on?\n"
        "    back: >-\n"
        "      The initial sequence numbers\n"
        "      of both sides.\n"
        "  - front: What is a SYN flood?\n"
        "    back: >\n"
        "      Half-open connections\n"
        "      filling the backlog.\n"
    )
    assert _cards(notes) == [
        (
            "What does TCP's three-way handshake agree on?",
            "The initial sequence numbers of both sides.",
        ),
        ("What is a SYN flood?", "Half-open connections filling the backlog."),
    ]


def test_yaml_no_loader_reads_is_folded_line_for_line():
    # "@" opens no plain YAML value: not YAML a loader reads, read line for line instead
    notes = (
        "- front: What is a Pod?\n"
        "  back: >\n"
        "    The smallest\n"
        "    deployable unit.\n"
        "- front: `@Transactional` does what?\n"
        "  back: >\n"
        "    @Transactional wraps the method\n"
        "    in a transaction.\n"
    )
    lines = to_markdown(notes).split("\n")
    assert lines[:4] == ["Q: What is a Pod?", "A:", "The smallest deployable unit.", ""]
    assert [q.answer_markdown for q in parse_text(notes, suffix=".yaml").questions] == [
        "The smallest deployable unit.",
        "@Transactional wraps the method in a transaction.",
    ]


def test_comments_between_cards_are_their_sections_and_a_lone_one_the_deck():
    notes = (
        "# Networking\n"
        "- q: What is TCP?\n  a: A reliable byte stream.\n"
        "- q: What is UDP?\n  a: Datagrams.\n"
        "# Storage\n"
        "- q: What is RAID 5?\n  a: Striping with parity.\n"
    )
    doc = parse_text(notes, suffix=".yaml")
    assert [(q.topic_path, q.title, q.source_line, q.end_line) for q in doc.questions] == [
        (("Networking",), "What is TCP?", 2, 3),
        (("Networking",), "What is UDP?", 4, 5),
        (("Storage",), "What is RAID 5?", 7, 8),
    ]
    titled = "# Kubernetes cards\n- front: What is a Pod?\n  back: The smallest unit.\n"
    assert parse_text(titled, suffix=".yaml").deck_name == "Kubernetes cards"

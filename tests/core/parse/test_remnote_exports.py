"""RemNote's own Markdown export writes a multi-line card's ">>>" against its front
("What is XSS?>>>"), with no space: read as the card it is, the marker out of the
title, and the "::" cards in the same list split at their separator."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _cards(notes: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(q.title, q.topic_path, q.answer_markdown.strip()) for q in parse_text(notes).questions]


def test_an_export_with_the_marker_against_the_front_and_a_card_split_by_colons():
    notes = (
        "- Networking\n"
        "    - OSI layers>>>\n"
        "        - Physical, Data link, Network, Transport\n"
        "    - What is a subnet mask? :: It splits an IP into network and host parts.\n"
        "- Security\n"
        "    - What is XSS?>>>\n"
        "        - Injecting script into pages other users view\n"
        "        - Prevent with escaping and CSP\n"
    )
    assert _cards(notes) == [
        ("OSI layers", ("Networking",), "- Physical, Data link, Network, Transport"),
        (
            "What is a subnet mask?",
            ("Networking",),
            "It splits an IP into network and host parts.",
        ),
        (
            "What is XSS?",
            ("Security",),
            "- Injecting script into pages other users view\n- Prevent with escaping and CSP",
        ),
    ]


def test_fronts_ending_in_code_or_a_bracket_before_the_marker():
    notes = (
        "- Data structures\n"
        "\t- Cost of `heapq.heappush`>>>\n"
        "\t\t- O(log n): the new item sifts up\n"
        "\t- Trie (prefix tree)>>>\n"
        "\t\t- Prefix lookups, as autocomplete does\n"
        "\t- What is a deque? :: A queue open at both ends.\n"
    )
    assert [title for title, _, _ in _cards(notes)] == [
        "Cost of heapq.heappush",
        "Trie (prefix tree)",
        "What is a deque?",
    ]


def test_descriptor_cards_written_with_double_semicolons():
    notes = (
        "- Python\n"
        "    - What is a list comprehension >> A concise way to build lists.\n"
        "    - Iterator vs iterable ;; An iterable has `__iter__`; an iterator has `__next__`.\n"
        "- Networking\n"
        "    - TCP ;; Reliable, ordered byte stream.\n"
        "    - UDP ;; Datagrams without delivery guarantees.\n"
    )
    assert _cards(notes) == [
        ("What is a list comprehension", ("Python",), "A concise way to build lists."),
        (
            "Iterator vs iterable",
            ("Python",),
            "An iterable has `__iter__`; an iterator has `__next__`.",
        ),
        ("TCP", ("Networking",), "Reliable, ordered byte stream."),
        ("UDP", ("Networking",), "Datagrams without delivery guarantees."),
    ]


def test_a_c_for_loop_is_no_descriptor():
    notes = "## Loops\n\nWrite `for (;;)` or for (;;) { } to loop forever.\n\nA loop ;; of sorts.\n"
    assert [q.title for q in parse_text(notes).questions] != ["A loop"]

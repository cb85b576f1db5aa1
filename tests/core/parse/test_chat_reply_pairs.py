"""A chat transcript whose assistant writes ``Q:``/``A:`` pairs in a reply (a recap to
study, a self-test), or after the last answer of notes from chat sessions: each pair is a
question of its own after the one the reply
answers (reply_pairs.py). Before, the pairs were pasted into that reply's answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown.strip()) for q in parse_text(text).questions]


def test_a_recap_of_pairs_at_the_end_of_a_chat_export_is_questions():
    note = (
        "**You:** Can you explain how HTTPS keeps a connection private?\n\n"
        "**ChatGPT:** HTTPS wraps HTTP in TLS: a handshake agrees on keys, then a\n"
        "symmetric key encrypts everything.\n\n"
        "**You:** Give me a short recap I can study as flashcards.\n\n"
        "**ChatGPT:** Here is a recap.\n\n"
        "Q: What does TLS add to HTTP?\nA: Encryption, integrity and the server's identity.\n\n"
        "Q: What proves the server's identity?\n\n"
        "A: Its certificate, signed by a certificate authority.\n\n"
        "Q: Which key encrypts the traffic after the handshake?\nA: A symmetric session key.\n"
    )
    found = _read(note)
    assert found[0][0] == "Can you explain how HTTPS keeps a connection private?"
    assert "Q:" not in found[0][1] and "Q:" not in "".join(a for _, a in found)
    assert found[1:] == [
        ("What does TLS add to HTTP?", "Encryption, integrity and the server's identity."),
        (
            "What proves the server's identity?",
            "Its certificate, signed by a certificate authority.",
        ),
        ("Which key encrypts the traffic after the handshake?", "A symmetric session key."),
    ]


def test_a_self_test_written_without_blank_lines_inside_a_reply_keeps_the_reply_its_answer():
    note = (
        "# Kafka prep\n\n"
        "User: What is a consumer group?\n\n"
        "Assistant: Consumers that share a topic's partitions.\n\n"
        "User: And what is an offset?\n\n"
        "Assistant: The position of a record in its partition. A quick self-test:\n\n"
        "Question: Who tracks a consumer group's offsets?\n"
        "Answer: Kafka, in the internal __consumer_offsets topic.\n"
        "Question: What happens when a consumer leaves its group?\n"
        "Answer: Its partitions are reassigned to the others.\n\n"
        "Q: Why is this a hard problem at scale?\n\n"
        "Would you like me to quiz you on producers next?\n"
    )
    assert _read(note) == [
        ("What is a consumer group?", "Consumers that share a topic's partitions."),
        ("What is an offset?", "The position of a record in its partition. A quick self-test:"),
        (
            "Who tracks a consumer group's offsets?",
            "Kafka, in the internal __consumer_offsets topic.",
        ),
        (
            "What happens when a consumer leaves its group?",
            # a "Q:" with no answer's mark is no pair: it stays in the answer above it
            "Its partitions are reassigned to the others.\n\nQ: Why is this a hard problem at scale?",
        ),
    ]


def test_a_recap_of_pairs_after_the_last_answer_of_notes_from_chat_sessions():
    note = (
        "# ML questions\n\n"
        "### What is gradient descent?\n\n"
        "It moves the weights a small step against the gradient of the loss.\n\n"
        "Would you like me to show the update rule?\n\n"
        "### What is a learning rate?\n\n"
        "The size of each step; too large diverges, too small crawls.\n\n"
        "Would you like a plot of both cases?\n\n"
        "### Recap\n\n"
        "Q: What does gradient descent follow?\nA: The negative gradient of the loss.\n\n"
        "Q: What happens with a learning rate that is too large?\nA: The loss diverges.\n"
    )
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        (
            "What is gradient descent?",
            "It moves the weights a small step against the gradient of the loss.",
        ),
        (
            "What is a learning rate?",
            "The size of each step; too large diverges, too small crawls.",
        ),
        ("What does gradient descent follow?", "The negative gradient of the loss."),
        ("What happens with a learning rate that is too large?", "The loss diverges."),
    ]
    assert [(r.start_line, r.reason) for r in doc.skipped] == [
        (1, "section heading"),
        (15, "section heading"),  # "### Recap": it names the pairs
    ]


def test_bold_marked_pairs_closing_a_chat_answer_are_questions():
    note = (
        "## Why is Redis fast?\n\n"
        "It keeps data in memory and serves commands from one thread, without locks.\n\n"
        "**Q:** Where does Redis keep its data?\n**Answer:** In memory, with optional "
        "snapshots to disk.\n\n"
        "**Q:** Why does one thread not slow it down?\n"
        "**Answer:** Commands are short; the network, not the CPU, is the limit.\n\n"
        "Would you like me to compare it with Memcached?\n\n"
        "## What is a Bloom filter?\n\n"
        "A bit array that says an item is surely absent or maybe present.\n\n"
        "Would you like an example in Python?\n"
    )
    assert [q.title for q in parse_text(note).questions] == [
        "Why is Redis fast?",
        "Where does Redis keep its data?",
        "Why does one thread not slow it down?",
        "What is a Bloom filter?",
    ]

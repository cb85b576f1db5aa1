"""A deck of question records written over time mixes its keys' spellings: most cards
"question:"/"answer:", one "q:"/"a:" (or "front"/"back", "prompt"/"response"). Each
card is read by its own keys, none left out as "other fields"."""

from __future__ import annotations

import json

from studyapp.core.parse import parse_text


def _cards(text: str, suffix: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


def _skipped(text: str, suffix: str) -> list[str]:
    return [r.reason for r in parse_text(text, suffix=suffix).skipped]


YAML_DECK = (
    "# Kubernetes\n"
    "- question: What is a Pod?\n"
    "  answer: The smallest deployable unit.\n"
    "- question: What is a Service?\n"
    "  answer: |\n"
    "    A stable address in front of a set of Pods.\n"
    "- q: What is a ReplicaSet?\n"
    "  a: It keeps a set number of Pod replicas running.\n"
    "- question: What is a Namespace?\n"
    "  answer: A scope for names within a cluster.\n"
)


def test_a_yaml_card_spelled_q_and_a_among_question_and_answer_cards_is_read():
    assert _cards(YAML_DECK, ".yaml") == [
        ("What is a Pod?", "The smallest deployable unit."),
        ("What is a Service?", "A stable address in front of a set of Pods."),
        ("What is a ReplicaSet?", "It keeps a set number of Pod replicas running."),
        ("What is a Namespace?", "A scope for names within a cluster."),
    ]
    doc = parse_text(YAML_DECK, suffix=".yaml")
    assert [(q.source_line, q.end_line) for q in doc.questions][2] == (7, 8)
    assert "other fields" not in _skipped(YAML_DECK, ".yaml")


def test_a_json_card_spelled_prompt_and_response_among_front_and_back_cards_is_read():
    deck = (
        '{"deck": "HTTP", "cards": [\n'
        '  {"front": "What does 404 mean?", "back": "Not Found."},\n'
        '  {"front": "What does 301 mean?", "back": "Moved Permanently."},\n'
        '  {"prompt": "What does 503 mean?", "response": "Service Unavailable."},\n'
        '  {"front": "What does 201 mean?", "back": "Created."}\n'
        "]}\n"
    )
    doc = parse_text(deck, suffix=".json")
    assert [(q.title, q.answer_markdown, q.source_line) for q in doc.questions] == [
        ("What does 404 mean?", "Not Found.", 2),
        ("What does 301 mean?", "Moved Permanently.", 3),
        ("What does 503 mean?", "Service Unavailable.", 4),
        ("What does 201 mean?", "Created.", 5),
    ]
    assert not any(r.start_line == 4 for r in doc.skipped)


def test_the_odd_spelling_is_read_far_down_a_long_deck():
    cards = [{"question": f"What is port {n}?", "answer": f"Port {n}."} for n in range(70)]
    cards[64] = {"q": "What is port 443?", "a": "HTTPS."}
    doc = parse_text(json.dumps(cards, indent=1), suffix=".json")
    assert len(doc.questions) == 70
    assert (doc.questions[64].title, doc.questions[64].answer_markdown) == (
        "What is port 443?",
        "HTTPS.",
    )


def test_a_mostly_q_and_a_deck_reads_its_one_question_and_answer_card():
    deck = (
        "- q: What is TCP?\n  a: A reliable byte stream.\n"
        "- q: What is UDP?\n  a: Datagrams, no delivery promise.\n"
        "- front: What is QUIC?\n  back: Streams over UDP, with TLS built in.\n"
    )
    assert _cards(deck, ".yml") == [
        ("What is TCP?", "A reliable byte stream."),
        ("What is UDP?", "Datagrams, no delivery promise."),
        ("What is QUIC?", "Streams over UDP, with TLS built in."),
    ]

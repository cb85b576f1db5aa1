"""Paragraphs that ask and answer on one line with only a space between ("What is a
socket? An endpoint for …") are questions with their answers: such a note gave no
question at all, or one per heading with every question inside its answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_text_of_asked_and_answered_paragraphs():
    text = (
        "What is the difference between TCP and UDP? TCP is reliable and ordered; UDP is not.\n\n"
        "What is a socket? An endpoint for sending and receiving data.\n\n"
        "Why use HTTPS? It encrypts traffic with TLS and authenticates the server.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is the difference between TCP and UDP?", "TCP is reliable and ordered; UDP is not."),
        ("What is a socket?", "An endpoint for sending and receiving data."),
        ("Why use HTTPS?", "It encrypts traffic with TLS and authenticates the server."),
    ]


def test_under_topic_headings_with_a_prompt_that_ends_in_a_full_stop():
    text = (
        "# Behavioural one-liners\n\n## Motivation\n\n"
        "Why do you want to join us? I want to build developer tools,\n"
        "and your team ships them in the open.\n\n"
        "What motivates you? Unblocking other engineers.\n\n## Conflict\n\n"
        "How do you handle criticism? I ask for specifics and follow up.\n\n"
        "Tell me about a disagreement. I argued for Postgres; a spike decided.\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Motivation",),
            "Why do you want to join us?",
            "I want to build developer tools,\nand your team ships them in the open.",
        ),
        (("Motivation",), "What motivates you?", "Unblocking other engineers."),
        (("Conflict",), "How do you handle criticism?", "I ask for specifics and follow up."),
        (("Conflict",), "Tell me about a disagreement.", "I argued for Postgres; a spike decided."),
    ]


def test_a_rhetorical_question_in_an_essay_stays_prose():
    text = (
        "# Why I moved to Rust\n\n"
        "Last year we rewrote the ingestion service. Why did we do it? Memory safety.\n\n"
        "The old service crashed twice a month under load.\n\n"
        "Why Rust and not Go? The latency numbers settled it.\n\n"
        "We considered Go first; the team knew it already.\n\n"
        "In the end p99 dropped from 180 ms to 40 ms.\n"
    )
    assert [q.title for q in parse_text(text).questions] == ["Why I moved to Rust"]


def test_a_note_that_is_one_such_paragraph():
    text = "What is the difference between TCP and UDP? TCP is reliable; UDP is not.\n"
    assert [(q.title, q.answer_markdown) for q in parse_text(text, suffix=".txt").questions] == [
        ("What is the difference between TCP and UDP?", "TCP is reliable; UDP is not.")
    ]


def test_one_such_paragraph_among_prose_stays_prose():
    text = (
        "Notes from Monday.\n\nWhy did the deploy fail? A missing env var.\n\n"
        "We agreed to add a check to CI.\n"
    )
    assert parse_text(text, suffix=".txt").questions == []

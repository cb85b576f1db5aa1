"""A note that keeps its question in its front matter (``question:`` / ``answer:``, or
``q``/``a``, ``front``/``back``, "frage"/"antwort" …) is that question: the answer is
the ``answer`` value, then the note's body. A post's ``title`` and ``description`` are
no question."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import parse_notes
from studyapp.core.parse import parse_text


def test_question_and_answer_keys_make_the_note_one_question():
    text = (
        "---\n"
        "question: What is the difference between a process and a thread?\n"
        "answer: |\n"
        "  A process has its own memory space;\n"
        "  threads share their process's memory.\n"
        "tags: [os, concurrency]\n"
        "---\n\n"
        "On Linux both are tasks made by clone().\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.answer_markdown, q.tags) for q in doc.questions] == [
        (
            "What is the difference between a process and a thread?",
            "A process has its own memory space;\nthreads share their process's memory.\n\n"
            "On Linux both are tasks made by clone().",
            ("os", "concurrency"),
        )
    ]
    assert (doc.questions[0].source_line, doc.questions[0].end_line) == (2, 9)


def test_a_folder_of_front_matter_cards(tmp_path: Path):
    (tmp_path / "select.md").write_text(
        '---\nq: "Why is SELECT * discouraged?"\na:\n  - It reads unused columns.\n'
        "  - It breaks when columns change.\n---\n",
        encoding="utf-8",
    )
    (tmp_path / "tuple.md").write_text(
        "---\nfrage: Was unterscheidet eine Liste von einem Tupel?\n"
        "antwort: Listen sind veränderlich, Tupel nicht.\n---\n",
        encoding="utf-8",
    )
    (tmp_path / "shortener.md").write_text(
        "---\nquestion: Design a URL shortener. What are the main parts?\n---\n\n"
        "- An API returning a short code.\n- A key-value store from code to URL.\n",
        encoding="utf-8",
    )
    doc = parse_notes(tmp_path)
    assert sorted((q.title, q.answer_markdown) for q in doc.questions) == [
        (
            "Design a URL shortener. What are the main parts?",
            "- An API returning a short code.\n- A key-value store from code to URL.",
        ),
        ("Was unterscheidet eine Liste von einem Tupel?", "Listen sind veränderlich, Tupel nicht."),
        (
            "Why is SELECT * discouraged?",
            "- It reads unused columns.\n- It breaks when columns change.",
        ),
    ]


def test_a_posts_title_and_description_are_no_question():
    text = (
        "---\ntitle: My week in review\ndescription: What I learned.\n---\n\n"
        "## What is a B-tree?\n\nA balanced tree with many keys per node.\n\n"
        "## What is a hash index?\n\nA map from a key's hash to its rows.\n"
    )
    assert [q.title for q in parse_text(text).questions] == [
        "What is a B-tree?",
        "What is a hash index?",
    ]


def test_a_faq_pages_list_of_questions_in_its_front_matter():
    text = (
        "---\n"
        'title: "Interview FAQ"\n'
        "faq:\n"
        '  - question: "What is a reverse proxy?"\n'
        "    answer: A server in front of backends that forwards requests to them.\n"
        "  - question: What is a sticky session?\n"
        "    answer: |\n"
        "      Routing a client's requests to the same backend,\n"
        "      usually by a cookie.\n"
        "---\n\n"
        "Some intro text for the page.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.answer_markdown, q.source_line) for q in doc.questions] == [
        (
            "What is a reverse proxy?",
            "A server in front of backends that forwards requests to them.",
            4,
        ),
        (
            "What is a sticky session?",
            "Routing a client's requests to the same backend,\nusually by a cookie.",
            6,
        ),
    ]

"""A Markdown outline under one root bullet ("- Interview prep" over "- Python" topics
over "- What is X?" questions over their answers, as Workflowy, Dynalist and mind-map
apps export): the root is the notes' title, its children the topics. The topics were
taken as the questions, every question and answer inside their answers."""

from __future__ import annotations

import os

from studyapp.core.parse import parse_text

OUTLINE = """\
- Interview prep
    - Python
        - What is a decorator?
            - A function that wraps another function.
            - Used for logging, caching, access checks.
        - What is the GIL?
            - A lock that lets one thread run bytecode at a time.
    - Databases
        - What is an index?
            - A structure that speeds up reads.
        - What is normalization?
            - Organising tables to reduce redundancy.
            - 1NF, 2NF, 3NF.
"""


def test_the_root_bullet_is_the_title_and_its_children_the_topics():
    doc = parse_text(OUTLINE, name="outline")
    assert doc.deck_name == "Interview prep"
    rows = [
        (q.topic_path, q.title, q.answer_markdown, q.source_line, q.end_line) for q in doc.questions
    ]
    assert rows == [
        (
            ("Python",),
            "What is a decorator?",
            "- A function that wraps another function.\n"
            "- Used for logging, caching, access checks.",
            3,
            5,
        ),
        (
            ("Python",),
            "What is the GIL?",
            "- A lock that lets one thread run bytecode at a time.",
            6,
            7,
        ),
        (("Databases",), "What is an index?", "- A structure that speeds up reads.", 9, 10),
        (
            ("Databases",),
            "What is normalization?",
            "- Organising tables to reduce redundancy.\n- 1NF, 2NF, 3NF.",
            11,
            13,
        ),
    ]


def test_a_tab_indented_outline_with_code_in_an_answer():
    text = (
        "* Kubernetes notes\n\t* Workloads\n\t\t* What is a Pod?\n"
        "\t\t\t* The smallest deployable unit.\n\t\t* What is a DaemonSet?\n"
        "\t\t\t* A Pod on every node.\n\t* Networking\n\t\t* What is a Service?\n"
        "\t\t\t* A stable address in front of Pods.\n"
        "\t\t\t  ```yaml\n\t\t\t  kind: Service\n\t\t\t  ```\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Workloads",), "What is a Pod?", "* The smallest deployable unit."),
        (("Workloads",), "What is a DaemonSet?", "* A Pod on every node."),
        (
            ("Networking",),
            "What is a Service?",
            "* A stable address in front of Pods.\n  ```yaml\n  kind: Service\n  ```",
        ),
    ]


def test_other_single_bullet_notes_are_left_as_written():
    from studyapp.core.parse.outline import rooted_outline

    shopping = "- Shopping\n  - Dairy\n    - milk\n    - butter\n  - Bakery\n    - bread\n"
    asks = "- What is Kafka?\n  - A log\n    - What is a partition?\n    - What is a topic?\n"
    then_more = OUTLINE + "\n## Later\n\nMore notes.\n"
    for text in (shopping, asks, then_more):
        assert rooted_outline(text) is None


def test_hostile_outlines_are_read_whole():
    """Noise after a bullet, and an outline of 20,000 questions under one root. How
    long the big one takes is benchmarks/bench_parse.py's ("outline"), not a test's."""
    noise = os.urandom(100_000).decode("latin-1")
    parse_text("- " + noise)
    block = "    - Topic\n        - What is item?\n            - An answer.\n"
    doc = parse_text("- Root\n" + block * 20_000)
    assert len(doc.questions) == 20_000
    assert {q.title for q in doc.questions} == {"What is item?"}

"""Markdown whose lines are broken with HTML ``<br>`` (pasted from a web page, a wiki,
a table cell): each answer kept a trailing "<br>" or "<br><br>", and lines that ask
and answer parted by a ``<br>`` ("What is a Pod?<br>The smallest …") gave no question."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text).questions]


def test_q_and_a_lines_with_breaks_keep_no_break_at_the_end():
    text = (
        "## Java Basics\n\n"
        "**Q: What is the JVM?**<br>A: The virtual machine that runs Java bytecode.<br>"
        "It gives Java its portability.<br>\n\n"
        "**Q: What is autoboxing?**<br>A: Converting primitives to wrappers.<br>\n\n"
        "**Q: What does `final` mean on a class?**<br>A: It cannot be subclassed.<br/>\n"
    )
    assert _pairs(text) == [
        (
            "What is the JVM?",
            "The virtual machine that runs Java bytecode.<br>It gives Java its portability.",
        ),
        ("What is autoboxing?", "Converting primitives to wrappers."),
        ("What does final mean on a class?", "It cannot be subclassed."),
    ]


def test_bold_questions_with_breaks_and_a_double_break_between():
    text = (
        "# Docker notes\n\n"
        "**What is an image?**<br>A read-only template.<br>Built from a Dockerfile.<br><br>\n"
        "**What is a container?**<br>A running instance of an image.<br><br>\n"
        "**What is a volume?**<br>Storage that outlives the container.<br><br>\n"
    )
    assert _pairs(text) == [
        ("What is an image?", "A read-only template.<br>Built from a Dockerfile."),
        ("What is a container?", "A running instance of an image."),
        ("What is a volume?", "Storage that outlives the container."),
    ]


def test_lines_that_ask_and_answer_parted_by_a_break():
    text = (
        "What is Kubernetes?<br>An orchestrator for containers.<br>\n"
        "What is a Pod?<br>The smallest deployable unit.<br>\n"
        "What is a Deployment?<BR />Manages ReplicaSets and rollouts.\n"
    )
    assert _pairs(text) == [
        ("What is Kubernetes?", "An orchestrator for containers."),
        ("What is a Pod?", "The smallest deployable unit."),
        ("What is a Deployment?", "Manages ReplicaSets and rollouts."),
    ]

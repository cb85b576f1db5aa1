"""A long answer written in parts under sub-headings ("### Part 1" … "### Part 40",
"### 1. SYN"): the parts ask nothing, the headings above them ask. The questions are
the headings that ask, the parts are their answers' sections, and no question with
its answer beside them is dropped as a section heading or a footer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _parts(count: int, name: str, *, numbered: bool = False) -> str:
    return "".join(
        f"### {index}. {name} {index}\n\nWhat happens at {name.lower()} {index}.\n\n"
        if numbered
        else f"### {name} {index}\n\n- a point of {name.lower()} {index}\n\n"
        f"Some prose about {name.lower()} {index}.\n\n"
        for index in range(1, count + 1)
    )


def test_numbered_parts_of_one_answer_keep_the_question_after_it():
    text = (
        "# Networking\n\n## Explain the TCP handshake.\n\nThree messages open it.\n\n"
        + _parts(6, "Step", numbered=True)
        + "## What is UDP?\n\nA connectionless protocol without delivery guarantees.\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "Explain the TCP handshake.",
        "What is UDP?",
    ]
    assert "Step 6" in doc.questions[0].answer_markdown
    assert doc.questions[1].answer_markdown.startswith("A connectionless protocol")
    assert not [r for r in doc.skipped if r.start_line > 3]  # nothing dropped after the title


def test_many_unnumbered_parts_keep_the_question_before_them():
    """The other way round: the short question first, then a task whose answer runs
    over forty-five parts."""
    text = (
        "## How does consistent hashing work?\n\nKeys and servers on one ring.\n\n"
        "## Design a rate limiter.\n\n" + _parts(45, "Part") + "\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "How does consistent hashing work?",
        "Design a rate limiter.",
    ]
    answer = doc.questions[1].answer_markdown
    assert "Part 1" in answer and "Part 45" in answer
    assert not doc.skipped


def test_parts_under_a_heading_that_asks_alone_are_still_parts_of_its_answer():
    """Some sub-headings, one question above each group: the questions are the headings
    that ask (as before)."""
    text = (
        "# ML System Design\n\n## How would you design a recommender system?\n\n"
        "### Candidate generation\nTwo-tower retrieval.\n\n### Ranking\nA boosted model.\n\n"
        "## What is feature drift?\n\nThe inputs change after training.\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "How would you design a recommender system?",
        "What is feature drift?",
    ]

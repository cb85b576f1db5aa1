"""What follows the last question but is no part of its answer: a part of the notes
under a heading of its own ("## Questions to ask them", "## Practice later") where
the answers are written without such headings. It is named as skipped, not glued to
the last answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QA = (
    "# Behavioral prep\n\n"
    "Q: Tell me about a conflict.\nA: I gathered data and proposed a staged release.\n\n"
    "Q: What is your biggest weakness?\nA: I used to over-engineer.\n\n"
    "Q: Why do you want to join us?\nA: The scale and the focus on reliability.\n\n"
)


def test_a_closing_heading_after_qa_lines_ends_the_last_answer():
    text = QA + (
        "## Questions to ask them\n\n- What does a typical week look like?\n"
        "- What is the on-call rotation like?\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == [
        "Tell me about a conflict.",
        "What is your biggest weakness?",
        "Why do you want to join us?",
    ]
    assert doc.questions[-1].answer_markdown == "The scale and the focus on reliability."
    assert doc.questions[-1].end_line == 10
    skipped = {(r.start_line, r.end_line) for r in doc.skipped}
    assert (12, 15) in skipped  # the heading and its list, named


def test_a_shallower_heading_after_heading_questions_ends_the_last_answer():
    text = (
        "# Go\n\n### What is a goroutine?\n\nCheap thread.\n\n### What is a channel?\n\n"
        "A conduit.\n\n### What is select?\n\nWaits on channels.\n\n"
        "## Practice later\n\n- worker pools\n- context cancellation\n"
    )
    doc = parse_text(text)
    assert doc.questions[-1].answer_markdown == "Waits on channels."


def test_bold_questions_then_a_heading_of_things_to_do():
    text = (
        "# Go\n\n**What is a goroutine?**\nCheap thread.\n\n**What is a channel?**\n"
        "A conduit.\n\n**What is select?**\nWaits on channels.\n\n"
        "## To practise\n\n- worker pools\n"
    )
    assert parse_text(text).questions[-1].answer_markdown == "Waits on channels."


def test_a_sub_heading_in_every_answer_stays_in_the_last_one_too():
    text = (
        "# Go\n\nQ: What is a goroutine?\nA: Cheap thread.\n\n### Example\n\n    go f()\n\n"
        "Q: What is a channel?\nA: A conduit.\n\n### Example\n\n    ch <- 1\n\n"
        "Q: What is select?\nA: Waits on channels.\n\n### Example\n\n    select {}\n"
    )
    doc = parse_text(text)
    assert all("### Example" in q.answer_markdown for q in doc.questions)
    assert doc.questions[-1].answer_markdown.endswith("select {}")

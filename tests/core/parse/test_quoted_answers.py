"""Answers each written whole as a quote under their question ("### What is X?" over
"> …"): the quote is how the notes mark an answer, so the answer is its text, as
with a symbol shared by every answer. A quote in one answer only is that answer's."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_every_answer_a_quote_reads_as_its_text():
    text = (
        "# React notes\n\n### What is the virtual DOM?\n\n"
        "> An in-memory copy of the DOM. React diffs it\n> and applies the changes.\n\n"
        "### Why do lists need keys?\n\n> To match children between renders.\n\n"
        "### What does useEffect's dependency array do?\n\n> It re-runs the effect on change.\n"
    )
    doc = parse_text(text)
    assert [q.answer_markdown for q in doc.questions] == [
        "An in-memory copy of the DOM. React diffs it\nand applies the changes.",
        "To match children between renders.",
        "It re-runs the effect on change.",
    ]


def test_bold_questions_over_quoted_answers():
    text = (
        "**What is a p-value?**\n> The chance of data this extreme under the null.\n\n"
        "**What is a type I error?**\n> Rejecting a true null.\n\n"
        "**What is power?**\n> The chance of rejecting a false null.\n"
    )
    answers = [q.answer_markdown for q in parse_text(text).questions]
    assert answers[1] == "Rejecting a true null."


def test_a_quote_inside_one_answer_and_callouts_stay():
    text = (
        "## What is X?\n\n> As the docs put it: X is a thing.\n\n"
        "## What is Y?\n\nY is another thing.\n\n"
        "## What is Z?\n\nZ is a third thing.\n"
    )
    assert parse_text(text).questions[0].answer_markdown.startswith("> As the docs put it")
    callouts = (
        "## What is X?\n\n> [!tip] Remember\n> X is a thing.\n\n"
        "## What is Y?\n\n> [!tip] Remember\n> Y is a thing.\n\n"
        "## What is Z?\n\n> [!tip] Remember\n> Z is a thing.\n"
    )
    for q in parse_text(callouts).questions:
        assert q.answer_markdown.startswith("> [!tip]"), q.answer_markdown

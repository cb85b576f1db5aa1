"""An HTML comment over lines of its own after an answer (a question and its answer
commented out, an old answer kept, a TODO for later) is hidden, as the page shows it:
the answer ends above it, and its lines are named as skipped."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_commented_out_question_is_no_part_of_the_answer_above_it():
    text = (
        "# Git internals\n\n"
        "### What is the index?\n\nThe staging area.\n\n"
        "<!-- ### What is a packfile?\n\nAnswer later. -->\n\n"
        "### What is HEAD?\n\nThe current branch.\n"
    )
    doc = parse_text(text)
    index = doc.questions[0]
    assert [q.title for q in doc.questions] == ["What is the index?", "What is HEAD?"]
    assert index.answer_markdown == "The staging area."
    assert index.end_line == 5
    assert any(r.start_line == 7 and r.end_line == 9 for r in doc.skipped)


def test_an_old_answer_commented_out_under_the_new_one_is_hidden():
    text = (
        "**Q: What makes a method idempotent?**\nRepeating it leaves the same state.\n"
        "<!--\nold answer:\nPUT replaces the resource...\n-->\n\n"
        "**Q: When do you return 409?**\nWhen the request clashes with the state.\n\n"
        "**Q: What is HATEOAS?**\nLinks to the next actions.\n"
    )
    doc = parse_text(text)
    assert doc.questions[0].answer_markdown == "Repeating it leaves the same state."
    assert doc.questions[0].end_line == 2


def test_a_comment_inside_a_code_block_stays_code():
    text = (
        "## What does this template print?\n\n```html\n<p>Hi</p>\n<!-- a\ncomment -->\n```\n\n"
        "## What is a slot?\n\nA placeholder.\n"
    )
    doc = parse_text(text)
    assert "comment -->" in doc.questions[0].answer_markdown

"""A Notion callout (``<aside>``) at the margin between sections, after one
question's answer and right before a heading as high as the one above it, is a note
about the notes ("📌 Remember: … came up at Meta twice"): it was glued onto the
answer above, became one of its mock's key points and was printed in the weak-topics
PDF. It is named as a note between sections instead; a callout in an answer's flow
(under its toggle, or right under the heading it answers) stays the answer's."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from studyapp.core.parse import parse_text


def _answers(doc):
    return {q.title: q.answer_markdown for q in doc.questions}


def test_a_callout_after_a_toggles_answer_before_the_next_section():
    text = (
        "# ML Interview Prep\n\n"
        "## Deep Learning\n\n"
        "- Explain dropout.\n"
        "    \n"
        "    Randomly zero activations with probability p during training and scale "
        "the rest by 1/(1-p). It prevents co-adaptation of neurons.\n"
        "    \n"
        "- What is batch normalization?\n"
        "    \n"
        "    It normalizes layer inputs over the mini-batch.\n"
        "    \n\n"
        "<aside>\n"
        "📌 Remember: residual connections question came up at Meta twice.\n\n"
        "</aside>\n\n"
        "## Residual connections\n\n"
        "### What problem do residual connections solve?\n\n"
        "They let gradients flow through identity shortcuts.\n"
    )
    doc = parse_text(text)
    answers = _answers(doc)
    assert answers["What is batch normalization?"] == (
        "It normalizes layer inputs over the mini-batch."
    )
    assert not any("Remember" in a for a in answers.values())
    points = key_terms(answers["What is batch normalization?"], question="batch normalization")
    assert not any("Meta" in p or "Remember" in p for p in points)
    note = [r for r in doc.skipped if r.reason == "note between sections"]
    assert [(r.start_line, r.end_line) for r in note] == [(15, 15)]


def test_a_callout_between_heading_questions_of_two_sections():
    text = (
        "## Databases\n\n"
        "### What is an index?\n\n"
        "A B-tree that speeds up reads and slows down writes.\n\n"
        "<aside>\n"
        "⚠️ Note to self: asked at Stripe,\n"
        "review the covering index part again.\n"
        "</aside>\n\n"
        "## Networking\n\n"
        "### What is TCP?\n\n"
        "A reliable, ordered byte stream over IP.\n"
    )
    doc = parse_text(text)
    assert _answers(doc) == {
        "What is an index?": "A B-tree that speeds up reads and slows down writes.",
        "What is TCP?": "A reliable, ordered byte stream over IP.",
    }
    note = [r for r in doc.skipped if r.reason == "note between sections"]
    assert [(r.start_line, r.end_line) for r in note] == [(8, 9)]


def test_a_callout_that_answers_the_heading_above_it_stays_its_answer():
    text = (
        "## SQL\n\n"
        "### What is a CTE?\n\n"
        "<aside>\n"
        "💡 A named subquery defined with WITH.\n"
        "</aside>\n\n"
        "### What is a view?\n\n"
        "A stored query read like a table.\n\n"
        "- What is a trigger?\n"
        "    \n"
        "    Code the database runs on a change.\n"
        "    \n"
        "    <aside>\n"
        "    ⚠️ Hard to debug.\n"
        "    </aside>\n"
    )
    answers = _answers(parse_text(text))
    assert answers["What is a CTE?"] == "💡 A named subquery defined with WITH."
    assert "Hard to debug" in "".join(answers.values())

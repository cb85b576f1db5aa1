"""Code between a question's "Q:" and its "A:" is the question's: the card shows it
with the question, and the answer is what follows the "A:" mark."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from studyapp.core.question_body import split_body


def _card(text: str, title: str, **kwargs):
    question = next(q for q in parse_text(text, **kwargs).questions if q.title == title)
    return split_body(question.answer_markdown)


def test_code_under_a_q_line_is_shown_with_the_question():
    notes = (
        "## Python basics\n\nQ: What is the GIL?\nA: A lock in CPython.\n\n"
        "Q: What does this print?\n```python\nprint([i*i for i in range(3)])\n```\n"
        "A: `[0, 1, 4]`\n"
    )
    body, answer = _card(notes, "What does this print?")
    assert body == "```python\nprint([i*i for i in range(3)])\n```"
    assert "A:" not in answer and answer.endswith("`[0, 1, 4]`")


def test_code_under_a_heading_then_an_a_mark_and_in_a_text_file():
    # (a quiz's "A) 1" option under its code is no "A:" mark)
    heading = (
        "### What does this print?\n\n```python\nprint(1+2)\n```\n\nA: 3\n\n### Why?\n\nIt adds.\n"
    )
    body, answer = _card(heading, "What does this print?")
    assert body.startswith("```python") and answer.endswith("3") and "A:" not in answer
    text = (
        "Q: What does this output?\n```js\nconsole.log(typeof null)\n```\n"
        'A: "object" (kept for compatibility)\n\nQ: What is hoisting?\nA: Declarations move up.\n'
    )
    body, answer = _card(text, "What does this output?", suffix=".txt")
    assert "typeof null" in body and "typeof null" not in answer
    assert answer.endswith('"object" (kept for compatibility)')
    quiz = "### What does this print?\n```python\nprint(len({1, 1, 2}))\n```\nA) 1\nB) 2\n\nAnswer: B\n"
    body, _answer = _card(quiz, "What does this print?")
    assert "A) 1" in body and "B) 2" in body

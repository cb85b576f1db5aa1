"""Code on the front of an Anki card ("What does this print?" over a program, its
lines after <br>, in a <div> each, indented with &nbsp;, or in <pre><code>) was
squashed into a one-line title. The question is the title; the code, lines and
indents kept, is a code block of the question's body, shown before the answer
(core.question_body), as Markdown notes keep code under a question."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms
from studyapp.core.parse import parse_path, parse_text
from studyapp.core.question_body import split_body
from tests.helpers.anki_packages import Note, legacy_package

HEADER = "#separator:tab\n#html:true\n#tags column:3\n"

FRONTS = [
    (
        "What does this print?<br><pre><code>a = [1,2]<br>b = a<br>b += [3]<br>print(a)"
        "</code></pre>",
        "What does this print?",
        "a = [1,2]\nb = a\nb += [3]\nprint(a)",
    ),
    (
        "What is the output?<div>x = 5</div><div>def f():</div><div>&nbsp; &nbsp; x += 1"
        "</div><div>f()</div>",
        "What is the output?",
        "x = 5\ndef f():\n    x += 1\nf()",
    ),
    (
        "<div>Which line raises?</div><div>items = {}</div><div>for k in keys:</div>"
        "<div>&nbsp;&nbsp;&nbsp;&nbsp;items[k] += 1</div>",
        "Which line raises?",
        "items = {}\nfor k in keys:\n    items[k] += 1",
    ),
    (
        "What does this query return?<br>SELECT dept, COUNT(*)<br>FROM emp<br>GROUP BY dept;",
        "What does this query return?",
        "SELECT dept, COUNT(*)\nFROM emp\nGROUP BY dept;",
    ),
]


def _split(answer_markdown: str) -> tuple[str, str]:
    body, answer = split_body(answer_markdown)
    return body, answer


@pytest.mark.parametrize(("front", "title", "code"), FRONTS, ids=["pre", "divs", "div title", "br"])
def test_code_on_an_anki_text_exports_front_is_the_questions_body(front, title, code):
    text = (
        f"{HEADER}{front}\tThe answer, <code>42</code>: a mutable list extends in place.\tpython\n"
    )
    # (lines under a question that read as prose are the question going on)
    text += "What is a closure?<br>Explain with an example.\tA function with its scope.\tpython\n"
    doc = parse_text(text, suffix=".txt")
    first, prose = doc.questions
    assert first.title == title
    body, answer = _split(first.answer_markdown)
    assert body == f"```\n{code}\n```"
    assert "The answer, `42`: a mutable list extends in place." in answer
    assert key_terms(answer)  # a mock's key points come from it, not from the code
    assert prose.title == "What is a closure? Explain with an example."
    assert prose.answer_markdown == "A function with its scope."


@pytest.mark.parametrize(("front", "title", "code"), FRONTS, ids=["pre", "divs", "div title", "br"])
def test_code_on_an_anki_packages_front_is_the_questions_body(tmp_path, front, title, code):
    notes = [Note((front, "The answer, <code>42</code>.")), Note(("What is a GIL?", "A lock."))]
    doc = parse_path(legacy_package(tmp_path / "code.apkg", notes))
    first = next(q for q in doc.questions if q.title != "What is a GIL?")
    assert first.title == title
    body, answer = _split(first.answer_markdown)
    assert body == f"```\n{code}\n```"
    assert "The answer, `42`." in answer

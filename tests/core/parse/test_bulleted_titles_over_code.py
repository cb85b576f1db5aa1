"""A run of bullets, each with lines under it set off from its text (code indented
deeper, an answer written left of it), is a list of questions, as a numbered run is:
each bullet's first line is its question, the lines under it its answer, code fenced
with its indents kept. Markdown reads those lines as the item's text going on, so the
code joined the title ("Reverse a string in JS s.split('')…") and the question had no
answer. A bullet list under a heading or a line that asks stays that answer's points."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text
from studyapp.core.render import render_markdown

JS = """\
- Reverse a string in JS
      s.split('').reverse().join('')
- Sum an array
      arr.reduce((a, b) => a + b, 0)
"""

PYTHON = """\
Python one-liners

* Flatten a list of lists
    flat = [x for row in rows for x in row]
* Count words in a file
    Counter(open(path).read().split())
* Read a JSON file
    data = json.load(open(path))
"""

TOPICS = """\
# JS
## Arrays
- Reverse a string
      s.split('').reverse().join('')
- Sum an array
      arr.reduce((a, b) => a + b, 0)
## Objects
- Merge two objects
      const m = {...a, ...b};
- Clone deeply
      const c = structuredClone(obj);
"""


def _answers(text: str, suffix: str) -> dict[str, str]:
    return {q.title: q.answer_markdown for q in parse_text(text, suffix=suffix).questions}


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            JS,
            {
                "Reverse a string in JS": "s.split('').reverse().join('')",
                "Sum an array": "arr.reduce((a, b) => a + b, 0)",
            },
        ),
        (
            PYTHON,
            {
                "Flatten a list of lists": "flat = [x for row in rows for x in row]",
                "Count words in a file": "Counter(open(path).read().split())",
                "Read a JSON file": "data = json.load(open(path))",
            },
        ),
    ],
    ids=["js under -", "python under *"],
)
def test_code_under_a_bulleted_title_is_its_answer_as_code(text, expected, suffix):
    answers = _answers(text, suffix)
    assert set(answers) == set(expected)
    for title, code in expected.items():
        assert answers[title] == f"```\n{code}\n```"
        assert "<pre" in render_markdown(answers[title])


def test_bulleted_questions_under_topic_headings_keep_their_topics():
    questions = parse_text(TOPICS, suffix=".md").questions
    assert [(q.title, q.topic_path[-1:]) for q in questions] == [
        ("Reverse a string", ("Arrays",)),
        ("Sum an array", ("Arrays",)),
        ("Merge two objects", ("Objects",)),
        ("Clone deeply", ("Objects",)),
    ]
    assert questions[2].answer_markdown == "```\nconst m = {...a, ...b};\n```"


@pytest.mark.parametrize(
    ("text", "suffix", "asked"),
    [
        (
            "## How do you copy an array in JS?\n- spread\n      const b = [...arr];\n"
            "- slice\n      const b = arr.slice();\n\n## How do you empty an array?\n"
            "- set length\n      arr.length = 0;\n- splice\n      arr.splice(0);\n",
            ".md",
            ["How do you copy an array in JS?", "How do you empty an array?"],
        ),
        (
            "What are the SOLID principles?\n- Single responsibility\n      one reason to change\n"
            "- Open/closed\n      open for extension\n\n"
            "What is CAP?\nConsistency, availability, partition tolerance.\n",
            ".txt",
            ["What are the SOLID principles?", "What is CAP?"],
        ),
        (  # a single heading question: its bullets are still its answer
            "## What are the SOLID principles?\n- Single responsibility\n"
            "      one reason to change\n- Open/closed\n      open for extension\n",
            ".md",
            ["What are the SOLID principles?"],
        ),
        (  # a heading that asks nothing, beside one answered in words: headings ask
            "## Binary search\n- Iterative version\n      while lo < hi:\n"
            "          mid = (lo + hi) // 2\n- Recursive version\n      def bs(a, x, lo, hi):\n"
            "          return bs(a, x, mid + 1, hi)\n\n"
            "## Two pointers\nWalk from both ends toward the middle.\n",
            ".md",
            ["Binary search", "Two pointers"],
        ),
    ],
    ids=["under headings that ask", "under lines that ask", "one heading", "topic headings"],
)
def test_bullets_under_a_question_stay_its_answer(text, suffix, asked):
    questions = parse_text(text, suffix=suffix).questions
    assert [q.title for q in questions] == asked
    assert questions[0].answer_markdown.startswith("- ")


def test_a_bullet_wrapped_at_its_text_stays_one_title():
    notes = (
        "## Arrays\n- Explain how splice changes\n  the array in place\n"
        "- Explain how slice copies\n  part of the array\n"
    )
    titles = [q.title for q in parse_text(notes, suffix=".md").questions]
    assert "Explain how splice changes" not in titles

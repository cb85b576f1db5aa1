"""An answer that opens with its label in bold and a dash, inside the bold or after it
("**Answer -** …", "__Ans__ – …"), reads without the label, as "**Answer:** …" does."""

from __future__ import annotations

from studyapp.core.parse import parse_text

REVISION_SHEET = """\
## Networking — revision sheet

**Q1)** What happens when you type a URL into the browser?

**Answer -** The browser:
1) resolves the name with DNS,
2) opens a TCP connection,
3) sends the HTTP request.

**Q2)** Why is TCP slow to start?

**Answer -** Slow start: the congestion window begins small.

**Q3)** What is head-of-line blocking?

**Answer -** One lost packet holds back every later one.
"""

NUMBERED = """\
Databases

1. What is an index?

   __Ans__ – A structure that finds rows without a full scan.

2. What is a foreign key?

   __Ans__ – A column that must match a key of another table.

3. What is a deadlock?

   __Ans__ – Two transactions each waiting on the other's lock.
"""


def _answers(text):
    return [q.answer_markdown for q in parse_text(text).questions]


def test_a_bold_answer_word_with_a_dash_inside_the_bold_is_no_part_of_the_answer():
    answers = _answers(REVISION_SHEET)
    assert answers[0].startswith("The browser:\n1) resolves")
    assert answers[1:] == [
        "Slow start: the congestion window begins small.",
        "One lost packet holds back every later one.",
    ]


def test_a_bold_answer_word_with_a_dash_after_the_bold_is_no_part_of_the_answer():
    assert _answers(NUMBERED) == [
        "A structure that finds rows without a full scan.",
        "A column that must match a key of another table.",
        "Two transactions each waiting on the other's lock.",
    ]


def test_a_bold_letter_opening_an_answer_stays():
    text = "## What is stored in a leaf?\n\n**A** B-tree leaf holds keys and row pointers.\n"
    assert _answers(text) == ["**A** B-tree leaf holds keys and row pointers."]

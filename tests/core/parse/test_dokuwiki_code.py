"""A DokuWiki page ("====== Page ======" over "==== Question ====") shows its code as
code: a ``<code python>`` block up to ``</code>`` is a code block (its closing line was
skipped as a separator and its opening shown as text), ``''text''`` is inline code (the
apostrophes had stayed in titles and answers) and ``%%text%%`` is the text as typed."""

from __future__ import annotations

from studyapp.core.parse import parse_text

PAGE = (
    "====== Python interview ======\n\n===== Basics =====\n\n"
    "==== What is a list comprehension? ====\n\n"
    "A compact way to build a list:\n\n<code python>\nsquares = [x * x for x in xs]\n</code>\n\n"
    "==== What does ''**kwargs'' collect? ====\n\nThe other keyword arguments, as a ''dict''.\n\n"
    "==== What is the difference between ''is'' and ''==''? ====\n\n"
    "  * ''=='' compares values, through ''%%__eq__%%''.\n"
)


def test_a_code_block_is_code_in_its_answer():
    first = parse_text(PAGE, suffix=".txt").questions[0]
    assert first.answer_markdown == (
        "A compact way to build a list:\n\n```python\nsquares = [x * x for x in xs]\n```"
    )
    assert first.end_line == 11  # with its closing line


def test_monospace_is_inline_code_in_titles_and_answers():
    doc = parse_text(PAGE, suffix=".txt")
    assert [q.title for q in doc.questions][1:] == [
        "What does **kwargs collect?",
        "What is the difference between is and ==?",
    ]
    assert doc.questions[1].answer_markdown == "The other keyword arguments, as a `dict`."
    assert doc.questions[2].answer_markdown == "* `==` compares values, through `__eq__`."

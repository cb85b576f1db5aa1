"""A run of numbered lines ("1." "2." "3.", or "1)" "2)" "10)"), each with lines under
it, is a list of questions: each numbered line starts one, whether it asks or not, and
the lines under it are its answer. Markdown reads an unindented line under an item as
the item's text going on (a lazy continuation), so "3. stack vs queue" / "stack is LIFO"
was one long title, or, answerless and asking nothing, ran into the answer above.
A numbered list of steps inside an answer stays in that answer, and a paragraph the
writer wrapped is not cut at its wrap."""

from __future__ import annotations

import pytest

from tests.helpers.parsing import pairs

# The tester's notes: the third question asks with no "?" and no question word.
DOTS = """\
1. What is a hash map?
A key-value store.
2. Explain Big-O notation
An upper bound on growth.
3. stack vs queue
stack is LIFO, queue is FIFO.
"""

PARENS = """\
1) What is a hash map?
A key-value store with O(1) average lookup using a hash function.
2) Explain Big-O notation
An upper bound on how running time grows with input size.
3) Stack vs queue
stack is LIFO, queue is FIFO.
4) What is recursion?
A function calling itself with a smaller input until a base case.
10) Difference between process and thread
Processes have separate memory; threads share memory within a process.
"""

# Answers indented by one space, starting lower case or with a symbol.
INDENTED = """\
Python interview questions (from my phone notes)

1) What is the difference between a list and a tuple?
 A list is mutable, a tuple is immutable.
2) What is a closure
 a function that remembers variables from its enclosing scope.
3) Explain *args and **kwargs
 *args collects extra positional arguments into a tuple.
4) Name three sorting algorithms
 quicksort, mergesort, heapsort
"""


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_numbered_line_that_asks_nothing_is_a_question_of_its_own(suffix):
    assert pairs(DOTS, suffix=suffix) == [
        ("What is a hash map?", "A key-value store."),
        ("Explain Big-O notation", "An upper bound on growth."),
        ("stack vs queue", "stack is LIFO, queue is FIFO."),
    ]


def test_parenthesised_numbers_that_skip_keep_every_question():
    found = pairs(PARENS, suffix=".txt")
    assert [title for title, _ in found] == [
        "What is a hash map?",
        "Explain Big-O notation",
        "Stack vs queue",
        "What is recursion?",
        "Difference between process and thread",
    ]
    assert found[2][1] == "stack is LIFO, queue is FIFO."


def test_an_answer_starting_lower_case_or_with_a_symbol_is_not_glued_to_its_title():
    found = dict(pairs(INDENTED, suffix=".txt"))
    assert found["What is a closure"] == (
        "a function that remembers variables from its enclosing scope."
    )
    assert found["Explain *args and **kwargs"] == (
        r"\*args collects extra positional arguments into a tuple."
    )
    assert found["Name three sorting algorithms"] == "quicksort, mergesort, heapsort"
    assert len(found) == 4


def test_a_markdown_note_of_the_same_shape_under_a_title():
    notes = (
        "# Data structures\n\n"
        "1. What is a heap?\nA tree where each parent orders before its children.\n"
        "2. trie use cases\nautocomplete and prefix search.\n"
        "3. `dict` ordering\n`dict` keeps insertion order since 3.7.\n"
    )
    assert pairs(notes) == [
        ("What is a heap?", "A tree where each parent orders before its children."),
        ("trie use cases", "autocomplete and prefix search."),
        ("dict ordering", "`dict` keeps insertion order since 3.7."),
    ]


def test_numbered_steps_inside_an_answer_stay_in_it():
    notes = (
        "# Notes\n\n"
        "## How do you deploy a model?\n"
        "1. package it\ndocker image with the weights\n"
        "2. serve it\nbehind an HTTP endpoint\n\n"
        "## What is a feature store?\nA shared table of features.\n"
    )
    found = pairs(notes)
    assert [title for title, _ in found] == [
        "How do you deploy a model?",
        "What is a feature store?",
    ]
    assert "2. serve it" in found[0][1]


def test_a_wrapped_numbered_paragraph_is_not_cut_at_its_wrap():
    notes = (
        "Conditions\n\n"
        "1. Redistributions of source code must retain the above copyright notice, this\n"
        "   list of conditions and the following disclaimer.\n\n"
        "2. Neither the name of the copyright holder nor the names of its\n"
        "   contributors may be used to endorse or promote products derived from\n"
        "   this software without specific prior written permission.\n"
    )
    titles = [title for title, _ in pairs(notes)]
    assert not any(title.endswith((" this", " its")) for title in titles)


def test_a_question_wrapped_over_two_lines_stays_whole():
    notes = (
        "1. What are the main differences between a process\n"
        "and a thread in Linux?\n\n"
        "   Memory: threads share it.\n\n"
        "2. stack vs queue\n"
        "stack is LIFO, queue is FIFO.\n"
    )
    assert [title for title, _ in pairs(notes, suffix=".txt")] == [
        "What are the main differences between a process and a thread in Linux?",
        "stack vs queue",
    ]


@pytest.mark.parametrize(
    ("text", "title", "answer_start"),
    [
        (
            "Backend prep\n\n1) Describe the CAP theorem\nAt most two of C, A and P.\n\n"
            "2) Write a function that reverses a linked list\n    def reverse(head):\n"
            "        prev = None\n        while head:\n"
            "            head.next, prev, head = prev, head, head.next\n"
            "        return prev\n\n3) sharding vs replication\nSharding splits writes.\n",
            "Write a function that reverses a linked list",
            "def reverse(head):",
        ),
        (
            "1. Find the top salary per department\n      SELECT dept, MAX(salary):\n"
            "      FROM staff GROUP BY dept;\n2. Explain a covering index\n"
            "An index holding every column the query reads.\n",
            "Find the top salary per department",
            "SELECT dept, MAX(salary):",
        ),
    ],
    ids=["python under 2)", "sql under 1."],
)
def test_code_indented_under_a_numbered_title_is_its_answer(text, title, answer_start):
    """Code written under a numbered title, indented deeper than its text, was read as
    the title going on (up to the code's first line ending in ":")."""
    from studyapp.core.parse import parse_text

    questions = {q.title: q.answer_markdown for q in parse_text(text, suffix=".txt").questions}
    assert title in questions
    assert questions[title].removeprefix("```\n").lstrip().startswith(answer_start)


def _answers(text: str, suffix: str) -> dict[str, str]:
    from studyapp.core.parse import parse_text

    return {q.title: q.answer_markdown for q in parse_text(text, suffix=suffix).questions}


@pytest.mark.parametrize(
    ("text", "suffix", "title", "kept"),
    [
        (  # right under the title, one column deeper than its text
            "Backend prep\n\n1) Describe the CAP theorem\nAt most two of C, A and P.\n\n"
            "2) Write a function that reverses a linked list\n    def reverse(head):\n"
            "        prev = None\n        while head:\n"
            "            head.next, prev, head = prev, head, head.next\n"
            "        return prev\n\n3) sharding vs replication\nSharding splits writes.\n",
            ".txt",
            "Write a function that reverses a linked list",
            "        head.next, prev, head = prev, head, head.next\n    return prev",
        ),
        (  # after a blank line, four deeper than the item's text: Markdown's code block
            "# Interview prep\n\n1. Write a function that reverses a string\n\n"
            "       def rev(s):\n           return s[::-1]\n\n"
            "2. What is a closure?\n\n   A function that keeps its enclosing scope.\n",
            ".md",
            "Write a function that reverses a string",
            "def rev(s):\n        return s[::-1]",
        ),
        (  # the last item's, no blank line under its title
            "1. What is an index?\n   A sorted lookup structure.\n"
            "2. Find duplicate emails\n       SELECT email\n         FROM users\n"
            "       GROUP BY email HAVING COUNT(*) > 1;\n",
            ".md",
            "Find duplicate emails",
            "SELECT email\n  FROM users\nGROUP BY email",
        ),
        (  # under an "Answer:" line in the item
            "1. Write a query for the top salary\n   Answer:\n\n"
            "       SELECT MAX(salary)\n         FROM staff;\n"
            "2. What is a view?\n   A stored query.\n",
            ".md",
            "Write a query for the top salary",
            "SELECT MAX(salary)\n      FROM staff;",
        ),
        (  # a line of code, then the answer's words at the item's text
            "1) Merge two dicts\n    merged = {**a, **b}\n   The right one wins a clash.\n"
            "2) What is __slots__?\n   A fixed set of attributes.\n",
            ".txt",
            "Merge two dicts",
            "merged = {**a, **b}",
        ),
    ],
    ids=["python under 2)", "md block under 1.", "sql last item", "under Answer:", "code, words"],
)
def test_code_indented_under_a_numbered_title_shows_as_code(text, suffix, title, kept):
    """Code under a numbered title was its answer with its indentation cut to the code's
    own margin: plain lines, no code block, "return prev" level with "def"."""
    from studyapp.core.render import render_markdown

    answer = _answers(text, suffix)[title]
    assert kept in answer
    html = render_markdown(answer)
    assert "<pre" in html and "<code" in html


def test_words_indented_under_a_numbered_title_stay_words():
    notes = (
        "1. Explain the GIL\n    A lock that lets one thread run bytecode.\n"
        "2. Explain asyncio\n     An event loop that runs coroutines.\n"
    )
    from studyapp.core.render import render_markdown

    answers = _answers(notes, ".md")
    assert answers == {
        "Explain the GIL": "A lock that lets one thread run bytecode.",
        "Explain asyncio": "An event loop that runs coroutines.",
    }
    assert not any("<pre" in render_markdown(a) for a in answers.values())


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. stack vs queue\n   stack is LIFO, queue is FIFO.\n"
            "2. heap vs tree\n   a heap is a tree kept in order.\n",
            [
                ("stack vs queue", "stack is LIFO, queue is FIFO."),
                ("heap vs tree", "a heap is a tree kept in order."),
            ],
        ),
        (
            "1. Hash map basics\n   a table of key/value pairs with O(1) lookups.\n"
            "2. why the GIL exists\n   because CPython's reference counts are not thread-safe.\n",
            [
                ("Hash map basics", "a table of key/value pairs with O(1) lookups."),
                ("why the GIL exists", "because CPython's reference counts are not thread-safe."),
            ],
        ),
    ],
    ids=["vs", "basics, why"],
)
def test_an_answer_indented_as_the_items_text_is_not_its_title_going_on(text, expected, suffix):
    """With no blank line under the numbered title, its answer indented as the item's
    text joined the title (and the list read as no questions at all)."""
    assert pairs(text, suffix=suffix) == expected


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_title_that_goes_on_under_its_first_line_stays_whole(suffix):
    notes = (
        "1) Difference between TCP\n   and UDP\n   TCP is reliable.\n"
        "2) Explain what happens when\n   you type a URL\n   DNS, TCP, TLS, HTTP.\n"
        "3) Explain how a B-tree stays balanced when\n   nodes split and merge\n\n"
        "   Splits push keys up.\n"
    )
    assert pairs(notes, suffix=suffix) == [
        ("Difference between TCP and UDP", "TCP is reliable."),
        ("Explain what happens when you type a URL", "DNS, TCP, TLS, HTTP."),
        ("Explain how a B-tree stays balanced when nodes split and merge", "Splits push keys up."),
    ]


@pytest.mark.parametrize(
    ("text", "title", "answer"),
    [
        (  # a tester's notes: the formula over the sentence that says when
            "ML prep\n\n1. Explain precision vs recall.\n"
            "    Precision = TP / (TP + FP). Recall = TP / (TP + FN).\n"
            "    Use precision when false positives are costly.\n\n"
            "2. What is a confusion matrix?\n    A table of predicted vs actual classes.\n",
            "Explain precision vs recall.",
            "Precision = TP / (TP + FP). Recall = TP / (TP + FN).\n"
            "Use precision when false positives are costly.",
        ),
        (  # written fresh: a line's equation, then what its terms are
            "Regression\n\n1) What does a linear model compute?\n"
            "    y = w * x + b, for each input x.\n"
            "    The weights say how much each feature moves the output.\n\n"
            "2) What is R squared?\n    The share of variance the model explains.\n",
            "What does a linear model compute?",
            "y = w * x + b, for each input x.\n"
            "The weights say how much each feature moves the output.",
        ),
    ],
    ids=["precision", "linear model"],
)
def test_a_formula_over_its_explanation_under_a_numbered_title_is_text(text, title, answer):
    """An indented answer opening with a formula was shown whole as a code block: its
    first line read as an assignment. Code holds no sentence of prose."""
    assert _answers(text, ".md")[title] == answer

"""A quiz's options lettered "A:" ("- A: true" / "- B: false"), as "A)", "(a)" and "a."
options are: a question's first option, kept as written, not an answer's "A:" mark
(which would drop the letter and read the option as the answer's first words)."""

from __future__ import annotations

import re

import pytest

from studyapp.core.parse import parse_path
from tests.conftest import CORPORA
from tests.helpers.parsing import pairs

QUIZ = CORPORA / "lydiahallie__javascript-questions__README.md"
_OPTION_LINE_RE = re.compile(r"^\s*- [A-D]: ")


@pytest.mark.skipif(not QUIZ.is_file(), reason="../shared/corpora is not available")
def test_every_option_of_the_javascript_quiz_keeps_its_letter():
    lines = QUIZ.read_text(encoding="utf-8").split("\n")
    doc = parse_path(QUIZ)
    assert len(doc.questions) == 155
    lost = []
    for q in doc.questions:
        options = [
            line.strip()
            for line in lines[q.source_line : q.end_line]
            if _OPTION_LINE_RE.match(line)
        ]
        lost += [(q.title, o) for o in options if o not in q.answer_markdown]
    assert lost == []
    (prototypes,) = [q for q in doc.questions if q.title == "All object have prototypes."]
    assert prototypes.answer_markdown.startswith("- A: true\n- B: false\n\n#### Answer: B")


def test_true_or_false_options_under_a_heading_keep_their_first_letter():
    notes = (
        "## Git\n\n"
        "#### Q1. A rebase rewrites history.\n\n"
        "* A: true\n* B: false\n\n"
        "Answer: A. Rebasing replays commits, giving them new hashes.\n\n"
        "#### Q2. Which command shows the staged changes?\n\n"
        "* A: git diff\n* B: git diff --staged\n* C: git status -s\n\n"
        "Answer: B. Plain `git diff` shows unstaged changes only.\n"
    )
    assert pairs(notes) == [
        (
            "A rebase rewrites history.",
            "* A: true\n* B: false\n\nAnswer: A. Rebasing replays commits, giving them new hashes.",
        ),
        (
            "Which command shows the staged changes?",
            "* A: git diff\n* B: git diff --staged\n* C: git status -s\n\n"
            "Answer: B. Plain `git diff` shows unstaged changes only.",
        ),
    ]


def test_options_indented_under_numbered_bold_questions_keep_their_first_letter():
    notes = (
        "## Docker\n\n"
        "1. **Which instruction sets the image's default command?**\n"
        "   - A: RUN\n   - B: CMD\n   - C: FROM\n\n   Answer: B\n\n"
        "2. **Does `docker stop` send SIGKILL first?**\n"
        "   - A: yes\n   - B: no\n\n   Answer: B\n"
    )
    assert [a for _, a in pairs(notes)] == [
        "- A: RUN\n- B: CMD\n- C: FROM\n\nAnswer: B",
        "- A: yes\n- B: no\n\nAnswer: B",
    ]


@pytest.mark.parametrize("mark", [":", ")", "."])
def test_plain_text_options_are_the_answer_not_part_of_the_question(mark):
    """However few the options, they part the question from its "Answer: B" line."""
    notes = (
        f"Q: Which HTTP method is idempotent?\nA{mark} POST\nB{mark} PUT\nC{mark} PATCH\n"
        "Answer: B\n\n"
        f"Q: Does a 301 redirect get cached?\nA{mark} yes\nB{mark} no\nAnswer: A\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "Which HTTP method is idempotent?",
            f"A{mark} POST\nB{mark} PUT\nC{mark} PATCH\nAnswer: B",
        ),
        ("Does a 301 redirect get cached?", f"A{mark} yes\nB{mark} no\nAnswer: A"),
    ]


def test_numbered_questions_with_bracketed_options_and_an_answer_line():
    notes = (
        "# Networking quiz\n\n"
        "1. Which layer does TCP belong to?\nA) Network\nB) Transport\nC) Session\n\n"
        "Answer: B\n\n"
        "2. Is UDP connection-oriented?\nA) Yes\nB) No\n\nAnswer: B\n"
    )
    assert pairs(notes) == [
        ("Which layer does TCP belong to?", "A) Network\nB) Transport\nC) Session\n\nAnswer: B"),
        ("Is UDP connection-oriented?", "A) Yes\nB) No\n\nAnswer: B"),
    ]


def test_an_answer_key_ticks_options_lettered_with_a_colon():
    notes = (
        "# Kubernetes check\n\n"
        "1. Which object keeps a set number of pod replicas running?\n\n"
        "- A: Service\n- B: ReplicaSet\n- C: ConfigMap\n\n"
        "2. A pod can hold more than one container.\n\n- A: true\n- B: false\n\n"
        "**Answers:** 1-b, 2-a\n"
    )
    assert [a for _, a in pairs(notes)] == [
        "- A: Service\n- B: ✔ **ReplicaSet**\n- C: ConfigMap",
        "- A: ✔ **true**\n- B: false",
    ]


def test_an_answer_mark_over_sub_items_lettered_otherwise_is_still_a_mark():
    """ "A:" is an option only where a "B:" follows it: over "a) … b) …" it marks the answer."""
    notes = (
        "Q: Name two kinds of join.\nA: Two of them:\na) inner\nb) left outer\n\n"
        "Q: What is a view?\nA: A stored query.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Name two kinds of join.", "Two of them:\na) inner\nb) left outer"),
        ("What is a view?", "A stored query."),
    ]


def test_lettered_parts_of_what_is_asked_stay_in_the_question():
    """Over an answer that names no option ("A: TCP is …"), "a) … b) …" are the
    question's own parts."""
    notes = (
        "Q: Compare the following:\na) TCP\nb) UDP\nA: TCP is reliable; UDP is not.\n\n"
        "Q: What is DNS?\nA: Names to addresses.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Compare the following: a) TCP b) UDP", "TCP is reliable; UDP is not."),
        ("What is DNS?", "Names to addresses."),
    ]


# Options "a) …" / "A. …" with no list's dash, a blank line (or the code asked about)
# between them and their question: a card of options each, not a question an option.
SPACED_OPTIONS = (
    "## Async\n\n"
    "Which keyword pauses an async function until a promise settles?\n\n"
    "a) `async`\n\nb) `await`\n\nc) `yield`\n\n"
    "Answer: b\n\n"
    "What does `typeof null` return?\n\n"
    "a) `'null'`\n\nb) `'object'`\n\nc) `'undefined'`\n\n"
    "Answer: b\n"
)
OPTIONS_UNDER_CODE = (
    "## Python\n\n"
    "What does this print?\n\n"
    "```python\nprint(2 ** 3 ** 2)\n```\n\n"
    "A. 64\nB. 512\nC. 36\n\n"
    "Answer: B\n\n"
    "Which call makes a shallow copy of a list?\n\n"
    "A. `copy.deepcopy(xs)`\nB. `xs[:]`\nC. `list.sort(xs)`\n\n"
    "Answer: B\n"
)


@pytest.mark.parametrize(
    ("notes", "titles", "right"),
    [
        (
            SPACED_OPTIONS,
            [
                "Which keyword pauses an async function until a promise settles?",
                "What does typeof null return?",
            ],
            ["B: await", "B: 'object'"],
        ),
        (
            OPTIONS_UNDER_CODE,
            ["What does this print?", "Which call makes a shallow copy of a list?"],
            ["B: 512", "B: xs[:]"],
        ),
    ],
)
def test_lettered_options_a_blank_line_under_their_question_are_its_options(notes, titles, right):
    from studyapp.core.parse import parse_text
    from studyapp.core.quiz_options import right_option

    questions = parse_text(notes).questions
    assert [q.title for q in questions] == titles
    assert [right_option(q.answer_markdown).point for q in questions] == right

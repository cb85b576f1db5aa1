"""A column named with a word before its name ("My answer", "Interview question",
"Short answer") is that column, in a Markdown table and in a sheet alike: a new
user's table "| # | Question | My answer | Confidence |" gave no question at all.
A column of labels beside the answer ("Confidence", "Difficulty") is a label of
each card, not its topic, in a Markdown table as in a CSV."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_path

ROWS = [
    ("What is toil?", "Manual, repetitive work that scales with the service.", "high"),
    ("What is an SLO?", "The internal target for a service level.", "med"),
    ("What is an SLA?", "The contract with penalties.", "high"),
]


def _parsed(tmp_path, shape, *names: str):
    """The parse of a file of ROWS as `shape` writes it, read as the app reads a file."""
    path = tmp_path / ("notes.md" if shape is _markdown else "notes.csv")
    path.write_text(shape(*names), encoding="utf-8")
    return parse_path(path)


def _markdown(question: str, answer: str, label: str = "Confidence") -> str:
    rows = "".join(f"| {i} | {q} | {a} | {c} |\n" for i, (q, a, c) in enumerate(ROWS, 1))
    return f"# SRE loop\n\n| # | {question} | {answer} | {label} |\n|---|---|---|---|\n{rows}"


def _csv(question: str, answer: str, label: str = "Confidence") -> str:
    rows = "".join(f'"{q}","{a}",{c}\n' for q, a, c in ROWS)
    return f"{question},{answer},{label}\n{rows}"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Question", "My answer"),
        ("Interview question", "Answer"),
        ("Question", "Short answer"),
        ("Question", "Your answer"),
        ("Question", "Model  Answer:"),
    ],
)
@pytest.mark.parametrize("shape", [_markdown, _csv], ids=["markdown table", "csv"])
def test_a_column_named_with_a_word_before_its_name_is_that_column(
    tmp_path, shape, question, answer
):
    doc = _parsed(tmp_path, shape, question, answer)
    assert [q.title for q in doc.questions] == [q for q, _a, _c in ROWS]
    for parsed, (_q, written, _c) in zip(doc.questions, ROWS, strict=True):
        assert parsed.answer_markdown.startswith(written)


@pytest.mark.parametrize("shape", [_markdown, _csv], ids=["markdown table", "csv"])
def test_a_wrong_answer_column_is_not_the_answer(tmp_path, shape):
    doc = _parsed(tmp_path, shape, "Question", "Wrong answer", "Answer")
    assert [q.title for q in doc.questions] == [q for q, _a, _c in ROWS]
    assert [q.answer_markdown.split("\n")[0] for q in doc.questions] == ["high", "med", "high"]


@pytest.mark.parametrize("label", ["Confidence", "Difficulty", "Status"])
@pytest.mark.parametrize("shape", [_markdown, _csv], ids=["markdown table", "csv"])
def test_a_label_column_labels_the_cards_and_names_no_topic(tmp_path, shape, label):
    doc = _parsed(tmp_path, shape, "Question", "Answer", label)
    assert [q.title for q in doc.questions] == [q for q, _a, _c in ROWS]
    assert not any(label in "/".join(q.topic_path) for q in doc.questions)
    assert [q.tags[-1] for q in doc.questions] == [
        f"{label}::high",
        f"{label}::med",
        f"{label}::high",
    ]
    # the answer pane shows the answer, not "#Difficulty/high" under it
    assert [q.answer_markdown for q in doc.questions] == [a for _q, a, _c in ROWS]


TABLE_THEN_BOLD = """# SRE loop

| # | Question | My answer |
|---|----------|-----------|
| 1 | What is an SLO vs an SLA? | The SLO is the internal target; the SLA the contract. |
| 2 | How do you set an error budget? | One minus the SLO over a window. |
| 3 | What is toil? | Manual, repetitive, automatable work. |

## Incident questions

**What goes in a blameless postmortem?**
Timeline, impact, root causes and action items with owners.

**How do you page without burning people out?**
Alert on burn rate, not on every error; keep rotations humane.
"""

BOLD_THEN_TABLE = """# Networking notes

**What does TCP's three-way handshake do?**
It agrees on initial sequence numbers: SYN, SYN-ACK, ACK.

**Why does TIME_WAIT exist?**
Late segments of an old connection must not reach a new one.

**What is head-of-line blocking?**
One lost packet holds back every stream behind it.

## Quick ones

| Question | Answer |
|---|---|
| What port does DNS use? | 53, UDP and TCP. |
| What does ARP resolve? | An IP address to a MAC address. |
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            TABLE_THEN_BOLD,
            [
                "What is an SLO vs an SLA?",
                "How do you set an error budget?",
                "What is toil?",
                "What goes in a blameless postmortem?",
                "How do you page without burning people out?",
            ],
        ),
        (
            BOLD_THEN_TABLE,
            [
                "What does TCP's three-way handshake do?",
                "Why does TIME_WAIT exist?",
                "What is head-of-line blocking?",
                "What port does DNS use?",
                "What does ARP resolve?",
            ],
        ),
    ],
    ids=["table, then bold questions", "bold questions, then a table"],
)
def test_a_table_of_questions_beside_bold_questions_gives_both(tmp_path, text, titles):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_path(path)
    assert [q.title for q in doc.questions] == titles
    last = doc.questions[-1].answer_markdown
    assert "postmortem" not in last or "burn rate" in last  # each keeps its own answer
    assert not any("Quick ones" in q.answer_markdown for q in doc.questions)

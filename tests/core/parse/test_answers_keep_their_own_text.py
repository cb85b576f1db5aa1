"""An answer holds its own text only: a to-do written between two list-item cards, a
line of Org text after a list (which ends the list in Org), and a line that leads
on with a colon into the next group of questions are no part of the answer above."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


def _answers(text: str, suffix: str = ".md") -> dict[str, str]:
    return {q.title: q.answer_markdown for q in parse_text(text, suffix=suffix).questions}


LOGSEQ_PAGE = """\
- Revision session #study
- What is a B-tree? #card
\t- A balanced search tree whose nodes hold many keys.
- What is an LSM tree? #card
\t- Writes go to a memtable, flushed to sorted files merged later.
- LATER compare both on a write-heavy benchmark
- What is a bloom filter? #card
\t- A bit array that says "maybe present" or "surely absent".
"""

MARKDOWN_OUTLINE = """\
# Networking

- What is TCP?
  - A reliable, ordered byte stream over IP.
- What is UDP?
  - Datagrams, no delivery guarantee.
- [ ] practise drawing the handshake
- What is QUIC?
  - Transport over UDP with TLS built in.
"""


@pytest.mark.parametrize(
    ("text", "question", "answer", "left_out"),
    [
        (
            LOGSEQ_PAGE,
            "What is an LSM tree?",
            "- Writes go to a memtable, flushed to sorted files merged later.",
            6,
        ),
        (MARKDOWN_OUTLINE, "What is UDP?", "- Datagrams, no delivery guarantee.", 7),
    ],
)
def test_a_to_do_between_list_item_cards_is_no_part_of_the_answer_above(
    text, question, answer, left_out
):
    doc = parse_text(text)
    assert len(doc.questions) == 3
    assert {q.title: q.answer_markdown for q in doc.questions}[question] == answer
    assert any(r.start_line <= left_out <= r.end_line for r in doc.skipped)  # said, not lost


def test_a_line_after_an_org_list_ends_the_list_and_org_emphasis_reads_as_markdown():
    org = (
        "* Python\n"
        "** What does the GIL do?\n"
        "  + It lets *one* thread run bytecode at a time.\n"
        "  + I/O releases it; see =time.sleep= and the /threading/ docs.\n"
        "  So CPU-bound threads gain nothing: use processes, not +threads+.\n"
        "** What is a generator?\n"
        "Lazy values made on demand (paths like a/b/c and 1 + 2 + 3 stay as typed).\n"
    )
    doc = parse_text(org, suffix=".org")
    answers = {q.title: q.answer_markdown for q in doc.questions}
    assert answers["What does the GIL do?"] == (
        "+ It lets **one** thread run bytecode at a time.\n"
        "+ I/O releases it; see `time.sleep` and the *threading* docs.\n"
        "\n"
        "So CPU-bound threads gain nothing: use processes, not ~~threads~~."
    )
    assert answers["What is a generator?"] == (
        "Lazy values made on demand (paths like a/b/c and 1 + 2 + 3 stay as typed)."
    )
    # the file's own lines, though the list's end took a line of the Markdown
    assert [(q.source_line, q.end_line) for q in doc.questions] == [(2, 5), (6, 7)]


def test_a_line_leading_into_the_next_questions_belongs_to_none_of_them():
    notes = (
        "## What is an index?\n\nA B-tree over a column.\n\n"
        "## What is a covering index?\n\nAn index holding every column a query reads.\n\n"
        "From the mock interview with Priya:\n\n"
        "## What is a partial index?\n\nAn index over the rows a WHERE clause picks.\n"
    )
    doc = parse_text(notes)
    answers = {q.title: q.answer_markdown for q in doc.questions}
    assert answers["What is a covering index?"] == "An index holding every column a query reads."
    assert [(r.start_line, r.reason) for r in doc.skipped] == [(9, "notes between questions")]


def test_a_colon_line_with_its_example_under_it_stays_in_the_answer():
    notes = (
        "## How do you read a file lazily?\n\nIterate over it, a line at a time:\n\n"
        "```python\nfor line in open(path):\n    use(line)\n```\n\n"
        "## What does `with` do?\n\nCloses the file on the way out.\n"
    )
    answer = _answers(notes)["How do you read a file lazily?"]
    assert answer.startswith("Iterate over it, a line at a time:") and answer.endswith("```")

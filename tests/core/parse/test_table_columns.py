"""A Markdown table's columns beside Question and Answer: a Topic or Category column
was ignored and an Example or Notes column lost without a word, where the same header in
a CSV gives topics. Now the row's topic travels with it (a tag, and the place's topic
for the engine) and the other columns' cells go under the answer."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text
from studyapp.core.parse.table_units import table_rows
from studyapp.core.parse.tree import build

TABLE = (
    "| Question | Answer | Category | Example |\n|---|---|---|---|\n"
    "| What is REST? | An architectural style | APIs | `GET /users/1` |\n"
    "| What is gRPC? | RPC over HTTP/2 | Backend / RPC | |\n"
)


def test_a_tables_other_columns_go_under_the_answer():
    questions = parse_text(TABLE).questions
    assert [q.answer_markdown for q in questions] == [
        "An architectural style\n\n**Example:** `GET /users/1`",
        "RPC over HTTP/2",
    ]


def test_a_tables_topic_column_is_kept_with_its_row():
    questions = parse_text(TABLE).questions
    assert [q.tags for q in questions] == [("APIs",), ("Backend / RPC",)]
    units = table_rows(build(TABLE))
    assert [u.topic for u in units] == [("APIs",), ("Backend", "RPC")]


def test_a_number_column_stays_out_of_the_answer():
    text = "| # | Question | Answer |\n|---|---|---|\n| 1 | What is DNS? | Names to IPs |\n"
    assert [q.answer_markdown for q in parse_text(text).questions] == ["Names to IPs"]


def test_a_tables_topic_column_groups_its_questions_as_topics(tmp_path):
    """A new user organised a table by a Category column; every question landed in
    'General', the column's text nowhere."""
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    path = tmp_path / "networking.md"
    path.write_text(
        "| Category | Question | Answer |\n|---|---|---|\n"
        "| Transport | What is TCP? | A reliable byte stream. |\n"
        "| Transport | What is UDP? | Datagrams, no delivery promise. |\n"
        "| Naming | What is DNS? | Names to addresses. |\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, path)
        deck = store.decks()[0]
        by_topic = {
            t.name: [q.title for q in store.questions(topic_id=t.id)] for t in store.topics(deck.id)
        }
    assert by_topic == {
        "Transport": ["What is TCP?", "What is UDP?"],
        "Naming": ["What is DNS?"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "# Deep learning glossary\n\n| Term | Definition |\n|------|------------|\n"
        "| Epoch | One full pass over the training data |\n"
        "| Dropout | Randomly zeroing activations to regularize |\n",
        "Notes on SQL, kept as a table.\n\n| Question | Answer |\n| :--- | :--- |\n"
        "| What is a view? | A stored query. |\n| What is an index? | A sorted copy. |\n",
    ],
    ids=["glossary", "questions under an intro"],
)
def test_a_tables_header_left_out_is_named_so_not_intro(text):
    """The import preview called a glossary's `| Term | Definition |` row and its rule
    'intro': they are the table's header, above the rows that are its questions."""
    doc = parse_text(text)
    assert len(doc.questions) == 2
    first_row = next(n for n, x in enumerate(text.split("\n"), 1) if x.startswith("|"))
    header = [r for r in doc.skipped if r.start_line == first_row]
    assert [(r.reason, r.end_line - r.start_line) for r in header] == [("table header", 1)]

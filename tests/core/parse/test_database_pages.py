"""A database exported as a folder of pages, one a row (Notion's Markdown export): each
page opens with its title, then its properties a line each ("Difficulty: Easy",
"Tags: …", "Status: Done", "Last reviewed: …"), then its body. Each page is one
question, its answer the body: the properties are labels where they are a database's
record keeping (a difficulty, a status, a company, a ticked box, its tags), left out
where they are dates and numbers, and kept where they say something (a link). The
database's table beside the folder (its .csv, Notion's "_all.csv") is left out, named:
its rows are the pages, without their text."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import import_file
from studyapp.core.parse import parse_path, parse_text
from studyapp.core.store import Store

_DB = "Interview DB 8f3c2a1b9d7e4f6a8b0c1d2e3f4a5b6c"
_PAGES = {
    "Two Sum 1a2b3c4d5e6f708192a3b4c5d6e7f801.md": (
        "# Two Sum\n\nDifficulty: Easy\nTags: Arrays, Hash map\nStatus: Done\n"
        "Last reviewed: March 4, 2025\n\n"
        "Keep a hash map of value to index; look each complement up.\n"
    ),
    "What is a closure 2b3c4d5e6f708192a3b4c5d6e7f80112.md": (
        "# What is a closure?\n\nDifficulty: Medium\nTags: Python\nStatus: In progress\n"
        "Last reviewed: March 6, 2025\n\n"
        "A function that keeps the variables of the scope it was defined in.\n"
    ),
    "Explain database indexing 3c4d5e6f708192a3b4c5d6e7f8011223.md": (
        "# Explain database indexing\n\nDifficulty: Hard\nTags: SQL\nStatus: Not started\n"
        "Last reviewed: February 20, 2025\n\n"
        "A sorted structure over columns.\n\n- Speeds up reads\n- Slows down writes\n"
    ),
}
_TABLE = (
    "Name,Difficulty,Tags,Status,Last reviewed\n"
    'Two Sum,Easy,"Arrays, Hash map",Done,"March 4, 2025"\n'
    'What is a closure?,Medium,Python,In progress,"March 6, 2025"\n'
    'Explain database indexing,Hard,SQL,Not started,"February 20, 2025"\n'
)


def _notion_export(root: Path) -> Path:
    pages = root / _DB
    pages.mkdir(parents=True)
    for name, text in _PAGES.items():
        (pages / name).write_text(text, encoding="utf-8")
    (root / f"{_DB}.csv").write_text(_TABLE, encoding="utf-8")
    (root / f"{_DB}_all.csv").write_text(_TABLE, encoding="utf-8")
    return root


def _left_out(doc) -> dict[str, str]:
    return {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}


def test_each_page_of_a_notion_database_is_one_question_its_properties_labels(tmp_path):
    doc = parse_path(_notion_export(tmp_path / "Export"))
    found = {q.title: q for q in doc.questions}
    assert sorted(found) == ["Explain database indexing", "Two Sum", "What is a closure?"]
    closure = found["What is a closure?"]  # (its properties were four questions)
    assert closure.answer_markdown.startswith("A function that keeps the variables")
    assert set(closure.tags) >= {"Difficulty::Medium", "Status::In progress", "Python"}
    assert closure.topic_path == ("Interview DB",)
    two_sum = found["Two Sum"]
    assert set(two_sum.tags) >= {"Difficulty::Easy", "Status::Done", "Arrays", "Hash map"}
    for question in doc.questions:
        answer = question.answer_markdown
        assert "Difficulty:" not in answer and "Status:" not in answer
        assert "2025" not in answer  # the date the row was last reviewed: no answer's
        assert "#Difficulty/" not in answer  # a tag (core.parse.meta_columns), no text
    assert "- Slows down writes" in found["Explain database indexing"].answer_markdown


def test_the_table_beside_the_pages_is_not_read_again(tmp_path):
    export = _notion_export(tmp_path / "Export")
    doc = parse_path(export)
    assert len(doc.questions) == 3  # (the table's rows came again: 10 questions)
    left = _left_out(doc)
    assert left[f"{_DB}_all.csv"].startswith("a database's table: its folder of pages")
    assert left[f"{_DB}.csv"].startswith("Notion's view of a database")
    with Store.open(tmp_path / "s.sqlite3") as store:
        assert import_file(store, export).new == 3


def test_another_database_without_ids_other_properties(tmp_path):
    """Another database: no export ids, a multi-select company, a checkbox, a number,
    a date and time, a link; the table beside its folder named as the folder."""
    root = tmp_path / "Prep"
    (root / "Behavioral").mkdir(parents=True)
    (root / "Behavioral" / "Tell me about a conflict.md").write_text(
        "# Tell me about a conflict\n\nCompany: Google, Meta\nRound: Phone screen\n"
        "Starred: Yes\nConfidence: 3\nCreated: 2024-03-01 10:00\n"
        "Link: https://example.com/conflict\n\n"
        "- Two teams wanted the same release slot.\n- We split the launch in two.\n"
    )
    (root / "Behavioral" / "Why do you want to work here.md").write_text(
        "# Why do you want to work here?\n\nCompany: Stripe\nRound: Onsite\nStarred: No\n"
        "Confidence: 4\nCreated: 2024-03-02 09:30\nLink: https://example.com/why\n\n"
        "> Their API docs taught me how good docs look.\n\n"
        "I want to build tools other developers rely on.\n"
    )
    (root / "Behavioral.csv").write_text(
        "Name,Company,Round,Starred,Confidence,Created,Link\n"
        'Tell me about a conflict,"Google, Meta",Phone screen,Yes,3,2024-03-01 10:00,'
        "https://example.com/conflict\n"
        "Why do you want to work here?,Stripe,Onsite,No,4,2024-03-02 09:30,"
        "https://example.com/why\n"
    )
    doc = parse_path(root)
    found = {q.title: q for q in doc.questions}
    assert sorted(found) == ["Tell me about a conflict", "Why do you want to work here?"]
    conflict, why = found["Tell me about a conflict"], found["Why do you want to work here?"]
    assert set(conflict.tags) == {
        "Company::Google",
        "Company::Meta",
        "Round::Phone screen",
        "Starred",
    }
    assert set(why.tags) == {"Company::Stripe", "Round::Onsite"}  # (not starred)
    assert "Link: https://example.com/why" in why.answer_markdown  # the way to it, kept
    assert "I want to build tools" in why.answer_markdown
    for answer in (conflict.answer_markdown, why.answer_markdown):
        assert "Confidence" not in answer and "2024-03" not in answer
    assert _left_out(doc)["Behavioral.csv"].startswith("a database's table")


def test_a_page_read_alone_has_its_properties_as_labels_and_no_topic_of_them(tmp_path):
    doc = parse_text(_PAGES["What is a closure 2b3c4d5e6f708192a3b4c5d6e7f80112.md"])
    assert [q.title for q in doc.questions] == ["What is a closure?"]
    assert "Difficulty::Medium" in doc.questions[0].tags
    page = tmp_path / "Hash maps.md"
    page.write_text(
        "# Hash maps\n\nStatus: Done\nDifficulty: Easy\nLast edited: May 2, 2025\n\n"
        "## What is a hash map?\n\nKeys hashed to buckets.\n\n"
        "## What is a collision?\n\nTwo keys in one bucket.\n"
    )
    questions = parse_path(page).questions
    assert [q.title for q in questions] == ["What is a hash map?", "What is a collision?"]
    for question in questions:  # (a label is no topic: not filed under "Status › Done")
        assert {"Status::Done", "Difficulty::Easy"} <= set(question.tags)
        assert not question.topic_path or question.topic_path[0] not in ("Status", "Difficulty")


def test_name_value_lines_that_are_the_pages_own_text_stay():
    """Lines of "Name: value" under a title that are no record keeping (a complexity,
    figures, a card's Q: and A:) are read as before."""
    assert [
        (q.title, q.answer_markdown)
        for q in parse_text("# Two pointers\n\nTime: O(n)\nSpace: O(1)\n\nWalk once.\n").questions
    ] == [("Two pointers", "Time: O(n)\nSpace: O(1)\n\nWalk once.")]
    card = parse_text("# Closures\n\nQ: What is a closure?\nA: A function with its scope.\n")
    assert [(q.title, q.answer_markdown) for q in card.questions] == [
        ("What is a closure?", "A function with its scope.")
    ]


def test_a_table_of_cards_beside_a_folder_of_its_name_is_still_read(tmp_path):
    """Cards in "sql.csv" beside a "sql" folder of notes: the folder's pages are not
    the table's rows, and both are read."""
    root = tmp_path / "Prep"
    (root / "sql").mkdir(parents=True)
    (root / "sql" / "joins.md").write_text(
        "# Joins\n\nStatus: Done\nTags: sql\n\n## What is an inner join?\n\nMatching rows only.\n"
    )
    (root / "sql.csv").write_text(
        "Question,Answer\nWhat is a view?,A stored query.\nWhat is an index?,A sorted lookup.\n"
    )
    titles = sorted(q.title for q in parse_path(root).questions)
    assert titles == ["What is a view?", "What is an index?", "What is an inner join?"]


def test_a_topic_property_is_the_pages_topic_not_its_answers_text(tmp_path):
    pages = tmp_path / "Export" / "Questions 0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    pages.mkdir(parents=True)
    (pages / "Explain Kafka partitions 2a3b.md").write_text(
        "# Explain Kafka partitions\n\nTopic: Streaming\nStatus: Not started\n\n"
        "Each partition is an ordered log on one leader broker.\n"
    )
    (pages / "What is MVCC 3c4d.md").write_text(
        "# What is MVCC?\n\nCategory: Databases (../Categories/Databases 9f8e.md)\n"
        "Difficulty: Hard\n\nReaders see a snapshot; writers make new versions.\n"
    )
    doc = parse_path(tmp_path / "Export")
    found = {q.title: q for q in doc.questions}
    kafka, mvcc = found["Explain Kafka partitions"], found["What is MVCC?"]
    assert kafka.answer_markdown == "Each partition is an ordered log on one leader broker."
    assert kafka.topic_path[-1] == "Streaming"
    assert mvcc.answer_markdown == "Readers see a snapshot; writers make new versions."
    assert mvcc.topic_path[-1] == "Databases"
    assert "Difficulty::Hard" in mvcc.tags

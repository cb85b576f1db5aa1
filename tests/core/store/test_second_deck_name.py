"""A second notes file with a deck's title: the name its new deck gets.

A new user's second "SQL" deck (from another folder's sql.md) was named "SQL (sql)":
the file's name added as it is spelled on disk, saying nothing the name did not; a
copy of "ML Interview Prep" from ml-prep.md was "ML Interview Prep (ML Prep)". Now
the words the file's name adds are added as a title where they tell the decks
apart, and the name is numbered where they do not; the first deck keeps its name."""

from __future__ import annotations

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store


def document(name: str, n: int) -> ParsedDocument:
    question = ParsedQuestion(f"Question {n}?", f"Answer {n}.", 3, topic_path=("Basics",))
    return ParsedDocument(name, "markdown", [question])


def _file(root, path: str) -> str:
    """The notes file at `path` under `root` (a deck whose file is gone is taken for
    one moved, and a same-titled file then for it)."""
    file = root / path.lstrip("/")
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("notes", encoding="utf-8")
    return str(file)


@pytest.mark.parametrize(
    ("files", "names"),
    [
        # the file's name repeats the title: numbered
        (
            [("SQL", "/work/sql.md"), ("SQL", "/home/sql.md"), ("SQL", "/old/SQL.txt")],
            ["SQL", "SQL (2)", "SQL (3)"],
        ),
        # (or its words all in the title: a copy of the notes, "ml-prep.md")
        (
            [("ML Interview Prep", "/a/ml-prep.md"), ("ML Interview Prep", "/b/ml-prep.md")],
            ["ML Interview Prep", "ML Interview Prep (2)"],
        ),
        (
            [("Python Core", "/a/core.md"), ("Python Core", "/b/python_and_core.md")],
            ["Python Core", "Python Core (2)"],  # "and" adds nothing
        ),
        # the file's name tells them apart: the words it adds, as a person writes them
        (
            [("SQL", "/notes/sql.md"), ("SQL", "/notes/sql-interview_prep.md")],
            ["SQL", "SQL (Interview Prep)"],
        ),
        (
            [("Interview", "/notes/week1.md"), ("Interview", "/notes/week2.md")],
            ["Interview", "Interview (Week2)"],
        ),
        # that name taken as well: numbered
        (
            [("SQL", "/a/prep.md"), ("SQL (Prep)", "/b/other.md"), ("SQL", "/c/prep.md")],
            ["SQL", "SQL (Prep)", "SQL (2)"],
        ),
    ],
)
def test_a_second_deck_of_a_title_gets_a_name_a_person_reads(tmp_path, files, names):
    files = [(title, _file(tmp_path, path)) for title, path in files]
    with Store.open(tmp_path / "store.sqlite3") as store:
        for n, (title, path) in enumerate(files):
            assert store.free_deck_name(title, path) == names[n]  # what the preview proposes
            summary = store.import_document(document(title, n), path, f"hash-{n}")
            assert summary.deck_name == names[n]
        assert sorted(d.name for d in store.decks()) == sorted(names)
        # a re-import keeps every deck's name
        for n, (title, path) in enumerate(files):
            store.import_document(document(title, n + 10), path, f"hash-{n}-again")
        assert sorted(d.name for d in store.decks()) == sorted(names)

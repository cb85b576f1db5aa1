"""A search does not look inside pictures written into the notes.

Typora, Obsidian and pages saved from the web keep a pasted picture in the notes as
``data:image/png;base64,…``: thousands of letters, in which a short search ("CTE",
"GIL") was found, so the question with the picture was listed for it. The search index
now leaves out data: URIs' payloads and other long runs of base64; the question keeps
its picture. An index an older StudyApp wrote is made again at the store's next full
check, quietly (it is no damage)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.store.daily_check import check_and_repair
from studyapp.core.store.search_index import older_entries
from studyapp.core.store.word_search import _fts_rowid

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
# Base64 in which the letters of the searches stand as words do (after "+" and "/").
PAYLOAD = "iVBORw0KGgoAAAANSUhEUgAA" + "QmFzZTY0+CTEqZ/GILm9" * 40
NOTES = (
    "# SQL\n\n## What is a CTE?\n\nA named query, `WITH x AS (...)`.\n\n"
    "## What is a view?\n\nA saved query:\n\n"
    f"![diagram](data:image/png;base64,{PAYLOAD})\n\n"
    "## What is the GIL?\n\nPython's global interpreter lock.\n"
)
# As a mail or a PEM file wraps it: 64 letters a line.
WRAPPED = "\n".join(PAYLOAD[i : i + 64] for i in range(0, len(PAYLOAD), 64))
# The same payloads in other places: an HTML picture, wrapped, a bare block of base64.
OTHER = (
    "# More\n\n## What is an index?\n\nA sorted copy of a column.\n"
    f'<img src="data:image/jpeg;base64,{WRAPPED}" width="40">\n\n'
    f"## What is a heap?\n\nThe table without order. Its dump:\n\n    {PAYLOAD}\n\n"
    f"## What is a B-tree?\n\nA tree of pages. A key:\n\n{WRAPPED}\n"
)


def titles(store: Store, text: str) -> set[str]:
    found = set(store.search(text))
    return {q.title for q in store.questions() if q.id in found}


def test_a_search_does_not_find_its_words_in_a_pictures_base64(tmp_path):
    for name, text in (("sql.md", NOTES), ("more.md", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "db.sqlite3") as store:
        import_file(store, tmp_path / "sql.md")
        import_file(store, tmp_path / "more.md")
        assert titles(store, "CTE") == {"What is a CTE?"}
        assert titles(store, "GIL") == {"What is the GIL?"}
        assert titles(store, '"CTEqZ"') == set()  # a phrase, read in the answer
        assert titles(store, "saved query") == {"What is a view?"}  # its words still are
        assert titles(store, "sorted column") == {"What is an index?"}
        assert titles(store, "pages") == {"What is a B-tree?"}
        view = next(q for q in store.questions() if q.title == "What is a view?")
        assert PAYLOAD in view.answer_markdown  # the picture itself is kept


def test_an_index_an_older_studyapp_wrote_is_made_again_once_and_quietly(tmp_path):
    (tmp_path / "sql.md").write_text(NOTES, encoding="utf-8")
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as store:
        import_file(store, tmp_path / "sql.md")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for qid, title, answer in conn.execute(
            "SELECT id, title, answer_markdown FROM questions"
        ).fetchall():  # as an older StudyApp indexed them: the whole text
            rowid = _fts_rowid(qid)
            conn.execute("DELETE FROM questions_fts WHERE rowid = ?", (rowid,))
            conn.execute(
                "INSERT INTO questions_fts (rowid, qid, title, answer) VALUES (?, ?, ?, ?)",
                (rowid, qid, title, answer),
            )
    with Store.open(path) as store:
        assert "What is a view?" in titles(store, "CTE")
        assert len(older_entries(store._conn)) == 1  # the view's, with its picture
        assert check_and_repair(store, path, NOW) == (None, None)  # no damage to tell
        assert titles(store, "CTE") == {"What is a CTE?"}
        assert older_entries(store._conn) == []  # once: the next check has none to do
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]  # no copy kept

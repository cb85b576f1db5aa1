"""A store whose text is kept in UTF-16 (`PRAGMA encoding`): a database tool that
rebuilds the file (a dump read back by a shell set to UTF-16, a browser's "export to
new database") may write it so, and SQLite reads it as well as any.

The full check read each text value's bytes (``CAST(… AS BLOB)``, which gives them in
the file's own encoding) as UTF-8: every answer with a character past ASCII was
called damaged, and the "repair" wrote the UTF-16 bytes back as UTF-8 text, so the
answers showed as ``#\\x00#\\x00 \\x00…`` from then on (62 of 76 answers of the seed
notes). The bytes are read in the file's own encoding now: nothing is called damaged,
and text that really is damaged in such a file is still found and repaired."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.pages import orphan_leaves
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
ANSWERS = {
    "What is a café?": "A place with **crème brûlée** ✅ and naïve coffee.",
    "What is 数据?": "数据 means *data*: 🔹 rows, columns, ➡️ tables.",
    "What is plain?": "Only ASCII here.",
}


def studied(path: Path) -> dict[str, str]:
    """Three questions (two past ASCII), each reviewed twice. Returns answers by id."""
    doc = ParsedDocument(
        "Ünïcode",
        "markdown",
        [ParsedQuestion(t, a, i * 3) for i, (t, a) in enumerate(ANSWERS.items())],
    )
    with Store.open(path) as store:
        store.import_document(doc, "/notes/ünï.md", "hash")
        for n, q in enumerate(store.questions() * 2):
            record(store, q.id, 1 + n % 4, 4.0, "study", 1_000 + n)
        return {q.id: q.answer_markdown for q in store.questions()}


def in_encoding(path: Path, encoding: str) -> None:
    """Rebuild the store at `path` with its text in `encoding`, every row kept, as a
    database tool does (SQLite cannot change the encoding of a file that has tables)."""
    new = path.with_name("rebuilt.sqlite3")
    with (
        contextlib.closing(sqlite3.connect(path)) as src,
        contextlib.closing(sqlite3.connect(new, isolation_level=None)) as dst,
    ):
        dst.execute(f"PRAGMA encoding = '{encoding}'")
        dst.execute("BEGIN")
        for (sql,) in src.execute(
            "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"
            " AND name NOT LIKE 'questions_fts_%' ORDER BY rowid"
        ):
            dst.execute(sql)
        tables = src.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'"
            " AND name NOT LIKE 'questions_fts%' AND name NOT LIKE 'sqlite%'"
        ).fetchall()
        for (table,) in tables:
            rows = src.execute(f"SELECT * FROM {table}").fetchall()
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        version = src.execute("PRAGMA user_version").fetchone()[0]
        dst.execute(f"PRAGMA user_version = {version:d}")
        dst.execute("COMMIT")
        assert dst.execute("PRAGMA encoding").fetchone()[0] == encoding
    new.replace(path)
    # The search index as the app writes it (its rowids derive from the question ids).
    with Store.open(path) as store:
        from studyapp.core.store import search_index

        search_index.rebuild_search(store._conn)


def review_count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


@pytest.mark.parametrize("encoding", ["UTF-16le", "UTF-16be"])
def test_a_store_in_utf16_is_not_called_damaged_and_its_answers_read_as_written(tmp_path, encoding):
    path = tmp_path / "studyapp.sqlite3"
    answers = studied(path)
    in_encoding(path, encoding)

    # No record of a full check: the first start of the day runs it.
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is None, report.message
        assert {q.id: q.answer_markdown for q in store.questions()} == answers
        assert len(store.reviews()) == 6
        cafe = next(qid for qid, text in answers.items() if "crème" in text)
        assert store.search("crème") == [cafe]
    assert not list(tmp_path.glob("*.damaged-*"))


def test_text_really_damaged_in_a_utf16_store_is_still_found_and_repaired(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    answers = studied(path)
    in_encoding(path, "UTF-16le")
    damaged = next(qid for qid, text in answers.items() if text.startswith("Only"))
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Bit rot in a text value: its "A" becomes a lone surrogate, no UTF-16 text at all
    # (SQLite itself never writes one; its copy in the search index rots too).
    data = path.read_bytes()
    assert data.count("ASCII".encode("utf-16-le")) >= 1
    path.write_bytes(
        data.replace(
            "ASCII".encode("utf-16-le"),
            b"\x00\xd8SCII".replace(b"SCII", "SCII".encode("utf-16-le")),
        )
    )

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and "1 text value" in report.message
        shown = {q.id: q.answer_markdown for q in store.questions()}
        assert shown[damaged] == "Only \ufffdSCII here."
        assert {k: v for k, v in shown.items() if k != damaged} == {
            k: v for k, v in answers.items() if k != damaged
        }
        assert len(store.reviews()) == 6


def test_rows_read_from_the_leaf_pages_of_a_utf16_store_keep_their_text(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    answers = studied(path)
    in_encoding(path, "UTF-16be")
    # No root named: every leaf page is read as if its upper pages were lost.
    texts = {v for page in orphan_leaves(path, []) for _rowid, row in page for v in row}
    assert set(answers.values()) <= texts

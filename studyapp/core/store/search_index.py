"""The search index (``questions_fts``, FTS5) checked against the questions and made
again: an entry must be each question's own, with its text as it is now; another
tool that deleted a question or changed its text left the index out of step, and
damage to its pages failed every search. Used by the full check (core.store.daily_check)
and the salvage (core.store.salvage), not at every start.
"""

from __future__ import annotations

import sqlite3

from studyapp.core.store.health import _FTS, _quote, reference_schema, text_codec
from studyapp.core.store.schema import MIGRATIONS, SEARCH_INDEX
from studyapp.core.store.search_text import searchable
from studyapp.core.store.sqlio import immediate


def search_index_problem(conn: sqlite3.Connection, *, full: bool = True) -> str | None:
    """What is wrong with the search index, in words; None when it is sound.

    Its entries must be the questions' (one each, removed questions included): an
    entry left by a question another tool deleted was listed and counted by every
    search it matched. With `full`, FTS5's own check too (its pages are not in
    ``PRAGMA integrity_check``: a damaged one failed every search with "malformed",
    start after start); that reads the whole index (160 ms for 10,000 questions), so
    it runs only after damage was seen."""
    try:
        if full:
            conn.execute(f"INSERT INTO {_FTS} ({_FTS}) VALUES ('integrity-check')")
        indexed = conn.execute(f"SELECT count(*) FROM {_FTS}").fetchone()[0]
    except sqlite3.DatabaseError:
        return "the search index is damaged"
    questions = conn.execute("SELECT count(*) FROM questions").fetchone()[0]
    if indexed != questions or _stale_text(conn) is None:
        return "the search index is out of step with the questions"
    return None


def older_entries(conn: sqlite3.Connection) -> list[int]:
    """The questions (rowids) whose entries an older StudyApp wrote, holding what is
    not searched now (a picture's base64: core.store.search_text): put in again by
    the full check, quietly, as no damage. None where the index is out of step."""
    return _stale_text(conn) or []


def _stale_text(conn: sqlite3.Connection) -> list[int] | None:
    """None where a question's title or answer is not the text its entry holds
    (changed by another tool, which left the index as it was): a search for its words
    found nothing, and one for the words it had found it. Else the questions whose
    entries hold their whole text where less is searched (`older_entries`). Compared
    as bytes, by hash (not decoded: text stored as bytes is the text check's to
    find), question by question: some 60 ms for 10,000 questions of 2 kB answers. A
    table the query cannot read is the schema check's to name."""
    as_bytes = "CAST({} AS BLOB), CAST({} AS BLOB)"
    older: list[int] = []
    try:
        entries = {
            qid: hash(tuple(text))
            for qid, *text in conn.execute(
                f"SELECT qid, {as_bytes.format('title', 'answer')} FROM {_FTS}"
            )
        }
        codec = text_codec(conn)
        marker = "data:".encode(codec)  # (an older entry is looked for where a URI is)
        for rowid, qid, *text in conn.execute(
            f"SELECT rowid, id, {as_bytes.format('title', 'answer_markdown')} FROM questions"
        ):
            entry = entries.get(qid)
            if entry == hash(tuple(text)) and not _searched_less(text, codec, marker):
                continue
            try:
                searched = [searchable(bytes(v or b"").decode(codec)).encode(codec) for v in text]
            except UnicodeDecodeError:
                continue  # not text: the text check's (it puts its repair in the index)
            if entry == hash(tuple(text)):
                older.append(rowid)
            elif entry != hash(tuple(searched)):
                return None
    except sqlite3.DatabaseError:
        pass
    return older


def _searched_less(text: list[bytes | None], codec: str, marker: bytes) -> bool:
    """Whether less of a question's text is searched than it holds (a data: URI: a
    picture). Only text holding one is decoded: every answer read twice over made
    the full check of 10,000 questions slower by as much again."""
    for value in text:
        if marker not in (value or b""):
            continue
        words = bytes(value or b"").decode(codec, "replace")
        if searchable(words) != words:
            return True
    return False


def rebuild_search(conn: sqlite3.Connection) -> None:
    """Make the search index again from the questions, in one transaction (dropped,
    not emptied: deleting from a damaged index fails as its searches do).

    A database browser lists the index's own tables (``questions_fts_config`` …) as
    tables of their own, and a person tidying up may drop one, or the index itself.
    FTS5 then could not be loaded even to be dropped ("vtable constructor failed"),
    or there was nothing to drop ("no such table"), and the start stopped with a
    traceback: the tables gone are made again empty (as the app's schema has them)
    so that the index can be dropped, and any left over without it go too."""
    _own_definition(conn)
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    gone = [
        (name, sql)
        for (kind, name), sql in reference_schema(len(MIGRATIONS)).items()
        if kind == "table" and name.startswith(f"{_FTS}_") and name not in have
    ]
    if _FTS in have and gone:
        # An empty index's tables, rows and all (its version, its structure), from a
        # new one beside it: FTS5 loads only an index whose tables say what it is.
        conn.execute("ATTACH ':memory:' AS fresh")
        conn.execute(SEARCH_INDEX.replace(f"TABLE {_FTS}", f"TABLE fresh.{_FTS}", 1))
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _FTS in have:
            for name, sql in gone:
                conn.execute(sql)
                conn.execute(f"INSERT INTO main.{name} SELECT * FROM fresh.{name}")
        conn.execute(f"DROP TABLE IF EXISTS {_FTS}")
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, ?) = ?",
            (len(_FTS) + 1, f"{_FTS}_"),
        ).fetchall():
            conn.execute(f"DROP TABLE IF EXISTS {_quote(name)}")
        conn.execute(SEARCH_INDEX)
        reindex_search(conn, [r[0] for r in conn.execute("SELECT rowid FROM questions")])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if _FTS in have and gone:
            conn.execute("DETACH fresh")


def _own_definition(conn: sqlite3.Connection) -> None:
    """Put the app's own definition of the index back where the file's is damaged.

    A virtual table's definition is read only when the table is first used, so a few
    bytes changed in it ("UNINDEXED" read "rNINDEXED") opened as a sound database and
    then failed every use of the index, dropping it too ("unrecognized column
    option"), and each start stopped with a traceback. The text is rewritten in the
    schema (as SQLite's writable_schema allows), the schema's version moved on so the
    connection reads it again; the index is then dropped and made again."""
    row = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (_FTS,)
    ).fetchone()
    if row is None or row[0] == SEARCH_INDEX:
        return
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        with immediate(conn):
            conn.execute(
                "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
                (SEARCH_INDEX, _FTS),
            )
            conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def reindex_search(conn: sqlite3.Connection, rowids: list[int]) -> None:
    """Put the repaired questions' text into the search index (core.store.decks)."""
    from studyapp.core.store.word_search import _fts_rowid

    for rowid in rowids:
        qid, title, answer = conn.execute(
            "SELECT id, title, answer_markdown FROM questions WHERE rowid = ?", (rowid,)
        ).fetchone()
        fts = _fts_rowid(qid)
        conn.execute(f"DELETE FROM {_FTS} WHERE rowid = ?", (fts,))
        conn.execute(
            f"INSERT INTO {_FTS} (rowid, qid, title, answer) VALUES (?, ?, ?, ?)",
            (fts, qid, searchable(title), searchable(answer)),
        )

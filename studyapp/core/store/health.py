"""The full checks of a database file, and the repairs that need no backup (those of
the search index are in core.store.search_index, those of rows in core.store.row_repairs).

`quick_check` (what start-up always runs) misses two kinds of damage that still
stop the person: index entries that no longer match their table (every write
touching them fails with "malformed"), and text bytes that are not UTF-8. The
full check finds both, and what the app's schema does not have:

- `integrity_problems`: ``PRAGMA integrity_check``, which also compares every
  index with its table. `only_index_damage` says whether ``REINDEX`` can repair
  them (an index is derived data: rebuilding it loses nothing).
- `undecodable_text`: every text value that is not valid UTF-8, and every value of
  a TEXT column stored as bytes (a BLOB: one flipped bit in a record header makes
  one, and integrity_check does not mind), by table, column and rowid. `repair_text`
  rewrites them as text, with U+FFFD replacement characters where the bytes are not
  UTF-8, and rebuilds the search index.
- `schema_problems`: triggers, views, tables, indexes or columns the app's own
  schema (at the file's version) does not have. A backup carrying a trigger would
  run it on every later write; one with other columns would fail every start.

`urgent_problem` is what start-up runs every time, cheaply (the schema, questions or
topics whose deck or topic is gone (`row_repairs.rehome` makes it again), and which TEXT columns
hold bytes: record headers only), for the damage that stops the window
at once: it does not wait for the daily full check.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
from typing import NamedTuple

from studyapp.core import json_text
from studyapp.core.format import plural
from studyapp.core.store.schema import MIGRATIONS, migrate
from studyapp.core.store.sqlio import immediate, open_connection
from studyapp.lazy import lazy, lazy_pattern

# The search index's check and repair are for the full check: a text repair names it.
search_index = lazy("studyapp.core.store.search_index")

_INDEX_DAMAGE = lazy_pattern(
    r"(row \d+ missing from index|wrong # of entries in index|"
    r"non-unique entry in index)",
    re.IGNORECASE,
)
_FTS = "questions_fts"  # the search index: a virtual table and its shadow tables


# Python's names for the encodings SQLite keeps text in (``PRAGMA encoding``).
_CODECS = {"UTF-8": "utf-8", "UTF-16le": "utf-16-le", "UTF-16be": "utf-16-be"}


def text_codec(conn: sqlite3.Connection) -> str:
    """The codec of the bytes ``CAST(… AS BLOB)`` gives for a text value: the file's own
    text encoding, not always UTF-8 (a database tool that rebuilt the file may have
    written it in UTF-16). Read as UTF-8, every answer past ASCII of such a store was
    called damaged, and its "repair" wrote the UTF-16 bytes back as garbled text."""
    return _CODECS.get(str(conn.execute("PRAGMA encoding").fetchone()[0]), "utf-8")


class BadText(NamedTuple):
    table: str
    column: str
    rowid: int


def integrity_problems(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """The lines of a failed ``PRAGMA integrity_check`` (empty: the file is sound)."""
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({limit:d})")]
    return [] if rows == ["ok"] else rows


def only_index_damage(problems: list[str]) -> bool:
    """Whether every problem is an index out of step with its table (REINDEX repairs it)."""
    return bool(problems) and all(_INDEX_DAMAGE.search(p) for p in problems)


def reindex(conn: sqlite3.Connection) -> list[str]:
    """Rebuild every index from its table; returns what integrity_check still finds.

    Two rows a unique index should keep apart (its entry for one lost, so the other
    went in) cannot be indexed again: REINDEX fails, and changes nothing. That is
    returned as a problem, for the salvage (which keeps the first of them)."""
    try:
        conn.execute("REINDEX")
    except sqlite3.IntegrityError as exc:
        return [f"rows that must be unique are not ({exc})"]
    return integrity_problems(conn)


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            " AND sql NOT LIKE '%WITHOUT ROWID%'"
            # The search index's copies: never shown, and rebuilt from the questions.
            f" AND name NOT LIKE '{_FTS}_%'"
        )
    ]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """(name, declared as text) of each column of `table`."""
    return [
        # SQLite's rule for TEXT affinity: the declared type names CHAR, CLOB or TEXT.
        (r[1], any(word in (r[2] or "").upper() for word in ("CHAR", "CLOB", "TEXT")))
        for r in conn.execute(f"PRAGMA table_info({_quote(table)})")
    ]


def undecodable_text(conn: sqlite3.Connection, limit: int = 1000) -> list[BadText]:
    """Text values that are not valid text in the file's encoding (UTF-8, or UTF-16:
    `text_codec`), and bytes where a TEXT column holds text (at most `limit`)."""
    codec = text_codec(conn)
    found: list[BadText] = []
    for table in _tables(conn):
        for column, is_text in _columns(conn, table):
            col = _quote(column)
            kinds = "('text', 'blob')" if is_text else "('text')"
            rows = conn.execute(
                f"SELECT rowid, CAST({col} AS BLOB), typeof({col}) FROM {_quote(table)}"
                f" WHERE typeof({col}) IN {kinds}"
            )
            for rowid, raw, kind in rows:
                try:
                    bytes(raw).decode(codec)
                    sound = kind == "text"
                except UnicodeDecodeError:
                    sound = False
                if not sound:
                    found.append(BadText(table, column, rowid))
                    if len(found) >= limit:
                        return found
    return found


def text_stored_as_bytes(conn: sqlite3.Connection) -> bool:
    """Whether any TEXT column of the app's tables holds a BLOB: one query per table,
    reading only the record headers (SQLite's typeof needs no more). Not the rendered
    answers' cache: the biggest table, derived data the daily full check covers, and
    read as HTML only for the question shown (this runs at every start)."""
    for table in _tables(conn):
        if table == "rendered_cache":
            continue
        tests = [f"typeof({_quote(c)}) = 'blob'" for c, is_text in _columns(conn, table) if is_text]
        if not tests:
            continue
        sql = f"SELECT 1 FROM {_quote(table)} WHERE {' OR '.join(tests)} LIMIT 1"
        if conn.execute(sql).fetchone():
            return True
    return False


def repair_text(conn: sqlite3.Connection, bad: list[BadText]) -> None:
    """Rewrite each undecodable value with replacement characters, in one transaction,
    and rebuild the search index from its (repaired) content.

    Bytes where a question's id goes (a review's, a card's) name no question once
    read as text: the row is kept as the history of a question gone (waiting_history),
    so foreign keys are not checked for the repair, as they were not for the write
    that made it (the start stopped with "FOREIGN KEY constraint failed"). Two values
    of a key that differ only in bytes no text has read alike with replacement
    characters; the second is written with its bytes spelled out (\\xff) instead."""
    codec = text_codec(conn)
    checked = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with immediate(conn):
            for item in bad:
                _rewrite_as_text(conn, item, codec)
            if any(item.table == "questions" for item in bad):
                rowids = [item.rowid for item in bad if item.table == "questions"]
                search_index.reindex_search(conn, rowids)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(checked)}")


def _rewrite_as_text(conn: sqlite3.Connection, item: BadText, codec: str) -> None:
    table, col = _quote(item.table), _quote(item.column)
    raw = bytes(
        conn.execute(
            f"SELECT CAST({col} AS BLOB) FROM {table} WHERE rowid = ?", (item.rowid,)
        ).fetchone()[0]
    )
    for errors in ("replace", "backslashreplace"):
        try:
            conn.execute(
                f"UPDATE {table} SET {col} = ? WHERE rowid = ?",
                (raw.decode(codec, errors), item.rowid),
            )
            return
        except sqlite3.IntegrityError:
            continue  # a key another row has already: spelled out, it is this one's own


def describe_bad_text(bad: list[BadText]) -> str:
    places = sorted({f"{b.table}.{b.column}" for b in bad})
    from studyapp.core.format import plural

    count = plural(len(bad), "text value")
    return f"{count} not readable as UTF-8 text (in {', '.join(places)})"


# --- the app's own schema ------------------------------------------------------


def _normalized(sql: str | None) -> str:
    text = " ".join((sql or "").split())
    return re.sub(r"\s*([(),])\s*", r"\1", text)


def _schema(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    # A schema row without a name or a kind is damage (a file cut mid-page, its rows
    # read as NULLs): it is no table of any version, and the schema then matches none.
    return {
        (
            r[0] if isinstance(r[0], str) else "\0damaged",
            r[1] if isinstance(r[1], str) else "\0damaged",
        ): _normalized(r[2] if isinstance(r[2], str) else None)
        for r in conn.execute("SELECT type, name, sql FROM sqlite_schema")
        if not (isinstance(r[1], str) and r[1].startswith("sqlite_"))
    }


# The digest of the schema an empty store migrated to the current version has
# (`schema_digest`; a test holds it to `migrate`). A store whose schema has this
# digest needs no comparison at start-up: building the reference schema (every
# migration run on an empty database) costs more than the rest of opening.
CURRENT_SCHEMA_DIGEST = "3487f2ded1733022be68ff2f09199d16c1374044"


def schema_digest(schema: dict[tuple[str, str], str]) -> str:
    """One digest of a schema as `_schema` reads it; the search index's shadow tables
    count by name only (their text is SQLite's own and varies between versions)."""
    digest = hashlib.sha1()
    for (kind, name), sql in sorted(schema.items()):
        text = "" if name.startswith(f"{_FTS}_") else sql
        digest.update(f"{kind}\0{name}\0{text}\n".encode())
    return digest.hexdigest()


def reference_schema(version: int) -> dict[tuple[str, str], str]:
    """The app's schema at `version`, as an empty database migrated to it has it."""
    return dict(_reference_schema(version))


@functools.cache  # start-up compares the store's schema with it every time
def _reference_schema(version: int) -> tuple[tuple[tuple[str, str], str], ...]:
    with _closing(open_connection(":memory:", isolation_level=None)) as conn:
        migrate(conn, version)
        return tuple(_schema(conn).items())


def version_of_schema(conn: sqlite3.Connection) -> int | None:
    """The app's schema version whose schema the file's is exactly, whatever its header
    says; None when it is none of them. For a file whose version was lost (zero, or
    below zero: a damaged header, or a copy rebuilt with `sqlite3 .dump`, which leaves
    the version out) while every table is as StudyApp made it."""
    digest = schema_digest(_schema(conn))
    for version in range(len(MIGRATIONS), 0, -1):
        if digest == schema_digest(reference_schema(version)):
            return version
    return None


# Below this, a version above the app's may be a newer StudyApp's; from it on, none is
# (one a release would take centuries): a header whose version a bit flip raised.
_NO_RELEASE_VERSION = 256


def damaged_version(conn: sqlite3.Connection, version: int) -> int | None:
    """The app's own version that a header's `version` was damaged from: far past any
    release, one bit away from a version whose schema the file has exactly. A flipped
    bit there stopped every start with "made by a newer StudyApp (schema version
    1048584): update it", an update that does not exist, over a sound store. None
    for a version that may be a newer StudyApp's: its file is never touched."""
    if version < _NO_RELEASE_VERSION:
        return None
    near = [k for k in range(1, len(MIGRATIONS) + 1) if (version ^ k).bit_count() == 1]
    found = version_of_schema(conn) if near else None
    return found if found in near else None


# A key SQLite lets be empty: a TEXT PRIMARY KEY (a question's id, a card's question)
# takes NULL, as a hand edit or another program may write, and a page cut short reads
# as a row of nothing. The rendered answers are left out: derived, and a scan of them
# at every start would read every answer.
def keyless_rows(conn: sqlite3.Connection) -> dict[str, str]:
    """Each table holding a row with no key (NULL in a primary-key column), with the
    condition that finds those rows; each test reads an index: cheap at every start."""
    found: dict[str, str] = {}
    for table in _tables(conn):
        if table == "rendered_cache":
            continue
        keys = [r for r in conn.execute(f"PRAGMA table_info({_quote(table)})") if r[5]]
        if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
            continue  # the rowid itself: never NULL (and the test would scan the table)
        empty = " OR ".join(f"{_quote(k[1])} IS NULL" for k in keys)
        if (
            empty
            and conn.execute(f"SELECT 1 FROM {_quote(table)} WHERE {empty} LIMIT 1").fetchone()
        ):
            found[table] = empty
    return found


KEYLESS_PROBLEM = "rows with no key (written by hand or by another program)"


def urgent_problem(conn: sqlite3.Connection) -> str | None:
    """The cheap tests start-up runs every time, for damage that stops the window at
    once rather than waiting for the daily full check: a schema not as the app makes
    it (a column lost: every query naming it fails), and text stored as bytes. What
    was found, in words; None when neither."""
    problems = schema_problems(conn)
    if problems:
        return "; ".join(problems[:3])
    if homeless_rows(conn):
        return "questions or topics whose deck or topic is gone"
    if topics_elsewhere(conn):
        return "questions whose topic is in another deck"
    if text_stored_as_bytes(conn):
        return "text stored as bytes"
    if keyless_rows(conn):  # each read of the questions (the search index's) stopped
        return KEYLESS_PROBLEM
    return TIMES_PROBLEM if times_in_other_units(conn, cheap=True) else None


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """What the file's schema has that the app's (at the file's version) does not, or
    lacks; empty when they match. Versions the app does not know are the caller's."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not 1 <= version <= len(MIGRATIONS):
        return [f"schema version {version} is not one StudyApp made"]
    have = _schema(conn)
    if version == len(MIGRATIONS) and schema_digest(have) == CURRENT_SCHEMA_DIGEST:
        return []  # the usual start: the app's own schema, no reference to build
    want = reference_schema(version)
    problems = []
    for (kind, name), sql in sorted(have.items()):
        if (kind, name) not in want:
            problems.append(
                f"{'an' if kind == 'index' else 'a'} {kind} StudyApp does not have ({name})"
            )
        elif sql != want[(kind, name)] and not name.startswith(f"{_FTS}_"):
            # The search index's shadow tables are SQLite's own: their text may vary
            # between SQLite versions, so only their presence is compared.
            problems.append(f"the {kind} {name} is not as StudyApp makes it")
    problems += [f"the {kind} {name} is missing" for kind, name in sorted(want.keys() - have)]
    return problems


def tables_lost(conn: sqlite3.Connection) -> list[str]:
    """The app's tables (at the file's version) the file does not have, the search
    index's own excepted (`rebuild_search` makes them again), in words."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not 1 <= version <= len(MIGRATIONS):
        return []
    schema = _schema(conn)
    if version == len(MIGRATIONS) and schema_digest(schema) == CURRENT_SCHEMA_DIGEST:
        return []  # the usual daily check: the app's own schema, no reference to build
    have = {name for kind, name in schema if kind == "table"}
    return [
        f"the table {name} is missing"
        for kind, name in sorted(reference_schema(version))
        if kind == "table" and name not in have and not name.startswith(_FTS)
    ]


class _closing:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc_info: object) -> None:
        self.conn.close()


def full_problem(conn: sqlite3.Connection) -> str | None:
    """The full check in one line (integrity, text, schema), or None when all is sound."""
    problems = integrity_problems(conn, limit=5)
    if not problems:
        bad = undecodable_text(conn, limit=20)
        if bad:
            problems.append(describe_bad_text(bad))
        problems += schema_problems(conn)
    return "; ".join(problems) if problems else None


def drop_foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers and views the app's schema does not have (they hold no data:
    a trigger would run on every later write). Returns what was dropped."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not 1 <= version <= len(MIGRATIONS):
        return []
    want = reference_schema(version)
    dropped = []
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view')"
    ).fetchall():
        if (kind, name) not in want:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {_quote(name)}")
            dropped.append(f"the {kind} {name}")
    return dropped


# --- times written in another unit, or as text ------------------------------------------

# Every time the app keeps, in milliseconds since 1970: (table, column).
_TIMES = (
    ("reviews", "reviewed_at_ms"),
    ("mock_sessions", "started_at_ms"),
    ("mock_sessions", "ended_at_ms"),
    ("mock_drafts", "saved_at_ms"),
    ("buried", "until_ms"),
)
TIMES_PROBLEM = "times written in seconds or as dates in text, where StudyApp counts milliseconds"


def _converted(column: str) -> str:
    """SQL: the time in `column` in milliseconds, where it was written otherwise and
    is one the app can read once converted (values.time_in_ms)."""
    from studyapp.core.store.values import MAX_TIME_MS, time_in_ms

    return f"({time_in_ms(column)} BETWEEN 0 AND {MAX_TIME_MS})"


def times_in_other_units(conn: sqlite3.Connection, *, cheap: bool = False) -> int:
    """How many times another tool wrote in seconds, micro- or nanoseconds, or as dates
    in text (values.time_in_ms); the repair (`repair_times`) makes them milliseconds.
    `cheap` (every start): whether there is one; the reviews are searched through
    their index on time (only those out of the milliseconds' range are read)."""
    from studyapp.core.store.values import FIRST_S, LAST_S, MAX_TIME_MS

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    found = 0
    for table, column in _TIMES:
        if table not in tables:
            continue
        where = _converted(column)
        if cheap and table == "reviews":
            where = (
                f"({column} BETWEEN {FIRST_S} AND {LAST_S} OR {column} > {MAX_TIME_MS}) AND {where}"
            )
        if cheap:
            if conn.execute(f"SELECT 1 FROM {table} WHERE {where} LIMIT 1").fetchone():
                return 1
            continue
        found += int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    return found


# --- rows whose deck or topic is gone ---------------------------------------------------

# (what the person's rows point to, SQL: each id pointed to that is not there, with
# the deck to make it again in). Another tool deleting with foreign keys off (or a
# row lost) leaves them so: a deck's questions were missing from every view and the
# weak-topic report stopped; a topic's questions were missing from the tree.
_DECKS_GONE = (
    "SELECT deck_id, NULL FROM questions WHERE deck_id NOT IN (SELECT id FROM decks)"
    " UNION SELECT deck_id, NULL FROM topics WHERE deck_id NOT IN (SELECT id FROM decks)"
)
_TOPICS_GONE = (
    "SELECT topic_id, min(deck_id) FROM questions"
    " WHERE topic_id NOT IN (SELECT id FROM topics) GROUP BY topic_id"
    " UNION SELECT parent_id, min(deck_id) FROM topics"
    " WHERE parent_id NOT IN (SELECT id FROM topics) GROUP BY parent_id"
)


def homeless_rows(conn: sqlite3.Connection) -> bool:
    """Whether a question or topic points to a deck or topic that is not there (each
    test reads an index of ids only: cheap enough for every start)."""
    return any(
        conn.execute(f"SELECT 1 FROM ({sql}) LIMIT 1").fetchone()
        for sql in (_DECKS_GONE, _TOPICS_GONE)
    )


# --- questions whose topic is in another deck --------------------------------------

# Each deck's topics in use, from the index of questions still in the notes (deck,
# topic: a few hundred pairs read from an index, not the questions' rows), with the
# deck each topic is in.
_ELSEWHERE = (
    "SELECT p.deck_id, p.topic_id FROM"
    " (SELECT DISTINCT deck_id, topic_id FROM questions WHERE removed_at IS NULL) p"
    " JOIN topics t ON t.id = p.topic_id WHERE t.deck_id IS NOT p.deck_id"
)


def topics_elsewhere(conn: sqlite3.Connection) -> bool:
    """Whether a question's topic is in another deck than the question (a topic moved
    to another deck by hand in a database browser): the window lists a deck's own
    topics, and such a question was in none of them, missing from the tree."""
    return conn.execute(f"SELECT 1 FROM ({_ELSEWHERE}) LIMIT 1").fetchone() is not None


# --- history whose question is gone ---------------------------------------------------

_WAITING_CARDS = "SELECT count(*) FROM cards WHERE question_id NOT IN (SELECT id FROM questions)"
_WAITING_REVIEWS = (
    "SELECT count(*) FROM reviews WHERE question_id NOT IN (SELECT id FROM questions)"
)


def waiting_history(conn: sqlite3.Connection) -> tuple[int, int]:
    """(cards, reviews) of questions no longer in the store: another tool deleted them
    with foreign keys off, or a salvage kept them when a bad page lost their question
    (its notes imported again make it again under its id). The app never leaves them
    so: removing a deck removes its history. The cards are counted at every start (one
    per question studied, read by their index); the reviews only when there are some."""
    cards = int(conn.execute(_WAITING_CARDS).fetchone()[0])
    return cards, int(conn.execute(_WAITING_REVIEWS).fetchone()[0]) if cards else 0


# A setting: how many cards of questions gone the person has been told of, so that they
# are told once (core.store.recovery), and again only when there are more.
K_WAITING_CARDS = "store.waiting_cards"


def told_waiting(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (K_WAITING_CARDS,)).fetchone()
    try:
        told = json_text.loads(row[0]) if row is not None else 0
    except (TypeError, ValueError):
        return 0
    return told if isinstance(told, int) and not isinstance(told, bool) else 0


def untold_waiting(conn: sqlite3.Connection) -> tuple[int, str | None]:
    """(cards of questions gone, and, when there are more than the person was told
    of, what to tell them)."""
    cards, reviews = waiting_history(conn)
    if cards <= told_waiting(conn) or not reviews:  # a card alone holds no history
        return cards, None
    return cards, (
        f"{plural(reviews, 'review')} of {plural(cards, 'question')} that are no longer"
        " in it: deleted by another program, or lost"
    )

"""The SQLite store: schema, migrations, imports, queries. The only module that writes SQL.

One `Store` wraps one connection. Every public method is one user action and runs
in one transaction (`transaction()`: BEGIN IMMEDIATE … COMMIT, ROLLBACK on any
exception), so a crash or an error mid-way never leaves half an import or a review
without its card. Environment failures (locked, unreadable, full disk) come out as
`StoreError` with a plain message and a hint; anything else is a bug and propagates.

Durability: WAL with `synchronous=FULL`. NORMAL would also keep the file
consistent, but a power cut could then drop the last few commits, i.e. grades the
user already saw saved. Writes happen at human pace (one per grade, one per
import), so the extra fsync per commit costs nothing anyone can notice.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Concatenate, NamedTuple, ParamSpec, TypeVar

from studyapp.core.model import (
    Deck,
    ImportSummary,
    ParsedDocument,
    Question,
    Review,
    StudyAppError,
    Topic,
)
from studyapp.core.titles import normalize_title, question_ids

DEFAULT_TOPIC = "General"  # where questions without a section heading go
REVIEW_MODES = ("study", "mock")
BUSY_TIMEOUT_MS = 5000


class CardInfo(NamedTuple):
    """A reviewed question's scheduling state, as the study and progress views read it."""

    card_json: str  # the scheduler's card
    due: str | None  # as stored: UTC ISO, sortable as text
    last_rating: int | None  # the rating of its latest review (any mode)


MOCK_STATES = ("running", "finished", "abandoned")


class MockSessionRecord(NamedTuple):
    """One mock interview as stored: its set-up, planned questions and how it ended."""

    id: int
    started_at_ms: int
    ended_at_ms: int | None
    state: str  # "running" | "finished" | "abandoned"
    settings: dict[str, Any]  # as MockSettings.to_dict() wrote it
    question_ids: tuple[str, ...]  # the planned questions, in the order asked
    elapsed_seconds: float  # active (unpaused) time, as of the last saved answer or the end


class MockAnswerRecord(NamedTuple):
    """One question of a mock interview, answered: graded (rating 1–4) or skipped (None)."""

    id: int
    session_id: int
    question_id: str
    title: str
    position: int  # index into the session's question_ids
    seconds: float | None
    overtime: bool
    rating: int | None
    coverage: float | None  # 0–1; None when skipped or the answer has no key terms
    typed_answer: str | None
    note: str | None


class MockReview(NamedTuple):
    """The scheduler's side of a mock grade, saved as a review (mode "mock") with it."""

    card_json_after: str
    due_iso: str | None
    reviewed_at_ms: int


class MockSessionStats(NamedTuple):
    """A session with totals over its graded answers (skipped ones only count as answered)."""

    session: MockSessionRecord
    answered: int  # graded + skipped
    graded: int
    mean_rating: float | None
    mean_seconds: float | None
    overtime: int
    mean_coverage: float | None


class WeakMockAttempt(NamedTuple):
    """One question as answered in a mock interview, with its session's start, for the
    weak-topic scoring and the statistics (read by `Store.weak_mock_attempts`)."""

    question_id: str
    session_id: int
    session_state: str  # "running" | "finished" | "abandoned"
    started_at_ms: int  # when its session started
    position: int
    seconds: float | None
    overtime: bool
    rating: int | None  # None: skipped
    coverage: float | None
    typed_answer: str | None


class StoreError(StudyAppError):
    """The database cannot be used right now: a plain message and what to do about it."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip())


# --- errors ------------------------------------------------------------------

_LOCKED = (
    "The study database is busy: another StudyApp window may be using it.",
    "Close other StudyApp windows and try again.",
)
_DAMAGED = (
    "The study database {path} is damaged or is not a StudyApp database.",
    "Move the file aside to start afresh, or restore it from a backup.",
)
# (text in SQLite's message, message, hint); {path} is the database file.
_KNOWN_ERRORS: tuple[tuple[str, str, str], ...] = (
    ("database is locked", *_LOCKED),
    ("database table is locked", *_LOCKED),
    (
        "disk i/o error",
        "Could not read or write the study database {path} (disk I/O error).",
        "Check that the disk is connected and healthy, then try again.",
    ),
    (
        "unable to open database file",
        "Could not open the study database {path}.",
        "Check that its folder exists and is writable, or choose another with --data-dir.",
    ),
    (
        "database or disk is full",
        "The disk holding the study database {path} is full.",
        "Free some space and try again.",
    ),
    (
        "readonly database",
        "The study database {path} is read-only.",
        "Check the file's permissions, or choose another folder with --data-dir.",
    ),
    ("file is not a database", *_DAMAGED),
    ("database disk image is malformed", *_DAMAGED),
)


def translate_error(exc: sqlite3.Error, path: str | Path) -> StoreError | None:
    """The user-facing error for an environment failure; None for anything else (a bug)."""
    text = str(exc).casefold()
    for needle, message, hint in _KNOWN_ERRORS:
        if needle in text:
            return StoreError(message.format(path=path), hint)
    return None


@contextlib.contextmanager
def _translated(path: str | Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        error = translate_error(exc, path)
        if error is None:
            raise
        raise error from exc


# --- schema and migrations ---------------------------------------------------

_SCHEMA_1 = (
    """CREATE TABLE decks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        source_path TEXT NOT NULL DEFAULT '',
        source_hash TEXT NOT NULL DEFAULT '',
        imported_at TEXT
    )""",
    # source_name is the heading the importer matched this topic by: a user rename
    # changes `name` only, so the next import still finds the topic. NULL for topics
    # the user created until an import adopts one with the same name.
    """CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        deck_id INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES topics(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        source_name TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        user_created INTEGER NOT NULL DEFAULT 0 CHECK (user_created IN (0, 1))
    )""",
    # ifnull(): NULLs are distinct in a UNIQUE constraint, and root topics have no parent.
    "CREATE UNIQUE INDEX topics_name ON topics(deck_id, ifnull(parent_id, 0), name)",
    """CREATE UNIQUE INDEX topics_source ON topics(deck_id, ifnull(parent_id, 0), source_name)
        WHERE source_name IS NOT NULL""",
    """CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        deck_id INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id),
        title TEXT NOT NULL,
        norm_title TEXT NOT NULL,
        answer_markdown TEXT NOT NULL,
        answer_hash TEXT NOT NULL,
        source_line INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        topic_locked INTEGER NOT NULL DEFAULT 0 CHECK (topic_locked IN (0, 1)),
        removed_at TEXT
    )""",
    "CREATE INDEX questions_deck ON questions(deck_id, position)",
    "CREATE INDEX questions_topic ON questions(topic_id, position)",
    """CREATE TABLE cards (
        question_id TEXT PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
        fsrs_json TEXT NOT NULL,
        due TEXT
    )""",
    # card_before_json/due_before: the card as it was, so the review can be undone.
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        reviewed_at_ms INTEGER NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        seconds REAL,
        mode TEXT NOT NULL CHECK (mode IN ('study', 'mock')),
        card_before_json TEXT,
        due_before TEXT
    )""",
    "CREATE INDEX reviews_question ON reviews(question_id)",
    """CREATE TABLE mock_sessions (
        id INTEGER PRIMARY KEY,
        started_at_ms INTEGER NOT NULL,
        ended_at_ms INTEGER,
        settings_json TEXT NOT NULL DEFAULT '{}',
        state TEXT NOT NULL DEFAULT 'running'
    )""",
    """CREATE TABLE mock_answers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES mock_sessions(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        seconds REAL,
        overtime INTEGER NOT NULL DEFAULT 0 CHECK (overtime IN (0, 1)),
        rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 4),
        coverage REAL,
        typed_answer TEXT,
        note TEXT
    )""",
    "CREATE INDEX mock_answers_session ON mock_answers(session_id, position)",
    """CREATE TABLE rendered_cache (
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        md_hash TEXT NOT NULL,
        html TEXT NOT NULL,
        PRIMARY KEY (question_id, theme)
    )""",
    # Kept in sync explicitly by the store (no triggers): its rowid is derived from the
    # question id (see _fts_rowid) because questions' own rowid may change on VACUUM.
    # Removed questions stay indexed; searches filter them out by joining questions.
    """CREATE VIRTUAL TABLE questions_fts USING fts5(
        qid UNINDEXED, title, answer, tokenize = 'unicode61 remove_diacritics 2'
    )""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def migrate_to_1(conn: sqlite3.Connection) -> None:
    """The first schema: decks, topics, questions, cards, reviews, mock sessions, caches."""
    for statement in _SCHEMA_1:
        conn.execute(statement)


def migrate_to_2(conn: sqlite3.Connection) -> None:
    """Indexes for the study queries: due cards, a question's history in time order,
    and the foreign keys that ON DELETE CASCADE would otherwise scan for."""
    conn.execute("CREATE INDEX cards_due ON cards(due)")
    conn.execute("CREATE INDEX reviews_question_time ON reviews(question_id, reviewed_at_ms)")
    conn.execute("DROP INDEX reviews_question")  # a prefix of reviews_question_time
    conn.execute("CREATE INDEX mock_answers_question ON mock_answers(question_id)")
    conn.execute("CREATE INDEX topics_parent ON topics(parent_id)")


def migrate_to_3(conn: sqlite3.Connection) -> None:
    """Mock interviews that survive a restart: a session keeps its planned questions and
    its active time so far, and answers each planned question at most once.

    No earlier version wrote mock answers, so the unique index cannot meet duplicates.
    """
    conn.execute(
        "ALTER TABLE mock_sessions ADD COLUMN question_ids_json TEXT NOT NULL DEFAULT '[]'"
    )
    conn.execute("ALTER TABLE mock_sessions ADD COLUMN elapsed_seconds REAL NOT NULL DEFAULT 0")
    conn.execute("CREATE UNIQUE INDEX mock_answers_position ON mock_answers(session_id, position)")
    conn.execute("DROP INDEX mock_answers_session")  # a prefix of mock_answers_position
    conn.execute("CREATE INDEX mock_sessions_state ON mock_sessions(state, started_at_ms)")


# Ordered: MIGRATIONS[n] takes a database from version n to n + 1. Never edit one
# that has shipped; append a new one (and its test) instead.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    migrate_to_1,
    migrate_to_2,
    migrate_to_3,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Bring an autocommit connection's database up to `target` (default: latest).

    Each step is its own transaction together with its `user_version` bump, and the
    version is re-read under the write lock, so two processes opening the same new
    file cannot both run a step.
    """
    target = SCHEMA_VERSION if target is None else target
    if schema_version(conn) > SCHEMA_VERSION:
        raise StoreError(
            "The study database was made by a newer version of StudyApp.",
            "Update StudyApp, or choose another folder with --data-dir.",
        )
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current >= target:
                conn.execute("COMMIT")
                return current
            MIGRATIONS[current](conn)
            conn.execute(f"PRAGMA user_version = {current + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def connect(path: str | Path) -> sqlite3.Connection:
    """An autocommit connection with the store's pragmas, not yet migrated."""
    conn = sqlite3.connect(
        str(path),
        isolation_level=None,  # transactions are explicit: see Store.transaction
        timeout=BUSY_TIMEOUT_MS / 1000,
        # A Store may be handed to a worker thread (imports run off the UI thread);
        # its lock serializes use, so the connection never sees two threads at once.
        check_same_thread=False,
    )
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


# --- helpers -----------------------------------------------------------------


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _answer_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _fts_rowid(qid: str) -> int:
    # 56 bits of a hash: positive, fits SQLite's 64-bit rowid, stable across VACUUM.
    return int.from_bytes(hashlib.sha1(qid.encode("utf-8")).digest()[:7], "big")


def fts_query(text: str) -> str:
    """An FTS5 query matching every word of `text` as a prefix ("gra desc" → gradient descent)."""
    return " ".join(f'"{token}"*' for token in re.findall(r"\w+", text))


def _topic_path(raw: Sequence[str]) -> tuple[str, ...]:
    return tuple(name.strip() for name in raw if name.strip()) or (DEFAULT_TOPIC,)


def _unique_name(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


_QUESTION_COLUMNS = "id, deck_id, topic_id, title, answer_markdown, source_line, position"


def _question(row: sqlite3.Row) -> Question:
    return Question(
        id=row["id"],
        deck_id=row["deck_id"],
        topic_id=row["topic_id"],
        title=row["title"],
        answer_markdown=row["answer_markdown"],
        source_line=row["source_line"],
        position=row["position"],
    )


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _op(method: Callable[Concatenate[Store, _P], _R]) -> Callable[Concatenate[Store, _P], _R]:
    """A public operation: holds the store's lock and turns environment errors into StoreError."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._lock, _translated(self.path):
            return method(self, *args, **kwargs)

    return wrapper


# --- the store ---------------------------------------------------------------


class Store:
    """The app's database. Open with `Store.open(path)`; use as a context manager or close()."""

    def __init__(self, conn: sqlite3.Connection, path: str | Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0  # transaction nesting: the outermost one commits
        self._cache_changes = 0  # rows written to rendered_cache: not the person's data

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) and migrate the database at `path`."""
        with _translated(path):
            conn = connect(path)
            try:
                migrate(conn)
            except BaseException:
                conn.close()
                raise
        return cls(conn, path)

    @classmethod
    def open_read_only(cls, path: str | Path) -> Store:
        """Open an existing, up-to-date database for reading only (a second app window
        while the first one writes): every write raises StoreError ("read-only")."""
        if not Path(path).is_file():
            raise StoreError(
                f"Could not open the study database {path}.", "Start StudyApp normally once."
            )
        with _translated(path):
            conn = connect(path)
            try:
                conn.execute("PRAGMA query_only = ON")
                if schema_version(conn) != SCHEMA_VERSION:
                    raise StoreError(
                        "The study database needs an upgrade that a read-only window cannot do.",
                        "Close the other StudyApp window and start StudyApp again.",
                    )
            except BaseException:
                conn.close()
                raise
        return cls(conn, path)

    @property
    def data_changes(self) -> int:
        """Like `total_changes`, without the rendered-answer cache: what the person
        did (grades, mocks, edits, imports), so a backup is only made for that."""
        with self._lock:
            return self._conn.total_changes - self._cache_changes

    @property
    def total_changes(self) -> int:
        """Rows inserted, updated or deleted through this store since it was opened:
        the automatic backups (core.backup.AutoBackup) compare it to see a change."""
        with self._lock:
            return self._conn.total_changes

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work. Nested uses become savepoints of the outer transaction."""
        with self._lock:
            conn = self._conn
            if self._depth:
                savepoint = f"sp{self._depth}"
                conn.execute(f"SAVEPOINT {savepoint}")
                self._depth += 1
                try:
                    yield
                except BaseException:
                    conn.execute(f"ROLLBACK TO {savepoint}")
                    conn.execute(f"RELEASE {savepoint}")
                    raise
                else:
                    conn.execute(f"RELEASE {savepoint}")
                finally:
                    self._depth -= 1
                return
            with _translated(self.path):
                conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
                with _translated(self.path):
                    conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # the first error matters
                        conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    # --- import ----------------------------------------------------------------

    @_op
    def deck_source_hash(self, deck_name: str) -> str | None:
        """The hash of the file the deck was last imported from, to skip re-parsing it."""
        row = self._conn.execute(
            "SELECT source_hash FROM decks WHERE name = ?", (deck_name.strip(),)
        ).fetchone()
        return None if row is None else row["source_hash"]

    def _moved_deck(self, name: str) -> sqlite3.Row | None:
        """The deck of this name whose file is gone: the notes were moved or renamed."""
        row = self._conn.execute(
            "SELECT id, name, source_hash, source_path FROM decks WHERE name = ?", (name,)
        ).fetchone()
        if row is None or not row["source_path"] or Path(row["source_path"]).exists():
            return None
        return row

    def _free_deck_name(self, name: str, source_path: str) -> str:
        """`name`, or, when another file's deck has it, `name (file)` (then numbered)."""
        taken = {r["name"] for r in self._conn.execute("SELECT name FROM decks")}
        if name not in taken:
            return name
        stem = source_path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] or "notes"
        candidate, number = f"{name} ({stem})", 2
        while candidate in taken:
            candidate, number = f"{name} ({stem} {number})", number + 1
        return candidate

    @_op
    def import_document(
        self,
        doc: ParsedDocument,
        source_path: str,
        source_hash: str,
        *,
        force: bool = False,
    ) -> ImportSummary:
        """Store a parsed notes file as the deck `doc.deck_name`, keeping all progress.

        Questions are matched by stable id (deck + normalized title + duplicate index):
        new ones are added, changed ones updated in place (their cards, reviews and a
        user-chosen topic kept), missing ones soft-removed (their history is kept for
        when they come back; a returning question counts as new). The deck is keyed by
        source file: two files with the same title are two decks (the second one's
        name gets its file name added), and a re-import keeps its deck's name.
        Unless `force`, a file with the hash of the last import is skipped.
        """
        deck_name = doc.deck_name.strip()
        if not deck_name:
            raise ValueError("a document needs a deck name")
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT id, name, source_hash FROM decks WHERE source_path = ?", (source_path,)
            ).fetchone()
            if row is None:
                row = self._moved_deck(deck_name)
            # a known deck keeps its name, so its questions keep their ids
            deck_name = (
                row["name"] if row is not None else self._free_deck_name(deck_name, source_path)
            )
            if row is not None and not force and row["source_hash"] == source_hash:
                return ImportSummary(deck_name, skipped_unchanged_file=True)
            now = _now_iso()
            if row is None:
                deck_id = conn.execute(
                    "INSERT INTO decks (name, source_path, source_hash, imported_at)"
                    " VALUES (?, ?, ?, ?)",
                    (deck_name, source_path, source_hash, now),
                ).lastrowid
            else:
                deck_id = row["id"]
                conn.execute(
                    "UPDATE decks SET source_path = ?, source_hash = ?, imported_at = ?"
                    " WHERE id = ?",
                    (source_path, source_hash, now, deck_id),
                )
            assert deck_id is not None

            paths = [_topic_path(q.topic_path) for q in doc.questions]
            topic_ids = self._resolve_topics(deck_id, paths)
            existing = {
                r["id"]: r
                for r in conn.execute(
                    "SELECT id, topic_id, title, answer_hash, source_line, position,"
                    " topic_locked, removed_at FROM questions WHERE deck_id = ?",
                    (deck_id,),
                )
            }
            ids = question_ids(deck_name, (q.title for q in doc.questions))
            new = updated = unchanged = 0
            for position, (qid, parsed, path) in enumerate(
                zip(ids, doc.questions, paths, strict=True)
            ):
                values = {
                    "id": qid,
                    "deck_id": deck_id,
                    "topic_id": topic_ids[path],
                    "title": parsed.title,
                    "norm_title": normalize_title(parsed.title),
                    "answer_markdown": parsed.answer_markdown,
                    "answer_hash": _answer_hash(parsed.answer_markdown),
                    "source_line": parsed.source_line,
                    "position": position,
                }
                old = existing.get(qid)
                if old is None:
                    conn.execute(
                        "INSERT INTO questions (id, deck_id, topic_id, title, norm_title,"
                        " answer_markdown, answer_hash, source_line, position)"
                        " VALUES (:id, :deck_id, :topic_id, :title, :norm_title,"
                        " :answer_markdown, :answer_hash, :source_line, :position)",
                        values,
                    )
                    self._fts_put(qid, parsed.title, parsed.answer_markdown)
                    new += 1
                    continue
                if old["topic_locked"]:
                    values["topic_id"] = old["topic_id"]
                text_changed = old["title"] != parsed.title or (
                    old["answer_hash"] != values["answer_hash"]
                )
                moved = old["topic_id"] != values["topic_id"]
                restored = old["removed_at"] is not None
                shifted = (old["source_line"], old["position"]) != (parsed.source_line, position)
                if text_changed or moved or restored or shifted:
                    conn.execute(
                        "UPDATE questions SET topic_id = :topic_id, title = :title,"
                        " norm_title = :norm_title, answer_markdown = :answer_markdown,"
                        " answer_hash = :answer_hash, source_line = :source_line,"
                        " position = :position, removed_at = NULL WHERE id = :id",
                        values,
                    )
                if text_changed:
                    self._fts_put(qid, parsed.title, parsed.answer_markdown)
                if old["answer_hash"] != values["answer_hash"]:
                    conn.execute("DELETE FROM rendered_cache WHERE question_id = ?", (qid,))
                if restored:
                    new += 1
                elif text_changed or moved:
                    updated += 1
                else:
                    unchanged += 1

            present = set(ids)
            gone = [
                (now, qid)
                for qid, r in existing.items()
                if r["removed_at"] is None and qid not in present
            ]
            conn.executemany("UPDATE questions SET removed_at = ? WHERE id = ?", gone)
        return ImportSummary(deck_name, new, updated, unchanged, len(gone))

    def _resolve_topics(
        self, deck_id: int, paths: Sequence[tuple[str, ...]]
    ) -> dict[tuple[str, ...], int]:
        """Topic ids for every path, creating topics as needed, level by level."""
        prefixes: dict[tuple[str, ...], None] = {}  # first-appearance order
        for path in paths:
            for depth in range(1, len(path) + 1):
                prefixes.setdefault(path[:depth])
        resolved: dict[tuple[str, ...], int] = {}
        for depth in range(1, max(map(len, prefixes), default=0) + 1):
            groups: dict[tuple[str, ...], list[str]] = {}
            for prefix in prefixes:
                if len(prefix) == depth:
                    groups.setdefault(prefix[:-1], []).append(prefix[-1])
            for parent_path, names in groups.items():
                ids = self._resolve_siblings(deck_id, resolved.get(parent_path), names)
                for name, topic_id in zip(names, ids, strict=True):
                    resolved[(*parent_path, name)] = topic_id
        return resolved

    def _resolve_siblings(self, deck_id: int, parent_id: int | None, names: list[str]) -> list[int]:
        """Match the file's headings under one parent to stored topics.

        First by source_name (so user renames survive), then by current name among
        topics no heading claimed (a user-made topic, or one the user renamed to what
        the file now says), else a new topic, its name made unique if a rename took it.
        """
        conn = self._conn
        rows = conn.execute(
            "SELECT id, name, source_name, position FROM topics"
            " WHERE deck_id = ? AND parent_id IS ?",
            (deck_id, parent_id),
        ).fetchall()
        by_source = {r["source_name"]: r for r in rows if r["source_name"] is not None}
        result: list[int | None] = [None] * len(names)
        claimed: set[int] = set()
        for i, name in enumerate(names):
            if (row := by_source.get(name)) is not None:
                result[i] = row["id"]
                claimed.add(row["id"])
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            row = next((r for r in rows if r["name"] == name and r["id"] not in claimed), None)
            if row is not None:
                conn.execute("UPDATE topics SET source_name = ? WHERE id = ?", (name, row["id"]))
                result[i] = row["id"]
                claimed.add(row["id"])
        taken = {r["name"] for r in rows}
        for i, name in enumerate(names):
            if result[i] is not None:
                continue
            unique = _unique_name(name, taken)
            taken.add(unique)
            result[i] = conn.execute(
                "INSERT INTO topics (deck_id, parent_id, name, source_name, position)"
                " VALUES (?, ?, ?, ?, ?)",
                (deck_id, parent_id, unique, name, i),
            ).lastrowid
        ids = [topic_id for topic_id in result if topic_id is not None]
        conn.executemany(
            "UPDATE topics SET position = ? WHERE id = ? AND position != ?",
            [(i, topic_id, i) for i, topic_id in enumerate(ids)],
        )
        return ids

    def _fts_put(self, qid: str, title: str, answer: str) -> None:
        rowid = _fts_rowid(qid)
        self._conn.execute("DELETE FROM questions_fts WHERE rowid = ?", (rowid,))
        self._conn.execute(
            "INSERT INTO questions_fts (rowid, qid, title, answer) VALUES (?, ?, ?, ?)",
            (rowid, qid, title, answer),
        )

    # --- reading ---------------------------------------------------------------

    @_op
    def decks(self) -> list[Deck]:
        return [
            Deck(r["id"], r["name"], r["source_path"], r["source_hash"])
            for r in self._conn.execute(
                "SELECT id, name, source_path, source_hash FROM decks ORDER BY name, id"
            )
        ]

    @_op
    def topics(self, deck_id: int) -> list[Topic]:
        """The deck's visible topics, parents before children, siblings by position.

        Visible: a topic holding a question that is not removed, one the user created,
        or an ancestor of either. A heading that left the notes file leaves no husk.
        """
        rows = self._conn.execute(
            "SELECT id, deck_id, parent_id, name, position, user_created FROM topics"
            " WHERE deck_id = ? ORDER BY position, id",
            (deck_id,),
        ).fetchall()
        used = {
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT topic_id FROM questions WHERE deck_id = ? AND removed_at IS NULL",
                (deck_id,),
            )
        }
        parent_of = {r["id"]: r["parent_id"] for r in rows}
        visible: set[int] = set()
        for r in rows:
            if r["id"] in used or r["user_created"]:
                topic_id: int | None = r["id"]
                while topic_id is not None and topic_id not in visible:
                    visible.add(topic_id)
                    topic_id = parent_of.get(topic_id)
        children: dict[int | None, list[sqlite3.Row]] = {}
        for r in rows:
            if r["id"] in visible:
                children.setdefault(r["parent_id"], []).append(r)
        ordered: list[Topic] = []

        def walk(parent_id: int | None) -> None:
            for r in children.get(parent_id, []):
                ordered.append(
                    Topic(r["id"], r["deck_id"], r["parent_id"], r["name"], r["position"])
                )
                walk(r["id"])

        walk(None)
        return ordered

    @_op
    def questions(
        self,
        topic_id: int | None = None,
        deck_id: int | None = None,
        *,
        include_subtopics: bool = False,
    ) -> list[Question]:
        """Questions not removed, in file order, filtered by topic and/or deck."""
        clauses = ["removed_at IS NULL"]
        params: list[Any] = []
        prefix = ""
        if topic_id is not None and include_subtopics:
            prefix = (
                "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL"
                " SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id) "
            )
            params.append(topic_id)
            clauses.append("topic_id IN sub")
        elif topic_id is not None:
            clauses.append("topic_id = ?")
            params.append(topic_id)
        if deck_id is not None:
            clauses.append("deck_id = ?")
            params.append(deck_id)
        sql = (
            f"{prefix}SELECT {_QUESTION_COLUMNS} FROM questions WHERE {' AND '.join(clauses)}"
            " ORDER BY deck_id, position"
        )
        return [_question(r) for r in self._conn.execute(sql, params)]

    @_op
    def question(self, qid: str) -> Question | None:
        row = self._conn.execute(
            f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE id = ? AND removed_at IS NULL",
            (qid,),
        ).fetchone()
        return None if row is None else _question(row)

    @_op
    def question_count(self, deck_id: int | None = None) -> int:
        sql = "SELECT count(*) FROM questions WHERE removed_at IS NULL"
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND deck_id = ?"
            params = (deck_id,)
        return int(self._conn.execute(sql, params).fetchone()[0])

    @_op
    def search(self, text: str, limit: int = 50, deck_id: int | None = None) -> list[str]:
        """Ids of questions whose title or answer has words starting with each word of
        `text`, best first (title hits weigh more)."""
        query = fts_query(text)
        if not query:
            return []
        sql = (
            "SELECT questions_fts.qid FROM questions_fts"
            " JOIN questions q ON q.id = questions_fts.qid"
            " WHERE questions_fts MATCH ? AND q.removed_at IS NULL"
        )
        params: list[Any] = [query]
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params.append(deck_id)
        sql += " ORDER BY bm25(questions_fts, 0.0, 5.0, 1.0) LIMIT ?"
        params.append(limit)
        return [r[0] for r in self._conn.execute(sql, params)]

    # --- user edits ------------------------------------------------------------

    @_op
    def move_question(self, qid: str, topic_id: int) -> None:
        """Put a question under another topic of its deck; re-imports leave it there."""
        with self.transaction():
            question = self._conn.execute(
                "SELECT deck_id FROM questions WHERE id = ? AND removed_at IS NULL", (qid,)
            ).fetchone()
            if question is None:
                raise KeyError(qid)
            topic = self._conn.execute(
                "SELECT deck_id FROM topics WHERE id = ?", (topic_id,)
            ).fetchone()
            if topic is None:
                raise KeyError(topic_id)
            if topic["deck_id"] != question["deck_id"]:
                raise ValueError("a question can only move to a topic of its own deck")
            self._conn.execute(
                "UPDATE questions SET topic_id = ?, topic_locked = 1 WHERE id = ?",
                (topic_id, qid),
            )

    @_op
    def rename_topic(self, topic_id: int, name: str) -> None:
        """Rename a topic; re-imports still recognise it by the heading it came from."""
        name = self._check_topic_name(name)
        with self.transaction():
            try:
                cursor = self._conn.execute(
                    "UPDATE topics SET name = ? WHERE id = ?", (name, topic_id)
                )
            except sqlite3.IntegrityError as exc:
                raise self._duplicate_topic(name) from exc
            if cursor.rowcount == 0:
                raise KeyError(topic_id)

    @_op
    def create_topic(self, deck_id: int, name: str, parent_id: int | None = None) -> Topic:
        """A topic of the user's own, kept by re-imports even while empty."""
        name = self._check_topic_name(name)
        conn = self._conn
        with self.transaction():
            if conn.execute("SELECT 1 FROM decks WHERE id = ?", (deck_id,)).fetchone() is None:
                raise KeyError(deck_id)
            if parent_id is not None:
                parent = conn.execute(
                    "SELECT deck_id FROM topics WHERE id = ?", (parent_id,)
                ).fetchone()
                if parent is None:
                    raise KeyError(parent_id)
                if parent["deck_id"] != deck_id:
                    raise ValueError("a topic's parent must belong to the same deck")
            position = conn.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM topics"
                " WHERE deck_id = ? AND parent_id IS ?",
                (deck_id, parent_id),
            ).fetchone()[0]
            try:
                topic_id = conn.execute(
                    "INSERT INTO topics (deck_id, parent_id, name, position, user_created)"
                    " VALUES (?, ?, ?, ?, 1)",
                    (deck_id, parent_id, name, position),
                ).lastrowid
            except sqlite3.IntegrityError as exc:
                raise self._duplicate_topic(name) from exc
        assert topic_id is not None
        return Topic(topic_id, deck_id, parent_id, name, position)

    @staticmethod
    def _check_topic_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise StoreError("A topic needs a name.", "Type at least one letter.")
        return name

    @staticmethod
    def _duplicate_topic(name: str) -> StoreError:
        return StoreError(f'There is already a topic named "{name}" here.', "Choose another name.")

    # --- cards and reviews -----------------------------------------------------

    @_op
    def card_json(self, qid: str) -> str | None:
        """The question's scheduler card as stored (JSON), None before its first review."""
        row = self._conn.execute(
            "SELECT fsrs_json FROM cards WHERE question_id = ?", (qid,)
        ).fetchone()
        return None if row is None else row["fsrs_json"]

    @_op
    def record_review(
        self,
        qid: str,
        rating: int,
        seconds: float | None,
        mode: str,
        card_json_after: str,
        due_iso: str | None,
        reviewed_at_ms: int,
    ) -> int:
        """Save one answer and the card it produced, together; returns the review's id."""
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1–4, not {rating!r}")
        if mode not in REVIEW_MODES:
            raise ValueError(f"mode must be one of {REVIEW_MODES}, not {mode!r}")
        conn = self._conn
        with self.transaction():
            if conn.execute("SELECT 1 FROM questions WHERE id = ?", (qid,)).fetchone() is None:
                raise KeyError(qid)
            before = conn.execute(
                "SELECT fsrs_json, due FROM cards WHERE question_id = ?", (qid,)
            ).fetchone()
            review_id = conn.execute(
                "INSERT INTO reviews (question_id, reviewed_at_ms, rating, seconds, mode,"
                " card_before_json, due_before) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    qid,
                    reviewed_at_ms,
                    rating,
                    seconds,
                    mode,
                    None if before is None else before["fsrs_json"],
                    None if before is None else before["due"],
                ),
            ).lastrowid
            conn.execute(
                "INSERT INTO cards (question_id, fsrs_json, due) VALUES (?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE"
                " SET fsrs_json = excluded.fsrs_json, due = excluded.due",
                (qid, card_json_after, due_iso),
            )
        assert review_id is not None
        return review_id

    @_op
    def undo_review(self, review_id: int) -> str:
        """Take back a question's latest review: its card returns to what it was before.

        Returns the question id. Only the latest review of a question can be undone,
        since a later one was computed from the card this one produced.
        """
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT question_id, card_before_json, due_before FROM reviews WHERE id = ?",
                (review_id,),
            ).fetchone()
            if row is None:
                raise KeyError(review_id)
            qid = row["question_id"]
            later = conn.execute(
                "SELECT 1 FROM reviews WHERE question_id = ? AND id > ? LIMIT 1",
                (qid, review_id),
            ).fetchone()
            if later is not None:
                raise ValueError("only the latest review of a question can be undone")
            if row["card_before_json"] is None:
                conn.execute("DELETE FROM cards WHERE question_id = ?", (qid,))
            else:
                conn.execute(
                    "UPDATE cards SET fsrs_json = ?, due = ? WHERE question_id = ?",
                    (row["card_before_json"], row["due_before"], qid),
                )
            conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
        return qid

    @_op
    def reviews(self, qid: str | None = None) -> list[Review]:
        """One question's reviews, or those of all questions not removed; oldest first."""
        if qid is None:
            rows = self._conn.execute(
                "SELECT r.* FROM reviews r JOIN questions q ON q.id = r.question_id"
                " WHERE q.removed_at IS NULL ORDER BY r.reviewed_at_ms, r.id"
            )
        else:
            rows = self._conn.execute(
                "SELECT * FROM reviews WHERE question_id = ? ORDER BY reviewed_at_ms, id", (qid,)
            )
        return [
            Review(
                id=r["id"],
                question_id=r["question_id"],
                reviewed_at_ms=r["reviewed_at_ms"],
                rating=r["rating"],
                seconds=r["seconds"],
                mode=r["mode"],
            )
            for r in rows
        ]

    @_op
    def cards(self, deck_id: int | None = None) -> dict[str, CardInfo]:
        """Question id → card, due and latest rating, for every question not removed
        (of one deck, or all) that has a card; questions never reviewed are absent."""
        sql = (
            "SELECT c.question_id, c.fsrs_json, c.due,"
            " (SELECT r.rating FROM reviews r WHERE r.question_id = c.question_id"
            "  ORDER BY r.reviewed_at_ms DESC, r.id DESC LIMIT 1) AS last_rating"
            " FROM cards c JOIN questions q ON q.id = c.question_id"
            " WHERE q.removed_at IS NULL"
        )
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params = (deck_id,)
        return {
            r["question_id"]: CardInfo(r["fsrs_json"], r["due"], r["last_rating"])
            for r in self._conn.execute(sql, params)
        }

    # --- rendered HTML cache -----------------------------------------------------

    @_op
    def cached_html(self, qid: str, theme: str, md_hash: str) -> str | None:
        """The HTML rendered for this question and theme, if it came from this Markdown."""
        row = self._conn.execute(
            "SELECT html FROM rendered_cache WHERE question_id = ? AND theme = ? AND md_hash = ?",
            (qid, theme, md_hash),
        ).fetchone()
        return None if row is None else row["html"]

    @_op
    def store_html(self, qid: str, theme: str, md_hash: str, html: str) -> None:
        with self.transaction():
            before = self._conn.total_changes
            self._conn.execute(
                "INSERT INTO rendered_cache (question_id, theme, md_hash, html)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (question_id, theme)"
                " DO UPDATE SET md_hash = excluded.md_hash, html = excluded.html",
                (qid, theme, md_hash, html),
            )
            self._cache_changes += self._conn.total_changes - before

    # --- mock interviews ----------------------------------------------------------

    _MOCK_SESSION_COLUMNS = (
        "s.id, s.started_at_ms, s.ended_at_ms, s.state, s.settings_json,"
        " s.question_ids_json, s.elapsed_seconds"
    )

    @staticmethod
    def _mock_session(row: sqlite3.Row) -> MockSessionRecord:
        try:
            settings = json.loads(row["settings_json"])
        except ValueError:
            settings = {}
        try:
            question_ids = tuple(str(q) for q in json.loads(row["question_ids_json"]))
        except (ValueError, TypeError):
            question_ids = ()
        return MockSessionRecord(
            id=row["id"],
            started_at_ms=row["started_at_ms"],
            ended_at_ms=row["ended_at_ms"],
            state=row["state"],
            settings=settings if isinstance(settings, dict) else {},
            question_ids=question_ids,
            elapsed_seconds=float(row["elapsed_seconds"] or 0.0),
        )

    @_op
    def create_mock_session(
        self, settings: dict[str, Any], question_ids: Sequence[str], started_at_ms: int
    ) -> int:
        """Start a mock interview over `question_ids` (in asking order); returns its id.

        Only one session runs at a time: one still running (left by a crash and never
        resumed) is marked abandoned, as ended when this one starts.
        """
        if not question_ids:
            raise ValueError("a mock interview needs at least one question")
        conn = self._conn
        with self.transaction():
            conn.execute(
                "UPDATE mock_sessions SET state = 'abandoned', ended_at_ms = ?"
                " WHERE state = 'running'",
                (started_at_ms,),
            )
            session_id = conn.execute(
                "INSERT INTO mock_sessions (started_at_ms, settings_json, state,"
                " question_ids_json) VALUES (?, ?, 'running', ?)",
                (started_at_ms, json.dumps(settings), json.dumps(list(question_ids))),
            ).lastrowid
        assert session_id is not None
        return session_id

    @_op
    def record_mock_answer(
        self,
        session_id: int,
        qid: str,
        position: int,
        *,
        seconds: float | None,
        overtime: bool,
        rating: int | None,
        coverage: float | None = None,
        typed_answer: str | None = None,
        note: str | None = None,
        elapsed_seconds: float | None = None,
        review: MockReview | None = None,
        finished_at_ms: int | None = None,
    ) -> int:
        """Save one answered question of a running session, all in one transaction:
        the answer row (rating None: skipped), the review and card it produced when
        `review` is given (mode "mock"), the session's active time so far and, with
        `finished_at_ms`, the end of the session. Returns the answer's id.
        """
        if rating is not None and rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1–4 or None, not {rating!r}")
        if review is not None and rating is None:
            raise ValueError("a skipped question cannot count as a review")
        if coverage is not None and not 0.0 <= coverage <= 1.0:
            raise ValueError(f"coverage must be between 0 and 1, not {coverage!r}")
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT state, question_ids_json FROM mock_sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise KeyError(session_id)
            if row["state"] != "running":
                raise ValueError(f"mock session {session_id} is {row['state']}, not running")
            planned = json.loads(row["question_ids_json"])
            if not (0 <= position < len(planned)) or planned[position] != qid:
                raise ValueError(f"{qid!r} is not question {position} of mock {session_id}")
            try:
                answer_id = conn.execute(
                    "INSERT INTO mock_answers (session_id, question_id, position, seconds,"
                    " overtime, rating, coverage, typed_answer, note)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        qid,
                        position,
                        seconds,
                        int(bool(overtime)),
                        rating,
                        coverage,
                        typed_answer,
                        note,
                    ),
                ).lastrowid
            except sqlite3.IntegrityError as exc:
                raise ValueError(f"question {position} of mock {session_id} is answered") from exc
            if review is not None:
                assert rating is not None
                self.record_review(
                    qid,
                    rating,
                    seconds,
                    "mock",
                    review.card_json_after,
                    review.due_iso,
                    review.reviewed_at_ms,
                )
            if elapsed_seconds is not None:
                conn.execute(
                    "UPDATE mock_sessions SET elapsed_seconds = ? WHERE id = ?",
                    (elapsed_seconds, session_id),
                )
            if finished_at_ms is not None:
                conn.execute(
                    "UPDATE mock_sessions SET state = 'finished', ended_at_ms = ? WHERE id = ?",
                    (finished_at_ms, session_id),
                )
        assert answer_id is not None
        return answer_id

    @_op
    def finish_mock_session(
        self, session_id: int, ended_at_ms: int, elapsed_seconds: float | None = None
    ) -> None:
        """End a running session normally (all asked, or ended early by the user)."""
        self._end_mock_session(session_id, "finished", ended_at_ms, elapsed_seconds)

    @_op
    def abandon_mock_session(
        self, session_id: int, ended_at_ms: int, elapsed_seconds: float | None = None
    ) -> None:
        """Leave a running session unfinished for good; its saved answers stay."""
        self._end_mock_session(session_id, "abandoned", ended_at_ms, elapsed_seconds)

    def _end_mock_session(
        self, session_id: int, state: str, ended_at_ms: int, elapsed_seconds: float | None
    ) -> None:
        with self.transaction():
            row = self._conn.execute(
                "SELECT state FROM mock_sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise KeyError(session_id)
            if row["state"] != "running":
                raise ValueError(f"mock session {session_id} is {row['state']}, not running")
            self._conn.execute(
                "UPDATE mock_sessions SET state = ?, ended_at_ms = ?,"
                " elapsed_seconds = ifnull(?, elapsed_seconds) WHERE id = ?",
                (state, ended_at_ms, elapsed_seconds, session_id),
            )

    @_op
    def mock_session(self, session_id: int) -> MockSessionRecord | None:
        row = self._conn.execute(
            f"SELECT {self._MOCK_SESSION_COLUMNS} FROM mock_sessions s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        return None if row is None else self._mock_session(row)

    @_op
    def unfinished_mock(self) -> MockSessionRecord | None:
        """The session still marked running (the app closed mid-way), latest first."""
        row = self._conn.execute(
            f"SELECT {self._MOCK_SESSION_COLUMNS} FROM mock_sessions s"
            " WHERE s.state = 'running' ORDER BY s.started_at_ms DESC, s.id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else self._mock_session(row)

    @_op
    def mock_answers(self, session_id: int) -> list[MockAnswerRecord]:
        """A session's answered questions (graded or skipped), in asking order."""
        rows = self._conn.execute(
            "SELECT a.*, q.title FROM mock_answers a JOIN questions q ON q.id = a.question_id"
            " WHERE a.session_id = ? ORDER BY a.position, a.id",
            (session_id,),
        )
        return [
            MockAnswerRecord(
                id=r["id"],
                session_id=r["session_id"],
                question_id=r["question_id"],
                title=r["title"],
                position=r["position"],
                seconds=r["seconds"],
                overtime=bool(r["overtime"]),
                rating=r["rating"],
                coverage=r["coverage"],
                typed_answer=r["typed_answer"],
                note=r["note"],
            )
            for r in rows
        ]

    @_op
    def mock_session_stats(
        self, states: Sequence[str] = ("finished", "abandoned")
    ) -> list[MockSessionStats]:
        """Sessions in the given states with totals over their answers, oldest first.

        Means are over graded answers only: a skipped question has no rating, and its
        time says nothing about how long an answer takes.
        """
        unknown = set(states) - set(MOCK_STATES)
        if unknown:
            raise ValueError(f"unknown mock session states: {sorted(unknown)}")
        if not states:
            return []
        marks = ", ".join("?" * len(states))
        rows = self._conn.execute(
            f"SELECT {self._MOCK_SESSION_COLUMNS},"
            " count(a.id) AS answered, count(a.rating) AS graded,"
            " avg(a.rating) AS mean_rating,"
            " avg(CASE WHEN a.rating IS NOT NULL THEN a.seconds END) AS mean_seconds,"
            " ifnull(sum(CASE WHEN a.rating IS NOT NULL THEN a.overtime END), 0) AS overtime,"
            " avg(CASE WHEN a.rating IS NOT NULL THEN a.coverage END) AS mean_coverage"
            " FROM mock_sessions s LEFT JOIN mock_answers a ON a.session_id = s.id"
            f" WHERE s.state IN ({marks}) GROUP BY s.id ORDER BY s.started_at_ms, s.id",
            tuple(states),
        )
        return [
            MockSessionStats(
                session=self._mock_session(r),
                answered=r["answered"],
                graded=r["graded"],
                mean_rating=r["mean_rating"],
                mean_seconds=r["mean_seconds"],
                overtime=r["overtime"],
                mean_coverage=r["mean_coverage"],
            )
            for r in rows
        ]

    @_op
    def topic_names(self, topic_ids: Sequence[int]) -> dict[int, str]:
        """Topic id → current name, for the ids that still exist."""
        ids = list(dict.fromkeys(topic_ids))
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self._conn.execute(f"SELECT id, name FROM topics WHERE id IN ({marks})", ids)
        return {r["id"]: r["name"] for r in rows}

    # --- weak topics and statistics (read-only) ---------------------------------

    @_op
    def weak_reviews(self, deck_id: int | None = None) -> list[Review]:
        """The reviews of every question not removed (of one deck, or all), oldest first."""
        sql = (
            "SELECT r.id, r.question_id, r.reviewed_at_ms, r.rating, r.seconds, r.mode"
            " FROM reviews r JOIN questions q ON q.id = r.question_id"
            " WHERE q.removed_at IS NULL"
        )
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params = (deck_id,)
        sql += " ORDER BY r.reviewed_at_ms, r.id"
        return [
            Review(
                id=r["id"],
                question_id=r["question_id"],
                reviewed_at_ms=r["reviewed_at_ms"],
                rating=r["rating"],
                seconds=r["seconds"],
                mode=r["mode"],
            )
            for r in self._conn.execute(sql, params)
        ]

    @_op
    def weak_mock_attempts(self, deck_id: int | None = None) -> list[WeakMockAttempt]:
        """Every mock answer (graded or skipped) of questions not removed, of one deck or
        all, oldest session first and in asking order within a session."""
        sql = (
            "SELECT a.question_id, a.session_id, s.state, s.started_at_ms, a.position,"
            " a.seconds, a.overtime, a.rating, a.coverage, a.typed_answer"
            " FROM mock_answers a"
            " JOIN mock_sessions s ON s.id = a.session_id"
            " JOIN questions q ON q.id = a.question_id"
            " WHERE q.removed_at IS NULL"
        )
        params: tuple[Any, ...] = ()
        if deck_id is not None:
            sql += " AND q.deck_id = ?"
            params = (deck_id,)
        sql += " ORDER BY s.started_at_ms, a.session_id, a.position, a.id"
        return [
            WeakMockAttempt(
                question_id=r["question_id"],
                session_id=r["session_id"],
                session_state=r["state"],
                started_at_ms=r["started_at_ms"],
                position=r["position"],
                seconds=r["seconds"],
                overtime=bool(r["overtime"]),
                rating=r["rating"],
                coverage=r["coverage"],
                typed_answer=r["typed_answer"],
            )
            for r in self._conn.execute(sql, params)
        ]

    # --- settings --------------------------------------------------------------

    @_op
    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting's value (any JSON value), or `default` when it was never set."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row["value"])

    @_op
    def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value)
        with self.transaction():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )

"""The schema, its migrations (PRAGMA user_version) and the connection's pragmas."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from studyapp.core.store.errors import newer_store, translate_error
from studyapp.core.store.side_files import not_its_own
from studyapp.core.store.sqlio import (
    log_to_read,
    open_connection,
    open_copy_with_log,
    open_unchangeable,
    open_without_journal,
    unchangeable,
)

BUSY_TIMEOUT_MS = 5000

# --- schema and migrations ---------------------------------------------------

# The search index. Kept in sync explicitly by the store (no triggers): its rowid is
# derived from the question id (see _fts_rowid) because questions' own rowid may change
# on VACUUM. Removed questions stay indexed; searches filter them out by joining
# questions. Made again from the questions where it is damaged (core.store.health).
SEARCH_INDEX = """CREATE VIRTUAL TABLE questions_fts USING fts5(
        qid UNINDEXED, title, answer, tokenize = 'unicode61 remove_diacritics 2'
    )"""

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
    SEARCH_INDEX,
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

    No earlier version wrote mock answers; another tool or a hand edit may have, two at
    one place of a session. The unique index refused them, and the store could not be
    opened: each one after the first goes to the end of its session, so every answer
    is kept (a store without such rows is not changed).
    """
    repeated = conn.execute(
        """SELECT id, session_id FROM mock_answers AS a WHERE EXISTS (
            SELECT 1 FROM mock_answers AS b
            WHERE b.session_id = a.session_id AND b.position = a.position AND b.id < a.id
        ) ORDER BY id"""
    ).fetchall()
    for answer_id, session_id in repeated:
        conn.execute(
            "UPDATE mock_answers SET position = (SELECT max(position) + 1 FROM mock_answers"
            " WHERE session_id = ?) WHERE id = ?",
            (session_id, answer_id),
        )
    conn.execute(
        "ALTER TABLE mock_sessions ADD COLUMN question_ids_json TEXT NOT NULL DEFAULT '[]'"
    )
    conn.execute("ALTER TABLE mock_sessions ADD COLUMN elapsed_seconds REAL NOT NULL DEFAULT 0")
    conn.execute("CREATE UNIQUE INDEX mock_answers_position ON mock_answers(session_id, position)")
    conn.execute("DROP INDEX mock_answers_session")  # a prefix of mock_answers_position
    conn.execute("CREATE INDEX mock_sessions_state ON mock_sessions(state, started_at_ms)")


def migrate_to_4(conn: sqlite3.Connection) -> None:
    """Mock answers that survive a crash as typed, and spoken ones: the draft of the
    question on screen (the typed answer and the note, one per session) and the file a
    spoken answer was recorded to."""
    conn.execute(
        """CREATE TABLE mock_drafts (
            session_id INTEGER PRIMARY KEY REFERENCES mock_sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            typed_answer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            saved_at_ms INTEGER NOT NULL
        )"""
    )
    conn.execute("ALTER TABLE mock_answers ADD COLUMN recording_path TEXT")


def migrate_to_5(conn: sqlite3.Connection) -> None:
    """Decks the person manages and questions edited where they are read.

    questions: the last line of the question in its file (end_line, for writing an edit
    back at its lines) and the file within a folder deck (source_file); suspended (kept,
    not studied); deleted (removed by the person: a re-import does not bring it back,
    undo does); edited (title and answer changed in the app where the file could not
    be written: a re-import keeps them). decks: source_missing (its file or folder is
    gone; the deck stays) and id_name (see below). question_aliases: an edited title
    written back to the file would otherwise give the question a new id and lose its
    progress at the next import.
    """
    for column in (
        "end_line INTEGER NOT NULL DEFAULT 0",
        "source_file TEXT NOT NULL DEFAULT ''",
        "suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1))",
        "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))",
        "edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1))",
    ):
        conn.execute(f"ALTER TABLE questions ADD COLUMN {column}")
    conn.execute(
        "ALTER TABLE decks ADD COLUMN source_missing INTEGER NOT NULL DEFAULT 0"
        " CHECK (source_missing IN (0, 1))"
    )
    # Question ids derive from the deck's name; a renamed deck keeps deriving them from
    # the name its questions got their ids under (id_name), or they would all change.
    conn.execute("ALTER TABLE decks ADD COLUMN id_name TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE decks SET id_name = name")
    conn.execute(
        """CREATE TABLE question_aliases (
            deck_id INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
            norm_title TEXT NOT NULL,
            question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            PRIMARY KEY (deck_id, norm_title)
        )"""
    )
    conn.execute("CREATE INDEX question_aliases_question ON question_aliases(question_id)")


def migrate_to_6(conn: sqlite3.Connection) -> None:
    """Two indexes for counts the window shows often.

    questions_live: the questions still in the notes, by deck and topic; the window's
    first frame counts each topic's questions and finds each deck's topics in use from
    it (a scan of the table read every answer's pages: 13 ms on a 10,000-question
    deck, 1 ms from here).
    reviews_time: reviews by time; the daily limits count today's reviews from it,
    not from the whole log."""
    conn.execute(
        "CREATE INDEX questions_live ON questions(deck_id, topic_id) WHERE removed_at IS NULL"
    )
    conn.execute("CREATE INDEX reviews_time ON reviews(reviewed_at_ms)")


def migrate_to_7(conn: sqlite3.Connection) -> None:
    """A resumed mock goes on with the time it had: the draft keeps the active seconds
    spent on its question and in the whole session when it was saved (a quit, a pause,
    every few seconds), so quitting and resuming no longer gives the question's full
    time back. A draft saved before keeps its text; its question starts again from zero
    and its session time is the session's (NULL: not known), as then."""
    conn.execute("ALTER TABLE mock_drafts ADD COLUMN question_seconds REAL NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE mock_drafts ADD COLUMN session_seconds REAL")


def migrate_to_8(conn: sqlite3.Connection) -> None:
    """A mock left on a revealed question comes back revealed: the draft says whether
    the model answer was on screen when it was saved, so a resumed mock shows it again
    for the self-grade, its clock stopped, instead of hiding it and restarting the
    clock on an answer the person has already read. A draft saved before reads as
    not revealed, as then."""
    conn.execute("ALTER TABLE mock_drafts ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0")


def migrate_to_9(conn: sqlite3.Connection) -> None:
    """Titles shown with their inline code: title_markup is the title with its code
    spans in backticks ("How does `is` differ from `==`?"), written by an import beside
    the plain title that ids, search and matching read; '' where it has none.

    A store from before has '' throughout (its plain titles have lost the marks): a
    deck's titles get theirs when its notes are next read (the file changed, or an
    import with --force), and show plain until then, as they did."""
    conn.execute("ALTER TABLE questions ADD COLUMN title_markup TEXT NOT NULL DEFAULT ''")


def migrate_to_10(conn: sqlite3.Connection) -> None:
    """Questions buried until the next study day (Anki's Bury, "-"): each buried one
    with the moment (epoch ms, UTC) it comes back by itself. A row whose moment has
    passed means nothing; it is replaced or removed at the next bury or unbury. Kept
    apart from the questions' rows, which a re-import rewrites: a bury outlives a
    re-import as the question's id does. A store from before has none buried."""
    conn.execute(
        """CREATE TABLE buried (
            question_id TEXT PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
            until_ms INTEGER NOT NULL
        )"""
    )


def migrate_to_11(conn: sqlite3.Connection) -> None:
    """A mock resumed on a revealed question keeps the key points the person ticked:
    the draft holds each key point with its tick when it was saved (key_points_json,
    a JSON list of [term, ticked] pairs), so a quit or a crash no longer gives back
    every point unticked and a coverage of 0 at the grade. NULL where no key points
    were kept (the question was not revealed, or the draft was saved before): the
    points are ticked as the typed answer covers them, as then."""
    conn.execute("ALTER TABLE mock_drafts ADD COLUMN key_points_json TEXT")


def migrate_to_12(conn: sqlite3.Connection) -> None:
    """Anki's flags (Ctrl+1–7): a question's flag, 0 for none, 1–7 for Anki's red,
    orange, green, blue, pink, turquoise and purple (core.flags). A column of the
    question as `suspended` is: a re-import rewrites the notes' own columns and keeps
    this one, as it keeps the question's id. A store from before has none flagged."""
    conn.execute(
        "ALTER TABLE questions ADD COLUMN flag INTEGER NOT NULL DEFAULT 0"
        " CHECK (flag BETWEEN 0 AND 7)"
    )


def migrate_to_13(conn: sqlite3.Connection) -> None:
    """A question's tags, as its notes give them (front matter ``tags: [sql]``, a
    sheet's Difficulty column as ``Difficulty::Medium``, an Anki note's tags): one tag
    a line (core.question_tags), '' for none. A column of the notes' own, as the
    title is: an import writes it and a re-import rewrites it, progress untouched.
    They were written under the answer as a ``#tag`` line before; since they left the
    answer they had no place, and the app showed them nowhere. A store from before
    has none until its notes are next read (the file changed, or --force)."""
    conn.execute("ALTER TABLE questions ADD COLUMN tags TEXT NOT NULL DEFAULT ''")


def migrate_to_14(conn: sqlite3.Connection) -> None:
    """The reader a deck's notes were last read by (core.reading): a deck read by an
    older one is read again, so a better reader reaches the decks already imported (a
    store from before had its tags, sign-offs and repeats as its first import left
    them until the notes changed). Every deck from before counts as read by none."""
    conn.execute("ALTER TABLE decks ADD COLUMN read_by INTEGER NOT NULL DEFAULT 0")


def migrate_to_15(conn: sqlite3.Connection) -> None:
    """The key a question's notes' own app knows it by (an Anki note's guid), so an
    export back to Anki updates the person's notes, history and all, instead of adding
    a copy of each. '' for none; a store from before has its keys once its notes are
    read again (core.reading)."""
    conn.execute("ALTER TABLE questions ADD COLUMN source_key TEXT NOT NULL DEFAULT ''")


# What `question_outlines` reads of a question, in the order it reads them; removed_at
# too (always NULL there), or SQLite reads each row of the table again to test it.
OUTLINE_INDEX = (
    "CREATE INDEX questions_outline ON questions(deck_id, position, id, topic_id, title,"
    " source_line, end_line, source_file, suspended, edited, title_markup, flag, removed_at)"
    " WHERE removed_at IS NULL"
)


def migrate_to_16(conn: sqlite3.Connection) -> None:
    """Every question's outline (all but its answer, its tags and what only an import
    reads) in file order, in an index of its own: the tree's rows, the figures and a
    mock's choice read them all. From the table they took a page of the table per
    question, answers and all, and the columns past a long answer were reached
    through its overflow pages: 300 ms on a tester's 44,600 questions, 85 from the
    index, which holds their titles a second time (4.7 MB of a 179 MB store)."""
    conn.execute(OUTLINE_INDEX)


# Ordered: MIGRATIONS[n] takes a database from version n to n + 1. Never edit one
# that has shipped; append a new one (and its test) instead.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    migrate_to_1,
    migrate_to_2,
    migrate_to_3,
    migrate_to_4,
    migrate_to_5,
    migrate_to_6,
    migrate_to_7,
    migrate_to_8,
    migrate_to_9,
    migrate_to_10,
    migrate_to_11,
    migrate_to_12,
    migrate_to_13,
    migrate_to_14,
    migrate_to_15,
    migrate_to_16,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


# The start of the damage `foreign_problem` words ("file is not a database": damage to
# core.store.errors, moved aside; the rest is for the person: recovery.plain_problem).
NOT_STUDYAPPS = "file is not a database of StudyApp's: "
# Tables every StudyApp store has had since its first version.
APP_TABLES = ("decks", "questions", "cards", "reviews")
# StudyApp's marks: columns its own tables have together, whatever a table is called
# now (one renamed by hand in a database browser is still StudyApp's). The names alone
# are no mark: another flash-card program has its "cards" and "decks" too.
OWN_COLUMNS = (
    frozenset({"name", "source_path", "source_hash"}),  # decks
    frozenset({"norm_title", "answer_markdown", "answer_hash"}),  # questions
    frozenset({"question_id", "fsrs_json"}),  # cards
    frozenset({"question_id", "reviewed_at_ms", "rating"}),  # reviews
    frozenset({"started_at_ms", "settings_json"}),  # mock_sessions
    frozenset({"session_id", "question_id", "typed_answer"}),  # mock_answers
)
# What `foreign_problem` says, after NOT_STUDYAPPS: the report tells it by these words.
ANOTHER_PROGRAMS = "it is another program's database"
# And for a file that is no database (core.store.header.other_kind), before what it is.
NO_DATABASE = "it is not a database at all but "


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        )
    ]


def another_programs(conn: sqlite3.Connection) -> bool:
    """Whether the database has tables, and none of them bears StudyApp's marks
    (OWN_COLUMNS): another program's, whatever version number its header holds (many
    programs keep their own schema version there, as StudyApp does: Android's Room,
    Firefox's places.sqlite; one that happened to equal StudyApp's was taken for a
    damaged StudyApp store, switched to StudyApp's log and called "may still be
    recoverable"). One without any table says nothing of whose it is."""
    names = _tables(conn)
    if not names:
        return False
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({quoted})")}
        except sqlite3.OperationalError:
            continue  # a virtual table of a module StudyApp lacks: never StudyApp's
        if any(own <= columns for own in OWN_COLUMNS):
            return False
    return True


def foreign_problem(conn: sqlite3.Connection) -> str | None:
    """The damage another program's database in the store's place is (`another_programs`),
    in words that name its tables; None when it is StudyApp's (sound or not)."""
    if not another_programs(conn):
        return None
    names = sorted(_tables(conn))
    shown = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
    return f"{NOT_STUDYAPPS}{ANOTHER_PROGRAMS} (none of its tables, {shown}, are StudyApp's)"


def refuse_newer(conn: sqlite3.Connection, path: str | Path | None, version: int) -> NoReturn:
    """Raise NewerStore for a database whose `version` is above this StudyApp's, left
    untouched; or, when it holds none of StudyApp's tables, damage: another program's
    database in the store's place (a file restored or synced under the wrong name) was
    called "made by a newer StudyApp: update it", an update that could not help, and
    every start stopped there while good backups waited unused."""
    if (foreign := foreign_problem(conn)) is not None:
        raise sqlite3.DatabaseError(foreign)
    raise newer_store(path, version, SCHEMA_VERSION)


def migrate(conn: sqlite3.Connection, target: int | None = None) -> int:
    """Bring an autocommit connection's database up to `target` (default: latest).

    Each step is its own transaction together with its `user_version` bump, and the
    version is re-read under the write lock, so two processes opening the same new
    file cannot both run a step.
    """
    target = SCHEMA_VERSION if target is None else target
    if (foreign := foreign_problem(conn)) is not None:
        # Whatever its version, even StudyApp's own: nothing of StudyApp's is written
        # into it (it is moved aside as it is, and a backup used instead).
        raise sqlite3.DatabaseError(foreign)
    if (
        schema_version(conn) == 0
        and conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite%' LIMIT 1"
        ).fetchone()
    ):
        # Tables, but no StudyApp version: another program's database, or one whose
        # header lost its version. Writing our tables into it would take it over;
        # as damage, it is moved aside (never deleted) and a backup used instead.
        raise sqlite3.DatabaseError("file is not a database of StudyApp's (no version)")
    if (version := schema_version(conn)) < 0:
        # No version StudyApp writes (a damaged header): as damage, never as an index
        # into MIGRATIONS, which would run the last steps again over the tables.
        raise sqlite3.DatabaseError(
            f"file is not a database of StudyApp's (schema version {version})"
        )
    if version > SCHEMA_VERSION:
        refuse_newer(conn, getattr(conn, "check_path", None), version)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current >= target:
                conn.execute("COMMIT")
                return current
            _migrate_step(conn, current)
            conn.execute(f"PRAGMA user_version = {current + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _migrate_step(conn: sqlite3.Connection, version: int) -> None:
    """Take the database from `version` to the next. A step that finds tables other
    than that version's (another program's database with a table of StudyApp's
    name, a table lost) fails as damage, so the file is salvaged or moved aside,
    never half-migrated: it stopped the start with a traceback. A locked or full
    disk stays what it is (core.store.errors).

    Rows that a rule the step adds refuses (two mock answers at one place, which a
    unique index of version 3 keeps apart, written by another tool or a hand edit)
    fail it as damage too: the salvage copies what the rules take into a store of the
    app's schema, and the file as it was is kept aside. It stopped every start with a
    traceback ("UNIQUE constraint failed")."""
    try:
        MIGRATIONS[version](conn)
    except sqlite3.IntegrityError as exc:
        raise sqlite3.DatabaseError(f"{NOT_STUDYAPPS}{exc}") from exc
    except sqlite3.OperationalError as exc:
        if translate_error(exc, getattr(conn, "check_path", "")) is not None:
            raise
        raise sqlite3.DatabaseError(
            f"file is not a database of StudyApp's (its tables are not those of schema "
            f"version {version}: {exc})"
        ) from exc


_OPTIONS = {
    "isolation_level": None,  # transactions are explicit: see Store.transaction
    "timeout": BUSY_TIMEOUT_MS / 1000,
    # A Store may be handed to a worker thread (imports run off the UI thread);
    # its lock serializes use, so the connection never sees two threads at once.
    "check_same_thread": False,
}


def connect_for_reading(path: str | Path, *, shared: bool = True) -> sqlite3.Connection:
    """A connection that reads the store and cannot write it. Falls back to reading a
    file that cannot change where its folder cannot be written (core.store.sqlio.
    unchangeable), and to reading the file on its own beside another database's
    rollback journal or log (core.store.side_files), which a read-write connection
    would roll back or checkpoint into it.

    `shared`: another process (the window) may have the store open. The connection is
    then read-only (`mode=ro`), not read-write with `query_only`: a read-write
    connection that closes while it can lock the file alone checkpoints the log and
    deletes it. The window's process loses its lock on the file whenever any code in
    it opens and closes the file itself (POSIX locks belong to the process, and any
    close drops them), so `studyapp decks` run beside the window deleted the log the
    window was still writing: its grades were lost at the next crash, and its next
    connection started a second log over the first, which damaged the store. A
    read-only connection cannot checkpoint, so it never deletes the log. Alone (the
    caller holds the writer lock), a read-write one leaves no log behind."""
    side = not_its_own(path)
    if side is not None and side.name.endswith("-journal"):
        conn = open_without_journal(path, **_OPTIONS)
        conn.check_path = Path(path)
        conn.row_factory = sqlite3.Row
        return conn
    if side is None:
        try:
            if shared:
                return _read_only(path)
            conn = connect(path)
            conn.execute("PRAGMA query_only = ON")
            return conn
        except sqlite3.OperationalError as exc:
            if log_to_read(exc, path):
                try:
                    conn = open_copy_with_log(path, **_OPTIONS)
                except OSError:  # no room for the copy: the error that sent us here
                    raise exc from None
                conn.row_factory = sqlite3.Row
                return conn
            if not unchangeable(exc, path):
                raise
    conn = open_unchangeable(path, **_OPTIONS)
    conn.check_path = Path(path)
    conn.row_factory = sqlite3.Row
    return conn


def _read_only(path: str | Path) -> sqlite3.Connection:
    conn = open_connection(Path(path).resolve().as_uri() + "?mode=ro", uri=True, **_OPTIONS)
    conn.check_path = Path(path)
    # (the last one opens the file: its errors are met here)
    return _with_pragmas(conn, ("query_only = ON", "schema_version"))


def connect(path: str | Path) -> sqlite3.Connection:
    """An autocommit connection with the store's pragmas, not yet migrated."""
    conn = open_connection(str(path), **_OPTIONS)
    if str(path) != ":memory:":
        conn.check_path = Path(path)
    return _with_pragmas(conn, ("journal_mode = WAL", "synchronous = FULL"))


def _with_pragmas(conn: sqlite3.Connection, own: tuple[str, ...]) -> sqlite3.Connection:
    """`conn` with rows by name, the busy timeout, foreign keys and `own` pragmas; closed
    when one fails."""
    try:
        conn.row_factory = sqlite3.Row
        for pragma in (f"busy_timeout = {BUSY_TIMEOUT_MS:d}", "foreign_keys = ON", *own):
            conn.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException:
        conn.close()
        raise
    return conn

"""The SQLite store: pragmas, migrations, imports that keep progress, queries, reviews."""

from __future__ import annotations

import inspect
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from studyapp.core import store as store_module
from studyapp.core.model import ImportSummary, ParsedDocument, ParsedQuestion, StudyAppError
from studyapp.core.render import highlight
from studyapp.core.store import (
    DEFAULT_TOPIC,
    MIGRATIONS,
    SCHEMA_VERSION,
    CardInfo,
    Store,
    StoreBusy,
    StoreError,
    connect,
    fts_query,
    migrate,
    schema_version,
    search_words,
    translate_error,
)
from studyapp.core.store import base as store_base
from studyapp.core.store import imports as store_imports
from studyapp.core.store import schema as store_schema
from studyapp.core.store import word_search as store_words
from studyapp.core.store.decks import _OUTLINE_COLUMNS, _in_file_order
from studyapp.core.titles import question_id

# --- helpers -----------------------------------------------------------------

Spec = tuple[str, str] | tuple[str, str, tuple[str, ...]]


def make_doc(*specs: Spec, deck: str = "AI") -> ParsedDocument:
    """A document from (title, answer[, topic path]) triples, one source line apart."""
    questions = []
    for line, spec in enumerate(specs, start=1):
        title, answer, *rest = spec
        questions.append(ParsedQuestion(title, answer, line * 10, rest[0] if rest else ()))
    return ParsedDocument(deck_name=deck, format="markdown", questions=questions)


BASE = (
    ("What is a GAN?", "Generator and discriminator play a minimax game.", ("Deep Learning",)),
    ("What is backpropagation?", "Gradients flow backwards by the chain rule.", ("Deep Learning",)),
    ("What is bagging?", "Bootstrap aggregating reduces variance.", ("Ensembles",)),
    ("What is boosting?", "Sequential learners fix earlier errors.", ("Ensembles",)),
)


def snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables too), order-independent."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: sorted((tuple(row) for row in conn.execute(f'SELECT * FROM "{t}"')), key=repr)
        for t in tables
    }


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "studyapp.sqlite3"


@pytest.fixture
def store(db_path) -> Iterator[Store]:
    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def raw(db_path, store) -> Iterator[sqlite3.Connection]:
    """A second connection to the same file, for looking under the API."""
    conn = sqlite3.connect(db_path)
    yield conn
    conn.close()


def ids_by_title(store: Store) -> dict[str, str]:
    return {q.title: q.id for q in store.questions()}


def topic_named(store: Store, deck_id: int, name: str):
    matches = [t for t in store.topics(deck_id) if t.name == name]
    assert len(matches) == 1, [t.name for t in store.topics(deck_id)]
    return matches[0]


def review(store: Store, qid: str, rating: int = 3, at: int = 1_000, card: str = '{"s": 1}'):
    return store.record_review(qid, rating, 12.5, "study", card, "2030-01-01T00:00:00+00:00", at)


# --- opening: pragmas, schema, errors ------------------------------------------


def test_open_sets_wal_foreign_keys_and_latest_version(store, db_path):
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == store_module.BUSY_TIMEOUT_MS
    assert schema_version(conn) == SCHEMA_VERSION == len(MIGRATIONS)
    with sqlite3.connect(db_path) as other:
        assert other.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_schema_has_every_table(raw):
    names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "decks",
        "topics",
        "questions",
        "cards",
        "reviews",
        "mock_sessions",
        "mock_answers",
        "rendered_cache",
        "questions_fts",
        "settings",
    } <= names


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store._conn.execute("INSERT INTO cards (question_id, fsrs_json) VALUES ('nope', '{}')")


def test_reopening_keeps_data(db_path):
    with Store.open(db_path) as s:
        s.import_document(make_doc(*BASE), "notes.md", "h1")
    with Store.open(db_path) as s:
        assert s.question_count() == len(BASE)


def test_database_from_a_newer_app_is_refused(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_is_a_store_error(db_path):
    db_path.write_bytes(b"this is not sqlite " * 100)
    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    assert "damaged" in info.value.message
    assert "moves it aside" in info.value.hint
    assert isinstance(info.value, StudyAppError)


def test_a_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="Could not open") as info:
        Store.open(tmp_path / "missing" / "db.sqlite3")
    assert "--data-dir" in info.value.hint


def test_a_locked_database_is_a_store_error(db_path, store, monkeypatch):
    monkeypatch.setattr(store_schema, "BUSY_TIMEOUT_MS", 0)  # fail at once instead of waiting
    other = Store.open(db_path)
    try:
        with store.transaction(), pytest.raises(StoreError, match="busy") as info:
            other.set_setting("k", 1)
        assert "Close other StudyApp windows" in info.value.hint
        assert isinstance(info.value, StoreBusy)  # a later try may succeed
        other.set_setting("k", 2)  # usable again once the lock is gone
        assert store.get_setting("k") == 2
    finally:
        other.close()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database is locked"), "busy"),
        (sqlite3.OperationalError("disk I/O error"), "failed to read or write"),
        (sqlite3.OperationalError("unable to open database file"), "Could not open"),
        (sqlite3.OperationalError("database or disk is full"), "full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.DatabaseError("file is not a database"), "damaged"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (sqlite3.OperationalError("no such table: nope"), None),  # a bug, not the user's
        (sqlite3.IntegrityError("UNIQUE constraint failed"), None),
    ],
)
def test_translate_error(error, expected):
    translated = translate_error(error, "/data/studyapp.sqlite3")
    if expected is None:
        assert translated is None
    else:
        assert isinstance(translated, StoreError)
        assert expected in translated.message
        assert translated.hint


@pytest.mark.parametrize(
    "sqlite_says",
    ["database or disk is full", "attempt to write a readonly database", "disk I/O error"],
)
def test_a_write_the_disk_refused_says_what_was_kept(sqlite_says):
    """The person freeing space or fixing the file knows nothing saved before was lost."""
    translated = translate_error(sqlite3.OperationalError(sqlite_says), "/data/studyapp.sqlite3")
    assert translated is not None and "What was saved before is kept in" in translated.message


def test_bugs_are_not_disguised_as_store_errors(store):
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store_base._op(lambda s: s._conn.execute("SELECT * FROM nope"))(store)


def test_every_public_store_method_says_store_errors_plainly():
    """Each public read and write holds the store's lock and turns a full disk, a
    read-only file or an I/O error into a StoreError the window shows plainly (`_op`).
    Closing, and the look at the file that translates its own errors, are the only
    others."""
    own_handling = {"close", "check_same_file"}
    unwrapped = []
    for name, member in inspect.getmembers(Store):
        raw = inspect.getattr_static(Store, name)
        if name.startswith("_") or isinstance(raw, property | classmethod | staticmethod):
            continue
        if callable(member) and not hasattr(member, "__wrapped__"):
            unwrapped.append(name)
    assert sorted(unwrapped) == sorted(own_handling)


# --- migrations -------------------------------------------------------------------


def seed_nothing(conn: sqlite3.Connection) -> None:
    """Version 0 is an empty file: there is nothing to put in it."""


def seed_v1(conn: sqlite3.Connection) -> None:
    """A row in every table of schema 1, as the app would have written them."""
    qid = question_id("AI", "What is a GAN?")
    answer_hash = store_imports._answer_hash("Two networks.")
    statements = [
        "INSERT INTO decks VALUES (1, 'AI', '/notes.md', 'hash', '2024-01-01T00:00:00+00:00')",
        "INSERT INTO topics VALUES (1, 1, NULL, 'Deep Learning', 'Deep Learning', 0, 0)",
        "INSERT INTO topics VALUES (2, 1, 1, 'Mine', NULL, 1, 1)",
        f"""INSERT INTO questions VALUES ('{qid}', 1, 1, 'What is a GAN?', 'what is a gan',
            'Two networks.', '{answer_hash}', 10, 0, 1, NULL)""",
        f"INSERT INTO cards VALUES ('{qid}', '{{\"stability\": 2.5}}', '2030-01-01')",
        f"INSERT INTO reviews VALUES (1, '{qid}', 1700000000000, 3, 9.5, 'study', NULL, NULL)",
        "INSERT INTO mock_sessions VALUES (1, 1700000000000, 1700000600000, '{}', 'done')",
        f"INSERT INTO mock_answers VALUES (1, 1, '{qid}', 0, 80.0, 1, 2, 0.5, 'typed', 'n')",
        f"INSERT INTO rendered_cache VALUES ('{qid}', 'light', 'ahash', '<p>Two</p>')",
        f"""INSERT INTO questions_fts (rowid, qid, title, answer)
            VALUES ({store_words._fts_rowid(qid)}, '{qid}', 'What is a GAN?', 'Two networks.')""",
        "INSERT INTO settings VALUES ('theme', '\"dark\"')",
    ]
    for sql in statements:
        conn.execute(sql)


def seed_v2(conn: sqlite3.Connection) -> None:
    """Schema 2 only added indexes: the rows of schema 1, plus a session left running."""
    seed_v1(conn)
    qid = question_id("AI", "What is a GAN?")
    conn.execute("INSERT INTO mock_sessions VALUES (2, 1700001000000, NULL, '{}', 'running')")
    conn.execute(f"INSERT INTO mock_answers VALUES (2, 2, '{qid}', 0, 30.5, 0, 4, 1.0, NULL, NULL)")


def seed_v3(conn: sqlite3.Connection) -> None:
    """Schema 3 gave sessions their queue and active time: a question, a finished
    session and one left running, each with an answer."""
    qid = question_id("AI", "What is a GAN?")
    answer_hash = store_imports._answer_hash("Two networks.")
    statements = [
        "INSERT INTO decks VALUES (1, 'AI', '/notes.md', 'hash', '2024-01-01T00:00:00+00:00')",
        "INSERT INTO topics VALUES (1, 1, NULL, 'Deep Learning', 'Deep Learning', 0, 0)",
        f"""INSERT INTO questions VALUES ('{qid}', 1, 1, 'What is a GAN?', 'what is a gan',
            'Two networks.', '{answer_hash}', 10, 0, 1, NULL)""",
        f"""INSERT INTO mock_sessions (id, started_at_ms, ended_at_ms, settings_json, state,
            question_ids_json, elapsed_seconds) VALUES
            (1, 1700000000000, 1700000600000, '{{}}', 'finished', '["{qid}"]', 80.0),
            (2, 1700001000000, NULL, '{{}}', 'running', '["{qid}", "{qid}"]', 30.5)""",
        f"""INSERT INTO mock_answers (id, session_id, question_id, position, seconds, overtime,
            rating, coverage, typed_answer, note) VALUES
            (1, 1, '{qid}', 0, 80.0, 1, 2, 0.5, 'typed', 'n'),
            (2, 2, '{qid}', 0, 30.5, 0, 4, 1.0, NULL, NULL)""",
    ]
    for sql in statements:
        conn.execute(sql)


def seed_v4(conn: sqlite3.Connection) -> None:
    """Schema 4 added mock drafts and recordings: the rows of schema 3, a draft of the
    running session and a spoken answer's file."""
    seed_v3(conn)
    conn.execute("INSERT INTO mock_drafts VALUES (2, 1, 'half typed', 'a note', 1700001100000)")
    conn.execute("UPDATE mock_answers SET recording_path = '/rec/1.wav' WHERE id = 1")


def seed_v5(conn: sqlite3.Connection) -> None:
    """Schema 5 added suspended, deleted and edited questions, a deck's id_name and
    question aliases: a deck, a suspended and edited question, a removed one, an alias."""
    qid = question_id("AI", "What is a GAN?")
    statements = [
        """INSERT INTO decks (id, name, source_path, source_hash, imported_at, source_missing,
            id_name) VALUES (1, 'AI', '/notes.md', 'hash', '2024-01-01T00:00:00+00:00', 0, 'AI')""",
        "INSERT INTO topics VALUES (1, 1, NULL, 'Deep Learning', 'Deep Learning', 0, 0)",
        f"""INSERT INTO questions (id, deck_id, topic_id, title, norm_title, answer_markdown,
            answer_hash, source_line, position, end_line, suspended, edited) VALUES
            ('{qid}', 1, 1, 'What is a GAN?', 'what is a gan', 'Two networks.', 'h', 10, 0,
            12, 1, 1)""",
        """INSERT INTO questions (id, deck_id, topic_id, title, norm_title, answer_markdown,
            answer_hash, source_line, position, removed_at, deleted) VALUES
            ('gone', 1, 1, 'Gone?', 'gone', 'x', 'h', 20, 1, '2024-02-01T00:00:00+00:00', 1)""",
        f"INSERT INTO question_aliases VALUES (1, 'what is a gan network', '{qid}')",
    ]
    for sql in statements:
        conn.execute(sql)


def seed_v6(conn: sqlite3.Connection) -> None:
    """Schema 6 only added indexes; drafts then kept no time: the rows of schema 5, and
    a mock left running with one answer and the draft of its second question."""
    seed_v5(conn)
    qid = question_id("AI", "What is a GAN?")
    conn.execute(
        f"""INSERT INTO mock_sessions (id, started_at_ms, ended_at_ms, settings_json, state,
            question_ids_json, elapsed_seconds) VALUES (1, 1700000000000, NULL,
            '{{"seconds_per_question": 90}}', 'running', '["{qid}", "{qid}"]', 30.5)"""
    )
    conn.execute(
        f"""INSERT INTO mock_answers (id, session_id, question_id, position, seconds, overtime,
            rating) VALUES (1, 1, '{qid}', 0, 30.5, 0, 4)"""
    )
    conn.execute(
        "INSERT INTO mock_drafts (session_id, position, typed_answer, note, saved_at_ms)"
        " VALUES (1, 1, 'half typed', 'a note', 1700000100000)"
    )


def seed_v7(conn: sqlite3.Connection) -> None:
    """Schema 7 kept a draft's times; whether its answer was revealed was not kept: the
    rows of schema 6, the draft with the time used on its question and in the session."""
    seed_v6(conn)
    conn.execute("UPDATE mock_drafts SET question_seconds = 12.5, session_seconds = 43.0")


def seed_v8(conn: sqlite3.Connection) -> None:
    """Schema 8 kept whether a draft's answer was revealed; titles were kept plain only:
    the rows of schema 7, the draft revealed, and a title that lost its code marks."""
    seed_v7(conn)
    conn.execute("UPDATE mock_drafts SET revealed = 1")
    conn.execute(
        """INSERT INTO questions (id, deck_id, topic_id, title, norm_title, answer_markdown,
            answer_hash, source_line, position) VALUES (?, 1, 1,
            'How does is differ from ==?', 'how does is differ from', 'Identity.', ?, 30, 2)""",
        (question_id("AI", "How does is differ from ==?"), store_imports._answer_hash("Identity.")),
    )


def seed_v9(conn: sqlite3.Connection) -> None:
    """Schema 9 kept titles' code marks; nothing could be buried: the rows of schema 8,
    the title with its marks, and a review of the question a later version may bury."""
    seed_v8(conn)
    conn.execute(
        "UPDATE questions SET title_markup = 'How does `is` differ from `==`?'"
        " WHERE title = 'How does is differ from ==?'"
    )
    qid = question_id("AI", "What is a GAN?")
    conn.execute(
        "INSERT INTO reviews (question_id, reviewed_at_ms, rating, seconds, mode)"
        f" VALUES ('{qid}', 1700000000000, 3, 9.5, 'study')"
    )


def seed_v10(conn: sqlite3.Connection) -> None:
    """Schema 10 kept buried questions; a draft kept no key points: the rows of schema
    9 (its draft revealed) and a question buried until a moment."""
    seed_v9(conn)
    qid = question_id("AI", "What is a GAN?")
    conn.execute(f"INSERT INTO buried (question_id, until_ms) VALUES ('{qid}', 1700000200000)")


def seed_v11(conn: sqlite3.Connection) -> None:
    """Schema 11 kept a draft's key points; no question had a flag: the rows of schema
    10 and the draft's key points as ticked."""
    seed_v10(conn)
    conn.execute("""UPDATE mock_drafts SET key_points_json = '[["generator", true]]'""")


def seed_v12(conn: sqlite3.Connection) -> None:
    """Schema 12 kept a question's flag; its notes' tags had no place: the rows of
    schema 11 and a question flagged blue."""
    seed_v11(conn)
    conn.execute("UPDATE questions SET flag = 4")


def seed_v13(conn: sqlite3.Connection) -> None:
    """Schema 13 kept a question's tags; no deck knew the reader that read it: the rows
    of schema 12 and a question tagged."""
    seed_v12(conn)
    conn.execute("UPDATE questions SET tags = 'sql' || char(10) || 'Difficulty::Hard'")


def seed_v14(conn: sqlite3.Connection) -> None:
    """Schema 14 knew which reader read each deck; a question kept no key of its notes'
    app: the rows of schema 13 and a deck read by the first reader."""
    seed_v13(conn)
    conn.execute("UPDATE decks SET read_by = 1")


def seed_v15(conn: sqlite3.Connection) -> None:
    """Schema 15 kept a question's key in its notes' app; its outline had no index of
    its own: the rows of schema 14 and a key."""
    seed_v14(conn)
    conn.execute("UPDATE questions SET source_key = 'guid-' || id")


# SEEDERS[n] fills a database at schema version n. A new migration needs a seeder
# for the version it starts from: the assertion below fails until one is added.
SEEDERS: list[Callable[[sqlite3.Connection], None]] = [
    seed_nothing,
    seed_v1,
    seed_v2,
    seed_v3,
    seed_v4,
    seed_v5,
    seed_v6,
    seed_v7,
    seed_v8,
    seed_v9,
    seed_v10,
    seed_v11,
    seed_v12,
    seed_v13,
    seed_v14,
    seed_v15,
]


def test_every_migration_has_a_seeder():
    assert len(SEEDERS) == len(MIGRATIONS)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_migration_from_previous_version_keeps_every_row(db_path, version):
    conn = connect(db_path)
    try:
        assert migrate(conn, version - 1) == version - 1
        conn.execute("BEGIN")
        SEEDERS[version - 1](conn)
        conn.execute("COMMIT")
        before = snapshot(conn)
        old_columns = {t: columns(conn, t) for t in before}

        assert migrate(conn, version) == version

        assert schema_version(conn) == version
        after = {
            t: sorted(
                (tuple(r) for r in conn.execute(f'SELECT {", ".join(cols)} FROM "{t}"')),
                key=repr,
            )
            for t, cols in old_columns.items()
        }
        assert after == before
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_migration_1_creates_the_schema(db_path):
    conn = connect(db_path)
    try:
        migrate(conn, 1)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"decks", "questions", "questions_fts", "settings"} <= tables
    finally:
        conn.close()


def test_migration_2_adds_the_study_indexes(db_path):
    conn = connect(db_path)
    try:
        migrate(conn, 1)
        migrate(conn, 2)
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"cards_due", "reviews_question_time", "mock_answers_question"} <= indexes
        assert "reviews_question" not in indexes
    finally:
        conn.close()


def test_migration_16_reads_every_outline_from_its_own_index(db_path):
    """The tree's rows, the figures and a mock's choice read every question's outline
    in file order: from the index, not from the table's rows, answers and all."""
    conn = connect(db_path)
    try:
        migrate(conn, 15)
        conn.execute("BEGIN")
        seed_v15(conn)
        conn.execute("COMMIT")
        migrate(conn, 16)
        sql, params = _in_file_order(_OUTLINE_COLUMNS, None, None, False)
        plan = " ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "COVERING INDEX questions_outline" in plan
    finally:
        conn.close()


def test_migration_3_keeps_mock_sessions_and_adds_their_queue_and_time(db_path):
    conn = connect(db_path)
    try:
        migrate(conn, 2)
        conn.execute("BEGIN")
        seed_v2(conn)
        conn.execute("COMMIT")
        migrate(conn, 3)
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"mock_answers_position", "mock_sessions_state"} <= indexes
        assert "mock_answers_session" not in indexes
        rows = conn.execute(
            "SELECT id, state, question_ids_json, elapsed_seconds FROM mock_sessions ORDER BY id"
        ).fetchall()
        assert [tuple(r) for r in rows] == [(1, "done", "[]", 0.0), (2, "running", "[]", 0.0)]
        with pytest.raises(sqlite3.IntegrityError):  # one answer per planned question
            conn.execute(
                "INSERT INTO mock_answers (session_id, question_id, position)"
                " SELECT 2, question_id, 0 FROM mock_answers WHERE id = 2"
            )
    finally:
        conn.close()
    qid = question_id("AI", "What is a GAN?")
    with Store.open(db_path) as s:
        old = s.unfinished_mock()
        assert (old.id, old.state, old.question_ids, old.settings) == (2, "running", (), {})
        assert [(a.question_id, a.rating, a.seconds) for a in s.mock_answers(2)] == [(qid, 4, 30.5)]


def test_migration_4_adds_mock_drafts_and_recordings(db_path):
    conn = connect(db_path)
    try:
        migrate(conn, 3)
        conn.execute("BEGIN")
        seed_v3(conn)
        conn.execute("COMMIT")
        migrate(conn, 4)
        assert [r[0] for r in conn.execute("SELECT recording_path FROM mock_answers")] == [
            None,
            None,
        ]
    finally:
        conn.close()
    with Store.open(db_path) as s:
        s.save_mock_draft(2, 0, "typed so far", "a note", 1700001000500)
        assert s.mock_draft(2).typed_answer == "typed so far"
        assert s.mock_draft(1) is None


def test_store_opens_an_old_database_and_sees_its_data(db_path):
    conn = connect(db_path)
    migrate(conn, 1)
    conn.execute("BEGIN")
    seed_v1(conn)
    conn.execute("COMMIT")
    conn.close()
    qid = question_id("AI", "What is a GAN?")
    with Store.open(db_path) as s:
        assert schema_version(s._conn) == SCHEMA_VERSION
        assert [d.name for d in s.decks()] == ["AI"]
        assert s.question(qid).title == "What is a GAN?"
        assert s.card_json(qid) == '{"stability": 2.5}'
        assert [r.rating for r in s.reviews(qid)] == [3]
        assert s.search("netw") == [qid]
        assert s.get_setting("theme") == "dark"
        assert s.cached_html(qid, "light", "ahash") == "<p>Two</p>"
        # The re-import recognises the old question: its progress stays.
        summary = s.import_document(
            make_doc(("What is a GAN?", "Two networks.", ("Deep Learning",))), "/n.md", "new"
        )
        assert (summary.new, summary.unchanged) == (0, 1)


def test_a_failed_migration_leaves_the_previous_version(db_path, monkeypatch):
    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(store_schema, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(store_schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Store.open(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert (
            conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall() == []
        )


# --- import ---------------------------------------------------------------------


def test_first_import_creates_deck_topics_and_questions(store):
    doc = make_doc(*BASE, ("Loose question", "No heading above it."))
    summary = store.import_document(doc, "/notes.md", "h1")

    assert summary == ImportSummary("AI", new=5)
    [deck] = store.decks()
    assert (deck.name, deck.source_path, deck.source_hash) == ("AI", "/notes.md", "h1")
    assert [t.name for t in store.topics(deck.id)] == ["Deep Learning", "Ensembles", DEFAULT_TOPIC]
    questions = store.questions(deck_id=deck.id)
    assert [q.title for q in questions] == [q.title for q in doc.questions]
    assert [q.position for q in questions] == [0, 1, 2, 3, 4]
    assert [q.source_line for q in questions] == [10, 20, 30, 40, 50]
    assert questions[0].id == question_id("AI", "What is a GAN?")
    ensembles = topic_named(store, deck.id, "Ensembles")
    assert [q.title for q in store.questions(topic_id=ensembles.id)] == [
        "What is bagging?",
        "What is boosting?",
    ]
    assert store.question_count() == store.question_count(deck.id) == 5


def test_outlines_are_the_questions_without_their_answers(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    store.set_suspended([store.questions()[1].id], True)
    whole = store.questions()
    outlines = store.question_outlines()
    assert [q._replace(answer_markdown="") for q in whole] == outlines
    assert all(q.answer_markdown for q in whole)


def test_a_decks_outlines_topics_and_questions_by_id_are_its_own_questions_still_there(store):
    """The light reads the statistics and the weak topics use on a big deck."""
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    store.import_document(make_doc(*BASE[:2], deck="Other"), "/other.md", "o1")
    first, other = store.decks()[0].id, store.decks()[1].id
    store.import_document(make_doc(*BASE[:3]), "/notes.md", "h2")  # boosting removed
    for deck in (first, other):
        whole = store.questions(deck_id=deck)
        assert store.question_outlines(deck_id=deck) == [
            q._replace(answer_markdown="") for q in whole
        ]
        assert store.question_topics(deck) == [(q.id, q.topic_id) for q in whole]
    assert len(store.question_topics()) == 5
    ids = [q.id for q in store.questions()]
    gone = "no-such-question"
    assert store.questions_by_id([*ids, gone]) == {q.id: q for q in store.questions()}
    assert store.questions_by_id([]) == {}


def test_importing_the_same_document_twice_changes_nothing(store):
    doc = make_doc(*BASE)
    store.import_document(doc, "/notes.md", "h1")
    before = snapshot(store._conn)
    ids = ids_by_title(store)

    summary = store.import_document(doc, "/notes.md", "h1", force=True)

    assert summary == ImportSummary("AI", unchanged=len(BASE))
    assert ids_by_title(store) == ids
    after = snapshot(store._conn)
    before.pop("decks"), after.pop("decks")  # imported_at moves on
    assert after == before


def test_unchanged_file_hash_is_skipped_unless_forced(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")

    skipped = store.import_document(make_doc(*BASE[:1]), "/notes.md", "h1")
    assert skipped == ImportSummary("AI", skipped_unchanged_file=True)
    assert "unchanged" in str(skipped)
    assert store.question_count() == len(BASE)

    changed = store.import_document(make_doc(*BASE[:1]), "/notes.md", "h2")
    assert changed == ImportSummary("AI", unchanged=1, removed=len(BASE) - 1)
    again = store.import_document(make_doc(*BASE), "/notes.md", "h2")  # the new hash kept
    assert again == ImportSummary("AI", skipped_unchanged_file=True)


def test_edited_document_keeps_ids_and_reviews_and_counts_exactly(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    ids = ids_by_title(store)
    gan, backprop, bagging, boosting = (ids[spec[0]] for spec in BASE)
    for qid in (gan, backprop, bagging):
        review(store, qid)

    edited = make_doc(
        ("What is a VAE?", "An encoder, a decoder and a KL term.", ("Deep Learning",)),  # new
        BASE[0],  # unchanged, but now second: position and line shift silently
        ("Q2. What is **backpropagation**?", "Gradients flow backwards.", ("Deep Learning",)),
        # bagging removed
        BASE[3],
    )
    summary = store.import_document(edited, "/notes.md", "h2")

    assert summary == ImportSummary("AI", new=1, updated=1, unchanged=2, removed=1)
    now = ids_by_title(store)
    assert now["What is a GAN?"] == gan
    assert now["Q2. What is **backpropagation**?"] == backprop
    assert now["What is boosting?"] == boosting
    assert store.question(backprop).answer_markdown == "Gradients flow backwards."
    assert store.question(gan).position == 1
    assert store.question(gan).source_line == 20
    assert [len(store.reviews(q)) for q in (gan, backprop, bagging)] == [1, 1, 1]
    assert store.card_json(backprop) == '{"s": 1}'
    # The removed question is hidden everywhere but keeps its history.
    assert store.question(bagging) is None
    assert bagging not in now.values()
    assert store.search("bootstrap") == []
    assert {r.question_id for r in store.reviews()} == {gan, backprop}
    assert store.question_count() == 4


def test_a_removed_question_that_returns_gets_its_history_back(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    bagging = ids_by_title(store)["What is bagging?"]
    review(store, bagging, rating=4)
    store.import_document(make_doc(*BASE[:2]), "/notes.md", "h2")
    assert store.question(bagging) is None

    summary = store.import_document(make_doc(*BASE), "/notes.md", "h3")

    assert summary == ImportSummary("AI", back=2, unchanged=2)  # back, not new
    assert store.question(bagging).title == "What is bagging?"
    assert [r.rating for r in store.reviews(bagging)] == [4]
    assert store.card_json(bagging) == '{"s": 1}'
    assert store.search("bootstrap") == [bagging]


def test_duplicate_titles_get_distinct_ids_stable_across_reimport(store):
    doc = make_doc(
        ("What is a GAN?", "First answer."),
        ("Something else", "Filler."),
        ("Q7. What is a **GAN**", "Second answer."),
    )
    store.import_document(doc, "/notes.md", "h1")
    first, _, second = store.questions()
    assert first.id != second.id
    assert first.id == question_id("AI", "What is a GAN?", 0)
    assert second.id == question_id("AI", "What is a GAN?", 1)

    summary = store.import_document(doc, "/notes.md", "h2")
    assert summary.unchanged == 3
    assert store.question(first.id).answer_markdown == "First answer."
    assert store.question(second.id).answer_markdown == "Second answer."


def test_moved_question_stays_moved_after_reimport(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    deck_id = store.decks()[0].id
    ensembles = topic_named(store, deck_id, "Ensembles")
    gan = ids_by_title(store)["What is a GAN?"]

    store.move_question(gan, ensembles.id)
    edited = list(BASE)
    edited[0] = ("What is a GAN?", "A changed answer.", ("Deep Learning",))
    summary = store.import_document(make_doc(*edited), "/notes.md", "h2")

    assert summary == ImportSummary("AI", updated=1, unchanged=3)
    assert store.question(gan).topic_id == ensembles.id
    assert store.question(gan).answer_markdown == "A changed answer."
    assert gan in [q.id for q in store.questions(topic_id=ensembles.id)]


def test_a_question_whose_heading_changed_follows_the_file(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    gan = ids_by_title(store)["What is a GAN?"]
    moved = [("What is a GAN?", BASE[0][1], ("Generative",)), *BASE[1:]]

    summary = store.import_document(make_doc(*moved), "/notes.md", "h2")

    assert summary == ImportSummary("AI", updated=1, unchanged=3)
    deck_id = store.decks()[0].id
    assert store.question(gan).topic_id == topic_named(store, deck_id, "Generative").id


def test_renamed_topic_stays_renamed_after_reimport(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    deck_id = store.decks()[0].id
    topic = topic_named(store, deck_id, "Deep Learning")

    store.rename_topic(topic.id, "  Neural   nets ")
    store.import_document(make_doc(*BASE), "/notes.md", "h2")

    names = [t.name for t in store.topics(deck_id)]
    assert names == ["Neural nets", "Ensembles"]
    assert topic_named(store, deck_id, "Neural nets").id == topic.id
    assert len(store.questions(topic_id=topic.id)) == 2


def test_a_heading_renamed_to_the_users_name_is_adopted(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    deck_id = store.decks()[0].id
    topic = topic_named(store, deck_id, "Deep Learning")
    store.rename_topic(topic.id, "Neural nets")
    renamed = [(t, a, ("Neural nets",) if p == ("Deep Learning",) else p) for t, a, p in BASE]

    summary = store.import_document(make_doc(*renamed), "/notes.md", "h2")

    assert summary.unchanged == len(BASE)
    assert [t.name for t in store.topics(deck_id)] == ["Neural nets", "Ensembles"]
    assert topic_named(store, deck_id, "Neural nets").id == topic.id


def test_a_new_heading_named_like_a_renamed_topic_gets_a_distinct_name(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    deck_id = store.decks()[0].id
    store.rename_topic(topic_named(store, deck_id, "Deep Learning").id, "Ensembles 2")
    doc = make_doc(*BASE, ("Stacking?", "A meta-learner.", ("Ensembles 2",)))

    store.import_document(doc, "/notes.md", "h2")

    assert [t.name for t in store.topics(deck_id)] == [
        "Ensembles 2",
        "Ensembles",
        "Ensembles 2 (2)",
    ]


def test_user_topics_survive_reimport_even_when_empty(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    deck_id = store.decks()[0].id
    mine = store.create_topic(deck_id, "To revisit")
    sub = store.create_topic(deck_id, "Later", parent_id=mine.id)

    store.import_document(make_doc(*BASE), "/notes.md", "h2", force=True)

    topics = store.topics(deck_id)
    assert [t.name for t in topics] == ["Deep Learning", "Ensembles", "To revisit", "Later"]
    assert topics[3] == sub
    assert sub.parent_id == mine.id


def test_user_topic_is_adopted_by_a_matching_heading(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    deck_id = store.decks()[0].id
    mine = store.create_topic(deck_id, "Generative")
    doc = make_doc(*BASE, ("What is a VAE?", "Encoder, decoder.", ("Generative",)))

    store.import_document(doc, "/notes.md", "h2")

    assert topic_named(store, deck_id, "Generative").id == mine.id
    assert [q.title for q in store.questions(topic_id=mine.id)] == ["What is a VAE?"]


def test_nested_topics_and_vanished_headings(store):
    doc = make_doc(
        ("Q1", "A1", ("ML", "Deep Learning")),
        ("Q2", "A2", ("ML", "Classic")),
        ("Q3", "A3", ("Stats",)),
        ("Q4", "A4", ("ML",)),
    )
    store.import_document(doc, "/notes.md", "h1")
    deck_id = store.decks()[0].id
    topics = store.topics(deck_id)
    assert [t.name for t in topics] == ["ML", "Deep Learning", "Classic", "Stats"]
    ml = topics[0]
    assert ml.parent_id is None
    assert [t.parent_id for t in topics[1:3]] == [ml.id, ml.id]
    assert [q.title for q in store.questions(topic_id=ml.id)] == ["Q4"]
    assert [q.title for q in store.questions(topic_id=ml.id, include_subtopics=True)] == [
        "Q1",
        "Q2",
        "Q4",
    ]

    store.import_document(make_doc(*(doc_spec(q) for q in doc.questions[:2])), "/notes.md", "h2")
    assert [t.name for t in store.topics(deck_id)] == ["ML", "Deep Learning", "Classic"]


def doc_spec(q: ParsedQuestion) -> Spec:
    return (q.title, q.answer_markdown, q.topic_path)


def test_two_files_with_the_same_deck_name_share_one_set_of_questions(store):
    store.import_document(make_doc(*BASE), "/home/a/notes.md", "hash-a")
    summary = store.import_document(make_doc(*BASE), "/home/b/copy.md", "hash-b")

    assert summary == ImportSummary("AI", unchanged=len(BASE))
    assert len(store.decks()) == 1
    assert store.decks()[0].source_path == "/home/b/copy.md"
    assert store.question_count() == len(BASE)


def test_decks_are_separate(store):
    store.import_document(make_doc(*BASE, deck="AI"), "/a.md", "a")
    store.import_document(make_doc(*BASE[:2], deck="Stats"), "/b.md", "b")
    ai, stats = store.decks()
    assert (ai.name, stats.name) == ("AI", "Stats")
    assert store.question_count(ai.id) == 4
    assert store.question_count(stats.id) == 2
    assert not {q.id for q in store.questions(deck_id=ai.id)} & {
        q.id for q in store.questions(deck_id=stats.id)
    }


def test_a_document_without_a_deck_name_is_refused(store):
    with pytest.raises(ValueError):
        store.import_document(make_doc(*BASE, deck="  "), "/a.md", "a")


@pytest.mark.parametrize("first_import", [True, False], ids=["new-deck", "reimport"])
def test_failure_mid_import_writes_nothing(store, monkeypatch, first_import):
    if not first_import:
        store.import_document(make_doc(*BASE), "/notes.md", "h1")
        review(store, ids_by_title(store)["What is a GAN?"])
    before = snapshot(store._conn)
    calls = 0
    real_put = Store._fts_put

    def failing_put(self, *args):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("power cut")
        real_put(self, *args)

    monkeypatch.setattr(Store, "_fts_put", failing_put)
    edited = [(f"New {t}", a, ("Brand new topic",)) for t, a, _ in BASE]

    with pytest.raises(RuntimeError, match="power cut"):
        store.import_document(make_doc(*edited), "/other.md", "h2")

    assert snapshot(store._conn) == before
    assert not store._conn.in_transaction
    monkeypatch.undo()
    store.set_setting("still", "usable")


# --- search ---------------------------------------------------------------------


@pytest.fixture
def searchable(store) -> dict[str, str]:
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    return ids_by_title(store)


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("minimax", ["What is a GAN?"]),  # a word only in the answer
        ("MINIMAX", ["What is a GAN?"]),
        ("backprop", ["What is backpropagation?"]),  # prefix of a title word
        ("grad chain", ["What is backpropagation?"]),  # every token, each a prefix
        ("grad bootstrap", []),
        ("bagging variance", ["What is bagging?"]),
        # a quote cannot break the query: one not closed inside a word is no phrase
        # break, so the word is still found as typed without it
        ('bag"ging', ["What is bagging?"]),
        ("learners fix", ["What is boosting?"]),
        ("", []),
        ("?!", []),
    ],
)
def test_search(store, searchable, query, titles):
    assert store.search(query) == [searchable[t] for t in titles]


def test_search_ranks_title_hits_first_and_limits(store):
    store.import_document(
        make_doc(
            ("Regularization", "Dropout and weight decay limit a network."),
            ("What is dropout?", "Randomly zeroing units."),
        ),
        "/n.md",
        "h",
    )
    ids = ids_by_title(store)
    assert store.search("dropout") == [ids["What is dropout?"], ids["Regularization"]]
    assert store.search("dropout", limit=1) == [ids["What is dropout?"]]


def test_search_by_deck_and_after_an_answer_changes(store, searchable):
    store.import_document(make_doc(*BASE[:1], deck="Other"), "/o.md", "o")
    other = store.decks()[1]
    assert len(store.search("minimax")) == 2
    assert len(store.search("minimax", deck_id=other.id)) == 1

    edited = [("What is a GAN?", "Adversarial training.", ("Deep Learning",)), *BASE[1:]]
    store.import_document(make_doc(*edited), "/notes.md", "h2")
    assert store.search("minimax", deck_id=store.decks()[0].id) == []
    assert store.search("adversar") == [searchable["What is a GAN?"]]


def learning_doc(n: int, *, keep: int | None = None):
    """`n` questions that all say "learning" (question i says it i times: a strict
    ranking), of which only the first `keep` are in the notes."""
    specs = [
        (f"Question {i}?", " ".join(["learning"] * (i + 1)) + f" note{i}.", (f"T{i % 3}",))
        for i in range(n)
    ]
    return make_doc(*specs[: n if keep is None else keep])


@pytest.mark.parametrize("removed", [0, 7, 600], ids=["none-removed", "some", "many"])
def test_search_best_lists_the_best_and_counts_only_questions_still_there(store, removed):
    """What the search field shows: the best matches and how many match, removed
    questions (still in the search index) neither listed nor counted."""
    n = 650
    store.import_document(learning_doc(n), "/notes.md", "h1")
    if removed:
        store.import_document(learning_doc(n, keep=n - removed), "/notes.md", "h2")
    live = n - removed

    best, total = store.search_best("learn", 5)

    assert total == live == len(store.search("learn", limit=10**6))
    # Most mentions first (bm25), removed questions (the ones with the most) skipped.
    assert [store.question(q).title for q in best] == [
        f"Question {i}?" for i in range(live - 1, live - 6, -1)
    ]
    some = store.search("note3", limit=10**6)  # note3, note30…, note300…
    assert store.search_best("note3", 5) == (some[:5], len(some))
    gone = store.search_best(f"note{n - 1}", 5)
    assert gone == (([], 0) if removed else ([store.search(f"note{n - 1}")[0]], 1))
    assert store.search_best("  ", 5) == ([], 0)


def test_search_best_puts_matches_ranked_alike_in_the_order_given(store):
    """Copies of a question in three decks rank alike: the caller's order (the tree's)
    decides among them, not the index's rowids; a better match stays first."""
    for name in ("C", "A", "B"):
        copy = make_doc(("What is a heap?", "A tree.", ("T",)), deck=name)
        store.import_document(copy, f"/{name}.md", name)
    store.import_document(make_doc(("Heap", "A heap, a heap.", ("T",)), deck="D"), "/d.md", "d")
    deck_of = {d.id: d.name for d in store.decks()}
    name_of = {q.id: deck_of[q.deck_id] for q in store.questions()}
    for order in (["A", "B", "C"], ["C", "B", "A"], ["B", "C", "A"]):
        place = {name: i for i, name in enumerate(order)}.get
        ranked, total = store.search_best("heap", 10, order=lambda q, p=place: p(name_of[q], -1))
        assert total == 4
        assert [name_of[q] for q in ranked] == ["D", *order]


def test_search_best_lists_of_many_ranked_alike_the_first_in_the_order_given(store):
    """A search listing fewer than match, its matches ranked alike: those listed were
    the index's choice (the hashes of their ids), or file order for a search of terms
    alone (every match alike), not the first in the tree, which sorts decks by name."""
    for name in ("C", "A", "E", "B", "D"):
        copy = make_doc(
            ("What is a heap?", "A tree.", ("T",)),
            ("What is a stack?", "A list.", ("T",)),
            deck=name,
        )
        store.import_document(copy, f"/{name}.md", name)
    deck_of = {d.id: d.name for d in store.decks()}
    where = {q.id: (deck_of[q.deck_id], q.title) for q in store.questions()}
    for decks in ("ABCDE", "EDCBA", "BDACE"):

        def order(qid, decks=decks):
            deck, title = where[qid]
            return 2 * decks.index(deck) + ("stack" in title)

        for text in (
            "heap",
            "heap is:new",  # words with terms, and in a group: ranked by the words
            "(heap or nothing) -is:due",
            "is:new",
            "(is:due or is:new) deck:*",
            "-is:due",
            "deck:* is:new",
        ):
            listed, total = store.search_best(text, 3, order=order)
            best = sorted(store.search(text, limit=100), key=order)
            if "heap" in text:
                assert total == 5 and [where[q][0] for q in listed] == list(decks[:3]), text
            else:  # every question, alike: the first three in the tree
                assert (listed, total) == (best[:3], 10), text


def test_fts_query_quotes_every_token():
    assert fts_query("Gradient  desc-ent") == '"Gradient"* "desc ent"*'
    assert fts_query("  ") == ""


def test_joined_words_are_searched_as_a_phrase_not_as_a_letter_prefix(store):
    questions = [
        ("What is a p-value?", "The chance of data this extreme.", ("Stats",)),
        ("What is probability?", "A measure of how likely, a value in [0, 1].", ("Stats",)),
        ("What runs node.js?", "The V8 engine.", ("Web",)),
        ("What is a node?", "A vertex; js files are elsewhere.", ("Graphs",)),
    ]
    store.import_document(make_doc(*questions), "/notes.md", "h")
    assert [store.question(q).title for q in store.search("p-value")] == ["What is a p-value?"]
    assert [store.question(q).title for q in store.search("node.js")] == ["What runs node.js?"]
    assert len(store.search("p-val")) == 1  # still typing: the last word a prefix
    marked = highlight("<p>A p-value, not a probability</p>", search_words("p-value"))
    assert marked == '<p>A <span class="hit">p-value</span>, not a probability</p>'


def test_a_name_with_symbols_is_searched_whole_not_as_the_prefix_of_every_word(store):
    questions = [
        ("What is RAII in C++?", "Resources tied to object lifetimes.", ("Languages",)),
        ("What is a C# delegate?", "A typed function reference.", ("Languages",)),
        ("What is a cache?", "Fast storage for repeated reads.", ("Systems",)),
        ("Correlation or causation?", "Correlation alone proves nothing.", ("Stats",)),
        ("What is K-Means?", "Pick c centroids, then move each to its points' mean.", ("ML",)),
    ]
    store.import_document(make_doc(*questions), "/notes.md", "h")
    titles = {q.id: q.title for q in store.questions()}
    # The index keeps the letter of "C++" and "C#" alone; each hit is checked for the
    # name as written, so a lone "c" (K-Means) or the other language is no match.
    assert [titles[q] for q in store.search("c++")] == ["What is RAII in C++?"]
    assert [titles[q] for q in store.search("C# delegate")] == ["What is a C# delegate?"]
    assert store.search_best("c++", 10) == (store.search("c++"), 1)
    assert len(store.search("c")) == 5  # still typing: every word starting with c
    marked = highlight("<p>C++ beats Correlation in C code</p>", search_words("c++"))
    assert marked == '<p><span class="hit">C++</span> beats Correlation in C code</p>'


# --- user edits -------------------------------------------------------------------


def test_edit_errors(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    store.import_document(make_doc(*BASE[:1], deck="Other"), "/o.md", "o")
    ai, other = store.decks()
    gan = ids_by_title(store)["What is backpropagation?"]
    other_topic = store.topics(other.id)[0]
    deep = topic_named(store, ai.id, "Deep Learning")

    with pytest.raises(ValueError):
        store.move_question(gan, other_topic.id)
    with pytest.raises(KeyError):
        store.move_question("no-such-id", deep.id)
    with pytest.raises(KeyError):
        store.move_question(gan, 9999)
    with pytest.raises(StoreError, match="already a topic"):
        store.rename_topic(deep.id, "Ensembles")
    with pytest.raises(StoreError, match="needs a name"):
        store.rename_topic(deep.id, "   ")
    with pytest.raises(KeyError):
        store.rename_topic(9999, "x")
    with pytest.raises(StoreError, match="already a topic"):
        store.create_topic(ai.id, "Ensembles")
    with pytest.raises(ValueError):
        store.create_topic(ai.id, "x", parent_id=other_topic.id)
    with pytest.raises(KeyError):
        store.create_topic(9999, "x")
    # Nothing above changed anything.
    assert [t.name for t in store.topics(ai.id)] == ["Deep Learning", "Ensembles"]
    # Same name under another parent is fine.
    assert store.create_topic(ai.id, "Ensembles", parent_id=deep.id).parent_id == deep.id


# --- cards and reviews --------------------------------------------------------------


def test_record_and_undo_reviews(store, raw):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    qid = ids_by_title(store)["What is a GAN?"]
    assert store.card_json(qid) is None

    first = store.record_review(qid, 1, 30.0, "study", '{"n": 1}', "2030-01-01", 1_000)
    second = store.record_review(qid, 4, 5.5, "mock", '{"n": 2}', "2030-02-01", 2_000)

    assert store.card_json(qid) == '{"n": 2}'
    assert [(r.rating, r.seconds, r.mode, r.reviewed_at_ms) for r in store.reviews(qid)] == [
        (1, 30.0, "study", 1_000),
        (4, 5.5, "mock", 2_000),
    ]
    stored = raw.execute("SELECT card_before_json, due_before FROM reviews ORDER BY id").fetchall()
    assert stored == [(None, None), ('{"n": 1}', "2030-01-01")]

    with pytest.raises(ValueError, match="latest"):
        store.undo_review(first)
    assert store.undo_review(second) == qid
    assert store.card_json(qid) == '{"n": 1}'
    assert raw.execute("SELECT due FROM cards").fetchall() == [("2030-01-01",)]
    assert [r.id for r in store.reviews(qid)] == [first]

    store.undo_review(first)
    assert store.card_json(qid) is None
    assert store.reviews(qid) == []
    with pytest.raises(KeyError):
        store.undo_review(first)


@pytest.mark.parametrize(
    ("qid", "rating", "mode", "error"),
    [
        ("GAN", 0, "study", ValueError),
        ("GAN", 5, "study", ValueError),
        ("GAN", 3, "exam", ValueError),
        ("missing", 3, "study", KeyError),
    ],
)
def test_record_review_rejects_bad_input(store, qid, rating, mode, error):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    real = ids_by_title(store)["What is a GAN?"] if qid == "GAN" else qid
    with pytest.raises(error):
        store.record_review(real, rating, 1.0, mode, "{}", None, 1)
    assert store.reviews() == []
    assert store.card_json(real) is None


def test_record_review_is_one_transaction(store, monkeypatch):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    qid = ids_by_title(store)["What is a GAN?"]
    before = snapshot(store._conn)
    # A card that violates NOT NULL fails after the review row was inserted.
    with pytest.raises(sqlite3.IntegrityError):
        store.record_review(qid, 3, 1.0, "study", None, None, 1)  # type: ignore[arg-type]
    assert snapshot(store._conn) == before


def test_cards_give_card_due_and_latest_rating_per_reviewed_question(store):
    store.import_document(make_doc(("Other deck question?", "x")), "/o.md", "h1")  # deck AI
    store.import_document(make_doc(("Elsewhere?", "y"), deck="Stats"), "/stats.md", "h2")
    ids = ids_by_title(store)
    ai = next(d for d in store.decks() if d.name == "AI")
    stats = next(d for d in store.decks() if d.name == "Stats")
    assert store.cards() == {}

    qid = ids["Other deck question?"]
    store.record_review(qid, 4, 1.0, "study", '{"n": 1}', "2030-01-01T00:00:00+00:00", 2_000)
    # Same time, later id: the later review is the latest.
    store.record_review(qid, 1, 1.0, "mock", '{"n": 2}', "2030-01-02T00:00:00+00:00", 2_000)
    review(store, ids["Elsewhere?"], rating=2)

    assert store.cards(ai.id) == {
        qid: CardInfo('{"n": 2}', "2030-01-02T00:00:00+00:00", 1),
    }
    assert set(store.cards(stats.id)) == {ids["Elsewhere?"]}
    assert store.cards(stats.id)[ids["Elsewhere?"]].last_rating == 2
    assert set(store.cards()) == {qid, ids["Elsewhere?"]}

    # A question that left the file is not reported; undo brings back the previous rating.
    store.import_document(make_doc(("Elsewhere? no more", "y"), deck="Stats"), "/stats.md", "h4")
    assert set(store.cards()) == {qid}
    last = store.reviews(qid)[-1].id
    store.undo_review(last)
    assert store.cards(ai.id)[qid] == CardInfo('{"n": 1}', "2030-01-01T00:00:00+00:00", 4)


# --- cache, settings, transactions, threads ----------------------------------------


def test_rendered_cache_is_keyed_by_markdown_hash_and_cleared_on_change(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    qid = ids_by_title(store)["What is a GAN?"]
    store.store_html(qid, "light", "md1", "<p>one</p>")
    store.store_html(qid, "dark", "md1", "<p>dark</p>")
    assert store.cached_html(qid, "light", "md1") == "<p>one</p>"
    assert store.cached_html(qid, "light", "md2") is None
    store.store_html(qid, "light", "md2", "<p>two</p>")
    assert store.cached_html(qid, "light", "md2") == "<p>two</p>"

    store.import_document(make_doc(*BASE), "/notes.md", "h2")  # same answers: cache kept
    assert store.cached_html(qid, "dark", "md1") == "<p>dark</p>"
    edited = [("What is a GAN?", "New answer.", ("Deep Learning",)), *BASE[1:]]
    store.import_document(make_doc(*edited), "/notes.md", "h3")
    assert store.cached_html(qid, "dark", "md1") is None


def test_the_rendered_hashes_are_walked_once_per_theme(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    ids = ids_by_title(store)
    gan = ids["What is a GAN?"]
    assert store.keep_rendered([(gan, "light", "md", "<p>kept</p>")]) is True

    walked, after = [], -(2**63)
    while batch := store.rendered_hashes("light", after, 3):
        walked += [(question.id, kept) for _, question, kept in batch]
        after = batch[-1][0]
    assert sorted(walked) == sorted((qid, "md" if qid == gan else None) for qid in ids.values())
    assert store.rendered_hashes("light", after, 3) == []  # the pass is over
    assert all(kept is None for _, _, kept in store.rendered_hashes("dark", -(2**63), 10))
    _, question, _ = store.rendered_hashes("light", -(2**63), 1)[0]
    assert question.answer_markdown  # whole questions

    store.import_document(make_doc(*BASE[:3]), "/notes.md", "h2")  # boosting removed
    left = [q.id for _, q, _ in store.rendered_hashes("dark", -(2**63), 10)]
    assert len(left) == 3 and ids["What is boosting?"] not in left


def test_rendered_html_for_a_question_gone_meanwhile_is_left_out(store):
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    ids = ids_by_title(store)
    gan, bagging = ids["What is a GAN?"], ids["What is bagging?"]
    store.remove_deck(store.decks()[0].id)  # while the answers waited to be written
    assert store.keep_rendered([(gan, "light", "m", "<p>1</p>")]) is True
    assert store.cached_html(gan, "light", "m") is None
    assert store.cached_html(bagging, "light", "m") is None


@pytest.mark.parametrize("value", ["dark", 42, 2.5, True, None, [1, "two"], {"nested": {"k": [1]}}])
def test_settings_round_trip(store, value):
    assert store.get_setting("key", "default") == "default"
    store.set_setting("key", value)
    assert store.get_setting("key", "default") == value
    store.set_setting("key", "replaced")
    assert store.get_setting("key") == "replaced"


def test_nested_transactions_roll_back_only_the_inner_part(store):
    with store.transaction():
        store.set_setting("outer", 1)
        with pytest.raises(RuntimeError), store.transaction():
            store.set_setting("inner", 2)
            raise RuntimeError
        store.set_setting("after", 3)
    assert [store.get_setting(k) for k in ("outer", "inner", "after")] == [1, None, 3]

    with pytest.raises(RuntimeError), store.transaction():
        store.set_setting("outer", 10)
        raise RuntimeError
    assert store.get_setting("outer") == 1


def test_a_store_can_be_used_from_a_worker_thread(store):
    errors: list[BaseException] = []

    def work() -> None:
        try:
            store.import_document(make_doc(*BASE), "/notes.md", "h1")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []
    assert store.question_count() == len(BASE)


# --- mock interviews --------------------------------------------------------------


@pytest.fixture
def mock_ids(store) -> list[str]:
    store.import_document(make_doc(*BASE), "/notes.md", "h1")
    return [q.id for q in store.questions()]


def test_mock_session_round_trip(store, mock_ids):
    session_id = store.create_mock_session({"count": 2}, mock_ids[:2], 1_000)
    record = store.mock_session(session_id)
    assert record == store.unfinished_mock()
    assert (record.state, record.settings, record.question_ids) == (
        "running",
        {"count": 2},
        tuple(mock_ids[:2]),
    )
    assert (record.started_at_ms, record.ended_at_ms, record.elapsed_seconds) == (1_000, None, 0.0)
    store.record_mock_answer(
        session_id,
        mock_ids[0],
        0,
        seconds=12.5,
        overtime=True,
        rating=2,
        coverage=0.25,
        typed_answer="typed",
        note="n",
        elapsed_seconds=14.0,
    )
    [answer] = store.mock_answers(session_id)
    assert (answer.position, answer.title, answer.seconds, answer.overtime) == (
        0,
        "What is a GAN?",
        12.5,
        True,
    )
    assert (answer.rating, answer.coverage, answer.typed_answer, answer.note) == (
        2,
        0.25,
        "typed",
        "n",
    )
    assert store.mock_session(session_id).elapsed_seconds == 14.0
    store.finish_mock_session(session_id, 5_000, 20.0)
    finished = store.mock_session(session_id)
    assert (finished.state, finished.ended_at_ms, finished.elapsed_seconds) == (
        "finished",
        5_000,
        20.0,
    )
    assert store.unfinished_mock() is None
    assert store.mock_session(999) is None


def test_record_mock_answer_with_review_and_end_is_one_transaction(store, mock_ids, monkeypatch):
    session_id = store.create_mock_session({}, mock_ids[:1], 1_000)
    review = store_module.MockReview('{"s": 1}', "2030-01-01T00:00:00+00:00", 2_000)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "record_review", broken)
    with pytest.raises(StoreError):
        store.record_mock_answer(
            session_id,
            mock_ids[0],
            0,
            seconds=1.0,
            overtime=False,
            rating=3,
            review=review,
            finished_at_ms=3_000,
        )
    assert store.mock_answers(session_id) == []
    assert store.mock_session(session_id).state == "running"
    monkeypatch.undo()
    store.record_mock_answer(
        session_id,
        mock_ids[0],
        0,
        seconds=1.0,
        overtime=False,
        rating=3,
        review=review,
        finished_at_ms=3_000,
    )
    [saved] = store.reviews(mock_ids[0])
    assert (saved.mode, saved.rating, saved.reviewed_at_ms, saved.seconds) == (
        "mock",
        3,
        2_000,
        1.0,
    )
    assert store.card_json(mock_ids[0]) == '{"s": 1}'
    assert store.mock_session(session_id)[2:4] == (3_000, "finished")


@pytest.mark.parametrize(
    ("position", "kwargs", "error"),
    [
        (1, {}, ValueError),  # the question is not at that position
        (5, {}, ValueError),
        (0, {"rating": 5}, ValueError),
        (0, {"rating": None, "review": ("{}", None, 1)}, ValueError),
        (0, {"coverage": 1.5}, ValueError),
    ],
)
def test_record_mock_answer_rejects_bad_input(store, mock_ids, position, kwargs, error):
    session_id = store.create_mock_session({}, mock_ids[:2], 1_000)
    args = {"seconds": 1.0, "overtime": False, "rating": 3, **kwargs}
    if args.get("review") is not None:
        args["review"] = store_module.MockReview(*args["review"])
    with pytest.raises(error):
        store.record_mock_answer(session_id, mock_ids[0], position, **args)
    assert store.mock_answers(session_id) == []


def test_a_mock_question_is_answered_once_and_only_while_running(store, mock_ids):
    session_id = store.create_mock_session({}, mock_ids[:2], 1_000)
    answer = {"seconds": 1.0, "overtime": False, "rating": None}
    store.record_mock_answer(session_id, mock_ids[0], 0, **answer)
    with pytest.raises(ValueError, match="answered"):
        store.record_mock_answer(session_id, mock_ids[0], 0, **answer)
    store.abandon_mock_session(session_id, 2_000)
    with pytest.raises(ValueError, match="abandoned"):
        store.record_mock_answer(session_id, mock_ids[1], 1, **answer)
    with pytest.raises(ValueError):
        store.finish_mock_session(session_id, 3_000)
    with pytest.raises(KeyError):
        store.abandon_mock_session(999, 3_000)
    with pytest.raises(KeyError):
        store.record_mock_answer(999, mock_ids[0], 0, **answer)
    with pytest.raises(ValueError):
        store.create_mock_session({}, [], 1_000)


def test_a_new_mock_session_abandons_the_running_one(store, mock_ids):
    first = store.create_mock_session({}, mock_ids[:1], 1_000)
    second = store.create_mock_session({}, mock_ids[1:2], 2_000)
    assert store.mock_session(first)[2:4] == (2_000, "abandoned")
    assert store.unfinished_mock().id == second


def test_mock_session_stats(store, mock_ids):
    a = store.create_mock_session({}, mock_ids, 1_000)
    for position, (rating, seconds, overtime, coverage) in enumerate(
        [(4, 10.0, False, 1.0), (2, 30.0, True, 0.5), (None, 99.0, True, None)]
    ):
        store.record_mock_answer(
            a,
            mock_ids[position],
            position,
            seconds=seconds,
            overtime=overtime,
            rating=rating,
            coverage=coverage,
        )
    store.finish_mock_session(a, 9_000, 50.0)
    b = store.create_mock_session({}, mock_ids[:1], 10_000)
    store.abandon_mock_session(b, 11_000)
    store.create_mock_session({}, mock_ids[:1], 12_000)  # running: not in the history
    stats = store.mock_session_stats()
    assert [s.session.id for s in stats] == [a, b]
    first, second = stats
    assert (first.answered, first.graded, first.mean_rating, first.mean_seconds) == (
        3,
        2,
        3.0,
        20.0,
    )
    assert (first.overtime, first.mean_coverage) == (1, 0.75)
    assert (second.answered, second.graded, second.mean_rating, second.overtime) == (0, 0, None, 0)
    assert [s.session.id for s in store.mock_session_stats(("finished",))] == [a]
    assert store.mock_session_stats(()) == []
    with pytest.raises(ValueError):
        store.mock_session_stats(("done",))


def test_topic_places(store, mock_ids):
    deck = store.decks()[0]
    topics = {t.name: t.id for t in store.topics(deck.id)}
    wanted = [topics["Ensembles"], topics["Deep Learning"], topics["Ensembles"], 999]
    assert store.topic_places(wanted) == {
        topics["Ensembles"]: (deck.name, "Ensembles"),
        topics["Deep Learning"]: (deck.name, "Deep Learning"),
    }
    assert store.topic_places([]) == {}


def test_a_subtopic_is_placed_by_its_path_as_the_answer_header_names_it(store):
    """A mock over "Algorithms > Graphs > BFS" was headed "Algorithms: BFS" in its
    summary and the mock history, the answer's header saying "Graphs / BFS"."""
    from studyapp.core.mock_results import topic_labels

    store.import_document(
        make_doc(
            ("BFS finds what?", "Shortest paths.", ("Graphs", "BFS")),
            ("Dijkstra needs?", "No negative edges.", ("Graphs", "Weighted", "Dijkstra")),
            ("Quicksort average?", "n log n.", ("Sorting",)),
            deck="Algorithms",
        ),
        "/alg.md",
        "alg",
    )
    deck = next(d for d in store.decks() if d.name == "Algorithms")
    ids = {t.name: t.id for t in store.topics(deck.id)}
    chosen = [ids["Sorting"], ids["BFS"], ids["Dijkstra"]]
    assert topic_labels(store.topic_places(chosen), chosen) == [
        "Algorithms: Sorting, Graphs / BFS, Graphs / Weighted / Dijkstra"
    ]


def test_topics_of_the_same_name_in_two_decks_are_told_apart_by_their_deck(store):
    """A mock over three notes files' "General" topics was headed "General, General,
    General" in its summary and in the mock history."""
    from studyapp.core.mock_results import topic_labels

    for deck in ("Python", "SQL"):
        store.import_document(
            make_doc(("What is " + deck + "?", "A language.", ("General",)), deck=deck),
            f"/{deck}.md",
            deck,
        )
        store.import_document(
            make_doc(("Why " + deck + "?", "Because.", (deck + " only",)), deck=f"{deck}-more"),
            f"/{deck}-more.md",
            deck + "-more",
        )
    ids = {(d.name, t.name): t.id for d in store.decks() for t in store.topics(d.id)}
    chosen = [
        ids[("Python", "General")],
        ids[("SQL", "General")],
        ids[("Python-more", "Python only")],
    ]
    places = store.topic_places(chosen)
    assert topic_labels(places, chosen) == [
        "Python: General",
        "SQL: General",
        "Python-more: Python only",
    ]
    # One label a deck, with each of its chosen topics, whatever other decks hold.
    again = [ids[("Python", "General")], ids[("Python-more", "Python only")]]
    assert topic_labels(places, again) == ["Python: General", "Python-more: Python only"]


# --- weak topics and statistics (read-only) ---------------------------------------------


def test_weak_reviews_are_per_deck_in_time_order_and_skip_removed_questions(store, mock_ids):
    store.import_document(make_doc(("Elsewhere?", "y"), deck="Stats"), "/stats.md", "h2")
    ai = next(d for d in store.decks() if d.name == "AI")
    stats = next(d for d in store.decks() if d.name == "Stats")
    other = ids_by_title(store)["Elsewhere?"]
    review(store, mock_ids[1], rating=2, at=3_000)
    review(store, mock_ids[0], rating=1, at=1_000)
    review(store, other, rating=4, at=2_000)
    assert [(r.question_id, r.rating) for r in store.weak_reviews(ai.id)] == [
        (mock_ids[0], 1),
        (mock_ids[1], 2),
    ]
    assert [r.reviewed_at_ms for r in store.weak_reviews()] == [1_000, 2_000, 3_000]
    assert [r.question_id for r in store.weak_reviews(stats.id)] == [other]
    store.import_document(make_doc(*BASE[1:]), "/notes.md", "h3")  # the first one leaves
    assert [r.question_id for r in store.weak_reviews(ai.id)] == [mock_ids[1]]


def test_weak_mock_attempts_list_every_answer_with_its_session(store, mock_ids):
    first = store.create_mock_session({}, mock_ids[:2], 5_000)
    store.record_mock_answer(
        first, mock_ids[0], 0, seconds=90.0, overtime=True, rating=2, coverage=0.5,
        typed_answer="typed", note="n",
    )  # fmt: skip
    store.record_mock_answer(first, mock_ids[1], 1, seconds=None, overtime=False, rating=None)
    store.finish_mock_session(first, 9_000)
    earlier = store.create_mock_session({}, mock_ids[2:3], 1_000)  # started first
    store.record_mock_answer(earlier, mock_ids[2], 0, seconds=10.0, overtime=False, rating=4)

    attempts = store.weak_mock_attempts()
    assert [(a.session_id, a.position) for a in attempts] == [(earlier, 0), (first, 0), (first, 1)]
    running, graded, skipped = attempts
    assert running.session_state == "running" and running.started_at_ms == 1_000
    assert graded == store_module.WeakMockAttempt(
        mock_ids[0], first, "finished", 5_000, 0, 90.0, True, 2, 0.5, "typed", note="n"
    )
    assert (skipped.rating, skipped.overtime, skipped.typed_answer) == (None, False, None)
    deck_id = store.decks()[0].id
    assert store.weak_mock_attempts(deck_id) == attempts
    assert store.weak_mock_attempts(deck_id + 1) == []


def test_migration_7_keeps_a_draft_and_resumes_it_as_before(db_path):
    """A draft saved before drafts kept their time: its text comes back, its question
    starts with its full time and the session's time is the one of its last answer."""
    from studyapp.core.clock import FakeClock
    from studyapp.core.mock import MockSession
    from studyapp.core.scheduler import SpacedRepetition

    conn = connect(db_path)
    try:
        migrate(conn, 6)
        conn.execute("BEGIN")
        seed_v6(conn)
        conn.execute("COMMIT")
        migrate(conn, 7)
    finally:
        conn.close()
    with Store.open(db_path) as s:
        draft = s.mock_draft(1)
        assert (draft.typed_answer, draft.note) == ("half typed", "a note")
        assert (draft.question_seconds, draft.session_seconds) == (0.0, None)
        session = MockSession.reopen(s, SpacedRepetition(), FakeClock(), 1)
        session.start()
        assert (session.typed_answer, session.time_left(), session.elapsed()) == (
            "half typed",
            90.0,
            30.5,
        )


def test_migration_8_reads_an_older_draft_as_not_revealed(db_path):
    """A draft saved before drafts said whether the answer was on screen resumes as it
    did then: asking, with its text and the time it had."""
    from studyapp.core.clock import FakeClock
    from studyapp.core.mock import MockSession
    from studyapp.core.scheduler import SpacedRepetition

    conn = connect(db_path)
    try:
        migrate(conn, 7)
        conn.execute("BEGIN")
        seed_v7(conn)
        conn.execute("COMMIT")
        migrate(conn, 8)
    finally:
        conn.close()
    with Store.open(db_path) as s:
        draft = s.mock_draft(1)
        assert (draft.typed_answer, draft.revealed, draft.question_seconds) == (
            "half typed",
            False,
            12.5,
        )
        session = MockSession.reopen(s, SpacedRepetition(), FakeClock(), 1)
        session.start()
        assert (session.state, session.time_left()) == ("asking", 77.5)


def test_migration_11_resumes_an_older_revealed_draft_ticked_as_matched(db_path):
    """A revealed draft saved before drafts kept the ticks comes back as it did: its key
    points ticked as the typed answer covers them; a tick by hand is kept from then on."""
    from studyapp.core.clock import FakeClock
    from studyapp.core.mock import MockSession
    from studyapp.core.scheduler import SpacedRepetition

    conn = connect(db_path)
    try:
        migrate(conn, 10)
        conn.execute("BEGIN")
        seed_v10(conn)
        conn.execute(
            "UPDATE questions SET answer_markdown = 'A **Generator** fools a **Discriminator**.'"
        )
        conn.execute("UPDATE mock_drafts SET typed_answer = 'a generator and a critic'")
        conn.execute("COMMIT")
        migrate(conn, 11)
    finally:
        conn.close()
    with Store.open(db_path) as s:
        assert s.mock_draft(1).key_points is None
        session = MockSession.reopen(s, SpacedRepetition(), FakeClock(), 1)
        session.start()
        assert session.state == "revealed"
        ticked = {p.term: p.ticked for p in session.key_points()}
        assert ticked == {"Generator": True, "Discriminator": False}
        session.toggle_point([p.term for p in session.key_points()].index("Discriminator"))
        assert dict(s.mock_draft(1).key_points) == {"Generator": True, "Discriminator": True}


def test_migration_9_shows_old_titles_plain_until_their_notes_are_read(db_path):
    """A store from before titles kept their code shows them as it did (plain); the
    next import that reads the notes gives them their marks, and calls the question
    unchanged, progress and id kept."""
    conn = connect(db_path)
    try:
        migrate(conn, 8)
        conn.execute("BEGIN")
        seed_v8(conn)
        conn.execute("COMMIT")
        migrate(conn, 9)
    finally:
        conn.close()
    with Store.open(db_path) as s:
        old = s.question(question_id("AI", "How does is differ from ==?"))
        assert (old.title, old.title_markup, old.shown_title) == (
            "How does is differ from ==?",
            "",
            "How does is differ from ==?",
        )
        doc = ParsedDocument(
            "AI",
            "markdown",
            [
                ParsedQuestion(
                    "How does is differ from ==?",
                    "Identity.",
                    30,
                    ("Deep Learning",),
                    raw_title="How does `is` differ from `==`?",
                )
            ],
        )
        summary = s.import_document(doc, "/notes.md", "new-hash")
        (question,) = s.question_outlines()
        assert question.shown_title == "How does `is` differ from `==`?"
        assert question.title == "How does is differ from ==?"  # its id's, search's
        assert (summary.new, summary.updated) == (0, 0)


def test_a_reimport_says_when_an_app_edit_kept_its_text_over_the_files(store):
    """A question edited in the app (its file could not be written, a .txt) keeps the
    app's text over re-imports; a new user changed the file and read only '5
    unchanged', the file's change gone without a word."""
    store.import_document(make_doc(*BASE), "/notes.txt", "h1")
    gan = store.search("GAN")[0]
    store.edit_question_text(gan, "What is a GAN?", "Two nets: mine.", keep_over_imports=True)
    changed = list(BASE)
    changed[0] = ("What is a GAN?", "Generator and critic, the file's new words.", BASE[0][2])
    changed[2] = ("What is bagging?", "Bootstrap aggregating: less variance.", BASE[2][2])
    summary = store.import_document(make_doc(*changed), "/notes.txt", "h2")
    assert (summary.updated, summary.unchanged, summary.kept_edits) == (1, 3, 1)
    assert "1 question edited in the app kept the app's text, not the file's" in str(summary)
    assert store.question(gan).answer_markdown == "Two nets: mine."
    same = store.import_document(make_doc(*BASE[1:]), "/other.txt", "h3")
    assert same.kept_edits == 0 and "edited in the app" not in str(same)


def test_a_word_inside_a_sentence_of_an_unspaced_script_is_found(store):
    """Chinese and Japanese put no spaces between words: the index kept a sentence as one
    token, so only its first characters could be searched ('基本单位' found nothing)."""
    store.import_document(
        make_doc(
            ("什么是进程？", "进程是资源分配的基本单位。"),
            ("什么是线程？", "线程是CPU调度的基本单位。"),
            ("スレッドとは？", "プロセスの中で実行される処理の単位です。"),
            ("What is a mutex?", "A lock that one thread holds at a time; 互斥锁 in Chinese."),
            ("What is a unit test?", "A test of one unit of code."),
        ),
        "/n.md",
        "h",
    )
    ids = ids_by_title(store)
    assert store.search_best("基本单位", 10) == ([ids["什么是进程？"], ids["什么是线程？"]], 2)
    assert store.search("资源分配") == [ids["什么是进程？"]]
    assert store.search("処理の単位") == [ids["スレッドとは？"]]
    assert store.search("线程") == [ids["什么是线程？"]]  # a title hit first
    assert store.search("互斥 thread") == [ids["What is a mutex?"]]  # with a spaced word
    assert store.search("互斥 zzz") == [] and store.search_best("单位 unit", 10) == ([], 0)
    store.delete_question(ids["什么是进程？"])
    assert store.search_best("基本单位", 10) == ([ids["什么是线程？"]], 1)


def test_a_call_like_o_of_n_is_searched_as_written_not_as_its_letters(store):
    """ "O(n)" is one phrase: not "o" and "n", which begin words of nearly every answer
    (a new user's search matched 13 of 20 questions); "O(log n)" likewise."""
    questions = [
        ("What is linear search?", "Each item in turn: O(n) time.", ("Algorithms",)),
        ("What is binary search?", "Halving a sorted array: O(log n) time.", ("Algorithms",)),
        ("What is normalization?", "Organizing tables on one fact each, no repeats.", ("SQL",)),
    ]
    store.import_document(make_doc(*questions), "/notes.md", "h")
    titles = {q.id: q.title for q in store.questions()}
    assert [titles[q] for q in store.search("O(n)")] == ["What is linear search?"]
    assert [titles[q] for q in store.search("O(log n)")] == ["What is binary search?"]
    marked = highlight("<p>Each item: O(n) time, not n or o</p>", search_words("O(n)"))
    assert marked == '<p>Each item: <span class="hit">O(n)</span> time, not n or o</p>'

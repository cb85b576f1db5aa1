"""A store from an older StudyApp holding rows that a rule the upgrade adds refuses: two
mock answers at one place of a session (written by another tool, a script, a hand edit
in a database browser), which schema version 3's unique index keeps apart. Every start
and every command stopped with a traceback ("UNIQUE constraint failed:
mock_answers.session_id, mock_answers.position") and the store could not be opened.
Now every answer is kept (the repeat goes to the end of its session) and the store
opens; a rule of any step that rows refuse is damage, not a crash: the file as it was
is kept aside and what it holds saved."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError, schema
from tests.core.fixtures.build_store_fixtures import fixture_path, load

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def old_store_with_repeats(tmp_path):
    """Schema version 2's store, its finished mock's answers each written twice at
    their places, the second with another grade."""
    data = tmp_path / "data"
    data.mkdir()
    path = load(fixture_path(2), data / "studyapp.sqlite3")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "INSERT INTO mock_answers (session_id, question_id, position, seconds, overtime,"
            " rating) SELECT session_id, question_id, position, seconds + 7, overtime, 2"
            " FROM mock_answers"
        )
        answers = sorted(conn.execute("SELECT question_id, rating, seconds FROM mock_answers"))
        reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    return path, answers, reviews


def test_an_old_store_with_two_mock_answers_at_one_place_opens_with_every_answer(tmp_path, capsys):
    path, answers, reviews = old_store_with_repeats(tmp_path)
    assert len(answers) == 4

    assert main(["decks", "--data-dir", str(path.parent)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    store, _report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert len(store.reviews()) == reviews
        kept = sorted(
            (r["question_id"], r["rating"], r["seconds"])
            for r in store._conn.execute("SELECT * FROM mock_answers")
        )
        places = [r[0] for r in store._conn.execute("SELECT position FROM mock_answers")]
    assert kept == answers  # every answer, each grade and time as it was
    assert len(set(places)) == len(places)
    with Store.open(path) as again:  # and it stays open
        assert again._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_rows_a_step_s_rule_refuses_are_damage_not_a_crash(tmp_path, monkeypatch):
    """A step whose new rule the rows break (here: a later version's one title per
    deck, over two questions of one title) fails as damage, which the start repairs
    (the file moved aside first), never as a crash, and leaves that step undone."""
    path, _answers, _reviews = old_store_with_repeats(tmp_path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE questions SET title = 'Same title'")
    real = schema.MIGRATIONS[4]

    def with_a_rule(conn):
        real(conn)
        conn.execute("CREATE UNIQUE INDEX one_title ON questions(deck_id, title)")

    steps = list(schema.MIGRATIONS)
    steps[4] = with_a_rule
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:  # that step not half made
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert "id_name" not in {r[1] for r in conn.execute("PRAGMA table_info(decks)")}

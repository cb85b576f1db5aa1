"""A table made again by hand in a database browser (its "Modify table" copies the rows
into a new table, drops the old one and renames the new) without its NOT NULL rules,
and then a value left empty: a review's time and mode, a question's title.

The start found the table not as StudyApp makes it and copied its rows into a new
store, which refused each row with an empty value: the review was gone, a question
with its whole history, and the report said "rows on the damaged pages could not be
read and are missing" of a file without one bad page. Now each such row is kept with
the value filled in (an empty time takes the time of the row before it), and the
report says which rows and why."""

from __future__ import annotations

import contextlib
import html
import sqlite3
from pathlib import Path

from studyapp import startup
from studyapp.core.paths import store_path
from tests.core.store.test_hand_edited_tables import NOW, studied
from tests.ui.conftest import ScriptedMessages


def made_again_without_not_null(path: Path, table: str, then: str) -> None:
    """`table` made again as a database browser does, every NOT NULL dropped; then `then`."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
        indexes = [
            r[0]
            for r in conn.execute(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?"
                " AND sql IS NOT NULL",
                (table,),
            )
        ]
        loose = sql.replace(" NOT NULL", "").replace(f"CREATE TABLE {table}", "CREATE TABLE tmp", 1)
        conn.execute("BEGIN")
        conn.execute(loose)
        conn.execute(f"INSERT INTO tmp SELECT * FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE tmp RENAME TO {table}")
        for index in indexes:
            conn.execute(index)
        conn.execute(then)
        conn.execute("COMMIT")


def opened_after(folder: Path) -> tuple[dict, list, str]:
    """Start as the window does: (titles by id, reviews, the report's text)."""
    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        titles = {q.id: q.title for q in opened.store.questions()}
        reviews = opened.store.reviews()
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    assert kind == "warn"
    return titles, reviews, html.unescape(text)


def test_a_review_left_without_its_time_and_mode_is_kept(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    studied(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        before = dict(conn.execute("SELECT id, reviewed_at_ms FROM reviews"))
    made_again_without_not_null(
        path, "reviews", "UPDATE reviews SET reviewed_at_ms = NULL, mode = NULL WHERE id = 5"
    )

    _titles, reviews, text = opened_after(folder)
    assert {r.id for r in reviews} == set(before)  # every review, the emptied one too
    emptied = next(r for r in reviews if r.id == 5)
    assert emptied.reviewed_at_ms == before[4] and emptied.mode == "study"
    assert "damaged pages" not in text and "reviews and progress are kept" in text
    assert "1 row of reviews (in reviewed_at_ms, mode) had no value" in text
    assert [p for p in folder.iterdir() if ".damaged-" in p.name]  # the file as it was


def test_a_question_left_without_its_title_keeps_its_history(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    titles = studied(path)
    gone = sorted(titles)[0]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        history = {
            r[0] for r in conn.execute("SELECT id FROM reviews WHERE question_id = ?", (gone,))
        }
    made_again_without_not_null(
        path, "questions", f"UPDATE questions SET title = NULL WHERE id = '{gone}'"
    )

    after, reviews, text = opened_after(folder)
    assert after.keys() == titles.keys()  # the question is there, with its history
    assert history <= {r.id for r in reviews if r.question_id == gone}
    assert "1 row of questions (in title) had no value" in text
    assert "damaged pages" not in text

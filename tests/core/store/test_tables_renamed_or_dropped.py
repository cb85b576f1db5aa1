"""A table of the person's data renamed or dropped by hand in a database browser (as
easily done as a column: "reviews" kept as "reviews_old" while trying something out).

The salvage copied tables by name only: the renamed table was passed over, every
review in it was lost from the store in use, and the report said "It copied every row
of your data … Your reviews and progress are kept". Now a table the file lacks is
found under its new name by its columns, and its rows copied; a table that is gone
is named in the report, which no longer says that everything was kept."""

from __future__ import annotations

import contextlib
import html
import sqlite3
from pathlib import Path

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from tests.core.store.test_hand_edited_tables import NOW, studied
from tests.ui.conftest import ScriptedMessages


def opened_after(folder: Path) -> tuple[dict, list, str]:
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


@pytest.mark.parametrize(
    ("table", "new_name"), [("reviews", "reviews_old"), ("questions", "questions backup")]
)
def test_a_table_renamed_by_hand_keeps_every_row(tmp_path, table, new_name):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    titles = studied(path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        reviews = {r[0] for r in conn.execute("SELECT id FROM reviews")}
        conn.execute(f'ALTER TABLE {table} RENAME TO "{new_name}"')

    after, seen, text = opened_after(folder)
    assert after == titles
    assert {r.id for r in seen} == reviews
    assert f"The table {table} was found under another name, {new_name}" in text
    assert "reviews and progress are kept" in text
    assert [p for p in folder.iterdir() if ".damaged-" in p.name]  # the file as it was


def test_a_table_dropped_by_hand_is_named_not_called_kept(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    titles = studied(path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        reviews = {r[0] for r in conn.execute("SELECT id FROM reviews")}
        conn.execute("DROP TABLE mock_answers")

    after, seen, text = opened_after(folder)
    assert after == titles and {r.id for r in seen} == reviews  # the rest kept
    assert "lost its mock_answers table" in text
    assert "reviews and progress are kept" not in text and "every row" not in text

"""Rows with no key: a question whose id, or a card whose question, is empty (NULL). SQLite
lets a TEXT PRIMARY KEY hold NULL, so a hand edit or another program can write one, and
a store cut short part-way through a page gives the salvage a row of nothing.

Either stopped the start with a traceback ('NoneType' object has no attribute 'encode',
from the search index that reads every question's id): the window never opened, and a
cut store's salvage was left half made. Now such rows are left out (kept in the copy of
the file), said in plain words, and every grade that can be read is kept."""

from __future__ import annotations

import contextlib
import html
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp import startup
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.helpers.cards import record
from tests.ui.conftest import ScriptedMessages

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
REVIEWS = 600


def studied(folder, questions: int = 150) -> None:
    """A store of long answers, each question graded four times, no backup."""
    folder.mkdir()
    doc = ParsedDocument(
        "AI",
        "markdown",
        [
            ParsedQuestion(f"What is thing {i}? " + "x" * 40, f"Thing {i}. " + "y" * 300, i * 3)
            for i in range(questions)
        ],
    )
    with Store.open(store_path(folder)) as store:
        store.import_document(doc, "/notes.md", "hash")
        ids = [q.id for q in store.questions()]
        for n in range(REVIEWS):
            record(store, ids[n % len(ids)], 1 + n % 4, 3.0, "study", 1_700_000_000_000 + n * 1000)
    with contextlib.closing(sqlite3.connect(store_path(folder))) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def started(folder) -> tuple[int, str, list[str]]:
    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        reviews = len(opened.store.reviews())
        assert all(q.id for q in opened.store.questions())
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    assert kind == "warn"
    return reviews, html.unescape(text), [p.name for p in folder.iterdir()]


@pytest.mark.parametrize(
    ("table", "row"),
    [
        (
            "questions",
            "INSERT INTO questions (id, deck_id, topic_id, title, norm_title, answer_markdown,"
            " answer_hash) SELECT NULL, deck_id, topic_id, 'By hand', 'by hand', 'x', 'h'"
            " FROM questions LIMIT 1",
        ),
        ("cards", "INSERT INTO cards (question_id, fsrs_json, due) VALUES (NULL, '{}', NULL)"),
    ],
)
def test_a_row_with_no_key_written_by_hand_is_left_out_and_said(tmp_path, table, row):
    folder = tmp_path / "data"
    studied(folder, questions=20)
    with contextlib.closing(sqlite3.connect(store_path(folder))) as conn:
        conn.execute(row)
        conn.commit()

    reviews, text, files = started(folder)

    assert reviews == REVIEWS
    assert f"1 row of {table} with no key" in text and "reviews and progress are kept" in text
    assert any(".damaged-" in name for name in files)  # the file as it was, the row in it


@pytest.mark.parametrize("share", [0.6, 0.45, 0.75])  # 0.6: a question of nothing
def test_a_store_cut_mid_page_opens_with_what_can_be_read(tmp_path, share):
    folder = tmp_path / "data"
    studied(folder)
    path = store_path(folder)
    with open(path, "r+b") as file:
        file.truncate(int(path.stat().st_size * share) + 777)

    _reviews, text, files = started(folder)

    assert "could not be read and are missing" in text
    assert any(".damaged-" in name for name in files)
    assert not any(name.endswith(".salvaging") for name in files)  # no half-made copy

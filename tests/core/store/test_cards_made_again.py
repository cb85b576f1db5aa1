"""The cards table lost (a bad page of it after a power cut, or dropped by hand in a
database browser) while every review was read.

A card holds a question's schedule (fsrs's stability, difficulty, due time). Lost, the
questions were studied as new ones, the report said "Your reviews and progress are
kept" (or blamed "rows on the damaged pages"), and the next grade of each wrote a new
card over what months of reviews had built. A card is what its last review made of
the card before it (kept with that review): the salvage now makes each lost card
again from its reviews, the same card the app had, and says so."""

from __future__ import annotations

import contextlib
import html
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages

PAGE = 4096


def studied(path: Path) -> dict[str, tuple[str, str]]:
    """Three questions graded three times each by the app's scheduler: each card by id."""
    sr = SpacedRepetition()
    with Store.open(path) as store:
        ids = fill(store, reviews=0)
        for round_ in range(3):
            at = NOW - timedelta(days=30 - 10 * round_)
            for n, qid in enumerate(ids):
                card, due = sr.grade(store.card_json(qid), 1 + (n + round_) % 4, at)
                store.record_review(qid, 1 + (n + round_) % 4, 4.0, "study", card, due,
                                    int(at.timestamp() * 1000))  # fmt: skip
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {
            r[0]: (r[1], r[2])
            for r in store._conn.execute("SELECT question_id, fsrs_json, due FROM cards")
        }


def dropped(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DROP TABLE cards")


def page_zeroed(path: Path) -> None:
    """The cards' one page zeroed, as a power cut leaves a page being written."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'cards'").fetchone()
    with path.open("r+b") as file:
        file.seek((root - 1) * PAGE)
        file.write(bytes(PAGE))


@pytest.mark.parametrize("loss", [dropped, page_zeroed], ids=["dropped", "page-zeroed"])
def test_lost_cards_are_made_again_from_their_reviews(tmp_path, loss):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    cards = studied(path)
    loss(path)

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        again = {
            r[0]: (r[1], r[2])
            for r in opened.store._conn.execute("SELECT question_id, fsrs_json, due FROM cards")
        }
        assert len(opened.store.reviews()) == 9
    finally:
        opened.store.close()
        opened.release()
    assert again == cards  # the same schedule, to the second
    (kind, _title, text), *_ = messages.shown
    text = html.unescape(text)
    assert kind == "warn" and "schedule of 3 questions whose card was lost" in text
    assert "reviews and progress are kept" in text

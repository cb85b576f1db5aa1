"""A damaged store whose reviews table lost its pages while its cards can still be
read: the newest good backup was restored, and every question graded since was back
to where the backup left it ("Reviews and changes made after … may be missing"), a
question graded since for the first time back to New, though the damaged file, set
aside, still held where each of them stood. Each card graded after the backup's is
now taken into it, and the report says how many and that their reviews are lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_newer_backup_damaged_too import zero_page
from tests.core.store.test_reviews_carried_into_backup import cards, reviews
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def test_the_progress_of_questions_graded_since_the_backup_is_kept(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        ids = fill(store, reviews=1)  # one question graded before the backup
        make_backup(store, backups, NOW - timedelta(days=1), "auto")
        backed_up = reviews(path)
        record(store, ids[0], 4, 2.0, "study", 8_000)  # graded again since
        record(store, ids[1], 1, 2.0, "study", 9_000)  # graded for the first time since
    before_cards = cards(path)
    zero_page(path, "reviews")

    store, report = open_store_safely(path, backups, NOW)
    with store:
        new = sum(1 for q in store.questions() if store.card_json(q.id) is None)
    assert cards(path) == before_cards  # each where its last grade left it
    assert new == 1  # only the question never graded is New
    assert reviews(path) == backed_up  # the backup's reviews; those since are unreadable
    assert report is not None and report.restored is not None
    assert report.carried_cards == 2
    assert (
        "The progress of 2 questions graded since, still readable in the damaged file,"
        " was added to it (the reviews themselves could not be read" in report.message
    )

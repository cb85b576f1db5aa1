"""A sync tool puts a copy of the store older than the last session in its place while
the app is open: the next start counts what the store lacks against every copy
StudyApp saved beside it, not only the session's own grades, and recommends the copy
holding the most of it (core.store.session_rows.best_copy)."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from studyapp.core.store.saved_copies import reviews_in
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)


@pytest.mark.parametrize(("earlier", "session"), [(7, 2), (3, 5)])
def test_the_start_recommends_the_copy_holding_every_grade_the_store_lacks(
    tmp_path, earlier, session
):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
        older = make_backup(store, tmp_path / "elsewhere", NOW)  # what the sync tool has
        qid = store.questions()[0].id
        for n in range(earlier):  # an earlier session's grades, after that copy
            record(store, qid, 3, 5.0, "study", SESSION_MS - 600_000 + n)
    store = Store.open(path)
    for n in range(session):  # this session's, before the copy is put in place
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    os.replace(shutil.copyfile(older, path.with_name(".sync-tmp")), path)
    with pytest.raises(StoreError):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 100)
    (saved,) = path.parent.glob("studyapp-open-*.sqlite3")
    assert reviews_in(saved) == 3 + earlier + session
    store.close()

    again, report = open_store_safely(path, tmp_path / "data" / "backups", NOW)
    again.close()

    assert report is not None
    message = report.message
    # The true count, and the copy holding it: not the copy of the store with only the
    # session's grades added (which lacked the earlier session's).
    assert f"{earlier + session} grades" in message
    assert f"restore {saved.name}" in message


def test_a_log_the_session_left_beside_the_copy_put_back_is_told_once(tmp_path):
    """The app killed after the file was replaced leaves its log beside the older copy:
    the start says where the session's grades are and that its log was set aside, not
    also that nothing changed and a backup may help (two stories, one contradicting)."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
        older = make_backup(store, tmp_path / "elsewhere", NOW)
        qid = store.questions()[0].id
    store = Store.open(path)
    for n in range(2):
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    os.replace(shutil.copyfile(older, path.with_name(".sync-tmp")), path)
    with pytest.raises(StoreError):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 100)
    log = path.with_name(path.name + "-wal")
    left = log.read_bytes()  # what a kill leaves: the session's log beside the file
    store.close()
    log.write_bytes(left)

    again, report = open_store_safely(path, tmp_path / "data" / "backups", NOW)
    again.close()

    assert report is not None
    assert report.title == "Your study data was changed by another program since your last session"
    assert "2 grades" in report.message and "was set aside, not deleted" in report.message
    assert "nothing in it was changed" not in report.message

"""The store's file written into by another program while the app has it open:
`cp backup studyapp.sqlite3` or `cat backup > studyapp.sqlite3` keep the file (its
inode) and give it other pages. The open connection went on writing its log over
them: the next check found rows missing from indexes, the next start showed wrong
states and kept reviews of questions shown as New. Now the next write (or the
window's poll) finds the file changed without it: nothing more is written, what
the app had open is saved beside it, and the message says what happened."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)

# Other programs writing into the file, each in a process of its own.
WRITERS = {
    "cp": lambda src, dst: ["cp", str(src), str(dst)],
    "cat": lambda src, dst: ["sh", "-c", f'cat "{src}" > "{dst}"'],
    # One page written over in place (a disk tool, a program patching the file).
    "dd-one-page": lambda src, dst: [
        "dd",
        f"if={src}",
        f"of={dst}",
        "bs=4096",
        "count=1",
        "conv=notrunc",
        "status=none",
    ],
    "python-in-place": lambda src, dst: [
        sys.executable,
        "-c",
        "import sys; data = open(sys.argv[1], 'rb').read();"
        " f = open(sys.argv[2], 'r+b'); f.write(data); f.truncate(); f.close()",
        str(src),
        str(dst),
    ],
}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def opened(tmp_path):
    """A store with this session's grades in it, and a backup of it made before them
    (in the backups folder, as the tester's was)."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
    store = Store.open(path)
    older = make_backup(store, tmp_path / "data" / "backups", NOW)
    qid = store.questions()[0].id
    for n in range(2):  # this session's grades
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    yield store, path, older, qid
    store.close()


def integrity(path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


@pytest.mark.parametrize("how", list(WRITERS))
def test_a_file_written_into_gets_no_more_writes_and_the_session_is_kept(opened, how):
    store, path, older, qid = opened
    subprocess.run(WRITERS[how](older, path), check=True)
    put_there = digest(path)

    with pytest.raises(StoreError, match="overwritten by another program") as info:
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    assert str(copy) in info.value.message and "studyapp restore" in info.value.hint
    with Store.open_read_only(copy) as saved:  # the grades of the session, none after
        assert len(saved.reviews()) == 3 + 2
    with pytest.raises(StoreError, match="overwritten"):  # again, with the same copy
        store.set_setting("theme", "dark")
    assert list(path.parent.glob("studyapp-open-*.sqlite3")) == [copy]

    store.close()  # as Ctrl+Q: the log is not checkpointed into the other pages
    assert digest(path) == put_there
    assert integrity(path) == ["ok"]


def test_the_poll_finds_it_before_any_write(opened):
    store, path, older, _qid = opened
    store.check_same_file()  # nothing happened: nothing said
    subprocess.run(WRITERS["cp"](older, path), check=True)
    with pytest.raises(StoreError, match="overwritten"):
        store.check_same_file()
    assert len(list(path.parent.glob("studyapp-open-*.sqlite3"))) == 1


def test_the_next_start_opens_what_was_put_there_sound_and_names_the_copy(opened, tmp_path):
    store, path, older, qid = opened
    subprocess.run(WRITERS["cat"](older, path), check=True)
    with pytest.raises(StoreError):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    store.close()

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    with again:
        assert len(again.reviews()) == 3  # the backup's, with nothing of the log laid over
    assert report is not None and str(copy) in report.message
    assert "While StudyApp last had it open" in report.message
    assert report.session is not None and report.session.copy is not None
    with Store.open_read_only(report.session.copy) as merged:  # what is there, and the session
        assert len(merged.reviews()) == 3 + 2


def test_its_own_writes_checkpoints_and_backups_are_not_another_programs(opened, tmp_path):
    store, path, _older, qid = opened
    worker = Store.open(path)  # a re-import on a worker thread: another connection
    for conn in (store._conn, worker._conn):  # every commit checkpointed into the file
        conn.execute("PRAGMA wal_autocheckpoint = 1")
    try:
        for n in range(20):
            record(store, qid, 3, 5.0, "study", SESSION_MS + 100 + n)
            worker.set_setting("theme", f"t{n}")
            if n % 5 == 0:
                store.check_same_file()  # as the window's poll, between the two
        make_backup(store, tmp_path / "backups", NOW)
        with Store.open_read_only(path) as reader:  # a second, read-only window
            assert reader.reviews()
        store.check_same_file()
        record(store, qid, 4, 5.0, "study", SESSION_MS + 500)
    finally:
        worker.close()
    assert not list(path.parent.glob("studyapp-open-*"))


def test_autocheckpoints_of_its_own_commits_are_its_own(opened):
    """A commit that fills the log checkpoints it into the file there and then."""
    store, path, _older, qid = opened
    store._conn.execute("PRAGMA wal_autocheckpoint = 1")
    for n in range(5):
        record(store, qid, 3, 5.0, "study", SESSION_MS + 100 + n)
        store.set_setting("theme", f"t{n}")
    store.check_same_file()
    assert not list(path.parent.glob("studyapp-open-*"))


@pytest.mark.parametrize("how", ["cp", "cat"])
def test_grades_the_app_no_longer_holds_in_memory_are_kept_too(opened, how):
    """A long session in a store bigger than the connection keeps in memory: its log
    was checkpointed into the file (the pages the other program then wrote over),
    and most of its pages were read from the file again. The copy kept only what was
    still in memory or in the log: 3 of 206 reviews. The rows the session wrote are
    kept apart from the file, and written into the copy."""
    store, path, older, qid = opened
    store._conn.execute("PRAGMA cache_size = 5")  # pages: a store many times bigger
    store._conn.execute("PRAGMA wal_autocheckpoint = 20")  # a session of many grades
    others = [q.id for q in store.questions() if q.id != qid]
    for n in range(150):
        record(store, others[n % 2], 2 + n % 3, 5.0, "study", SESSION_MS + 100 + n)
    store.set_suspended([qid])  # a change of another kind
    card = store.card_json(others[0])
    subprocess.run(WRITERS[how](older, path), check=True)

    with pytest.raises(StoreError, match="overwritten"):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 1000)
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    assert integrity(copy) == ["ok"]
    with Store.open_read_only(copy) as saved:
        assert len(saved.reviews()) == 3 + 2 + 150  # every grade of the session
        assert saved.card_json(others[0]) == card  # as the last grade left it
        assert saved.question(qid).suspended

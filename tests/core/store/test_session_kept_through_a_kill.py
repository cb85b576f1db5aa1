"""The app killed (a crash, a logout, `kill -9`) after another program wrote over its
store or put another file in its place, before the window's poll (every 2 s) or a
write saw it: the rows this session wrote were kept in the connection's temporary
tables only, which died with the process, and the copy with them was never saved.
The next start opened what the other program left, with no word: the session's
grades were gone. They are now kept in a file beside the store at each commit, and
the next start that finds the store lacking them saves a copy with them and says so."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup, restore_sources
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)
ROOT = Path(__file__).resolve().parents[3]

# The app's process: grades, its log checkpointed into the file as a long session's
# is, then it waits to be killed. `edit` also changes a question (a row updated).
SESSION = """
import sys
from studyapp.core.store import Store
from tests.helpers.cards import record
store = Store.open(sys.argv[1])
store._conn.execute("PRAGMA wal_autocheckpoint = 1")
qid = store.questions()[0].id
for n in range(int(sys.argv[3])):
    record(store, qid, 2 + n % 3, 5.0, "study", int(sys.argv[2]) + n)
if sys.argv[4] == "edit":
    store.set_suspended([store.questions()[1].id])
if sys.argv[5:] == ["emptied"]:  # its log emptied into the file just before the kill
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print("ready", flush=True)
sys.stdin.read()
"""


def put_over(how: str, older: Path, path: Path) -> None:
    if how == "cp":
        subprocess.run(["cp", str(older), str(path)], check=True)
    elif how == "python-in-place":
        with open(path, "r+b") as f:
            f.write(older.read_bytes())
            f.truncate()
    else:  # a sync tool renaming another copy over it
        os.replace(shutil.copyfile(older, path.with_name(".sync-tmp")), path)


def session(path: Path, grades: int, edit: str = "-", *more: str) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(path), str(SESSION_MS), str(grades), edit, *more],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def kept_files(path: Path) -> set[Path]:
    """The files of kept rows beside the store (core.store.session_rows), not SQLite's
    own beside them (-wal, -shm)."""
    return {p for p in path.parent.glob("*.session-*") if p.name.rsplit("-", 1)[-1].isdigit()}


def killed(child: subprocess.Popen) -> None:
    with child:  # its pipes closed
        child.kill()


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
        older = make_backup(store, tmp_path / "elsewhere", NOW)  # what the other program puts
    return path, older


@pytest.mark.parametrize(
    ("how", "grades", "edit"),
    [("cp", 4, "-"), ("python-in-place", 7, "edit"), ("replaced", 5, "edit")],
)
def test_a_kill_after_the_store_was_written_over_keeps_the_session(data, how, grades, edit):
    path, older = data
    child = session(path, grades, edit)
    put_over(how, older, path)
    killed(child)  # before any poll or write of the app's saw it
    left = kept_files(path)
    assert left  # the session's rows, on disk as it went

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    assert report is not None and report.session is not None
    copy = report.session.copy
    with again:
        assert len(again.reviews()) == 3  # what the other program left, opened as it is
        sources = restore_sources(again, path.parent / "backups")
        assert copy in [source.path for source in sources]  # Backups… offers it
    assert copy is not None and copy.parent == path.parent and "-open-" in copy.name
    assert "ended without closing" in report.message and copy.name in report.message
    assert "restore that copy in File → Backups…" in report.message
    with Store.open_read_only(copy) as saved:  # every grade of the session, in order
        times = [r.reviewed_at_ms for r in saved.reviews()]
        assert sorted(t for t in times if t >= SESSION_MS) == [
            SESSION_MS + n for n in range(grades)
        ]
        assert len(times) == 3 + grades
        if edit == "edit":
            assert saved.questions()[1].suspended
    assert not left & kept_files(path)  # settled

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is None  # said once


def test_a_kill_of_a_store_left_alone_saves_no_copy(data):
    path, _older = data
    child = session(path, 4, "edit")
    killed(child)
    left = kept_files(path)
    assert left

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    with again:
        assert len(again.reviews()) == 3 + 4
    assert report is None
    assert not list(path.parent.glob("*-open-*")) and not left & kept_files(path)


def test_a_clean_close_of_a_store_left_alone_says_nothing_at_the_next_start(data):
    path, _older = data
    with Store.open(path) as store:
        store.set_setting("theme", "dark")
    left = kept_files(path)
    assert len(left) == 1  # for the next start to look at
    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is None
    assert not list(path.parent.glob("*-open-*")) and not left & kept_files(path)


def graded(path: Path, grades: int = 3) -> Store:
    from tests.helpers.cards import record

    store = Store.open(path)
    store._conn.execute("PRAGMA wal_autocheckpoint = 1")
    qid = store.questions()[0].id
    for n in range(grades):
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    return store


@pytest.mark.parametrize("how", ["cp", "replaced"])
def test_a_store_put_over_while_the_app_was_closed_is_said_plainly_with_the_session(data, how):
    """A clean close keeps the session's rows beside the store for the next start: a
    sync tool putting another computer's older copy in place while StudyApp is
    closed is told from them, and the session saved with the store found."""
    path, older = data
    graded(path, 3).close()
    left = kept_files(path)
    put_over(how, older, path)  # a sync tool, while StudyApp is closed

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    with again:
        assert len(again.reviews()) == 3  # as that program left it
    assert report is not None and report.session is not None
    assert report.title == "Your study data was changed by another program since your last session"
    assert "since StudyApp last closed" in report.message
    assert "lacks 3 grades made in StudyApp's last session" in report.message  # not rows
    copy = report.session.copy
    assert copy is not None and copy.name in report.message
    with Store.open_read_only(copy) as saved:  # the store found, with the session added
        assert len(saved.reviews()) == 3 + 3
    assert not left & kept_files(path)


def test_two_stores_of_the_process_closing_leave_the_next_start_nothing_to_say(data):
    """A re-import on a worker has the store open beside the window's, each keeping
    its rows: both closed cleanly, the next start finds every row in the store and
    deletes both files without a word."""
    from tests.helpers.cards import record

    path, _older = data
    before = kept_files(path)  # the fixture's own session
    window = graded(path, 2)
    worker = Store.open(path)
    record(worker, worker.questions()[1].id, 3, 5.0, "study", SESSION_MS + 50)
    theirs = kept_files(path) - before
    assert len(theirs) == 2
    worker.close()
    window.close()
    again, report = open_store_safely(path, path.parent / "backups", NOW)
    with again:
        assert len(again.reviews()) == 3 + 2 + 1
    assert report is None and not (theirs | before) & kept_files(path)


def test_a_store_put_over_while_open_is_said_at_the_next_start_as_what_it_is(data):
    """Quit within 2 s of the other program's write: the window's poll had not run.
    The close saves the session; the next start says what happened, not "a sync
    tool's copy"."""
    path, older = data
    store = graded(path, 3)
    put_over("cp", older, path)
    store.close()
    (saved,) = path.parent.glob("studyapp-open-*.sqlite3")
    with Store.open_read_only(saved) as kept:
        assert len(kept.reviews()) == 3 + 3

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is not None and report.session is not None
    assert "While StudyApp last had it open" in report.message
    assert saved.name in report.message and "sync tool makes such a copy" not in report.message
    assert report.session.copy is not None and report.session.copy != saved
    with Store.open_read_only(report.session.copy) as merged:
        assert len(merged.reviews()) == 3 + 3


def test_a_restore_the_person_chose_is_no_other_programs_doing(data, tmp_path):
    from studyapp.core.backup import restore_backup

    path, older = data
    graded(path, 3).close()
    left = kept_files(path)
    restore_backup(older, path, path.parent / "backups", NOW)
    assert not left & kept_files(path)
    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is None
    assert not list(path.parent.glob("*-open-*"))


def test_a_row_another_program_changed_while_the_app_was_closed_is_no_replaced_store(data):
    """A hand edit through SQLite (a database browser) of a grade the session made:
    the store is the same, its rows all there; nothing to say."""
    import contextlib
    import sqlite3

    path, _older = data
    graded(path, 3).close()
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("UPDATE reviews SET seconds = 9 WHERE reviewed_at_ms >= ?", (SESSION_MS,))
    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is None and not list(path.parent.glob("*-open-*"))


def test_the_kept_rows_of_another_computer_sharing_the_folder_are_its_own(data):
    """A folder a sync tool shares with another computer holds that computer's files
    of kept rows: its store, its processes; not this start's to judge."""
    path, older = data
    graded(path, 3).close()
    (mine,) = kept_files(path)
    theirs = mine.rename(path.with_name(f"{path.name}.session-0ther000-1234-1"))
    put_over("cp", older, path)

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is None and not list(path.parent.glob("*-open-*"))
    assert theirs.exists()  # left for its own computer


@pytest.mark.parametrize("then", ["nothing", "a session of its own"])
def test_the_kept_rows_of_another_studyapp_still_running_are_its_own(data, then):
    """Another StudyApp writing the same store (its data folder linked to this one)
    is running: its file of kept rows is its own. The start took it for a crashed
    session's and deleted it (the store held its rows): a kill of that app after its
    store was written over then lost its session."""
    path, older = data
    before = kept_files(path)  # the fixture's own session, closed cleanly
    child = session(path, 4)
    (theirs,) = kept_files(path) - before

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    if then != "nothing":
        from tests.helpers.cards import record

        record(again, again.questions()[1].id, 3, 5.0, "study", SESSION_MS + 99)
    again.close()
    assert report is None and theirs in kept_files(path)  # the other app's, as it was

    put_over("cp", older, path)
    killed(child)
    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is not None and report.session is not None  # said, and saved
    assert report.session.copy is not None
    with Store.open_read_only(report.session.copy) as saved:
        assert len([r for r in saved.reviews() if r.reviewed_at_ms < SESSION_MS + 99]) == 3 + 4
    assert theirs not in kept_files(path)

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


def session(path: Path, grades: int, edit: str = "-") -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(path), str(SESSION_MS), str(grades), edit],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


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

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    assert report is not None and report.session is not None
    copy = report.session.copy
    with again:
        assert len(again.reviews()) == 3  # what the other program left, opened as it is
        sources = restore_sources(again, path.parent / "backups")
        assert copy in [source.path for source in sources]  # Backups… offers it
    assert copy is not None and copy.parent == path.parent and "-open-" in copy.name
    assert "ended without closing" in report.message and copy.name in report.message
    assert "studyapp restore" in report.message
    with Store.open_read_only(copy) as saved:  # every grade of the session, in order
        times = [r.reviewed_at_ms for r in saved.reviews()]
        assert sorted(t for t in times if t >= SESSION_MS) == [
            SESSION_MS + n for n in range(grades)
        ]
        assert len(times) == 3 + grades
        if edit == "edit":
            assert saved.questions()[1].suspended
    assert not list(path.parent.glob("*.session-*"))  # settled

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    again.close()
    assert report is None  # said once


def test_a_kill_of_a_store_left_alone_saves_no_copy(data):
    path, _older = data
    child = session(path, 4, "edit")
    assert list(path.parent.glob("*.session-*"))  # kept beside it as it went
    killed(child)

    again, report = open_store_safely(path, path.parent / "backups", NOW)
    with again:
        assert len(again.reviews()) == 3 + 4
    assert report is None
    assert not list(path.parent.glob("*-open-*")) and not list(path.parent.glob("*.session-*"))


def test_a_clean_close_leaves_no_file_of_kept_rows(data):
    path, _older = data
    with Store.open(path) as store:
        store.set_setting("theme", "dark")
        assert list(path.parent.glob("*.session-*"))
    assert not list(path.parent.glob("*.session-*"))


def test_a_close_soon_after_the_store_was_written_over_saves_the_session(data):
    """Quit within 2 s of the other program's write: the window's poll had not run."""
    from tests.helpers.cards import record

    path, older = data
    store = Store.open(path)
    store._conn.execute("PRAGMA wal_autocheckpoint = 1")
    qid = store.questions()[0].id
    for n in range(3):
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    put_over("cp", older, path)
    store.close()

    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    with Store.open_read_only(copy) as saved:
        assert len(saved.reviews()) == 3 + 3
    assert not list(path.parent.glob("*.session-*"))

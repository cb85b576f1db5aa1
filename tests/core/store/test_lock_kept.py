"""The window's process keeps SQLite's lock on its store file for as long as it has
the store open.

POSIX locks belong to a process, and closing any file the process opened on the
store's file drops all of them, the lock of the window's own connection included.
Without it, any other program's connection that closes (a database browser, a
sync tool's check, an older StudyApp's command) takes itself for the last one,
checkpoints the log and deletes it while the window still writes to it: the
window's next grades are lost at a crash, and its next connection starts a second
log over the first. So what the app does with the open store must never open and
close the store's file outside SQLite.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.early_check import EarlyCheck
from tests.helpers.cards import record
from tests.history import doc

NOW = datetime(2026, 3, 1, tzinfo=UTC)
OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM questions").fetchone()
conn.close()
"""


def other_program_reads(path: Path) -> None:
    """A plain read-write connection in another process: opened, read, closed."""
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path)], check=True, timeout=60)


def grades_after_a_crash(path: Path, tmp_path: Path) -> set[str]:
    """The reviews the next start finds if the process dies now (its files as they are)."""
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copyfile(f"{path}{suffix}", crashed / f"{path.name}{suffix}")
    with contextlib.closing(sqlite3.connect(crashed / path.name)) as conn:
        return {row[0] for row in conn.execute("SELECT question_id FROM reviews")}


def test_the_start_keeps_the_lock_and_a_program_beside_it_leaves_the_log(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as first_day:
        first_day.import_document(doc([("Q1?", "A.", ("T",)), ("Q2?", "B.", ("T",))]), "n", "h")
    # A start as the window makes it: the early check on its thread, then the open path.
    store, report = open_store_safely(path, tmp_path / "backups", NOW, early=EarlyCheck.start(path))
    assert report is None
    with store:
        one, two = (q.id for q in store.questions())
        record(store, one, 3, 5.0, "study", 1_000)
        other_program_reads(path)
        assert Path(f"{path}-wal").exists()
        record(store, two, 4, 5.0, "study", 2_000)
        assert grades_after_a_crash(path, tmp_path) == {one, two}


def test_backups_and_checks_made_while_the_store_is_open_keep_the_lock(tmp_path):
    from studyapp.core.store.backup import database_problem
    from studyapp.core.store.backup_writer import make_backup

    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.import_document(doc([("Q1?", "A.", ("T",)), ("Q2?", "B.", ("T",))]), "n", "h")
        one, two = (q.id for q in store.questions())
        record(store, one, 3, 5.0, "study", 1_000)
        # What the window does now and then with its store open: a backup (on its
        # timer, Back Up Now) and a look at the file for damage.
        make_backup(store, tmp_path / "backups", NOW, "automatic")
        make_backup(store, tmp_path / "backups", NOW, "manual", progress=lambda *_: None)
        assert database_problem(path) is None
        other_program_reads(path)
        assert Path(f"{path}-wal").exists()
        record(store, two, 4, 5.0, "study", 2_000)
        assert grades_after_a_crash(path, tmp_path) == {one, two}

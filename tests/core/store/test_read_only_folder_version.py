"""A data folder this user cannot write (another user's, or made read-only after
StudyApp ran in it, leaving its log and shared memory there): SQLite cannot use the
shared memory and reads the log afresh at every read, so its `data_version` moved
each time, and a read-only window said "Your study data changed outside this window:
reloaded." every 2 seconds with nothing changed. A read-only store's version now
moves only when its file or its log changed too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studyapp.core.store import Store
from studyapp.core.watch import StoreWatch
from tests.core.test_backup import fill

ROOT = Path(__file__).resolve().parents[3]


class EveryReadMoves:
    """A connection as SQLite's is without its shared memory: `data_version` moves at
    every read."""

    def __init__(self, conn) -> None:
        self._conn, self._reads = conn, 100

    def execute(self, sql, *args):
        if sql.strip().upper() == "PRAGMA DATA_VERSION":
            self._reads += 1
            return self._conn.execute(f"SELECT {self._reads}")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture
def path(tmp_path) -> Path:
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=2)
    return path


def test_nothing_changed_is_not_a_change_and_a_commit_still_is(path):
    with Store.open_read_only(path) as reader:
        reader._conn = EveryReadMoves(reader._conn)
        watch = StoreWatch(reader.data_version)
        assert [watch.changed() for _ in range(3)] == [False, False, False]
        with Store.open(path) as writer:  # the writing window grades
            writer.set_setting("theme", "dark")
            assert watch.changed()
            assert not watch.changed()
            writer.set_setting("theme", "light")  # a second commit: seen too
            assert watch.changed()
        assert [watch.changed() for _ in range(3)] == [False, False, False]


def test_a_writer_still_sees_every_other_connections_commit(path):
    with Store.open(path) as window, Store.open(path) as other:
        watch = StoreWatch(window.data_version)
        assert not watch.changed()
        other.set_setting("theme", "dark")
        assert watch.changed()
        window.set_setting("theme", "light")  # its own: not another's
        assert not watch.changed()


def _nobody_python() -> list[str] | None:
    """A command running this checkout's Python code as an unprivileged user, where the
    machine allows it (root, setpriv, a Python outside root's home)."""
    setpriv, python = shutil.which("setpriv"), shutil.which("python3", path="/usr/bin:/bin")
    if os.name != "posix" or os.geteuid() != 0 or not setpriv or not python:
        return None
    command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", python]
    probe = subprocess.run(
        [*command, "-c", "import studyapp.core.store"],
        env={"PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        cwd="/",
    )
    return command if probe.returncode == 0 else None


def test_a_real_folder_another_user_owns(path):
    """The files a writer left (its log emptied, its shared memory) in a folder this
    user can only read: SQLite's own version moved at every read there."""
    command = _nobody_python()
    if command is None:
        pytest.skip("needs root, setpriv and a system Python to run as another user")
    with Store.open(path) as store:  # closed without its checkpoint, as a crash leaves it
        store.set_setting("theme", "dark")
        shutil.copyfile(path.with_name(path.name + "-shm"), path.parent / "shm")
    (path.parent / "shm").rename(path.with_name(path.name + "-shm"))
    path.with_name(path.name + "-wal").write_bytes(b"")
    for folder in path.parents:
        if folder == Path(folder.anchor):
            break
        os.chmod(folder, os.stat(folder).st_mode | 0o005)  # others may read and enter
    script = textwrap.dedent(
        """
        import sys
        from studyapp.core.store import Store
        from studyapp.core.watch import StoreWatch
        with Store.open_read_only(sys.argv[1]) as store:
            watch = StoreWatch(store.data_version)
            changes = 0
            for _ in range(5):  # the window reads, and polls
                assert len(store.reviews()) == 2
                changes += watch.changed()
            print(changes)
        """
    )
    out = subprocess.run(
        [*command, "-c", script, str(path)],
        env={"PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))

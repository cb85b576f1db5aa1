"""Backups made side by side or stopped half-way. Two of one store for the same reason
in the same second (`studyapp backup` run twice at once, or beside the window's Back
Up Now): each writes its own temporary copy, both succeed, and what is left passes
its check. One stopped by a full disk leaves nothing behind, its journal included."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import list_backups, make_backup
from studyapp.core.store import Store
from studyapp.core.store.backup import check_backup

NOW = datetime(2026, 12, 4, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("reason", ["manual", "close"])
def test_a_second_backup_in_the_same_second_does_not_share_the_first_ones_copy(tmp_path, reason):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.set_setting("marker", "x" * 200_000)  # a few pages to copy in steps
    folder = tmp_path / "backups"
    inner: list[object] = []

    def meanwhile(_step: str, _percent: int) -> None:
        if not inner:  # while the first copies, the other one runs start to end
            inner.append(make_backup(path, folder, NOW, reason))

    outer = make_backup(path, folder, NOW, reason, progress=meanwhile)

    assert inner and inner[0] is not None
    for info in list_backups(folder):
        check_backup(info.path)
    assert outer.exists()
    assert not [p for p in folder.iterdir() if ".partial" in p.name]


_FULL_DISK_BACKUP = """
import resource, signal, sys
import subprocess
import sys
from datetime import UTC, datetime
from studyapp.core.backup import make_backup
from studyapp.core.store import StoreError

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # writes past it fail
try:
    make_backup(sys.argv[1], sys.argv[2], datetime(2026, 12, 4, tzinfo=UTC))
except StoreError as exc:
    print(exc)
    raise SystemExit(2)
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="RLIMIT_FSIZE")
def test_a_backup_stopped_by_a_full_disk_leaves_nothing_in_the_backups_folder(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.set_setting("marker", "x" * 8_000_000)  # copied in several steps
    folder = tmp_path / "backups"

    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_BACKUP, str(path), str(folder), "100000"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 2, done.stderr
    assert "not made" in done.stdout
    assert list(folder.iterdir()) == []  # no copy, and no journal of one


_FULL_DISK_RESTORE = """
import resource, signal, sys
from datetime import UTC, datetime
from studyapp.core.backup import restore_backup
from studyapp.core.store import StoreError

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[4])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # writes past it fail
try:
    restore_backup(sys.argv[1], sys.argv[2], sys.argv[3], datetime(2026, 12, 4, tzinfo=UTC))
except StoreError as exc:
    print(exc)
    raise SystemExit(2)
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="RLIMIT_FSIZE")
def test_a_restore_stopped_by_a_full_disk_leaves_the_store_and_no_staged_copy(tmp_path):
    folder = tmp_path / "backups"
    backup = tmp_path / "old.sqlite3"
    with Store.open(backup) as old:
        old.set_setting("marker", "y" * 8_000_000)  # copied in several steps
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.set_setting("mine", "kept")

    places = [str(backup), str(path), str(folder)]
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_RESTORE, *places, "100000"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode == 2, done.stderr
    assert "full" in done.stdout or "not" in done.stdout.casefold()
    assert [p.name for p in tmp_path.iterdir() if ".restoring" in p.name] == []
    with Store.open(path) as store:
        assert store.get_setting("mine") == "kept"

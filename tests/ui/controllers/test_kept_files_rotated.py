"""The files StudyApp keeps beside the data instead of deleting them (a damaged store
moved aside, a log set aside, a session's copy) piled up without limit and out of
sight: five starts on a damaged 14 MB store took the folder from 43 to 101 MB. They are
listed now (Backups…, `backup --list`) with their size and date, and a start keeps the
newest few of each kind, never the only copy of a grade (core.store.kept_files)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studyapp.cli import main
from studyapp.core.format import size_label
from studyapp.core.store import Store
from studyapp.core.store.kept_files import KEEP
from tests.core.test_backup import fill
from tests.helpers.cards import record

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def kept_beside(path: Path, copies: int, logs: int, holding: int) -> Path:
    """`copies` damaged copies of the store at `path` moved aside at five starts, the
    oldest but one holding `holding` grades the store lacks; `logs` logs set aside."""
    for n in range(copies):
        copy = path.with_name(f"{path.name}.damaged-20301201T10{n:02d}00Z")
        shutil.copyfile(path, copy)
        if n == 1 and holding:
            with Store.open(copy) as old:
                qid = old.questions()[0].id
                for g in range(holding):
                    record(old, qid, 3, 5.0, "study", 500_000 + g)
            Path(f"{copy}-wal").unlink(missing_ok=True)
            Path(f"{copy}-shm").unlink(missing_ok=True)
    for n in range(logs):
        path.with_name(f"{path.name}-wal.set-aside-20301201T11{n:02d}00Z").write_bytes(b"x" * 99)
        path.with_name(f"{path.name}-shm.set-aside-20301201T11{n:02d}00Z").write_bytes(b"y")
    return path.with_name(f"{path.name}.damaged-20301201T100100Z")


@pytest.mark.parametrize(("copies", "logs", "holding"), [(5, 5, 2), (7, 4, 0)])
def test_kept_files_are_listed_and_a_start_keeps_the_newest_and_the_only_copies(
    make_window, tmp_path, capsys, copies, logs, holding
):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
    only = kept_beside(path, copies, logs, holding)

    assert main(["backup", "--list", "--data-dir", str(path.parent)]) == 0
    listed = capsys.readouterr().out
    assert listed.count("Damaged data, set aside") == copies
    assert listed.count("Log set aside") == logs
    assert f"{size_label(only.stat().st_size)}  Damaged data" in listed
    assert "2030-12-01 10:01:00 UTC" in listed

    with Store.open(path) as store:
        window = make_window(store=store)  # the start, after its first paint
        damaged = sorted(p.name for p in path.parent.glob("*.damaged-*Z"))
        newest = [f"{path.name}.damaged-20301201T10{n:02d}00Z" for n in range(copies)][-KEEP:]
        assert damaged == sorted([*newest, *([only.name] if holding else [])])
        assert len(list(path.parent.glob("*-wal.set-aside-*"))) == min(logs, KEEP)
        assert len(list(path.parent.glob("*-shm.set-aside-*"))) == min(logs, KEEP)
        dialog = window.controllers["data_safety"].show_backups()
        kinds = [
            dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())
        ]
        assert kinds.count("Damaged data, set aside") == len(damaged)
        dialog.close()
        window.close()


@pytest.mark.parametrize("holding", [2, 0])
def test_a_kept_file_is_deleted_from_backups_once_told_what_it_holds(
    make_window, tmp_path, qtbot, holding
):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
    copy = kept_beside(path, 2, 0, holding)
    Path(f"{copy}-wal").write_bytes(b"")  # a side file goes with it

    with Store.open(path) as store:
        window = make_window(store=store)
        dialog = window.controllers["data_safety"].show_backups()
        assert dialog.select(copy)
        assert dialog.delete_button.isEnabled()
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        words = dialog.confirm_text.text()
        if holding:
            assert f"It holds {holding} reviews that your study data lacks" in words
        else:
            assert "It holds nothing your study data lacks" in words
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert not copy.exists() and not Path(f"{copy}-wal").exists()
        assert copy not in [b.path for b in dialog.backups]
        assert len(store.reviews()) == 3  # the data itself untouched
        dialog.close()
        window.close()

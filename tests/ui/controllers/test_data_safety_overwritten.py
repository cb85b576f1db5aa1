"""The window's store written into by another program (`cp backup studyapp.sqlite3`
while the window is open): the poll said nothing, grades went on into the log laid
over the other program's pages, Back Up Now refused with SQLite's own text, and
closing the window wrote the mix into the file. Now the window's poll says what
happened, Back Up Now says the same in plain words, and closing writes nothing."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from tests.ui.conftest import T0

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("writer", ["cp", "cat"])
def test_the_window_says_so_backs_nothing_up_and_closes_without_writing(
    qtbot, make_window, store, tmp_path, writer
):
    older = make_backup(store, tmp_path / "elsewhere", T0 - timedelta(hours=1), "manual")
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)
    store.set_setting("theme", "dark")  # a write of this session
    path = Path(store.path)
    command = ["cp", str(older), str(path)]
    if writer == "cat":
        command = ["sh", "-c", f'cat "{older}" > "{path}"']
    subprocess.run(command, check=True)
    put_there = digest(path)
    said = []
    live.said.connect(said.append)

    assert not live.poll_store()  # the look at the file runs on the pool: said when it answers
    qtbot.waitUntil(lambda: bool(said) and not live.checking_file, timeout=20000)
    assert not live.poll_store()  # said once
    assert not live.checking_file  # not looked at again
    (line,) = said
    assert "written into by another program" in line and "-open-" in line
    shown = window.statusBar().currentMessage()  # the plain words first, the rest a tooltip
    assert shown.startswith("Your study data file was written into by another program")

    data_safety = window.controllers["data_safety"]
    assert not data_safety.backup_now()
    ((kind, title, text),) = window.messages.shown
    assert kind == "error" and title == "Could not back up"
    assert "overwritten by another program" in text and "-open-" in text
    assert "malformed" not in text and "index" not in text

    window.close()
    store.close()
    assert digest(path) == put_there  # nothing of the window's laid over it
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_grades_after_a_backup_copied_over_the_store_are_refused_and_the_session_kept(
    qtbot, make_window, store, tmp_path
):
    """The tester's steps: graded 2, `cp` of a manual backup over the store, graded 2
    more, quit. The next check found rows missing from an index, and the next start
    kept reviews of questions it showed as New."""
    from studyapp.core.store import Store
    from tests.ui.window_helpers import start_studying

    backups = tmp_path / "backups"
    manual = make_backup(store, backups, T0 - timedelta(hours=1), "manual")
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    for _ in range(2):
        window.reveal()
        assert window.grade(3) is not None
    path = Path(store.path)
    store_cards = {r.question_id: store.card_json(r.question_id) for r in store.reviews()}
    subprocess.run(["cp", str(manual), str(path)], check=True)
    put_there = digest(path)

    window.reveal()
    assert window.grade(3) is None  # refused: the question stays on screen
    ((kind, title, text),) = window.messages.shown
    assert (kind, title) == ("error", "Could not save the grade")
    assert "overwritten by another program" in text
    window.close()
    store.close()

    assert digest(path) == put_there
    (copy,) = path.parent.glob("*-open-*.sqlite3")
    with Store.open_read_only(copy) as saved:
        reviews = saved.reviews()
        assert len(reviews) == 2  # the session's two grades, none after
        assert {r.question_id for r in reviews} <= {q.id for q in saved.questions()}
        assert all(saved.card_json(r.question_id) == store_cards[r.question_id] for r in reviews)

"""The app killed (`kill -9`, a crash) and then its store's log (studyapp.sqlite3-wal)
deleted by the person: the session's last grades were in that log only. The start
found them in the rows the session kept beside the store and saved a copy with them,
but said two stories at once ("another program wrote over the file…" and "the log
was deleted…"), counted rows ("lacks 4 changes" for 2 grades) and offered nothing
to click. It now tells the one story that applies, counts grades, and offers the
copy; `studyapp backup --list` lists that copy as Backups… does."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)
ROOT = Path(__file__).resolve().parents[3]

# The app's process: grades on `argv[2]` questions (one each, in turn), their commits
# left in the log (no checkpoint), an edit where asked; then it waits to be killed.
SESSION = """
import sys
from studyapp.core.store import Store
from tests.helpers.cards import record
store = Store.open(sys.argv[1])
store._conn.execute("PRAGMA wal_autocheckpoint = 0")
questions = store.questions()
for n in range(int(sys.argv[2])):
    record(store, questions[n % int(sys.argv[3])].id, 3, 5.0, "study", {ms} + n)
if sys.argv[4] == "edit":
    store.set_suspended([questions[-1].id])
print("ready", flush=True)
sys.stdin.read()
""".replace("{ms}", str(SESSION_MS))


def killed_then_log_deleted(path: Path, grades: int, questions: int, edit: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(path), str(grades), str(questions), edit],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with child:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        child.kill()
    os.remove(f"{path}-wal")  # the person deletes the log; its -shm stays


def store_with_reviews(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
    return path


@pytest.mark.parametrize(
    ("grades", "questions", "edit", "said"),
    [
        (2, 2, "-", "2 grades made in that session were only in it"),  # the tester's
        (3, 1, "-", "3 grades made in that session were only in it"),  # one card, 3 grades
        (1, 1, "edit", "1 grade and 1 other change made in that session were only in it"),
    ],
)
def test_a_log_deleted_after_a_kill_is_said_alone_counted_in_grades_and_offered(
    tmp_path, grades, questions, edit, said
):
    path = store_with_reviews(tmp_path)
    killed_then_log_deleted(path, grades, questions, edit)

    store, report = open_store_safely(path, path.parent / "backups", NOW)
    with store:
        assert len(store.reviews()) == 3  # the grades went with the log
    assert report is not None and report.session is not None
    message = report.message
    assert said in message
    assert "studyapp.sqlite3-wal) was deleted" in message
    assert "another program" not in message  # the story that does not apply
    assert "may be missing" not in message  # nor the log's again, vaguer
    assert "log" in report.title and "another program" not in report.title
    assert report.offers_session  # the start offers the copy in one step
    copy = report.session.copy
    assert copy is not None and copy.name in message
    with Store.open_read_only(copy) as saved:
        assert len(saved.reviews()) == 3 + grades
        if edit == "edit":
            assert saved.questions()[-1].suspended


def test_a_copy_put_over_the_store_after_a_kill_still_says_another_program(tmp_path):
    """The log left in place: the store lacking the session's rows was put over by
    another program, as said before, its rows counted as grades too."""
    from studyapp.core.backup import make_backup
    from tests.core.store.test_session_kept_through_a_kill import killed, session

    path = store_with_reviews(tmp_path)
    with Store.open(path) as store:
        older = make_backup(store, tmp_path / "elsewhere", NOW)
    child = session(path, 2, "-")
    subprocess.run(["cp", str(older), str(path)], check=True)
    killed(child)
    store, report = open_store_safely(path, path.parent / "backups", NOW)
    store.close()
    assert report is not None
    assert "another program wrote over the file" in report.message
    assert "lacks 2 grades made in it" in report.message


@pytest.mark.parametrize("answer", [True, False])
def test_the_start_restores_the_copy_in_one_step_when_asked(tmp_path, answer):
    from studyapp import startup
    from tests.ui.conftest import ScriptedMessages

    path = store_with_reviews(tmp_path)
    killed_then_log_deleted(path, 2, 2, "-")

    class Texts(ScriptedMessages):  # keeps each question's text too
        def __init__(self) -> None:
            super().__init__()
            self.texts: list[str] = []

        def confirm(self, title, headline, text, *args, **kwargs):
            self.texts.append(text)
            return super().confirm(title, headline, text, *args, **kwargs)

    messages = Texts()
    messages.answers = [answer]
    opened = startup.open_user_store(path.parent, messages, NOW, ask=None)
    assert opened is not None
    try:
        assert len(opened.store.reviews()) == 3 + (2 if answer else 0)
    finally:
        opened.store.close()
        opened.release()
    ((kind, _title, _headline),) = messages.shown  # one message, a question
    assert kind == "confirm" and "deleted" in messages.texts[0]  # (the title is short)


def test_backup_list_on_the_command_line_lists_the_copy_as_backups_does(tmp_path):
    from studyapp.core.backup import restore_sources

    path = store_with_reviews(tmp_path)
    killed_then_log_deleted(path, 2, 2, "-")
    store, report = open_store_safely(path, path.parent / "backups", NOW)
    with store:
        window_lists = restore_sources(store, path.parent / "backups")
    assert report is not None and report.session is not None
    copy = report.session.copy
    listed = subprocess.run(
        [sys.executable, "-m", "studyapp", "backup", "--list", "--data-dir", str(path.parent)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    assert [str(b.path) for b in window_lists] == [str(copy)]
    line = next(line for line in listed.stdout.splitlines() if str(copy) in line)
    assert "Copy beside your data: 2 newer reviews" in line


def test_backup_list_lists_a_sync_tools_copy_with_newer_reviews_too(tmp_path):
    """The other kind of copy Backups… lists beside the backups: a sync tool's."""
    import shutil

    from tests.helpers.cards import record

    path = store_with_reviews(tmp_path)
    other = path.with_name("studyapp (Sam's conflicted copy 2026-12-01).sqlite3")
    shutil.copyfile(path, other)
    with Store.open(other) as theirs:
        for n in range(3):
            record(theirs, theirs.questions()[n].id, 3, 5.0, "study", SESSION_MS + n)
    listed = subprocess.run(
        [sys.executable, "-m", "studyapp", "backup", "--list", "--data-dir", str(path.parent)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if str(other) in line)
    assert "Copy beside your data: 3 newer reviews" in line


def test_no_copy_could_be_saved_then_none_is_promised_nor_offered(tmp_path, monkeypatch):
    from studyapp.core.store import replaced

    path = store_with_reviews(tmp_path)
    killed_then_log_deleted(path, 2, 2, "-")
    monkeypatch.setattr(replaced, "save_open_copy", lambda _c, _p: (None, "the disk is full"))
    store, report = open_store_safely(path, path.parent / "backups", NOW)
    store.close()
    assert report is not None and report.session is not None
    assert report.session.copy is None and not report.offers_session
    assert "copy" not in report.title
    assert "2 grades made in that session were only in it" in report.message
    assert "(the disk is full); it tries again at the next start" in report.message

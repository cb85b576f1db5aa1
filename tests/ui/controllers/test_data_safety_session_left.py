"""The start that finds the store replaced by another program since the last session
(a sync tool putting another computer's copy in place while StudyApp was closed)
named a copy at best; going on with the session's grades meant finding it in
Backups… or typing a command. The start now says what happened and offers, in the
same message, to restore the copy holding the store as found and the session's
changes; the database it replaces is kept as a backup."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from studyapp import startup
from studyapp.core.backup import list_backups, make_backup
from studyapp.core.store import Store
from tests.core.store.test_session_kept_through_a_kill import killed, session
from tests.core.test_backup import fill
from tests.ui.conftest import ScriptedMessages

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)


@pytest.fixture
def replaced(tmp_path, request):
    """A data folder whose store was put over by an older copy after a session of 3
    grades was killed, its log emptied into the file (`cp` in place, or a copy
    renamed over it). A clean close leaves no kept rows: the store holds them."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=3)
        older = make_backup(store, tmp_path / "elsewhere", NOW)
    how, log = request.param
    killed(session(path, 3, "-", *(["emptied"] if log == "emptied" else [])))
    if how == "cp":
        subprocess.run(["cp", str(older), str(path)], check=True)
    else:
        os.replace(shutil.copyfile(older, folder / ".sync-tmp"), path)
    return folder


class Texts(ScriptedMessages):
    text = ""

    def confirm(self, title, headline, text, *args, **kwargs):
        self.text = text
        return super().confirm(title, headline, text, *args, **kwargs)


@pytest.mark.parametrize(
    "replaced",
    [("cp", "emptied"), ("renamed", "emptied"), ("cp", "log left"), ("renamed", "log left")],
    indirect=True,
)
def test_the_start_offers_the_session_back_and_restores_it(replaced):
    """The killed session's log, left beside the file put over the store, is set aside
    (not the file's own): said, and no reason not to offer the session back, which
    the start did not do."""
    messages = Texts()
    messages.answers = [True]
    opened = startup.open_user_store(replaced, messages, NOW, ask=None)
    assert opened is not None
    try:
        assert len(opened.store.reviews()) == 3 + 3  # what was there, and the session
    finally:
        opened.store.close()
        opened.release()
    ((kind, _title, headline),) = messages.shown
    # (the title is short, "Your study data": the sentence is the question's)
    assert kind == "confirm" and "changed by another program" in headline + messages.text
    assert "session" in headline
    asides = list(replaced.glob("*-wal.set-aside-*"))
    if asides:  # said where it is
        assert str(asides[0]) in messages.text
    (before,) = [b for b in list_backups(replaced / "backups") if b.reason == "before-restore"]
    with Store.open_read_only(before.path) as kept:
        assert len(kept.reviews()) == 3  # what the other program put there, kept


@pytest.mark.parametrize("replaced", [("cp", "emptied")], indirect=True)
def test_the_start_keeps_the_database_as_it_is_when_asked_to(replaced):
    messages = ScriptedMessages()
    messages.answers = [False]
    opened = startup.open_user_store(replaced, messages, NOW, ask=None)
    assert opened is not None
    try:
        assert len(opened.store.reviews()) == 3
    finally:
        opened.store.close()
        opened.release()
    (copy,) = replaced.glob("studyapp-open-*.sqlite3")  # kept, and listed in Backups…
    with Store.open_read_only(copy) as saved:
        assert len(saved.reviews()) == 3 + 3

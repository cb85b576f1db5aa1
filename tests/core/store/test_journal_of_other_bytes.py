"""A file under the store's journal name (``studyapp.sqlite3-journal``) whose bytes are
no journal's: a file another program half wrote, a sync tool's or an antivirus's stub.

SQLite takes any such file whose first byte is not zero for a hot journal and tries to
roll it back, which a read-only reader cannot: `studyapp decks` beside the running
window, and a second window, failed with "The study database is read-only. Check the
file's permissions", of a file whose permissions were right. Such a file is never the
journal of a store in write-ahead-log mode (as StudyApp's is): the store is read on its
own, and the next start sets the file aside, kept, and says so."""

from __future__ import annotations

import html
import random
from datetime import timedelta

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill
from tests.test_cli import run
from tests.ui.conftest import ScriptedMessages

OTHER_BYTES = {
    # Bytes of no file format, the same each run; the first not zero (a journal whose
    # first byte is zero is no hot journal to SQLite: os.urandom's one run in 256 was).
    "random": b"\x5a" + random.Random(4096).randbytes(4095),
    "text": b"This file was quarantined by your antivirus.\n",
}


@pytest.mark.parametrize("which", sorted(OTHER_BYTES))
def test_readers_beside_the_window_read_the_store_past_a_journal_of_other_bytes(tmp_path, which):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    journal = path.with_name(path.name + "-journal")
    lock = acquire_store_lock(folder)  # the window: its writer lock, its store open
    assert lock is not None
    with lock, Store.open(path) as window:
        fill(window, reviews=3)
        window.set_setting("store.full_check_at", (NOW - timedelta(hours=1)).isoformat())
        journal.write_bytes(OTHER_BYTES[which])

        result = run("decks", data_dir=folder)
        assert result.returncode == 0, result.stderr
        assert "AI" in result.stdout and "3 questions" in result.stdout

        messages = ScriptedMessages()
        second = startup.open_user_store(folder, messages, NOW, ask=None)  # a second window
        assert second is not None and second.read_only == startup.READ_ONLY_RUNNING
        try:
            assert len(second.store.reviews()) == 3
        finally:
            second.store.close()
        assert journal.read_bytes() == OTHER_BYTES[which]  # untouched by the readers

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)  # the next start
    assert opened is not None and opened.read_only is None
    try:
        assert len(opened.store.reviews()) == 3
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    assert kind == "warn" and "set aside" in html.unescape(text)
    kept = [p for p in folder.iterdir() if p.name.startswith(journal.name + ".set-aside-")]
    assert len(kept) == 1 and kept[0].read_bytes() == OTHER_BYTES[which]

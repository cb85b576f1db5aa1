"""The store missing, empty or damaged while a sync tool's copy of it beside it holds
every review ("studyapp (Sam's conflicted copy …).sqlite3": Dropbox renamed the store
itself into a conflicted copy, or the store broke after a sync).

The start restored the newest backup (older, fewer reviews) and said nothing of the
copy: only the next start named it, after the person had studied on the older data.
Now the report of the restore (or repair, or fresh start) names the copy, how many
newer reviews it holds, and the command that takes it in; the copy is left as it is."""

from __future__ import annotations

import hashlib
import html
import os
import shutil
from datetime import timedelta

import pytest

from studyapp import startup
from studyapp.cli import main
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill
from tests.helpers.cards import record
from tests.ui.conftest import ScriptedMessages

LOSSES = {
    "missing": lambda path: path.unlink(),
    "empty": lambda path: path.write_bytes(b""),
    "overwritten": lambda path: path.write_bytes(os.urandom(8192)),
}


@pytest.mark.parametrize("loss", sorted(LOSSES))
def test_a_sync_copy_holding_the_lost_reviews_is_named_at_the_restore(tmp_path, loss):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        make_backup(store, folder / "backups", NOW - timedelta(days=1), "auto")
        for n in range(4):
            record(store, ids[n % 3], 4, 2.0, "study", 90_000 + n)
    copy = folder / "studyapp (Sam's conflicted copy 2026-11-21).sqlite3"
    shutil.copyfile(path, copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    LOSSES[loss](path)

    for told in (True, False):  # said at the restore, not again at the next start
        messages = ScriptedMessages()
        opened = startup.open_user_store(folder, messages, NOW, ask=None)
        assert opened is not None
        opened.store.close()
        opened.release()
        text = html.unescape(" ".join(t for _k, _t, t in messages.shown))
        assert (copy.name in text and "4 reviews" in text and "studyapp restore" in text) == told
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before  # left as it is

    # as the report says (a script says --yes; at a terminal the person is asked)
    assert main(["restore", str(copy), "--yes", "--data-dir", str(folder)]) == 0
    with Store.open(path) as store:
        assert len(store.reviews()) == 7

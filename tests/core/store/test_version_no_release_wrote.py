"""A schema version in the store's header that no StudyApp this person used wrote (set
by hand in a database browser, by another tool, or a newer StudyApp tried once and
left): the start said "update StudyApp", an update that may not exist, and `studyapp
restore` refuses to replace a newer store. The message now names the way out that
keeps everything: move the file out of the folder (kept), and the next start restores
the newest backup, which this test follows."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError
from tests.core.test_backup import fill, review_rows

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "version", [2**31 - 1, SCHEMA_VERSION + 1, 4096], ids=["largest", "next", "far"]
)
def test_the_message_names_the_way_back_to_the_newest_backup(tmp_path, capsys, version):
    data = tmp_path / "data"
    data.mkdir()
    path = data / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=3)
        backup = make_backup(store, data / "backups", NOW, "auto")
    with path.open("r+b") as file:
        file.seek(60)
        file.write(version.to_bytes(4, "big"))
    before = path.read_bytes()

    with pytest.raises(StoreError) as raised:
        open_store_safely(path, data / "backups", NOW)
    hint = raised.value.hint
    assert f"move {path} out of it (keep it)" in hint
    assert "starts from your newest backup" in hint
    assert main(["decks", "--data-dir", str(data)]) == 2
    assert f"move {path} out of it" in capsys.readouterr().err
    assert path.read_bytes() == before  # still untouched

    shutil.move(path, tmp_path / "kept.sqlite3")  # as the message says
    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()
    assert report is not None and report.restored is not None
    assert report.restored.path == backup
    assert review_rows(path) == review_rows(backup) and len(review_rows(path)) == 3
    assert (tmp_path / "kept.sqlite3").read_bytes() == before

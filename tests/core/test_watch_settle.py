"""The window's watch (`SourceWatch(settle=True)`) re-imports a changed source only
once it is the same at two looks: a file a sync is still writing, or a folder one of
whose files is gone for a moment, is "settling" until then, and a source changed
back meanwhile is nothing to do. The command line's look (no settle) is as before."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.watch import SourceWatch
from tests.core.test_decks import save_by_rename

NOTES = "# Stats\n\n## What is variance?\n\nSpread.\n\n## What is a mean?\n\nCentre.\n"


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


def test_a_changed_source_settles_before_it_is_said_changed(store, tmp_path):
    notes = tmp_path / "stats.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    watch, plain = SourceWatch(settle=True), SourceWatch()
    watch.check(store.decks()), plain.check(store.decks())
    save_by_rename(notes, NOTES[:30])  # half written
    assert [d.name for d in plain.check(store.decks()).changed] == ["Stats"]
    first = watch.check(store.decks())
    assert not first and [d.name for d in first.settling] == ["Stats"]
    save_by_rename(notes, NOTES + "\n## What is a mode?\n\nMost often.\n")  # written on
    assert watch.check(store.decks()).settling  # changed since: not yet
    then = watch.check(store.decks())  # the same as at the last look: settled
    assert [d.name for d in then.changed] == ["Stats"] and not then.settling
    save_by_rename(notes, NOTES[:30])
    assert watch.check(store.decks()).settling
    save_by_rename(notes, NOTES)  # back as imported before the next look
    back = watch.check(store.decks())
    assert not back and not back.settling
    assert not watch.check(store.decks()).settling

"""A store whose first pages were overwritten with other bytes (text pasted over it, a
sync that wrote another file's start into it): the salvage read the schema version
from the header's place, where the text's bytes read as a version in the billions,
took the file for a newer StudyApp's and saved nothing; with no backup the person
started over with an empty store. Those bytes are no header: the rows on the pages
still whole are saved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_salvage import PAGE
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("junk", [b"garbage ", b"\xff\xfe\x00\x01"], ids=["text", "bytes"])
def test_a_store_whose_first_pages_were_overwritten_keeps_the_rest(tmp_path, junk):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        doc = ParsedDocument(
            "AI",
            "markdown",
            [ParsedQuestion(f"What is thing {i}?", f"Thing {i}. " * 80, i) for i in range(60)],
        )
        store.import_document(doc, "/notes.md", "hash")
        for n, q in enumerate(store.questions()):
            record(store, q.id, 3, 4.0, "study", 1_000 + n)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.write(junk * (3 * PAGE // len(junk)))

    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # no backup
    with store:
        assert report is not None and report.repaired  # saved, not started afresh
        assert len(store.questions()) >= 40
        assert len(store.reviews()) >= 40

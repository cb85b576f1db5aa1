"""The report of a salvage (a damaged store, no backup to give the rows back) said how
many questions and reviews it read, never the mock interviews: the tester's one
interview and its three answers were gone with a bad page, and the summary read as
if nothing of theirs had been lost. It says them now, as it says the others."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from tests.core.shared import open_deck
from tests.core.test_salvage import pages_of, spoil

NOW = datetime(2026, 12, 7, 6, tzinfo=UTC)
TYPED = "What I said in the interview, at some length. " * 6  # a few answers a page


def with_mocks(path, sessions: int) -> None:
    questions = [ParsedQuestion(f"What is thing {i}?", f"Thing {i}.", i) for i in range(6)]
    for store in open_deck(path, ParsedDocument("Deck", "markdown", questions)):
        ids = [q.id for q in store.questions()][:3]
        for n in range(sessions):
            session = store.create_mock_session({}, ids, 1_000 + n)
            for place, qid in enumerate(ids):
                store.record_mock_answer(
                    session,
                    qid,
                    place,
                    seconds=5.0,
                    overtime=False,
                    rating=None,
                    typed_answer=TYPED,
                )
            store.finish_mock_session(session, 2_000 + n)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def recovered(tmp_path, path) -> str:
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()
    assert report is not None and not report.whole
    return report.message


def test_the_one_mock_interview_lost_with_its_page_is_said(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with_mocks(path, 1)
    for table in ("mock_sessions", "mock_answers"):
        spoil(path, pages_of(path, table)[0])
    said = recovered(tmp_path, path)
    assert "(6 questions, 0 reviews, 0 mock interviews)" in said
    assert "mock interviews among them" in said


def test_answers_lost_from_many_interviews_are_said_with_what_was_read(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with_mocks(path, 12)
    leaves = pages_of(path, "mock_answers", "leaf")
    assert len(leaves) >= 3  # (the case is what it says: answers on several pages)
    spoil(path, leaves[1])
    said = recovered(tmp_path, path)
    found = re.search(r"\(6 questions, 0 reviews, (\d+) mock interviews with (\d+) answers\)", said)
    assert found is not None, said
    assert int(found[2]) < 36  # some answers were on the bad page
    assert "mock interview" in said.partition(found[0])[2]  # and the loss names them

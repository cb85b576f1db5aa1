"""A worker's reads in one snapshot: a grade committed by the window meanwhile is in
none of them or in all of them, never in half (the figures would disagree)."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import to_ms


def test_reads_in_a_snapshot_do_not_see_a_write_committed_meanwhile(tmp_path):
    path = tmp_path / "s.sqlite3"
    doc = ParsedDocument(
        deck_name="D",
        format="markdown",
        questions=[ParsedQuestion("Q?", "A.", 1, ("T",))],
        has_sections=True,
    )
    with Store.open(path) as window:
        window.import_document(doc, "d.md", "h")
        (qid,) = [q.id for q in window.questions()]
        with Store.open_read_only(path) as worker:
            with worker.snapshot():
                assert worker.cards() == {}
                at = datetime(2030, 1, 1, tzinfo=UTC)
                card, due = SpacedRepetition().grade(None, 3, at)
                window.record_review(qid, 3, 5.0, "study", card, due, to_ms(at))
                assert worker.cards() == {}  # the grade came after the snapshot began
                assert worker.reviews() == []
            assert set(worker.cards()) == {qid}  # the next snapshot has it

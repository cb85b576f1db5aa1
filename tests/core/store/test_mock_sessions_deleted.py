"""Mock interviews deleted by another program with foreign keys off (a database
browser, a script tidying up old sessions): their answers and drafts stay, pointing
to the session ids that are gone. SQLite gives the next session the id of the last
one deleted, so the next mock interview's first answer was refused ("question 0 of
mock 1 is answered") and the mock could not go on. A new session now takes an id
nothing points to."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from tests.core.store.test_values_out_of_range import mocked, write_raw
from tests.core.test_backup import NOW, fill


@pytest.mark.parametrize(
    "deleted",
    [
        "DELETE FROM mock_sessions",
        "DELETE FROM mock_sessions WHERE id = (SELECT max(id) FROM mock_sessions)",
    ],
    ids=["every-session", "the-last-session"],
)
def test_a_new_mock_interview_runs_after_sessions_were_deleted_by_another_program(
    tmp_path, deleted
):
    clock = FakeClock(NOW - timedelta(hours=1))
    sr = SpacedRepetition()
    with Store.open(tmp_path / "s.sqlite3") as store:
        fill(store, reviews=3)
        mocked(store, clock)  # one finished, one left running with a draft
        store._conn.execute("PRAGMA foreign_keys = OFF")
        write_raw(store, deleted)
        store._conn.execute("PRAGMA foreign_keys = ON")

        mock = MockSession.create(store, sr, clock, MockSettings(count=3))
        mock.start()
        while mock.is_active:
            clock.advance(seconds=20)
            mock.reveal()
            mock.grade(3)
        assert mock.state == "finished"
        done = [s for s in store.mock_session_stats() if s.session.state == "finished"]
        assert done[-1].graded == 3  # its own answers, none of the sessions gone

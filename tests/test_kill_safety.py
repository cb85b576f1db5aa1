"""SIGKILL while grading, again and again: every grade reported as saved survives.

A child process grades questions in a loop through the core StudySession and
prints each review id once `grade()` has returned (committed). The test kills it
after a random number of saves (seeded), possibly mid-commit or mid-backup, and
after every kill checks ``PRAGMA integrity_check`` and that each reported grade
is in the store. benchmarks/stress_kill.py runs the same for many more rounds.
"""

from __future__ import annotations

import os
import random

import pytest

from studyapp.core.backup import check_backup, list_backups
from studyapp.core.store import Store
from tests.helpers.grade_loop import check_store, prepare_store, run_round

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")

ROUNDS = 15
SEED = 20261121


def test_every_reported_grade_survives_sigkill(tmp_path):
    store_path = tmp_path / "studyapp.sqlite3"
    backups = tmp_path / "backups"
    assert prepare_store(store_path) > 0
    rnd = random.Random(SEED)
    saved: dict[int, tuple[str, int]] = {}
    for n in range(ROUNDS):
        kill_after = 0 if n == 0 else rnd.randint(1, 40)
        result = run_round(store_path, backups, SEED + n, kill_after, backup_every=7)
        assert result.killed
        assert len(result.saved) >= kill_after
        assert not saved.keys() & result.saved.keys()  # a reported id is never reused
        saved.update(result.saved)

        integrity, in_store, missing = check_store(store_path, saved)
        assert integrity == "ok", f"round {n}"
        assert missing == [], f"round {n}: grades reported as saved are missing"
        # At most one grade per kill can be committed but not yet reported.
        assert len(saved) <= in_store <= len(saved) + n + 1

    assert len(saved) > ROUNDS * 5
    with Store.open(store_path) as store:  # and the app opens it as usual
        assert len(store.reviews()) >= len(saved)
    for info in list_backups(backups):  # a kill mid-backup never leaves a half one
        check_backup(info.path)

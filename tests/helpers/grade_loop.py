"""Grade questions in a loop until killed; and the parent side that kills it and checks.

As a script (the child)::

    python tests/helpers/grade_loop.py STORE BACKUP_DIR SEED [--backup-every N]

opens the store the way the app does (`recovery.open_store_safely`), prints
``ready``, then grades questions through the core `StudySession` with a stepping
fake clock, printing ``saved <review id> <question id> <rating>`` (flushed) after
each grade returns, i.e. after its commit. With ``--backup-every N`` it also makes
a backup every N grades, so kills land inside backups too. It prints
``recovered`` and stops if start-up had to repair the store, which must never
happen after a mere kill.

The parent side (`run_round`, `check_store`) is shared by tests/test_kill_safety.py
and benchmarks/stress_kill.py: start the child, read a chosen number of saves,
SIGKILL it, collect every save it reported, and check each is in the store.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = Path(__file__).resolve()
MAX_GRADES = 20_000  # a child whose parent died stops by itself


# --- the child -----------------------------------------------------------------


def child(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.helpers import netguard

    netguard.install()

    from studyapp.core.backup import make_backup
    from studyapp.core.clock import FakeClock
    from studyapp.core.recovery import open_store_safely
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.study import StudySession

    store_path, backup_dir, seed = Path(argv[0]), Path(argv[1]), int(argv[2])
    backup_every = int(argv[4]) if len(argv) > 4 and argv[3] == "--backup-every" else 0
    rnd = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    store, report = open_store_safely(store_path, backup_dir, start)
    if report is not None:
        print("recovered", report.message.replace("\n", " "), flush=True)
        return 1
    # Carry on a day after the previous run's last grade, as a person would.
    last_ms = max((r.reviewed_at_ms for r in store.reviews()), default=0)
    # 20 s pass at every reading, as a person grades.
    clock = FakeClock(
        max(start, datetime.fromtimestamp(last_ms / 1000, UTC) + timedelta(days=1)),
        step=timedelta(seconds=20),
    )
    print("ready", flush=True)
    session = StudySession(store, SpacedRepetition(), clock)
    for graded in range(1, MAX_GRADES + 1):
        question = session.current()
        if question is None:
            clock.advance(days=400)  # every card due again
            session.reload()
            question = session.current()
        session.show()
        rating = rnd.randint(1, 4)
        review_id = session.grade(rating)
        print(f"saved {review_id} {question.id} {rating}", flush=True)
        if backup_every and graded % backup_every == 0:
            make_backup(store, backup_dir, clock.now(), "auto")
    store.close()
    return 0


# --- the parent ------------------------------------------------------------------


@dataclass
class Round:
    kill_after: int  # saves read before the kill (0: right after "ready")
    saved: dict[int, tuple[str, int]] = field(default_factory=dict)  # id → (question, rating)
    killed: bool = False


def run_round(
    store_path: Path, backup_dir: Path, seed: int, kill_after: int, *, backup_every: int = 0
) -> Round:
    """Start the child, SIGKILL it after `kill_after` saves, return every save it reported
    (including lines still in the pipe after the kill)."""
    args = [str(SCRIPT), str(store_path), str(backup_dir), str(seed)]
    if backup_every:
        args += ["--backup-every", str(backup_every)]
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    # A hung child must fail the run, not hang it.
    watchdog = threading.Timer(120, proc.kill)
    watchdog.start()
    result = Round(kill_after)
    try:
        first = proc.stdout.readline()
        if first.strip() != "ready":
            proc.kill()
            _, err = proc.communicate()
            raise AssertionError(f"the child did not start: {first!r} {err[-2000:]}")
        while len(result.saved) < kill_after:
            line = proc.stdout.readline()
            if not line:
                break
            _record(result, line)
        os.kill(proc.pid, signal.SIGKILL)
        rest, err = proc.communicate()
        for line in rest.splitlines():
            _record(result, line)
        result.killed = proc.returncode == -signal.SIGKILL
        if not result.killed:
            raise AssertionError(f"the child ended on its own ({proc.returncode}): {err[-2000:]}")
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return result


def _record(result: Round, line: str) -> None:
    parts = line.split()
    if len(parts) == 4 and parts[0] == "saved":
        result.saved[int(parts[1])] = (parts[2], int(parts[3]))
    elif line.strip():
        raise AssertionError(f"unexpected output from the child: {line!r}")


def check_store(store_path: Path, saved: dict[int, tuple[str, int]]) -> tuple[str, int, list]:
    """(integrity_check result, reviews in the store, saves missing or different)."""
    with contextlib.closing(sqlite3.connect(store_path)) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = {
            r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, question_id, rating FROM reviews")
        }
    missing = [(rid, want, rows.get(rid)) for rid, want in saved.items() if rows.get(rid) != want]
    return integrity, len(rows), missing


def prepare_store(store_path: Path) -> int:
    """A store with the bundled deck imported, as after the first start; its question count."""
    from studyapp.core.importer import import_default_deck
    from studyapp.core.store import Store

    with Store.open(store_path) as store:
        import_default_deck(store)
        return store.question_count()


if __name__ == "__main__":
    sys.exit(child(sys.argv[1:]))

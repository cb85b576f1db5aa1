"""SIGKILL a grading StudyApp core many times over; print what survived (POSIX only).

    python benchmarks/stress_kill.py [--rounds 200] [--seed 1] [--backup-every 7] [--keep DIR]

Each round starts tests/helpers/grade_loop.py on one store (the bundled deck
imported), reads a random number of "saved" lines (0–60, seeded), kills the
process with SIGKILL and checks ``PRAGMA integrity_check`` and that every grade
it reported is in the store. Backups made inside the loop are checked at the
end. Exit status 1 if anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studyapp.core.backup import check_backup, list_backups  # noqa: E402
from studyapp.core.store import StoreError  # noqa: E402
from tests.helpers.grade_loop import check_store, prepare_store, run_round  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backup-every", type=int, default=7, metavar="N")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    if os.name != "posix":
        print("stress_kill needs POSIX signals", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        return stress(folder, args.rounds, args.seed, args.backup_every)


def stress(folder: Path, rounds: int, seed: int, backup_every: int) -> int:
    store_path = folder / "studyapp.sqlite3"
    backups = folder / "backups"
    questions = prepare_store(store_path)
    rnd = random.Random(seed)
    saved: dict[int, tuple[str, int]] = {}
    at_start = unreported = bad_rounds = 0
    started = time.perf_counter()
    for n in range(rounds):
        kill_after = rnd.choice([0, rnd.randint(1, 10), rnd.randint(1, 60)])
        result = run_round(
            store_path, backups, seed * 100_000 + n, kill_after, backup_every=backup_every
        )
        at_start += not result.saved
        saved.update(result.saved)
        integrity, in_store, missing = check_store(store_path, saved)
        unreported = in_store - len(saved)
        if integrity != "ok" or missing:
            bad_rounds += 1
            print(f"round {n}: integrity {integrity!r}, {len(missing)} missing: {missing[:3]}")
    elapsed = time.perf_counter() - started
    broken_backups = 0
    infos = list_backups(backups)
    for info in infos:
        try:
            check_backup(info.path)
        except StoreError as exc:
            broken_backups += 1
            print(f"backup {info.path.name}: {exc}")
    print(f"questions in the deck          {questions}")
    print(f"rounds (SIGKILLs)              {rounds} in {elapsed:.1f} s")
    print(f"  killed before any grade      {at_start}")
    print(f"grades reported as saved       {len(saved)}")
    print(f"  missing or changed now       {len(check_store(store_path, saved)[2])}")
    print(f"committed but not yet reported {unreported} (at most one per kill)")
    print(f"backups made inside the loop   {len(infos)} ({broken_backups} failing their check)")
    print(f"rounds with damage or loss     {bad_rounds}")
    return 1 if bad_rounds or broken_backups else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up in instructions: `python -m studyapp --smoke` against a bare PySide6 window,
counted by valgrind's callgrind instead of timed.

    python benchmarks/bench_startup_instructions.py [--baseline OTHER_CHECKOUT] [--runs 2]
                                                   [--deck-size 10000]

bench_startup.py times the same starts; on a shared machine its figures move by
tens of percent from one run to the next. The instructions a start executes do not
(two runs agree within 0.1 %), so a change of a few percent shows here first. They
are not time: a cache miss or a page fault costs more than an instruction, and the
store's check on its own thread counts here though it runs beside the main one.

Each program runs under `valgrind --tool=callgrind` (needs valgrind on the PATH),
its store prepared as bench_startup.py prepares it (the default deck imported by a
first start that is not counted, then started twice more plainly, so the answers the
first screen shows are rendered and cached as on a user's second day). With
--baseline, another checkout does the same on a store of its own. With
--deck-size, this checkout also starts on a store that holds a generated deck of
that many questions beside the default one (bench_startup.py's generator): a start
must not grow with the store. Prints the fewest instructions of --runs runs of
each, and the ratios: for all threads, and for the main thread alone (the store's
start-up check runs on a thread of its own beside the imports, and grows with
the file; the first paint waits for the main thread).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import add_generated_deck  # noqa: E402  (the same generated deck)

BARE = Path(__file__).resolve().parent / "bare_window.py"


class Count(NamedTuple):
    """Instructions of one start: all its threads, and its main thread alone (the one
    the first paint waits for; the store's check runs beside it on a thread)."""

    total: int
    main: int


def instructions(command: list[str], env: dict[str, str], cwd: Path, out: Path) -> Count:
    """The instructions `command` executes, by callgrind, thread by thread."""
    for old in out.parent.glob(out.name + "*"):
        old.unlink()
    run = ["valgrind", "--tool=callgrind", "--separate-threads=yes"]
    run += [f"--callgrind-out-file={out}", *command]
    result = subprocess.run(run, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    threads = {}
    for part in out.parent.glob(out.name + "-*"):  # callgrind.out-01 is the main thread
        found = re.search(r"^summary:\s*(\d+)", part.read_text(), re.MULTILINE)
        if found is None:
            raise SystemExit(f"no instruction count in {part}")
        threads[part.name] = int(found.group(1))
    if not threads:
        raise SystemExit(f"callgrind wrote no counts beside {out}")
    return Count(sum(threads.values()), threads[min(threads)])


def counted_env(tmp: str) -> dict[str, str]:
    """The environment a counted start runs in: offscreen, its own settings folder
    under `tmp`, no data folder given from outside. Exits where valgrind is missing."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: bench_startup.py times the starts instead")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{tmp}/c")
    env.pop("STUDYAPP_DATA_DIR", None)
    return env


def prepared(checkout: Path, data: Path, env: dict[str, str], deck_size: int = 0) -> list[str]:
    """The smoke start of `checkout` on `data`: bytecode compiled (as an install has
    it), the default deck imported (and a generated deck of `deck_size` questions)
    and the first screen's answers cached."""
    compileall.compile_dir(str(checkout / "studyapp"), quiet=1)
    command = [sys.executable, "-m", "studyapp", "--smoke", "--data-dir", str(data)]
    subprocess.run(command, cwd=checkout, env=env, capture_output=True, check=True)
    if deck_size:
        add_generated_deck(data, deck_size)
    for _ in range(2):
        subprocess.run(command, cwd=checkout, env=env, capture_output=True, check=True)
    return command


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    parser.add_argument(
        "--deck-size", type=int, default=0, help="also start on a store with a deck this big"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: bench_startup.py times the starts instead")
    with tempfile.TemporaryDirectory() as tmp:
        base_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        base_env.pop("STUDYAPP_DATA_DIR", None)
        programs: dict[str, tuple[list[str], dict[str, str], Path]] = {}
        env = dict(base_env, XDG_CONFIG_HOME=str(Path(tmp) / "c1"))
        programs["studyapp --smoke"] = (prepared(ROOT, Path(tmp) / "d1", env), env, ROOT)
        if args.deck_size:
            env3 = dict(base_env, XDG_CONFIG_HOME=str(Path(tmp) / "c3"))
            big = prepared(ROOT, Path(tmp) / "d3", env3, args.deck_size)
            programs[f"{args.deck_size} questions"] = (big, env3, ROOT)
        if args.baseline is not None:
            other = args.baseline.resolve()
            env2 = dict(base_env, XDG_CONFIG_HOME=str(Path(tmp) / "c2"), PYTHONPATH=str(other))
            programs["baseline --smoke"] = (prepared(other, Path(tmp) / "d2", env2), env2, other)
        programs["bare window"] = ([sys.executable, str(BARE)], base_env, ROOT)
        counts: dict[str, Count] = {}
        print(f"{'':22s} {'all threads':>12s} {'main thread':>12s}  (million instructions)")
        for name, (command, program_env, cwd) in programs.items():
            out = Path(tmp) / "callgrind.out"
            runs = [instructions(command, program_env, cwd, out) for _ in range(args.runs)]
            counts[name] = Count(min(r.total for r in runs), min(r.main for r in runs))
            total, main_thread = counts[name]
            print(f"{name:22s} {total / 1e6:12.1f} {main_thread / 1e6:12.1f}")

        def ratio(label: str, top: str, bottom: str, digits: int = 2) -> None:
            a, b = counts[top], counts[bottom]
            print(f"{label:22s} {a.total / b.total:12.{digits}f}x {a.main / b.main:11.{digits}f}x")

        ratio("studyapp / bare", "studyapp --smoke", "bare window")
        if args.deck_size:
            big = f"{args.deck_size} questions"
            ratio(f"{big} / bare", big, "bare window")
            ratio(f"{big} / default", big, "studyapp --smoke", 3)
        if "baseline --smoke" in counts:
            ratio("baseline / bare", "baseline --smoke", "bare window")
            ratio("studyapp / baseline", "studyapp --smoke", "baseline --smoke", 3)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long a worker's import keeps the main thread from running its Python.

    python benchmarks/bench_worker_stalls.py [--size 30000] [--copies 10] [--runs 1]
                                             [--baseline OTHER_CHECKOUT] [--only NAME]

The window imports on a worker thread, but a thread runs Python only while it holds
the interpreter's lock (the GIL), and the worker gives it up only between bytecodes:
one long C call (a regex search over a whole file, a split of it into lines, a join)
holds the window's thread off for as long as it runs, and clicks and repaints wait.
This runs the import as the window's workers do (the preview's parse, then the import
that takes the preview's reading, the cycle collector held off as they hold it) on a
thread, on a fresh store, while the main thread wakes every millisecond and notes
each gap between two wakes: a gap is as long as the main thread could not run. It
prints, per input, the gaps' median, 95th percentile and longest (ms), how many were
longer than a frame (16.7 ms) and the seconds they add up to, and the work's own
seconds. (On a loaded machine each hand-over of the lock may wait for a core: work
cut into more pieces hands over more often, so count the seconds, not the gaps.)
Inputs:

    generated    bench_import's notes of --size questions (30,000: about 8 MB)
    corpora x N  the Markdown corpus files (../shared/corpora) one after another,
                 --copies times over (10: about 8.6 MB of notes as people write them)
    corpora      every corpus entry on its own (files and folders), their gaps pooled

Without the stack sampling of bench_import_stalls.py --explain, nor its window: what
the worker holds, not what the window draws. Each checkout runs each input in a
process of its own, the checkouts alternating run by run; with --baseline, another
checkout (e.g. one made with `git archive 8f52f55f | tar -x -C DIR`, a `shared`
symlink beside it) runs the same inputs in the same run. Each checkout's modules are
compiled ahead (into the run's temporary folder), as an installed app's are. Wall
times on a shared machine: compare only the checkouts of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import_stalls import measured, percentile
from checkouts import compared

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
FRAME_MS = 16.7
WAKE_S = 0.001


# --- inside the measured checkout's own process ------------------------------------------


def measure(checkout: Path, paths: list[Path], data: Path) -> dict:
    """The main thread's gaps (ms) while a worker previews and imports each of `paths`
    into a fresh store, one after another, and the work's seconds."""
    sys.path.insert(0, str(checkout))
    import threading
    import time

    from studyapp import collector
    from studyapp.core.import_preview import preview_import
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    finished = threading.Event()
    failed: list[str] = []
    seconds = [0.0]

    def work() -> None:
        started = time.perf_counter()
        try:
            with Store.open(data / "studyapp.sqlite3") as store, collector.held():
                for path in paths:
                    try:
                        preview = preview_import(store, path)
                        import_file(store, path, reading=preview.reading)
                    except Exception as exc:  # a corpus entry with no questions: said
                        failed.append(f"{path.name}: {type(exc).__name__}: {exc}"[:200])
        finally:
            seconds[0] = time.perf_counter() - started
            finished.set()

    # The parsing stack loaded first, as the window has it loaded by its first import.
    import studyapp.core.parse  # noqa: F401

    worker = threading.Thread(target=work)
    gaps: list[float] = []
    last = time.perf_counter()
    worker.start()
    while not finished.is_set():
        time.sleep(WAKE_S)
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
    worker.join()
    return {"gaps": gaps, "seconds": seconds[0], "failed": failed}


# --- the runner ----------------------------------------------------------------------------


def run_once(checkout: Path, paths: list[Path], tmp: Path, number: int) -> dict:
    data = tmp / f"data{number}"
    args = (str(checkout), str(data), *map(str, paths))
    return measured(__file__, checkout, data, tmp, *args, compiled=tmp / "compiled")


def compile_modules(checkout: Path, tmp: Path) -> None:
    """Each module of `checkout` compiled ahead, as an installed app has them: a module
    first imported by the worker is read, not compiled from its source (a compile is
    one long C call, and the app ships its modules compiled)."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp / "compiled"))
    command = [sys.executable, "-m", "compileall", "-q", str(checkout / "studyapp")]
    subprocess.run(command, env=env, check=True, capture_output=True)


def report(label: str, runs: list[dict]) -> None:
    gaps = [g for run in runs for g in run["gaps"]]
    seconds = sorted(run["seconds"] for run in runs)[len(runs) // 2]
    long = [g for g in gaps if g > FRAME_MS]
    print(
        f"  {label:14s} gaps {len(gaps):6d}  p50 {percentile(gaps, 0.5):5.1f} ms"
        f"  p95 {percentile(gaps, 0.95):6.1f} ms  max {max(gaps):7.1f} ms"
        f"  over a frame {len(long):4d} ({sum(long) / 1000:4.1f} s)"
        f"  work {seconds:6.1f} s"
    )
    longest = sorted(gaps, reverse=True)[:8]
    print(f"    longest, ms: {', '.join(f'{g:.0f}' for g in longest)}")
    for said in sorted({f for run in runs for f in run["failed"]})[:3]:
        print(f"    (not imported: {said})")


def inputs(tmp: Path, size: int, copies: int) -> list[tuple[str, str, list[Path]]]:
    """(its --only name, its name in the report, its paths) of each input."""
    sys.path.insert(0, str(ROOT))
    from bench_import import generated_notes

    generated = tmp / "generated" / "generated.md"
    generated.parent.mkdir()
    generated.write_text(generated_notes(size), encoding="utf-8")
    entries = sorted(p for p in CORPORA.iterdir() if not p.name.endswith(".labels.tsv"))
    notes = [p for p in entries if p.is_file() and p.suffix == ".md" and p.name != "README.md"]
    one = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in notes)
    together = tmp / "together" / "corpora.md"
    together.parent.mkdir()
    together.write_text("\n\n".join([one] * copies), encoding="utf-8")
    return [
        ("generated", "generated", [generated]),
        ("together", f"corpora x {copies}", [together]),
        ("corpora", "corpora", [p for p in entries if p.name != "README.md"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=30_000, help="questions generated")
    parser.add_argument("--copies", type=int, default=10, help="times over the corpora")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    parser.add_argument("--only", choices=("generated", "together", "corpora"), default=None)
    parser.add_argument("--measure", nargs="+", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        checkout, data, *paths = args.measure
        print(json.dumps(measure(checkout.resolve(), paths, data)))
        return 0
    checkouts = compared(args.baseline)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for checkout in checkouts.values():
            compile_modules(checkout, tmp)
        number = 0
        for key, kind, paths in inputs(tmp, args.size, args.copies):
            if args.only and key != args.only:
                continue
            size = sum(p.stat().st_size for p in paths if p.is_file()) / 1e6
            print(f"{kind}: {len(paths)} input(s), {size:.1f} MB; {args.runs} run(s)")
            runs: dict[str, list[dict]] = {label: [] for label in checkouts}
            for _ in range(args.runs):
                for label, checkout in checkouts.items():  # alternated: the same load
                    number += 1
                    runs[label].append(run_once(checkout, paths, tmp, number))
            for label, measured in runs.items():
                report(label, measured)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

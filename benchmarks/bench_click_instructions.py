"""Selecting a question until its answer is painted, in instructions: the clicks of
bench_ui.py (a) counted click by click by valgrind's callgrind instead of timed.

    python benchmarks/bench_click_instructions.py [--baseline OTHER_CHECKOUT]
                                                  [--states never,store]

bench_ui.py times the clicks; on a shared machine its p95 moves by tens of percent
from one run to the next, more than most changes to a click. The instructions a
click executes barely move, so a change of a few percent shows here. They are not
time: a cache miss or a glyph drawn for the first time costs more than an
instruction, and a frame is a time, not a count.

Per checkout, one process under callgrind: the default deck imported, the window
built as bench_ui.py builds it (1300 × 850, idle work stopped), then every question
of the deck selected in turn, each selection and the events it posts (layout,
paint) counted on its own. States, as bench_ui.py names its rows: "never" (nothing
rendered: Markdown → HTML on the click) and "store" (the HTML from the store's
cache, the documents parsed on the click: the pass after "never", memory dropped).
With --baseline, another checkout's clicks the same way (it needs the same
window API as bench_ui.py's). Prints each state's median, p95 and largest click in
millions of instructions, and the ratios of the medians and p95s.

Slow: under callgrind a pass over the deck takes some minutes per checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from checkouts import compared  # (beside this file)

ROOT = Path(__file__).resolve().parent.parent
STATES = ("never", "store")
# Every click runs inside its own functools.reduce: callgrind counts only inside it
# (--toggle-collect) and writes a file after each (--dump-after).
MARK = "functools_reduce"


def child(checkout: Path, state: str) -> None:
    """Inside callgrind: the window of `checkout`, and its clicks for `state`."""
    import functools

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(checkout))
    import studyapp  # first: its modules then come from `checkout`, whatever follows

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_ui  # (its window: the same as bench_ui.py (a)'s)

    from studyapp.app import application

    assert Path(studyapp.__file__).resolve().is_relative_to(checkout.resolve())
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_ui.private_settings(folder)
        window, store = bench_ui.selection_window(app, folder)
        qids = list(window.model.question_order())

        def click(_: object, qid: str) -> None:
            window.tree.select_question(qid)
            app.processEvents()

        window.cache.clear_memory()
        if state == "store":
            for qid in qids:  # rendered once, uncounted
                click(None, qid)
            window.cache.flush()
            window.cache.clear_memory()
            window.answer.drop_documents()
        for qid in qids:
            functools.reduce(click, [qid], None)
        window.close()
        store.close()


def counted(checkout: Path, state: str, folder: Path) -> list[int]:
    """The instructions of each click of `state` in `checkout`, in deck order."""
    out = folder / f"{checkout.name}-{state}.out"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        f"--toggle-collect={MARK}",
        f"--dump-after={MARK}",
        f"--callgrind-out-file={out}",
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        str(checkout),
        state,
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{checkout} {state} failed ({result.returncode}):\n{result.stderr}")
    counts = []
    parts = [p for p in folder.glob(out.name + ".*") if p.suffix[1:].isdigit()]
    for part in sorted(parts, key=lambda p: int(p.suffix[1:])):
        found = re.search(r"^(?:summary|totals):\s*(\d+)", part.read_text(), re.MULTILINE)
        if found is not None and int(found.group(1)):
            counts.append(int(found.group(1)))
    if not counts:
        raise SystemExit(f"callgrind wrote no counts beside {out}")
    return counts


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    parser.add_argument("--states", default=",".join(STATES), help="never,store")
    args = parser.parse_args()
    states = [s for s in args.states.split(",") if s]
    if unknown := set(states) - set(STATES):
        raise SystemExit(f"unknown states {sorted(unknown)}: choose from {STATES}")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: bench_ui.py times the clicks instead")
    checkouts = compared(args.baseline)
    print("select → answer painted, per click (million instructions)")
    with tempfile.TemporaryDirectory() as tmp:
        for state in states:
            figures: dict[str, tuple[float, float]] = {}
            for name, checkout in checkouts.items():
                folder = Path(tmp) / f"{len(figures)}-{state}"
                folder.mkdir()
                clicks = [n / 1e6 for n in counted(checkout, state, folder)]
                median, p95 = statistics.median(clicks), percentile(clicks, 0.95)
                figures[name] = (median, p95)
                print(
                    f"  {state:6s} {name:14s} n={len(clicks):3d}  median {median:7.2f}"
                    f"  p95 {p95:7.2f}  max {max(clicks):7.2f}"
                )
            if "baseline" in figures:
                (m, p), (bm, bp) = figures["this checkout"], figures["baseline"]
                print(f"  {state:6s} this / baseline: median {m / bm:.3f}x, p95 {p / bp:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

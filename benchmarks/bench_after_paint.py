"""After the first frame: how long the app's window takes from its first paint to the
tree's figures (every question's state, every topic's counts), started as the app
starts (`python -m studyapp`, the live notes on), against another checkout.

    python benchmarks/bench_after_paint.py [--runs 5] [--deck-size 10000]
                                           [--baseline OTHER_CHECKOUT]

The first frame is drawn before the figures are counted (design.md); until they
come the tree says they are being counted. Each program starts on a store of its
own holding a generated deck of --deck-size questions imported from a notes file on
disk (so the start's look at the notes has a file to hash, as a user's has), the
programs alternating. Prints the median milliseconds from the process start to the
first paint and to the figures, and from the paint to the figures. Wall times on a
shared machine: compare only the two checkouts of the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_import import generated_notes  # noqa: E402  (the same generated notes)
from checkouts import compared  # noqa: E402

# Run inside the checkout measured: marks the first paint and the first figures shown,
# prints both (perf_counter, in µs) and quits.
PROBE = """
import sys, time
from PySide6.QtWidgets import QApplication
from studyapp.ui import main_window, tree_figures
from studyapp.cli import entry

marks = {}
painted = main_window.MainWindow._say_first_painted
def say(self):
    marks.setdefault("paint", time.perf_counter())
    painted(self)
main_window.MainWindow._say_first_painted = say
shown = tree_figures.TreeFigures._shown
def figures(self):
    shown(self)
    if "figures" not in marks:
        marks["figures"] = time.perf_counter()
        print(*(round(1e6 * marks[k]) for k in ("paint", "figures")), flush=True)
        QApplication.instance().quit()
tree_figures.TreeFigures._shown = figures
sys.argv = ["studyapp", *sys.argv[1:]]
entry()
"""


def prepared(checkout: Path, data: Path, notes: Path, env: dict[str, str]) -> None:
    """The notes imported into a store of `checkout`'s own making, and one start."""
    command = [sys.executable, "-m", "studyapp", "--data-dir", str(data)]
    subprocess.run(
        [*command, "import", str(notes)], cwd=checkout, env=env, check=True, capture_output=True
    )
    subprocess.run([*command, "--smoke"], cwd=checkout, env=env, check=True, capture_output=True)


def one_start(checkout: Path, data: Path, env: dict[str, str]) -> tuple[float, float]:
    """(first paint, figures) in ms since the process was started (perf_counter is
    the system's monotonic clock, the same in both processes)."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data)],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"{checkout}: no figures ({result.returncode}):\n{result.stderr}")
    paint, figures = (float(x) / 1e6 - started for x in lines[-1].split())
    return 1000 * paint, 1000 * figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--deck-size", type=int, default=10_000)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes" / "generated.md"
        notes.parent.mkdir()
        notes.write_text(generated_notes(args.deck_size), encoding="utf-8")
        checkouts = compared(args.baseline)
        programs = {}
        for number, (name, checkout) in enumerate(checkouts.items()):
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(checkout))
            env["XDG_CONFIG_HOME"] = str(Path(tmp) / f"config{number}")
            env.pop("STUDYAPP_DATA_DIR", None)
            data = Path(tmp) / f"data{number}"
            prepared(checkout, data, notes, env)
            programs[name] = (checkout, data, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, (checkout, data, env) in programs.items():
                times[name].append(one_start(checkout, data, env))
        print(f"{args.deck_size} questions, {args.runs} runs each, medians in ms")
        print(f"{'':16s} {'first paint':>12s} {'figures':>9s} {'paint→figures':>14s}")
        for name, runs in times.items():
            paint = statistics.median(p for p, _ in runs)
            figures = statistics.median(f for _, f in runs)
            after = statistics.median(f - p for p, f in runs)
            print(f"{name:16s} {paint:12.0f} {figures:9.0f} {after:14.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

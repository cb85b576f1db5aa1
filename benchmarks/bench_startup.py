"""Start-up time: `python -m studyapp --smoke` against a bare PySide6 window.

    python benchmarks/bench_startup.py [--runs 10] [--platform offscreen] [--deck-size 10000]
                                       [--baseline OTHER_CHECKOUT]

The store is filled first, as a user's would be after some studying: the
bundled default deck (so the timed runs never import) and --reviews questions
graded over the last fortnight (so the start computes recall and due dates with
FSRS, as a returning user's does); with --deck-size, a generated deck of that many
questions too (start-up must not grow with the store). Then both programs run alternately N times
with subprocess; prints the median wall time of each and their ratio. Both quit
after their first paint. Prints the ratio of the medians, the median of the
pair-by-pair ratios (drift on a shared machine cancels within a pair) and the
ratio of the fastest runs.

With --baseline, a second checkout of StudyApp (an older commit, say) runs in the
same alternation, on a store of its own with the default deck: its time, and its
ratio to the bare window, print beside this checkout's. Neither store is graded
then (--reviews is taken as 0): an older store cannot be written by this code.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_window.py"


def timed(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def grade_some(data: Path, count: int) -> int:
    """Grade `count` questions of the default deck through the app's own scheduler,
    on days over the last two weeks, with a mix of ratings. Returns how many."""
    sys.path.insert(0, str(ROOT))
    from datetime import UTC, datetime, timedelta

    from studyapp.core.paths import store_path
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.store import Store
    from studyapp.core.study import to_ms

    scheduler = SpacedRepetition()
    now = datetime.now(UTC)
    ratings = (3, 3, 4, 1, 3, 2)
    with Store.open(store_path(data)) as store:
        questions = store.questions()[:count]
        for i, question in enumerate(questions):
            at = now - timedelta(days=1 + i % 14)
            rating = ratings[i % len(ratings)]
            card, due = scheduler.grade(None, rating, at)
            store.record_review(question.id, rating, 20.0, "study", card, due, to_ms(at))
    return len(questions)


def add_generated_deck(data: Path, size: int) -> None:
    """A second deck of `size` questions (benchmarks/bench_ui.py's generator)."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_ui import synthetic

    from studyapp.core.paths import store_path
    from studyapp.core.store import Store

    with Store.open(store_path(data)) as store:
        store.import_document(synthetic(size), str(data / "generated.md"), "generated")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--reviews", type=int, default=20, help="questions graded first")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument(
        "--deck-size",
        type=int,
        default=0,
        help="also import a generated deck of this many questions (start-up on a big store)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="another checkout of StudyApp, timed in the same runs (its own store)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        env = dict(os.environ)
        env.update(QT_QPA_PLATFORM=args.platform, XDG_CONFIG_HOME=str(Path(tmp) / "config"))
        env.pop("STUDYAPP_DATA_DIR", None)
        app = [sys.executable, "-m", "studyapp", "--smoke", "--data-dir", str(data)]
        bare = [sys.executable, str(BARE)]
        # An installed app has its bytecode compiled (pip does it at install time); a
        # source checkout run with PYTHONDONTWRITEBYTECODE would recompile every module
        # on every start, which the bare window (no modules of its own) never pays.
        compileall.compile_dir(str(ROOT / "studyapp"), quiet=1)
        first = timed(app, env)  # the first start imports the default deck: not counted
        print(f"first start (imports the default deck): {first * 1000:.0f} ms")
        if args.deck_size:
            add_generated_deck(data, args.deck_size)
            print(f"imported a generated deck of {args.deck_size} questions")
        base, base_env = None, None
        if args.baseline is not None:
            args.reviews = 0
            other = args.baseline.resolve()
            base_env = dict(env, PYTHONPATH=str(other), XDG_CONFIG_HOME=str(Path(tmp) / "c2"))
            base = [*app[:-1], str(Path(tmp) / "d2")]  # its own store
            compileall.compile_dir(str(other / "studyapp"), quiet=1)
            first = timed(base, base_env, other)
            print(f"baseline {other}: first start {first * 1000:.0f} ms")
        graded = grade_some(data, args.reviews) if args.reviews else 0
        print(f"graded {graded} questions in the store before the timed runs")
        app_times, bare_times, ratios, base_times, base_ratios = [], [], [], [], []
        for _ in range(args.runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
            ratios.append(app_times[-1] / bare_times[-1])  # pair by pair: drift cancels
            if base is not None and base_env is not None and args.baseline is not None:
                base_times.append(timed(base, base_env, args.baseline.resolve()))
                base_ratios.append(base_times[-1] / bare_times[-1])
        app_median = statistics.median(app_times)
        bare_median = statistics.median(bare_times)
        print(f"runs: {args.runs} each, alternating, platform {args.platform}")
        print(f"studyapp --smoke   median {app_median * 1000:7.0f} ms")
        print(f"bare window        median {bare_median * 1000:7.0f} ms")
        print(f"ratio of medians   {app_median / bare_median:.2f}x")
        print(
            f"ratio per pair     median {statistics.median(ratios):.2f}x"
            f"  (min {min(ratios):.2f}x, max {max(ratios):.2f}x)"
        )
        # The fastest run of each: what the programs cost when nothing else on the
        # machine got in their way (another process's work only ever adds time).
        print(
            f"ratio of fastest   {min(app_times) / min(bare_times):.2f}x"
            f"  ({min(app_times) * 1000:.0f} ms against {min(bare_times) * 1000:.0f} ms)"
        )
        if base_times:
            against = statistics.median(a / b for a, b in zip(app_times, base_times, strict=True))
            print(f"baseline --smoke   median {statistics.median(base_times) * 1000:7.0f} ms")
            print(
                f"baseline per pair  median {statistics.median(base_ratios):.2f}x"
                f"  (min {min(base_ratios):.2f}x, max {max(base_ratios):.2f}x);"
                f" this checkout against the baseline, run by run:"
                f" {against:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print how long the notes pipeline takes: the seed parse, a 10,000-question import,
and the same questions imported from an Anki package.

    python benchmarks/bench_import.py [--runs N]

Figures are medians over N runs in this process. The start-up comparison
(the app against a bare PySide6 window, run in turn) is printed at the end by
benchmarks/bench_startup.py, which this script calls.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studyapp.core import repair, textio  # noqa: E402
from studyapp.core.deck_export import export_deck  # noqa: E402
from studyapp.core.importer import import_file, parse_notes  # noqa: E402
from studyapp.core.parse import parse_text  # noqa: E402
from studyapp.core.store import Store  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"

TOPICS = ["Statistics", "Deep Learning", "NLP", "Vision", "Systems", "Probability", "SQL", "RL"]


def generated_notes(questions: int) -> str:
    """A notes file shaped like real ones: sections, numbered questions, lists, a table, code."""
    parts = ["# Generated interview notes", ""]
    per_topic = questions // len(TOPICS)
    number = 0
    for topic in TOPICS:
        parts += [f"## {topic}", ""]
        for _ in range(per_topic):
            number += 1
            parts += [
                f"### {number}. What is concept {number} in {topic.lower()}?",
                "",
                f"Concept {number} is a **key idea** in {topic}: it relates *bias* and *variance*.",
                "",
                "- First point about it",
                "- Second point, with `code`",
                "",
                "| Term | Meaning |",
                "|---|---|",
                f"| c{number} | the {number}th concept |",
                "",
                "```python",
                f"# concept {number}",
                f"x = {number}",
                "```",
                "",
            ]
    return "\n".join(parts)


def median_seconds(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-startup", action="store_true")
    args = parser.parse_args()

    print(f"median of {args.runs} runs")
    for seed in sorted(SEEDS.glob("0*.txt")):
        raw = textio.read_notes(seed)
        repaired = repair.repair_text(raw)
        count = len(parse_text(repaired).questions)
        t_repair = median_seconds(lambda raw=raw: repair.repair_text(raw), args.runs)
        t_parse = median_seconds(lambda text=repaired: parse_text(text), args.runs)
        t_all = median_seconds(lambda seed=seed: parse_notes(seed), args.runs)
        print(
            f"seed {seed.name}: {count} questions; repair {t_repair * 1000:.1f} ms, "
            f"parse {t_parse * 1000:.1f} ms, read+repair+parse+topics {t_all * 1000:.1f} ms"
        )

    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "generated.md"
        notes.write_text(generated_notes(10_000), encoding="utf-8")
        size_mb = notes.stat().st_size / 1e6
        times, cpus = [], []
        for run in range(args.runs):
            store = Store.open(Path(tmp) / f"store{run}.sqlite3")
            start, cpu = time.perf_counter(), time.process_time()
            summary = import_file(store, notes)
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            store.close()
        print(
            f"import of a generated 10,000-question file ({size_mb:.1f} MB): "
            f"{statistics.median(times):.2f} s median, CPU {statistics.median(cpus):.2f} s"
            f" ({summary})"
        )
        store = Store.open(Path(tmp) / "store0.sqlite3")
        start = time.perf_counter()
        again = import_file(store, notes)
        elapsed_ms = (time.perf_counter() - start) * 1000
        print(f"re-import of the unchanged file: {elapsed_ms:.0f} ms ({again})")

        # The same 10,000 questions as an Anki package (StudyApp's own export, the
        # collection.anki2 layout genanki writes), imported into a new store.
        package = Path(tmp) / "generated.apkg"
        export_deck(store, store.decks()[0].id, package)
        store.close()
        times = []
        for run in range(args.runs):
            fresh = Store.open(Path(tmp) / f"anki{run}.sqlite3")
            start = time.perf_counter()
            from_package = import_file(fresh, package)
            times.append(time.perf_counter() - start)
            fresh.close()
        print(
            f"import of that deck as an Anki package ({package.stat().st_size / 1e6:.1f} MB):"
            f" {statistics.median(times):.2f} s median ({from_package})"
        )

    if not args.skip_startup:
        startup = ROOT / "benchmarks" / "bench_startup.py"
        if startup.exists():
            import runpy

            sys.argv = [str(startup), "--runs", str(args.runs)]
            runpy.run_path(str(startup), run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())

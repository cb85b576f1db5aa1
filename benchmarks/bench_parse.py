"""Print parse times: every corpus document, and generated 10,000-question files.

    python benchmarks/bench_parse.py [--runs N] [--questions N]

Per corpus document (../shared/corpora/): the unit chosen, the questions found and
the median parse time (read and repair not included). Per seed (../shared/seeds/):
the median time of its repair. Then a generated file of --questions questions in
each main format (headings, list items, Q:/A: lines, CSV, a rooted outline): its
size and median parse time. A benchmark, not a test: figures depend on the
machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import statistics  # noqa: E402
import time  # noqa: E402

from studyapp.core import repair, textio  # noqa: E402
from studyapp.core.parse import parse_path, parse_text  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
SEEDS = ROOT.parent / "shared" / "seeds"
SUFFIXES = (".md", ".markdown", ".txt", ".csv", ".tsv")


def median_seconds(func, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds: on a shared machine the CPU time is the
    figure that says what the parse costs; the wall clock says what a person waits."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _answer(n: int) -> list[str]:
    return [
        f"Concept {n} is a **key idea**: it relates *bias* and *variance*.",
        "",
        "- First point about it",
        "- Second point, with `code`",
        "",
        "```python",
        f"x = {n}",
        "```",
    ]


def headings(count: int) -> tuple[str, str]:
    lines = ["# Generated notes", ""]
    for n in range(1, count + 1):
        if n % 1000 == 1:
            lines += [f"## Part {n // 1000 + 1}", ""]
        lines += [f"### {n}. What is concept {n}?", "", *_answer(n), ""]
    return "\n".join(lines), ".md"


def list_items(count: int) -> tuple[str, str]:
    lines = ["# Generated notes", ""]
    for n in range(1, count + 1):
        lines += [f"{n}. **What is concept {n}?**", ""]
        lines += [f"    {line}" if line else "" for line in _answer(n)] + [""]
    return "\n".join(lines), ".md"


def qa_lines(count: int) -> tuple[str, str]:
    lines = ["Generated notes", ""]
    for n in range(1, count + 1):
        lines += [f"Q: What is concept {n}?", f"A: Concept {n} relates bias and variance.", ""]
    return "\n".join(lines), ".txt"


def csv_rows(count: int) -> tuple[str, str]:
    rows = ["question,answer,tags"]
    rows += [f'What is concept {n}?,"Concept {n}, with a comma",ml;stats' for n in range(count)]
    return "\n".join(rows) + "\n", ".csv"


def sections_with_text(count: int) -> tuple[str, str]:
    """A section heading with a line of text over every question: the shape whose every
    heading once looked back over all the headings before it (quadratic)."""
    lines = ["# Generated notes", ""]
    for n in range(1, count + 1):
        lines += [f"## Topic {n}", "", f"What topic {n} covers.", ""]
        lines += [f"### What is concept {n}?", "", *_answer(n), ""]
    return "\n".join(lines), ".md"


def rooted_outline(count: int) -> tuple[str, str]:
    """One bullet over all the notes, a topic and a question under it again and again:
    the outline a mind-map export writes (tests/core/parse/test_rooted_markdown_outlines)."""
    block = "    - Topic\n        - What is item?\n            - An answer.\n"
    return "- Root\n" + block * count, ".md"


GENERATED = {
    "headings": headings,
    "list items": list_items,
    "Q:/A:": qa_lines,
    "CSV": csv_rows,
    "sections": sections_with_text,
    "outline": rooted_outline,
}


def _documents() -> list[Path]:
    if not CORPORA.is_dir():
        return []
    found = []
    for path in sorted(CORPORA.iterdir()):
        if path.is_dir() or (
            path.suffix in SUFFIXES and path.name != "README.md" and ".labels." not in path.name
        ):
            found.append(path)
    return found


def _exclude(path: Path) -> bool:
    return path.name.endswith(".labels.tsv") or path.name == "README.md"


def _time_file(path: Path, runs: int) -> None:
    """A file's read, repair and parse apart (a big notes file of a tester's: where
    its import's time goes)."""
    raw_wall, raw_cpu = median_seconds(lambda: textio.read_notes(path), runs)
    raw = textio.read_notes(path)
    fix_wall, fix_cpu = median_seconds(lambda: repair.repair_text(raw), runs)
    text = repair.repair_text(raw)
    doc = parse_text(text, name=path.stem, suffix=path.suffix)
    wall, cpu = median_seconds(lambda: parse_text(text, name=path.stem, suffix=path.suffix), runs)
    print(
        f"{path.name[:40]:40s} {len(raw.encode('utf-8')) / 1e6:5.1f} MB {len(doc.questions):6d}"
        f" questions: read {raw_wall:5.2f} s (cpu {raw_cpu:5.2f}), repair {fix_wall:5.2f} s"
        f" (cpu {fix_cpu:5.2f}), parse {wall:6.2f} s (cpu {cpu:5.2f} s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument(
        "--file",
        action="append",
        type=Path,
        default=[],
        help="a notes file of your own to time as well (repeatable); only these with --only",
    )
    parser.add_argument("--only", action="store_true", help="time the --file files alone")
    args = parser.parse_args()
    print(f"median of {args.runs} runs (wall clock, and CPU time of this process)")
    for path in args.file:
        _time_file(path, args.runs)
    if args.only:
        return 0
    documents = _documents()
    if not documents:
        print(f"{CORPORA} is not there: no corpus figures")
    for path in documents:
        if path.is_dir():
            doc = parse_path(path, exclude=_exclude)
            wall, cpu = median_seconds(lambda p=path: parse_path(p, exclude=_exclude), args.runs)
            size = sum(p.stat().st_size for p in path.iterdir() if not _exclude(p))
        else:
            text = repair.repair_text(textio.read_notes(path))
            doc = parse_text(text, name=path.stem, suffix=path.suffix)
            wall, cpu = median_seconds(
                lambda t=text, p=path: parse_text(t, name=p.stem, suffix=p.suffix), args.runs
            )
            size = len(text.encode("utf-8"))
        print(
            f"{path.name[:64]:64s} {size / 1000:7.0f} KB  {doc.unit or 'mixed':9s} "
            f"{len(doc.questions):4d} questions  {wall * 1000:7.1f} ms (cpu {cpu * 1000:6.1f} ms)"
        )
    for path in sorted(SEEDS.iterdir()) if SEEDS.is_dir() else []:
        if path.name != "README.md":
            text = textio.read_notes(path)
            wall, cpu = median_seconds(lambda t=text: repair.repair_text(t), args.runs)
            name = f"repair of the seed {path.name[:45]}"
            print(f"{name:64s} {wall * 1000:7.1f} ms (cpu {cpu * 1000:6.1f} ms)")
    for name, make in GENERATED.items():
        text, suffix = make(args.questions)
        doc = parse_text(text, name="generated", suffix=suffix)
        wall, cpu = median_seconds(
            lambda t=text, s=suffix: parse_text(t, name="generated", suffix=s), args.runs
        )
        print(
            f"generated {name:11s} {len(text) / 1e6:5.1f} MB  {doc.unit:9s} "
            f"{len(doc.questions):6d} questions  {wall:6.2f} s (cpu {cpu:5.2f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The store's reads that grow with the deck, each beside the way it was read before.

    python benchmarks/bench_store_reads.py [--size 10000] [--runs 9]

On a generated deck of --size questions, a third of them graded over the last weeks:
- the start's checks of the file (SQLite's quick_check and the cheap tests for damage
  that stops the window), which the early check runs on a thread at start;
- `cards()` (read when a study session or a mock starts, and for Weak Topics),
  beside the same query with SQLite left to choose the join order (as it was);
- the search field's count and best 300 (`search_best`) beside every match fetched
  and sliced (`search(limit=…)[:300]`, as it was), for a few typed prefixes and
  Anki's terms ("is:due"), and words in quotes (a phrase: the index narrows, then
  each question it finds is read for the phrase; "point one" is in every answer);
- the daily check's comparison of the search index with the questions.

Prints the median and the fastest of --runs calls, in ms. Not a test: figures for the
notes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ui import study_a_third, synthetic

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store, backup, health, search_index
from studyapp.core.store.values import readable_review


def timed(runs: int, call: Callable[[], object]) -> str:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return f"median {statistics.median(samples):7.1f} ms  fastest {min(samples):7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "studyapp.sqlite3"
        store = Store.open(path)
        store.import_document(synthetic(args.size), str(Path(tmp) / "big.md"), "h")
        questions = study_a_third(store, SpacedRepetition())
        conn = store._conn
        print(f"{args.size} questions, {len(questions) // 3} studied; {args.runs} calls each")
        both = "quick_check + urgent tests (the early check's work)"
        print(
            f"  {both:<52}",
            timed(
                args.runs,
                lambda: (backup.quick_problem(conn), health.urgent_problem(conn)),
            ),
        )
        print(f"  {'cards(), cards read first':<52}", timed(args.runs, store.cards))
        before = (
            "SELECT c.question_id, c.fsrs_json, c.due,"
            " (SELECT r.rating FROM reviews r WHERE r.question_id = c.question_id"
            f"  AND {readable_review('r.')} ORDER BY r.reviewed_at_ms DESC, r.id DESC LIMIT 1)"
            " FROM cards c JOIN questions q ON q.id = c.question_id WHERE q.removed_at IS NULL"
        )
        print(
            f"  {'  the same, join order left to SQLite (before)':<52}",
            timed(args.runs, lambda: conn.plain_rows(before)),
        )
        # Anki's terms too (core.search_terms): each reads the store once more.
        # And "or" and brackets: each part read, then joined (core.store.term_search).
        searches = ("g", "gradient", "attention", "a", "is:due", "is:learn gradient", "-is:new")
        grouped = ("gradient or attention", "(is:due or is:new) -attention", "-(is:new or a)")
        phrases = (
            '"descent and dropout"',
            '"point one"',
            '"how do gra*"',
            '-"point one"',
            '("gradient and" or "attention") -is:new',
        )
        # Terms found as written (word_search.written_terms): a scan of every question.
        written = ("===", "!important", "=== gradient")
        for text in searches + grouped + phrases + written:
            count = len(store.search(text, limit=1 << 62))
            print(
                f"  {f'search_best({text!r}, 300): {count} matches':<52}",
                timed(args.runs, lambda t=text: store.search_best(t, 300)),
            )
            print(
                f"  {'  every match fetched, then sliced (before)':<52}",
                timed(args.runs, lambda t=text: store.search(t, limit=1 << 62)[:300]),
            )
        print(
            f"  {'search index against the questions (daily check)':<52}",
            timed(args.runs, lambda: search_index.search_index_problem(conn, full=False)),
        )
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print how long the weak-topics PDF takes for 50 weak questions.

    python benchmarks/bench_export.py [--runs N] [--weak 50] [--keep FILE.pdf]

The store is a temporary one holding the default deck (its real answers: tables,
highlighted code, emoji). The deck has 38 questions, so its questions are stored
twice (the copies titled "… (copy)") to have enough; reviews are fabricated so
that exactly `--weak` questions are weak (ten of them also over time in a mock,
with a typed answer), some strong and the rest new. Figures
are medians over N runs in this process, offscreen: scoring the report
(core.weak.weak_report) and writing the PDF (export.pdf.export_weak_pdf), first
with nothing rendered yet, then with every answer in the answer pane's cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studyapp.core.importer import default_deck_text, file_hash, with_topics  # noqa: E402
from studyapp.core.parse import parse_text  # noqa: E402
from studyapp.core.render import PDF_THEME, markdown_hash, render_markdown  # noqa: E402
from studyapp.core.scheduler import SpacedRepetition  # noqa: E402
from studyapp.core.store import MockReview, Store  # noqa: E402
from studyapp.core.study import to_ms  # noqa: E402
from studyapp.core.weak import weak_report  # noqa: E402
from studyapp.export.pdf import ensure_gui_app, export_weak_pdf  # noqa: E402

NOW = datetime(2030, 3, 1, 12, tzinfo=UTC)
WEAK_PATTERN = ((30, 3), (5, 1), (2, 1))  # known, then Again twice this week
STRONG_PATTERN = ((60, 3), (45, 3), (20, 4), (1, 3))
MOCKED = 10  # weak questions also asked in a mock: over time, few key points, typed answer
TYPED = (
    "It finds the items whose embeddings are closest to the query's, "
    "using cosine similarity and an ANN index like HNSW. 🚀"
)


def build_store(path: Path, weak: int, scheduler: SpacedRepetition) -> int:
    text = default_deck_text()
    doc = with_topics(parse_text(text, name="AI and ML Questions"))
    copies = [replace(q, title=f"{q.title} (copy)") for q in doc.questions]
    doc = replace(doc, questions=[*doc.questions, *copies])
    with Store.open(path) as store:
        store.import_document(doc, "resource:decks/ai-ml-questions.md", file_hash(b"x"))
        questions = store.questions()
        if weak > len(questions):
            raise SystemExit(f"only {len(questions)} questions; ask for fewer weak ones")
        strong = min(20, len(questions) - weak)
        for i, question in enumerate(questions[: weak + strong]):
            pattern = WEAK_PATTERN if i < weak else STRONG_PATTERN
            card = None
            for days_ago, rating in pattern:
                at = NOW - timedelta(days=days_ago, minutes=i)
                card, due = scheduler.grade(card, rating, at)
                store.record_review(question.id, rating, 20.0, "study", card, due, to_ms(at))
        mocked = [q.id for q in questions[:MOCKED]]
        started = NOW - timedelta(days=1)
        session = store.create_mock_session({}, mocked, to_ms(started))
        for position, qid in enumerate(mocked):
            at = started + timedelta(minutes=4 * (position + 1))
            card, due = scheduler.grade(store.card_json(qid), 2, at)
            store.record_mock_answer(
                session, qid, position, seconds=240.0, overtime=True, rating=2,
                coverage=0.3, typed_answer=TYPED, review=MockReview(card, due, to_ms(at)),
            )  # fmt: skip
        store.finish_mock_session(session, to_ms(started + timedelta(hours=1)))
        return len(questions)


def warm_cache(store: Store, report) -> None:
    """What viewing each weak answer in the light theme leaves in the store's cache."""
    for question in report.questions:
        md_hash = markdown_hash(question.answer_markdown, base_dir=question.base_dir)
        html = render_markdown(question.answer_markdown, base_dir=question.base_dir)
        store.store_html(question.qid, PDF_THEME, md_hash, html)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--weak", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="also save the last PDF here")
    args = parser.parse_args()
    ensure_gui_app(offscreen=True)
    scheduler = SpacedRepetition()
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "bench.sqlite3"
        total = build_store(store_path, args.weak, scheduler)
        out = Path(tmp) / "weak.pdf"
        score_times, export_times, warm_times = [], [], []
        with Store.open(store_path) as store:
            for _ in range(args.runs):
                start = time.perf_counter()
                report = weak_report(store, None, NOW, scheduler, cached_html=True)
                score_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                result = export_weak_pdf(report, out)
                export_times.append(time.perf_counter() - start)
            warm_cache(store, report)
            for _ in range(args.runs):
                start = time.perf_counter()
                report = weak_report(store, None, NOW, scheduler, cached_html=True)
                export_weak_pdf(report, out)
                warm_times.append(time.perf_counter() - start)
        size = out.stat().st_size
        if args.keep:
            args.keep.write_bytes(out.read_bytes())
    print(
        f"deck: {total} questions, {report.weak_count} weak in {len(report.topics)} topics"
        f" -> {result.pages} pages, {size / 1024:.0f} KiB"
    )
    print(f"score the report (median of {args.runs}): {statistics.median(score_times):.3f} s")
    print(
        f"export {report.weak_count} weak questions to PDF (median of {args.runs}):"
        f" {statistics.median(export_times):.2f} s"
        f"  [min {min(export_times):.2f}, max {max(export_times):.2f}]"
    )
    print(
        "  the same with every answer already rendered by the answer pane (light theme),"
        f" report included: {statistics.median(warm_times):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast the window answers: selecting a question, typing a search, building the tree.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui.py [--rounds 3] [--search-size 10000]

(a) For every question of the bundled default deck: the time from selecting it in
    the tree to its answer being painted in the pane (selection call +
    processEvents, which lays out and paints), with the HTML cache cold (nothing
    rendered yet: Markdown → HTML happens on the click; once), warm in the store
    only (a restart: rendered_cache rows, no HTML or laid-out document in memory),
    prepared in idle time (a restart after the window's idle pre-rendering of the
    answers near the open one) and warm in memory (seen before); the last three
    over --rounds passes of the deck.
(b) On a synthetic deck of --search-size questions: building the tree, one
    keystroke in the search field (it only restarts the debounce timer), and the
    filter that runs when typing pauses (FTS query + proxy filter + expand).

Prints median, p95 and max in milliseconds. Not a test: figures for the notes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studyapp.app import application, create_window
from studyapp.core.importer import import_default_deck
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store

FRAME_MS = 16.7


def summary(name: str, samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return (
        f"{name:<44} n={len(samples):>5}  median {statistics.median(samples):7.2f} ms"
        f"  p95 {p95:7.2f} ms  max {samples[-1]:7.2f} ms"
    )


def time_selection(app: QApplication, window, qids: list[str]) -> list[float]:
    times = []
    for qid in qids:
        start = time.perf_counter()
        window.tree.select_question(qid)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert window.current_qid == qid, "the selection did not show the question"
    return times


def bench_selection(app: QApplication, folder: Path, rounds: int) -> None:
    store = Store.open(folder / "default.sqlite3")
    import_default_deck(store)
    settings = QSettings(str(folder / "a.ini"), QSettings.Format.IniFormat)
    window = create_window(store, settings, app=app)
    window.resize(1300, 850)
    window.show()
    app.processEvents()
    window._idle.stop()  # measure the click alone, not the idle pre-rendering
    window._queue_prerender = lambda qids: None  # type: ignore[method-assign]
    qids = list(window.model.question_order())
    print(
        f"(a) default deck: {len(qids)} questions × {rounds} rounds, theme {window.theme.effective}"
    )

    window.cache.clear_memory()
    cold = time_selection(app, window, qids)
    print("   ", summary("select → answer shown, cache cold (render)", cold))
    window.cache.flush()
    store_warm: list[float] = []
    prepared: list[float] = []
    warm: list[float] = []
    for _ in range(rounds):
        window.cache.clear_memory()
        window.answer.drop_documents()
        store_warm += time_selection(app, window, qids)
        # What the window's idle time does after a start (MainWindow._release_idle):
        # the answers near the open one made and laid out before they are clicked.
        window.cache.clear_memory()
        window.answer.drop_documents()
        for qid in qids:
            question = window.model.question(qid)
            assert question is not None
            window.answer.prepare(window.cache.html(question, window.theme.effective))
        app.processEvents()
        prepared += time_selection(app, window, qids)
        warm += time_selection(app, window, qids)
    print("   ", summary("select → answer shown, store cache only", store_warm))
    print("   ", summary("select → answer shown, prepared in idle time", prepared))
    print("   ", summary("select → answer shown, memory cache warm", warm))
    within = sum(t <= FRAME_MS for t in warm) / len(warm)
    print(f"    warm selections within one frame ({FRAME_MS} ms): {within:.0%}")
    window.close()
    store.close()


def synthetic(n: int) -> ParsedDocument:
    words = [
        "gradient",
        "descent",
        "momentum",
        "adam",
        "learning",
        "rate",
        "regularization",
        "dropout",
        "batch",
        "norm",
        "attention",
        "transformer",
        "embedding",
        "tokenizer",
        "softmax",
        "entropy",
        "variance",
        "bias",
        "precision",
        "recall",
        "boosting",
        "bagging",
        "forest",
        "kernel",
        "margin",
        "cluster",
        "centroid",
        "manifold",
    ]
    questions = []
    for i in range(n):
        a, b, c = words[i % len(words)], words[(i * 7) % len(words)], words[(i * 13) % len(words)]
        questions.append(
            ParsedQuestion(
                f"Question {i}: how do {a} and {b} interact?",
                f"An answer about **{a}**, {b} and {c}.\n\n- point one\n- point {i}\n",
                i * 5 + 1,
                (f"Area {i % 12}", f"Topic {i % 60}"),
            )
        )
    return ParsedDocument("Synthetic", "markdown", questions, has_sections=True)


def bench_search(app: QApplication, folder: Path, n: int) -> None:
    store = Store.open(folder / "big.sqlite3")
    store.import_document(synthetic(n), str(folder / "big.md"), "h")
    settings = QSettings(str(folder / "b.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    window = create_window(store, settings, app=app)
    built = (time.perf_counter() - start) * 1000
    window.show()
    app.processEvents()
    print(f"(b) synthetic deck: {n} questions")
    print(f"    window built (tree from one query + progress): {built:.1f} ms")
    start = time.perf_counter()
    window.reload_tree()
    print(f"    tree reload alone: {(time.perf_counter() - start) * 1000:.1f} ms")

    field = window.search.field
    keystrokes, filters = [], []
    for query in ("gradient", "attention", "boosting", "kernel", "momentum"):
        field.setFocus()
        field.clear()
        app.processEvents()
        for ch in query:
            start = time.perf_counter()
            QTest.keyClick(field, ch)
            app.processEvents()
            keystrokes.append((time.perf_counter() - start) * 1000)
            assert window.search.timer.isActive()
            # The debounce fires here; time what it does.
            start = time.perf_counter()
            window.search.flush()
            app.processEvents()
            filters.append((time.perf_counter() - start) * 1000)
    QTest.keyClick(field, Qt.Key.Key_Escape)
    print("   ", summary("keystroke (debounce timer restart)", keystrokes))
    print("   ", summary("filter after the pause (FTS + proxy + expand)", filters))
    window.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the deck (warm)")
    parser.add_argument("--search-size", type=int, default=10_000)
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "qsettings"))
        bench_selection(app, folder, args.rounds)
        bench_search(app, folder, args.search_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How fast the window answers: selecting a question, typing a search, building the tree.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui.py [--rounds 3] [--search-size 10000]

(a) For every question of the bundled default deck: the time from selecting it in
    the tree to its answer being painted in the pane (selection call +
    processEvents, which lays out and paints), with the HTML cache cold (nothing
    rendered yet: Markdown → HTML happens on the click; once), warm in the store
    only (a restart: rendered_cache rows, no HTML or laid-out document in memory),
    prepared in idle time (a restart after the window's idle pre-rendering of the
    answers near the open one) and warm in memory (seen before); the last three
    over --rounds passes of the deck. Beside it, click by click in the same run,
    the baseline: a bare QTreeWidget + QTextBrowser window given the same answers
    (as HTML to parse, and as documents parsed before). Each state gives the
    p95 of all its clicks and the p95 over the questions of each question's
    median click ("p95 over every seed question"): the second keeps a slow
    answer visible and leaves out the machine's passing stalls.
(b) On a synthetic deck of --search-size questions: building the tree, one
    keystroke in the search field (it only restarts the debounce timer), and the
    filter that runs when typing pauses (FTS query + proxy filter + expand), and
    clearing a search (every row of the tree shown again).
(c) On that deck, a third of it studied: the Statistics and Weak Topics tabs shown
    the first time, and shown again after a change: the tab (at once), its figures
    (computed on another thread), and how late a key pressed meanwhile is handled.
(d) Idle time rendering every answer into the store ahead (so a first click is of
    the "store cache only" kind): on the default deck and a synthetic deck of
    --ahead-size questions, the time until all are in, and each idle step's time
    (a key pressed during a step waits for its end).

Prints median, p95 and max in milliseconds. Not a test: figures for the notes. With
--clock cpu, (a)'s clicks are timed in this process's CPU time instead of the wall
clock: on a machine shared with other work it moves less from run to run (a click's
wait for a core is left out, so it is no latency a person sees).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studyapp.app import application, create_window
from studyapp.core.importer import import_default_deck
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store

FRAME_MS = 16.7
# (a)'s clock: the wall clock, or with --clock cpu this process's CPU time (all its
# threads), which moves less when other programs share the machine and leaves out
# the time spent waiting for a core.
CLICK_CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
click_clock = CLICK_CLOCKS["wall"]


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(name: str, samples_ms: list[float]) -> str:
    samples = sorted(samples_ms)
    return (
        f"{name:<44} n={len(samples):>5}  median {statistics.median(samples):7.2f} ms"
        f"  p95 {percentile(samples, 0.95):7.2f} ms  max {samples[-1]:7.2f} ms"
    )


class BareWindow:
    """The baseline beside the app: a QMainWindow with a QTreeWidget and a
    QTextBrowser (as bare_window.py), both the size of the app's tree and answer,
    with the same font, margin and answer CSS, whose click is the least a Qt tree +
    browser can do: select the row, give the browser the answer (HTML to parse, or
    a document parsed before), paint."""

    def __init__(self, app: QApplication, window, qids: list[str]) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtWidgets import (
            QMainWindow,
            QSplitter,
            QTextBrowser,
            QTreeWidget,
            QTreeWidgetItem,
        )

        self.app = app
        self.window = QMainWindow()
        splitter = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.browser = QTextBrowser()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.browser)
        self.window.setCentralWidget(splitter)
        # The same work per click as the app's: a tree and an answer page the size of
        # the app's (whose answer shares its side with the title and the grading
        # panel), without a frame, and the same margin around the text.
        self.tree.setFixedSize(window.tree.size())
        self.browser.setFixedSize(window.answer.browser.size())
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        margin = window.answer.browser.document().documentMargin()
        self.browser.document().setDocumentMargin(margin)
        deck = QTreeWidgetItem(self.tree, ["Deck"])
        self.html: dict[str, str] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.documents: dict[str, QTextDocument] = {}
        for qid in qids:
            question = window.model.question(qid)
            self.items[qid] = QTreeWidgetItem(deck, [question.title])
            self.html[qid] = window.cache.html(question, window.theme.effective)
            document = QTextDocument(self.window)
            document.setDefaultFont(window.answer.browser.font())
            document.setDefaultStyleSheet(window.answer._css)
            document.setDocumentMargin(margin)
            document.setHtml(self.html[qid])
            self.documents[qid] = document
        self.tree.expandAll()
        self.browser.document().setDefaultStyleSheet(window.answer._css)
        self.window.show()
        app.processEvents()
        # Same outer size; the page width is the same less whichever bar shows.
        assert self.browser.size() == window.answer.browser.size()
        assert self.browser.viewport().height() == window.answer.browser.viewport().height()

    def click(self, qid: str, *, parsed: bool) -> float:
        start = click_clock()
        self.tree.setCurrentItem(self.items[qid])
        if parsed:
            self.browser.setDocument(self.documents[qid])
        else:
            self.browser.setHtml(self.html[qid])
        self.app.processEvents()
        return (click_clock() - start) * 1000


def select(app: QApplication, window, qid: str) -> float:
    start = click_clock()
    window.tree.select_question(qid)
    app.processEvents()
    elapsed = (click_clock() - start) * 1000
    assert window.current_qid == qid, "the selection did not show the question"
    return elapsed


class Samples:
    """Click times by question, over the rounds: pooled, and per question."""

    def __init__(self) -> None:
        self.by_question: dict[str, list[float]] = {}

    def add(self, qid: str, ms: float) -> None:
        self.by_question.setdefault(qid, []).append(ms)

    def pooled(self) -> list[float]:
        return [ms for times in self.by_question.values() for ms in times]

    def per_question(self) -> list[float]:
        """Each question's median click: what "p95 over every seed question" ranks."""
        return [statistics.median(times) for times in self.by_question.values()]


def report(name: str, app_samples: Samples, bare: Samples | None = None) -> None:
    pooled = app_samples.pooled()
    print("   ", summary(name, pooled))
    per_question = app_samples.per_question()
    within = sum(t <= FRAME_MS for t in pooled) / len(pooled)
    print(
        f"        per question (median of its clicks): p95 {percentile(per_question, 0.95):.2f} ms,"
        f" slowest {max(per_question):.2f} ms; clicks within one frame: {within:.0%}"
    )
    if bare is not None:
        print("   ", summary("  baseline, the same clicks (bare tree+browser)", bare.pooled()))
        bare_question = bare.per_question()
        print(
            f"        baseline per question: p95 {percentile(bare_question, 0.95):.2f} ms,"
            f" slowest {max(bare_question):.2f} ms"
        )


def selection_window(app: QApplication, folder: Path) -> tuple:
    """(a)'s window on the default deck, shown, its idle work stopped, and its store
    (benchmarks/bench_click_instructions.py counts the same clicks)."""
    store = Store.open(folder / "default.sqlite3")
    import_default_deck(store)
    settings = QSettings(str(folder / "a.ini"), QSettings.Format.IniFormat)
    window = create_window(store, settings, app=app)
    window.resize(1300, 850)
    window.show()
    app.processEvents()
    pane = window.controllers["pane"]
    pane.stop_idle(for_good=True)  # measure the click alone, not the idle work ((d))
    pane.queue_prerender = lambda qids: None
    return window, store


def bench_selection(app: QApplication, folder: Path, rounds: int) -> None:
    window, store = selection_window(app, folder)
    qids = list(window.model.question_order())
    print(
        f"(a) default deck: {len(qids)} questions × {rounds} rounds,"
        f" theme {window.theme.effective}; each app click is followed by the same"
        " click in the baseline window"
    )

    window.cache.clear_memory()
    cold = Samples()
    for qid in qids:
        cold.add(qid, select(app, window, qid))
    window.cache.flush()
    bare = BareWindow(app, window, qids)
    window.activateWindow()
    store_warm, prepared, warm = Samples(), Samples(), Samples()
    bare_parse, bare_parsed = Samples(), Samples()
    for _ in range(rounds):
        window.cache.clear_memory()
        window.answer.drop_documents()
        for qid in qids:
            store_warm.add(qid, select(app, window, qid))
            bare_parse.add(qid, bare.click(qid, parsed=False))
        # What the window's idle time does after a start (MainWindow._release_idle):
        # the answers near the open one made and laid out before they are clicked.
        window.cache.clear_memory()
        window.answer.drop_documents()
        for qid in qids:
            question = window.model.question(qid)
            assert question is not None
            window.answer.prepare(window.cache.html(question, window.theme.effective))
        app.processEvents()
        for qid in qids:
            prepared.add(qid, select(app, window, qid))
        for qid in qids:
            warm.add(qid, select(app, window, qid))
            bare_parsed.add(qid, bare.click(qid, parsed=True))
    report("select → answer shown, cache cold (render)", cold)
    report("select → answer shown, store cache only", store_warm, bare_parse)
    report("select → answer shown, prepared in idle time", prepared)
    report("select → answer shown, seen before (cached)", warm, bare_parsed)
    bare.window.close()
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
    window.controllers["pane"].stop_idle(for_good=True)  # the clicks alone ((d): idle work)
    window.show()
    app.processEvents()
    print(f"(b) synthetic deck: {n} questions")
    print(f"    window built (tree from one query + progress): {built:.1f} ms")
    start = time.perf_counter()
    window.controllers["browse"].reload_tree()
    print(f"    tree reload alone: {(time.perf_counter() - start) * 1000:.1f} ms")

    field = window.search.field
    keystrokes, filters, clears = [], [], []
    for query in ("gradient", "attention", "boosting", "kernel", "momentum"):
        field.setFocus()
        start = time.perf_counter()
        field.clear()  # the search before it cleared: every row back
        app.processEvents()
        clears.append((time.perf_counter() - start) * 1000)
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
    print("   ", summary("clearing a search (the whole tree back)", clears[1:]))
    bench_insights(app, window, store)
    window.close()
    store.close()


def study_a_third(store: Store, scheduler) -> list:
    """Grade the first third of the store's questions over the last 20 days, with a
    mix of ratings (Statistics, Weak Topics and the store's reads then have work)."""
    from datetime import UTC, datetime, timedelta

    from studyapp.core.study import to_ms

    now = datetime.now(UTC)
    questions = store.question_outlines()
    with store.transaction():
        for i, question in enumerate(questions[: len(questions) // 3]):
            at = now - timedelta(days=1 + i % 20)
            rating = (3, 3, 4, 1, 3, 2)[i % 6]
            card, due = scheduler.grade(None, rating, at)
            store.record_review(question.id, rating, 20.0, "study", card, due, to_ms(at))
    return questions


TICK_MS = 5


def bench_insights(app: QApplication, window, store: Store) -> None:
    """(c) Statistics and Weak Topics on the synthetic deck, a third of it studied over
    the last weeks: the first show (module, view and figures) and a show after the
    store changed (the figures computed again, as after a grade). The figures are
    computed on another thread: the tab shows at once, the figures follow; while they
    are computed, a timer's lateness on the UI thread is timed (the wait a key
    pressed then would have)."""

    questions = study_a_third(store, window.controllers["insights"].ctx.scheduler)
    window.controllers["browse"].refresh_progress()
    insights = window.controllers["insights"]
    print(f"(c) Statistics and Weak Topics, {len(questions) // 3} of the questions studied")
    for name, show in (
        ("Statistics", insights.show_statistics),
        ("Weak Topics", insights.show_weak_topics),
    ):
        tab, figures, turns = [], [], []
        for attempt in range(6):
            if attempt:
                insights.show_questions_tab()
                app.processEvents()
                insights.mark_dirty()  # what a grade does
            start = time.perf_counter()
            view = show()
            app.processEvents()
            tab.append((time.perf_counter() - start) * 1000)
            # A timer every TICK_MS while they are computed: how late it fires is how
            # long a key pressed then would have waited.
            ticks = [time.perf_counter()]
            ticker = QTimer(interval=TICK_MS)
            ticker.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
            ticker.start()
            while view.waiting:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            ticker.stop()
            figures.append((time.perf_counter() - start) * 1000)
            turns += [max(0.0, (b - a) * 1000 - TICK_MS) for a, b in itertools.pairwise(ticks)]
        insights.show_questions_tab()
        print(f"    {name}: first shown: tab {tab[0]:.0f} ms, figures {figures[0]:.0f} ms")
        print("   ", summary(f"{name} tab shown after a change", tab[1:]))
        print("   ", summary(f"{name} figures shown after a change", figures[1:]))
        print("   ", summary(f"{name}: a key's wait while computing", turns))


def bench_render_ahead(app: QApplication, folder: Path, n: int) -> None:
    """Idle time renders every answer into the store: how long that takes, and how
    long its longest step is (a key pressed during a step waits for its end)."""
    for name, doc in (("default deck", None), (f"synthetic deck of {n}", synthetic(n))):
        store = Store.open(folder / f"ahead-{n if doc else 0}.sqlite3")
        if doc is None:
            import_default_deck(store)
        else:
            store.import_document(doc, str(folder / "ahead.md"), "h")
        settings = QSettings(str(folder / "d.ini"), QSettings.Format.IniFormat)
        window = create_window(store, settings, app=app)
        pane = window.controllers["pane"]
        steps: list[float] = []
        step = pane._idle_step

        def timed_step(step=step, steps=steps) -> None:
            start = time.perf_counter()
            step()
            steps.append((time.perf_counter() - start) * 1000)

        pane._idle.timeout.disconnect()
        pane._idle.timeout.connect(timed_step)
        window.show()
        start = time.perf_counter()
        theme = window.theme.effective
        deadline = start + 600
        while pane._ahead_after.get(theme, 0) is not None or pane._idle.isActive():
            app.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > deadline:
                raise SystemExit("(d): the pass did not end in 10 minutes")
        took = time.perf_counter() - start
        walked = store.rendered_hashes(theme, -(2**63), 10**9)
        kept = sum(hash_ == window.cache.key(q) for _, q, hash_ in walked)
        print(
            f"(d) {name}: {kept} of {len(walked)} answers' HTML in the store {took:.1f} s"
            f" after the window showed ({len(steps)} idle steps)"
        )
        print("   ", summary("one idle step (a key waits for at most one)", steps))
        window.close()
        store.close()


def private_settings(folder: Path) -> None:
    """QSettings made without a file (the window's own) write under `folder`."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "qsettings"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the deck (warm)")
    parser.add_argument("--search-size", type=int, default=10_000)
    parser.add_argument("--ahead-size", type=int, default=2_000, help="(d) deck size")
    parser.add_argument(
        "--clock", choices=CLICK_CLOCKS, default="wall", help="(a): wall or CPU time"
    )
    args = parser.parse_args()
    global click_clock
    click_clock = CLICK_CLOCKS[args.clock]
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        private_settings(folder)
        bench_selection(app, folder, args.rounds)
        bench_search(app, folder, args.search_size)
        bench_render_ahead(app, folder, args.ahead_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A big store's waits in the window: the tree's figures after the first frame, and a
mock interview over every deck, each beside another checkout's in the same run.

    python benchmarks/bench_big_store.py [--size 40000] [--decks 4] [--studied 1200]
                                         [--runs 5] [--baseline OTHER_CHECKOUT]

One store is generated (--decks decks of bench_ui.py's generated questions, --size in
all, --studied of them graded over the last weeks), and each run starts a window of
each checkout in a process of its own, on a copy of it, offscreen, as the app starts
it on a second day (the question open last remembered, so the first frame holds one
topic's rows). It prints, in ms, the median and the fastest of --runs runs of:

- figures: from the first frame's end (`BrowseController.finish_tree`) to the tree's
  first paint with its counts, due and mastery;
- every row: from then to the first paint with every question's row loaded (those
  the first frame left out);
- mock set-up: Study → Mock Interview… until its dialog is painted;
- mock start: Start in that dialog with every deck ticked until the first question is
  painted.

Not a test: figures for the notes. The start itself (before the first frame) is
bench_startup_instructions.py's (--deck-size).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checkouts import compared  # (beside this file)

ROOT = Path(__file__).resolve().parent.parent


def generate(checkout: Path, path: Path, size: int, decks: int, studied: int) -> None:
    """The store, made by `checkout` (the oldest of those compared, so that each can
    open it: a newer one migrates its copy as it opens it): `decks` decks of `size`
    questions in all, `studied` of them graded."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(checkout))
    from datetime import UTC, datetime, timedelta

    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.store import Store
    from studyapp.core.study import to_ms

    # After those: bench_ui puts this checkout first in sys.path.
    synthetic = importlib.import_module("bench_ui").synthetic

    assert Path(sys.modules["studyapp"].__file__).is_relative_to(checkout)

    scheduler = SpacedRepetition()
    now = datetime.now(UTC)
    with Store.open(path) as store:
        for deck in range(decks):
            document = synthetic(size // decks)
            store.import_document(document, str(path.parent / f"deck{deck}.md"), f"h{deck}")
        questions = store.question_outlines()
        step = max(1, len(questions) // max(studied, 1))
        with store.transaction():
            for i, question in enumerate(questions[::step][:studied]):
                at = now - timedelta(days=1 + i % 20)
                rating = (3, 3, 4, 1, 3, 2)[i % 6]
                card, due = scheduler.grade(None, rating, at)
                store.record_review(question.id, rating, 20.0, "study", card, due, to_ms(at))


def measure(checkout: Path, store_file: Path, config: Path) -> dict[str, float]:
    """One window of `checkout` on `store_file`: the three waits, in ms."""
    sys.path.insert(0, str(checkout))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CONFIG_HOME"] = str(config)
    from PySide6.QtCore import QEvent, QObject, QSettings

    from studyapp.app import application, create_window
    from studyapp.core.store import Store
    from studyapp.ui.controllers.browse import BrowseController
    from studyapp.ui.controllers.mock import MockController
    from studyapp.ui.main_window import K_LAST_QUESTION
    from studyapp.ui.recent_folders import data_key

    assert Path(sys.modules["studyapp"].__file__).is_relative_to(checkout)
    figures: dict[str, float] = {}
    finish = BrowseController.finish_tree
    started: list[float] = []

    def timed_finish(self: BrowseController) -> None:
        started.append(time.perf_counter())
        finish(self)

    BrowseController.finish_tree = timed_finish  # type: ignore[method-assign]
    app = application()
    store = Store.open(store_file)
    settings = QSettings(str(config / "settings.ini"), QSettings.Format.IniFormat)
    outlines = store.question_outlines()
    settings.setValue(data_key(store.path, K_LAST_QUESTION), outlines[len(outlines) // 2].id)
    window = create_window(store, settings, app=app, progress_after_paint=True)
    model = window.model

    class Paints(QObject):
        """When the tree first painted its figures, and then every row."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and started:
                ms = (time.perf_counter() - started[0]) * 1000
                if model.counted:
                    figures.setdefault("figures", ms)
                if model.counted and model.complete():
                    figures.setdefault("every row", ms)
            return False

    paints = Paints()
    window.tree.viewport().installEventFilter(paints)
    window.resize(1400, 900)
    window.show()
    while "every row" not in figures:
        app.processEvents()
        window.tree.viewport().update()  # (a paint that shows the rows, once in)
    window.tree.viewport().removeEventFilter(paints)
    mock = window.findChildren(MockController)[0]
    start = time.perf_counter()
    dialog = mock.open_mock_setup()
    assert dialog is not None
    app.processEvents()
    figures["mock set-up"] = (time.perf_counter() - start) * 1000
    dialog.set_checked_topics(())  # every deck
    start = time.perf_counter()
    dialog.accept()
    app.processEvents()
    figures["mock start"] = (time.perf_counter() - start) * 1000
    assert mock.running() is not None, "no mock started"
    mock.end_mock_now()
    window.close()
    store.close()
    return figures


def run_once(checkout: Path, store_file: Path, tmp: Path) -> dict[str, float]:
    copy = tmp / "run"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir()
    shutil.copy(store_file, copy / store_file.name)
    command = [sys.executable, __file__, "--measure", str(checkout), str(copy / store_file.name)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp)
    if result.returncode != 0:
        raise SystemExit(f"{checkout} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=40_000)
    parser.add_argument("--decks", type=int, default=4)
    parser.add_argument("--studied", type=int, default=1_200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, default=None)
    parser.add_argument(
        "--store", type=Path, help="a copy of this store instead of a generated one"
    )
    parser.add_argument("--measure", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--generate", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        checkout, store_file = args.generate
        generate(checkout.resolve(), store_file, args.size, args.decks, args.studied)
        return 0
    if args.measure:
        checkout, store_file = args.measure
        config = store_file.parent / "config"
        config.mkdir(exist_ok=True)
        print(json.dumps(measure(checkout.resolve(), store_file, config)))
        return 0
    checkouts = compared(args.baseline)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        store_file = tmp / "studyapp.sqlite3"
        if args.store is not None:
            with sqlite3.connect(args.store) as source, sqlite3.connect(store_file) as copy:
                source.backup(copy)  # (its log included)
            print(f"a copy of {args.store}; {args.runs} runs")
        else:
            maker = args.baseline if args.baseline is not None else ROOT
            command = [sys.executable, __file__, "--generate", str(maker), str(store_file)]
            command += ["--size", str(args.size), "--decks", str(args.decks)]
            subprocess.run([*command, "--studied", str(args.studied)], check=True, cwd=tmp)
            print(f"{args.size} questions in {args.decks} decks, {args.studied} studied;", end="")
            print(f" {args.runs} runs")
        samples: dict[str, dict[str, list[float]]] = {c: {} for c in checkouts}
        for _ in range(args.runs):
            for label, checkout in checkouts.items():  # alternated: the same machine load
                for what, ms in run_once(checkout, store_file, tmp).items():
                    samples[label].setdefault(what, []).append(ms)
        for label, figures in samples.items():
            print(label)
            for what, values in figures.items():
                print(
                    f"  {what:12s} median {statistics.median(values):7.0f} ms"
                    f"  fastest {min(values):7.0f} ms"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

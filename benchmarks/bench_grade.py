"""Grade → next question shown, on the default deck and on a generated large deck.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_grade.py [--size 10000] [--grades 150]

A study session over all topics (the time to start it: its queue built, its first
question shown); for each question: reveal (not timed), then the
time from the grade (1–4, a fixed mix) to the next question on screen: the grade
written and committed, the next question displayed, and every event the grade
queued processed (the tree's rows for the graded question, the status bar) —
that is, until the window is idle again. Prints median, p95 and max in ms.

Idle work (answers laid out ahead, rendered HTML saved) waits for a pause of 300 ms
(ui/question_pane.py), so it does not run between these grades, as it does not
between a person's quick grades.

Before the window became a shell (issue 13), each grade ended in a recompute of
every question's progress: 33 ms median on the 38-question default deck, 649 ms
median (p95 768 ms) on a 10,000-question deck. Not a test: figures for the notes.
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
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_ui import percentile, private_settings, synthetic  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studyapp.app import application, create_window  # noqa: E402
from studyapp.core.importer import import_default_deck  # noqa: E402
from studyapp.core.settings_schema import LEARN_AHEAD, NEW_PER_DAY  # noqa: E402
from studyapp.core.store import Store  # noqa: E402

RATINGS = (3, 3, 4, 1, 3, 2, 3)


def bench(app: QApplication, store: Store, folder: Path, name: str, grades: int) -> None:
    settings = QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat)
    # the daily limit of new questions (20 by default) would end the session early
    store.set_setting(NEW_PER_DAY, 9999)
    # and learning ahead (Anki's, 20 minutes) would ask the last learning steps again
    # and again: the grades timed are each of another question, as before it
    store.set_setting(LEARN_AHEAD, 0)
    start = time.perf_counter()
    window = create_window(store, settings, app=app)
    built = (time.perf_counter() - start) * 1000
    window.resize(1300, 850)
    window.show()
    app.processEvents()
    study = window.controllers["study"]
    start = time.perf_counter()
    study.start_study(all_topics=True)  # the queue built, the first question shown
    app.processEvents()
    started = (time.perf_counter() - start) * 1000
    times = []
    for i in range(grades):
        if study.session is None or study.session.current() is None:
            break
        window.reveal()
        app.processEvents()
        before = window.current_qid
        start = time.perf_counter()
        window.grade(RATINGS[i % len(RATINGS)])
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert window.current_qid != before or study.session.current() is None
    window.close()
    ordered = sorted(times)
    print(
        f"{name:<34} window built {built:7.1f} ms; session started {started:6.1f} ms;"
        f" grade → next shown: n={len(times):>4}"
        f"  median {statistics.median(ordered):7.2f} ms  p95 {percentile(ordered, 0.95):7.2f} ms"
        f"  max {ordered[-1]:7.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="questions of the large deck")
    parser.add_argument("--grades", type=int, default=150, help="grades timed per deck")
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        private_settings(folder)
        with Store.open(folder / "default.sqlite3") as store:
            import_default_deck(store)
            bench(app, store, folder, "default deck", args.grades)
        with Store.open(folder / "big.sqlite3") as store:
            store.import_document(synthetic(args.size), str(folder / "big.md"), "h")
            bench(app, store, folder, f"generated deck, {args.size} questions", args.grades)
    return 0


if __name__ == "__main__":
    sys.exit(main())

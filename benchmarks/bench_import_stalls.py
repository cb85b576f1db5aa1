"""How long the window's event loop stalls while a big file is previewed and imported.

    python benchmarks/bench_import_stalls.py [--size 10000] [--runs 1]
                                             [--baseline OTHER_CHECKOUT] [--explain]

The app's promise: a click answers within one frame (16.7 ms), and long work shows
its progress without freezing the window. This drives the window's real import flow
offscreen, as File → Import Notes… does: the import preview of a generated notes file
of --size questions (bench_import's generator), its Import, and the window's refresh
after it; then the same for those questions as an Anki package (.apkg, written by
StudyApp's own export). A QTimer on the main thread ticks every 4 ms meanwhile; each
gap between two ticks is time the window could answer nothing. Prints, per file, the
p95 and the longest gaps with the phase each fell in:

    preview: reading     the preview's parse on its worker, its progress shown
    preview: shown       the preview's rows built and shown (the parse's end)
    import: on worker    Import pressed until the import reports its end
    after import         the window shows the new deck (tree, figures, study queue)

A gap's phase is the one in effect when the gap ended (what the main thread handled
during it set that phase), with the phase it began in where they differ. Each
checkout runs in a process of its own (the programs alternating, run by run), on a
store holding the bundled default deck. With --baseline, another checkout (e.g. one
made with `git archive 45136cc2 | tar -x -C DIR`) runs the same flow in the same run.
With --explain, a thread samples the main thread's stack during each stall over 20 ms
and prints the most frequent places (a diagnosis, not a figure).

Wall times on a shared machine: compare only the checkouts of the same run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from checkouts import compared  # (beside this file)

ROOT = Path(__file__).resolve().parent.parent
FRAME_MS = 16.7
TICK_MS = 4
STORE = "from studyapp.core.store import Store"
PHASES = ("preview: reading", "preview: shown", "import: on worker", "after import")


# --- inside the measured checkout's own process ------------------------------------------


def measure(checkout: Path, notes: Path, data: Path, explain: bool) -> dict:
    """The import flow of `notes` in a window of `checkout`: every heartbeat gap (ms) with
    its phases, and (`explain`) the main thread's places during stalls."""
    sys.path.insert(0, str(checkout))
    import threading
    import time
    import traceback

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer

    from studyapp.app import application, create_window
    from studyapp.core.store import Store
    from studyapp.ui.messages import Messages

    class Quiet(Messages):  # the summary box would wait for a click
        def _show(self, kind: str, title: str, text: str) -> None:
            print(f"{kind}: {title}: {text[:200]}", file=sys.stderr)

        def crash(self, summary: str, details: str) -> None:
            raise SystemExit(f"{summary}\n{details}")

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(data / "qsettings"))
    # The store made by another process: this one starts as the app does, its parsing
    # stack not loaded yet (the first preview loads it).
    made = "from studyapp.core.importer import import_default_deck as i; i(Store.open(p))"
    subprocess.run(
        [sys.executable, "-c", f"{STORE}; p = {str(data / 'studyapp.sqlite3')!r}; {made}"],
        check=True,
    )
    app = application()
    store = Store.open(data / "studyapp.sqlite3")
    settings = QSettings(str(data / "window.ini"), QSettings.Format.IniFormat)
    window = create_window(store, settings, app=app, messages=Quiet())
    window.resize(1300, 850)
    window.show()

    def run_for(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def run_until(signal, limit_ms: int = 600_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(limit_ms, loop.quit)
        loop.exec()

    run_for(1500)  # the window's first frame, its figures and idle work
    ticks: list[tuple[float, str]] = []
    phase = ["idle"]
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(TICK_MS)
    places: dict[str, int] = {}
    sampling = threading.Event()
    main = threading.get_ident()
    workers: list[tuple[float, str]] = []  # --explain: (stall, where the other threads were)

    def tick() -> None:
        now = time.perf_counter()
        if explain and ticks and (now - ticks[-1][0]) * 1000 > 30:
            # The worker that held the interpreter's lock meanwhile is still about there.
            for ident, frame in sys._current_frames().items():
                ours = [f for f in traceback.extract_stack(frame) if "studyapp" in f.filename]
                if ident != main and ours:
                    where = " < ".join(
                        f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in ours[-1:-4:-1]
                    )
                    workers.append((round((now - ticks[-1][0]) * 1000), where))
        ticks.append((now, phase[0]))

    heartbeat.timeout.connect(tick)
    heartbeat.start()

    def sample() -> None:  # --explain: where the main thread is while it stalls
        while not sampling.wait(0.002):
            if ticks and (time.perf_counter() - ticks[-1][0]) * 1000 > 20:
                frame = sys._current_frames().get(main)
                stack = traceback.extract_stack(frame) if frame is not None else []
                ours = [f for f in stack if "studyapp" in f.filename][-3:]
                where = " < ".join(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(ours)
                )
                key = f"{phase[0]}: {where or '(Qt, or waiting for the GIL)'}"
                places[key] = places.get(key, 0) + 1

    sampler = threading.Thread(target=sample, daemon=True)
    collections: list[tuple[float, int, str]] = []  # (ms, generation, thread)
    collecting: dict[int, float] = {}

    def collected(stage: str, info: dict) -> None:  # --explain: the collector's pauses
        if stage == "start":
            collecting[threading.get_ident()] = time.perf_counter()
        elif (start := collecting.pop(threading.get_ident(), None)) is not None:
            ms = (time.perf_counter() - start) * 1000
            if ms > 5:
                who = "main" if threading.get_ident() == main else "worker"
                collections.append((round(ms, 1), info["generation"], f"{phase[0]}, {who}"))

    if explain:
        sampler.start()
        import gc

        gc.callbacks.append(collected)
    run_for(300)
    files = window.controllers["files"]
    began = time.perf_counter()
    phase[0] = PHASES[0]
    files.preview_import(notes)
    dialog = files.preview_dialog
    dialog.ready.connect(lambda: phase.__setitem__(0, PHASES[1]))
    run_until(dialog.ready)
    previewed = time.perf_counter()
    run_for(300)
    importer = files.importer
    importer.completed.connect(lambda _outcome: phase.__setitem__(0, PHASES[3]))
    phase[0] = PHASES[2]
    started = time.perf_counter()
    dialog.accept()
    run_until(importer.finished)
    imported = time.perf_counter()
    run_for(3000)  # the window's refresh after it: tree, figures, idle work
    heartbeat.stop()
    sampling.set()
    questions = store.question_count()
    window.close()
    store.close()
    gaps = [(round((t - t0) * 1000, 2), p0, p) for (t0, p0), (t, p) in itertools.pairwise(ticks)]
    return {
        "gaps": gaps,
        "questions": questions,
        "preview_s": previewed - began,
        "import_s": imported - started,
        "places": places,
        "collections": collections,
        "workers": workers,
    }


# --- the runner ----------------------------------------------------------------------------


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measured(
    script: str, checkout: Path, data: Path, tmp: Path, *args: str, compiled: Path | None = None
) -> dict:
    """What `script --measure …` prints, run in a process of its own on `checkout`, with
    settings and data of its own under `data`; its modules' bytecode read from under
    `compiled` where given (PYTHONPYCACHEPREFIX)."""
    data.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    if compiled is not None:
        env["PYTHONPYCACHEPREFIX"] = str(compiled)
    env["XDG_CONFIG_HOME"] = str(data / "config")
    env["XDG_DATA_HOME"] = str(data / "share")
    env.pop("STUDYAPP_DATA_DIR", None)
    env["PYTHONPATH"] = str(checkout)
    result = subprocess.run(
        [sys.executable, script, "--measure", *args],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode != 0:
        raise SystemExit(f"{checkout} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_once(checkout: Path, notes: Path, tmp: Path, number: int, explain: bool) -> dict:
    data = tmp / f"data{number}"
    return measured(
        __file__,
        checkout,
        data,
        tmp,
        str(checkout),
        str(notes),
        str(data),
        *(["--explain"] if explain else []),
    )


def report(label: str, runs: list[dict], explain: bool) -> None:
    gaps = [g for run in runs for g in run["gaps"]]
    times = [ms for ms, _, _ in gaps]
    longest = sorted(gaps, reverse=True)[:6]
    over = sum(ms > FRAME_MS for ms in times)
    preview = statistics.median(r["preview_s"] for r in runs)
    imported = statistics.median(r["import_s"] for r in runs)
    print(
        f"  {label:14s} ticks {len(times):6d}  p95 {percentile(times, 0.95):6.1f} ms"
        f"  over a frame {over:4d}  preview {preview:5.1f} s  import {imported:5.1f} s"
        f"  ({runs[-1]['questions']:,} questions in the store)"
    )
    for phase in PHASES:
        within = [ms for ms, _, p in gaps if p == phase]
        if within:
            print(
                f"    {phase:18s} longest {max(within):7.1f} ms  p95"
                f" {percentile(within, 0.95):6.1f} ms  over a frame"
                f" {sum(ms > FRAME_MS for ms in within):4d} of {len(within)}"
            )
    said = ", ".join(f"{ms:.0f} ({p if p0 == p else f'{p0} → {p}'})" for ms, p0, p in longest)
    print(f"    longest stalls, ms: {said}")
    if explain:
        places: dict[str, int] = {}
        for run in runs:
            for where, count in run["places"].items():
                places[where] = places.get(where, 0) + count
        for where, count in sorted(places.items(), key=lambda kv: -kv[1])[:12]:
            print(f"      {count * 2:5d} ms  {where}")
        held = sorted((w for run in runs for w in run["workers"]), reverse=True)
        for ms, where in held[:8]:
            print(f"      after a stall of {ms} ms, a worker was at {where}")
        pauses = sorted((c for run in runs for c in run["collections"]), reverse=True)
        for ms, generation, where in pauses[:8]:
            print(f"      garbage collection, generation {generation}: {ms:.0f} ms ({where})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000, help="questions in each file")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout")
    parser.add_argument("--explain", action="store_true", help="where the main thread stalls")
    parser.add_argument("--only", choices=("md", "apkg"), default=None)
    parser.add_argument("--measure", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        checkout, notes, data = args.measure
        print(json.dumps(measure(checkout.resolve(), notes, data, args.explain)))
        return 0
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_import import generated_notes

    from studyapp.core.deck_export import export_deck
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    checkouts = compared(args.baseline)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        notes = tmp / "notes" / "generated.md"
        notes.parent.mkdir()
        notes.write_text(generated_notes(args.size), encoding="utf-8")
        package = tmp / "package" / "generated.apkg"
        package.parent.mkdir()
        with Store.open(tmp / "maker.sqlite3") as store:
            import_file(store, notes)
            export_deck(store, store.decks()[0].id, package)
        files = {"md": notes, "apkg": package}
        if args.only:
            files = {args.only: files[args.only]}
        number = 0
        for kind, path in files.items():
            size = path.stat().st_size / 1e6
            print(
                f"{kind}: {path.name}, {args.size:,} questions, {size:.1f} MB; {args.runs} run(s)"
            )
            runs: dict[str, list[dict]] = {label: [] for label in checkouts}
            for _ in range(args.runs):
                for label, checkout in checkouts.items():  # alternated: the same load
                    number += 1
                    runs[label].append(run_once(checkout, path, tmp, number, args.explain))
            for label, measured in runs.items():
                report(label, measured, args.explain)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

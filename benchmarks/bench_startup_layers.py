"""Where start-up goes, layer by layer, in instructions: how far a start could fall
if everything but the first frame's modules loaded later.

    python benchmarks/bench_startup_layers.py

bench_startup_instructions.py counts a whole start against a bare PySide6 window.
This counts, by valgrind's callgrind on the main thread, a ladder of programs that
each import one layer more, so the cost of each layer shows beside the bare window:

  1. Python alone;
  2. the Qt modules the bare window imports (QtCore, QtGui, QtWidgets);
  3. the bare window itself, shown until its first paint (the floor);
  4. (2) and PySide's `Qt` namespace, which almost every widget call needs (PySide
     builds its 93 Python enums at once, the first time it is touched);
  5. (4) and the store (`studyapp.core.store`: SQLite and the store's modules);
  6. (5) and the first frame's window: the main window, its tree and answer pane,
     and the browse controller that fills them;
  7. every module `studyapp --smoke` imports, without building a window;
  8. `studyapp --smoke` on a prepared store, until its first paint.

Rung 6 is a floor for any start that shows the tree and an answer in its first frame
with every other feature loaded later: its ratio to the bare window, plus the cost
of building and painting that window, is as low as such a start could go. Prints
million instructions per rung, the step from the rung before, and the ratio to (3).
Needs valgrind on the PATH.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup_instructions import BARE, ROOT, counted_env, instructions, prepared

QT_MODULES = "import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets"
QT_NAMESPACE = f"{QT_MODULES}; from PySide6.QtCore import Qt"
STORE = f"{QT_NAMESPACE}; import studyapp.core.store"
FIRST_FRAME = f"{STORE}; import studyapp.ui.main_window, studyapp.ui.controllers.browse"
EVERY_MODULE = f"{FIRST_FRAME}; import studyapp.startup, studyapp.cli, studyapp.app"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = counted_env(tmp)
        python = [sys.executable, "-c"]
        ladder = [
            ("python alone", [*python, "pass"]),
            ("Qt modules", [*python, QT_MODULES]),
            ("bare window (floor)", [sys.executable, str(BARE)]),
            ("+ Qt namespace", [*python, QT_NAMESPACE]),
            ("+ the store", [*python, STORE]),
            ("+ first frame's window", [*python, FIRST_FRAME]),
            ("every module", [*python, EVERY_MODULE]),
            ("studyapp --smoke", prepared(ROOT, Path(tmp) / "d", env)),
        ]
        out = Path(tmp) / "callgrind.out"
        counts = {name: instructions(cmd, env, ROOT, out).main for name, cmd in ladder}
    floor = counts["bare window (floor)"]
    print(f"{'':24s} {'main thread':>12s} {'step':>9s} {'× bare':>8s}  (million instructions)")
    before = 0
    for name, count in counts.items():
        step = "" if name.startswith("bare") else f"{(count - before) / 1e6:+9.1f}"
        print(f"{name:24s} {count / 1e6:12.1f} {step:>9s} {count / floor:7.2f}x")
        if not name.startswith("bare"):
            before = count
    return 0


if __name__ == "__main__":
    sys.exit(main())

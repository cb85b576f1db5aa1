"""Where `studyapp --smoke` spends its instructions, phase by phase, on the main thread.

    python benchmarks/bench_startup_phases.py

bench_startup_layers.py counts programs that import one layer more each; this counts
one start, cut into phases: Python, the command line, PySide, the `Qt` namespace
(its Python enums, built at once), the window's modules, the QApplication, opening
the store, building the window, showing it (the first answer laid out) and the event
loop until the first paint. Each cut is a call of os.getppid(), which valgrind's
callgrind is told to dump its counts before (--dump-before=getppid): one dump per
phase (two runs agreed within 0.2 % on the big phases, 2.5 % on the first paint's).
The start runs in-process from a driver (the same code as `python -m studyapp
--smoke`, its functions wrapped where a phase ends), and its sum runs about 3 %
above a plain start's count (bench_startup_instructions.py): the driver's wrappers
and imports.
Needs valgrind on the PATH.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup_instructions import ROOT, counted_env, prepared

# Run inside the counted process: argv[1] is the data folder. Wrappers are plain
# functions: functools.wraps would read a PySide method's __doc__, which builds its
# signature text (tens of millions of instructions that a start never spends).
DRIVER = """
import os, sys
names = []
def cut(name):
    os.getppid()
    names.append(name)
def phase(owner, attr, name, static=False):
    inner = getattr(owner, attr)
    def wrapped(*args, **kwargs):
        cut("")
        try:
            return inner(*args, **kwargs)
        finally:
            cut(name)
    setattr(owner, attr, staticmethod(wrapped) if static else wrapped)
cut("python and site")
from studyapp import cli
cut("the command line (studyapp.cli)")
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
cut("PySide: QtCore, QtGui, QtWidgets")
from PySide6.QtCore import Qt
cut("the Qt namespace (its enums)")
from studyapp.ui import import_check
import_check.install()
from studyapp import app
cut("the window's modules (studyapp.app)")
from PySide6.QtWidgets import QApplication
from studyapp.ui.main_window import MainWindow
phase(app, "application", "QApplication and fonts (app.application)")
phase(app, "open_user_store", "opening the store (open_user_store)")
phase(app, "create_window", "building the window (create_window)")
phase(MainWindow, "show", "showing it: the first answer laid out")
phase(QApplication, "exec", "the event loop until the first paint", static=True)
status = cli.main(["--smoke", "--data-dir", sys.argv[1]])
cut("closing")
with open(sys.argv[2], "w") as out:
    out.write("\\n".join(names))
os._exit(status)
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = counted_env(tmp)
        data = Path(tmp) / "d"
        prepared(ROOT, data, env)
        out, names = Path(tmp) / "callgrind.out", Path(tmp) / "names"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--separate-threads=yes",
            "--dump-before=getppid",
        ]
        command += [f"--callgrind-out-file={out}", sys.executable, "-c", DRIVER]
        subprocess.run([*command, str(data), str(names)], env=env, cwd=ROOT, check=True)
        # callgrind.out.N-01: the main thread's count between cut N-1 and cut N
        dumps = Path(tmp).glob("callgrind.out.*-01")
        dumps = sorted(dumps, key=lambda p: int(p.name.split(".")[-1].split("-")[0]))
        cuts = names.read_text().split("\n")
        counts = [int(re.search(r"^summary:\s*(\d+)", p.read_text(), re.M)[1]) for p in dumps]
    print(f"{'million instructions':>20s} {'so far':>8s}  phase (main thread)")
    total = between = 0
    for name, count in zip(cuts, counts, strict=True):
        total += count
        if not name:  # an unnamed cut opens a wrapped phase: the start's code before it
            between += count
            continue
        print(f"{count / 1e6:20.1f} {total / 1e6:8.1f}  {name}")
    print(f"{between / 1e6:20.1f} {'':8s}  the start's own code between those phases")
    return 0


if __name__ == "__main__":
    sys.exit(main())

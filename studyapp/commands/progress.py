"""An import's progress on the command line: `studyapp import big.md` said nothing for
the 40 s a 19 MB file took, as if it had hung.

On a terminal, one line on stderr follows the import's steps and percent, rewritten
in place and wiped at the end: what the command prints after it (the summary, or
an error in one line) reads as before. Elsewhere (a log, a pipe, a script) a line
per step, once the import has run a moment (`QUIET_SECONDS`): a quick import, or
a file refused at once, prints what it did before and nothing more.
"""

from __future__ import annotations

import sys
import threading
from typing import TextIO

QUIET_SECONDS = 1.0  # how long an import runs before a log gets its steps


class ImportProgress:
    """The `progress` callback of core.importer.import_file, writing to `stream`. Its
    steps come from the import's thread; `wake` from a timer's, once the quiet time
    is over."""

    def __init__(self, stream: TextIO | None = None, *, quiet_seconds: float = QUIET_SECONDS):
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.live = self.stream.isatty()
        except (AttributeError, ValueError):
            self.live = False
        self._lock = threading.Lock()
        self._width = 0  # of the live line shown
        self._step = ""  # the step last written on a line of its own
        self._pending = ""  # the step under way, not yet written (a log, still quiet)
        self._awake = quiet_seconds <= 0 or self.live
        self._timer: threading.Timer | None = None
        if not self._awake:
            self._timer = threading.Timer(quiet_seconds, self.wake)
            self._timer.daemon = True
            self._timer.start()

    def __call__(self, step: str, percent: int) -> None:
        line = f"{step} … {percent}%"
        with self._lock:
            if self.live:
                self.stream.write("\r" + line.ljust(self._width))
                self._width = len(line)
                self.stream.flush()
                return
            phase = step.split(":")[0]  # "Finding questions in x: 3 of 9 files": one step
            if phase == self._step:
                return
            self._step = phase
            if not self._awake:
                self._pending = line
                return
            print(f"studyapp: {line}", file=self.stream, flush=True)

    def wake(self) -> None:
        """The import has run its quiet time: its step under way is written, and each
        one after it."""
        with self._lock:
            if self._awake:
                return
            self._awake = True
            if self._pending:
                print(f"studyapp: {self._pending}", file=self.stream, flush=True)
                self._pending = ""

    def end(self) -> None:
        """The import ended (done, refused or failed): a live line is wiped, and a
        quiet one says nothing more."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            if self.live and self._width:
                self.stream.write("\r" + " " * self._width + "\r")
                self.stream.flush()
                self._width = 0
            self._step = self._pending = ""

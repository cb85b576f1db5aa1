"""Python's cycle collector, paused while the window starts.

A start allocates tens of thousands of objects that live as long as the app (its
modules, classes and functions, PySide's types and enums, the window's wrappers)
and next to no garbage; the collector, run after every 700 new objects, went over
all of them again and again before the first frame. `pause` stops it before the
app's modules are imported (cli); `resume` starts it again once the window's first
frame is out (app.create_window), or when the run ends without one. Objects freed
by their reference counts, nearly all, are freed as before; only reference cycles
wait for the collector's next pass.

While the window runs, long work on a worker thread holds the collector off too
(`held`): a collection runs on whichever thread happens to allocate when the
collector's count is reached, and holds the interpreter's lock until it ends, so the
window's thread can run none of its Python meanwhile. A big file's parse on a worker
builds millions of objects, and the collections that building set off walked all of
them, each holding the window for up to 150 ms, several times over one preview
(benchmarks/bench_import_stalls.py --explain). Its passing objects are freed by their
reference counts as soon as they are dropped (the parse's memory peak is the same
either way: 118 MB for 10,000 questions). What it leaves alive (a preview's 10,000
questions) would then be young objects, walked by the next young collections one
after another (pauses of 60 and 40 ms): when the work ends they are moved to the
oldest generation at once (`gc.freeze` then `gc.unfreeze`, which hands them back as
old objects), where only a full collection, as rare as before, walks them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_paused: list[bool] = []  # one entry while this module has the collector paused
_lock = threading.Lock()
_holders = 0  # works under way that hold the collector off (`held`)
_was_on = False  # whether the collector was on when the first of them came


def pause() -> None:
    """Stop the cycle collector, unless it is stopped already (by someone else: then
    `resume` leaves it stopped too)."""
    if gc.isenabled() and not _paused:
        gc.disable()
        _paused.append(True)


def resume() -> None:
    """Start the collector again if `pause` stopped it; said twice, nothing more."""
    global _was_on
    if _paused:
        _paused.clear()
        with _lock:
            if _holders:
                _was_on = True  # on again when the last hold ends
            else:
                gc.enable()


@contextmanager
def held() -> Iterator[None]:
    """Within it, no automatic collection runs, on any thread; nested and concurrent
    holds (two workers) keep it off until the last one ends, which makes what is alive
    then old."""
    global _holders, _was_on
    with _lock:
        if _holders == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_on:
                gc.freeze()  # every object alive, out of the generations…
                gc.unfreeze()  # …and back, into the oldest one
                gc.enable()

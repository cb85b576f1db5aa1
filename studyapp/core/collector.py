"""Python's cyclic garbage collector kept off the window's back while long work runs
on a worker thread.

A collection runs on whichever thread happens to allocate when the collector's count
is reached, and holds the interpreter's lock until it ends: the window's thread can
run none of its Python meanwhile. A big file's parse on a worker builds millions of
objects, and the collections that building set off walked all of them, each holding
the window for up to 150 ms, several times over one preview. So the work runs with
the collector off (`held`): its passing objects are freed by their reference counts
as soon as they are dropped (the parse's memory peak is the same either way: 118 MB
for 10,000 questions). What it leaves alive (a preview's 10,000 questions) would then
be young objects, walked by the next young collections one after another (a pause of
60 ms, then of 40): when the work ends they are moved to the oldest generation at once
(`gc.freeze` then `gc.unfreeze`, which hands them back as old objects), where only a
full collection, as rare as before, walks them (and frees any cycle among them).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_on = False  # whether the collector was on when the first holder came


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

"""Python's cycle collector, paused while the window starts.

A start allocates tens of thousands of objects that live as long as the app (its
modules, classes and functions, PySide's types and enums, the window's wrappers)
and next to no garbage; the collector, run after every 700 new objects, went over
all of them again and again before the first frame. `pause` stops it before the
app's modules are imported (cli); `resume` starts it again once the window's first
frame is out (app.create_window), or when the run ends without one. Objects freed
by their reference counts, nearly all, are freed as before; only reference cycles
wait for the collector's next pass.
"""

from __future__ import annotations

import gc

_paused: list[bool] = []  # one entry while this module has the collector paused


def pause() -> None:
    """Stop the cycle collector, unless it is stopped already (by someone else: then
    `resume` leaves it stopped too)."""
    if gc.isenabled() and not _paused:
        gc.disable()
        _paused.append(True)


def resume() -> None:
    """Start the collector again if `pause` stopped it; said twice, nothing more."""
    if _paused:
        _paused.clear()
        gc.enable()

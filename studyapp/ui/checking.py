"""A start's check of the study data on a thread, the small window a slow one shows.

A damaged store is checked and salvaged before the main window can open: half a
minute for a big store, during which nothing at all was on the screen, and the person
took the app for one that had not started. The check now runs on a thread
(`while_checking`); a check that takes longer than SHOW_AFTER_SECONDS brings up this
window ("Checking your study data…", "Repairing your study data…" once the damage
is being mended, then "Reading your notes again…"), with a busy bar, kept responsive
by an event loop of its own until the check ends. A normal start, whose check is a
few milliseconds, shows no window and waits no longer than the check.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

T = TypeVar("T")

SHOW_AFTER_SECONDS = 0.5
REFILLING = "refilling"  # a recovered store's notes read again (core.refill)


def while_checking(
    work: Callable[[Callable[[str], object]], T], *, show_after: float = SHOW_AFTER_SECONDS
) -> T:
    """`work(stage)` run on a thread, its result returned (its exception raised) here;
    CheckingWindow shown meanwhile when it takes longer than `show_after` seconds.
    `work` tells `stage` what it is doing (core.store.recovery.REPAIRING). Without a
    QApplication it simply runs here."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        return work(lambda _stage: None)
    finished = threading.Event()
    outcome: dict[str, Any] = {}
    told: list[str] = []
    relays: list[Any] = []  # the window's relay, once a slow check has brought it up

    def stage(name: str) -> None:
        told.append(name)
        for relay in relays:
            relay.stage.emit(name)

    def run() -> None:
        try:
            outcome["value"] = work(stage)
        except BaseException as exc:  # raised again on the main thread
            outcome["error"] = exc
        finally:
            finished.set()
            for relay in relays:  # (set before `finished` was seen unset: it is waited on)
                relay.done.emit()

    thread = threading.Thread(target=run, name="store-check", daemon=True)
    thread.start()
    if not finished.wait(show_after):
        from studyapp.ui import checking_window  # (a window only a slow check needs)

        relay = checking_window.Relay()
        window = checking_window.CheckingWindow(checking_window.CHECKING)
        relay.stage.connect(window.say)
        loop = QEventLoop()
        relay.done.connect(loop.quit)
        relays.append(relay)  # the thread tells it from now on
        if told:
            window.say(told[-1])
        window.show()
        if not finished.is_set():  # (ended before `done` was connected: no quit to wait for)
            loop.exec()
        window.close()
        window.deleteLater()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]

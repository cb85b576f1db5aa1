"""A start while the StudyApp quitting still writes its closing backup (its window
already hidden): it waits for that one to end and opens the store for writing, where
it offered a read-only window beside one the person had just closed. A StudyApp
that is not quitting is still met as before."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from studyapp.core.recovery import closing, wait_for_closing
from studyapp.startup import READ_ONLY_RUNNING, open_user_store
from tests.ui.conftest import ScriptedMessages

ROOT = Path(__file__).resolve().parents[1]

HOLDER = """
import sys
from studyapp.core.recovery import acquire_store_lock, note_closing
lock = acquire_store_lock(sys.argv[1])
if sys.argv[2] == "closing":
    note_closing(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()  # the closing backup, written
lock.release()
"""


class Holder:
    """Another StudyApp's process holding the data folder's lock, quitting or not."""

    def __init__(self, folder: Path, state: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(folder), state],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "holding"

    def end(self) -> None:
        self.process.communicate("done\n", timeout=30)  # closes its pipes too


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path


@pytest.fixture
def waiting_seen(monkeypatch) -> threading.Event:
    """Set once a start waits on the lock (its first pause between two tries): the
    holder ends only then, so the start met the lock held."""
    seen = threading.Event()
    real = time.sleep

    def pause(seconds: float) -> None:
        seen.set()
        real(seconds)

    monkeypatch.setattr(time, "sleep", pause)
    return seen


def test_a_start_waits_for_the_studyapp_quitting_then_takes_the_lock(folder, waiting_seen):
    holder = Holder(folder, "closing")
    assert closing(folder)
    got: list = []
    waiting = threading.Thread(target=lambda: got.append(wait_for_closing(folder, 60)))
    waiting.start()
    assert waiting_seen.wait(30)
    holder.end()
    waiting.join(60)
    (lock,) = got
    assert lock is not None and lock.held
    lock.release()


def test_a_studyapp_running_on_is_not_waited_for(folder):
    holder = Holder(folder, "running")
    try:
        assert not closing(folder)
        assert wait_for_closing(folder, 60) is None
    finally:
        holder.end()


def test_the_start_opens_the_store_for_writing_once_the_one_quitting_ended(folder, waiting_seen):
    holder = Holder(folder, "closing")
    asked: list = []
    opened: list = []

    def start() -> None:
        opened.append(
            open_user_store(
                folder,
                ScriptedMessages(),
                datetime.now().astimezone(),
                ask=lambda owner, _freed: asked.append(owner) or True,
            )
        )

    starting = threading.Thread(target=start)
    starting.start()
    waiting_seen.wait(30)  # (before the change: never; it asked at once)
    holder.end()
    starting.join(60)
    (store,) = opened
    try:
        assert asked == [] and store.read_only is None  # never "another StudyApp is running"
        assert store.read_only != READ_ONLY_RUNNING
    finally:
        store.store.close()
        store.release()

"""The automatic backup of a big store is made on a worker thread: the window goes
on (grades included) while it is copied, the backup appears whole, and closing,
restoring and Back Up Now never share the store with it. The copy is held half-way
by the test (an event, never a sleep) so each case meets the backup under way."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool

from studyapp.core.backup import check_backup, list_backups, make_backup, recovery_order
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from studyapp.ui import backup_worker
from tests.helpers.cards import record
from tests.ui.conftest import QUESTIONS, T0, make_doc

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

MANY = tuple(
    (f"What is thing {i}?", ("Things", f"Group {i % 40}"), "A long enough answer. " * 20)
    for i in range(3000)
)


@pytest.fixture
def backups(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def big(store):
    """The test store with a few thousand questions more (several MB)."""
    store.import_document(make_doc(MANY, deck="Things"), "/things.md", "h-things")
    return store


class HeldCopy:
    """Holds a backup made by the worker half-way through its copy (its connection
    open, pages copied) until `release()`, or until the backup is cancelled."""

    def __init__(self, monkeypatch) -> None:
        self.copying = threading.Event()
        self.released = threading.Event()
        self.reasons: list[str] = []
        real = backup_worker.make_backup

        def held(store_path, folder, now, reason, *, progress, cancelled):
            def hold(step: str, percent: int) -> None:
                progress(step, percent)
                if 0 < percent < 80 and not self.copying.is_set():
                    self.reasons.append(reason)
                    self.copying.set()
                    self.released.wait(30)

            return real(store_path, folder, now, reason, progress=hold, cancelled=cancelled)

        real_cancel = backup_worker.BackupTask.cancel

        def cancel(task) -> None:
            real_cancel(task)
            self.released.set()  # a cancel reaches the copy at its next step

        monkeypatch.setattr(backup_worker, "make_backup", held)
        monkeypatch.setattr(backup_worker.BackupTask, "cancel", cancel)

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def busy_pool(qtbot):
    """A pool of one thread, held busy (an import, say) until the test sets `free`."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    busy, free = threading.Event(), threading.Event()

    class Busy(QRunnable):
        def run(self) -> None:
            busy.set()
            free.wait(30)

    pool.start(Busy())
    qtbot.waitUntil(busy.is_set)
    yield pool, free
    free.set()
    pool.waitForDone(5000)


def due_backup(window, clock):
    """Something changed and 31 minutes went by: the next tick backs up."""
    study = window.controllers["study"]
    study.start_study(all_topics=True)
    window.reveal()
    assert window.grade(3) is not None
    clock.advance(minutes=31)


def count(path) -> tuple[int, int]:
    with Store.open_read_only(path) as copy:
        return copy.question_count(), len(copy.reviews())


def test_the_tick_returns_at_once_and_a_grade_during_the_backup_is_kept(
    qtbot, make_window, big, clock, backups, monkeypatch
):
    held = HeldCopy(monkeypatch)
    window = make_window(show=True, auto_backup=True)
    data_safety = window.controllers["data_safety"]
    due_backup(window, clock)
    questions = big.question_count()

    assert data_safety.tick_backup()  # returned while the copy is under way …
    qtbot.waitUntil(held.copying.is_set)
    assert list_backups(backups) == []  # … and no backup is there yet
    assert data_safety.worker.busy and not data_safety.tick_backup()  # one at a time

    window.reveal()
    assert window.grade(4) is not None  # a grade while it copies: saved at once
    assert len(big.reviews()) == 2
    held.release()
    qtbot.waitUntil(lambda: not data_safety.worker.busy)

    (made,) = list_backups(backups)
    assert made.reason == "auto" and made.usable
    check_backup(made.path)  # whole and sound
    assert count(made.path)[0] == questions
    assert not [p for p in backups.iterdir() if p.name.startswith(".")]  # no partial left
    assert window.messages.shown == []
    # The grade is in the store, and the next backup has it whatever this one saw.
    assert len(window.store.reviews()) == 2
    clock.advance(minutes=31)
    assert data_safety.tick_backup()
    qtbot.waitUntil(lambda: not data_safety.worker.busy)
    newest = list_backups(backups)[0]
    assert count(newest.path) == (questions, 2)


def test_closing_during_an_automatic_backup_stops_it_and_backs_up_on_closing(
    qtbot, make_window, big, clock, backups, monkeypatch
):
    held = HeldCopy(monkeypatch)
    window = make_window(show=True, auto_backup=True)
    data_safety = window.controllers["data_safety"]
    due_backup(window, clock)
    assert data_safety.tick_backup()
    qtbot.waitUntil(held.copying.is_set)

    window.close()  # the automatic one stops; the closing one is made, whole

    assert not data_safety.worker.busy
    (made,) = list_backups(backups)
    assert made.reason == "close"
    check_backup(made.path)
    assert count(made.path) == (big.question_count(), 1)
    assert not [p for p in backups.iterdir() if p.name.startswith(".")]


def test_a_restore_during_an_automatic_backup_waits_for_it_to_stop(
    qtbot, make_window, store, clock, backups, monkeypatch
):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "manual")
    store.import_document(make_doc(MANY, deck="Things"), "/things.md", "h-things")
    held = HeldCopy(monkeypatch)
    window = make_window(show=True, auto_backup=True)
    data_safety = window.controllers["data_safety"]
    due_backup(window, clock)
    assert data_safety.tick_backup()
    qtbot.waitUntil(held.copying.is_set)

    assert data_safety.restore_from_backup(older)  # not refused as "in use"

    assert window.messages.shown == []
    assert window.store.question_count() == len(QUESTIONS)
    assert not data_safety.worker.busy
    assert sorted(b.reason for b in list_backups(backups)) == ["before-restore", "manual"]
    window.close()
    window.store.close()


def test_back_up_now_during_an_automatic_backup_follows_it_with_progress(
    qtbot, make_window, big, clock, backups, monkeypatch
):
    held = HeldCopy(monkeypatch)
    window = make_window(show=True, auto_backup=True)
    data_safety = window.controllers["data_safety"]
    due_backup(window, clock)
    assert data_safety.tick_backup()
    qtbot.waitUntil(held.copying.is_set)
    dialog = data_safety.show_backups()
    steps: list[int] = []
    dialog.progress.valueChanged.connect(steps.append)

    assert data_safety.backup_now()  # the automatic one stops; this one follows
    assert dialog.working and dialog.progress.isVisible()
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: not data_safety.worker.busy)

    assert not dialog.working and not dialog.progress.isVisible()
    (made,) = list_backups(backups)
    assert made.reason == "manual" and dialog.selected() == made
    assert "Backed up just now" in dialog.status.text()
    assert steps and max(steps) >= 80  # it showed how far it was
    check_backup(made.path)
    window.store.set_setting("theme", "dark")  # a change after Back Up Now
    clock.advance(minutes=61)  # past the hour a small change waits (core.backup)
    window.close()
    # The manual backup took the stopped one's changes; the closing one has the later.
    assert sorted(b.reason for b in list_backups(backups)) == ["close", "manual"]


@pytest.mark.parametrize("reason", ["auto", "manual"])
def test_settling_a_backup_still_waiting_for_a_thread_does_not_wait_for_the_pool(
    qtbot, store, backups, reason, busy_pool
):
    """Every thread of the pool busy (an import, say): a backup waiting for one is
    taken back and stopped (automatic) or made here (manual), never waited on."""
    pool, _free = busy_pool
    worker = backup_worker.BackupWorker(lambda: Path(store.path), backups, lambda: T0, pool)
    outcomes = []
    worker.finished.connect(outcomes.append)
    assert worker.start(reason)

    worker.settle()

    assert not worker.busy and len(outcomes) == 1
    made = [b.reason for b in list_backups(backups)]
    if reason == "auto":
        assert outcomes[0].cancelled and made == []
    else:
        assert outcomes[0].path is not None and made == ["manual"]


def test_a_backup_queued_behind_a_busy_pool_is_named_for_when_it_copies(
    qtbot, store, clock, tmp_path, busy_pool
):
    """Queued at 09:00 behind an import, it copied at 09:20 under the name 09:00: a
    backup made at 09:10 holding less then passed for the newest in recovery."""
    folder = tmp_path / "backups"
    pool, free = busy_pool
    worker = backup_worker.BackupWorker(lambda: Path(store.path), folder, clock.now, pool)
    outcomes = []
    worker.finished.connect(outcomes.append)
    assert worker.start("auto")  # every pool thread busy: it waits
    qid = store.questions()[0].id
    clock.advance(minutes=10)
    record(store, qid, 3, 1.0, "study", to_ms(clock.now()))
    make_backup(store, folder, clock.now(), "before-remove-deck")  # one review
    clock.advance(minutes=10)
    record(store, qid, 3, 1.0, "study", to_ms(clock.now()))
    free.set()  # the import ends: the waiting backup copies now, two reviews
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10000)
    pool.waitForDone(5000)
    made = outcomes[0].path
    with Store.open_read_only(made) as copy:
        assert len(copy.reviews()) == 2
    assert recovery_order(list_backups(folder), clock.now())[0].path == made


def test_back_up_now_during_an_automatic_backup_is_not_copied_again_a_minute_later(
    qtbot, make_window, big, clock, backups, monkeypatch
):
    held = HeldCopy(monkeypatch)
    window = make_window(show=True, auto_backup=True)
    data_safety = window.controllers["data_safety"]
    due_backup(window, clock)
    assert data_safety.tick_backup()
    qtbot.waitUntil(held.copying.is_set)
    assert data_safety.backup_now()  # stops the automatic one and follows it
    qtbot.waitUntil(lambda: not data_safety.worker.busy)
    assert [b.reason for b in list_backups(backups)] == ["manual"]
    clock.advance(minutes=1)  # the next tick: nothing changed since Back Up Now
    assert not data_safety.tick_backup()
    assert [b.reason for b in list_backups(backups)] == ["manual"]
    window.store.set_setting("theme", "dark")  # a change: due again after the interval
    clock.advance(minutes=31)
    assert data_safety.tick_backup()
    qtbot.waitUntil(lambda: not data_safety.worker.busy)
    assert sorted(b.reason for b in list_backups(backups)) == ["auto", "manual"]

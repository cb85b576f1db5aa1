"""The Weak Topics and Statistics figures are computed off the UI thread, on a
connection of their own, one pass at a time; only the newest request's result is
shown, never one from before a change; where no second connection can be had
they are still computed, on the UI thread."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from studyapp.core.store import Store
from studyapp.ui.figures_worker import FiguresWorker
from tests.ui.conftest import make_doc


def question_count(store: Store, _cancelled) -> tuple[int, int]:
    """(the thread that counted, how many questions the store holds)."""
    return threading.get_ident(), len(store.question_outlines())


def settle() -> None:
    QThreadPool.globalInstance().waitForDone()  # every pass has ended…
    QCoreApplication.processEvents()  # …and its result reached this thread


@pytest.fixture
def worker(qtbot, store):
    current = {"store": store}
    worker = FiguresWorker(lambda: current["store"])
    worker.current = current  # the tests swap the window's store here
    shown: list[object] = []
    failed: list[BaseException] = []
    worker.ready.connect(shown.append)
    worker.failed.connect(failed.append)
    worker.shown, worker.errors = shown, failed
    yield worker
    settle()


class Gate:
    """A pass that waits, inside, until the test lets it go."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log
        self.inside, self.go = threading.Event(), threading.Event()

    def __call__(self, _store: Store, cancelled) -> str:
        self.log.append(self.name)
        self.inside.set()
        self.go.wait(10)
        return f"{self.name}, cancelled" if cancelled() else self.name


def test_the_figures_are_computed_on_another_thread_and_come_back_on_this_one(qtbot, worker):
    on: list[int] = []
    worker.ready.connect(lambda _result: on.append(threading.get_ident()))
    worker.request(question_count)
    assert worker.busy and not worker.shown  # nothing waited for: answered at once
    qtbot.waitUntil(lambda: not worker.busy)
    ((computed_on, count),) = worker.shown
    assert on == [threading.get_ident()] != [computed_on]
    assert count == len(worker.current["store"].question_outlines()) > 0


def test_one_pass_at_a_time_the_older_asked_to_stop_and_only_the_newest_shown(qtbot, worker):
    log: list[str] = []
    first, second, third = Gate("before", log), Gate("after one grade", log), Gate("last", log)
    second.go.set()
    third.go.set()
    worker.request(first)
    qtbot.waitUntil(first.inside.is_set)  # under way on the other thread
    worker.request(second)
    QCoreApplication.processEvents()
    worker.request(third)  # a second change before the first pass ended
    QCoreApplication.processEvents()
    assert log == ["before"]  # nothing more started beside it
    first.go.set()
    qtbot.waitUntil(lambda: not worker.busy)
    settle()
    assert log == ["before", "last"]  # the one in between never ran
    assert worker.shown == ["last"]


def test_a_result_on_its_way_is_not_shown_after_the_store_changed(qtbot, worker):
    log: list[str] = []
    gate = Gate("before the grade", log)
    worker.request(gate)
    qtbot.waitUntil(gate.inside.is_set)
    worker.invalidate()  # a grade, before the view's own new ask arrives
    assert not worker.busy
    gate.go.set()
    settle()
    assert worker.shown == [] and worker.errors == []


def test_a_store_that_cannot_be_opened_again_is_counted_on_this_thread(qtbot, worker, store):
    """The window keeps its connection to a file that is gone from its folder: the
    figures come from that connection instead of a second one."""
    store.path.unlink()
    worker.request(question_count)
    qtbot.waitUntil(lambda: bool(worker.shown))
    ((computed_on, count),) = worker.shown
    assert computed_on == threading.get_ident()
    assert count == len(store.question_outlines()) > 0


def test_a_store_in_memory_is_counted_on_this_thread(qtbot, worker):
    with Store.open(":memory:") as memory:
        memory.import_document(make_doc(), "/notes/interview.md", "hash")
        worker.current["store"] = memory
        worker.request(question_count)
        qtbot.waitUntil(lambda: bool(worker.shown))
        assert worker.shown == [(threading.get_ident(), len(memory.question_outlines()))]


def test_an_error_while_computing_is_reported_not_lost(qtbot, worker):
    def broken(_store: Store, _cancelled) -> None:
        raise RuntimeError("a bug in the figures")

    worker.request(broken)
    qtbot.waitUntil(lambda: bool(worker.errors))
    assert not worker.shown and str(worker.errors[0]) == "a bug in the figures"
    assert not worker.busy


def test_an_unexpected_error_opening_the_connection_is_reported_too(qtbot, worker, monkeypatch):
    def refuse(_cls, _path):
        raise sqlite3.OperationalError("locking protocol")

    monkeypatch.setattr(Store, "open_read_only", classmethod(refuse))
    worker.request(question_count)
    qtbot.waitUntil(lambda: bool(worker.errors))
    assert not worker.busy and "locking protocol" in str(worker.errors[0])


def test_a_window_closed_while_its_figures_are_computed_leaves_no_error(qtbot, store, capfd):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    worker = FiguresWorker(lambda: store, None, window)
    gate = Gate("figures", [])
    worker.request(gate)
    qtbot.waitUntil(gate.inside.is_set)
    shiboken6.delete(window)  # its worker with it
    gate.go.set()
    settle()
    assert "Traceback" not in capfd.readouterr().err

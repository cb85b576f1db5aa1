"""The Weak Topics and Statistics figures are computed off the UI thread, on a
connection of their own; only the newest request's result is shown; where no
second connection can be had they are still computed, on the UI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from studyapp.core.store import Store
from studyapp.ui.figures_worker import FiguresWorker
from tests.ui.conftest import make_doc


def question_count(store: Store) -> tuple[int, int]:
    """(the thread that counted, how many questions the store holds)."""
    return threading.get_ident(), len(store.question_outlines())


@pytest.fixture
def worker(qtbot, store):
    current = {"store": store}
    worker = FiguresWorker(lambda: current["store"])
    worker.current = current  # the tests swap the window's store here
    return worker


def test_the_figures_are_computed_on_another_thread_and_come_back_on_this_one(qtbot, worker):
    shown: list[object] = []
    worker.ready.connect(lambda result: shown.append((threading.get_ident(), result)))
    worker.request(question_count)
    assert worker.busy and not shown  # nothing waited for: the click is answered at once
    qtbot.waitUntil(lambda: not worker.busy)
    (delivered_on, (computed_on, count)), *more = shown
    assert not more
    assert delivered_on == threading.get_ident() != computed_on
    assert count == len(worker.current["store"].question_outlines()) > 0


def test_only_the_newest_request_is_shown(qtbot, worker, store):
    shown: list[object] = []
    computed: list[str] = []
    graded = threading.Event()

    def figures(name: str):
        def compute(_store: Store) -> str:
            computed.append(name)
            if name == "before the grade":
                graded.wait(10)  # still computing when the grade comes
            return name

        return compute

    worker.ready.connect(shown.append)
    worker.request(figures("before the grade"))
    qtbot.waitUntil(lambda: bool(computed))  # under way on the other thread
    worker.request(figures("after the grade"))
    graded.set()
    worker.request(figures("after the next grade"))  # in the same turn: computed once
    qtbot.waitUntil(lambda: not worker.busy)
    QThreadPool.globalInstance().waitForDone()  # every task has ended…
    QCoreApplication.processEvents()  # …and its result reached this thread
    assert shown == ["after the next grade"]
    assert computed == ["before the grade", "after the next grade"]


def test_a_store_that_cannot_be_opened_again_is_counted_on_this_thread(qtbot, worker, store):
    """The window keeps its connection to a file that is gone from its folder: the
    figures come from that connection instead of a second one."""
    shown: list[object] = []
    worker.ready.connect(shown.append)
    store.path.unlink()
    worker.request(question_count)
    qtbot.waitUntil(lambda: bool(shown))
    computed_on, count = shown[0]
    assert computed_on == threading.get_ident()
    assert count == len(store.question_outlines()) > 0


def test_a_store_in_memory_is_counted_on_this_thread(qtbot, worker):
    shown: list[object] = []
    worker.ready.connect(shown.append)
    with Store.open(":memory:") as memory:
        memory.import_document(make_doc(), "/notes/interview.md", "hash")
        worker.current["store"] = memory
        worker.request(question_count)
        qtbot.waitUntil(lambda: bool(shown))
        assert shown == [(threading.get_ident(), len(memory.question_outlines()))]


def test_an_error_while_computing_is_reported_not_lost(qtbot, worker):
    shown: list[object] = []
    failed: list[BaseException] = []
    worker.ready.connect(shown.append)
    worker.failed.connect(failed.append)

    def broken(_store: Store) -> None:
        raise RuntimeError("a bug in the figures")

    worker.request(broken)
    qtbot.waitUntil(lambda: bool(failed))
    assert not shown and str(failed[0]) == "a bug in the figures"
    assert not worker.busy


def test_a_window_closed_while_its_figures_are_computed_leaves_no_error(qtbot, store, capfd):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    worker = FiguresWorker(lambda: store, None, window)
    computing, closed = threading.Event(), threading.Event()

    def compute(_store: Store) -> int:
        computing.set()
        closed.wait(10)
        return 1

    worker.request(compute)
    qtbot.waitUntil(computing.is_set)
    shiboken6.delete(window)  # its worker and the worker's signals with it
    closed.set()
    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()
    assert "Traceback" not in capfd.readouterr().err

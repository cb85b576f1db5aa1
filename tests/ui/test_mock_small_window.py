"""A mock in a small window (700 × 420: a 1024 × 600 screen at 150 % less its panel)
keeps the window's size: its pages scroll rather than make the window taller.

A tester's window grew by itself from 700 × 420 to 700 × 558 when a mock started, and
reopened at that size: a mock's summary, once shown, stayed in the questions tab's
stack of pages, and the stack was as tall as its tallest page, shown or not."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from studyapp.core.mock import MockSettings, save_settings
from tests.helpers.idle import until_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

SMALL = (700, 420)


def settle(window) -> None:
    until_idle()  # the posted layout requests, and the fits made at the next turn
    window.layout().activate()


def out_of_sight(window, root: QWidget) -> list[str]:
    """Visible buttons under `root` not whole inside the window; one a scroll area
    holds counts where the scroll area is (scrolled to, it shows)."""
    problems = []
    inside = QRect(QPoint(0, 0), window.size())
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        seen: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                seen = parent
                break
            parent = parent.parentWidget()
        rect = QRect(seen.mapTo(window, QPoint(0, 0)), seen.size())
        if not inside.contains(rect):
            problems.append(f"{button.text()!r} at {rect.getRect()}")
    return problems


def mock_window(qtbot, make_window, store, size, *, count, seed, seconds=120):
    """A window of `size` on `store` whose next mock asks `count` questions (`seed`)."""
    save_settings(store, MockSettings(count=count, seconds_per_question=seconds))
    window = make_window(store=store, show=True)
    window.resize(*size)
    settle(window)
    window.controllers["mock"].mock_rng = random.Random(seed)
    return window


def run_through(qtbot, window, clock) -> None:
    """A whole three-question mock, each answer typed and graded: its summary shows."""
    mock = window.controllers["mock"]
    assert mock.start_mock()
    for rating in (1, 3, 2):
        clock.advance(seconds=30)
        mock.mock_panel.typed.setPlainText("the model fits the noise")
        window.reveal()
        window.grade(rating)
    assert window.mode == "browse" and window.current_page() is mock.summary_view


def test_a_mock_after_a_summary_keeps_the_small_window_as_it_is(
    qtbot, make_window, default_store, clock
):
    save_settings(default_store, MockSettings(count=3, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(3)
    run_through(qtbot, window, clock)  # in the window's first, large size
    mock.leave_mock_pages()
    window.resize(*SMALL)
    settle(window)
    assert window.size().toTuple() == SMALL
    assert mock.start_mock()
    settle(window)
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []
    window.reveal()
    settle(window)
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []


def test_the_summary_and_the_history_scroll_in_the_small_window(
    qtbot, make_window, default_store, clock
):
    window = mock_window(qtbot, make_window, default_store, SMALL, count=3, seed=5)
    mock = window.controllers["mock"]
    run_through(qtbot, window, clock)
    settle(window)
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []
    mock.show_mock_history()
    settle(window)
    assert window.current_page() is mock.history_view
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []
    mock.leave_mock_pages()
    assert mock.start_mock()  # and the next mock, after both pages were shown
    settle(window)
    assert window.size().toTuple() == SMALL


def clipped_labels(page: QWidget, viewport: QWidget) -> list[str]:
    """Visible labels of `page` that run past the viewport's right edge, or whose words
    do not fit the label (cut at its edge: "Mock interview ended e")."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    problems = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        left = label.mapTo(viewport, QPoint(0, 0)).x()
        room = label.contentsRect()
        if left + label.width() > viewport.width():
            problems.append(f"{label.text()!r} runs to {left + label.width()}")
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                problems.append(f"{label.text()!r} is cut at its foot")
            continue
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        if label.textFormat() == Qt.TextFormat.RichText:
            document.setHtml(label.text())
        else:
            document.setPlainText(label.text())
        if document.idealWidth() > room.width() + 1:
            problems.append(f"{label.text()!r} needs {document.idealWidth():.0f} of {room.width()}")
    return problems


@pytest.mark.parametrize("size", [SMALL, (760, 480)])
def test_the_summary_and_history_wrap_their_words_in_a_small_window(
    qtbot, make_window, default_store, clock, size
):
    """At 700 × 420 with the tree shown, the tabs are as narrow as they go (440 px):
    the summary's title and captions were cut sideways ("Mock interview ended e",
    "skipped · 2 not asl"); they wrap instead."""
    save_settings(default_store, MockSettings(count=3, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(3)
    assert mock.start_mock()
    clock.advance(seconds=30)
    window.reveal()
    window.grade(2)
    mock.end_mock_now()  # ended early: one graded, one skipped, one not asked
    window.resize(*size)
    settle(window)
    assert window.tree.isVisible()
    for page in (mock.summary_view, None):
        if page is None:
            mock.show_mock_history()
            settle(window)
            page = mock.history_view
        assert window.current_page() is page
        holder = page.parentWidget().parentWidget()  # the page's scroll area
        assert clipped_labels(page, holder.viewport()) == [], page


SCREEN = (1024, 576)  # a 1024 × 600 screen less the window's title bar


def whole_in_sight(widget: QWidget) -> bool:
    """Shown whole: neither cut by the window's edge nor by a scroll area's view."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_a_long_mock_s_summary_at_1024_by_600_shows_its_rows_and_keeps_its_buttons(
    qtbot, make_window, default_store, clock
):
    """A new user's 12-question summary showed 3 rows of its table (the rest to scroll
    in a box of its own), the weakest list stopped at 5 with "…", and the row of
    History / New mock / Done was under the window's edge."""
    window = mock_window(qtbot, make_window, default_store, SCREEN, count=12, seed=3, seconds=60)
    mock = window.controllers["mock"]
    assert mock.start_mock()
    graded = 0
    while window.mode == "mock":
        clock.advance(seconds=30)
        mock.mock_panel.typed.setPlainText("the model fits the noise")
        window.reveal()
        window.grade((1, 2, 3)[graded % 3])
        graded += 1
    settle(window)
    view = mock.summary_view
    assert window.current_page() is view and graded == 12
    buttons = (view.retry_button, view.export_button, view.history_button)
    for button in (*buttons, view.new_button, view.done_button):
        assert whole_in_sight(button), button.text()
    # Every row in the table, none to scroll to inside it: the page's body scrolls.
    table = view.table
    assert table.rowCount() == 12 and table.verticalScrollBar().maximum() == 0
    assert table.viewport().height() >= sum(table.rowHeight(r) for r in range(12))
    # Every weak question listed.
    weakest = view.summary.weakest
    assert len(weakest) > 5
    listed = view.weak_list.text()
    assert "…" not in listed and listed.count("<br>") == len(weakest) - 1
    # Scrolled to, the last of them shows, the buttons still in sight.
    scroll = view.body_scroll
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle(window)
    assert whole_in_sight(view.weak_list)
    assert all(whole_in_sight(button) for button in buttons)


# Seven key points (the bold terms), under a short answer and under a long one.
POINTS = ("**Producers**", "**consumers**", "**broker**", "**Kafka**", "**RabbitMQ**", "**SQS**")
SHORT = "A queue decouples " + ", ".join(POINTS) + " and **asynchronous** work."
LONG = SHORT + "\n\n" + "\n\n".join(f"Paragraph {i} of what a queue does." for i in range(30))


@pytest.fixture
def queue_store(tmp_path):
    from studyapp.core.store import Store
    from tests.ui.conftest import make_doc

    questions = (
        ("What is a message queue?", ("Systems",), SHORT),
        ("What is a message broker?", ("Systems",), LONG),
    )
    with Store.open(tmp_path / "queue.sqlite3") as s:
        s.import_document(make_doc(questions, deck="Queues"), str(tmp_path / "q.md"), "h")
        yield s


def revealed(qtbot, window, store, title):
    """The window's mock on the one question `title`, revealed."""
    mock = window.controllers["mock"]
    qid = next(q.id for q in store.questions() if q.title == title)
    assert mock.start_mock_on([qid])
    settle(window)
    window.reveal()
    settle(window)  # the panel fits itself at the next turn, once laid out
    return mock.mock_panel


def test_every_key_point_shows_under_a_short_answer_at_1024_by_600(qtbot, make_window, queue_store):
    """Under a three-line answer and its empty space, the key points showed 4 of 7 in a
    box to scroll (the tester's "What is a message queue?")."""
    window = mock_window(qtbot, make_window, queue_store, SCREEN, count=1, seed=1)
    panel = revealed(qtbot, window, queue_store, "What is a message queue?")
    points = panel.points
    assert points.count() == 7
    assert points.verticalScrollBar().maximum() == 0, points.height()
    for row in range(points.count()):
        rect = points.visualItemRect(points.item(row))
        assert points.viewport().rect().contains(rect), (row, rect)
    assert window.answer.answer_spare() >= 0  # the answer still shows whole
    assert all(whole_in_sight(button) for button in panel.grade_buttons.values())


def test_a_long_answer_keeps_its_room_over_the_key_points(qtbot, make_window, queue_store):
    """The key points take only what the answer leaves: a long answer keeps two thirds."""
    window = mock_window(qtbot, make_window, queue_store, SCREEN, count=1, seed=1)
    panel = revealed(qtbot, window, queue_store, "What is a message broker?")
    page = panel.parentWidget()
    assert panel.height() <= max(panel.minimumSizeHint().height(), page.height() / 3 + 1)
    assert all(whole_in_sight(button) for button in panel.grade_buttons.values())


TINY = (648, 200)  # the window's least size, as a tester squeezed it


@pytest.mark.parametrize(
    ("size", "face"),
    [(TINY, "asking"), (TINY, "grade"), ((648, 330), "asking")],
    ids=["least-asking", "least-grade", "short-asking"],
)
def test_a_running_mock_squeezed_keeps_its_answer_box_in_sight(
    qtbot, make_window, default_store, size, face
):
    """Squeezed to 648 x 200, a running mock showed its timer alone: the question and
    the answer box were under it, out of sight. The answer box (asking) or the grades
    (after the reveal) scroll into sight, the box no smaller than a few lines; where
    the window has the room, the question over it too."""
    window = mock_window(qtbot, make_window, default_store, SCREEN, count=3, seed=2)
    mock = window.controllers["mock"]
    assert mock.start_mock()
    panel = mock.mock_panel
    if face == "grade":
        window.reveal()
    settle(window)
    window.resize(*size)
    settle(window)  # brought into sight at the next turn, once laid out
    if face == "grade":
        assert all(whole_in_sight(button) for button in panel.grade_buttons.values())
        return
    assert whole_in_sight(panel.typed)
    assert panel.typed.viewport().height() >= panel.typed.fontMetrics().lineSpacing() * 3
    if size != TINY:
        assert whole_in_sight(window.answer.title)

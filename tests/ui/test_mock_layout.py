"""Every mock page and the Weak Topics tab laid out in a small window (1024×700): no
button or one-line label is cut short, and every table column is on screen. A widget
narrower than its size hint is one whose text Qt elides or clips ("ʼ weak Cl")."""

from __future__ import annotations

import random

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton, QWidget

from studyapp.core.mock import MockSettings, save_settings
from tests.helpers.fake_voice import FakeVoiceKit
from tests.helpers.idle import until_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

SMALL = (1024, 700)


def cut_short(root: QWidget) -> list[str]:
    """The visible buttons and one-line labels under `root` narrower than their text."""
    problems = []
    for widget in root.findChildren(QPushButton) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():  # lines cut off
                problems.append(f"{widget.text()!r}: {widget.height()} px high")
            continue
        if widget.sizeHint().width() > widget.width():
            problems.append(f"{widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
    return problems


def columns_off_screen(root: QWidget) -> list[str]:
    """Tables whose columns run past what their viewport shows."""
    problems = []
    for view in root.findChildren(QAbstractScrollArea):
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None or not view.isVisibleTo(root):
            continue
        header = header()
        if header.length() > view.viewport().width() + 1:
            problems.append(
                f"{view.accessibleName() or type(view).__name__}: {header.length()}"
                f" > {view.viewport().width()}"
            )
    return problems


def check(window, page: QWidget, name: str) -> None:
    until_idle()  # let the layouts settle (posted LayoutRequest events)
    window.layout().activate()
    assert not cut_short(page), (name, cut_short(page))
    assert not columns_off_screen(page), (name, columns_off_screen(page))


def test_every_mock_page_and_the_weak_topics_fit_at_1024_by_700(
    qtbot, make_window, default_store, clock
):
    save_settings(default_store, MockSettings(count=5, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    mock = window.controllers["mock"]
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL[0])
    # Three finished mocks (a trend), each with weak answers (a summary with weakest).
    for seed in range(3):
        mock.mock_rng = random.Random(seed)
        assert mock.start_mock()
        if seed == 2:
            check(window, window.centralWidget(), "asking")
            clock.advance(seconds=110)
            mock.tick_mock()
            check(window, mock.timer_panel, "time running out")
        for rating in (1, 2, 3, 4, 3):
            clock.advance(seconds=40)
            mock.mock_panel.typed.setPlainText("a short outline")
            window.reveal()
            if seed == 2 and rating == 2:
                check(window, window.centralWidget(), "revealed")
                mock.end_mock()
                assert mock.timer_panel.asking_end
                check(window, mock.timer_panel, "end now?")
                mock.end_mock()  # Esc again: keep going
                assert mock.ask_to_quit() and mock.timer_panel.asking == "quit"
                check(window, mock.timer_panel, "quit now?")
                mock.end_mock()
                assert not mock.timer_panel.asking_end
            window.grade(rating)
    assert window.mode == "browse"
    check(window, mock.summary_view, "summary")
    mock.show_mock_history()
    assert len(mock.history_view.rows_text()) == 3
    check(window, mock.history_view, "history")
    mock.leave_mock_pages()
    view = window.controllers["insights"].show_weak_topics()
    assert view is not None
    qtbot.waitUntil(lambda: not view.waiting)  # computed on another thread
    assert view.report is not None and view.report.questions
    check(window, view, "weak topics")
    tree = view.tree  # each row's reasons show: in "Why", or under its name where narrow
    if tree.isColumnHidden(2):
        first = tree.indexFromItem(tree.topLevelItem(0), 0)
        assert tree.itemDelegateForColumn(0).line_under(first)
    else:
        assert tree.header().sectionViewportPosition(2) + 40 < tree.viewport().width()


@pytest.mark.parametrize(("speech", "recording"), [(False, False), (True, True)])
def test_the_setup_fits_with_or_without_voice(qtbot, make_window, default_store, speech, recording):
    window = make_window(store=default_store, show=True)
    kit = FakeVoiceKit(speech=speech, recording=recording)
    window.controllers["mock"].make_voice_kit = lambda: kit
    dialog = window.controllers["mock"].open_mock_setup()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    check(dialog, dialog, "set-up")
    dialog.reject()


def mock_in_the_narrowest_window(qtbot, make_window, store, count: int):
    """Half a laptop screen: a mock of `count` questions, the window held at its
    minimum width."""
    save_settings(store, MockSettings(count=count, seconds_per_question=120))
    window = make_window(store=store, show=True)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(1)
    assert mock.start_mock()
    window.resize(300, 700)  # held at the minimum
    qtbot.waitUntil(lambda: window.width() < 800)
    return window, mock


def test_the_timer_panel_fits_the_narrowest_window(qtbot, make_window, default_store):
    window, mock = mock_in_the_narrowest_window(qtbot, make_window, default_store, 3)
    panel = mock.timer_panel
    # One line each, the status and session lines pushed the panel wider than the
    # window: the Pause and End buttons were cut to "ause I" and "ind Es".
    check(window, panel, "asking")
    window.reveal()
    check(window, panel, "revealed: answered in")
    mock.toggle_mock_pause()
    check(window, panel, "paused")
    mock.toggle_mock_pause()
    mock.end_mock()
    assert panel.asking_end
    check(window, panel, "end now?")
    bar = panel.bar.geometry()
    for label in (panel.status_label, panel.elapsed_label):
        assert not label.geometry().intersects(bar), label.text()


def test_the_summary_fits_the_narrowest_window(qtbot, make_window, default_store, clock):
    window, mock = mock_in_the_narrowest_window(qtbot, make_window, default_store, 2)
    for rating in (2, 3):
        clock.advance(seconds=40)
        window.reveal()
        window.grade(rating)
    assert mock.summary_view.isVisible()
    # the line under the title, beside the score, read "… · All topics · 2:00 pe"
    check(window, mock.summary_view, "summary")


def test_a_long_key_point_wraps_inside_its_column(qtbot):
    """Clause points are long: each shows whole on its own lines, not cut off at the
    right edge of the column."""
    from studyapp.core.mock import KeyPoint
    from studyapp.ui.mock_panel import MockPanel

    panel = MockPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 300)
    long = "prevents co-adaptation of neurons and acts like an ensemble of many thinned networks"
    panel.show_grading([KeyPoint(long, False), KeyPoint("L2", True, True)], 0.5)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.points
    width = view.viewport().width()
    long_rect, short_rect = (view.visualItemRect(view.item(i)) for i in range(2))
    assert long_rect.right() <= width and short_rect.right() <= width
    assert long_rect.height() > 1.5 * short_rect.height()  # on two lines or more
    assert short_rect.top() >= long_rect.bottom()  # the next point below it, not beside


def test_a_long_summary_scrolls_inside_the_page_and_never_grows_the_window(
    qtbot, make_window, default_store
):
    """Sixteen questions all skipped: the summary's table drew row 12 under the
    "Weakest questions" heading, and its minimum size grew a 640 px window to 720 px,
    the buttons below off a laptop screen."""
    save_settings(default_store, MockSettings(count=16, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.height() == 600)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(3)
    assert mock.start_mock()
    for _ in range(16):
        mock.skip_mock_question()
    view = mock.summary_view
    assert view.isVisible() and view.table.rowCount() == 16
    check(window, view, "summary of 16")
    assert view.minimumSizeHint().height() < 480
    assert window.height() == 600
    heading = view.weak_heading.geometry()
    table = view.table.geometry()
    assert table.bottom() < heading.top(), (table, heading)  # no row under the heading
    assert view.done_button.isVisible()
    done = view.done_button.mapTo(window, view.done_button.rect().bottomLeft())
    assert done.y() < window.height()


@pytest.mark.parametrize(("size", "zoom"), [((1024, 600), 3), ((1280, 720), 6)])
def test_a_revealed_model_answer_gets_a_fair_share_of_a_small_screen(
    qtbot, make_window, default_store, size, zoom
):
    """At 1024×600 zoomed in, the revealed model answer had two or three lines: the
    typed answer and the key points kept their 250 px. Now the panel gives way to the
    answer: the answer shows at least as much height as the panel takes, and the
    panel follows the window when it is resized after the reveal."""
    window = make_window(store=default_store, show=True)
    window.controllers["prefs"].set_zoom(zoom)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    mock = window.controllers["mock"]
    assert mock.start_mock_on([q.id for q in default_store.questions()][:2])
    mock.mock_panel.typed.setPlainText("Descriptive, diagnostic,\npredictive, prescriptive.")
    window.reveal()
    panel, browser = mock.mock_panel, window.answer.browser

    def fair() -> bool:
        QApplication.processEvents()
        window.layout().activate()
        lines = browser.viewport().height() / browser.fontMetrics().lineSpacing()
        return browser.viewport().height() >= panel.height() and lines >= 6

    qtbot.waitUntil(fair)
    check(window, panel, "revealed, small")  # the panel's rows still fit
    before = panel.height()
    window.resize(size[0], size[1] - 60)  # smaller still, after the reveal: it gives way
    qtbot.waitUntil(lambda: window.height() == size[1] - 60)
    qtbot.waitUntil(lambda: panel.height() < before)
    window.resize(size[0], 1000)  # a tall window: the panel has its full height back
    qtbot.waitUntil(lambda: window.height() == 1000)
    qtbot.waitUntil(lambda: panel.height() >= 240)


@pytest.mark.parametrize("width", [None, 900], ids=["narrowest", "900"])
def test_the_question_title_does_not_move_down_as_the_status_changes(
    qtbot, make_window, default_store, clock, width
):
    """At the reveal the status line said "Answered in 00:12"; wrapped to two lines in a
    narrow window it made the timer panel taller, and the title and all under it moved
    down, and back up at the next question."""
    window, mock = mock_in_the_narrowest_window(qtbot, make_window, default_store, 3)
    if width is not None:
        window.resize(width, 700)
        qtbot.waitUntil(lambda: window.width() == width)
    title = window.answer.title

    def title_top() -> int:
        until_idle()  # a new text's re-layout climbs one level per event-loop turn
        return title.mapTo(window, title.rect().topLeft()).y()

    asking = title_top()
    clock.advance(seconds=100)  # its last 20 %: "Time is running out"
    mock.tick_mock()
    assert mock.timer_panel.look == "warning"
    tops = {"warning": title_top()}
    window.reveal()
    tops["revealed"] = title_top()
    mock.toggle_mock_pause()
    tops["paused"] = title_top()
    mock.toggle_mock_pause()
    window.grade(3)
    tops["next question"] = title_top()
    assert tops == dict.fromkeys(tops, asking)


@pytest.mark.parametrize(("width", "rows"), [(683, 2), (1100, 1)], ids=["683 px screen", "1100"])
def test_the_timer_panel_wraps_its_buttons_on_a_small_screen(
    qtbot, make_window, default_store, width, rows
):
    """On a 683×400 screen the Pause / Skip / End buttons go under the countdown (the
    session's words beside it on one line, not squeezed into three); wide, one row."""
    save_settings(default_store, MockSettings(count=3, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(1)
    assert mock.start_mock()
    window.resize(width, 400)
    qtbot.waitUntil(lambda: window.width() == width)
    panel = mock.timer_panel
    check(window, panel, f"{width} px")
    countdown = panel.countdown.geometry()
    tops = {
        b.mapTo(panel, b.rect().topLeft()).y()
        for b in panel.findChildren(QPushButton)
        if b.isVisibleTo(panel)
    }
    assert len(tops) == 1  # the three buttons on one row, whichever
    assert (min(tops) > countdown.bottom()) == (rows == 2)
    assert panel.rect().contains(panel.actions_stack.geometry())

"""The mock's timer panel in two rows when narrow: on a 683 px screen its Pause / Skip /
End buttons (or the "end now?" question in their place) go under the countdown and
the session's words, whole and inside the panel, instead of squeezing the words into
a column or holding the window wider than the screen; wide, all stays on one row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.scheduler import SpacedRepetition
from studyapp.ui.timer_panel import TimerPanel
from tests.helpers.idle import until_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

NARROW = (380, 460, 560)  # the panel's width in a window on a small screen (683 px and less)
WIDE = (900, 1200)


@pytest.fixture
def hosts() -> list[QWidget]:
    return []  # the panels' parents, alive for the test


def panel_at(qtbot, hosts, store, clock, width: int, *, questions: int = 2) -> TimerPanel:
    """A panel showing a running mock, given `width` and the height it asks for at that
    width, as a parent's layout gives it. (No layout of the host's own: nothing holds
    the panel to its least width, so what does not fit shows as clipped.)"""
    ids = [q.id for q in store.questions()][:questions]
    session = MockSession(store, SpacedRepetition(), clock, MockSettings(), ids)
    session.start()
    host = QWidget()
    qtbot.addWidget(host)
    hosts.append(host)
    panel = TimerPanel(host)
    panel.show_session(session)
    host.resize(width, 600)
    host.show()
    qtbot.waitExposed(host)
    settle(panel, width)
    return panel


def settle(panel: TimerPanel, width: int) -> None:
    """The panel at `width`, as tall as it asks, until laid out it asks no other height
    (a new text's re-layout climbs one level per turn)."""
    for _ in range(20):
        height = panel.heightForWidth(width)
        panel.setGeometry(0, 0, width, height)
        until_idle()
        if panel.heightForWidth(width) == height:
            return
    raise AssertionError(f"the panel's height at {width} px never settled")


def rect_in(panel: TimerPanel, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size())


def controls(panel: TimerPanel) -> list[QWidget]:
    shown = panel.findChildren(QPushButton) + panel.findChildren(QLabel) + [panel.bar]
    return [w for w in shown if w.isVisibleTo(panel)]


def clipped(panel: TimerPanel) -> list[str]:
    """Controls outside the panel, buttons and one-line labels narrower or lower than
    their text, wrapped labels with lines cut off."""
    problems = []
    inside = panel.rect()
    for widget in controls(panel):
        name = getattr(widget, "text", lambda: "bar")().replace("\n", " ") or "(empty)"
        if not inside.contains(rect_in(panel, widget)):
            problems.append(f"{name}: {rect_in(panel, widget)} outside {inside}")
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                problems.append(f"{name}: lines cut off")
        elif isinstance(widget, QPushButton | QLabel):
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                problems.append(f"{name}: {widget.size()} < {hint}")
    return problems


def overlapping(panel: TimerPanel) -> list[str]:
    shown = [w for w in controls(panel) if not (isinstance(w, QLabel) and not w.text())]
    return [
        f"{a.objectName() or type(a).__name__} × {b.objectName() or type(b).__name__}"
        for i, a in enumerate(shown)
        for b in shown[i + 1 :]
        if not (a.isAncestorOf(b) or b.isAncestorOf(a))
        and rect_in(panel, a).intersects(rect_in(panel, b))
    ]


def buttons(panel: TimerPanel) -> list[QPushButton]:
    return [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]


def under_the_countdown(panel: TimerPanel) -> bool:
    """Every button below the countdown: the second row."""
    countdown = rect_in(panel, panel.countdown)
    return all(rect_in(panel, b).top() > countdown.bottom() for b in buttons(panel))


@pytest.mark.parametrize("asking", ["", "end", "quit"], ids=["buttons", "end now?", "quit?"])
@pytest.mark.parametrize("width", NARROW)
def test_a_narrow_panel_puts_its_buttons_whole_on_a_second_row(
    qtbot, hosts, store, clock, width, asking
):
    panel = panel_at(qtbot, hosts, store, clock, width)
    if asking:
        panel.ask_end(asking)
        settle(panel, width)
    assert panel.width() == width
    assert clipped(panel) == []
    assert overlapping(panel) == []
    assert under_the_countdown(panel)
    assert panel.least_width() <= min(NARROW)  # a mock's window is not held wider


@pytest.mark.parametrize("width", WIDE)
def test_a_wide_panel_keeps_one_row(qtbot, hosts, store, clock, width):
    panel = panel_at(qtbot, hosts, store, clock, width)
    assert clipped(panel) == []
    assert overlapping(panel) == []
    countdown = rect_in(panel, panel.countdown)
    for button in buttons(panel):  # beside the countdown, right of the words
        assert countdown.top() <= rect_in(panel, button).center().y() <= countdown.bottom()
        assert rect_in(panel, button).left() > rect_in(panel, panel.bar).right()
    # As tall as its tallest part: no room kept for a second row.
    assert panel.height() < panel.countdown.height() + min(b.height() for b in buttons(panel))


def test_the_rows_follow_the_width_both_ways(qtbot, hosts, store, clock):
    """Narrowed then widened again (a window resized by hand): two rows, then one."""
    panel = panel_at(qtbot, hosts, store, clock, WIDE[0], questions=3)
    assert not under_the_countdown(panel)
    settle(panel, NARROW[1])
    assert under_the_countdown(panel) and clipped(panel) == []
    settle(panel, WIDE[1])
    assert not under_the_countdown(panel) and clipped(panel) == []

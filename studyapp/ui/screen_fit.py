"""Dialogs that fit the screen they open on: what they hold scrolls, their buttons stay.

On a small screen with scaling (1024×600 at 150 %: about 683×400 px to lay out in)
a dialog opened at its own size ran off the screen's edge, its buttons under it: the
mock set-up's "Start mock interview", the import preview's Import. Every dialog is
laid out the same way here: its content in a scroll area that takes what height is
left, its buttons (or whatever row ends it) below that, outside the scroll; and each
time it is shown it opens at the size its content asks for (or the size it prefers,
if larger) but never larger than the available part of its screen, title bar
included. An explicit minimum size shrinks to the screen too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QScrollArea, QVBoxLayout, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit" for a widget's size


def fitted_layout(
    dialog: QDialog,
    body: QWidget,
    footer: QWidget,
    preferred: QSize | None = None,
) -> QScrollArea:
    """Lay `dialog` out as `body` (scrolling where the screen is short) over `footer`
    (the buttons, always in sight), and fit it to its screen whenever it is shown.
    `preferred`: the size it opens at where the screen has room (else the content's).
    Returns the scroll area."""
    body_layout = body.layout()
    if body_layout is not None:  # the dialog's own margins frame it
        body_layout.setContentsMargins(0, 0, 0, 0)
    area = ShrinkingScroll(body)
    if any(_takes_tab(widget) for widget in body.findChildren(QWidget)):
        # The fields take the focus, the first of them on opening: the scroll area was
        # first in the Tab chain, and the edit dialog opened with nothing to type in.
        # (A body of text alone keeps it: its arrows scroll.)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = QVBoxLayout(dialog)
    layout.addWidget(area, 1)
    layout.addWidget(footer)
    fit = ScreenFit(dialog, area, footer, preferred)
    dialog.installEventFilter(fit)
    fit.fit()
    return area


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class ShrinkingScroll(QScrollArea):
    """A scroll area whose content gives up its spare height before it scrolls.

    A resizable QScrollArea gives its widget the height the widget prefers at its
    width: the mock set-up's topic list kept its full height, and the fields under
    it scrolled out of sight on a short screen. Here the content is as tall as the
    view, down to the least its layout needs at that width (lists shrink, wrapped
    lines stay whole), and scrolls only below that.

    `sideways`: whether the content may be wider than the view (and scroll sideways)
    when its layout asks for more; without, it is squeezed to the view's width, and
    only scrolls up and down (a page of the main window, whose parts rearrange
    themselves in a narrow pane)."""

    def __init__(self, body: QWidget, *, sideways: bool = True) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)  # sized here
        self.sideways = sideways
        if not sideways:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)
        body.installEventFilter(self)
        # What to keep in sight when the view is squeezed, else the widget with the
        # focus: a span from the first widget's top to the last's bottom where the view
        # holds it whole, else the last (the mock's question over its answer box).
        self.keep_in_sight: tuple[QWidget, ...] = ()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The widget given the focus scrolls into sight, however it got it (Qt does so
        for Tab alone): squeezed to 648 x 200, a running mock showed its timer, and
        the answer box that had the focus was under it, out of sight."""
        body = self.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        # At the next turn: the layout that shows the widget comes first.
        QTimer.singleShot(0, self, lambda: self._bring_into_sight(new, focused=True))

    def _keep_span_in_sight(self) -> None:
        body = self.widget()
        span = self.keep_in_sight
        if body is None or not span or not all(body.isAncestorOf(w) for w in span):
            return
        if body.layout() is not None:
            body.layout().activate()
        first, last = span[0], span[-1]
        top = first.mapTo(body, QPoint(0, 0)).y()
        bottom = last.mapTo(body, QPoint(0, last.height())).y()
        if bottom - top <= self.viewport().height():
            bar = self.verticalScrollBar()
            if top < bar.value() or bottom > bar.value() + self.viewport().height():
                bar.setValue(max(0, bottom - self.viewport().height()))
            return
        self._bring_into_sight(last, focused=False)

    def _bring_into_sight(self, widget: QWidget, *, focused: bool) -> None:
        body = self.widget()
        if body is None or not body.isAncestorOf(widget) or not widget.isVisible():
            return
        if focused and not widget.hasFocus():
            return
        if body.layout() is not None:
            body.layout().activate()  # where the widget is now, not before the squeeze
        top = widget.mapTo(body, QPoint(0, 0))
        view = self.viewport().height()
        showable = min(widget.height(), view)
        shown_from = max(top.y(), self.verticalScrollBar().value())
        shown_to = min(top.y() + widget.height(), self.verticalScrollBar().value() + view)
        if shown_to - shown_from >= showable / 3:
            return  # in sight enough (a click in a long answer does not jump it)
        # The whole widget (ensureWidgetVisible shows a text box's cursor line alone),
        # its top first where it is taller than the view.
        half_w, half_h = widget.width() // 2, showable // 2
        self.ensureVisible(top.x() + half_w, top.y() + half_h, half_w, half_h)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.size_body()  # a line rewrapped, a part shown or hidden
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.size_body()
        if event.size().height() < event.oldSize().height():  # squeezed: keep it in sight
            if self.keep_in_sight and all(w.isVisible() for w in self.keep_in_sight):
                QTimer.singleShot(0, self, self._keep_span_in_sight)
            else:
                self._on_focus_changed(None, QApplication.focusWidget())

    def least_height(self, width: int) -> int:
        body = self.widget()
        layout = body.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.totalMinimumHeightForWidth(width), body.minimumHeight())
        return body.minimumSizeHint().expandedTo(body.minimumSize()).height()

    def size_body(self) -> None:
        body = self.widget()
        if body is None:
            return
        room = self.maximumViewportSize()  # the view without scroll bars
        least = body.minimumSizeHint().expandedTo(body.minimumSize()).width()
        if not self.sideways:
            least = 0
        width = max(room.width(), least)
        height = self.least_height(width)
        if height > room.height():  # it scrolls: the vertical bar takes its width
            bar = self.verticalScrollBar().sizeHint().width()
            width = max(room.width() - bar, least)
            height = self.least_height(width)
        size = QSize(width, max(height, room.height()))
        if body.size() != size:
            body.resize(size)


def available_room(widget: QWidget) -> QRect:
    """Where a window of `widget` may lie: its screen's available geometry less the
    frame the window system adds (the title bar), learnt from the window once shown,
    else from the window it belongs to."""
    window = widget.window()
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = QRect(screen.availableGeometry()) if screen is not None else QRect(0, 0, 640, 480)
    frames = [window]
    parent = window.parentWidget()
    if parent is not None:
        frames.append(parent.window())
    for shown in frames:
        outer, inner = shown.frameGeometry(), shown.geometry()
        if shown.isVisible() and outer != inner:
            return room.adjusted(
                inner.left() - outer.left(),
                inner.top() - outer.top(),
                inner.right() - outer.right(),
                inner.bottom() - outer.bottom(),
            )
    return room


def keep_inside(window: QWidget, room: QRect) -> None:
    """Move a window placed by the program (a restored or moved position; else the
    window system places it, on screen) so that all of it lies in `room`, a room from
    `available_room`: the frame already taken off."""
    if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        return
    inner = window.geometry()
    inner.moveLeft(max(room.left(), min(inner.left(), room.right() + 1 - inner.width())))
    inner.moveTop(max(room.top(), min(inner.top(), room.bottom() + 1 - inner.height())))
    if inner.topLeft() != window.geometry().topLeft():
        window.move(window.pos() + inner.topLeft() - window.geometry().topLeft())


def fit_window(window: QWidget, room: QRect) -> None:
    """A main window within `room`: no larger, and all of it on the screen (a size and
    place saved on a bigger screen, at another scale, or before the title bar was
    counted, put its status bar or grade buttons under the screen's edge)."""
    if window.isMaximized() or window.isFullScreen():
        return
    size = window.size().boundedTo(room.size())
    if size != window.size():
        window.resize(size)
    keep_inside(window, room)


# A dialog over a window shorter than this may be this tall: squeezed to a short
# window's height, a dialog of fields would show two or three of them.
LEAST_OVER_WINDOW = 460


def over_window_height(dialog: QWidget) -> int:
    """The most height `dialog` takes over the window it belongs to: that window's
    (not below LEAST_OVER_WINDOW); no limit where there is no such window on screen.
    Taller than the window (Preferences, 870 px over an 800 px window on a 1440×900
    screen), a dialog was placed at the screen's top edge, not centred over it."""
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    if window is None or not window.isVisible() or window.isMinimized():
        return QWIDGETSIZE_MAX
    return max(window.geometry().height(), LEAST_OVER_WINDOW)


class ScreenFit(QObject):
    """Sizes a dialog laid out by `fitted_layout` to its screen when it is shown."""

    def __init__(
        self, dialog: QDialog, area: QScrollArea, footer: QWidget, preferred: QSize | None
    ) -> None:
        super().__init__(dialog)
        self.dialog, self.area, self.footer = dialog, area, footer
        self.preferred = QSize(preferred) if preferred is not None else QSize(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Shown by the program (not restored by the desktop): fitted again. (Asked for
        # `dialog` by name: a dialog being destroyed still sends events, after Python
        # let go of this filter's attributes.)
        shown = event.type() == QEvent.Type.Show and not event.spontaneous()
        if shown and watched is getattr(self, "dialog", None):
            self.fit()
        return super().eventFilter(watched, event)

    def natural_size(self) -> QSize:
        """What the dialog needs to show its content whole (or its preferred size)."""
        dialog, area, footer = self.dialog, self.area, self.footer
        layout = dialog.layout()
        margins = layout.contentsMargins()
        chrome_w = margins.left() + margins.right() + 2 * area.frameWidth()
        body = area.widget()
        width = max(
            self.preferred.width(),
            dialog.minimumWidth(),
            body.sizeHint().width() + chrome_w,
            footer.sizeHint().width() + margins.left() + margins.right(),
        )
        inner = width - chrome_w
        height = body.heightForWidth(inner) if body.hasHeightForWidth() else -1
        if height < 0:
            height = body.sizeHint().height()
        height += margins.top() + margins.bottom() + 2 * area.frameWidth()
        if not footer.isHidden():
            height += layout.spacing() + footer.sizeHint().height()
        return QSize(width, max(height, self.preferred.height(), dialog.minimumHeight()))

    def fit(self) -> None:
        """Open at the natural size, within the screen's available room and no taller
        than the window it opens over (over_window_height)."""
        dialog = self.dialog
        room = available_room(dialog)
        dialog.setMinimumSize(dialog.minimumSize().boundedTo(room.size()))
        size = self.natural_size().boundedTo(room.size())
        size.setHeight(min(size.height(), over_window_height(dialog)))
        dialog.resize(size.expandedTo(dialog.minimumSizeHint().boundedTo(room.size())))
        keep_inside(dialog, room)


def refit(dialog: QDialog, preferred: QSize | None = None) -> None:
    """Size a fitted dialog again for what it holds now (a result shown, a part
    hidden), at a new preferred size if given."""
    for fit in dialog.findChildren(ScreenFit, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if preferred is not None:
            fit.preferred = QSize(preferred)
        fit.fit()

"""The one place that builds the QApplication and wires the app together.

`run()` opens the store (importing the bundled deck on the very first start
only), builds the theme, settings and main window, and runs the event loop.
If the app was closed during a mock interview, `offer_resume` asks whether to
continue it or leave it as abandoned (tests pass the answer in). `--smoke` does the
same with the user's store (without that question), quits as soon as the window has
painted its first question, and exits non-zero if any exception reached
`sys.excepthook` on the way (an exception in a Qt slot does not end the
process by itself).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.core.mock import MockSession
from studyapp.core.model import StudyAppError
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import Clock, SystemClock
from studyapp.resource_files import resource
from studyapp.ui.main_window import K_THEME, MainWindow
from studyapp.ui.messages import Messages, format_traceback
from studyapp.ui.theme import ThemeManager

APP_NAME = "StudyApp"
ORGANIZATION = "StudyApp"
SMOKE_TIMEOUT_MS = 30_000
EMOJI_FONTS = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji")
EXIT_OK, EXIT_ERROR, EXIT_USER_ERROR = 0, 1, 2


def app_icon() -> QIcon:
    icon = QIcon()
    master = resource("icons", "studyapp.png")
    if master.is_file():
        icon.addFile(str(master))
    return icon


def application() -> QApplication:
    """The QApplication (made once), named so QSettings finds the app's settings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("studyapp")
    # Colour emoji where a colour font is installed (a text font's monochrome glyph otherwise).
    QFontDatabase.setApplicationEmojiFontFamilies(list(EMOJI_FONTS))
    return app


def create_window(
    store: Store,
    settings: QSettings,
    *,
    app: QApplication | None = None,
    clock: Clock | None = None,
    messages: Messages | None = None,
    **kwargs: Any,
) -> MainWindow:
    """The main window with its collaborators; tests call this with a temporary store
    and settings file."""
    app = app or application()
    theme = ThemeManager(app, str(settings.value(K_THEME, "system")))
    return MainWindow(
        store,
        settings=settings,
        theme=theme,
        scheduler=SpacedRepetition(),
        clock=clock or SystemClock(),
        messages=messages,
        icon=app_icon(),
        **kwargs,
    )


RESUME, ABANDON = "resume", "abandon"


def ask_resume(parent: MainWindow, text: str) -> str | None:
    """Resume / Leave as abandoned; None when the box is closed (asked again next time)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Unfinished mock interview")
    box.setText("<b>You closed StudyApp during a mock interview.</b>")
    box.setInformativeText(text)
    resume = box.addButton("Resume", QMessageBox.ButtonRole.AcceptRole)
    abandon = box.addButton("Leave as abandoned", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is resume:
        return RESUME
    if clicked is abandon:
        return ABANDON
    return None


def offer_resume(
    window: MainWindow, ask: Callable[[MainWindow, str], str | None] = ask_resume
) -> str | None:
    """If the app was closed during a mock interview, ask to resume it (at its next
    question not yet answered) or leave it as abandoned; its graded answers are kept
    either way. Returns "resume", "abandon", or None (nothing to resume, or no answer:
    the session stays as it is and is offered again at the next start)."""
    try:
        session = MockSession.resume_unfinished(window.store, window.scheduler, window.clock)
    except (StudyAppError, KeyError, ValueError) as exc:
        print(f"studyapp: the unfinished mock interview cannot be resumed: {exc}", file=sys.stderr)
        return None
    if session is None or session.session_id is None:
        return None
    record = window.store.mock_session(session.session_id)
    answered, total = session.position()
    started = ""
    if record is not None:
        moment = datetime.fromtimestamp(record.started_at_ms / 1000, UTC).astimezone()
        started = f" (started {moment:%Y-%m-%d %H:%M})"
    text = (
        f"Your mock interview{started} has {answered} of {total} questions answered; "
        f"they are saved.<br><br><b>Resume</b> continues at question {answered + 1}; "
        "<b>Leave as abandoned</b> closes it, keeping what you answered."
    )
    choice = ask(window, text)
    if choice == RESUME:
        window.resume_mock(session)
    elif choice == ABANDON:
        session.abandon()
    return choice


class ExceptionHook:
    """sys.excepthook while the app runs: records every uncaught exception (a slot's
    included), prints it, and shows the crash dialog unless in smoke mode."""

    def __init__(self, messages: Messages | None, *, smoke: bool) -> None:
        self.messages = messages
        self.smoke = smoke
        self.errors: list[str] = []
        self._previous = sys.excepthook

    def __enter__(self) -> ExceptionHook:
        sys.excepthook = self
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.excepthook = self._previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        text = format_traceback(exc_type, exc, tb)
        self.errors.append(text)
        print(text, file=sys.stderr, end="")
        if self.smoke:
            app = QApplication.instance()
            if app is not None:
                app.exit(EXIT_ERROR)
            return
        if self.messages is not None:
            try:
                self.messages.exception("Unexpected error", exc)
            except Exception:  # the dialog itself failed: the traceback is printed already
                traceback.print_exc()


class FirstPaint(QObject):
    """Quits the application once a watched widget has been painted."""

    def __init__(self, app: QApplication, widget: Any) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # After this paint event completes: the frame is on screen.
            QTimer.singleShot(0, self._app.quit)
        return False


def _fail(message: str, smoke: bool) -> int:
    print(f"studyapp: {message}", file=sys.stderr)
    if not smoke:
        QMessageBox.critical(None, APP_NAME, message)
    return EXIT_USER_ERROR


def run(data_dir: str | Path | None = None, smoke: bool = False) -> int:
    """Start the GUI; returns the process exit status."""
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path

    app = application()
    app.setWindowIcon(app_icon())
    hook = ExceptionHook(None, smoke=smoke)
    with hook:
        try:
            store = Store.open(store_path(resolve_data_dir(data_dir)))
        except StudyAppError as exc:
            return _fail(str(exc), smoke)
        try:
            try:
                if not store.decks():  # first start only: later starts load no parser
                    from studyapp.core.importer import import_default_deck

                    import_default_deck(store)
            except StudyAppError as exc:
                print(f"studyapp: the default deck could not be imported: {exc}", file=sys.stderr)
            window = create_window(store, QSettings(), app=app)
            hook.messages = window.messages
            watcher = FirstPaint(app, app) if smoke else None
            window.show()
            if not smoke:
                offer_resume(window, ask_resume)
            timeout = None
            if smoke:
                timeout = QTimer(app)
                timeout.setSingleShot(True)
                timeout.timeout.connect(lambda: app.exit(EXIT_ERROR))
                timeout.start(SMOKE_TIMEOUT_MS)
            status = app.exec()
            window.close()
            window.deleteLater()
            # Leave nothing behind that would end the event loops of whoever runs Qt next
            # in this process (tests call run() in-process): closing the last window after
            # the loop has ended posts a Quit event, and the smoke timeout would call
            # exit() 30 s later. Either sets Qt's quit flag for good: every later event
            # loop (pytest-qt's waits, a modal dialog) then returns at once.
            QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
            if timeout is not None:
                timeout.stop()
                timeout.setParent(None)
            if watcher is not None:
                app.removeEventFilter(watcher)
                watcher.setParent(None)
            if smoke:
                if watcher is not None and not watcher.painted:
                    print("studyapp: smoke: the window never painted", file=sys.stderr)
                    status = status or EXIT_ERROR
                if window.current_qid is None and window.model.question_count():
                    print("studyapp: smoke: no question was shown", file=sys.stderr)
                    status = status or EXIT_ERROR
        finally:
            store.close()
    if hook.errors:
        return status or EXIT_ERROR
    return status

"""The one place that builds the QApplication and wires the app together.

`run()` opens the store with `open_user_store` (studyapp.startup: the data-safety
start-up, writer lock and recovery), imports the bundled deck on the very first
start only, builds the theme, settings and main window, and runs the event loop.
The lock is kept until exit; the writing instance also watches for raise requests
and backs up automatically (not in smoke mode, which must stay fast).
If the app was closed during a mock interview, `offer_resume` asks whether to
continue it or leave it as abandoned (tests pass the answer in). `--smoke` does the
same with the user's store (without that question), quits as soon as the window has
painted its first question, and exits non-zero if any exception reached
`sys.excepthook` on the way (an exception in a Qt slot does not end the
process by itself), or if nothing painted in time (startup.SmokeWatchdog).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from studyapp.core.backup import backup_dir
from studyapp.core.model import StudyAppError
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import Clock, SystemClock
from studyapp.resource_files import resource
from studyapp.startup import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USER_ERROR,
    ConsoleMessages,
    ExceptionHook,
    FirstPaint,
    OpenedStore,
    SmokeWatchdog,
    ask_read_only,
    open_user_store,
    smoke_timeout_seconds,
    store_error_text,
)
from studyapp.ui.main_window import K_THEME, MainWindow
from studyapp.ui.messages import Messages
from studyapp.ui.single_instance import RaiseRequestWatcher
from studyapp.ui.style import STYLE_ARGUMENTS
from studyapp.ui.theme import ThemeManager

APP_NAME = "StudyApp"
ORGANIZATION = "StudyApp"
EMOJI_FONTS = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji")


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
        # Fusion by name: a QStyle made in Python would cost start-up (ui/style.py).
        app = QApplication([*sys.argv[:1], *STYLE_ARGUMENTS])
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
    from PySide6.QtWidgets import QMessageBox  # not at start-up: see ui/messages.py

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
        if window.store.unfinished_mock() is None:  # most starts: core.mock stays unloaded
            return None
        from studyapp.core.mock import MockSession

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


def watch_raise_requests(window: MainWindow, data_dir: str | Path) -> RaiseRequestWatcher:
    """The writing instance: a second start's request brings `window` to the front."""
    watcher = RaiseRequestWatcher(data_dir, window)
    watcher.raise_requested.connect(window.bring_to_front)
    return watcher


def _fail(message: str, smoke: bool) -> int:
    print(f"studyapp: {message}", file=sys.stderr)
    if not smoke:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, message)
    return EXIT_USER_ERROR


def run(data_dir: str | Path | None = None, smoke: bool = False) -> int:
    """Start the GUI; returns the process exit status."""
    # Started before anything slow (opening the store, the first layout): see SmokeWatchdog.
    watchdog = SmokeWatchdog(smoke_timeout_seconds()).start() if smoke else None
    try:
        return _run(data_dir, smoke)
    finally:
        if watchdog is not None:
            watchdog.stop()


def _run(data_dir: str | Path | None, smoke: bool) -> int:
    from studyapp.core.paths import data_dir as resolve_data_dir

    app = application()
    app.setWindowIcon(app_icon())
    hook = ExceptionHook(None, smoke=smoke)
    with hook:
        try:
            folder = resolve_data_dir(data_dir)
            opened = open_user_store(
                folder,
                ConsoleMessages() if smoke else Messages(None),
                datetime.now(UTC),
                ask=None if smoke else ask_read_only,
            )
        except StudyAppError as exc:
            return _fail(store_error_text(exc), smoke)
        if opened is None:  # the StudyApp already running was brought forward instead
            return EXIT_OK
        try:
            status = _run_window(app, opened, hook, smoke)
        finally:
            opened.release()
    if hook.errors:
        return status or EXIT_ERROR
    return status


def _run_window(app: QApplication, opened: OpenedStore, hook: ExceptionHook, smoke: bool) -> int:
    store = opened.store
    window: MainWindow | None = None
    writer = opened.read_only is None
    try:
        try:
            if writer and not store.decks():  # first start only: later starts load no parser
                from studyapp.core.importer import import_default_deck

                import_default_deck(store)
        except StudyAppError as exc:
            print(f"studyapp: the default deck could not be imported: {exc}", file=sys.stderr)
        window = create_window(
            store,
            QSettings(),
            app=app,
            read_only=opened.read_only,
            backup_dir=backup_dir(opened.data_dir),
            auto_backup=writer and not smoke,  # smoke stays fast and leaves no backups
        )
        hook.messages = window.messages
        raise_watcher = watch_raise_requests(window, opened.data_dir) if writer else None
        # On the window, not the application: the window is painted first in the
        # pass that paints its children, and an application-wide filter would turn
        # every event of every object into a Python call.
        watcher = FirstPaint(app, window) if smoke else None
        window.show()
        if not smoke and writer:
            offer_resume(window, ask_resume)
        status = app.exec()
        window.close()  # backs up on closing (before the store closes below)
        if raise_watcher is not None:
            raise_watcher.stop()
        window.deleteLater()
        # Leave nothing behind that would end the event loops of whoever runs Qt next
        # in this process (tests call run() in-process): closing the last window after
        # the loop has ended posts a Quit event, which sets Qt's quit flag for good:
        # every later event loop (pytest-qt's waits, a modal dialog) then returns at once.
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
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
        return status
    finally:
        # After a restore the window works on a store opened anew: close that one.
        (window.store if window is not None else store).close()

"""The one place that builds the QApplication and wires the app together.

`run()` opens the store with `open_user_store` (below), imports the bundled deck on
the very first start only, builds the theme, settings and main window, and runs
the event loop.

`open_user_store` is the data-safety start-up. It takes the data folder's writer
lock (core.recovery). When another StudyApp holds it, that one is asked to come
to the front (ui.single_instance: a request file it watches; QtNetwork is not
shipped) and the person may open a read-only window here: never two writers.
Holding the lock, it opens the store through `open_store_safely`, which replaces
a damaged store with the newest good backup; its report is shown. A store the
disk will not let us write (read-only file or folder, full disk) opens read-only
with the reason, where it can be read at all. The lock is kept until exit; the
writing instance also watches for raise requests and backs up automatically
(not in smoke mode, which must stay fast).
If the app was closed during a mock interview, `offer_resume` asks whether to
continue it or leave it as abandoned (tests pass the answer in). `--smoke` does the
same with the user's store (without that question), quits as soon as the window has
painted its first question, and exits non-zero if any exception reached
`sys.excepthook` on the way (an exception in a Qt slot does not end the
process by itself).
"""

from __future__ import annotations

import html
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from studyapp.core.backup import backup_dir
from studyapp.core.backup import backup_dir as default_backup_dir
from studyapp.core.clock import Clock, SystemClock
from studyapp.core.model import StudyAppError
from studyapp.core.paths import store_path
from studyapp.core.recovery import (
    RecoveryReport,
    StoreLock,
    acquire_store_lock,
    lock_owner,
    open_store_safely,
)
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store, StoreError
from studyapp.resource_files import resource
from studyapp.ui.context import AppContext
from studyapp.ui.controllers.browse import BrowseController
from studyapp.ui.controllers.data_safety import DataSafetyController
from studyapp.ui.controllers.editing import EditingController
from studyapp.ui.controllers.files import FilesController
from studyapp.ui.controllers.insights import InsightsController
from studyapp.ui.controllers.mock import MockController
from studyapp.ui.controllers.prefs import PrefsController
from studyapp.ui.controllers.study import StudyController
from studyapp.ui.main_window import K_THEME, MainWindow
from studyapp.ui.messages import Messages, format_traceback
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.single_instance import RaiseRequestWatcher, request_raise
from studyapp.ui.style import STYLE_ARGUMENTS
from studyapp.ui.theme import ThemeManager
from studyapp.ui.ui_state import Mode

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
    scheduler: SpacedRepetition | None = None,
    open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    thread_pool: QThreadPool | None = None,
    read_only: str | None = None,
    backup_dir: str | Path | None = None,
    auto_backup: bool = False,
    open_store: Callable[[str | Path], Store] = Store.open,
) -> MainWindow:
    """The composition root: the shell, the question pane and one controller per
    feature, their actions and signals connected here and nowhere else. Tests call
    this with a temporary store and settings file.

    `read_only`: why this window may not write, None for a normal window.
    `backup_dir`: where backups go (default: beside the store). `auto_backup`: back
    up on a timer and on close (the app turns it on; tests and the self-test leave
    it off). `open_store` reopens the store after a restore."""
    app = app or application()
    shell = MainWindow(settings=settings, read_only=read_only, icon=app_icon(), open_url=open_url)
    messages = messages or Messages(shell)
    if messages.parent is None:
        messages.parent = shell
    ctx = AppContext(
        store=store,
        scheduler=scheduler or SpacedRepetition(),
        clock=clock or SystemClock(),
        messages=messages,
        settings=settings,
        theme=ThemeManager(app, str(settings.value(K_THEME, "system"))),
        backup_dir=Path(backup_dir)
        if backup_dir is not None
        else default_backup_dir(Path(store.path).parent),
        read_only=read_only,
        thread_pool=thread_pool,
        open_url=open_url,
        open_store=open_store,
    )
    pane = QuestionPane(ctx, shell)
    browse = BrowseController(ctx, shell, pane)
    study = StudyController(ctx, shell, pane)
    mock = MockController(ctx, shell, pane)
    insights = InsightsController(ctx, shell)
    files = FilesController(ctx, shell)
    editing = EditingController(ctx, shell, pane)
    safety = DataSafetyController(
        ctx, shell, auto_backup=auto_backup, import_busy=lambda: files.busy_importing
    )
    prefs = PrefsController(ctx, shell, pane)
    _connect_actions(shell, browse, study, mock, insights, files, editing, safety, prefs)
    _connect_signals(shell, pane, browse, study, mock, insights, files, editing, safety)
    _delegate(shell, ctx, pane, browse, study, mock, insights, files, editing, safety, prefs)

    browse.reload_tree()
    browse.refresh_progress()
    shell.update_actions()
    shell.restore_layout()
    browse.restore_position()
    shell.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    return shell


def _connect_actions(
    shell: MainWindow,
    browse: BrowseController,
    study: StudyController,
    mock: MockController,
    insights: InsightsController,
    files: FilesController,
    editing: EditingController,
    safety: DataSafetyController,
    prefs: PrefsController,
) -> None:
    """Each action id of ui/actions.py to the controller slot it runs. Keys shared by
    two features (Space, 1–4) reach both: each acts only in its own mode."""
    slots: dict[str, Callable[[], Any]] = {
        "import": files.ask_and_import,
        "export": files.export_weak_topics,
        "backups": safety.show_backups,
        "quit": shell.close,
        "find": browse.focus_search,
        "move": editing.move_current_question,
        "rename": editing.rename_current_topic,
        "new_topic": editing.create_topic_here,
        "questions": insights.show_questions_tab,
        "weak": insights.show_weak_topics,
        "stats": insights.show_statistics,
        "zoom_in": prefs.zoom_in,
        "zoom_out": prefs.zoom_out,
        "zoom_reset": lambda: prefs.set_zoom(0),
        "expand": browse.expand_tree,
        "collapse": browse.collapse_tree,
        "study": lambda: study.start_study(all_topics=False),
        "study_all": lambda: study.start_study(all_topics=True),
        "mock": mock.open_mock_setup,
        "undo": study.undo,
        "mock_pause": mock.toggle_mock_pause,
        "mock_skip": mock.skip_mock_question,
        "mock_end": mock.end_mock,
        "mock_retry": mock.retry_weak_mock,
        "mock_history": mock.show_mock_history,
        "back": mock.leave_mock_pages,
        "next": lambda: browse.step(1),
        "prev": lambda: browse.step(-1),
        "stop": study.stop_study,
        "keys": prefs.show_shortcuts,
        "about": prefs.show_about,
        "reveal": lambda: _reveal(shell, study, mock),
    }
    for rating in range(1, 5):
        slots[f"grade_{rating}"] = lambda r=rating: _grade(shell, study, mock, r)
    for action_id in shell.theme_actions:
        slots[f"theme_{action_id}"] = lambda m=action_id: prefs.set_theme_mode(m)
    for action_id, slot in slots.items():
        shell.connect_action(action_id, slot)


def _reveal(shell: MainWindow, study: StudyController, mock: MockController) -> None:
    if shell.mode is Mode.MOCK:
        mock.mock_reveal()
    else:
        study.reveal()


def _grade(shell: MainWindow, study: StudyController, mock: MockController, rating: int):
    return mock.mock_grade(rating) if shell.mode is Mode.MOCK else study.grade(rating)


def _connect_signals(
    shell: MainWindow,
    pane: QuestionPane,
    browse: BrowseController,
    study: StudyController,
    mock: MockController,
    insights: InsightsController,
    files: FilesController,
    editing: EditingController,
    safety: DataSafetyController,
) -> None:
    """Where the features meet: what one does that another must follow."""
    # Writes: the tree's figures follow; the weak topics and statistics go stale.
    for source in (study, mock, editing):
        source.changed.connect(browse.apply_changes)
    browse.progress_changed.connect(insights.mark_dirty)
    # Browsing away from a session, or into a mock, ends it.
    browse.stop_study_requested.connect(study.stop_quietly)
    insights.stop_study_requested.connect(study.stop_quietly)
    mock.taking_over.connect(study.stop_quietly)
    study.stopped.connect(browse.after_study)
    # Buttons on one page that start another feature.
    browse.study_requested.connect(study.start_study)
    browse.import_requested.connect(files.ask_and_import)
    study.weak_topics_requested.connect(insights.show_weak_topics)
    insights.study_requested.connect(study.start_study_on)
    insights.mock_requested.connect(mock.start_mock_on)
    insights.export_requested.connect(files.export_weak_topics)
    insights.question_activated.connect(browse.show_and_focus)
    mock.question_activated.connect(browse.show_and_focus)
    mock.export_weak_requested.connect(files.export_weak_questions)
    mock.back_requested.connect(lambda qid: _back_to_questions(shell, browse, qid))

    # An import that changed the store: reload what shows it.
    def imported(_result: object) -> None:
        keep = pane.current_qid
        pane.cache.clear_memory()
        browse.reload_tree()
        browse.refresh_progress()
        study.reload()
        if shell.mode is Mode.BROWSE:
            browse.show_again(keep)

    files.imported.connect(imported)

    # A restore: the store is closed, swapped and opened again.
    def closing_store() -> None:
        study.stop_quietly()
        pane.stop_idle()

    def replaced() -> None:
        keep = pane.current_qid
        pane.use_store()
        study.forget()
        mock.forget()
        browse.reload_tree()
        browse.refresh_progress()
        shell.show_main_page()
        browse.show_again(keep)
        shell.update_actions()

    safety.store_closing.connect(closing_store)
    safety.store_replaced.connect(replaced)


def _back_to_questions(shell: MainWindow, browse: BrowseController, qid: str | None) -> None:
    """Esc on a mock's summary or history: the question browsed before."""
    if not browse.show_question(qid or browse.tree.current_question_id() or ""):
        browse.restore_position()
    shell.tree.setFocus(Qt.FocusReason.OtherFocusReason)


def _delegate(shell: MainWindow, ctx: AppContext, *owners: object) -> None:
    """The names tests (and the self-test) still call on the window, forwarded to the
    object that owns them; they go as the tests move to the controllers."""
    pane, browse, study, mock, insights, files, editing, safety, prefs = owners
    shell.delegate(ctx, ("store", "scheduler", "clock", "messages", "theme"))
    shell.delegate(pane, ("current_qid", "cache"))
    shell.delegate(
        browse,
        (
            "show_question",
            "reload_tree",
            "refresh_progress",
            "step",
            "apply_search",
            "collapse_tree",
            "focus_search",
        ),
    )
    shell.delegate(study, ("session", "start_study", "start_study_on", "undo", "stop_study"))
    shell.delegate(
        mock,
        (
            "mock",
            "mock_panel",
            "timer_panel",
            "summary_view",
            "history_view",
            "mock_setup",
            "open_mock_setup",
            "start_mock",
            "start_mock_on",
            "resume_mock",
            "tick_mock",
            "mock_reveal",
            "mock_grade",
            "toggle_mock_point",
            "skip_mock_question",
            "toggle_mock_pause",
            "end_mock",
            "end_mock_now",
            "show_mock_history",
            "leave_mock_pages",
            "retry_weak_mock",
            "export_weak_requested",
        ),
    )
    shell.delegate(
        insights,
        ("weak_view", "stats_view", "show_weak_topics", "show_statistics", "show_questions_tab"),
    )
    shell.delegate(
        files, ("importer", "exporter", "import_files", "export_weak_topics", "ask_and_import")
    )
    shell.delegate(
        editing,
        (
            "move_question",
            "move_current_question",
            "rename_topic",
            "rename_current_topic",
            "create_topic",
            "create_topic_here",
        ),
    )
    shell.delegate(
        safety,
        (
            "show_backups",
            "backup_now",
            "restore_from_backup",
            "tick_backup",
            "backups_dialog",
            "auto_backup",
            "backup_dir",
        ),
    )
    shell.delegate(
        prefs, ("set_theme_mode", "set_zoom", "zoom_in", "zoom_out", "show_shortcuts", "show_about")
    )
    shell.delegate(_Keys(shell, study, mock), ("grade", "reveal"))
    shell.controllers = {  # type: ignore[attr-defined]
        "browse": browse,
        "study": study,
        "mock": mock,
        "insights": insights,
        "files": files,
        "editing": editing,
        "data_safety": safety,
        "prefs": prefs,
        "pane": pane,
    }


class _Keys:
    """Space and 1–4 as the window's methods: the mock's during a mock, else study's."""

    def __init__(self, shell: MainWindow, study: StudyController, mock: MockController):
        self.shell, self.study, self.mock = shell, study, mock

    def reveal(self) -> None:
        _reveal(self.shell, self.study, self.mock)

    def grade(self, rating: int) -> int | None:
        return _grade(self.shell, self.study, self.mock, rating)


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


# --- opening the user's store -------------------------------------------------------

READ_ONLY_RUNNING = "Read-only: another StudyApp is running"
READ_ONLY_FOLDER = "Read-only: the data folder cannot be written"
READ_ONLY_FULL = "Read-only: the disk is full"
READ_ONLY_STORE = "Read-only: the study database cannot be written"


@dataclass
class OpenedStore:
    """The store this run works on, the writer lock (None when read-only) and, for a
    read-only store, why (the status bar's words)."""

    store: Store
    lock: StoreLock | None
    read_only: str | None
    data_dir: Path
    report: RecoveryReport | None = None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def store_error_text(exc: BaseException) -> str:
    """A StoreError's message and hint as two paragraphs; other errors as they print."""
    if isinstance(exc, StoreError) and exc.hint:
        return f"{exc.message}\n\n{exc.hint}"
    return str(exc)


def titled(title: str, *paragraphs: str) -> str:
    """A message box's text: its title again in bold (macOS shows no title on a message
    box), then the paragraphs, as escaped rich text."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)
    return f"<p><b>{html.escape(title)}</b></p>{body}"


def ask_read_only(owner: int | None) -> bool:
    """Another StudyApp holds the data folder: open a read-only window here too?"""
    running = f" (process {owner})" if owner else ""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("StudyApp is already running")
    box.setText("<b>StudyApp is already open.</b>")
    box.setInformativeText(
        f"StudyApp is already running{running} with this data folder; its window has "
        "been brought to the front.<br><br>You can also open a <b>read-only</b> window "
        "here to look things up. It cannot grade, import or edit: only one StudyApp "
        "saves your study data at a time, so nothing is lost."
    )
    read_only = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole)
    switch = box.addButton("Use the Open Window", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(switch)
    box.setEscapeButton(switch)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is read_only


def open_user_store(
    data_dir: str | Path,
    messages: Messages,
    now: datetime,
    *,
    ask: Callable[[int | None], bool] | None = ask_read_only,
) -> OpenedStore | None:
    """Open the store of `data_dir` for this run (see the module docstring).

    `ask` decides whether to open read-only when another StudyApp writes (None: yes,
    without asking, as smoke mode does). Returns None when the person chose to use
    the window already open. Raises StoreError when the store can be opened neither
    for writing nor for reading.
    """
    folder = Path(data_dir)
    path = store_path(folder)
    try:
        lock = acquire_store_lock(folder)
    except StoreError as exc:  # no lock file in a read-only folder: nobody writes here
        return _open_read_only(folder, READ_ONLY_FOLDER, exc, messages)
    if lock is None:
        request_raise(folder)  # the running one comes forward, whatever is chosen here
        if ask is not None and not ask(lock_owner(folder)):
            return None
        return _open_read_only(folder, READ_ONLY_RUNNING, None, messages)
    try:
        store, report = open_store_safely(path, backup_dir(folder), now)
    except StoreError as exc:
        lock.release()  # this run will not write: the next start may
        full = "full" in exc.message.casefold()
        return _open_read_only(folder, READ_ONLY_FULL if full else READ_ONLY_STORE, exc, messages)
    if report is not None:
        messages.warn(report.title, titled(report.title, report.message))
    return OpenedStore(store, lock, None, folder, report)


def _open_read_only(
    folder: Path, reason: str, cause: StoreError | None, messages: Messages
) -> OpenedStore:
    try:
        store = Store.open_read_only(store_path(folder))
    except StoreError:
        if cause is not None:
            raise cause from None  # what stops writing says more than what stops reading
        raise
    if cause is not None:
        title = "Your study data is open read-only"
        messages.warn(
            title,
            titled(
                title,
                cause.message,
                cause.hint,
                "You can browse and search your questions; studying, importing and "
                "editing are turned off until StudyApp is started again.",
            ),
        )
    return OpenedStore(store, None, reason, folder)


def watch_raise_requests(window: MainWindow, data_dir: str | Path) -> RaiseRequestWatcher:
    """The writing instance: a second start's request brings `window` to the front."""
    watcher = RaiseRequestWatcher(data_dir, window)
    watcher.raise_requested.connect(window.bring_to_front)
    return watcher


class ConsoleMessages(Messages):
    """Messages for smoke mode: printed on stderr, never a dialog; questions get no
    answer."""

    def __init__(self) -> None:
        super().__init__(None)

    def _print(self, kind: str, title: str, text: str) -> None:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        print(f"studyapp: {kind}: {title}: {' '.join(plain.split())}", file=sys.stderr)

    def info(self, title: str, text: str) -> None:
        self._print("info", title, text)

    def warn(self, title: str, text: str) -> None:
        self._print("warning", title, text)

    def error(self, title: str, text: str) -> None:
        self._print("error", title, text)

    def crash(self, summary: str, details: str) -> None:
        self._print("crash", summary, details)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return None

    def ask_choice(self, title: str, label: str, choices: list[str]) -> int | None:
        return None


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
    """Quits the application once a watched widget has been painted (the whole
    paint pass that began with it ends before the queued quit runs)."""

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
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, message)
    return EXIT_USER_ERROR


def run(data_dir: str | Path | None = None, smoke: bool = False) -> int:
    """Start the GUI; returns the process exit status."""
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
        timeout = None
        if smoke:
            timeout = QTimer(app)
            timeout.setSingleShot(True)
            timeout.timeout.connect(lambda: app.exit(EXIT_ERROR))
            timeout.start(SMOKE_TIMEOUT_MS)
        status = app.exec()
        window.close()  # backs up on closing (before the store closes below)
        if raise_watcher is not None:
            raise_watcher.stop()
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
        return status
    finally:
        # After a restore the window works on a store opened anew: close that one.
        (window.store if window is not None else store).close()

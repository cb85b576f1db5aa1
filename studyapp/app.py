"""The composition root: builds the QApplication, the window's shell, the question
pane and one controller per feature, and connects their actions and signals. No
other module constructs a controller (tests/test_architecture.py holds to it).

`run()` opens the store with `startup.open_user_store` (the data-safety start-up:
writer lock, recovery, read-only fallbacks), imports the bundled deck on the very
first start only, builds the window and runs the event loop. The lock is kept
until exit; the writing instance also watches for raise requests and backs up
automatically (not in smoke mode, which must stay fast).
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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QThreadPool
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from studyapp import collector
from studyapp.core.answer_look import ANSWER_FONTS
from studyapp.core.backup import backup_dir
from studyapp.core.backup import backup_dir as default_backup_dir
from studyapp.core.clock import Clock, SystemClock
from studyapp.core.flags import FLAG_NAMES
from studyapp.core.model import StudyAppError
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.settings_schema import DEFAULT_DECK_GIVEN, load_settings
from studyapp.core.store import Store, StoreError
from studyapp.core.store.early_check import EarlyCheck
from studyapp.resource_files import resource
from studyapp.startup import (
    EXIT_ERROR,
    EXIT_OK,
    ConsoleMessages,
    ExceptionHook,
    FirstPaint,
    OpenedStore,
    SmokeWatchdog,
    fail,
    open_user_store,
    smoke_timeout_seconds,
    store_error_text,
)
from studyapp.ui.context import AppContext
from studyapp.ui.controllers.base import StorePaneSource
from studyapp.ui.controllers.browse import BrowseController
from studyapp.ui.controllers.data_safety import DataSafetyController
from studyapp.ui.controllers.editing import EditingController
from studyapp.ui.controllers.files import FilesController
from studyapp.ui.controllers.insights import InsightsController
from studyapp.ui.controllers.mock import MockController
from studyapp.ui.controllers.prefs import PrefsController
from studyapp.ui.controllers.study import StudyController
from studyapp.ui.main_window import K_THEME, MainWindow
from studyapp.ui.mark_fonts import place_marks
from studyapp.ui.messages import Messages, ask_read_only, ask_resume, close_open_boxes
from studyapp.ui.mock_keeper import ABANDON, RESUME  # noqa: F401  (offer_resume's answers)
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.single_instance import RaiseRequestWatcher
from studyapp.ui.style import STYLE_ARGUMENTS
from studyapp.ui.theme import ThemeManager, paint_application
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # built where a link or an image needs one (ui/safe_browser.py)

APP_NAME = "StudyApp"
ORGANIZATION = "StudyApp"
BACKGROUND_GRACE_MS = 30_000
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
    # Combining accents on their letter (m̂, v̂) where Qt would draw them a line above.
    place_marks(app, ANSWER_FONTS)
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
    progress_after_paint: bool = False,
    watch_sources: bool = False,
    start_notices: StartNotices | None = None,
) -> MainWindow:
    """The composition root: the shell, the question pane and one controller per
    feature, their actions and signals connected here and nowhere else. Tests call
    this with a temporary store and settings file.

    `read_only`: why this window may not write, None for a normal window.
    `backup_dir`: where backups go (default: beside the store). `auto_backup`: back
    up on a timer and on close (the app turns it on; tests and the self-test leave
    it off). `open_store` reopens the store after a restore. `progress_after_paint`:
    the first frame shows the tree's topics and the question last open, and the
    other rows and the figures are filled in once it is out (the app; on a big
    store they take longer than the window itself), else all at once.
    The app's window gets its keys after the first frame too (`MainWindow.finish_start`).
    `watch_sources`: re-import notes when they change on disk and reload when another
    process writes the store (the app; tests turn it on where they test it); with
    `progress_after_paint`, from the first frame on, after the figures; in any case once
    the start's notices are answered (`start_notices`: the caller may hold it for
    questions of its own, the offer to resume a mock)."""
    app = app or application()
    place_marks(app, ANSWER_FONTS)  # (an app made elsewhere: a test's)
    shell = MainWindow(
        settings=settings,
        read_only=read_only,
        icon=app_icon(),
        open_url=open_url,
        keys_after_paint=progress_after_paint,
    )
    messages = messages or Messages(shell)
    if messages.parent is None:
        messages.parent = shell
    ctx = AppContext(
        store=store,
        # The person's desired retention and fitted weights (Preferences, Optimize).
        scheduler=scheduler or SpacedRepetition.from_settings(load_settings(store)),
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
    pane = QuestionPane(StorePaneSource(ctx), shell, ctx.theme, thread_pool)
    browse = BrowseController(ctx, shell, pane)
    study = StudyController(ctx, shell, pane)
    mock = MockController(ctx, shell, pane)
    # Statistics reads the topics' figures the tree keeps live, instead of a pass of its own.
    insights = InsightsController(ctx, shell, live_figures=browse.current_figures)
    files = FilesController(ctx, shell)
    editing = EditingController(ctx, shell, pane)
    safety = DataSafetyController(
        ctx, shell, auto_backup=auto_backup, import_busy=lambda: files.busy_importing
    )
    prefs = PrefsController(ctx, shell, pane)
    _connect_actions(shell, browse, study, mock, insights, files, editing, safety, prefs)
    _connect_signals(shell, pane, browse, study, mock, insights, files, editing, safety, prefs)
    _delegate(shell, ctx, pane, browse, study, mock, insights, files, editing, safety, prefs)

    notices = start_notices or StartNotices()
    safety.notices_done.connect(notices.hold())
    browse.reload_tree(first_frame=progress_after_paint)
    if progress_after_paint:
        shell.first_painted.connect(collector.resume)  # paused by the start (cli)
        shell.first_painted.connect(browse.finish_tree)
        # Once the tree's figures are in (connected after them): never beside a window
        # that still shows every question as new.
        shell.first_painted.connect(safety.tell_unfinished)
    else:
        browse.refresh_progress()
        safety.tell_unfinished()
    shell.update_actions()
    shell.restore_layout()
    if progress_after_paint:
        shell.first_shown.connect(browse.restore_position)
    else:
        browse.restore_position()
    shell.tree.setFocus(Qt.FocusReason.OtherFocusReason)
    if progress_after_paint:
        # After the figures (connected after them): the start's look at the notes
        # hashes every notes file on a pool thread, and its Python held the
        # interpreter's lock against the first frame and the figures (both came later).
        shell.first_painted.connect(notices.hold())
    # An edit a killed run left unsaved is offered back once data safety has spoken.
    notices.then(editing.offer_draft)
    if watch_sources:
        # Once the start's notices are answered: a re-import's box opened over them
        # (an unfinished restore's) and hid their words.
        notices.then(files.watch_sources)
    return shell


class StartNotices:
    """What a start says and asks before the window is the person's (data safety's
    notices, the offer to resume a mock), and what waits until each is answered: the
    start's look at the notes, whose re-import opens a box of its own. Each part of the
    start `hold`s it and calls what `hold` returns once it is done (more calls do
    nothing); what is given to `then` runs once none holds it (at once if none does)."""

    def __init__(self) -> None:
        self._holding = 0
        self._waiting: list[Callable[[], object]] = []

    def hold(self) -> Callable[[], None]:
        self._holding += 1
        released = False

        def release(*_: object) -> None:
            nonlocal released
            if released:
                return
            released = True
            self._holding -= 1
            while not self._holding and self._waiting:
                self._waiting.pop(0)()

        return release

    def then(self, slot: Callable[[], object]) -> None:
        if self._holding:
            self._waiting.append(slot)
        else:
            slot()


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
    undo = _Undo(shell, study, editing)
    slots: dict[str, Callable[[], Any]] = {
        "import": files.ask_and_import,
        "export": files.export_weak_topics,
        "backups": safety.show_backups,
        # During a mock or an import: asks first.
        "quit": lambda: mock.ask_to_quit() or files.ask_to_quit() or shell.close(),
        "find": browse.focus_search,
        "move": editing.move_current_question,
        "rename": editing.rename_current_topic,
        "edit_question": editing.edit_current_question,
        "open_editor": editing.open_current_in_editor,
        "notes_text": editing.take_notes_text_current,
        "suspend": editing.toggle_suspend_current,
        "delete_question": editing.delete_current_question,
        # Ctrl+Z, browsing or studying: the most recent step, whichever feature took it.
        "undo_delete": undo.undo,
        "remove_deck": editing.remove_current_deck,
        "export_deck": files.export_deck,
        "import_folder": files.ask_and_import_folder,
        "sample_deck": files.add_sample_deck,
        "new_topic": editing.create_topic_here,
        "questions": insights.show_questions_tab,
        "weak": insights.show_weak_topics,
        "stats": insights.show_statistics,
        "zoom_in": prefs.zoom_in,
        "zoom_out": prefs.zoom_out,
        "zoom_reset": lambda: prefs.set_zoom(0),
        "expand": browse.expand_tree,
        "collapse": browse.collapse_tree,
        # On the Weak Topics tab, its list is the selection (as "Study these").
        "study": lambda: insights.study_shown_weak() or study.start_study(all_topics=False),
        "study_all": lambda: study.start_study(all_topics=True),
        "resume": study.resume,
        "mock": mock.open_mock_setup,
        "undo": undo.undo,
        "bury": study.bury,
        "mock_pause": mock.toggle_mock_pause,
        "mock_skip": mock.skip_mock_question,
        "mock_end": mock.end_mock,
        "mock_retry": mock.retry_weak_mock,
        "mock_history": mock.show_mock_history,
        "back": mock.leave_mock_pages,
        "next": lambda: browse.step(1),
        "prev": lambda: browse.step(-1),
        "stop": study.stop_study,
        "preferences": prefs.open_preferences,
        "optimize": prefs.open_optimize,
        "keys": prefs.show_shortcuts,
        "about": prefs.show_about,
        "reveal": lambda: _reveal(shell, study, mock),
        "answer_good": lambda: _grade(shell, study, mock, 3),  # Space after a reveal (Anki)
    }
    for rating in range(1, 5):
        slots[f"grade_{rating}"] = lambda r=rating: _grade(shell, study, mock, r)
    for flag in FLAG_NAMES:  # Ctrl+1–7, as in Anki (never in a mock: its Ctrl+1–4 grade)
        slots[f"flag_{flag}"] = lambda f=flag: editing.toggle_flag_current(f)
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
    prefs: PrefsController,
) -> None:
    """Where the features meet: what one does that another must follow."""
    # Writes: the tree's figures follow; the weak topics and statistics go stale.
    for source in (study, mock, editing):
        source.changed.connect(browse.apply_changes)
    # Ctrl+Z takes back no step from before a mock's grades or an import: it says so.
    history = study.ctx.undo
    mock.changed.connect(lambda _changes: history.cut("the mock interview"))
    files.imported.connect(lambda *_result: history.cut("an import"))
    # A question suspended or deleted during a session leaves it (the next one shows).
    editing.changed.connect(lambda _changes: study.reload())
    # ... and comes back to it, on screen, when Ctrl+Z unsuspends it (as Anki's Undo).
    editing.unsuspended_back.connect(study.bring_back)
    browse.progress_changed.connect(insights.mark_dirty)
    # Midnight, on the study controller's one day timer: today's figures start afresh.
    insights.follows_day.connect(study.follow_day)
    study.day_changed.connect(insights.mark_dirty)
    # Browsing away from a session pauses it (Space goes back); a mock ends it.
    browse.browsed_away.connect(study.step_away)
    insights.browsed_away.connect(study.step_away)
    mock.taking_over.connect(study.stop_quietly)
    study.stopped.connect(browse.after_study)
    study.started.connect(browse.clear_search_for_session)
    # Buttons on one page that start another feature.
    # (a topic's own "Study this topic": that topic, not a paused session holding it)
    browse.study_requested.connect(lambda: study.start_study(exactly=True))
    browse.import_requested.connect(files.ask_and_import)
    browse.sample_requested.connect(files.add_sample_deck)
    study.weak_topics_requested.connect(insights.show_weak_topics)
    study.preferences_requested.connect(prefs.open_preferences)
    study.today_changed.connect(browse.plan_changed)
    insights.study_requested.connect(study.start_study_on)
    insights.mock_requested.connect(mock.start_mock_on)
    insights.export_requested.connect(files.export_weak_topics)
    insights.question_activated.connect(browse.show_and_focus)
    mock.question_activated.connect(browse.show_and_focus)
    mock.export_weak_requested.connect(files.export_weak_questions)
    mock.back_requested.connect(lambda qid: _back_to_questions(shell, browse, qid))

    # An import that changed the store: reload what shows it.
    def imported(result: object, reading: object = None) -> None:
        keep = pane.current_qid
        pane.forget_rendered()
        # The tree and its figures as the import's worker read them after its save.
        browse.show_store(reading or getattr(result, "after", None))
        study.reload()
        if shell.mode is Mode.BROWSE:
            # Notes just imported as a new deck: there, not back where the person was.
            made = getattr(result, "summaries", ())
            if not browse.show_new_deck(made):
                browse.show_again(keep)

    files.imported.connect(imported)
    files.read_after = browse.reading_after  # (read by each import's worker)
    editing.reloaded.connect(lambda: imported(None))
    editing.renamed.connect(browse.names_changed)  # the header says the new name
    # Notes saved elsewhere (with what the re-import's worker read after), a CLI import.
    files.reloaded.connect(lambda: imported(None, files.live_reading()))

    # A restore: the store is closed, swapped and opened again.
    def closing_store() -> None:
        study.stop_quietly()
        pane.stop_idle()
        insights.wait_for_figures()  # their connections would make the swap refuse

    def replaced() -> None:
        keep = pane.current_qid
        files.store_reopened()  # this window's own change, not another program's
        pane.use_store()
        study.forget()
        mock.forget()
        study.ctx.undo.clear()  # Ctrl+Z was about the data before
        browse.reload_tree()
        browse.refresh_progress()
        insights.mark_dirty()  # figures from the store before, or none: asked again
        shell.show_main_page()
        browse.show_again(keep)
        shell.update_actions()

    safety.store_closing.connect(closing_store)
    safety.import_again_requested.connect(files.import_again)
    safety.store_replaced.connect(replaced)

    # Preferences or Optimize changed the scheduler (ctx.scheduler is replaced): the
    # states and counts are recomputed with it; the statistics too.
    prefs.scheduling_changed.connect(browse.refresh_progress)
    prefs.scheduling_changed.connect(insights.mark_dirty)
    prefs.scheduling_changed.connect(study.scheduling_changed)
    # The daily limits, goal or learn-ahead: the counts a session would take, the open
    # session itself, today's progress.
    prefs.plan_changed.connect(browse.plan_changed)
    prefs.plan_changed.connect(study.plan_changed)
    prefs.plan_changed.connect(insights.mark_dirty)


def _back_to_questions(shell: MainWindow, browse: BrowseController, qid: str | None) -> None:
    """Esc on a mock's summary or history: the question browsed before."""
    if not browse.show_question(qid or browse.tree.current_question_id() or ""):
        browse.restore_position()
    shell.tree.setFocus(Qt.FocusReason.OtherFocusReason)


def _delegate(shell: MainWindow, ctx: AppContext, *owners: object) -> None:
    """What the window still answers for its collaborators: the context and the question
    on screen (`window.store`, `window.current_qid`, …) and the keys shared by study and
    mock (`window.grade(3)` grades whichever is on). Features are reached through
    `window.controllers["study"]` and the like."""
    pane, browse, study, mock, insights, files, editing, safety, prefs = owners
    shell.delegate(ctx, ("store", "scheduler", "clock", "messages", "theme"))
    shell.delegate(pane, ("current_qid", "cache"))
    shell.delegate(_Keys(shell, study, mock), ("grade", "reveal"))
    shell.delegate(_Undo(shell, study, editing), ("undo",))
    shell.controllers = {
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


class _Undo:
    """Ctrl+Z (Edit › Undo browsing, Study › Undo in a session): the most recent step of
    the window's one history (ctx.undo) taken back by the feature that took it, or
    said plainly why there is none."""

    def __init__(self, shell: MainWindow, study: StudyController, editing: EditingController):
        self.shell, self.study, self.editing = shell, study, editing

    def undo(self) -> None:
        history = self.study.ctx.undo
        step = history.pop()
        if step is not None:
            owner, what = step
            (self.study.undo_step if owner == "study" else self.editing.undo_step)(what)
        elif history.cut_by is not None:
            self.shell.status(f"Nothing to undo: {history.cut_by} cannot be undone.", 5000)
        elif self.shell.mode is Mode.STUDY or not self.editing.undo_last_deletion():
            self.shell.status("Nothing to undo.", 3000)


class _Keys:
    """Space and 1–4 as the window's methods: the mock's during a mock, else study's."""

    def __init__(self, shell: MainWindow, study: StudyController, mock: MockController):
        self.shell, self.study, self.mock = shell, study, mock

    def reveal(self) -> None:
        _reveal(self.shell, self.study, self.mock)

    def grade(self, rating: int) -> int | None:
        return _grade(self.shell, self.study, self.mock, rating)


def offer_resume(
    window: MainWindow, ask: Callable[[MainWindow, str], str | None] = ask_resume
) -> str | None:
    """If the app was closed during a mock interview, ask to resume it or leave it as
    abandoned (MockController.offer_resume). Returns "resume", "abandon" or None.

    Asked before the event loop runs, outside any slot: an error on the answer (the
    store deleted while the question was open) goes where a slot's goes, the window's
    error dialog (sys.excepthook is the run's ExceptionHook), and the window stays.
    It ended the run before, its message on stderr only. None then."""
    try:
        return window.controllers["mock"].offer_resume(lambda text: ask(window, text))
    except Exception:
        sys.excepthook(*sys.exc_info())
        return None


class Sigterm:
    """What `end_on_sigterm` set up: called, it puts the old handling back; `ended`
    once the signal came (the start then asks nothing more and runs no event loop)."""

    def __init__(self) -> None:
        self.ended = False
        self.undo: Callable[[], None] = lambda: None

    def __call__(self) -> None:
        self.undo()


def end_on_sigterm(window: MainWindow) -> Sigterm:
    """SIGTERM (a logout, a shutdown, `kill`) closes the window as Quit does, the
    closing backup and the controllers' saving included; before, the process died
    where it stood. An edit open is let go with its text kept as a draft: nobody is
    there to answer "Discard your changes?" (EditingController.keep_open_edit). A
    question box open at start (resume the mock left running?) is closed unanswered,
    as Esc closes it: the process had stayed up under it, the window gone, until
    killed. The signal wakes Qt's loop through a pipe (Python runs a handler only
    when it runs). POSIX only; elsewhere it does nothing."""
    import os
    import signal

    term = Sigterm()
    if os.name != "posix":
        return term
    from PySide6.QtCore import QSocketNotifier

    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_: _drain(read))

    def on_term(_signum: int, _frame: object) -> None:
        term.ended = True
        window.controllers["editing"].keep_open_edit()
        close_open_boxes()  # (a box of the window's own closes with it too)
        window.close()

    woke = signal.set_wakeup_fd(write)
    before = signal.signal(signal.SIGTERM, on_term)

    def undo() -> None:
        signal.signal(signal.SIGTERM, before)
        signal.set_wakeup_fd(woke)
        notifier.setEnabled(False)
        os.close(read)
        os.close(write)

    term.undo = undo
    return term


def _drain(fd: int) -> None:
    import contextlib
    import os

    with contextlib.suppress(OSError):
        os.read(fd, 512)


def watch_raise_requests(window: MainWindow, data_dir: str | Path) -> RaiseRequestWatcher:
    """The writing instance: a second start's request brings `window` to the front."""
    watcher = RaiseRequestWatcher(data_dir, window)
    watcher.raise_requested.connect(window.bring_to_front)
    return watcher


def run(
    data_dir: str | Path | None = None, smoke: bool = False, early: EarlyCheck | None = None
) -> int:
    """Start the GUI; returns the process exit status. `early`: the store's checks,
    begun before this module was imported (core.store.early_check)."""
    # Started before anything slow (opening the store, the first layout): see SmokeWatchdog.
    watchdog = SmokeWatchdog(smoke_timeout_seconds()).start() if smoke else None
    try:
        return _run(data_dir, smoke, early)
    finally:
        if watchdog is not None:
            watchdog.stop()


def _run(data_dir: str | Path | None, smoke: bool, early: EarlyCheck | None) -> int:
    from studyapp.core.paths import data_dir as resolve_data_dir

    app = application()
    app.setWindowIcon(app_icon())
    # The saved theme from the start: the questions asked before the window (another
    # StudyApp already open) are drawn in it, not in the light default.
    paint_application(app, str(QSettings().value(K_THEME, "system")))
    hook = ExceptionHook(None, smoke=smoke)
    with hook:
        try:
            folder = resolve_data_dir(data_dir)
            opened = open_user_store(
                folder,
                ConsoleMessages() if smoke else Messages(None),
                datetime.now(UTC),
                ask=None if smoke else ask_read_only,
                early=early,
            )
        except StudyAppError as exc:
            return fail(store_error_text(exc), smoke, store_error_text(exc, in_window=True))
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
        sample_failed = None
        try:
            if writer and not store.get_setting(DEFAULT_DECK_GIVEN):
                # First start only (and once on a store from before the setting):
                # later starts load no parser.
                from studyapp.core.importer import import_default_deck

                import_default_deck(store)
        except StudyAppError as exc:
            print(f"studyapp: the default deck could not be imported: {exc}", file=sys.stderr)
            sample_failed = exc.message if isinstance(exc, StoreError) else str(exc)
        notices = StartNotices()
        asked = notices.hold()  # the offer to resume a mock, below
        window = create_window(
            store,
            QSettings(),
            app=app,
            read_only=opened.read_only,
            backup_dir=backup_dir(opened.data_dir),
            auto_backup=writer and not smoke,  # smoke stays fast and leaves no backups
            progress_after_paint=True,
            watch_sources=not smoke,  # a read-only window watches the store alone
            start_notices=notices,
        )
        hook.messages = window.messages
        if sample_failed is not None:  # said in the window too, with Try Again
            from studyapp.ui.controllers.browse import say_sample_failed

            say_sample_failed(window.controllers["browse"], sample_failed)
        raise_watcher = watch_raise_requests(window, opened.data_dir) if writer else None
        # On the window, not the application: the window is painted first in the
        # pass that paints its children, and an application-wide filter would turn
        # every event of every object into a Python call.
        watcher = FirstPaint(app, window) if smoke else None
        window.show()
        sigterm = end_on_sigterm(window) if not smoke else Sigterm()
        if not smoke and writer:
            if window.store.unfinished_mock() is not None:
                # Data safety first: what the last run left undone (an unfinished
                # restore) is said, each closed in turn, before the offer to resume;
                # opened at once they hid each other's words.
                # The mock's next question may be on screen: its answer stays hidden
                # meanwhile, as it is while the offer is asked.
                from studyapp.ui.controllers.mock import RESUME_VEIL

                with window.controllers["mock"].pane.veiled(RESUME_VEIL):
                    window.controllers["data_safety"].tell_unfinished(wait=True)
            if not sigterm.ended:
                offer_resume(window, ask_resume)
        if not sigterm.ended:
            asked()
        # (ended under a question at start: the window closed already, no loop to run)
        status = EXIT_OK if sigterm.ended else app.exec()
        window.close()  # backs up on closing (before the store closes below)
        sigterm()
        if raise_watcher is not None:
            raise_watcher.stop()  # a start meanwhile starts anew, not waits on this one
        # Work on other threads (an import, an export, figures), cancelled on closing,
        # ends before the store closes and Python shuts down under it (within reason:
        # a step that cannot stop, a big file's parse, has BACKGROUND_GRACE_MS).
        QThreadPool.globalInstance().waitForDone(BACKGROUND_GRACE_MS)
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

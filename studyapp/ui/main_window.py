"""The main window: topic tree | answer pane + grading panel, menus, status bar.

It wires views to the core: the tree model is filled from the store, the answer
comes from `AnswerCache`, studying is a core `StudySession`, a mock interview is a
core `MockSession`, progress figures come from core.progress. It holds no SQL and
parses nothing. Everything the user can do is a `QAction` in a menu (so every
shortcut is listed there) and a method here that tests call directly
(`show_question`, `grade`, `move_question`, `start_mock`, `tick_mock`, …).

Every store write a person starts (grade, undo, mock answers, moving, renaming
and creating topics, backups and restores) reports failure through one method,
`show_write_error`: a StoreError (full disk, read-only file, busy store) is a plain
message with its hint, and the screen stays as it was, so a grade can be given
again. A read-only window (another StudyApp holds the data folder, or the disk
refuses writes) disables every action that writes and says why in the status bar.

Automatic backups: an `AutoBackup` (core.backup) ticked by a QTimer while the
window is open and asked once more when it closes; a failed backup is a status-bar
line, never a dialog in the way of studying. File → Backups… lists the backups
and restores one: the store is closed, swapped (core.backup.restore_backup) and
opened again, and the window reloads from it.

The right side is a stack of pages: the answer page (timer panel, answer, mock
panel, grading panel), the summary of a mock interview and the mock history.
During a mock the topic tree steps aside and the timer panel and the mock panel
show; a QTimer only asks the session to check its time and repaints: the time
itself always comes from the injected clock.

That stack is the first of three tabs: "Questions", "Weak Topics" (ui.weak_view)
and "Statistics" (ui.stats_view), also reached from the View menu; Esc goes back
to the questions. The two views are built, and their modules imported, the first
time their tab is shown (start-up pays for neither), and they recompute only when
shown after the store changed (`refresh_progress` marks them dirty). A study
session survives a look at them; a mock hides the tab bar. File → Export Weak
Topics as PDF… runs ui.export_worker's controller, also loaded on first use.
"""

from __future__ import annotations

import contextlib
import html
import random
import re
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import studyapp
from studyapp.core.backup import AutoBackup, list_backups, make_backup, restore_backup, rotate
from studyapp.core.backup import backup_dir as backup_dir_of
from studyapp.core.model import Question, StudyAppError
from studyapp.core.progress import question_states, topic_progress
from studyapp.core.render import answer_css, highlight, title_html
from studyapp.core.scheduler import RATING_NAMES, SpacedRepetition, format_interval
from studyapp.core.store import Store, StoreError
from studyapp.core.study import Clock, StudySession, SystemClock
from studyapp.resource_files import resource
from studyapp.ui.answer_cache import AnswerCache
from studyapp.ui.answer_view import AnswerView
from studyapp.ui.grading_panel import GradingPanel
from studyapp.ui.messages import Messages
from studyapp.ui.search_bar import SearchBar
from studyapp.ui.style import flat_bars_in, page_css, style_scroll_bars
from studyapp.ui.theme import (
    COLORS,
    MODE_LABELS,
    MODES,
    STATE_LABELS,
    Card,
    ThemeManager,
    button_css,
    search_css,
)
from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC, Node, TopicTree, TopicTreeModel

if TYPE_CHECKING:  # loaded when first used: start-up imports none of them
    from studyapp.core.mock import MockSession, MockSettings, MockSummary
    from studyapp.ui.backups_dialog import BackupsDialog
    from studyapp.ui.export_worker import ExportController
    from studyapp.ui.import_worker import ImportController, ImportResult
    from studyapp.ui.mock_history import MockHistoryView
    from studyapp.ui.mock_panel import MockPanel
    from studyapp.ui.mock_setup import MockSetupDialog
    from studyapp.ui.mock_summary import MockSummaryView
    from studyapp.ui.stats_view import StatsView
    from studyapp.ui.timer_panel import TimerPanel
    from studyapp.ui.weak_view import WeakView

SEARCH_LIMIT = 1_000_000  # every match is counted…
# …and the best ones are listed: expanding a tree costs a Python call per row,
# so a search that matches thousands of questions would freeze typing for 100 ms+.
SEARCH_SHOWN = 300
PRERENDER_AHEAD = 3
PRERENDER_AROUND = 40  # prepared once the window has settled: the questions near the open one
IDLE_HOLD_MS = 250  # idle work waits this long after start-up: the first frame goes first
MOCK_TICK_MS = 200  # repaint and time-up check; the time itself comes from the clock
MOCK_PROMPT = (
    "The answer is hidden while the clock runs.<br><br>Type or outline your answer "
    "below, then press <b>Ctrl+Enter</b> to see the model answer<br>"
    "(or <b>Space</b> when the text box does not have the focus)."
)
MOCK_PAUSED = "⏸  Paused: the clock is stopped.<br><br>Press <b>P</b> (or Ctrl+P) to resume."
BACKUP_TICK_MS = 60_000  # asks AutoBackup whether one is due (every 30 min of changes)
READ_ONLY_TITLE = " (read-only)"

# QSettings keys
K_GEOMETRY = "window/geometry"
K_STATE = "window/state"
K_SPLITTER = "window/splitter"
K_LAST_QUESTION = "session/last_question"
K_THEME = "view/theme"
K_ZOOM = "view/zoom"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the UI thread copies a database (a second or so for a big one)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class MainWindow(QMainWindow):
    # The weak questions of a mock's summary, weakest first, to export as a PDF.
    export_weak_requested = Signal(list)

    def __init__(
        self,
        store: Store,
        *,
        settings: QSettings,
        theme: ThemeManager,
        scheduler: SpacedRepetition | None = None,
        clock: Clock | None = None,
        messages: Messages | None = None,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        thread_pool: QThreadPool | None = None,
        icon: QIcon | None = None,
        read_only: str | None = None,
        backup_dir: str | Path | None = None,
        auto_backup: bool = False,
        open_store: Callable[[str | Path], Store] = Store.open,
    ) -> None:
        """`read_only`: why this window may not write ("Read-only: another StudyApp is
        running"), None for a normal window. `backup_dir`: where backups go (default:
        beside the store). `auto_backup`: back up on a timer and on close (the app
        turns it on; tests and the self-test leave it off). `open_store` reopens the
        store after a restore."""
        super().__init__()
        self.read_only_reason = read_only
        self.store = store
        self.settings = settings
        self.theme = theme
        self.scheduler = scheduler or SpacedRepetition()
        self.clock = clock or SystemClock()
        self.messages = messages or Messages(self)
        if self.messages.parent is None:
            self.messages.parent = self
        self.session: StudySession | None = None
        self._study_chosen = False  # the session is over chosen questions ("study these")
        self.mode = "browse"  # "browse" | "study" | "mock"
        self.mock: MockSession | None = None  # the running mock interview
        self.mock_setup: MockSetupDialog | None = None  # while the set-up dialog is open
        self._last_mock: MockSession | None = None  # the one the summary shows, if run here
        self._summary_settings: MockSettings | None = None  # those of the summary on show
        self._qid_before_mock: str | None = None
        self._paused_before_end = False
        self.mock_rng: random.Random | None = None  # seeds the choice of questions (tests)
        self.current_qid: str | None = None
        self._search_terms: list[str] = []
        self._syncing = False  # selecting in the tree on the window's own behalf
        self._deck_dirs: dict[int, Path | None] = {}
        self._prerender: deque[str] = deque()
        self._closed = False
        self._open_url = open_url
        self._open_store = open_store
        self.backup_dir = (
            Path(backup_dir) if backup_dir is not None else backup_dir_of(Path(store.path).parent)
        )
        self.auto_backup: AutoBackup | None = None
        if auto_backup and not read_only:
            self.auto_backup = AutoBackup(store, self.backup_dir, self.clock)
        self.backups_dialog: BackupsDialog | None = None
        self.raise_requests = 0  # how often another start asked this window forward

        self.cache = AnswerCache(store, self._base_dir)
        self.model = TopicTreeModel(self)
        self._thread_pool = thread_pool
        self._importer: ImportController | None = None  # made on first use (File → Import)
        self._exporter: ExportController | None = None  # on the first export
        self.weak_view: WeakView | None = None  # on the first look at its tab
        self.stats_view: StatsView | None = None
        self._questions_title = "StudyApp"  # the window title to restore on coming back
        self._tab_before: QWidget | None = None

        self.setWindowTitle("StudyApp")
        if icon is not None:
            self.setWindowIcon(icon)
        self._build_views(open_url)
        self._build_actions()
        self._build_menus()
        self._connect()

        self._last_question_timer: QTimer | None = None
        self._idle = QTimer(self)  # pre-renders and cache writes, one step per idle tick
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._idle_step)
        # An interval-0 timer runs before the platform's first expose: without the
        # hold, pre-rendering the next answers delayed the window's first paint.
        self._idle_held = True
        self._idle_hold = QTimer(self)
        self._idle_hold.setSingleShot(True)
        self._idle_hold.setInterval(IDLE_HOLD_MS)
        self._idle_hold.timeout.connect(self._release_idle)
        self._idle_hold.start()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self.refresh_progress)
        self._mock_timer = QTimer(self)
        self._mock_timer.setInterval(MOCK_TICK_MS)
        self._mock_timer.timeout.connect(self.tick_mock)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_TICK_MS)
        self._backup_timer.timeout.connect(self.tick_backup)
        if self.auto_backup is not None:
            self._backup_timer.start()

        zoom = self.settings.value(K_ZOOM, 0)
        self.answer.set_zoom(int(zoom) if str(zoom).lstrip("-").isdigit() else 0)
        self._on_theme_changed(self.theme.effective)
        self.reload_tree()
        self.refresh_progress()
        self._restore_layout()
        self._restore_position()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ------------------------------------------------------------------

    @property
    def mock_panel(self) -> MockPanel:
        """The typed-answer and key-points panel under the answer, made on first use."""
        if self._mock_panel is None:
            from studyapp.ui.mock_panel import MockPanel

            panel = MockPanel()
            panel.hide()
            self.right_layout.insertWidget(self.right_layout.indexOf(self.grading), panel)
            panel.setStyleSheet(page_css(self.theme.effective))
            panel.reveal_clicked.connect(self.mock_reveal)
            panel.grade_clicked.connect(self.mock_grade)
            panel.point_toggled.connect(self.toggle_mock_point)
            panel.typed_changed.connect(self._on_mock_typed)
            self._mock_panel = panel
        return self._mock_panel

    @property
    def summary_view(self) -> MockSummaryView:
        """The page after a mock (its grades, weak questions, export), made on first use."""
        if self._summary_view is None:
            from studyapp.ui.mock_summary import MockSummaryView

            view = MockSummaryView(can_export=find_spec("studyapp.export.pdf") is not None)
            view.retry_weak_clicked.connect(self.retry_weak_mock)
            view.export_weak_clicked.connect(self.export_weak_requested)
            view.history_clicked.connect(self.show_mock_history)
            view.new_mock_clicked.connect(self.open_mock_setup)
            view.done_clicked.connect(self.leave_mock_pages)
            view.question_activated.connect(self._show_question_from_page)
            self._install_page(view)
            self._summary_view = view
        return self._summary_view

    @property
    def history_view(self) -> MockHistoryView:
        """The page of past mocks and their trend, made on first use."""
        if self._history_view is None:
            from studyapp.ui.mock_history import MockHistoryView

            view = MockHistoryView()
            view.session_activated.connect(self.show_past_mock)
            view.new_mock_clicked.connect(self.open_mock_setup)
            view.done_clicked.connect(self.leave_mock_pages)
            self._install_page(view)
            self._history_view = view
        return self._history_view

    def _install_page(self, page: MockSummaryView | MockHistoryView) -> None:
        theme = self.theme.effective
        page.setStyleSheet(page_css(theme))
        page.set_theme(theme)
        self.pages.addWidget(page)

    def _build_views(self, open_url: Callable[[QUrl], Any]) -> None:
        self.search = SearchBar()
        self.tree = TopicTree(self.model)
        side = Card()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(2, 2, 2, 2)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.tree.legend)
        side_layout.addWidget(self.tree, 1)
        self.side = side

        self.answer = AnswerView(open_url=open_url)
        self.grading = GradingPanel()
        # The mock interview's timer panel sits here, shown while a mock runs.
        self.timer_slot = QWidget()
        self.timer_slot.setObjectName("timerSlot")
        timer_layout = QVBoxLayout(self.timer_slot)
        timer_layout.setContentsMargins(0, 0, 0, 0)
        self.timer_slot.hide()
        # The mock's answer panel is built at the first mock (it is the costliest
        # widget of the window to make, and most starts never run a mock).
        self._mock_panel: MockPanel | None = None
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.timer_slot)
        right_layout.addWidget(self.answer, 1)
        right_layout.addWidget(self.grading)
        self.right_layout = right_layout
        self._timer_panel: TimerPanel | None = None  # made when the first mock starts

        # Pages of the right side: the answer page, a mock's summary, the mock history.
        self.main_page = right
        # The mock summary and history pages are made when first shown.
        self._summary_view: MockSummaryView | None = None
        self._history_view: MockHistoryView | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.main_page)

        # The tabs of the right side. The weak-topics and statistics tabs start as
        # empty slots: their views are built when first shown (`_ensure_view`).
        self.weak_slot = self._view_slot("weakSlot")
        self.stats_slot = self._view_slot("statsSlot")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)  # no frame around the answer: it looks as before
        self.tabs.addTab(self.pages, "Questions")
        self.tabs.addTab(self.weak_slot, "Weak Topics")
        self.tabs.addTab(self.stats_slot, "Statistics")
        self.tabs.setTabToolTip(0, "Browse, study and mock interviews (Esc comes back here)")
        self.tabs.setTabToolTip(1, "Topics ranked weakest first, with why (Ctrl+Shift+W)")
        self.tabs.setTabToolTip(2, "Reviews, ratings, mastery and mock scores (Ctrl+Shift+T)")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 860])
        side.setMinimumWidth(240)
        self.tabs.setMinimumWidth(360)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self.mode_label = QLabel()
        self.totals_label = QLabel()
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setToolTip(
            "Nothing can be graded, imported or edited in this window.\n"
            "Close the other StudyApp (or free the disk) and start StudyApp again to study."
        )
        if self.read_only_reason:
            self.read_only_label.setStyleSheet(  # only then: a style sheet costs a polish
                "QLabel#readOnlyLabel { background: #fff3cd; color: #664d03; "
                "border: 1px solid #e0c36a; border-radius: 4px; padding: 1px 8px; "
                "font-weight: bold; }"
            )
            self.read_only_label.setText(self.read_only_reason)
        else:
            self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.mode_label)
        self.statusBar().addPermanentWidget(self.totals_label)
        self.statusBar().setSizeGripEnabled(True)
        self.resize(1200, 780)

    @staticmethod
    def _view_slot(name: str) -> QWidget:
        slot = QWidget()
        slot.setObjectName(name)
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(0, 0, 0, 0)
        return slot

    def _action(
        self,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence | str | list[QKeySequence | str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work while the menu bar is hidden too
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_import = a(
            "&Import Notes…",
            self.ask_and_import,
            QKeySequence.StandardKey.Open,
            "Import a Markdown or text notes file",
        )
        self.act_backups = a(
            "&Backups…",
            self.show_backups,
            tip="See the backups of your study data, back up now or restore one",
        )
        self.act_export = a(
            "&Export Weak Topics as PDF…",
            self.export_weak_topics,
            "Ctrl+E",
            "A PDF of your weak topics: each weak question with why and its full answer",
        )
        self.act_quit = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_find = a("&Find…", self.focus_search, QKeySequence.StandardKey.Find)
        self.act_move = a("&Move Question to Topic…", self.move_current_question, "Ctrl+Shift+M")
        self.act_rename = a("&Rename Topic…", self.rename_current_topic, "F2")
        self.act_new_topic = a("&New Topic…", self.create_topic_here, "Ctrl+Shift+N")

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for mode in MODES:
            action = QAction(MODE_LABELS[mode], self, checkable=True)
            action.setChecked(mode == self.theme.mode)
            action.triggered.connect(lambda _c=False, m=mode: self.set_theme_mode(m))
            self.theme_group.addAction(action)
            self.theme_actions[mode] = action
        self.act_zoom_in = a("Zoom &In", self.zoom_in, ["Ctrl++", "Ctrl+="])
        self.act_zoom_out = a("Zoom &Out", self.zoom_out, "Ctrl+-")
        self.act_zoom_reset = a("&Actual Size", lambda: self.set_zoom(0), "Ctrl+0")
        self.act_questions = a(
            "&Questions", self.show_questions_tab, tip="The answer pane: browse and study"
        )
        self.act_weak = a(
            "&Weak Topics",
            self.show_weak_topics,
            "Ctrl+Shift+W",
            "Topics ranked weakest first, each weak question with why",
        )
        self.act_stats = a(
            "&Statistics",
            self.show_statistics,
            "Ctrl+Shift+T",
            "Reviews per day, ratings, mastery per topic and mock scores",
        )
        self.act_expand = a("&Expand All Topics", self.tree.expandAll)
        self.act_collapse = a("&Collapse All Topics", self.collapse_tree)

        self.act_study = a(
            "&Study Due in Selection",
            lambda: self.start_study(all_topics=False),
            "Ctrl+D",
            "Due questions of the selected topic, then new ones",
        )
        self.act_study_all = a(
            "Study &All Due", lambda: self.start_study(all_topics=True), "Ctrl+Shift+D"
        )
        # Space, 1–4 and P type into a text box that has the focus; the Ctrl variants
        # work there too (and everywhere else).
        self.act_reveal = a(
            "&Reveal Answer", self.reveal, ["Space", "Ctrl+Return", "Ctrl+Enter", "Ctrl+Space"]
        )
        self.grade_actions: dict[int, QAction] = {}
        for rating, name in RATING_NAMES.items():
            self.grade_actions[rating] = a(
                f"Grade: {name}", lambda r=rating: self.grade(r), [str(rating), f"Ctrl+{rating}"]
            )
        self.act_undo = a("&Undo Last Grade", self.undo, QKeySequence.StandardKey.Undo)
        self.act_stop = a("Stop Studying", self.stop_study, "Esc")
        self.act_next = a("&Next Question", lambda: self.step(1), "J")
        self.act_prev = a("&Previous Question", lambda: self.step(-1), "K")

        self.act_mock = a(
            "&Mock Interview…",
            self.open_mock_setup,
            "Ctrl+M",
            "A timed mock interview: choose topics, number of questions and time",
        )
        self.act_mock_pause = a("&Pause / Resume Mock", self.toggle_mock_pause, ["P", "Ctrl+P"])
        self.act_mock_skip = a(
            "S&kip Question", self.skip_mock_question, ["S", "Ctrl+Right", "Ctrl+Shift+S"]
        )
        self.act_mock_end = a("&End Mock Early…", self.end_mock, ["Esc", "Ctrl+."])
        self.act_mock_retry = a("Retry &Weak Questions", self.retry_weak_mock, "Ctrl+R")
        self.act_mock_history = a("Mock &History", self.show_mock_history, "Ctrl+H")
        self.act_back = a("&Back to Questions", self.leave_mock_pages, "Esc")

        self.act_keys = a(
            "&Keyboard Shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )
        self.act_about = a("&About StudyApp", self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_backups)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit = bar.addMenu("&Edit")
        edit.addAction(self.act_find)
        edit.addSeparator()
        edit.addAction(self.act_move)
        edit.addAction(self.act_rename)
        edit.addAction(self.act_new_topic)

        view = bar.addMenu("&View")
        view.addAction(self.act_questions)
        view.addAction(self.act_weak)
        view.addAction(self.act_stats)
        view.addSeparator()
        theme_menu = view.addMenu("&Theme")
        for action in self.theme_actions.values():
            theme_menu.addAction(action)
        view.addSeparator()
        view.addAction(self.act_zoom_in)
        view.addAction(self.act_zoom_out)
        view.addAction(self.act_zoom_reset)
        view.addSeparator()
        view.addAction(self.act_expand)
        view.addAction(self.act_collapse)

        study = bar.addMenu("&Study")
        study.addAction(self.act_study)
        study.addAction(self.act_study_all)
        study.addAction(self.act_mock)
        study.addSeparator()
        study.addAction(self.act_reveal)
        for action in self.grade_actions.values():
            study.addAction(action)
        study.addAction(self.act_undo)
        study.addSeparator()
        study.addAction(self.act_mock_pause)
        study.addAction(self.act_mock_skip)
        study.addAction(self.act_mock_end)
        study.addSeparator()
        study.addAction(self.act_mock_retry)
        study.addAction(self.act_mock_history)
        study.addAction(self.act_back)
        study.addSeparator()
        study.addAction(self.act_next)
        study.addAction(self.act_prev)
        study.addAction(self.act_stop)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.act_keys)
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.context_requested.connect(self._on_context_menu)
        self.model.move_requested.connect(self._on_drop_move)
        self.search.search_requested.connect(self.apply_search)
        self.search.leave_requested.connect(self._leave_search)
        self.grading.study_clicked.connect(lambda: self.start_study(all_topics=False))
        self.grading.reveal_clicked.connect(self.reveal)
        self.grading.grade_clicked.connect(self.grade)
        self.grading.stop_clicked.connect(self.stop_study)
        self.answer.link_hovered.connect(lambda url: self.statusBar().showMessage(url, 4000))
        self.theme.changed.connect(self._on_theme_changed)

        self.export_weak_requested.connect(self.export_weak_questions)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    @property
    def timer_panel(self) -> TimerPanel:
        """The mock interview's countdown above the answer, made when first needed: a
        start that runs no mock builds none of it."""
        if self._timer_panel is None:
            from studyapp.ui.timer_panel import TimerPanel

            panel = TimerPanel()
            theme = self.theme.effective
            panel.setStyleSheet(button_css(theme))
            panel.set_theme(theme)
            panel.pause_clicked.connect(self.toggle_mock_pause)
            panel.skip_clicked.connect(self.skip_mock_question)
            panel.end_clicked.connect(self.end_mock)
            panel.end_confirmed.connect(self.end_mock_now)
            panel.end_cancelled.connect(self.cancel_end_mock)
            self._timer_panel = panel
            layout = self.timer_slot.layout()  # above the answer; a mock shows the slot
            assert layout is not None
            layout.addWidget(panel)
            panel.show()  # now, not when the layout's queued show comes round
        return self._timer_panel

    # --- data ----------------------------------------------------------------------

    def _base_dir(self, deck_id: int) -> Path | None:
        """The folder of the notes file a deck came from: its images may load from there."""
        if deck_id in self._deck_dirs:
            return self._deck_dirs[deck_id]
        return None

    def reload_tree(self) -> None:
        """Fill the tree from the store: decks, their topics, and all questions in one query."""
        decks = self.store.decks()
        self._deck_dirs = {}
        for deck in decks:
            source = deck.source_path
            if source.startswith("resource:"):
                folder = resource(*Path(source.removeprefix("resource:")).parent.parts)
                self._deck_dirs[deck.id] = Path(str(folder))
            elif source:
                self._deck_dirs[deck.id] = Path(source).parent
            else:
                self._deck_dirs[deck.id] = None
        topics = {deck.id: self.store.topics(deck.id) for deck in decks}
        self.model.load(decks, topics, self.store.questions())
        self.tree.expand_decks()

    def refresh_progress(self) -> None:
        """Counts, due, mastery and question states from the store, as of now.

        Every change the window makes to the store (a grade, a mock answer, an import,
        a move, a restore) ends here, so the weak-topics and statistics views are
        marked dirty here too: they recompute when next shown, or now if shown."""
        self._progress_timer.stop()
        self._mark_views_dirty()
        now = self.clock.now()
        direct: dict[int, Any] = {}
        for deck in self.store.decks():
            direct.update(topic_progress(self.store, deck.id, now, self.scheduler))
        states = question_states(self.store, None, now, self.scheduler)
        self.model.set_progress(direct, states)
        due = sum(1 for s in states.values() if s in ("due", "weak"))
        new = sum(1 for s in states.values() if s == "new")
        self.totals_label.setText(f"{len(states)} questions · {due} due · {new} new")
        if self.mode == "browse":
            self._update_browse_panel()
            if self.current_qid is not None:
                self._update_meta()

    def _schedule_progress(self) -> None:
        self._progress_timer.start()

    # --- layout and position -----------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value(K_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value(K_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value(K_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def _restore_position(self) -> None:
        last = self.settings.value(K_LAST_QUESTION)
        qid = last if isinstance(last, str) and self.model.question(last) else None
        qid = qid or self.model.first_question()
        if qid is not None:
            self.show_question(qid)
        else:
            self._show_welcome()

    def save_settings(self) -> None:
        self.settings.setValue(K_GEOMETRY, self.saveGeometry())
        self.settings.setValue(K_STATE, self.saveState())
        if not self.side.isHidden():  # the tree steps aside during a mock: keep its width
            self.settings.setValue(K_SPLITTER, self.splitter.saveState())
        self.settings.setValue(K_THEME, self.theme.mode)
        self.settings.setValue(K_ZOOM, self.answer.zoom)
        # During a mock the question on screen is the mock's: keep the one browsed before.
        last = self._qid_before_mock if self.mode == "mock" else self.current_qid
        if last is not None:
            self.settings.setValue(K_LAST_QUESTION, last)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        self._closed = True
        if self._importer is not None and self._importer.busy:
            self._importer.cancel()
        if self._exporter is not None and self._exporter.busy:
            self._exporter.cancel()  # a cancelled export leaves no file behind
        self.save_settings()
        self._idle.stop()
        self._idle_hold.stop()
        self._idle_held = True  # nothing idle may touch the store after this
        # A running mock stays running in the store (every grade is saved already):
        # the next start offers to resume it.
        self._mock_timer.stop()
        self._backup_timer.stop()
        self._progress_timer.stop()  # the store may be closed right after this
        if not self.read_only_reason:
            with contextlib.suppress(StudyAppError):  # only a cache: rebuilt on demand
                self.cache.flush()
        self._backup_on_close()
        super().closeEvent(event)

    # --- showing questions ----------------------------------------------------------------

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        if self._syncing or self.mode == "mock":
            return
        node = self.model.node(self.tree.proxy.mapToSource(current))
        if node is None:
            return
        self._show_main_page()
        if self.mode == "study":
            self.stop_study(quiet=True)
            self.statusBar().showMessage("Study session ended: browsing.", 4000)
        if node.kind == QUESTION:
            self.show_question(node.key, select=False)
        else:
            self._show_overview(node)

    def show_question(self, qid: str, *, select: bool = True) -> bool:
        """Browse a question: its title and answer, selected in the tree."""
        question = self.model.question(qid)
        if question is None:
            return False
        self._show_main_page()
        if select:
            self._select(qid)
        self._display(question, reveal=True)
        self._remember_question_later()
        self._update_browse_panel()
        self._queue_prerender(self._neighbours(qid))
        return True

    def _remember_question_later(self) -> None:
        """Persist the open question once browsing settles. QSettings writes its file
        from the event loop, about 15 ms: too much for every click (the benchmark
        showed it as most of a selection's time). Closing the window writes it too."""
        if self._last_question_timer is None:
            self._last_question_timer = QTimer(self)
            self._last_question_timer.setSingleShot(True)
            self._last_question_timer.setInterval(2000)
            self._last_question_timer.timeout.connect(self._write_last_question)
        self._last_question_timer.start()

    def _write_last_question(self) -> None:
        if self.current_qid is not None and self.mode != "mock":
            self.settings.setValue(K_LAST_QUESTION, self.current_qid)

    def _select(self, qid: str) -> None:
        self._syncing = True
        try:
            self.tree.select_question(qid)
        finally:
            self._syncing = False

    def _display(self, question: Question, *, reveal: bool) -> None:
        self.current_qid = question.id
        title = title_html(question.title)
        if self._search_terms:
            title = self._title_hits(highlight(title, self._search_terms))
        self.answer.set_header(title, self._meta(question))
        self.setWindowTitle(f"{question.title} — StudyApp")
        if reveal:
            self._show_answer_html(question)
        else:
            self.answer.hide_answer(
                "Answer it in your head (or out loud), then press <b>Space</b> to reveal."
            )

    def _show_answer_html(self, question: Question) -> None:
        body = self.cache.html(question, self.theme.effective)
        if self._search_terms:
            body = highlight(body, self._search_terms)
        self.answer.set_answer(body, self._base_dir(question.deck_id))
        if self.cache.pending:
            self._wake_idle()

    def _meta(self, question: Question) -> str:
        state = STATE_LABELS[self.model.state(question.id)]
        return f"{self.model.topic_path(question.topic_id)}   ·   {state}"

    def _update_meta(self) -> None:
        question = self.model.question(self.current_qid or "")
        if question is not None:
            self.answer.set_meta(self._meta(question))

    def _title_hits(self, text: str) -> str:
        colors = COLORS[self.theme.effective]
        hit = "#fff176" if self.theme.effective == "light" else "#9e6a03"
        return text.replace(
            '<span class="hit">', f'<span style="background-color:{hit}; color:{colors.text}">'
        )

    def _show_overview(self, node: Node) -> None:
        self.current_qid = None
        kind = "Deck" if node.kind == DECK else "Topic"
        share = round(100 * node.mastered / node.total) if node.total else 0
        self.answer.set_header(html.escape(node.name), kind)
        self.setWindowTitle(f"{node.name} — StudyApp")
        body = (
            f"<p style='font-size:x-large'><b>{html.escape(node.name)}</b></p>"
            f"<p>{node.total} questions · {node.due} due · {node.new} new · "
            f"{share} % mastered</p>"
        )
        actions: list[tuple[str, Callable[[], Any]]] = []
        if (node.due or node.new) and not self.read_only_reason:
            actions.append((f"Study this {kind.lower()}", lambda: self.start_study()))
        if node.children:
            first = self.tree.neighbour_question(1)
            if first is not None:
                actions.append(("Browse its questions", lambda q=first: self.show_question(q)))
        self.answer.show_notice(body, actions)
        self._update_browse_panel()

    def _show_welcome(self) -> None:
        self.current_qid = None
        self.answer.set_header("Welcome to StudyApp")
        self.answer.show_notice(
            "<p>There are no questions yet.</p>"
            "<p>Import your notes with <b>File → Import Notes…</b> (Ctrl+O).</p>",
            [] if self.read_only_reason else [("Import Notes…", self.ask_and_import)],
        )

    def step(self, direction: int) -> None:
        """Next (1) or previous (-1) question in the tree (J / K)."""
        if self.mode == "study":
            return
        qid = self.tree.neighbour_question(direction)
        if qid is not None:
            self.show_question(qid)

    def _neighbours(self, qid: str, ahead: int = PRERENDER_AHEAD, behind: int = 1) -> list[str]:
        """The questions after `qid` in tree order, then those before it (nearest first)."""
        order = self.model.question_order()
        try:
            i = order.index(qid)
        except ValueError:
            return []
        return order[i + 1 : i + 1 + ahead] + order[max(0, i - behind) : i][::-1]

    # --- idle work ------------------------------------------------------------------

    def _queue_prerender(self, qids: list[str]) -> None:
        self._prerender.extend(qids)
        if self._prerender:
            self._wake_idle()

    def _wake_idle(self) -> None:
        if not self._idle_held:
            self._idle.start()

    def _release_idle(self) -> None:
        """Start idle work once the window is up, with the answers near the open one:
        after a restart none is laid out, and a fresh answer took about 6 ms more to
        show than a prepared one (benchmarks/bench_ui.py)."""
        self._idle_held = False
        if self.current_qid is not None:
            half = PRERENDER_AROUND // 2
            self._prerender.extend(self._neighbours(self.current_qid, half, half))
        if self._prerender or self.cache.pending:
            self._idle.start()

    def _idle_step(self) -> None:
        """One small job per idle tick: pre-render one answer (HTML and laid-out
        document), else save the rendered HTML to the store."""
        theme = self.theme.effective
        while self._prerender:
            question = self.model.question(self._prerender.popleft())
            if question is None or question.id == self.current_qid:
                continue
            html = self.cache.html(question, theme)
            if self._search_terms:
                html = highlight(html, self._search_terms)
            self.answer.prepare(html, self._base_dir(question.deck_id))
            return
        self._idle.stop()
        if not self.read_only_reason:
            with contextlib.suppress(StudyAppError):  # only a cache
                self.cache.flush()

    # --- studying ---------------------------------------------------------------------

    def _scope(self, all_topics: bool) -> tuple[int | None, int | None, str]:
        """(deck id, topic id, name) of what "Study due" should walk."""
        node = None if all_topics else self.tree.current_node()
        if node is None:
            return None, None, "all topics"
        if node.kind == QUESTION:
            assert node.question is not None
            topic_id = node.question.topic_id
            return None, topic_id, self.model.topic_path(topic_id)
        if node.kind == TOPIC:
            return None, node.key, self.model.topic_path(node.key)
        return node.key, None, node.name

    def start_study(self, *, all_topics: bool = False) -> None:
        """Walk the due questions of the selection (or all), then the new ones."""
        if self.mode == "mock" or self._refuse_if_read_only("Studying"):
            return
        self._show_main_page()
        deck_id, topic_id, name = self._scope(all_topics)
        session = StudySession(
            self.store, self.scheduler, self.clock, deck_id=deck_id, topic_id=topic_id
        )
        self._begin_study(session, name, all_topics or (deck_id is None and topic_id is None))

    def start_study_on(self, question_ids: Sequence[str], name: str = "") -> bool:
        """A study session over exactly these questions, in this order, due or not
        ("Study these" in the weak topics, a topic's bar in the statistics); `name`
        is what the status bar says is being studied."""
        ids = [q for q in dict.fromkeys(question_ids) if self.model.question(q) is not None]
        if not ids or self.mode == "mock" or self._refuse_if_read_only("Studying"):
            return False
        if self.mode == "study":
            self.stop_study(quiet=True)
        self._show_main_page()
        session = StudySession(self.store, self.scheduler, self.clock, question_ids=ids)
        self._begin_study(session, name or _count(len(ids), "question"), False, chosen=True)
        return True

    def _begin_study(
        self, session: StudySession, name: str, all_topics: bool, *, chosen: bool = False
    ) -> None:
        self.session = session
        self._study_scope_name = name
        self._study_all = all_topics
        self._study_chosen = chosen
        self.mode = "study"
        self.mode_label.setText(f"Studying: {name}")
        self._show_study_current()
        self.answer.take_focus()  # study keys and arrows go to the answer, not the tree

    def _show_study_current(self) -> None:
        session = self.session
        assert session is not None
        question = session.current()
        due, new = session.remaining()
        if question is None:
            self._show_study_done()
        else:
            self._select(question.id)
            session.show()
            self._display(question, reveal=session.revealed)
            if session.revealed:
                self.grading.show_grades(session.intervals(), due, new)
            else:
                self.grading.show_hidden(due, new)
        self._update_actions()

    def _show_study_done(self) -> None:
        self.current_qid = None
        name = getattr(self, "_study_scope_name", "this topic")
        self.setWindowTitle("StudyApp")
        self.answer.set_header("Nothing left to study", name)
        actions: list[tuple[str, Callable[[], Any]]] = []
        if self._study_chosen:
            actions.append(("See the weak topics", self._stop_study_for_weak_topics))
        elif not self._study_all:
            actions.append(("Study all topics", lambda: self.start_study(all_topics=True)))
        actions.append(("Back to browsing", self.stop_study))
        if self._study_chosen:
            text = (
                f"<p style='font-size:x-large'>🎉 Done: you went through "
                f"<b>{html.escape(name)}</b>.</p><p>Each grade is saved and scheduled. The "
                "weak topics show what is still weak now.</p>"
            )
        else:
            text = (
                f"<p style='font-size:x-large'>🎉 All caught up in <b>{html.escape(name)}</b>."
                "</p><p>No question here is due and none is new. Come back later for the "
                "next reviews, study another topic, or import more notes.</p>"
            )
        self.answer.show_notice(text, actions)
        self.grading.show_done("Session finished")

    def reveal(self) -> None:
        if self.mode == "mock":
            self.mock_reveal()
            return
        if self.mode != "study" or self.session is None or self.session.current() is None:
            return
        if self.session.revealed:
            return
        self.session.reveal()
        self._show_study_current()
        self.answer.take_focus()

    def grade(self, rating: int) -> int | None:
        """Grade the question on screen (1–4) and show the next one. Returns the review id
        (in a mock interview: the id of the saved mock answer)."""
        if self.mode == "mock":
            return self.mock_grade(rating)
        session = self.session
        if self.mode != "study" or session is None or not session.revealed:
            return None
        if session.current() is None:
            return None
        try:
            review_id = session.grade(rating)
        except StudyAppError as exc:
            self.show_write_error("Could not save the grade", exc)
            return None
        self.statusBar().showMessage(f"Graded {RATING_NAMES[rating]}.", 3000)
        self._schedule_progress()
        self._show_study_current()
        return review_id

    def undo(self) -> None:
        """Take back the last grade: the card as it was, its log row removed."""
        session = self.session
        if session is None or not session.can_undo():
            self.statusBar().showMessage("Nothing to undo.", 3000)
            return
        try:
            question = session.undo()
        except (StudyAppError, ValueError, KeyError) as exc:
            self.show_write_error("Could not undo the grade", exc)
            return
        self.mode = "study"
        self._schedule_progress()
        self.statusBar().showMessage(
            "Grade undone." if question is not None else "Grade undone (question gone).", 3000
        )
        self._show_study_current()

    def _stop_study_for_weak_topics(self) -> None:
        self.stop_study()
        self.show_weak_topics()

    def stop_study(self, *, quiet: bool = False) -> None:
        if self.mode != "study":
            return
        self.mode = "browse"
        self.session = None
        self.mode_label.setText("")
        self._update_actions()
        if quiet:
            return
        qid = self.current_qid or self.tree.current_question_id()
        if qid is not None:
            self.show_question(qid)
        else:
            node = self.tree.current_node()
            if node is not None:
                self._show_overview(node)
            self._update_browse_panel()

    def _update_browse_panel(self) -> None:
        if self.mode != "browse":
            return
        node = self.tree.current_node()
        scope = node
        if node is not None and node.kind == QUESTION:
            scope = self.model.parent_node(node)
        status = ""
        if self.current_qid is not None:
            status = f"<b>{STATE_LABELS[self.model.state(self.current_qid)]}</b><br>"
            due = self.scheduler.due(self.store.card_json(self.current_qid))
            if due is None:
                status += "never studied"
            else:
                wait = due - self.clock.now()
                status += (
                    f"next review in {format_interval(wait)}"
                    if wait.total_seconds() > 0
                    else "due for review now"
                )
        if scope is not None:
            self.grading.show_browse(status, scope.due, scope.new)
        else:
            self.grading.show_browse(status)
        self._update_actions()

    def _update_actions(self) -> None:
        studying = self.mode == "study" and self.session is not None
        on_question = studying and self.session.current() is not None  # type: ignore[union-attr]
        revealed = on_question and self.session.revealed  # type: ignore[union-attr]
        mock = self.mode == "mock" and self.mock is not None and self.mock.is_active
        confirming = mock and self.timer_panel.asking_end
        mock_state = self.mock.state if mock and not confirming else ""  # type: ignore[union-attr]
        # On the weak-topics or statistics tab a study session waits: its keys rest
        # (Space and Esc belong to that tab then), and Esc comes back to it.
        on_questions = self.tabs.currentWidget() is self.pages
        on_question = on_question and on_questions
        revealed = revealed and on_questions
        on_page = not on_questions or self.pages.currentWidget() is not self.main_page
        self.act_reveal.setEnabled((on_question and not revealed) or mock_state == "asking")
        for action in self.grade_actions.values():
            action.setEnabled(revealed or mock_state == "revealed")
        self.act_undo.setEnabled(
            studying and on_questions and self.session.can_undo()  # type: ignore[union-attr]
        )
        self.act_stop.setEnabled(studying and on_questions)
        self.act_next.setEnabled(not studying and not mock and not on_page)
        self.act_prev.setEnabled(not studying and not mock and not on_page)
        self.act_mock_pause.setEnabled(mock and not confirming)
        self.act_mock_skip.setEnabled(mock and not confirming)
        self.act_mock_end.setEnabled(mock)
        summary_view = self._summary_view
        summary = summary_view.summary if summary_view is not None else None
        self.act_mock_retry.setEnabled(
            not mock
            and summary_view is not None
            and self.pages.currentWidget() is summary_view
            and summary is not None
            and bool(summary.weak_question_ids)
        )
        self.act_back.setEnabled(on_page and not mock and not (studying and on_questions))
        for action in (
            self.act_mock_history,
            self.act_find,
            self.act_backups,
            self.act_export,  # allowed read-only: it only reads
            self.act_questions,
            self.act_weak,
            self.act_stats,
        ):
            action.setEnabled(not mock)
        writable = not self.read_only_reason
        for action in (
            self.act_mock,
            self.act_study,
            self.act_study_all,
            self.act_import,
            self.act_move,
            self.act_rename,
            self.act_new_topic,
        ):
            action.setEnabled(not mock and writable)
        # Hidden, not only disabled: the button's style looks the same either way.
        self.grading.study_button.setEnabled(writable)
        self.grading.study_button.setVisible(writable)

    # --- mock interviews ----------------------------------------------------------------

    def open_mock_setup(self) -> MockSetupDialog | None:
        """Study → Mock Interview… (Ctrl+M): the set-up dialog on the last choices. It is
        window-modal but does not block; Start begins the mock (see `start_mock`)."""
        if self.mode == "mock" or self.mock_setup is not None:
            return self.mock_setup
        if self._refuse_if_read_only("A mock interview"):
            return None
        decks = self.store.decks()
        questions = self.store.questions()
        if not questions:
            self.messages.info(
                "Mock interview", "There are no questions yet: import your notes first."
            )
            return None
        from studyapp.core.mock import load_settings
        from studyapp.ui.mock_setup import MockSetupDialog

        dialog = MockSetupDialog(
            decks,
            {deck.id: self.store.topics(deck.id) for deck in decks},
            Counter(q.topic_id for q in questions),
            load_settings(self.store),
            self,
        )
        flat_bars_in(dialog, self.theme.effective)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start_mock(dialog.settings()))
        dialog.finished.connect(self._on_mock_setup_closed)
        self.mock_setup = dialog
        dialog.open()
        return dialog

    def _on_mock_setup_closed(self, _result: int) -> None:
        self.mock_setup = None
        self.activateWindow()  # keys go to the window again (not every platform does it)

    def start_mock(
        self, settings: MockSettings | None = None, *, rng: random.Random | None = None
    ) -> bool:
        """A new mock interview as set up (the set-up is remembered for next time)."""
        if self._refuse_if_read_only("A mock interview"):
            return False
        from studyapp.core.mock import MockSession, load_settings

        settings = settings or load_settings(self.store)
        rng = rng if rng is not None else self.mock_rng
        try:
            session = MockSession.create(self.store, self.scheduler, self.clock, settings, rng)
        except StudyAppError as exc:  # NoQuestionsError: the ticked topics are empty
            self.show_write_error("Could not start the mock interview", exc)
            return False
        return self._begin_mock(session)

    def start_mock_on(self, question_ids: Sequence[str]) -> bool:
        """A mock interview over these questions in this order, with the remembered timing
        (for "mock on these" elsewhere, the weak topics say)."""
        ids = list(dict.fromkeys(question_ids))
        if not ids:
            return False
        from studyapp.core.mock import MockSession, load_settings

        settings = replace(load_settings(self.store), count=len(ids))
        return self._begin_mock(MockSession(self.store, self.scheduler, self.clock, settings, ids))

    def resume_mock(self, session: MockSession) -> bool:
        """Continue a mock the app was closed in (MockSession.resume_unfinished) at its
        next question not yet answered."""
        if not self._begin_mock(session):
            return False
        k, n = session.position()
        self.statusBar().showMessage(f"Mock interview resumed at question {k} of {n}.", 5000)
        return True

    def _begin_mock(self, session: MockSession) -> bool:
        if self.mode == "mock" or self._refuse_if_read_only("A mock interview"):
            return False
        if self.mode == "study":
            self.stop_study(quiet=True)
        try:
            session.start()
        except StudyAppError as exc:
            self.show_write_error("Could not start the mock interview", exc)
            return False
        if self.pages.currentWidget() is self.main_page:
            self._qid_before_mock = self.current_qid
        self.mock = session
        self.mode = "mock"
        self._show_main_page()
        self.side.hide()  # the tree would give answers away, and the answer needs the room
        self.tabs.tabBar().hide()  # so would the weak topics: the mock has the screen
        self.grading.hide()
        self.timer_slot.show()
        self.mock_panel.show()
        self.timer_panel.close_end_question()
        self.mode_label.setText("Mock interview")
        self._show_mock_current()
        self._mock_timer.start()
        return True

    def _show_mock_current(self) -> None:
        """Show the session's question as it stands: asking (answer hidden, typing) or
        revealed (answer, key points, ratings); the summary once it is over."""
        session = self.mock
        assert session is not None
        question = session.current()
        if question is None:
            self._finish_mock(ended_early=False)
            return
        self.current_qid = question.id
        self.answer.set_header(
            title_html(question.title),
            f"{self.model.topic_path(question.topic_id)}   ·   Mock interview",
        )
        self.setWindowTitle("Mock interview — StudyApp")
        if session.state == "asking":
            self.mock_panel.show_asking(session.typed_answer)
            self.right_layout.setStretchFactor(self.answer, 2)
            self.right_layout.setStretchFactor(self.mock_panel, 3)
            self._show_mock_pause()
        else:
            body = self.cache.html(question, self.theme.effective)
            self.answer.set_answer(body, self._base_dir(question.deck_id))
            self.mock_panel.show_grading(session.key_points(), session.coverage())
            self.right_layout.setStretchFactor(self.answer, 1)
            self.right_layout.setStretchFactor(self.mock_panel, 0)
            self.mock_panel.set_paused(session.paused)
            self.mock_panel.focus_points()
        self.timer_panel.show_session(session)
        self._update_actions()

    def _show_mock_pause(self) -> None:
        """Asking: the hidden answer's prompt, and the typing box waits while paused."""
        session = self.mock
        assert session is not None
        if session.state != "asking":
            self.mock_panel.set_paused(session.paused)
            return
        self.answer.hide_answer(MOCK_PAUSED if session.paused else MOCK_PROMPT)
        if session.paused:
            self.answer.hidden_face.setFocus(Qt.FocusReason.OtherFocusReason)  # P resumes
            self.mock_panel.set_paused(True)
        else:
            self.mock_panel.set_paused(False)
            self.mock_panel.focus_typing()

    def tick_mock(self) -> None:
        """The QTimer's slot: when the countdown has run out, reveal as over time; then
        repaint. Tests call it after advancing their clock."""
        session = self.mock
        if self.mode != "mock" or session is None or not session.is_active:
            self._mock_timer.stop()
            return
        if session.check_time(self.mock_panel.typed_text()):
            self._show_mock_current()
            self.statusBar().showMessage("Time is up: this question is marked over time.", 5000)
        else:
            self.timer_panel.show_session(session)

    def _mock_active(self, *states: str) -> MockSession | None:
        session = self.mock
        if self.mode != "mock" or session is None or self.timer_panel.asking_end:
            return None
        if states and session.state not in states:
            return None
        return session

    def _on_mock_typed(self, text: str) -> None:
        session = self._mock_active("asking")
        if session is not None:
            session.typed_answer = text

    def mock_reveal(self) -> None:
        """Space / Ctrl+Enter: stop the question's clock and show the model answer with
        its key points, ticked where the typed answer covers them."""
        session = self._mock_active("asking")
        if session is None:
            return
        session.reveal(self.mock_panel.typed_text())
        self._show_mock_current()
        if session.overtime:
            self.statusBar().showMessage("Over time: the time had run out.", 5000)

    def toggle_mock_point(self, index: int) -> float | None:
        """Tick or untick key point `index` by hand; returns the coverage now."""
        session = self._mock_active("revealed")
        if session is None or not 0 <= index < len(session.key_points()):
            return None
        point = session.toggle_point(index)
        self.mock_panel.set_tick(index, point.ticked)
        self.mock_panel.set_coverage(session.key_points(), session.coverage())
        return session.coverage()

    def mock_grade(self, rating: int) -> int | None:
        """1–4 after the reveal: save the answer (time, overtime, rating, coverage, typed
        answer, note, and a review unless turned off) and ask the next question."""
        session = self._mock_active("revealed")
        if session is None:
            return None
        try:
            answer_id = session.grade(rating, note=self.mock_panel.note_text())
        except StudyAppError as exc:
            self.show_write_error("Could not save the grade", exc)
            return None
        self.statusBar().showMessage(f"Saved: {RATING_NAMES[rating]}.", 3000)
        if session.settings.counts_as_review:
            self._schedule_progress()
        self._show_mock_current()
        return answer_id

    def skip_mock_question(self) -> None:
        """S: move on without grading (saved as skipped, with what was typed)."""
        session = self._mock_active("asking", "revealed")
        if session is None:
            return
        if session.state == "asking":
            session.typed_answer = self.mock_panel.typed_text()
        try:
            session.skip()
        except StudyAppError as exc:
            self.show_write_error("Could not skip the question", exc)
            return
        self.statusBar().showMessage("Skipped.", 3000)
        self._show_mock_current()

    def toggle_mock_pause(self) -> None:
        """P: stop or restart the clocks (paused time counts nowhere)."""
        session = self._mock_active("asking", "revealed")
        if session is None:
            return
        session.toggle_pause()
        self._show_mock_pause()
        self.timer_panel.show_session(session)

    def end_mock(self) -> None:
        """Esc: ask "end now?" in the timer panel, the clock stopped meanwhile; Enter
        ends, Esc again keeps going."""
        session = self.mock
        if self.mode != "mock" or session is None or not session.is_active:
            return
        if self.timer_panel.asking_end:
            self.cancel_end_mock()
            return
        self._paused_before_end = session.paused
        session.pause()
        self.timer_panel.show_session(session)
        self.timer_panel.ask_end()
        self._update_actions()

    def cancel_end_mock(self) -> None:
        session = self.mock
        if session is None or not self.timer_panel.asking_end:
            return
        self.timer_panel.close_end_question()
        if not self._paused_before_end:
            session.resume()
        self._show_mock_pause()
        if session.state == "revealed":
            self.mock_panel.focus_points()
        self.timer_panel.show_session(session)
        self._update_actions()

    def end_mock_now(self) -> MockSummary | None:
        """End the mock early, without asking: the question on screen and the rest stay
        ungraded. Shows and returns the summary."""
        session = self.mock
        if self.mode != "mock" or session is None or not session.is_active:
            return None
        self.timer_panel.close_end_question()
        try:
            session.end()
        except StudyAppError as exc:
            self.show_write_error("Could not end the mock interview", exc)
            return None
        return self._finish_mock(ended_early=True)

    def _finish_mock(self, *, ended_early: bool) -> MockSummary:
        session = self.mock
        assert session is not None
        self._mock_timer.stop()
        self.mock = None
        self.mode = "browse"
        self.timer_slot.hide()
        self.mock_panel.hide()
        self.grading.show()
        self.side.show()
        self.tabs.tabBar().show()
        self.mode_label.setText("")
        self._last_mock = session
        summary = session.summary()
        self.show_mock_summary(summary, session.settings, ended_early=ended_early)
        self._schedule_progress()
        return summary

    # --- after a mock: summary and history ----------------------------------------------

    def show_mock_summary(
        self, summary: MockSummary, settings: MockSettings, *, ended_early: bool = False
    ) -> None:
        self._summary_settings = settings
        self.summary_view.set_summary(
            summary, ended_early=ended_early, when=self._mock_label(summary.session_id, settings)
        )
        self.current_qid = None
        self.tabs.setCurrentWidget(self.pages)
        self.setWindowTitle("Mock interview summary — StudyApp")
        self.pages.setCurrentWidget(self.summary_view)
        self.summary_view.take_focus()
        self._update_actions()

    def _mock_label(self, session_id: int | None, settings: MockSettings) -> str:
        record = self.store.mock_session(session_id) if session_id is not None else None
        parts = []
        if record is not None:
            started = datetime.fromtimestamp(record.started_at_ms / 1000, UTC).astimezone()
            parts.append(started.strftime("%Y-%m-%d %H:%M"))
        names = self.store.topic_names(list(settings.topic_ids))
        topics = [names[t] for t in settings.topic_ids if t in names]
        parts.append(", ".join(topics) if topics else "All topics")
        parts.append(
            f"{settings.seconds_per_question // 60}:{settings.seconds_per_question % 60:02d}"
            " per question"
        )
        return "   ·   ".join(parts)

    def show_past_mock(self, session_id: int) -> None:
        """The summary of a session from the history."""
        record = self.store.mock_session(session_id)
        if record is None:
            return
        from studyapp.core.mock import MockSettings, summarize

        self._last_mock = None
        self.show_mock_summary(
            summarize(self.store, session_id),
            MockSettings.from_dict(record.settings),
            ended_early=record.state != "finished"
            or len(self.store.mock_answers(session_id)) < len(record.question_ids),
        )

    def show_mock_history(self) -> None:
        """Ctrl+H: past sessions with their scores and the trend."""
        if self.mode == "mock":
            return
        if self.mode == "study":
            self.stop_study(quiet=True)
        from studyapp.core.mock import mock_history, mock_trend

        rows = mock_history(self.store)
        self.history_view.set_history(rows, mock_trend(rows))
        self.tabs.setCurrentWidget(self.pages)
        self.setWindowTitle("Mock interview history — StudyApp")
        self.pages.setCurrentWidget(self.history_view)
        self.history_view.take_focus()
        self._update_actions()

    def retry_weak_mock(self) -> bool:
        """Ctrl+R on a summary: a new mock over its weak questions, weakest first."""
        summary = self._summary_view.summary if self._summary_view is not None else None
        if self.mode == "mock" or summary is None or not summary.weak_question_ids:
            return False
        session = None
        if self._last_mock is not None and self._last_mock.session_id == summary.session_id:
            session = self._last_mock.retry_weak()
        if session is None:
            ids = summary.weak_question_ids
            from studyapp.core.mock import MockSession, MockSettings

            settings = replace(self._summary_settings or MockSettings(), count=len(ids))
            session = MockSession(self.store, self.scheduler, self.clock, settings, ids)
        return self._begin_mock(session)

    def _show_main_page(self) -> None:
        if self.tabs.currentWidget() is not self.pages:
            self.tabs.setCurrentWidget(self.pages)
        if self.pages.currentWidget() is not self.main_page:
            self.pages.setCurrentWidget(self.main_page)
            self._update_actions()

    def leave_mock_pages(self) -> None:
        """Esc on the summary or the history: back to the question browsed before. On
        the weak-topics or statistics tab: back to the questions tab as it was."""
        if self.mode != "mock" and self.tabs.currentWidget() is not self.pages:
            self.show_questions_tab()
            return
        if self.mode == "mock" or self.pages.currentWidget() is self.main_page:
            return
        self._show_main_page()
        qid = self._qid_before_mock or self.tree.current_question_id()
        if qid is None or not self.show_question(qid):
            self._restore_position()
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_question_from_page(self, qid: str) -> None:
        if self.show_question(qid):
            self.answer.take_focus()

    # --- weak topics, statistics and the PDF ------------------------------------------

    def _views(self) -> list[WeakView | StatsView]:
        return [view for view in (self.weak_view, self.stats_view) if view is not None]

    def _mark_views_dirty(self) -> None:
        for view in self._views():
            view.mark_dirty()  # recomputes now if shown, else when next shown

    def show_questions_tab(self) -> None:
        """View → Questions (Esc on the other tabs): the answer pane as it was left."""
        self.tabs.setCurrentWidget(self.pages)

    def show_weak_topics(self) -> WeakView | None:
        """View → Weak Topics (Ctrl+Shift+W). Not during a mock."""
        if self.mode == "mock":
            return None
        self.tabs.setCurrentWidget(self.weak_slot)
        return self.weak_view

    def show_statistics(self) -> StatsView | None:
        """View → Statistics (Ctrl+Shift+T). Not during a mock."""
        if self.mode == "mock":
            return None
        self.tabs.setCurrentWidget(self.stats_slot)
        return self.stats_view

    def _on_tab_changed(self, index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.pages:
            self.setWindowTitle(self._questions_title)
            if self.mode == "study":
                self.answer.take_focus()
            elif self.pages.currentWidget() is self.main_page:
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            if self._tab_before in (None, self.pages):
                self._questions_title = self.windowTitle()
            view = self._ensure_view(current)
            self.setWindowTitle(f"{self.tabs.tabText(index)} — StudyApp")
            if view is not None:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._tab_before = current
        self._update_actions()

    def _ensure_view(self, slot: QWidget) -> WeakView | StatsView | None:
        """The view of a tab slot, built (and its module imported) the first time."""
        if slot is self.weak_slot and self.weak_view is None:
            from studyapp.ui.weak_view import WeakView

            weak = WeakView(self.store, self.scheduler, self.clock)
            weak.question_activated.connect(self._open_from_view)
            weak.start_study_requested.connect(
                lambda ids: self.start_study_on(ids, _count(len(ids), "weak question"))
            )
            weak.start_mock_requested.connect(self.start_mock_on)
            weak.export_requested.connect(self.export_weak_topics)
            weak.set_can_study(not self.read_only_reason)
            weak.setFocusProxy(weak.tree)
            self.weak_view = weak
            self._install_view(slot, weak)
        elif slot is self.stats_slot and self.stats_view is None:
            from studyapp.ui.stats_view import StatsView

            stats = StatsView(self.store, self.scheduler, self.clock)
            stats.start_study_requested.connect(self._study_topic_of_stats)
            if self.read_only_reason:
                stats.mastery.setCursor(Qt.CursorShape.ArrowCursor)  # a click studies nothing
            self.stats_view = stats
            self._install_view(slot, stats)
        if slot is self.weak_slot:
            return self.weak_view
        return self.stats_view if slot is self.stats_slot else None

    def _install_view(self, slot: QWidget, view: QWidget) -> None:
        view.setStyleSheet(page_css(self.theme.effective))
        layout = slot.layout()
        assert layout is not None
        layout.addWidget(view)
        # Shown now rather than on the layout's queued show: its showEvent computes it
        # before the tab paints, so the first frame is the real one.
        view.show()

    def _open_from_view(self, qid: str) -> None:
        """A question clicked in the weak topics: open it in the answer pane. A click
        with Ctrl or Shift held only selects (for "Study these" on several)."""
        modifiers = QApplication.keyboardModifiers()
        selecting = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if self.mode == "mock" or modifiers & selecting:
            return
        if self.mode == "study":
            self.stop_study(quiet=True)
            self.statusBar().showMessage("Study session ended: browsing.", 4000)
        self._show_question_from_page(qid)

    def _study_topic_of_stats(self, question_ids: list[str]) -> bool:
        """A topic's bar clicked in the statistics: study its questions, named by the
        topic they share."""
        paths = [
            self.model.topic_path(question.topic_id).split(" / ")
            for q in question_ids
            if (question := self.model.question(q)) is not None
        ]
        common: list[str] = []
        for names in zip(*paths, strict=False):
            if len(set(names)) != 1:
                break
            common.append(names[0])
        count = _count(len(paths), "question")
        return self.start_study_on(
            question_ids, f"{' / '.join(common)} ({count})" if common else count
        )

    @property
    def importer(self) -> ImportController:
        """Notes import (file dialog, worker thread, progress, summary), loaded on the
        first import: a start imports none of it."""
        if self._importer is None:
            from studyapp.ui.import_worker import ImportController

            self._importer = ImportController(
                self.store.path, self.messages, self, self._thread_pool
            )
            self._importer.finished.connect(self._on_import_finished)
        return self._importer

    def exporter(self) -> ExportController:
        """The weak-topics export (save dialog, worker thread, progress, message),
        loaded on the first export. Read-only windows export too: it only reads."""
        if self._exporter is None:
            from studyapp.ui.export_worker import ExportController

            self._exporter = ExportController(
                self.store.path,
                self.scheduler,
                self.clock,
                self.messages,
                self,
                self._thread_pool,
                read_only=bool(self.read_only_reason),
            )
        return self._exporter

    def _export_deck_id(self) -> int | None:
        """What File → Export covers: with several decks, the deck selected in the
        tree; all decks from the weak-topics tab (which shows them all) or with one."""
        if len(self.store.decks()) < 2 or self.tabs.currentWidget() is not self.pages:
            return None
        node = self.tree.current_node()
        return None if node is None else self.model.deck_id_of(node)

    def export_weak_topics(self) -> bool:
        """File → Export Weak Topics as PDF… (Ctrl+E), and the weak topics' "Export
        PDF…": ask where, then export the current deck (see `_export_deck_id`) on a
        worker thread. False when no export was asked for (during a mock, or while
        one runs)."""
        return self._export(self._export_deck_id())

    def _export(self, deck_id: int | None) -> bool:
        if self.mode == "mock":
            return False
        exporter = self.exporter()
        if exporter.busy:
            self.statusBar().showMessage("An export is already running.", 4000)
            return False
        exporter.ask_and_export(deck_id)
        return True

    def export_weak_questions(self, question_ids: Sequence[str]) -> bool:
        """A mock summary's "Export weak questions as PDF".

        ExportController narrows an export to a deck, to topic names or to the N
        weakest questions, not to given questions; so this exports the weak topics
        of the deck the mock's questions come from (all decks when they span
        several). Those questions are in it as far as the scoring finds them weak
        (mock skips, over-time answers and Again all count)."""
        decks = {
            question.deck_id
            for q in question_ids
            if (question := self.model.question(q)) is not None
        }
        deck_id = next(iter(decks)) if len(decks) == 1 and len(self.store.decks()) > 1 else None
        return self._export(deck_id)

    # --- search -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.focus()

    def _leave_search(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.tree.current_question_id() is None:
            qid = self.tree.neighbour_question(1)
            if qid is not None:
                self.show_question(qid)

    def apply_search(self, text: str) -> None:
        """Filter the tree to questions matching `text` (title or answer); "" shows all."""
        text = text.strip()
        ids = self.store.search(text, limit=SEARCH_LIMIT) if text else []
        if not text:
            self._search_terms = []
            self.tree.proxy.set_matches(None)
            self.search.set_count(None)
            self.collapse_tree()
        else:
            self._search_terms = _words(text)
            total = len(ids)
            ids = ids[:SEARCH_SHOWN]
            self.tree.proxy.set_matches(ids)
            self.search.set_count(len(ids), total)
            self.tree.expandAll()
        keep = self.current_qid
        if keep is not None and self.tree.proxy.accepts(keep):
            studying = self.mode == "study" and self.session is not None
            question = self.model.question(keep)
            if studying and question is not None:
                self._select(keep)
                self._display(question, reveal=self.session.revealed)  # type: ignore[union-attr]
            else:
                self.show_question(keep)
        elif ids and self.mode == "browse":
            self.show_question(ids[0])

    def collapse_tree(self) -> None:
        self.tree.collapseAll()
        self.tree.expand_decks()
        if self.current_qid is not None:
            self._select(self.current_qid)

    # --- editing -------------------------------------------------------------------------

    def move_question(self, qid: str, topic_id: int) -> bool:
        """Put a question under another topic of its deck (kept by re-imports)."""
        if self._refuse_if_read_only("Moving questions"):
            return False
        try:
            self.store.move_question(qid, topic_id)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not move the question", exc)
            return False
        self.model.move_question(qid, topic_id)
        if qid == self.current_qid:
            self._select(qid)
            self._update_meta()
        self.statusBar().showMessage(f"Moved to {self.model.topic_path(topic_id)}.", 4000)
        self._schedule_progress()
        return True

    def _on_drop_move(self, qids: list[str], topic_id: int) -> None:
        for qid in qids:
            self.move_question(qid, topic_id)

    def move_current_question(self) -> None:
        node = self.tree.current_node()
        if node is None or node.kind != QUESTION or node.question is None:
            self.statusBar().showMessage("Select a question to move.", 3000)
            return
        topics = [
            (tid, path)
            for tid, path in self.model.deck_topics(node.question.deck_id)
            if tid != node.question.topic_id
        ]
        choice = self.messages.ask_choice(
            "Move question", f"Move “{node.name}” to:", [path for _, path in topics]
        )
        if choice is not None:
            self.move_question(node.key, topics[choice][0])

    def rename_topic(self, topic_id: int, name: str) -> bool:
        if self._refuse_if_read_only("Renaming topics"):
            return False
        try:
            self.store.rename_topic(topic_id, name)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not rename the topic", exc)
            return False
        self.model.rename_topic(topic_id, " ".join(name.split()))
        if self.current_qid is not None:
            self._update_meta()
        return True

    def rename_current_topic(self) -> None:
        node = self.tree.current_node()
        if node is not None and node.kind == QUESTION:
            node = self.model.parent_node(node)
        if node is None or node.kind != TOPIC:
            self.statusBar().showMessage("Select a topic to rename.", 3000)
            return
        name = self.messages.ask_text("Rename topic", "New name:", node.name)
        if name is not None:
            self.rename_topic(node.key, name)

    def create_topic(self, deck_id: int, name: str, parent_id: int | None = None) -> int | None:
        if self._refuse_if_read_only("New topics"):
            return None
        try:
            topic = self.store.create_topic(deck_id, name, parent_id)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not create the topic", exc)
            return None
        self.model.add_topic(topic)
        self._syncing = self.mode == "study"
        try:
            self.tree.select_topic(topic.id)
        finally:
            self._syncing = False
        return topic.id

    def create_topic_here(self, *, subtopic: bool = False) -> None:
        node = self.tree.current_node()
        if node is None:
            decks = self.store.decks()
            if not decks:
                self.statusBar().showMessage("Import notes first.", 3000)
                return
            deck_id, parent_id = decks[0].id, None
        else:
            deck_id = self.model.deck_id_of(node)
            parent_id = node.key if subtopic and node.kind == TOPIC else None
        name = self.messages.ask_text("New topic", "Name of the new topic:")
        if name is not None:
            self.create_topic(deck_id, name, parent_id)

    def _on_context_menu(self, node: Node | None, pos: QPoint) -> None:
        menu = QMenu(self)
        if node is not None and node.kind == QUESTION and node.question is not None:
            move = menu.addMenu("Move to Topic")
            move.setEnabled(not self.read_only_reason)
            for tid, path in self.model.deck_topics(node.question.deck_id):
                action = move.addAction(path)
                action.setEnabled(tid != node.question.topic_id)
                action.triggered.connect(
                    lambda _c=False, q=node.key, t=tid: self.move_question(q, t)
                )
            menu.addSeparator()
        if node is not None and node.kind == TOPIC:
            menu.addAction(self.act_study)
            menu.addAction(self.act_rename)
            subtopic = menu.addAction(
                "New Subtopic…", lambda: self.create_topic_here(subtopic=True)
            )
            subtopic.setEnabled(not self.read_only_reason)
        menu.addAction(self.act_new_topic)
        menu.popup(pos)

    # --- import ----------------------------------------------------------------------------

    def ask_and_import(self) -> None:
        """File → Import Notes… (Ctrl+O)."""
        if not self._refuse_if_read_only("Importing"):
            self.importer.ask_and_import()

    def import_files(self, paths: list[str | Path]) -> None:
        if not self._refuse_if_read_only("Importing"):
            self.importer.start(paths)

    def _on_import_finished(self, result: ImportResult) -> None:
        if not result.changed:
            return
        keep = self.current_qid
        self.cache.clear_memory()
        self.reload_tree()
        if self.mode == "mock":  # the mock keeps its questions; the rest shows after it
            self.refresh_progress()
            return
        if self.session is not None:
            self.session.reload()
        self.refresh_progress()
        if self.mode == "study" and self.session is not None:
            self._show_study_current()
        elif keep is not None and self.model.question(keep) is not None:
            self.show_question(keep)
        else:
            self._restore_position()

    # --- data safety -------------------------------------------------------------------------

    def setWindowTitle(self, title: str) -> None:
        if self.read_only_reason and not title.endswith(READ_ONLY_TITLE):
            title += READ_ONLY_TITLE
        super().setWindowTitle(title)

    def _refuse_if_read_only(self, what: str) -> bool:
        """True (and says why in the status bar) when this window may not write."""
        if not self.read_only_reason:
            return False
        self.statusBar().showMessage(
            f"{self.read_only_reason}: {what} is not possible in this window.", 6000
        )
        return True

    def show_write_error(self, title: str, exc: BaseException) -> None:
        """The one way a failed write reaches the person. A StoreError (full disk,
        read-only file, busy store) is a plain message with what to do about it; the
        caller leaves the screen as it was, so the action can simply be tried again.
        Anything else is a bug: the crash dialog with its traceback."""
        if isinstance(exc, StoreError):
            text = f"{exc.message}\n\n{exc.hint}" if exc.hint else exc.message
            self.statusBar().showMessage(f"{title}: {exc.message}", 15000)
            self.messages.error(title, text)
        else:
            self.messages.exception(title, exc)

    def tick_backup(self) -> Path | None:
        """The backup timer's slot: an automatic backup when one is due (something
        changed and the last one is 30 minutes old). A failure is a status-bar line:
        studying goes on, and the next attempt comes one interval later."""
        if self.auto_backup is None:
            return None
        try:
            return self.auto_backup.tick()
        except StudyAppError as exc:
            self.statusBar().showMessage(f"Automatic backup failed: {exc}", 30000)
            return None

    def _backup_on_close(self) -> Path | None:
        if self.auto_backup is None:
            return None
        try:
            return self.auto_backup.on_close()
        except StudyAppError as exc:  # the window is going: the terminal is all that is left
            print(f"studyapp: the backup on closing failed: {exc}", file=sys.stderr)
            return None

    def backup_now(self) -> Path | None:
        """Backups → Back Up Now: a "manual" backup (old ones rotated as usual)."""
        if self._refuse_if_read_only("Backing up"):
            return None
        now = self.clock.now()
        try:
            with _busy():
                path = make_backup(self.store, self.backup_dir, now, "manual")
                rotate(self.backup_dir, now)
        except StudyAppError as exc:
            self.show_write_error("Could not back up", exc)
            return None
        self.statusBar().showMessage(f"Backed up: {path.name}", 5000)
        return path

    def show_backups(self) -> BackupsDialog:
        """File → Backups…: the list, Back Up Now and Restore… (window-modal, does not
        block; tests drive the dialog it returns)."""
        if self.backups_dialog is not None:
            self.backups_dialog.raise_()
            return self.backups_dialog
        from studyapp.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(
            list_backups(self.backup_dir),
            self.backup_dir,
            self.clock.now(),
            read_only=self.read_only_reason,
            open_url=self._open_url,
            parent=self,
        )
        flat_bars_in(dialog, self.theme.effective)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_requested.connect(self._on_backup_requested)
        dialog.restore_requested.connect(self._on_restore_requested)
        dialog.finished.connect(self._on_backups_closed)
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def _on_backups_closed(self, _result: int) -> None:
        self.backups_dialog = None
        self.activateWindow()

    def _refresh_backups_dialog(self) -> None:
        if self.backups_dialog is not None:
            self.backups_dialog.set_backups(list_backups(self.backup_dir), self.clock.now())

    def _on_backup_requested(self) -> None:
        path = self.backup_now()
        dialog = self.backups_dialog
        if dialog is None:
            return
        self._refresh_backups_dialog()
        if path is None:
            dialog.set_status("The backup was not made (see the message).", error=True)
        else:
            dialog.select(path)
            size = next((b.size for b in dialog.backups if b.path == path), 0)
            from studyapp.ui.backups_dialog import size_label

            dialog.set_status(f"<b>Backed up just now</b> ({size_label(size)}).")
            dialog.status.setToolTip(str(path))

    def _on_restore_requested(self, path: Path) -> None:
        restored = self.restore_from_backup(path)
        dialog = self.backups_dialog
        if dialog is None:
            return
        self._refresh_backups_dialog()
        if restored:
            made = next((b.created for b in dialog.backups if b.path == path), None)
            from studyapp.ui.backups_dialog import local_time

            when = f" made {local_time(made)}" if made is not None else ""
            dialog.set_status(
                f"Restored the backup{html.escape(when)}. Your data from before it is kept "
                "as the newest “Before a restore” backup."
            )
        else:
            dialog.set_status("Nothing was restored: your study data is as it was.", error=True)

    def restore_from_backup(self, path: str | Path) -> bool:
        """Replace the study data with a backup: close the store, swap the file (the
        current data is kept as a "before-restore" backup first), open it again and
        reload the tree and progress. On a StoreError (a damaged backup, a full disk,
        the store in use by another StudyApp) the message is shown and the store is
        opened again unchanged. False when nothing was restored."""
        if self._refuse_if_read_only("Restoring"):
            return False
        if self.mode == "mock":
            self.messages.info("Restore a backup", "End the mock interview first.")
            return False
        if self._importer is not None and self._importer.busy:
            self.messages.info("Restore a backup", "Wait for the import to finish first.")
            return False
        if self.mode == "study":
            self.stop_study(quiet=True)
        self._idle.stop()
        self._prerender.clear()
        with contextlib.suppress(StudyAppError):  # only a cache
            self.cache.flush()
        store_file = Path(self.store.path)
        self.store.close()
        error: StoreError | None = None
        try:
            with _busy():
                restore_backup(path, store_file, self.backup_dir, self.clock.now())
        except StoreError as exc:
            error = exc
        try:
            with _busy():
                store = self._open_store(store_file)
        except StudyAppError as exc:
            # Neither the backup nor the old store opens: nothing here can work on.
            self.auto_backup = None  # its store is closed
            self.show_write_error("Could not open the study data again", exc)
            self.close()
            return False
        self._use_store(store)
        if error is not None:
            self.show_write_error("Could not restore the backup", error)
            return False
        self.statusBar().showMessage("Backup restored.", 5000)
        return True

    def _use_store(self, store: Store) -> None:
        """Work on `store` from now on (after a restore): every view reloads from it."""
        keep = self.current_qid
        self.store = store
        self.cache = AnswerCache(store, self._base_dir)
        self.session = None
        self._last_mock = None
        for view in self._views():
            view.store = store  # marked dirty by refresh_progress below
        if self.auto_backup is not None:
            self.auto_backup = AutoBackup(store, self.backup_dir, self.clock)
        self.reload_tree()
        self.refresh_progress()
        self._show_main_page()
        if keep is not None and self.model.question(keep) is not None:
            self.show_question(keep)
        else:
            self._restore_position()
        self._update_actions()

    def bring_to_front(self) -> None:
        """Another start of StudyApp asked for this window: un-minimize, raise and
        activate it. Where the window manager refuses to hand over the focus, the
        taskbar entry asks for attention instead."""
        self.raise_requests += 1
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)

    # --- view ------------------------------------------------------------------------------

    def set_theme_mode(self, mode: str) -> None:
        self.theme.set_mode(mode)
        self.theme_actions[mode].setChecked(True)
        self.settings.setValue(K_THEME, mode)

    def _on_theme_changed(self, theme: str) -> None:
        self.grading.setStyleSheet(button_css(theme))
        if self._timer_panel is not None:
            self._timer_panel.setStyleSheet(button_css(theme))
            self._timer_panel.set_theme(theme)
        for view in (
            *(v for v in (self._mock_panel, self._summary_view, self._history_view) if v),
            *self._views(),
        ):
            view.setStyleSheet(page_css(theme))
        style_scroll_bars(self.tree, theme)
        style_scroll_bars(self.answer.browser, theme)
        for page in (self._summary_view, self._history_view):
            if page is not None:
                page.set_theme(theme)
        self.answer.notice_face.setStyleSheet(button_css(theme))
        self.search.field.setStyleSheet(search_css(theme))
        self.answer.set_css(answer_css(theme))
        self.model.set_theme(theme)
        question = self.model.question(self.current_qid or "")
        if question is not None and self.answer.is_answer_visible():
            self._show_answer_html(question)  # code colours are rendered per theme

    def set_zoom(self, steps: int) -> None:
        self.settings.setValue(K_ZOOM, self.answer.set_zoom(steps))

    def zoom_in(self) -> None:
        self.set_zoom(self.answer.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.answer.zoom - 1)

    # --- help --------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, key) for every key of every menu action, in menu order."""
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                for sequence in action.shortcuts():
                    keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                    if keys:
                        rows.append((action.text().replace("&", ""), keys))
        return rows

    def show_shortcuts(self) -> None:
        keys_by_name: dict[str, list[str]] = {}
        for name, keys in self.shortcut_rows():
            keys_by_name.setdefault(name, []).append(keys)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td><b>"
            + "</b> or <b>".join(html.escape(k) for k in keys)
            + "</b></td></tr>"
            for name, keys in keys_by_name.items()
        )
        self.messages.info(
            "Keyboard shortcuts",
            f"<table cellpadding='3'>{rows}</table><p>Arrow keys move in the tree.</p>"
            "<p>In a mock interview, Space, 1–4, P and S type into the answer or note box "
            "that has the focus: use <b>Ctrl+Enter</b> to reveal, <b>Ctrl+1–4</b> to grade, "
            "<b>Ctrl+P</b> to pause and <b>Ctrl+Shift+S</b> to skip there. In the key "
            "points, Space ticks or unticks the focused point.</p>",
        )

    def show_about(self) -> None:
        self.messages.info(
            "About StudyApp",
            f"<b>StudyApp {studyapp.__version__}</b><p>Study AI/ML interview questions offline: "
            "your Markdown notes as a question bank, with spaced repetition (FSRS).</p>",
        )

"""The main window as a shell: the splitter (topic tree | tabs), the questions tab's
page stack, the status bar, the menus and the window's geometry. Nothing more.

Each feature lives in its controller (ui/controllers/), which `app.py` builds and
wires; they reach the screen through the widgets made here. The window keeps the
one `UiState` (mode, tab, page, read-only, …): controllers change it with
`set_state`, and the actions' enablement follows from it (ui/actions.py,
ui/ui_state.py). It holds no store and no session.

Tests and the self-test still call features through the window
(`window.grade(3)`); `delegate` forwards such names to the controller that owns
them, until those tests talk to the controllers themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.actions import (
    SPECS,
    apply_enabled,
    build_actions,
    build_menus,
    build_refusals,
    install_keys,
    key_text,
    refusal_text,
    shortcut_rows,
    waiting_text,
)
from studyapp.ui.answer_view import AnswerView
from studyapp.ui.grading_panel import GradingPanel
from studyapp.ui.literal_text import literal_title
from studyapp.ui.screen_fit import ShrinkingScroll, available_room, fit_window
from studyapp.ui.search_bar import SearchBar
from studyapp.ui.status_line import ShortLabel, StatusBar
from studyapp.ui.style import page_css, style_scroll_bars
from studyapp.ui.tabs import PageTabs
from studyapp.ui.theme import Card, button_css, search_css
from studyapp.ui.topic_tree import TopicTreeModel
from studyapp.ui.topic_tree_view import TopicTree
from studyapp.ui.ui_state import Mode, Page, Tab, UiState, key_mode

READ_ONLY_TITLE = " (read-only)"
APP_TITLE = "StudyApp"
TITLE_SEPARATOR = " — "  # as Qt joins a title and the application's display name

# QSettings keys
K_GEOMETRY = "window/geometry"
K_STATE = "window/state"
K_SPLITTER = "window/splitter"
K_LAST_QUESTION = "session/last_question"
K_THEME = "view/theme"
K_ZOOM = "view/zoom"

# The narrowest the topic tree and the tabs beside it may be made (the four grade
# buttons and the pane's margins).
SIDE_MIN_WIDTH = 184
PANE_MIN_WIDTH = 440

TAB_TIPS = {
    Tab.QUESTIONS: "Browse, study and mock interviews (Esc comes back here)",
    Tab.WEAK: "Topics ranked weakest first, with why (Ctrl+Shift+W)",
    Tab.STATS: "Reviews, ratings, mastery and mock scores (Ctrl+Shift+T)",
}
TAB_NAMES = {Tab.QUESTIONS: "Questions", Tab.WEAK: "Weak Topics", Tab.STATS: "Statistics"}


class MainWindow(QMainWindow):
    closing = Signal()  # once, before the window closes: controllers save and stop
    tab_shown = Signal(object)  # the Tab now on show
    first_painted = Signal()  # once, just after the window's first frame
    first_shown = Signal()  # once, laid out at its size and about to paint its first frame

    def __init__(
        self,
        *,
        settings: QSettings,
        read_only: str | None = None,
        icon: QIcon | None = None,
        open_url: Callable[..., Any] | None = None,
        keys_after_paint: bool = False,
    ) -> None:
        """`read_only`: why this window may not write ("Read-only: another StudyApp is
        running"), None for a normal window. `keys_after_paint`: the actions get their
        keys once the first frame is out (`finish_start`), not before it."""
        super().__init__()
        self.settings = settings
        self.read_only_reason = read_only
        self._state = UiState(read_only=bool(read_only))
        self._delegates: dict[str, object] = {}
        # The features by name, set by app.py: tests reach a controller through it.
        self.controllers: dict[str, Any] = {}
        self._closed = False
        self._notices_aside: Any = None  # notices hidden through a mock (ui.notices_aside)
        self.raise_requests = 0  # how often another start asked this window forward
        self._questions_title = APP_TITLE  # the title to restore on coming back
        self._title = APP_TITLE  # the title as last given (setWindowTitle)
        self._tab_before: Tab | None = None

        self.setWindowTitle(APP_TITLE)
        if icon is not None:
            self.setWindowIcon(icon)
        self._build_views(open_url)
        self._build_status_bar()
        self._keys_in = not keys_after_paint
        self.actions_by_id: dict[str, QAction] = build_actions(self, keys=self._keys_in)
        build_menus(self.menuBar(), self.actions_by_id)
        # A read-only window's write keys say why they do nothing, and any window's
        # while an import is saved (actions.py).
        self._refusals = build_refusals(self, keys=self._keys_in)
        self._keys_mode: Mode | None = None  # whose keys the actions hold (update_actions)
        self._applied: dict[int, bool] = {}  # each action's enabled as last set (id → on)
        for action_id, refusal in self._refusals.items():
            refusal.triggered.connect(lambda _c=False, a=action_id: self._say_refused(a))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.answer.link_hovered.connect(lambda url: self.status(url, 4000))
        self.resize(1200, 780)
        self._painted = False
        self._shown = False
        self.installEventFilter(self)  # until the first paint: see eventFilter
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A push button of this window took the focus: Return and Enter press it, as
        Space does (ui.button_keys: every page's buttons, in this one place)."""
        if isinstance(new, QPushButton) and new.window() is self:
            from studyapp.ui.button_keys import give_return

            give_return(new)

    # --- building ------------------------------------------------------------------

    def _build_views(self, open_url: Callable[..., Any] | None) -> None:
        self.model = TopicTreeModel(self)
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

        self.answer = AnswerView(open_url=open_url) if open_url else AnswerView()
        self.answer.hold_until_painted()
        self.grading = GradingPanel()
        # The mock interview's timer panel goes here, shown while a mock runs.
        self.timer_slot = self._slot("timerSlot")
        self.timer_slot.hide()
        right = QWidget()
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.setSpacing(8)
        self.right_layout.addWidget(self.timer_slot)
        self.right_layout.addWidget(self.answer, 1)
        self.right_layout.addWidget(self.grading)

        # Pages of the questions tab: the answer page, then pages added on first use
        # (a mock's summary, the mock history). The answer page scrolls up and down
        # where the window is shorter than its parts need (a mock's timer, question
        # and typing box on a 683 × 400 screen) rather than making the window taller
        # than the screen; with room, it fills the tab as before.
        self.answer_page = right
        self.main_page = ShrinkingScroll(right, sideways=False)
        self.main_page.setObjectName("answerPage")
        self.main_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own on Tab
        self.pages = QStackedWidget()
        self.pages.addWidget(self.main_page)
        self._page_kinds: dict[int, Page] = {id(self.main_page): Page.ANSWER}
        self._page_holders: dict[int, ShrinkingScroll] = {}  # page → the scroll it is in
        self._theme = ""

        # The weak-topics and statistics tabs start as empty slots: their views are
        # built when first shown.
        self.weak_slot = self._slot("weakSlot")
        self.stats_slot = self._slot("statsSlot")
        self.tabs = PageTabs()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)  # no frame around the answer
        self._tab_widgets = {
            Tab.QUESTIONS: self.pages,
            Tab.WEAK: self.weak_slot,
            Tab.STATS: self.stats_slot,
        }
        for index, (tab, widget) in enumerate(self._tab_widgets.items()):
            self.tabs.addTab(widget, TAB_NAMES[tab])
            self.tabs.setTabToolTip(index, TAB_TIPS[tab])

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 860])
        # Both together fit a 683 px wide screen (1024 × 600 at 150 %, 1366 × 768 at
        # 200 %): the pane takes the grade buttons on a row of their own there.
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        self.tabs.setMinimumWidth(PANE_MIN_WIDTH)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.mode_label = ShortLabel()
        self.totals_label = ShortLabel()
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
        bar = StatusBar()
        self.setStatusBar(bar)
        bar.keep_under_tips(self)
        bar.add_fixed(self.read_only_label)
        bar.add_label(self.mode_label)
        bar.add_label(self.totals_label)
        bar.setSizeGripEnabled(True)

    @staticmethod
    def _slot(name: str) -> QWidget:
        slot = QWidget()
        slot.setObjectName(name)
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(0, 0, 0, 0)
        return slot

    def put_in_slot(self, slot: QWidget, widget: QWidget, theme: str | None = None) -> None:
        """Place a view made on first use into its slot (a tab, the timer's place)."""
        if theme is not None:
            widget.setStyleSheet(page_css(theme))
        layout = slot.layout()
        assert layout is not None
        layout.addWidget(widget)
        # Shown now rather than on the layout's queued show: the first frame is the real one.
        widget.show()

    def add_page(self, page: QWidget, kind: Page) -> None:
        """A page of the questions tab (a mock's summary, the history), made on first use.

        It scrolls up and down where the window is shorter than it needs, as the answer
        page does: in the stack, a page's least height was the window's, shown or not
        (a summary seen once held a 700 × 420 window at 558 px high for every mock
        after it, and the window reopened at that size)."""
        self._page_kinds[id(page)] = kind
        holder = ShrinkingScroll(page, sideways=False)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own on Tab
        if self._theme:
            style_scroll_bars(holder, self._theme)
        self._page_holders[id(page)] = holder
        self.pages.addWidget(holder)

    def current_page(self) -> QWidget:
        """The page the questions tab shows (the answer page's scroll, or a page added)."""
        shown = self.pages.currentWidget()
        if isinstance(shown, ShrinkingScroll) and shown is not self.main_page:
            return shown.widget()
        return shown

    def insert_above_grading(self, widget: QWidget) -> None:
        self.right_layout.insertWidget(self.right_layout.indexOf(self.grading), widget)

    # --- state and actions -------------------------------------------------------------

    @property
    def state(self) -> UiState:
        return self._state

    @property
    def mode(self) -> Mode:
        return self._state.mode

    def set_state(self, **changes: Any) -> None:
        """Change the UiState; the actions' enablement follows."""
        state = self._state._replace(**changes)
        if state == self._state:
            # Their enablement is the state's alone (ui_state.enabled), so it is set
            # already: each click asked twice (the selection, then its panel), and
            # going over every action again was some 0.1 ms of the click.
            return
        was, self._state = self._state, state
        if (was.mode is Mode.MOCK) is not (state.mode is Mode.MOCK):
            if self._notices_aside is None:
                from studyapp.ui.notices_aside import NoticesAside

                self._notices_aside = NoticesAside(self)
            if state.mode is Mode.MOCK:
                self._notices_aside.put_aside()
            else:
                self._notices_aside.bring_back()
        self.update_actions()

    def update_actions(self) -> None:
        # The keys follow the mode alone: set again only when it changes.
        mode = key_mode(self._state)
        keys = self._keys_in and mode is not self._keys_mode
        apply_enabled(
            self.actions_by_id, self._state, self._refusals, keys=keys, applied=self._applied
        )
        if keys:
            self._keys_mode = mode
        writable = not self.read_only_reason
        # Hidden, not only disabled: read-only is not a state of the selection.
        self.grading.allow_study(writable)

    def _say_refused(self, action_id: str) -> None:
        spec = SPECS[action_id]
        if self.read_only_reason:
            self.status(refusal_text(self.read_only_reason, spec), 6000)
        else:
            self.status(waiting_text(spec), 6000)

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    def connect_action(self, action_id: str, slot: Callable[[], Any]) -> None:
        self.actions_by_id[action_id].triggered.connect(lambda _checked=False: slot())

    def key_text(self, action_id: str) -> str:
        """The action's first key as the platform writes it ("Ctrl+O", "⌘O")."""
        return key_text(SPECS[action_id], self.mode)

    def finish_start(self) -> None:
        """What the first frame does without, done once it is out (`_say_first_painted`;
        tests of a window made with `keys_after_paint` call it): the actions' keys."""
        if not self._keys_in:
            self._keys_in = True
            install_keys(self.actions_by_id, self.mode)
            install_keys(self._refusals, self.mode)
            self._keys_mode = None  # (installed for `mode`: the key mode may differ)
            self.update_actions()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, key) for every key of every menu action, in menu order."""
        return shortcut_rows(self.actions_by_id)

    @property
    def grade_actions(self) -> dict[int, QAction]:
        return {r: self.actions_by_id[f"grade_{r}"] for r in range(1, 5)}

    @property
    def theme_actions(self) -> dict[str, QAction]:
        return {k[6:]: a for k, a in self.actions_by_id.items() if k.startswith("theme_")}

    # --- tabs and pages ------------------------------------------------------------------

    def current_tab(self) -> Tab:
        current = self.tabs.currentWidget()
        return next(tab for tab, widget in self._tab_widgets.items() if widget is current)

    def show_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentWidget(self._tab_widgets[tab])

    def show_page(self, page: QWidget) -> None:
        """A page of the questions tab, the tab brought forward."""
        self.show_tab(Tab.QUESTIONS)
        holder = self._page_holders.get(id(page), page)
        if self.pages.currentWidget() is not holder:
            self.pages.setCurrentWidget(holder)
        kind = self._page_kinds.get(id(page), Page.ANSWER)
        if kind is not self._state.page:
            self.set_state(page=kind)

    def show_main_page(self) -> None:
        self.show_page(self.main_page)

    def on_main_page(self) -> bool:
        return self.tabs.currentWidget() is self.pages and self._state.page is Page.ANSWER

    def _on_tab_changed(self, index: int) -> None:
        tab = self.current_tab()
        if tab is Tab.QUESTIONS:
            self.setWindowTitle(self._questions_title)
        else:
            if self._tab_before in (None, Tab.QUESTIONS):
                self._questions_title = self._title  # as given: windowTitle() is escaped
            self.setWindowTitle(f"{self.tabs.tabText(index)} — {APP_TITLE}")
        self._tab_before = tab
        self._state = self._state._replace(tab=tab)
        self.tab_shown.emit(tab)  # the tab's controller builds or focuses its view
        self.update_actions()

    def set_mock_layout(self, on: bool) -> None:
        """During a mock the tree steps aside (it would give answers away, and the answer
        needs the room), the tab bar hides and the timer shows."""
        self.side.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        self.grading.setVisible(not on)
        self.timer_slot.setVisible(on)
        if not on:
            self.tabs.setMinimumWidth(PANE_MIN_WIDTH)

    def fit_mock_width(self, least: int) -> None:
        """During a mock the tabs have the window's width: no narrower than `least`,
        what the timer's and the mock panel's buttons and words need (squeezed, they
        read "ause I")."""
        chrome = self.tabs.width() - self.pages.width()
        self.tabs.setMinimumWidth(max(PANE_MIN_WIDTH, least + max(chrome, 0)))
        # At once, not at the next turn of the event loop: a resize meanwhile took the
        # old least width, and the window grew under the person's eyes a moment later.
        self.splitter.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    # --- status bar and title -------------------------------------------------------------

    def status(self, text: str, ms: int = 4000) -> None:
        """A message in the status bar for `ms`: whole where the room beside the totals
        holds it; else its start, cut at a sentence's or clause's end (ui/status_line.py),
        up long enough to read. The bar's tooltip lists the recent messages whole."""
        bar = self.statusBar()
        assert isinstance(bar, StatusBar)
        bar.say(text, ms)

    def setWindowTitle(self, title: str) -> None:
        """The title, marked read-only where the window is. The mark goes before the
        app's name: Qt adds " — StudyApp" (the application's display name) to a title
        not ending in it, and "… — StudyApp (read-only)" read "… — StudyApp (read-only)
        — StudyApp"."""
        if self.read_only_reason and "read-only" not in title.lower():
            head = title.removesuffix(APP_TITLE).removesuffix(TITLE_SEPARATOR)
            marked = f"{head}{READ_ONLY_TITLE}" if head else "Read-only"
            title = f"{marked}{TITLE_SEPARATOR}{APP_TITLE}"
        self._title = title
        super().setWindowTitle(literal_title(title))  # it names topics and questions

    # --- theme ----------------------------------------------------------------------------

    def apply_theme(self, theme: str) -> None:
        """Restyle the shell's own widgets (controllers restyle theirs)."""
        self.grading.setStyleSheet(button_css(theme))
        style_scroll_bars(self.tree, theme)
        style_scroll_bars(self.answer.browser, theme)
        self._theme = theme
        for area in (self.main_page, *self._page_holders.values()):
            style_scroll_bars(area, theme)
        self.answer.notice_face.setStyleSheet(button_css(theme))
        self.search.field.setStyleSheet(search_css(theme))
        self.model.set_theme(theme)

    # --- geometry ---------------------------------------------------------------------------

    def restore_layout(self) -> None:
        for key, restore in (
            (K_GEOMETRY, self.restoreGeometry),
            (K_STATE, self.restoreState),
            (K_SPLITTER, self.splitter.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """The window cut to its screen and kept on it: a size saved on a bigger
        screen, or at another scale (QT_SCALE_FACTOR=2 doubled 1200 × 780), put the
        grade buttons off it. Fitted again after the first frame, when the title bar's
        height is known: a window as tall as the screen, placed under its title bar,
        had its status bar under the screen's edge. (The offscreen platform has no
        screen to fit.)"""
        if self.screen() is None or QGuiApplication.platformName() == "offscreen":
            return
        fit_window(self, available_room(self))

    def save_layout(self) -> None:
        self.settings.setValue(K_GEOMETRY, self.saveGeometry())
        self.settings.setValue(K_STATE, self.saveState())
        if not self.side.isHidden():  # the tree steps aside during a mock: keep its width
            self.settings.setValue(K_SPLITTER, self.splitter.saveState())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Says `first_painted` once the first frame is out (queued: after the paint
        pass that began with the window), then stops watching."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._say_first_painted)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.first_shown.emit()

    def _say_first_painted(self) -> None:
        if not self._closed:  # a run that ended at its first frame (smoke) computes nothing
            self._fit_screen()
            self.finish_start()
            self.answer.painted()
            self.first_painted.emit()

    @property
    def closed(self) -> bool:
        """Whether the window was closed (or is closing): the person has left it."""
        return self._closed

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            from studyapp.ui.own_windows import close_own_windows

            # Its dialogs and boxes close with it; one kept open (an unsaved edit) keeps it.
            if not close_own_windows(self):
                event.ignore()
                return
            self._closed = True
            self.closing.emit()  # controllers save and stop their timers
            self.save_layout()
            self.settings.sync()
        super().closeEvent(event)

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

    # --- delegates (until the tests talk to the controllers) -------------------------------

    def delegate(self, owner: object, names: Iterable[str]) -> None:
        for name in names:
            self._delegates[name] = owner

    def __getattr__(self, name: str) -> Any:
        # Only called for names the window does not have itself.
        if name.startswith("act_"):
            actions = self.__dict__.get("actions_by_id", {})
            if name[4:] in actions:
                return actions[name[4:]]
        owner = self.__dict__.get("_delegates", {}).get(name)
        if owner is None:
            raise AttributeError(name)
        return getattr(owner, name)

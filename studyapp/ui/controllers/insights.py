"""The Weak Topics and Statistics tabs. Their views (and modules) are built the
first time their tab is shown: start-up pays for neither. Each recomputes only
when shown after the store changed (`mark_dirty`); the figures are computed here,
off the UI thread (ui/figures_worker.py: a pass over a big deck's history takes
longer than a frame), and handed to the view, which holds no store. Once the
statistics were shown, the study day's rollover (the study controller's one day
timer) marks them dirty too: today's goal and figures start afresh at midnight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication

from studyapp.core.format import plural
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.figures_worker import FiguresWorker
from studyapp.ui.main_window import MainWindow
from studyapp.ui.style import page_css
from studyapp.ui.ui_state import Mode, Tab

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from studyapp.core.progress import TopicProgress
    from studyapp.core.stats import Stats
    from studyapp.core.store import Store
    from studyapp.core.weak import WeakReport
    from studyapp.ui.stats_view import StatsView
    from studyapp.ui.weak_view import WeakView


class InsightsController(Controller):
    study_requested = Signal(list, str)  # question ids, what the status bar names
    mock_requested = Signal(list)  # question ids
    export_requested = Signal()
    question_activated = Signal(str)  # a weak question clicked: open it
    browsed_away = Signal()  # from a study session on show: it pauses (ui.session_pause)
    follows_day = Signal()  # the statistics show "today": told when the day rolls over

    def __init__(
        self,
        ctx: AppContext,
        shell: MainWindow,
        *,
        live_figures: Callable[[], Mapping[int, TopicProgress] | None] | None = None,
    ) -> None:
        super().__init__(ctx, shell)
        # Every topic's figures as of now, where another part keeps them (the tree's
        # progress index); None, or a None from it: Statistics counts them itself.
        self._live_figures = live_figures
        self.weak_view: WeakView | None = None
        self.stats_view: StatsView | None = None
        self._weak_worker = self._worker(self._show_weak, lambda: self.weak_view)
        self._stats_worker = self._worker(self._show_stats, lambda: self.stats_view)
        shell.tab_shown.connect(self._on_tab_shown)
        ctx.theme.changed.connect(self._on_theme_changed)

    def _views(self) -> list[WeakView | StatsView]:
        return [view for view in (self.weak_view, self.stats_view) if view is not None]

    def mark_dirty(self, *_args: object) -> None:
        # Figures on their way are from before the change: never shown as its answer.
        self._weak_worker.invalidate()
        self._stats_worker.invalidate()
        for view in self._views():
            view.mark_dirty()  # recomputes now if shown, else when next shown

    def _on_theme_changed(self, theme: str) -> None:
        for view in self._views():
            view.setStyleSheet(page_css(theme))

    # --- the tabs --------------------------------------------------------------------

    def show_questions_tab(self) -> None:
        """View → Questions (Esc on the other tabs): the answer pane as it was left."""
        self.shell.show_tab(Tab.QUESTIONS)

    def show_weak_topics(self) -> WeakView | None:
        """View → Weak Topics (Ctrl+Shift+W). Not during a mock."""
        if self.shell.mode is Mode.MOCK:
            return None
        self.shell.show_tab(Tab.WEAK)
        return self.weak_view

    def show_statistics(self) -> StatsView | None:
        """View → Statistics (Ctrl+Shift+T). Not during a mock."""
        if self.shell.mode is Mode.MOCK:
            return None
        self.shell.show_tab(Tab.STATS)
        return self.stats_view

    def _on_tab_shown(self, tab: Tab) -> None:
        shell = self.shell
        if tab is Tab.QUESTIONS:
            if shell.mode is Mode.STUDY:
                shell.answer.take_focus()
            elif shell.on_main_page():
                shell.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        view = self._ensure_view(tab)
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the figures, computed off the UI thread ---------------------------------------

    def _worker(
        self, deliver: Callable[[Any], None], view: Callable[[], WeakView | StatsView | None]
    ) -> FiguresWorker:
        worker = FiguresWorker(lambda: self.ctx.store, self.ctx.thread_pool, self)
        worker.ready.connect(deliver)
        worker.failed.connect(lambda exc: self._on_failed(view(), exc))
        return worker

    def wait_for_figures(self) -> None:
        """Before the store's file is swapped (a restore): the figures under way end
        and close their connections; the views ask again once told `mark_dirty`."""
        self._weak_worker.wait()
        self._stats_worker.wait()

    def _show_weak(self, report: WeakReport) -> None:
        if self.weak_view is not None:
            self.weak_view.set_report(report)

    def _show_stats(self, stats: Stats) -> None:
        if self.stats_view is not None:
            self.stats_view.set_stats(stats)

    def _on_failed(self, view: WeakView | StatsView | None, exc: BaseException) -> None:
        if view is not None:
            view.show_failure()  # and asks again when next shown
        self.ctx.messages.exception("Figures not computed", exc)

    def _compute_weak(self, deck_id: int | None) -> None:
        """Ask for the weak topics at this moment; the view gets them when ready."""
        ctx = self.ctx
        now, scheduler = ctx.clock.now(), ctx.scheduler

        def compute(store: Store, cancelled: Callable[[], bool]) -> WeakReport:
            from studyapp.core.weak import weak_report

            return weak_report(store, deck_id, now, scheduler, cancelled=cancelled)

        self._weak_worker.request(compute)

    def _compute_stats(self, deck_id: int | None) -> None:
        """Ask for the statistics at this moment; the view gets them when ready."""
        from studyapp.core.settings_schema import DAILY_GOAL, read

        ctx = self.ctx
        now, scheduler, tz = ctx.clock.now(), ctx.scheduler, ctx.clock.timezone()
        goal = read(ctx.store, DAILY_GOAL)
        # The tree's figures as of now, copied: the tree goes on changing them here.
        live = self._live_figures() if self._live_figures is not None else None
        progress = dict(live) if live is not None else None

        def compute(store: Store, _cancelled: Callable[[], bool]) -> Stats:
            from studyapp.core.stats import collect_stats

            return collect_stats(
                store, deck_id, now, scheduler, tz=tz, daily_goal=goal, progress=progress
            )

        self._stats_worker.request(compute)

    def study_shown_weak(self) -> bool:
        """Study (Ctrl+D) on the Weak Topics tab: its questions, those chosen or else
        all, as "Study these" does (the tree's selection is out of sight there). False
        elsewhere, for the tree's selection to be studied."""
        view = self.weak_view
        if self.shell.current_tab() is not Tab.WEAK or view is None or view.report is None:
            return False
        ids = view.target_ids()
        if not ids:
            return False
        self.study_requested.emit(ids, plural(len(ids), "weak question"))
        return True

    def _ensure_view(self, tab: Tab) -> WeakView | StatsView | None:
        """The view of a tab, built (and its module imported) the first time."""
        theme = self.ctx.theme.effective
        if tab is Tab.WEAK and self.weak_view is None:
            from studyapp.ui.weak_view import WeakView

            weak = WeakView()
            weak.refresh_wanted.connect(self._compute_weak)
            weak.question_activated.connect(self._open_from_view)
            weak.start_study_requested.connect(
                lambda ids: self.study_requested.emit(ids, plural(len(ids), "weak question"))
            )
            weak.start_mock_requested.connect(self.mock_requested)
            weak.export_requested.connect(self.export_requested)
            weak.set_can_study(not self.read_only)
            weak.setFocusProxy(weak.tree)
            self.weak_view = weak
            self.shell.put_in_slot(self.shell.weak_slot, weak, theme)
        elif tab is Tab.STATS and self.stats_view is None:
            from studyapp.ui.stats_view import StatsView

            stats = StatsView()
            stats.refresh_wanted.connect(self._compute_stats)
            stats.start_study_requested.connect(self._study_topic_of_stats)
            if self.read_only:
                stats.mastery.setCursor(Qt.CursorShape.ArrowCursor)  # a click studies nothing
            self.stats_view = stats
            self.shell.put_in_slot(self.shell.stats_slot, stats, theme)
            self.follows_day.emit()  # today's goal and figures start afresh at midnight
        return self.weak_view if tab is Tab.WEAK else self.stats_view

    def _open_from_view(self, qid: str) -> None:
        """A question clicked in the weak topics: open it in the answer pane. A click
        with Ctrl or Shift held only selects (for "Study these" on several)."""
        modifiers = QApplication.keyboardModifiers()
        selecting = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if self.shell.mode is Mode.MOCK or modifiers & selecting:
            return
        if self.shell.mode is Mode.STUDY:
            self.browsed_away.emit()
        self.question_activated.emit(qid)

    def _study_topic_of_stats(self, question_ids: list[str]) -> None:
        """A topic's bar clicked in the statistics: study its questions, named by the
        topic they share."""
        model = self.shell.model
        paths = [
            model.topic_path(question.topic_id).split(" / ")
            for q in question_ids
            if (question := model.question(q)) is not None
        ]
        common: list[str] = []
        for names in zip(*paths, strict=False):
            if len(set(names)) != 1:
                break
            common.append(names[0])
        count = plural(len(paths), "question")
        self.study_requested.emit(
            list(question_ids), f"{' / '.join(common)} ({count})" if common else count
        )

"""The pages after a mock interview, on the questions tab: the summary of one (just
run here, or picked from the history: its grades, weak questions, recordings, the
weak questions' export) and the history of past mocks with their trend. Each page is
made when first shown and follows the theme.

The mock controller owns one `MockPages` and is its `MockPagesHost`: the pages'
buttons that start, leave or play something reach the controller. Start-up loads
no core.mock through this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from studyapp.ui.main_window import APP_TITLE
from studyapp.ui.style import page_css
from studyapp.ui.ui_state import Page, Tab

if TYPE_CHECKING:
    from studyapp.core.mock import MockHistoryRow, MockSession, MockSettings, MockSummary
    from studyapp.core.mock_results import SummaryWords
    from studyapp.ui.context import AppContext
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.mock_history import MockHistoryView
    from studyapp.ui.mock_summary import MockSummaryView
    from studyapp.ui.question_pane import QuestionPane


class MockPagesHost(Protocol):
    """What the pages' buttons need of the mock controller."""

    question_activated: Any  # Signal(str): a question opened from the summary
    export_weak_requested: Any  # Signal(list): the summary's weak questions

    def open_mock_setup(self) -> object: ...
    def retry_weak_mock(self) -> bool: ...
    def show_past_mock(self, session_id: int) -> None: ...
    def show_mock_history(self) -> None: ...
    def leave_mock_pages(self) -> None: ...
    def play_recording(self, path: str | None) -> bool: ...


class MockPages(QObject):
    def __init__(
        self, ctx: AppContext, shell: MainWindow, pane: QuestionPane, host: MockPagesHost
    ) -> None:
        super().__init__(shell)
        self.ctx = ctx
        self.shell = shell
        self.pane = pane
        self.host = host
        self.last_run: MockSession | None = None  # the one the summary shows, if run here
        self._settings: MockSettings | None = None  # the summary's mock's set-up
        self._summary_view: MockSummaryView | None = None
        self._history_view: MockHistoryView | None = None
        ctx.theme.changed.connect(self._on_theme_changed)

    @property
    def summary_view(self) -> MockSummaryView:
        """The page after a mock (its grades, weak questions, export)."""
        if self._summary_view is None:
            from studyapp.ui.mock_summary import MockSummaryView

            host = self.host
            view = MockSummaryView(can_export=find_spec("studyapp.export.pdf") is not None)
            view.retry_weak_clicked.connect(host.retry_weak_mock)
            view.export_weak_clicked.connect(host.export_weak_requested)
            view.history_clicked.connect(host.show_mock_history)
            view.new_mock_clicked.connect(host.open_mock_setup)
            view.done_clicked.connect(host.leave_mock_pages)
            view.question_activated.connect(host.question_activated)
            view.play_clicked.connect(host.play_recording)
            self._install_page(view, Page.SUMMARY)
            self._summary_view = view
        return self._summary_view

    @property
    def history_view(self) -> MockHistoryView:
        """The page of past mocks and their trend."""
        if self._history_view is None:
            from studyapp.ui.mock_history import MockHistoryView

            view = MockHistoryView()
            view.session_activated.connect(self.host.show_past_mock)
            view.new_mock_clicked.connect(self.host.open_mock_setup)
            view.done_clicked.connect(self.host.leave_mock_pages)
            self._install_page(view, Page.HISTORY)
            self._history_view = view
        return self._history_view

    def _install_page(self, page: MockSummaryView | MockHistoryView, kind: Page) -> None:
        theme = self.ctx.theme.effective
        page.setStyleSheet(page_css(theme))
        page.set_theme(theme)
        self.shell.add_page(page, kind)

    def _on_theme_changed(self, theme: str) -> None:
        for page in (self._summary_view, self._history_view):
            if page is not None:
                page.setStyleSheet(page_css(theme))
                page.set_theme(theme)

    def show_summary(
        self, summary: MockSummary, settings: MockSettings, words: SummaryWords
    ) -> None:
        """The summary of a mock, with what the store says of it (read by the mock
        controller: core.mock_results.summary_words)."""
        self._settings = settings
        view = self.summary_view
        view.set_summary(summary, when=words.when)
        view.subtitle.setToolTip(words.topics)
        if summary.session_id is not None:
            view.set_recordings(words.recordings)
        self.pane.current_qid = None
        shell = self.shell
        shell.show_tab(Tab.QUESTIONS)
        shell.setWindowTitle(f"Mock interview summary — {APP_TITLE}")
        shell.show_page(view)
        shell.set_state(summary_has_weak=bool(summary.weak_question_ids))
        view.take_focus()

    def show_history(self, rows: list[MockHistoryRow]) -> None:
        """Past sessions with their scores and the trend (core.mock.mock_history)."""
        from studyapp.core.mock import mock_trend

        view = self.history_view
        view.set_history(rows, mock_trend(rows))
        self.shell.show_tab(Tab.QUESTIONS)
        self.shell.setWindowTitle(f"Mock interview history — {APP_TITLE}")
        self.shell.show_page(view)
        view.take_focus()

    def weak_retry(
        self, new: Callable[[MockSettings, Sequence[str]], MockSession]
    ) -> MockSession | None:
        """A new mock over the summary's weak questions, weakest first (None: the
        summary has none, or none is shown); `new(settings, ids)` makes it where the
        summary's mock was not run here."""
        summary = self._summary_view.summary if self._summary_view is not None else None
        if summary is None or not summary.weak_question_ids:
            return None
        last = self.last_run
        if last is not None and last.session_id == summary.session_id:
            session = last.retry_weak()
            if session is not None:
                return session
        ids = summary.weak_question_ids
        from dataclasses import replace

        from studyapp.core.mock import MockSettings

        return new(replace(self._settings or MockSettings(), count=len(ids)), ids)

"""Mock interviews: the set-up dialog, the running interview (a core `MockSession`
on the injected clock: answer hidden while the clock runs, typed answer, key
points, grades, pause, skip, end early), then its summary and the history of past
mocks as pages of the questions tab (kept by a `MockPages`, ui.mock_pages).

During a mock the topic tree steps aside and the timer panel and the mock panel
show; a QTimer only asks the session to check its time and repaints: the time
itself always comes from the clock. The mock's widgets are made at the first mock.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal

from studyapp.core.model import StudyAppError
from studyapp.core.scheduler import RATING_NAMES
from studyapp.core.title_math import readable
from studyapp.ui.controllers.base import AppContext, Changes, Controller
from studyapp.ui.main_window import APP_TITLE, MainWindow
from studyapp.ui.mock_ending import MockEnding
from studyapp.ui.mock_keeper import MockKeeper, Unfinished
from studyapp.ui.mock_pages import MockPages
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.style import flat_bars_in, page_css
from studyapp.ui.theme import button_css
from studyapp.ui.ui_state import MockStep, Mode, Page, Tab

if TYPE_CHECKING:  # loaded at the first mock: start-up imports none of them
    from PySide6.QtGui import QKeyEvent

    from studyapp.core.mock import MockSession, MockSettings, MockSummary
    from studyapp.ui.mock_history import MockHistoryView
    from studyapp.ui.mock_panel import MockPanel
    from studyapp.ui.mock_setup import MockSetupDialog
    from studyapp.ui.mock_summary import MockSummaryView
    from studyapp.ui.mock_voice import MockVoice, SpokenMocks, VoiceKit
    from studyapp.ui.timer_panel import TimerPanel

RESUME_VEIL = "An unfinished mock interview is waiting: answers stay hidden until you choose."
MOCK_TICK_MS = 200  # repaint and time-up check; the time itself comes from the clock
# Two short lines: in a short window (700 × 420) the question's box has room for
# about two at the prompt's large type, and a longer prompt lost its end there.
MOCK_PROMPT = (
    "The answer is hidden while the clock runs.<br>Type yours below; <b>Ctrl+Enter</b> reveals it."
)
WARM_UP_MS = 800  # after a mock's first question shows: the checker loads while it is read
MOCK_PAUSED = "⏸  Paused: the clock is stopped.<br><br>Press <b>{key}</b> to resume."


def warm_up_key_points() -> None:
    """The key-point checker loaded while a mock's first question is read, not on its
    reveal: the first Space of a session took about 110 ms (keyterms.warm_up; a few
    ms once loaded)."""
    from studyapp.core import keyterms

    keyterms.warm_up()


class Silent:
    """A mock's voices when it is not spoken: nothing is read or recorded."""

    def ask(self, question: str, session_id: int, position: int) -> None:
        pass

    def keep_in(self, session: MockSession) -> None:
        pass

    def stop(self) -> None:
        pass


SILENT = Silent()


def qt_voice_kit() -> VoiceKit:
    """The real voice pieces (QtTextToSpeech, QtMultimedia), probed when first asked."""
    from studyapp.ui.mock_voice import QtVoiceKit

    return QtVoiceKit()


def show_asking(
    shell: MainWindow, pane: QuestionPane, panel: MockPanel, session: MockSession
) -> None:
    """The asking face: the question's body (a quiz's code and options) over the
    prompt, the typing box focused; paused, the prompt to resume alone."""
    from studyapp.ui.timer_panel import PAUSE_KEY

    if session.paused:  # the question's body too is out of sight while paused
        shell.answer.hide_answer(MOCK_PAUSED.format(key=PAUSE_KEY))
        shell.answer.hidden_face.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        question = session.current()
        assert question is not None
        pane.hide_answer_html(question, MOCK_PROMPT)
        # Laid out at the next turn: then the body's box and what it needs are known.
        QTimer.singleShot(0, panel, panel.fit_asking)
    panel.set_paused(session.paused)
    if not session.paused:
        panel.focus_typing()


class MockController(Controller):
    taking_over = Signal()  # a mock (or its history) takes the screen: studying stops
    changed = Signal(object)  # Changes: answers saved (and reviews, when they count)
    question_activated = Signal(str)  # a question opened from the summary
    back_requested = Signal(object)  # leave the pages: the question browsed before, or None
    export_weak_requested = Signal(list)  # the summary's weak questions, weakest first

    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
        self.mock: MockSession | None = None  # the running mock interview
        self.mock_setup: MockSetupDialog | None = None  # while the set-up dialog is open
        self.mock_rng: random.Random | None = None  # seeds the choice of questions (tests)
        self._qid_before_mock: str | None = None
        self._mock_panel: MockPanel | None = None
        self._timer_panel: TimerPanel | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(MOCK_TICK_MS)
        self._timer.timeout.connect(self.tick_mock)
        self.make_voice_kit: Callable[[], VoiceKit] = qt_voice_kit  # tests pass fakes
        self._spoken: SpokenMocks | None = None
        self._voice: MockVoice | Silent = SILENT  # the running mock's voices, if spoken
        ctx.theme.changed.connect(self._on_theme_changed)
        shell.closing.connect(self._on_closing)  # a running mock stays running in the store
        # Drafts, quitting during a mock, and resuming it at the next start.
        self.keeper = MockKeeper(shell, self)
        self.quit_guard = self.keeper.quit_guard
        self.pages = MockPages(ctx, shell, pane, self)  # the summary and the history
        self.ending = MockEnding(shell, self)  # "end now?" and "quit now?" in the timer panel

    # --- widgets, made on first use ---------------------------------------------------

    @property
    def mock_panel(self) -> MockPanel:
        """The typed-answer and key-points panel under the answer."""
        if self._mock_panel is None:
            from studyapp.ui.mock_panel import MockPanel

            panel = MockPanel()
            panel.hide()
            self.shell.insert_above_grading(panel)
            panel.setStyleSheet(page_css(self.ctx.theme.effective))
            panel.reveal_clicked.connect(self.mock_reveal)
            panel.grade_clicked.connect(self.mock_grade)
            panel.point_toggled.connect(self.toggle_mock_point)
            panel.typed_changed.connect(self._on_typed)
            panel.note_changed.connect(self._on_note)
            panel.box_focused.connect(self.ending.keep_going_in_box)
            panel.play_clicked.connect(
                lambda: self.play_recording(self.mock.recording_path if self.mock else None)
            )
            self._mock_panel = panel
        return self._mock_panel

    @property
    def timer_panel(self) -> TimerPanel:
        """The countdown above the answer."""
        if self._timer_panel is None:
            from studyapp.ui.timer_panel import TimerPanel

            panel = TimerPanel()
            theme = self.ctx.theme.effective
            panel.setStyleSheet(button_css(theme))
            panel.set_theme(theme)
            panel.pause_clicked.connect(self.toggle_mock_pause)
            panel.skip_clicked.connect(self.skip_mock_question)
            panel.end_clicked.connect(self.end_mock)
            panel.end_confirmed.connect(self._on_confirmed)
            panel.end_cancelled.connect(self.cancel_end_mock)
            panel.typed_on.connect(self.type_on)
            panel.key_through.connect(self.press_on)
            self._timer_panel = panel
            self.shell.put_in_slot(self.shell.timer_slot, panel)
        return self._timer_panel

    @property
    def summary_view(self) -> MockSummaryView:
        return self.pages.summary_view

    @property
    def history_view(self) -> MockHistoryView:
        return self.pages.history_view

    def _on_theme_changed(self, theme: str) -> None:
        if self._timer_panel is not None:
            self._timer_panel.setStyleSheet(button_css(theme))
            self._timer_panel.set_theme(theme)
        if self._mock_panel is not None:
            self._mock_panel.setStyleSheet(page_css(theme))

    # --- starting ---------------------------------------------------------------------

    def open_mock_setup(self) -> MockSetupDialog | None:
        """Study → Mock Interview… (Ctrl+M): the set-up dialog on the last choices or the
        tree's selection (ui.mock_start). It is window-modal but does not block; Start
        begins the mock (see `start_mock`)."""
        if self.shell.mode is Mode.MOCK or self.mock_setup is not None:
            return self.mock_setup
        if self.refuse_if_read_only("A mock interview"):
            return None
        from studyapp.core.mock_choice import setup_offer
        from studyapp.core.mock_settings import remember_choice, remembered_choice
        from studyapp.ui.mock_start import setup_dialog

        store = self.store
        if (offer := setup_offer(store, self.ctx.clock)) is None:
            self.ctx.messages.info(
                "Mock interview", "There are no questions yet: import your notes first."
            )
            return None
        last, remember = partial(remembered_choice, store), partial(remember_choice, store)
        dialog = setup_dialog(offer, self.shell, self.spoken, last, remember)
        flat_bars_in(dialog, self.ctx.theme.effective)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_from_setup(dialog))
        dialog.finished.connect(self._on_setup_closed)
        self.mock_setup = dialog
        dialog.open()
        return dialog

    def _start_from_setup(self, dialog: MockSetupDialog) -> None:
        self.spoken.set_choice(dialog.voice_choice())
        self.start_mock(dialog.settings())

    def _on_setup_closed(self, _result: int) -> None:
        self.mock_setup = None
        self.shell.activateWindow()  # keys go to the window again (not every platform does)

    def start_mock(
        self, settings: MockSettings | None = None, *, rng: random.Random | None = None
    ) -> bool:
        """A new mock interview as set up (the set-up is remembered for next time)."""
        if self.refuse_if_read_only("A mock interview"):
            return False
        from studyapp.core.mock import MockSession, load_settings
        from studyapp.core.mock_choice import todays_new_limits

        ctx = self.ctx
        settings = settings or load_settings(ctx.store)
        rng = rng if rng is not None else self.mock_rng
        limits = todays_new_limits(ctx.store, ctx.clock)
        try:
            session = MockSession.create(ctx.store, ctx.scheduler, ctx.clock, settings, rng, limits)
        except StudyAppError as exc:  # NoQuestionsError: the ticked topics are empty
            self.show_write_error("Could not start the mock interview", exc)
            return False
        started = self._begin(session)
        from studyapp.ui.mock_start import start_words

        if started and (words := start_words(session.held_new, session.buried_asked)):
            self.status(words, 8000)
        return started

    def start_mock_on(self, question_ids: Sequence[str]) -> bool:
        """A mock interview over these questions in this order, with the remembered
        timing ("Mock on these" in the weak topics)."""
        ids = list(dict.fromkeys(question_ids))
        if not ids:
            return False
        from studyapp.core.mock import load_settings
        from studyapp.core.mock_settings import settings_over

        settings = settings_over(self.store, ids, load_settings(self.store))
        return self._begin(self._new_session(settings, ids))

    def resume_mock(self, session: MockSession) -> bool:
        """Continue a mock the app was closed in (MockSession.resume_unfinished) at its
        next question not yet answered."""
        if not self._begin(session):
            return False
        k, n = session.position()
        self.status(f"Mock interview resumed at question {k} of {n}.", 5000)
        return True

    def _microphone(self) -> str:
        """The microphone a spoken mock records on (Preferences; "": the system's)."""
        from studyapp.core.settings_schema import MICROPHONE, read

        return read(self.store, MICROPHONE)

    def _begin(self, session: MockSession) -> bool:
        if self.shell.mode is Mode.MOCK or self.refuse_if_read_only("A mock interview"):
            return False
        self.taking_over.emit()  # a study session stops, quietly
        try:
            session.start()
        except StudyAppError as exc:
            self.show_write_error("Could not start the mock interview", exc)
            return False
        if self.shell.on_main_page():
            self._qid_before_mock = self.pane.current_qid
        self.mock = session
        data = Path(self.store.path).parent  # recordings go beside the store
        self._voice = self.spoken.voice_for(self._microphone, data) or SILENT
        self.shell.show_main_page()
        self.shell.set_state(mode=Mode.MOCK, confirming_end=False)
        self.shell.set_mock_layout(True)
        self.mock_panel.show()
        self.timer_panel.close_end_question()
        self.shell.mode_label.setText("Mock interview")
        self._show_current()
        if self.mock is session:  # (not over at once)
            panel = self.mock_panel
            margins = panel.layout().contentsMargins()
            grading = panel.grading_row.minimumSizeHint().width()
            self.shell.fit_mock_width(
                max(
                    self.timer_panel.least_width(),
                    grading + margins.left() + margins.right(),
                )
            )
        self._timer.start()
        QTimer.singleShot(WARM_UP_MS, self, warm_up_key_points)
        return True

    # --- the running interview ---------------------------------------------------------

    def _show_current(self) -> None:
        """Show the session's question as it stands: asking (answer hidden, typing) or
        revealed (answer, key points, ratings); the summary once it is over."""
        session = self.mock
        assert session is not None
        question = session.current()
        if question is None:
            self._finish()
            return
        shell = self.shell
        self.pane.current_qid = question.id
        shell.answer.set_header(
            shell.answer.title_html(question.title, question.title_markup),
            f"{shell.model.topic_path(question.topic_id)}   ·   Mock interview",
            question.tags,  # as the pane shows them: "Difficulty::Hard" sets the bar
        )
        shell.setWindowTitle(f"Mock interview — {APP_TITLE}")
        panel = self.mock_panel
        if session.state == "asking":
            panel.show_asking(session.typed_answer, shell.answer.body_spare)
            # squeezed, the question and its answer box stay in sight (the box first)
            shell.main_page.keep_in_sight = (shell.answer.title, panel.typed)
            self._voice.ask(
                readable(question.title), session.session_id or 0, session.position()[0] - 1
            )
            shell.right_layout.setStretchFactor(shell.answer, 2)
            shell.right_layout.setStretchFactor(panel, 3)
            self.show_pause()
        else:
            self.pane.show_answer_html(question, highlighted=False)
            self._voice.keep_in(session)
            panel.show_grading(
                session.key_points(),
                session.measured_coverage(),
                note=session.note,
                typed=session.typed_answer,
                answer_spare=shell.answer.answer_spare,
            )
            # Laid out at the next turn: then the answer's box and its text are known.
            QTimer.singleShot(0, panel, panel.fit_grading)
            panel.set_recording(session.recording_path is not None)
            shell.main_page.keep_in_sight = (panel.grading_row,)  # the grades stay in sight
            shell.right_layout.setStretchFactor(shell.answer, 1)
            shell.right_layout.setStretchFactor(panel, 0)
            panel.set_paused(session.paused)
            # Space grades Good and 1–4 grade, as in study; after a time-up while typing
            # the read-only answer keeps the focus and swallows Space (MockPanel).
            if not panel.typing_has_focus():
                shell.answer.take_focus()
        self.timer_panel.show_session(session)
        self.push_state()

    def push_state(self) -> None:
        session = self.mock
        step = MockStep(session.state) if session is not None and session.is_active else None
        self.shell.set_state(
            mock_step=step or MockStep.NONE,
            confirming_end=self._timer_panel is not None and self._timer_panel.asking_end,
        )

    def show_pause(self) -> None:
        """Asking: the hidden answer's prompt, and the typing box waits while paused."""
        session = self.mock
        assert session is not None
        if session.state == "asking":
            show_asking(self.shell, self.pane, self.mock_panel, session)
        else:
            self.mock_panel.set_paused(session.paused)

    def tick_mock(self) -> None:
        """The QTimer's slot: when the countdown has run out, reveal as over time; then
        repaint. Tests call it after advancing their clock."""
        session = self.mock
        if self.shell.mode is not Mode.MOCK or session is None or not session.is_active:
            self._timer.stop()
            return
        if session.check_time(self.mock_panel.typed_text()):
            self._show_current()
            # Typing on in the answer box types nothing now (MockPanel): say what grades.
            keys = "Ctrl+1–4" if self.mock_panel.typing_has_focus() else "1–4"
            self.status(
                f"Time is up: this question is marked over time; grade it with {keys}.", 5000
            )
            self.keeper.report_draft_error(session)
        else:
            self.keeper.save_draft(session)  # the session decides when to write
            self.timer_panel.show_session(session)

    def _active(self, *states: str) -> MockSession | None:
        session = self.mock
        if self.shell.mode is not Mode.MOCK or session is None or self.timer_panel.asking_end:
            return None
        if states and session.state not in states:
            return None
        return session

    def running(self) -> MockSession | None:
        """The mock under way in the window, whether or not a question is open."""
        session = self.mock
        active = self.shell.mode is Mode.MOCK and session is not None and session.is_active
        return session if active else None

    def _on_typed(self, text: str) -> None:
        self.keeper.save_draft(self._active("asking"), typed=text)

    def _on_note(self, text: str) -> None:
        self.keeper.save_draft(self._active("revealed"), note=text)

    def mock_reveal(self) -> None:
        """Space / Ctrl+Enter: stop the question's clock and show the model answer with
        its key points, ticked where the typed answer covers them."""
        session = self._active("asking")
        if session is None:
            return
        session.reveal(self.mock_panel.typed_text())
        self._show_current()
        self.shell.answer.take_focus()  # from the answer box too: Space is Good now
        if session.overtime:
            self.status("Over time: the time had run out.", 5000)
        self.keeper.report_draft_error(session)

    def toggle_mock_point(self, index: int) -> float | None:
        """Tick or untick key point `index` by hand (kept with the draft at once: a
        resumed mock has it as left); returns the coverage now."""
        session = self._active("revealed")
        if session is None or not 0 <= index < len(session.key_points()):
            return None
        point = session.toggle_point(index)
        self.keeper.report_draft_error(session)
        self.mock_panel.set_tick(index, point.ticked)
        self.mock_panel.set_coverage(session.key_points(), session.measured_coverage())
        return session.coverage()

    def mock_grade(self, rating: int) -> int | None:
        """1–4 after the reveal: save the answer (time, overtime, rating, coverage, typed
        answer, note, and a review unless turned off) and ask the next question."""
        session = self._active("revealed")
        if session is None:
            return None
        question = session.current()
        try:
            answer_id = session.grade(rating, note=self.mock_panel.note_text())
        except StudyAppError as exc:
            self.show_write_error("Could not save the grade", exc)
            return None
        self.status(f"Saved: {RATING_NAMES[rating]}.", 3000)
        reviewed = session.settings.counts_as_review and question is not None
        # A buried question reviewed is unburied: all is counted again (as a study grade
        # that unburies does); else only its own row changes.
        ids = frozenset([question.id] if reviewed else [])
        self.changed.emit(Changes(ids, structure=session.unburied is not None, mocks=True))
        self._show_current()
        return answer_id

    def skip_mock_question(self) -> None:
        """S: move on without grading (saved as skipped, with what was typed)."""
        session = self._active("asking", "revealed")
        if session is None:
            return
        if session.state == "asking":
            session.typed_answer = self.mock_panel.typed_text()
            self._voice.keep_in(session)
        try:
            session.skip()
        except StudyAppError as exc:
            self.show_write_error("Could not skip the question", exc)
            return
        self.status("Skipped.", 3000)
        self._show_current()

    def toggle_mock_pause(self) -> None:
        """P: stop or restart the clocks (paused time counts nowhere)."""
        session = self._active("asking", "revealed")
        if session is None:
            return
        session.toggle_pause()
        if session.paused:
            self.keeper.save_draft(session, now=True)
        self.show_pause()
        self.timer_panel.show_session(session)

    def end_mock(self) -> None:
        """Esc: ask "end now?" in the timer panel, the clock stopped meanwhile; Enter
        ends, Esc again keeps going."""
        if self.running() is None:
            return
        if self.timer_panel.asking_end:
            self.cancel_end_mock()
        else:
            self.ask_first("end")

    def ask_first(self, kind: str) -> None:
        """Stop the clock and ask "end" or "quit" now in the timer panel (MockEnding)."""
        self.ending.ask(kind)

    def type_on(self, text: str) -> None:
        self.ending.type_on(text)

    def press_on(self, event: QKeyEvent) -> None:
        self.ending.press_on(event)

    def ask_to_quit(self) -> bool:
        """Ctrl+Q or the close button: during a mock, ask first (MockKeeper.ask_to_quit)."""
        return self.keeper.ask_to_quit()

    def _on_confirmed(self) -> None:
        """Enter on the timer panel's question: quit, or end the mock."""
        if self.timer_panel.asking == "quit":
            self.keeper.quit_now()
        else:
            self.end_mock_now()

    def _on_closing(self) -> None:
        self.keeper.save_draft(self.mock, now=True)
        self._voice.stop()
        self._voice = SILENT
        self._timer.stop()

    def cancel_end_mock(self) -> None:
        self.ending.cancel()

    def end_mock_now(self) -> MockSummary | None:
        """End the mock early, without asking: the question on screen kept as answered
        but not graded (typed, said or revealed), else not asked as the rest
        (MockSession.end). Shows and returns the summary."""
        session = self.mock
        if self.shell.mode is not Mode.MOCK or session is None or not session.is_active:
            return None
        self.timer_panel.close_end_question()
        self.mock_panel.show_question_asked("")
        if session.state == "asking":  # what was typed or said so far goes with it
            session.typed_answer = self.mock_panel.typed_text()
            self._voice.keep_in(session)
        else:  # revealed: answered, not graded, its note kept with it
            session.note = self.mock_panel.note_text()
        try:
            session.end()
        except StudyAppError as exc:
            self.show_write_error("Could not end the mock interview", exc)
            return None
        return self._finish()

    def _finish(self) -> MockSummary:
        session = self.mock
        assert session is not None
        self._timer.stop()
        self._voice.stop()
        self._voice = SILENT
        self.mock = None
        self.shell.set_state(mode=Mode.BROWSE, mock_step=MockStep.NONE, confirming_end=False)
        self.mock_panel.hide()
        self.shell.set_mock_layout(False)
        self.shell.mode_label.setText("")
        self.pages.last_run = session
        summary = session.summary()
        self._show_summary(summary, session.settings)
        self.changed.emit(Changes(mocks=True))
        return summary

    # --- after a mock: summary and history ---------------------------------------------

    def _show_summary(self, summary: MockSummary, settings: MockSettings) -> None:
        from studyapp.core.mock_results import summary_words

        self.pages.show_summary(summary, settings, summary_words(self.store, summary, settings))

    def show_past_mock(self, session_id: int) -> None:
        """The summary of a session from the history."""
        from studyapp.core.mock_results import past_mock

        ctx = self.ctx
        past = past_mock(ctx.store, session_id, ctx.clock.now(), ctx.scheduler)
        if past is not None:
            self.pages.last_run = None
            self._show_summary(past.summary, past.settings)

    def show_mock_history(self) -> None:
        """Ctrl+H: past sessions with their scores and the trend."""
        if self.shell.mode is Mode.MOCK:
            return
        self.taking_over.emit()
        from studyapp.core.mock import mock_history

        self.pages.show_history(mock_history(self.store))

    def retry_weak_mock(self) -> bool:
        """Ctrl+R on a summary: a new mock over its weak questions, weakest first."""
        if self.shell.mode is Mode.MOCK:
            return False
        session = self.pages.weak_retry(self._new_session)
        return session is not None and self._begin(session)

    def _new_session(self, settings: MockSettings, ids: Sequence[str]) -> MockSession:
        from studyapp.core.mock import MockSession

        return MockSession(self.store, self.ctx.scheduler, self.ctx.clock, settings, ids)

    def leave_mock_pages(self) -> None:
        """Esc on the summary or the history: back to the question browsed before. On
        the weak-topics or statistics tab: back to the questions tab as it was."""
        shell = self.shell
        if shell.mode is not Mode.MOCK and shell.current_tab() is not Tab.QUESTIONS:
            shell.show_tab(Tab.QUESTIONS)
            return
        if shell.mode is Mode.MOCK or shell.state.page is Page.ANSWER:
            return
        shell.show_main_page()
        self.back_requested.emit(self._qid_before_mock)

    # --- spoken mocks (the optional voice extra) ----------------------------------------

    @property
    def spoken(self) -> SpokenMocks:
        """The voice side, made when a mock is first set up (start-up loads none of it)."""
        if self._spoken is None:
            from studyapp.ui.mock_voice import SpokenMocks

            self._spoken = SpokenMocks(self.ctx.settings, self.make_voice_kit)
        return self._spoken

    def play_recording(self, path: str | None) -> bool:
        """Play a spoken answer back (after the reveal, or from the summary)."""
        if not path or not self.spoken.play(path):
            self.status("This recording cannot be played here.", 4000)
            return False
        return True

    def forget(self) -> None:
        """The store was replaced (a restore): the last session belonged to the old one."""
        self.pages.last_run = None

    # --- a mock the app was closed in --------------------------------------------------

    def offer_resume(self, ask: Callable[[str], str | None]) -> str | None:
        """The app was closed during a mock: ask to resume it (MockKeeper.offer_resume).
        While it asks, no answer shows behind the question: the question on screen (the
        one browsed last) may be one the mock is still to ask."""

        def veiled(text: str) -> str | None:
            with self.pane.veiled(RESUME_VEIL):
                return ask(text)

        left = unfinished_mock(self.ctx)
        return self.keeper.offer_resume(left, veiled) if left is not None else None


def unfinished_mock(ctx: AppContext) -> Unfinished | None:
    """The mock interview the app was closed in, if one can be resumed (read at the
    start, for `MockKeeper.offer_resume`)."""
    store = ctx.store
    try:
        if store.unfinished_mock() is None:  # most starts: core.mock stays unloaded
            return None
        from studyapp.core.mock import MockSession

        session = MockSession.resume_unfinished(store, ctx.scheduler, ctx.clock)
    except (StudyAppError, KeyError, ValueError) as exc:
        print(
            f"studyapp: the unfinished mock interview cannot be resumed: {exc}",
            file=sys.stderr,
        )
        return None
    if session is None or session.session_id is None:
        return None
    record = store.mock_session(session.session_id)
    skipped = sum(a.rating is None for a in store.mock_answers(session.session_id))
    return Unfinished(session, record.started_at_ms if record is not None else None, skipped)

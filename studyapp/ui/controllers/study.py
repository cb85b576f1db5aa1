"""Studying: a core `StudySession` over the due questions of the selection (or all,
or chosen questions), shown with the answer hidden until Space; 1–4 grade it and
the next one shows; Ctrl+Z takes the last grade back (the window's one history,
ctx.undo: after the session ended too, the session going on there); Esc stops.

Each grade is committed before the next question shows, and `changed` says which
question it was, so the tree updates that question's row only.

As in Anki, a question graded Again (or still in its learning steps) comes back in
the session when its step is due; when nothing else is left, a step due within the
learn-ahead limit (Preferences, 20 minutes by default) shows at once. When only steps
due later are left, the panel says when the next one shows and offers to end the
session: one single-shot timer is set to that moment (nothing polls), and the
question shows when it fires (ui.step_wait).
The grading panel shows the session's new / learning / review counts. A session
takes no more new questions and reviews from each deck than that deck's daily limits
still allow today (Preferences; as in Anki, the limits are per deck). A change of the
daily limits or of the learn-ahead limit in Preferences applies to the open session at
once (`plan_changed`), as in Anki.

A session stays open across midnight: when the study day rolls over (local midnight,
`core.study.study_day`) the session takes the new day's limits and builds its queue
again, so what was buried comes back, the new day's new questions join and reviews
due by then are in. One single-shot timer is set to the next day's start (at most an
hour ahead, so a computer that slept is caught up), and the day is checked again
whenever the session shows something. The same timer tells the rest of the window
(`day_changed`: the statistics' "today" starts afresh); it runs while a session is
open and, once something follows the day (`follow_day`: the statistics were shown),
from then on.

Browsing away from a session pauses it, Space goes back to it (ui.session_pause).

A buried question graded (in "Study these", which studies chosen questions buried or
not) is no longer buried: it was studied after all, and its row says so.

"-" buries the question (Anki's Bury): hidden from study and from the due and new
counts until the next day starts (local midnight, where the daily limits start
again), then back by itself. In a session the next question shows and Ctrl+Z takes
the bury back as it takes a grade back. While browsing, Bury (the Study menu, the
tree's right-click menu; "-" is the tree's collapse there) buries the selected
question or takes a buried one back, and Ctrl+Z undoes either (ui.set_aside, which
also offers Unbury on a session's last page).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal

from studyapp.core.format import plural
from studyapp.core.model import StudyAppError
from studyapp.core.scheduler import RATING_NAMES
from studyapp.core.settings_schema import load_settings
from studyapp.ui.controllers.base import AppContext, Changes, Controller
from studyapp.ui.key_hints import KeyHints
from studyapp.ui.main_window import APP_TITLE, MainWindow
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.session_pause import Held, SessionPause
from studyapp.ui.set_aside import BURIED, SetAside, aside_words
from studyapp.ui.step_wait import StepWait
from studyapp.ui.study_pages import done_words
from studyapp.ui.topic_tree import QUESTION, TOPIC
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    # core.study (the session) is imported when a session starts: not needed to start.
    from studyapp.core.study import DeckLimits, StudySession


DAY_CHECK_MAX_MS = 3_600_000  # the study day is looked at again at least hourly


class StudyController(Controller):
    changed = Signal(object)  # Changes: a grade or an undo
    preferences_requested = Signal()  # "Raise the daily limits…" on the done page
    today_changed = Signal()  # more new questions today ("More new today…")
    stopped = Signal()  # the session ended (not quietly): browsing shows where it was
    weak_topics_requested = Signal()  # "See the weak topics" when a chosen set is done
    day_changed = Signal()  # the study day rolled over (local midnight)
    started = Signal(str)  # a session began (or resumed): what it studies, as the bar says

    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
        self.session: StudySession | None = None
        self._scope_name = "this topic"
        self._all = False
        self._chosen = False  # the session is over chosen questions ("study these")
        # Where the session waits while the person browses (`step_away`), until resumed.
        self.pause = SessionPause(shell, can_start=self._can_start, begin=self._begin)
        # Bury while browsing, Unbury
        self.aside = SetAside(
            ctx, shell, self, self.pause, burial=lambda: self.store, changed=self.changed.emit
        )
        # The page shown while only learning steps due later are left, and its timers.
        self.waiting = StepWait(
            ctx.clock,
            shell,
            active=self._active,
            due=self._show_current,
            end=self.stop_study,
            parent=self,
        )
        # Set to the next study day's start while a session is open (see the module).
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self._day_over)
        self._day: date | None = None  # the study day last seen
        self._day_followed = False  # `follow_day`: the timer runs without a session too
        grading = shell.grading
        grading.study_clicked.connect(lambda: self.start_study(all_topics=False))
        grading.reveal_clicked.connect(self.reveal)
        grading.grade_clicked.connect(self.grade)
        grading.stop_clicked.connect(self.stop_study)
        self.key_hints = KeyHints(ctx, shell, self)  # 1–4 and Space where they cannot act
        shell.tree.move_held.connect(self._say_tree_held)
        # (after browsing's own, which puts the keys in the results: app.py makes it first)
        shell.search.leave_requested.connect(self._keys_back)

    def _scope(self, all_topics: bool) -> tuple[int | None, int | None, str]:
        """(deck id, topic id, name) of what "Study due" should walk."""
        node = None if all_topics else self.shell.tree.current_node()
        model = self.shell.model
        if node is None:
            return None, None, "all topics"
        # (with its deck: many decks have a "General", and "Studying: General" said
        # nothing of which)
        if node.kind == QUESTION:
            assert node.question is not None
            topic_id = node.question.topic_id
            return None, topic_id, model.topic_path(topic_id, with_deck=True)
        if node.kind == TOPIC:
            return None, node.key, model.topic_path(node.key, with_deck=True)
        return node.key, None, node.name

    def _can_start(self) -> bool:
        return self.shell.mode is not Mode.MOCK and not self.refuse_if_read_only("Studying")

    def start_study(self, *, all_topics: bool = False, exactly: bool = False) -> None:
        """Walk the due questions of the selection (or all), then the new ones: the
        paused session, where it was, when it studies them (`resumes`)."""
        if not self._can_start():
            return
        if self.pause.resumes(all_topics, exactly=exactly):
            self.pause.resume()
            return
        self.stop_study(quiet=True)  # a paused session: another is asked for
        self.shell.show_main_page()
        deck_id, topic_id, name = self._scope(all_topics)
        from studyapp.core.study import StudySession

        ctx = self.ctx
        session = StudySession(
            ctx.store,
            ctx.scheduler,
            ctx.clock,
            deck_id=deck_id,
            topic_id=topic_id,
            limits=self.todays_limits(),
            learn_ahead=self._learn_ahead(),
        )
        self._begin(session, name, all_topics or (deck_id is None and topic_id is None))

    def start_study_on(self, question_ids: Sequence[str], name: str = "") -> bool:
        """A study session over exactly these questions, in this order, due or not
        ("Study these" in the weak topics, a topic's bar in the statistics); `name`
        is what the status bar says is being studied."""
        model = self.shell.model
        ids = [q for q in dict.fromkeys(question_ids) if model.question(q) is not None]
        if not ids or not self._can_start():
            return False
        self.stop_study(quiet=True)  # (the one on, or paused)
        self.shell.show_main_page()
        from studyapp.core.study import StudySession

        ctx = self.ctx
        session = StudySession(
            ctx.store, ctx.scheduler, ctx.clock, question_ids=ids, learn_ahead=self._learn_ahead()
        )
        self._begin(session, name or plural(len(ids), "question"), False, chosen=True)
        return True

    def todays_limits(self) -> DeckLimits:
        """What the daily limits (Preferences) still allow today in each deck, from
        today's reviews."""
        from studyapp.core.study import todays_limits_in

        store = self.ctx.store
        clock = self.ctx.clock
        return todays_limits_in(store, load_settings(store), clock.now(), clock.timezone())

    def _learn_ahead(self) -> timedelta:
        """The learn-ahead limit (Preferences): a learning step due within it shows at
        once when nothing else is left, as in Anki."""
        from studyapp.core.study import learn_ahead_in

        return learn_ahead_in(load_settings(self.ctx.store))

    def plan_changed(self) -> None:
        """The daily limits or the learn-ahead limit changed (Preferences): the open
        session follows at once (an ended one that Ctrl+Z resumes, when it resumes)."""
        if self.session is not None:
            self._renew(self.session)
        if self._active() is not None:
            self._show_current()

    def scheduling_changed(self) -> None:
        """Preferences replaced the scheduler (steps, retention, weights): the open
        session (an ended one that Ctrl+Z resumes, when it resumes) grades with it
        from the next grade, and the buttons show its intervals at once."""
        if self.session is not None:
            self.session.use_scheduler(self.ctx.scheduler)
        if self._active() is not None:
            self._show_current()

    def _renew(self, session: StudySession) -> None:
        """The session's limits and learn-ahead as Preferences and today's reviews say
        now; its queue built again with them."""
        session.learn_ahead = self._learn_ahead()
        session.set_limits(None if session.question_ids is not None else self.todays_limits())

    def follow_day(self) -> None:
        """Something shows today's figures (the statistics): the day timer runs from
        now on, session or not, and `day_changed` says when the day rolls over."""
        self._day_followed = True
        self._arm_day_timer()

    def _new_day(self) -> bool:
        """The study day changed since it was last seen: `day_changed` says so."""
        from studyapp.core.study import study_day

        today, seen = study_day(self.ctx.clock), self._day
        self._day = today
        if seen is None or seen == today:
            return False
        self.day_changed.emit()
        return True

    def _roll_over(self) -> bool:
        """A new study day since the session's limits were counted: the new day's
        limits, the queue built again (buried questions back). True if it rolled."""
        from studyapp.core.study import study_day

        self._new_day()
        session = self.session
        if session is None or session.day == study_day(self.ctx.clock):
            return False
        self._renew(session)
        self.status("A new study day: today's questions are in the session.", 5000)
        return True

    def _arm_day_timer(self) -> None:
        """One timer to the next study day's start (capped: checked at least hourly),
        while a session is open or something follows the day."""
        from studyapp.core.study import next_day_start, study_day

        if self.session is None and not self._day_followed:
            self.day_timer.stop()
            return
        clock = self.ctx.clock
        if self._day is None:
            self._day = study_day(clock)
        wait_ms = (next_day_start(clock) - clock.now()).total_seconds() * 1000
        self.day_timer.start(int(min(max(wait_ms, 0) + 50, DAY_CHECK_MAX_MS)))

    def _day_over(self) -> None:
        """The day timer fired: a new day is said (`day_changed`) and rolls the
        session over; the question on screen stays, only the counts change (the
        answer being read is not redrawn)."""
        session = self._active()
        if session is None:
            self._new_day()
            self._arm_day_timer()
            return
        showing = self.pane.current_qid
        if self._roll_over():
            question = session.current()
            if question is not None and question.id == showing:
                self._show_counts(session, question.id)
            else:
                self._show_current()
        self._arm_day_timer()

    def _begin(self, session: StudySession, name: str, all_topics: bool, *, chosen: bool = False):
        self.session = session
        self._scope_name = name
        self._all = all_topics
        self._chosen = chosen
        self.pause.let_go()
        self._arm_day_timer()
        self.shell.set_state(mode=Mode.STUDY, session_paused=False)
        self.shell.statusBar().clearMessage()  # "Study session ended…" is over now
        self._show_current()
        self.started.emit(name)
        self.shell.answer.take_focus()  # study keys and arrows go to the answer, not the tree

    def _show_current(self) -> None:
        session = self.session
        assert session is not None
        self.waiting.stop()
        # A key in the tree moves nowhere while the session is on (`_show_done` lets
        # go): it ended the session and showed the next question's answer in full.
        self.shell.tree.hold_moves(True)
        if self._roll_over():  # the day ended while nothing was looked at (asleep?)
            self._arm_day_timer()
        question = session.current()
        # What the status bar says follows the page: "Studying: …" stayed up beside
        # "Today's plan is done", as if the session went on.
        self.shell.mode_label.setText(f"Studying: {self._scope_name}")
        if question is None:
            until = session.waiting_until()
            if until is None:
                self.shell.mode_label.setText(f"Session finished: {self._scope_name}")
                self._show_done()
            else:
                self.pane.current_qid = None
                self.waiting.show(session, until, self._scope_name)
        else:
            self.shell.tree.keep_shown(question.id)  # in the tree, marked, searched or not
            self.pane.select(question.id)
            session.show()
            self.pane.display(question, reveal=session.revealed)
            self._show_counts(session, question.id)
        self.shell.set_state(
            on_question=question is not None,
            revealed=question is not None and session.revealed,
        )

    def _show_counts(self, session: StudySession, qid: str) -> None:
        """The grading panel for the question on screen: its counts, and the grades
        once it is revealed."""
        kind = self._kind_of(qid)
        if session.revealed:
            self.shell.grading.show_grades(session.intervals(), session.counts(), kind)
        else:
            self.shell.grading.show_hidden(session.counts(), kind)

    def _kind_of(self, qid: str) -> str:
        """ "new", "learning" or "review": which count the question on screen is in."""
        phase = self.ctx.scheduler.phase(self.ctx.store.card_json(qid))
        return {"new": "new", "review": "review"}.get(phase, "learning")

    def _show_done(self) -> None:
        self.pane.current_qid = None
        name = self._scope_name
        held = self.session.held_back if self.session is not None else None
        limited = not self._chosen and held is not None and held.total > 0
        self.shell.setWindowTitle(APP_TITLE)
        self.shell.answer.set_header(
            "Today's plan is done" if limited else "Nothing left to study", name
        )
        actions: list[tuple[str, Callable[[], Any]]] = []
        if self._chosen:
            actions.append(("See the weak topics", self._stop_for_weak_topics))
        elif limited:
            actions.append(("Raise the daily limits…", self.preferences_requested.emit))
            if held is not None and held.new:  # Anki's "increase today's new card limit"
                actions.append(("More new today…", self._more_new_today))
        elif not self._all:
            actions.append(("Study all topics", lambda: self.start_study(all_topics=True)))
        aside = self.aside.here(self.session)  # buried or suspended here: said, Unbury offered
        if aside.buried:
            actions.insert(len(actions) if limited else 0, self.aside.unbury_button(aside))
        actions.append(("Back to browsing", self.stop_study))
        set_aside = bool(aside.buried or aside.suspended)
        text = done_words(name, held, chosen=self._chosen, limited=limited, aside=set_aside)
        text += aside_words(aside, self.shell.key_text("suspend"))
        buttons = self.shell.answer.show_notice(text, actions, focus_first=False)
        self.shell.grading.show_done("Session finished")
        self.shell.tree.hold_moves(False)  # nothing left to spoil: the arrows browse on
        if self._keys_in_pane():
            # The last card is done: Return presses the page's first button (raise the
            # limits, study all…), and the arrows browse on in the tree from there.
            from studyapp.ui.button_keys import send_arrows

            for button in buttons:
                send_arrows(button, self.shell.tree)
            buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _more_new_today(self) -> None:
        from studyapp.core.daily_plan import add_new_today, study_day
        from studyapp.ui.more_new import ask_more_new_today

        def allow(count: int) -> int:
            return add_new_today(self.store, study_day(self.ctx.clock), count)

        if self.refuse_if_read_only("Studying"):
            return
        if ask_more_new_today(self.ctx.messages.ask_text, allow, self.status):
            self.today_changed.emit()  # the status bar's "(3 today)"
            self.plan_changed()  # the session takes them at once

    def _keys_back(self) -> None:
        """Esc, Down or Enter in the search field during the session: the keys go back
        to the answer pane, where the session put them, so Down after Ctrl+F, Esc does
        what it did before Ctrl+F (the tree holds its moves meanwhile)."""
        if self._active() is not None and self.shell.tree.moves_held():
            self.shell.answer.take_focus()

    def _say_tree_held(self) -> None:
        """A key pressed in the tree during the session moved nothing: say why."""
        if self._active() is not None:
            keys = self.shell.key_text("stop")
            self.status(f"The tree stays on the session's question: {keys} stops studying.", 5000)

    def _keys_in_pane(self) -> bool:
        """The keys go to the answer pane's faces (or nowhere): where a session put them."""
        focused = self.shell.focusWidget()
        return focused is None or not focused.isVisible() or self.shell.answer.has_focus()

    def _keys_to_tree(self) -> None:
        """Browsing goes on in the tree: Up, Down and End move there, as the help
        says, instead of reaching a face of the answer pane the session showed (they
        did nothing after Esc)."""
        self.shell.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _active(self) -> StudySession | None:
        if self.shell.mode is not Mode.STUDY:
            return None
        return self.session

    def reveal(self) -> None:
        session = self._active()
        if session is None or session.current() is None or session.revealed:
            return
        session.reveal()
        self.key_hints.clear()
        self._show_current()
        self.shell.answer.take_focus()

    def grade(self, rating: int) -> int | None:
        """Grade the question on screen (1–4) and show the next one. Returns the review id."""
        session = self._active()
        if session is None or not session.revealed:
            return None
        question = session.current()
        if question is None:
            return None
        try:
            review_id = session.grade(rating)
        except StudyAppError as exc:
            self.show_write_error("Could not save the grade", exc)
            return None
        self._remember(session)
        # A buried question graded is unburied: the figures that leave it out are
        # counted again (as after a bury); else only its own row changes.
        buried = session.buried_changed()
        self.changed.emit(Changes(frozenset({question.id}), structure=buried))
        self._show_current()
        graded = f"Graded {RATING_NAMES[rating]}."
        if self.pane.current_qid == question.id and self._active() is not None:
            # The same question at once (learn ahead): it looks as it did before the
            # grade, as if the grade had not been taken.
            graded += " Nothing else is left, so it comes back now, a little early."
            self.status(graded, 6000)
        else:
            self.status(graded, 3000)
        return review_id

    # --- bury ---------------------------------------------------------------------------

    def bury(self) -> None:
        """Bury ("-" in a session): the question on screen in a session (the next one
        shows), or the selected one while browsing (a buried one is taken back)."""
        if self.refuse_if_read_only("Burying"):
            return
        if self.shell.mode is Mode.STUDY:
            self._bury_in_session()
        elif self.shell.mode is Mode.BROWSE:
            self.aside.bury_selected()

    def _bury_in_session(self) -> None:
        from studyapp.core.study import next_day_start

        session = self._active()
        if session is None or session.current() is None:
            return
        try:
            session.bury(next_day_start(self.ctx.clock))  # back when the next day starts
        except StudyAppError as exc:
            self.show_write_error("Could not bury the question", exc)
            return
        self._remember(session)
        self.key_hints.clear()
        self.status(f"{BURIED} (Ctrl+Z undoes).", 5000)
        self.changed.emit(Changes(structure=True))  # out of the counts: counted again
        self._show_current()

    def _remember(self, session: StudySession) -> None:
        """A grade or bury of `session`: Ctrl+Z takes it back in its turn among all
        that is done in the window (ctx.undo), after the session ended too."""
        where = Held(session, self._scope_name, self._all, self._chosen)
        self.ctx.undo.push("study", ("session", where))

    def undo_step(self, step: tuple[str, Any]) -> None:
        """Ctrl+Z: one of this controller's steps, the most recent of the window's
        history, taken back: a session's grade or bury (that session goes on, on that
        question, if it ended or another began since, as Anki's Undo Review), or a
        bury or unbury made while browsing."""
        kind, what = step
        if kind == "session":
            self._undo_in(what)
        else:  # (ui.set_aside)
            self.aside.undo(kind == "buried", what)

    def _undo_in(self, where: Held) -> None:
        session = where.session
        if self._active() is not session:
            if not self._can_start():  # (it said why) the step waits for a later Ctrl+Z
                self.ctx.undo.push("study", ("session", where))
                return
            if self.shell.mode is Mode.STUDY:
                self.stop_study(quiet=True)
            self.shell.show_main_page()
            # As it would be had it stayed open: today's limits and Preferences' steps,
            # the queue built again (edits, imports, other sessions' grades since).
            session.use_scheduler(self.ctx.scheduler)
            self._renew(session)
            self._begin(session, where.name, where.all_topics, chosen=where.chosen)
        what = "Bury" if session.undo_kind() == "bury" else "Grade"
        try:
            question = session.undo()
        except (StudyAppError, ValueError, KeyError) as exc:
            self.show_write_error(f"Could not undo the {what.lower()}", exc)
            return
        if session.limits_stale:  # a grade from before a rollover or a new limit
            self._renew(session)
        self.shell.set_state(mode=Mode.STUDY)
        if question is not None:
            self.changed.emit(Changes(frozenset({question.id}), structure=session.buried_changed()))
        self.status(
            f"{what} undone." if question is not None else f"{what} undone (question gone).", 3000
        )
        self._show_current()

    def _stop_for_weak_topics(self) -> None:
        self.stop_study()
        self.weak_topics_requested.emit()

    def resume(self) -> None:
        """Space while a session is paused: back to it (`SessionPause.resume`)."""
        self.pause.resume()

    def step_away(self) -> None:
        """The person browsed away from the session on show: a session with questions
        left is paused (ui.session_pause), one with nothing left ends."""
        session = self._active()
        if session is None:
            return
        if session.is_finished():
            self.stop_study(quiet=True)
            self.status("Study session ended: browsing.", 4000)
            return
        self.waiting.stop()
        self.pause.hold(Held(session, self._scope_name, self._all, self._chosen))

    def stop_study(self, *, quiet: bool = False) -> None:
        """Esc: the session ends (the one on show, or one paused while browsing)."""
        if self.pause.paused:  # Esc while browsing, or another session asked for
            self.session = None
            self._arm_day_timer()
            self.pause.end(quiet=quiet)
            return
        if self.shell.mode is not Mode.STUDY:
            return
        self.waiting.stop()
        self.session = None
        self.shell.tree.hold_moves(False)
        self._arm_day_timer()  # stopped, unless the day is followed
        in_pane = self._keys_in_pane()
        self.shell.set_state(mode=Mode.BROWSE, on_question=False, revealed=False)
        self.shell.mode_label.setText("")
        if not quiet:
            self.stopped.emit()  # browsing shows the question the session was on
            if in_pane:
                self._keys_to_tree()

    def stop_quietly(self) -> None:
        self.stop_study(quiet=True)

    def reload(self) -> None:
        """The store's questions changed (an import): the session drops what is gone."""
        if self.session is not None:
            self.session.reload()
            if self.shell.mode is Mode.STUDY:
                self._show_current()

    def bring_back(self, qid: str) -> None:
        """A suspension of the question was undone: it is the session's question on
        screen again (core.study.bring_forward)."""
        session = self.session
        if session is not None and self.shell.mode is Mode.STUDY and session.bring_forward(qid):
            self._show_current()

    def forget(self) -> None:
        """The store was replaced (a restore): the session belonged to the old one."""
        self.stop_study(quiet=True)
        self.waiting.stop()
        self.session = None
        self._arm_day_timer()

"""A study session paused while the person browses: a row of the tree clicked in a
session (a question opened from the weak topics, a search made on its last page)
had ended it without asking, its queue, counts and undo gone with it, so Space then
only gave a hint and Study began another. Now browsing pauses it: its queue, counts,
timer and undo are kept, the status bar says how to go back, and Space (Resume Study
Session) goes back to it where it was, the answer revealed or not. The question's
answer time stops while the person browses: its review records the time it was on
screen, not the browsing too.

Study on what the paused session studies (Ctrl+D on one of its topics or questions,
Ctrl+Shift+D after Study All Due) goes back to it too; asking for something else
(another topic, chosen questions, a mock) starts that instead, and Esc ends the
paused session. A session with nothing left ends when browsed away from.

`SessionPause` is the study controller's (ui.controllers.study), a part of it kept
apart: it reads and sets the controller's session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from studyapp.core.study import StudySession
    from studyapp.ui.main_window import MainWindow


class SessionPause:
    """The pause of `StudyController`'s session (see the module)."""

    shell: MainWindow
    session: StudySession | None
    _paused: bool
    _scope_name: str
    _all: bool
    _chosen: bool

    if TYPE_CHECKING:  # the controller's own, which this calls

        def _active(self) -> StudySession | None: ...
        def _can_start(self) -> bool: ...
        def _begin(self, session: StudySession, name: str, all_topics: bool, **kw: Any) -> Any: ...
        def _stop_waiting(self) -> None: ...
        def _arm_day_timer(self) -> None: ...
        def stop_study(self, *, quiet: bool = False) -> None: ...
        def status(self, text: str, ms: int = 4000) -> None: ...

    def step_away(self) -> None:
        """The person browsed away from the session on show: a session with questions
        left waits, its queue, counts, timer and undo kept, until `resume`; one with
        nothing left ends."""
        session = self._active()
        if session is None:
            return
        if session.is_finished():
            self.stop_study(quiet=True)
            self.status("Study session ended: browsing.", 4000)
            return
        self._stop_waiting()
        session.pause()  # the question's answer time stops until Space goes back
        self._paused = True
        self.shell.tree.hold_moves(False)
        self.shell.set_state(
            mode=Mode.BROWSE, on_question=False, revealed=False, session_paused=True
        )
        self.shell.mode_label.setText(f"Paused: {self._scope_name}")
        self.status(self.paused_words(), 10000)

    def paused_words(self) -> str:
        """What the status bar says while a session is paused: how to go back."""
        resume, stop = (self.shell.key_text(action) for action in ("resume", "stop"))
        return (
            f"Study session paused while you browse: {resume} goes back to it where it"
            f" was, {stop} ends it."
        )

    def resume(self) -> None:
        """Space while a session is paused: back to it, on the question it was on."""
        session = self.session
        if not self._paused or session is None or not self._can_start():
            return
        self.shell.show_main_page()
        self._begin(session, self._scope_name, self._all, chosen=self._chosen)

    def resumes(self, all_topics: bool, *, exactly: bool = False) -> bool:
        """Whether Study (of the selection, or of all topics) asks for what the paused
        session studies: then it goes back to that session. Study asks for what is
        selected, so only the session's own scope goes back to it (its topic or deck,
        or a question of it, whose Study is its topic's); a narrower or another one is
        started, the paused session ending, as Study All Due alone goes back to a
        paused Study All Due. `exactly`: a topic's own "Study this topic", which
        asks for that topic, not for a question in it."""
        session = self.session
        if not self._paused or session is None:
            return False
        if self._all:
            return all_topics
        node = None if all_topics else self.shell.tree.current_node()
        if session.question_ids is not None:
            return node is not None and node.kind == QUESTION and node.key in session.question_ids
        if node is not None and node.kind == QUESTION and not exactly:
            node = self.shell.model.parent_node(node)  # a question: its topic's Study
        if node is None or node.kind not in (TOPIC, DECK):
            return False
        return node.key == (session.topic_id if node.kind == TOPIC else session.deck_id)

    def _end_paused(self, *, quiet: bool) -> None:
        """Esc while a session is paused, or another asked for: it ends."""
        self._paused = False
        self.session = None
        self._arm_day_timer()
        self.shell.set_state(session_paused=False)
        self.shell.mode_label.setText("")
        if not quiet:
            self.status("Study session ended.", 4000)

    def _paused_follows(self) -> None:
        """A bury or unbury while a session is paused: its queue follows (the question
        it was on, buried, is not shown again when it resumes)."""
        if self._paused and self.session is not None:
            self.session.reload()

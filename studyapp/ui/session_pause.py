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

The study controller (ui.controllers.study) owns one `SessionPause`: it hands over
the session it pauses (`hold`), and the pause holds it, with what it studies, until
it resumes through the callables the controller gave it or the controller ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from studyapp.core.study import StudySession
    from studyapp.ui.main_window import MainWindow


class Held(NamedTuple):
    """A session and what it studies, as the controller begins it again: paused
    here, or remembered with a grade for Ctrl+Z (the controller's undo steps)."""

    session: StudySession
    name: str  # what the status bar says it studies
    all_topics: bool  # Study All Due
    chosen: bool  # chosen questions ("Study these")


class Begin(Protocol):
    """How the controller shows a session again: `chosen` by name, as the two bools
    beside each other are easy to swap."""

    def __call__(
        self, session: StudySession, name: str, all_topics: bool, *, chosen: bool = False
    ) -> object: ...


class SessionPause:
    """The pause of the study controller's session (see the module)."""

    def __init__(
        self,
        shell: MainWindow,
        *,
        can_start: Callable[[], bool],
        begin: Begin,
    ) -> None:
        """`can_start`: whether a session may be shown now (it says why not);
        `begin`: show a session (its name, all topics, chosen) where it was."""
        self.shell = shell
        self._can_start = can_start
        self._begin = begin
        self.held: Held | None = None  # the session waiting while the person browses

    @property
    def paused(self) -> bool:
        return self.held is not None

    def hold(self, held: Held) -> None:
        """The person browsed away from the session on show, with questions left: it
        waits, its queue, counts, timer and undo kept, until `resume`."""
        held.session.pause()  # the question's answer time stops until Space goes back
        self.held = held
        self.shell.tree.hold_moves(False)
        self.shell.set_state(
            mode=Mode.BROWSE, on_question=False, revealed=False, session_paused=True
        )
        self.shell.mode_label.setText(f"Paused: {held.name}")
        self.shell.status(self.paused_words(), 10000)

    def paused_words(self) -> str:
        """What the status bar says while a session is paused: how to go back."""
        resume, stop = (self.shell.key_text(action) for action in ("resume", "stop"))
        return (
            f"Study session paused while you browse: {resume} goes back to it where it"
            f" was, {stop} ends it."
        )

    def resume(self) -> None:
        """Space while a session is paused: back to it, on the question it was on."""
        held = self.held
        if held is None or not self._can_start():
            return
        self.shell.show_main_page()
        self._begin(held.session, held.name, held.all_topics, chosen=held.chosen)

    def resumes(self, all_topics: bool, *, exactly: bool = False) -> bool:
        """Whether Study (of the selection, or of all topics) asks for what the paused
        session studies: then it goes back to that session. Study asks for what is
        selected, so only the session's own scope goes back to it (its topic or deck,
        or a question of it, whose Study is its topic's); a narrower or another one is
        started, the paused session ending, as Study All Due alone goes back to a
        paused Study All Due. `exactly`: a topic's own "Study this topic", which
        asks for that topic, not for a question in it."""
        if self.held is None:
            return False
        session = self.held.session
        if self.held.all_topics:
            return all_topics
        node = None if all_topics else self.shell.tree.current_node()
        if session.question_ids is not None:
            return node is not None and node.kind == QUESTION and node.key in session.question_ids
        if node is not None and node.kind == QUESTION and not exactly:
            node = self.shell.model.parent_node(node)  # a question: its topic's Study
        if node is None or node.kind not in (TOPIC, DECK):
            return False
        return node.key == (session.topic_id if node.kind == TOPIC else session.deck_id)

    def let_go(self) -> None:
        """The session is shown again, or another one is: nothing waits."""
        self.held = None

    def end(self, *, quiet: bool) -> None:
        """Esc while a session is paused, or another asked for: it ends (the controller
        lets go of the session itself)."""
        self.held = None
        self.shell.set_state(session_paused=False)
        self.shell.mode_label.setText("")
        if not quiet:
            self.shell.status("Study session ended.", 4000)

    def follow(self) -> None:
        """A bury or unbury while a session is paused: its queue follows (the question
        it was on, buried, is not shown again when it resumes)."""
        if self.held is not None:
            self.held.session.reload()

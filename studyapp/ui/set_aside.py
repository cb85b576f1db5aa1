"""Questions set aside outside a session's queue: Bury while browsing (and its undo),
and what a session's last page says of those set aside in what it studied.

The "All caught up" page said "No question here is due and none is new." while the
tree listed a question of that topic as Buried, with no way to have it back from
there. As Anki's congratulations page ("some cards are buried … Unbury"), it says
how many questions there are buried until tomorrow, with Unbury (Ctrl+Z takes that
back), and how many are suspended (never studied until Ctrl+J takes one back).

The study controller (ui.controllers.study) owns one `SetAside`, given what it calls
of the controller (`StudyHost`: its public methods), a getter of the store open now
as a `Burial` (what it buries, unburies and reads buried), a callable that says what
changed (the controller's `changed` signal is emitted by the controller alone) and
the pause of its session, which follows a bury made while browsing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol

from studyapp.core.format import plural
from studyapp.core.model import StudyAppError
from studyapp.ui.context import Changes
from studyapp.ui.topic_tree import QUESTION

if TYPE_CHECKING:
    from studyapp.core.study import StudySession
    from studyapp.ui.context import AppContext
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.session_pause import SessionPause
    from studyapp.ui.topic_tree import TopicTreeModel
    from studyapp.ui.tree_nodes import Node

BURIED = "Buried until tomorrow"


class Burial(Protocol):
    """What `SetAside` uses of the store open now (core.store's buried table): the
    study controller gives a getter of its store, read at each call (a restore
    replaces the store)."""

    def buried_until(self, now_ms: int, qids: Iterable[str] | None = None) -> dict[str, int]: ...
    def bury(self, qids: Iterable[str], until_ms: int) -> frozenset[str]: ...
    def unbury(self, qids: Iterable[str]) -> frozenset[str]: ...


class Aside(NamedTuple):
    """The questions of a session's scope set aside now: buried (id → the moment it
    comes back, epoch ms) and how many are suspended."""

    buried: dict[str, int]
    suspended: int


def _question_nodes(model: TopicTreeModel, session: StudySession) -> Iterator[Node]:
    """The tree's questions of what `session` studies: its topic with the topics under
    it, its deck, or every deck."""
    if session.topic_id is not None:
        tops = [model.node(model.topic_index(session.topic_id))]
    elif session.deck_id is not None:
        tops = [model.node(model.deck_index(session.deck_id))]
    else:
        tops = [model.node(model.index(row, 0)) for row in range(model.rowCount())]
    stack = [node for node in tops if node is not None]
    while stack:
        node = stack.pop()
        if node.kind == QUESTION:
            yield node
        stack.extend(node.children)


def aside_in(model: TopicTreeModel, burial: Burial, session: StudySession, now_ms: int) -> Aside:
    """The questions set aside in what `session` studies (chosen questions: none, as
    those are studied buried or not)."""
    if session.question_ids is not None:
        return Aside({}, 0)
    nodes = list(_question_nodes(model, session))
    buried = burial.buried_until(now_ms, [node.key for node in nodes])
    suspended = sum(1 for n in nodes if n.question is not None and n.question.suspended)
    return Aside(buried, suspended)


def aside_words(aside: Aside, suspend_key: str) -> str:
    """The done page's paragraph on the questions set aside here ("" for none)."""
    said = []
    if aside.buried:
        count = len(aside.buried)
        said.append(
            f"{plural(count, 'question')} here {'is' if count == 1 else 'are'} buried until"
            f" tomorrow: Unbury brings {'it' if count == 1 else 'them'} back today."
        )
    if aside.suspended:
        count = aside.suspended
        said.append(
            f"{plural(count, 'question')} here {'is' if count == 1 else 'are'} suspended,"
            f" never studied until {suspend_key} takes {'it' if count == 1 else 'one'} back"
            " (the search is:suspended lists them)."
        )
    return f"<p>{' '.join(said)}</p>" if said else ""


class StudyHost(Protocol):
    """What `SetAside` calls of the study controller."""

    def refuse_if_read_only(self, what: str) -> bool: ...
    def show_write_error(self, title: str, exc: BaseException) -> None: ...
    def reload(self) -> None: ...
    def plan_changed(self) -> None: ...


class SetAside:
    """Bury while browsing, and Unbury on a session's last page (see the module)."""

    def __init__(
        self,
        ctx: AppContext,
        shell: MainWindow,
        host: StudyHost,
        pause: SessionPause,
        *,
        burial: Callable[[], Burial],  # the store open now
        changed: Callable[[Changes], object],  # what a bury or unbury changed
    ) -> None:
        self.ctx = ctx
        self.burial = burial
        self.shell = shell
        self.host = host
        self.pause = pause
        self.changed = changed

    def bury_selected(self) -> None:
        """Bury while browsing: the selected question, or a buried one taken back."""
        qid = self.shell.tree.current_question_id()
        if qid is None:
            self.shell.status("Select a question to bury.", 3000)
            return
        from studyapp.core.study import next_day_start, to_ms

        store = self.burial()
        try:
            until = store.buried_until(to_ms(self.ctx.clock.now()), [qid]).get(qid)
            if until is not None:
                store.unbury([qid])
                self.ctx.undo.push("study", ("unburied", {qid: until}))
                said = "Unburied: it can be studied today (Ctrl+Z undoes)."
            else:
                store.bury([qid], to_ms(next_day_start(self.ctx.clock)))
                self.ctx.undo.push("study", ("buried", {qid: None}))
                said = f"{BURIED}: not studied today (Ctrl+Z undoes)."
        except StudyAppError as exc:
            self.host.show_write_error("Could not bury the question", exc)
            return
        self.shell.status(said, 5000)
        self.pause.follow()
        self.changed(Changes(structure=True))

    def here(self, session: StudySession | None) -> Aside:
        """The questions set aside in what `session` studies."""
        from studyapp.core.study import to_ms

        if session is None:
            return Aside({}, 0)
        now = to_ms(self.ctx.clock.now())
        return aside_in(self.shell.model, self.burial(), session, now)

    def unbury_button(self, aside: Aside) -> tuple[str, Callable[[], None]]:
        """The done page's Unbury, for the questions buried there."""
        buried = dict(aside.buried)
        return (f"Unbury {plural(len(buried), 'question')}", lambda: self._unbury(buried))

    def _unbury(self, buried: Mapping[str, int]) -> None:
        """Unbury on the done page: the questions buried here can be studied today, the
        session takes them at once (Ctrl+Z buries them again)."""
        host = self.host
        if host.refuse_if_read_only("Unburying"):
            return
        try:
            done = self.burial().unbury(buried)
        except StudyAppError as exc:
            host.show_write_error("Could not unbury the questions", exc)
            return
        self.ctx.undo.push("study", ("unburied", {q: buried[q] for q in done}))
        self.changed(Changes(structure=True))
        host.plan_changed()  # the session's queue built again: they are in
        self.shell.status(f"Unburied {plural(len(done), 'question')} (Ctrl+Z undoes).", 5000)

    def undo(self, buried: bool, until_of: Mapping[str, int | None]) -> None:
        """A bury made while browsing taken back (`buried`), or an unbury (each buried
        again until it was)."""
        host, store = self.host, self.burial()
        if host.refuse_if_read_only("Burying"):
            return
        try:
            if buried:
                store.unbury(until_of)
            else:
                for qid, until in until_of.items():
                    if until is not None:
                        store.bury([qid], until)
        except StudyAppError as exc:
            host.show_write_error("Could not undo the bury", exc)
            return
        self.shell.status("Bury undone." if buried else f"Unbury undone: {BURIED.lower()}.", 3000)
        host.reload()  # a session (on, or paused) leaves out what is buried again
        self.changed(Changes(structure=True))

"""What the controllers and the question pane share: the app's context (store,
scheduler, clock, messages, settings, theme, the undo history), and `Changes`: what
a write changed, so each controller refreshes only what it shows of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QSettings, QThreadPool

from studyapp.core.clock import Clock
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.ui.messages import Messages
from studyapp.ui.theme import ThemeManager


class UndoHistory:
    """What Ctrl+Z takes back, one history for the whole window, most recent last:
    a study session's grades and buries, a bury while browsing, a flag, a suspension,
    a deletion, a rename… whichever feature did it and whichever session it was in
    (as Anki's Undo: the most recent step, whatever it was). Each step is (owner, what):
    the owner ("study", "editing") takes it back (app.py gives it to its controller).

    A change no Ctrl+Z can take back and that steps before it cannot be taken back
    across (a mock's grades, an import) `cut`s the history: what was before it is
    gone, and Ctrl+Z says why there is nothing to undo."""

    def __init__(self) -> None:
        self._steps: list[tuple[str, Any]] = []
        self.cut_by: str | None = None  # what cut the history last ("an import")

    def push(self, owner: str, what: Any) -> None:
        self._steps.append((owner, what))

    def pop(self) -> tuple[str, Any] | None:
        return self._steps.pop() if self._steps else None

    def cut(self, by: str) -> None:
        self._steps.clear()
        self.cut_by = by

    def clear(self) -> None:
        """The store was replaced (a restore): every step was about the one before."""
        self._steps.clear()
        self.cut_by = None

    def __len__(self) -> int:
        return len(self._steps)


class AppContext:
    """The collaborators every controller may use. `store` is replaced after a
    restore (DataSafetyController), so controllers read it here each time.

    A plain class, as the records a start builds are: a dataclass costs the start
    about a millisecond to build (its methods written out and compiled)."""

    def __init__(
        self,
        store: Store,
        scheduler: SpacedRepetition,
        clock: Clock,
        messages: Messages,
        settings: QSettings,
        theme: ThemeManager,
        backup_dir: Path,
        read_only: str | None = None,
        thread_pool: QThreadPool | None = None,
        open_url: Callable[..., Any] | None = None,
        open_store: Callable[[str | Path], Store] = Store.open,
    ) -> None:
        self.store = store
        self.scheduler = scheduler
        self.clock = clock
        self.messages = messages
        self.settings = settings
        self.theme = theme
        self.backup_dir = backup_dir
        self.read_only = read_only
        self.thread_pool = thread_pool
        self.open_url = open_url
        self.open_store = open_store
        self.undo = UndoHistory()


class Changes(NamedTuple):
    """What a write changed. `reviewed`: questions whose card or reviews changed;
    `moved`: (question id, its new topic id) pairs; `structure`: questions or topics
    were added or removed (everything is counted again); `mocks`: mock sessions
    changed."""

    reviewed: frozenset[str] = frozenset()
    moved: tuple[tuple[str, int], ...] = ()
    structure: bool = False
    mocks: bool = False

    @classmethod
    def review(cls, *qids: str) -> Changes:
        return cls(reviewed=frozenset(qids))

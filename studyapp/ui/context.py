"""What the controllers and the question pane share: the app's context (store,
scheduler, clock, messages, settings, theme), and `Changes`: what a write changed,
so each controller refreshes only what it shows of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QThreadPool

from studyapp.core.clock import Clock
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.ui.messages import Messages
from studyapp.ui.theme import ThemeManager


@dataclass
class AppContext:
    """The collaborators every controller may use. `store` is replaced after a
    restore (DataSafetyController), so controllers read it here each time."""

    store: Store
    scheduler: SpacedRepetition
    clock: Clock
    messages: Messages
    settings: QSettings
    theme: ThemeManager
    backup_dir: Path
    read_only: str | None = None
    thread_pool: QThreadPool | None = None
    open_url: Callable[..., Any] | None = None
    open_store: Callable[[str | Path], Store] = Store.open


@dataclass(frozen=True)
class Changes:
    """What a write changed. `reviewed`: questions whose card or reviews changed;
    `structure`: questions or topics were added, removed or moved (a full reload);
    `mocks`: mock sessions changed."""

    reviewed: frozenset[str] = field(default_factory=frozenset)
    structure: bool = False
    mocks: bool = False

    @classmethod
    def review(cls, *qids: str) -> Changes:
        return cls(reviewed=frozenset(qids))

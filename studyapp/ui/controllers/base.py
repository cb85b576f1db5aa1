"""What every controller shares: the app's context, the shell, the read-only
refusal and the one way a failed write reaches the person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from studyapp.core.store import Store, StoreError
from studyapp.ui.context import AppContext, Changes

__all__ = ["AppContext", "Changes", "Controller"]

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow


class Controller(QObject):
    def __init__(self, ctx: AppContext, shell: MainWindow) -> None:
        super().__init__(shell)
        self.ctx = ctx
        self.shell = shell

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def read_only(self) -> bool:
        return bool(self.ctx.read_only)

    def status(self, text: str, ms: int = 4000) -> None:
        self.shell.status(text, ms)

    def refuse_if_read_only(self, what: str) -> bool:
        """True (and says why in the status bar) when this window may not write."""
        if not self.ctx.read_only:
            return False
        # What was refused first: a narrow status bar cuts the end, and the reason
        # also stays in the yellow label beside it.
        self.status(f"{what} is not possible in this window. {self.ctx.read_only}.", 6000)
        return True

    def show_write_error(self, title: str, exc: BaseException) -> None:
        """The one way a failed write reaches the person. A StoreError (full disk,
        read-only file, busy store) is a plain message with what to do about it; the
        caller leaves the screen as it was, so the action can simply be tried again.
        Anything else is a bug: the crash dialog with its traceback."""
        if isinstance(exc, StoreError):
            hint = exc.window_hint  # what to do in the window, not on a command line
            text = f"{exc.message}\n\n{hint}" if hint else exc.message
            self.status(f"{title}: {exc.message}", 15000)
            self.ctx.messages.error(title, text)
        else:
            self.ctx.messages.exception(title, exc)

"""The draft of an unsaved Edit Question (F4): what is typed is kept in the store's
settings as the keys pause (ui.edit_dialog), forgotten when the edit is saved or let
go, and kept when the process ends under it (killed, a crash, a logout's SIGTERM:
`EditDialog.keep_and_close`). The next start, or the next editor opened on that
question, offers it back: "An edit you had not saved: Restore / Discard", naming the
question. A mock interview's typed answer was kept so (ui.mock_keeper); an edit's was
lost without trace.

One draft at a time, as one edit dialog is open at a time. Its keeping in the store
is core.edit_draft's; here is only what the window asks, given the draft read and a
way to forget it. Loaded by the editing controller when it edits or finds a draft
(start-up loads it only then).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from studyapp.core.model import StudyAppError

if TYPE_CHECKING:
    from studyapp.core.edit_draft import EditDraft
    from studyapp.ui.messages import Messages


class Window(Protocol):
    @property
    def closed(self) -> bool: ...  # closed meanwhile (MainWindow.closed)


def ask_restore(
    messages: Messages, draft: EditDraft, *, gone: bool = False, window: Window | None = None
) -> bool | None:
    """ "An edit you had not saved": True to restore it, False to discard it, None when
    not answered (kept for the next time): the window closed under the question too
    (`window.closed`: SIGTERM closes the box, which answered Discard, and the draft went)."""
    name = draft.question or draft.title
    if gone:
        messages.warn(
            "An edit you had not saved",
            f"You were editing “{name}” when StudyApp stopped, but that question is no"
            " longer in your notes. Your text, to copy into your notes:\n\n"
            f"{draft.title}\n\n{draft.answer}",
        )
        return False
    answer = messages.confirm(
        "Edit Question",
        f"An edit you had not saved: “{name}”",
        "StudyApp stopped (it was closed, killed or crashed) while you edited this"
        " question. Restore opens it with your text; Discard throws your text away.",
        "Restore",
        cancel="Discard",
        keeps=True,
    )
    return None if window is not None and window.closed else answer


def ask_discard(messages: Messages) -> bool:
    """Esc on a changed edit: throw it away? (It is not kept as a draft then.)"""
    return bool(
        messages.confirm(
            "Edit Question",
            "Discard your changes to this question?",
            "What you changed in it is not saved anywhere.",
            "Discard",
        )
    )


STAY = object()  # before_editing: no editor (the question was not answered)


def before_editing(
    draft: EditDraft | None,
    qid: str,
    messages: Messages,
    forget: Callable[[], object],
    window: Window | None = None,
) -> EditDraft | object | None:
    """F4 on `qid`, `draft` the one kept (core.edit_draft.read_draft): a draft its edit
    left is offered back first. The draft to open the editor with (Restore), None to
    open it on the question as it is (Discard: `forget()`, or no draft), STAY where
    the question was not answered."""
    if draft is None or draft.qid != qid:
        return None
    restore = ask_restore(messages, draft, window=window)
    if restore is None:
        return STAY
    if not restore:
        forget()
        return None
    return draft


def offer_at_start(
    draft: EditDraft,
    question_there: bool,
    messages: Messages,
    forget: Callable[[], object],
    window: Window | None = None,
) -> bool:
    """The start: the draft left by a run that ended mid-edit, offered back. True to
    open the editor on its question with it (Restore); Discard forgets it
    (`forget()`); a question no longer there (`question_there` False) shows its text
    to copy, and it is forgotten."""
    restore = ask_restore(messages, draft, gone=not question_there, window=window)
    if restore is False:
        forget()
    return bool(restore) and question_there


def keep_quietly(keep: Callable[[], object], status) -> None:
    """`keep()` (core.edit_draft.keep_draft on the store open now), a refusal said in
    the status bar (the edit goes on)."""
    try:
        keep()
    except StudyAppError as exc:
        status(f"Could not keep a draft of your edit: {exc}", 5000)

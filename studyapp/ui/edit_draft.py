"""The draft of an unsaved Edit Question (F4): what is typed is kept in the store's
settings as the keys pause (ui.edit_dialog), forgotten when the edit is saved or let
go, and kept when the process ends under it (killed, a crash, a logout's SIGTERM:
`EditDialog.keep_and_close`). The next start, or the next editor opened on that
question, offers it back: "An edit you had not saved: Restore / Discard", naming the
question. A mock interview's typed answer was kept so (ui.mock_keeper); an edit's was
lost without trace.

One draft at a time, as one edit dialog is open at a time. Loaded by the editing
controller when it edits or finds a draft (start-up loads it only then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from studyapp.core.model import StudyAppError
from studyapp.core.settings_schema import EDIT_DRAFT as K_EDIT_DRAFT

if TYPE_CHECKING:
    from studyapp.core.model import Question
    from studyapp.core.store import Store
    from studyapp.ui.messages import Messages

# K_EDIT_DRAFT holds {"qid", "question", "title", "answer", "topic"}.


class Window(Protocol):
    @property
    def closed(self) -> bool: ...  # closed meanwhile (MainWindow.closed)


class EditDraft(NamedTuple):
    qid: str
    question: str  # the question's title when the edit began: how it is named
    title: str
    answer: str
    topic: int | None


def read_draft(store: Store) -> EditDraft | None:
    """The draft kept by an edit not saved, or None."""
    note = store.get_setting(K_EDIT_DRAFT)
    if not isinstance(note, dict) or not isinstance(note.get("qid"), str):
        return None
    topic = note.get("topic")
    return EditDraft(
        note["qid"],
        str(note.get("question") or note.get("title") or ""),
        str(note.get("title") or ""),
        str(note.get("answer") or ""),
        topic if isinstance(topic, int) else None,
    )


def keep_draft(
    store: Store, qid: str, question: str, values: tuple[str, str, int | None] | None
) -> None:
    """Keep `values` (title, answer, topic) as the draft of the edit of `qid`; None:
    nothing is changed, the draft goes. StudyAppError where the store refuses."""
    if values is None:
        forget_draft(store)
        return
    title, answer, topic = values
    note = {"qid": qid, "question": question, "title": title, "answer": answer, "topic": topic}
    store.set_setting(K_EDIT_DRAFT, note)


def forget_draft(store: Store) -> None:
    if store.get_setting(K_EDIT_DRAFT) is not None:
        store.set_setting(K_EDIT_DRAFT, None)


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
    store: Store, messages: Messages, qid: str, window: Window | None = None
) -> EditDraft | object | None:
    """F4 on `qid`: a draft its edit left is offered back first. The draft to open the
    editor with (Restore), None to open it on the question as it is (Discard, or no
    draft), STAY where the question was not answered."""
    draft = read_draft(store)
    if draft is None or draft.qid != qid:
        return None
    restore = ask_restore(messages, draft, window=window)
    if restore is None:
        return STAY
    if not restore:
        forget_draft(store)
        return None
    return draft


def offer_at_start(
    store: Store, messages: Messages, window: Window | None = None
) -> tuple[Question, EditDraft] | None:
    """The start: the draft left by a run that ended mid-edit, offered back. The
    question and its draft to open the editor with (Restore), else None (Discard
    forgets it; a question gone from the notes shows its text to copy)."""
    if (draft := read_draft(store)) is None:
        return None
    question = store.question(draft.qid)
    restore = ask_restore(messages, draft, gone=question is None, window=window)
    if restore is False:
        forget_draft(store)
    if restore and question is not None:
        return question, draft
    return None


def keep_quietly(store: Store, status, qid: str, question: str, values) -> None:
    """`keep_draft`, a refusal said in the status bar (the edit goes on)."""
    try:
        keep_draft(store, qid, question, values)
    except StudyAppError as exc:
        status(f"Could not keep a draft of your edit: {exc}", 5000)

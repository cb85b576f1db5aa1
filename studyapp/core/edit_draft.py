"""The keeping of an unsaved Edit Question's draft (F4) in the store's settings: what
is typed is kept as the keys pause, forgotten when the edit is saved or let go, and
read back at the next start or when that question's editor opens again. One draft
at a time, as one edit dialog is open at a time. The offering back (Restore /
Discard) is the window's: ui.edit_draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from studyapp.core.settings_schema import EDIT_DRAFT as K_EDIT_DRAFT

if TYPE_CHECKING:
    from studyapp.core.store import Store

# K_EDIT_DRAFT holds {"qid", "question", "title", "answer", "topic"}.


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

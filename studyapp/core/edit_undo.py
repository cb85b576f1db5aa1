"""Ctrl+Z after an edit (Edit Question…, E in a session): the edit taken back, its
title, answer and topic as they were, written back into the notes file the edit
wrote (core.writeback, its version before the undo kept as every write's is). The
window's history had no step for an edit: Ctrl+Z after one said "Nothing to undo",
or took back the grades before it and left the edit in the file.

An edit is taken back only while the question is as the edit left it; where its
notes changed it since (saved in an editor, re-imported), Ctrl+Z says so and where
the file's version before the edit is kept, and takes back nothing older: the most
recent step is the edit, and skipping it would undo what the person did not mean.
No Qt here."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from studyapp.core import textio
from studyapp.core.model import Question, StudyAppError
from studyapp.core.store import Store


@dataclass(frozen=True, slots=True)
class EditStep:
    """An edit saved, as Ctrl+Z takes it back."""

    qid: str
    title: str  # the title before, as the dialog showed it (its code in backticks)
    answer: str  # the answer before, as its note wrote it
    topic_id: int  # the topic before
    after: tuple[str, str]  # the stored title and answer the edit left
    was_edited: bool  # kept over re-imports before the edit (an earlier edit in the app)
    kept: Path | None  # the notes file's version before the edit (written into it)
    path: Path | None = None  # the notes file the edit wrote
    digest: str = ""  # the file's bytes as the edit left them (sha256), its title kept


def edit_step(store: Store, before: Question, result) -> EditStep | None:
    """The step of an edit saved (`result`: a writeback.EditResult) of the question
    `before` (as the dialog opened it, its answer as written); None where nothing
    was saved."""
    from studyapp.core import writeback

    now = store.question(before.id)
    if now is None or result.outcome not in (writeback.WRITTEN, writeback.STORED):
        return None
    digest = ""
    if result.path is not None and result.backup is not None and now.title == before.title:
        try:
            digest = hashlib.sha256(Path(result.path).read_bytes()).hexdigest()
        except OSError:
            digest = ""
    return EditStep(
        before.id,
        before.shown_title,
        before.answer_markdown,
        before.topic_id,
        (now.title, now.answer_markdown),
        before.edited,
        result.backup,
        result.path,
        digest,
    )


class Undone(NamedTuple):
    """What Ctrl+Z on an edit did: `done` True (taken back), False (refused: `said`
    says why and where the file's version before the edit is, for the person to read
    whole), None (the question is gone: nothing to take back)."""

    done: bool | None
    said: str


def undo_edit(store: Store, step: EditStep) -> Undone:
    """Take the edit `step` back."""
    from studyapp.core import writeback

    question = store.question(step.qid)
    if question is None:
        return Undone(None, "Nothing to undo: the edited question is gone.")
    if (question.title, question.answer_markdown) != step.after:
        return Undone(
            False,
            f"Edit not undone: its notes changed “{question.title}” since the edit{_kept(step)}.",
        )
    if _file_put_back(store, step, question):
        name = textio.path_text(step.path.name) if step.path else ""
        return Undone(True, f"Edit undone: “{step.title}” is as it was in {name}.")
    topic = step.topic_id if step.topic_id != question.topic_id else None
    try:
        result = writeback.edit_question(
            store, step.qid, step.title, step.answer, topic, opened=step.after
        )
    except (KeyError, StudyAppError, ValueError) as exc:
        return Undone(False, f"Edit not undone: {exc}{_kept(step)}.")
    if result.outcome in (writeback.REFUSED, writeback.OVERTAKEN):
        why = result.message.split(";")[0]  # (its advice is an edit's, not an undo's)
        return Undone(False, f"Edit not undone: {why}{_kept(step)}.")
    if result.outcome == writeback.STORED and step.kept is not None:
        # The file holds the edit and could not take the text back: the store keeps
        # the text before it over re-imports (forgotten, the file's edit came back).
        return Undone(True, f"Edit undone in StudyApp only: {result.message}")
    if not step.was_edited:
        store.forget_edit(step.qid)  # the notes' text again, as before the edit
    where = f" in {textio.path_text(result.path.name)}" if result.path else ""
    return Undone(True, f"Edit undone: “{step.title}” is as it was{where}.")


def _file_put_back(store: Store, step: EditStep, question: Question) -> bool:
    """The notes file given back its version before the edit, byte for byte, where it
    is still as the edit left it and the edit kept the title (the question read
    again by it): what the import reads as no answer ("TBD", "TODO: write this")
    comes back too, which writing the old answer again could not give (a tester's
    placeholder became an empty line). False: not so, or it could not be written."""
    from studyapp.core import note_versions, writeback
    from studyapp.core.decks import source_of
    from studyapp.core.importer import import_file

    if step.was_edited or not step.digest or step.kept is None or step.path is None:
        return False
    real = Path(os.path.realpath(step.path))
    deck = store.deck(question.deck_id)
    try:
        now = real.read_bytes()
        if deck is None or hashlib.sha256(now).hexdigest() != step.digest:
            return False
        before = step.kept.read_bytes()
        writeback._atomic_write(real, now, before, note_versions.versions_root(store.path))
    except (OSError, writeback.NoWriteBack):
        return False  # the file as it was: the usual way follows
    import_file(store, source_of(deck))  # (a failure is said as any undo's)
    if step.topic_id != question.topic_id and store.question(step.qid) is not None:
        store.move_question(step.qid, step.topic_id)
    return True


def _kept(step: EditStep) -> str:
    """Where the notes file's version before the edit is kept ("" for none)."""
    if step.kept is None:
        return ""
    # The one file (its folder holds a version per save: a tester was sent to ten)
    return f". The notes file's version before the edit is kept as {textio.path_text(step.kept)}"

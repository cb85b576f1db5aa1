"""Editing the tree: moving a question to another topic (drag and drop, Ctrl+Shift+M,
the context menu), renaming a topic or deck (F2) and making a topic (Ctrl+Shift+N),
editing a question (F4, written back to its notes file by core.writeback) or opening
its file in the person's editor (Ctrl+Shift+E), flagging (Ctrl+1–7, Anki's flags),
suspending (Ctrl+J) and deleting
(Delete, Ctrl+Z brings it back) questions, and removing a deck (after a backup; its
rows are kept too, and Ctrl+Z puts it back while the window is open). Ctrl+Z while
takes back the last deletion, suspension, flag, rename or removed deck, or whatever else was
done last (the window's one history, ctx.undo); the page on screen says a new name at once
(`renamed`).
Every edit is kept by re-imports (core.store); the tree updates in place, and
`changed` tells the figures to recount; `reloaded` asks for the tree to be read again
(an edit written back re-imports its deck). Decks are renamed and removed by the
`DeckEditing` it owns (decks.py, `decks`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal

from studyapp.core.flags import flag_name
from studyapp.core.model import Question, StudyAppError
from studyapp.core.settings_schema import EDIT_DRAFT
from studyapp.lazy import lazy
from studyapp.ui.context import Changes
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.controllers.editing.decks import DeckEditing
from studyapp.ui.controllers.editing.moves import QuestionMoves
from studyapp.ui.main_window import MainWindow
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.style import flat_bars_in
from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC, Node
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint

    from studyapp.core import writeback


def _start_detached(argv: list[str]) -> bool:
    from PySide6.QtCore import QProcess  # here: its enums cost start-up about a millisecond

    ok, _pid = QProcess.startDetached(argv[0], argv[1:])
    return bool(ok)


# Read once the tree has its rows, not at start (its title marks' patterns).
title_hints = lazy("studyapp.core.title_hints")


class EditingController(Controller):
    changed = Signal(object)  # Changes
    reloaded = Signal()  # the store changed under the tree: read it again
    unsuspended_back = Signal(str)  # Ctrl+Z took a suspension back: a session shows it
    renamed = Signal()  # a topic's name changed: the page on screen says the new one

    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
        self.tree = shell.tree
        self.model = shell.model
        self.tree.context_requested.connect(self._on_context_menu)
        self.edit_dialog = None  # the open Edit Question dialog
        self.start_detached: Callable[[list[str]], bool] = _start_detached
        given = (ctx, self.tree, self.model, pane)  # what each part is handed (EditingPart)
        hands: dict[str, Any] = {
            "status": self.status,
            "refuse_if_read_only": self.refuse_if_read_only,
            "show_write_error": self.show_write_error,
            "remember": self._remember,
            "changed": self.changed.emit,
        }
        self.decks = DeckEditing(*given, **hands, reloaded=self.reloaded.emit)
        self.moves = QuestionMoves(*given, **hands, twin_hints=self._twin_hints)
        self.model.move_requested.connect(self.moves.drop)

    def _remember(self, step: tuple[str, Any]) -> None:
        """A step Ctrl+Z takes back, first of all (the window's one history, ctx.undo):
        ("delete", question id), ("suspended" / "unsuspended", question id): the state
        a Ctrl+J left it in, ("rename_topic" / "rename_deck", (its id, the name before)),
        ("flag", (question id, the flag before)), ("remove_deck", …), ("edit", an
        edit saved: core.edit_undo.EditStep), ("move", ((question id, the topic it
        left), …))."""
        self.ctx.undo.push("editing", step)

    def _twin_hints(self, twins: list[Question]) -> dict[str, str]:
        """The hints of the tree's rows of one title (ui.tree_twins), from the store
        open now."""
        return title_hints.stored_twin_hints(self.store, twins)

    def move_question(self, qid: str, topic_id: int) -> bool:
        """Put a question under another topic of its deck (QuestionMoves)."""
        return self.moves.move(qid, topic_id)

    def move_current_question(self) -> None:
        self.moves.move_current()

    def rename_topic(self, topic_id: int, name: str, *, undoing: bool = False) -> bool:
        """Rename a topic (kept by re-imports); Ctrl+Z gives it its name back. The
        tree's row and the header on screen (a question's "Topic · state" line, the
        topic's overview) say the new name at once."""
        if self.refuse_if_read_only("Renaming topics"):
            return False
        before = self.model.topic_name(topic_id)
        try:
            self.store.rename_topic(topic_id, name)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not rename the topic", exc)
            return False
        name = " ".join(name.split())
        self.model.rename_topic(topic_id, name)
        if not undoing and before and before != name:
            self._remember(("rename_topic", (topic_id, before)))
            self.status(f"Topic renamed to {name} (Ctrl+Z undoes).", 5000)
        self.renamed.emit()
        self.changed.emit(Changes())  # Ctrl+Z is about this now; the weak topics' names
        return True

    def rename_current_topic(self) -> None:
        node = self.tree.current_node()
        if node is not None and node.kind == DECK:
            self.decks.rename_current_deck(node)
            return
        if node is not None and node.kind == QUESTION:
            node = self.model.parent_node(node)
        if node is None or node.kind != TOPIC:
            self.status("Select a topic to rename.", 3000)
            return
        # F2 on a question renames its topic: the label says which, and that it is one.
        name = self.ctx.messages.ask_text(
            "Rename topic", f"Rename the topic “{node.name}” to:", node.name
        )
        if name is not None:
            self.rename_topic(node.key, name)

    def create_topic(self, deck_id: int, name: str, parent_id: int | None = None) -> int | None:
        if self.refuse_if_read_only("New topics"):
            return None
        try:
            topic = self.store.create_topic(deck_id, name, parent_id)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not create the topic", exc)
            return None
        self.model.add_topic(topic)
        self.pane.syncing = self.shell.mode is Mode.STUDY
        try:
            self.tree.select_topic(topic.id)
        finally:
            self.pane.syncing = False
        return topic.id

    def create_topic_here(self, *, subtopic: bool = False) -> None:
        node = self.tree.current_node()
        if node is None:
            decks = self.store.decks()
            if not decks:
                self.status("Import notes first.", 3000)
                return
            deck_id, parent_id = decks[0].id, None
        else:
            deck_id = self.model.deck_id_of(node)
            parent_id = node.key if subtopic and node.kind == TOPIC else None
        # Where it goes, said: the deck (and the topic it goes under, for a subtopic).
        deck = next((d.name for d in self.store.decks() if d.id == deck_id), "the deck")
        where = f"“{node.name}” of “{deck}”" if parent_id is not None and node else f"“{deck}”"
        label = f"Name of the new {'subtopic' if parent_id is not None else 'topic'} in {where}:"
        name = self.ctx.messages.ask_text("New topic", label)
        if name is not None:
            self.create_topic(deck_id, name, parent_id)

    # --- a question's text: edit it, or open its notes file -------------------------------

    def remove_current_deck(self) -> bool:
        """Remove Deck: the selected deck (`DeckEditing.remove_current_deck`)."""
        return self.decks.remove_current_deck()

    def _current_question(self, what: str) -> Node | None:
        node = self.tree.current_node()
        if node is None or node.kind != QUESTION or node.question is None:
            self.status(f"Select a question to {what}.", 3000)
            return None
        return node

    def edit_current_question(self) -> None:
        """Edit Question… (F4): the dialog; Save writes the edit (see `save_edit`). A
        draft this question's edit left unsaved is offered back first (ui.edit_draft)."""
        node = self._current_question("edit")
        if node is None or self.refuse_if_read_only("Editing questions"):
            return
        from studyapp.core import edit_draft as drafts
        from studyapp.ui import edit_draft

        kept = drafts.read_draft(self.store)
        forget = partial(drafts.forget_draft, self.store)
        draft = edit_draft.before_editing(kept, node.key, self.ctx.messages, forget, self.shell)
        if draft is not edit_draft.STAY:
            self._edit(self.store.question(node.key) or node.question, draft)

    def offer_draft(self) -> None:
        """The start: an edit a process did not live to save or let go (killed, a
        crash, a logout) is offered back, Restore opening its editor with it."""
        if self.ctx.read_only or self.store.get_setting(EDIT_DRAFT) is None:
            return  # most starts: ui.edit_draft stays unloaded
        from studyapp.core import edit_draft as drafts
        from studyapp.ui import edit_draft

        if (draft := drafts.read_draft(self.store)) is None:
            return
        question = self.store.question(draft.qid)
        forget = partial(drafts.forget_draft, self.store)
        there = question is not None
        if edit_draft.offer_at_start(draft, there, self.ctx.messages, forget, self.shell):
            self.tree.select_question(draft.qid)  # the question it is of, behind it
            self._edit(question, draft)

    def keep_open_edit(self) -> None:
        """The session is ending (SIGTERM): an open edit goes, kept as a draft."""
        if self.edit_dialog is not None and self.edit_dialog.isVisible():
            self.edit_dialog.keep_and_close()

    def _edit(self, question: Any, draft: Any = None) -> None:
        from studyapp.core import edit_draft as drafts
        from studyapp.core import writeback
        from studyapp.ui import edit_draft
        from studyapp.ui.edit_dialog import EditQuestionDialog, answer_renderer

        opened = (question.title, question.answer_markdown)  # what the edit begins from
        # Its answer as its note writes it ([[links]] and all), so that they are kept.
        as_written = writeback.answer_as_written(self.store, question)
        question = question._replace(answer_markdown=as_written)
        root = self.pane.base_dir(question.deck_id)
        dialog = self.edit_dialog = EditQuestionDialog(
            question,
            self.model.deck_topics(question.deck_id),
            answer_renderer(question, root, self.ctx.theme.effective, self.pane.cache),
            self.shell,
            css=self.shell.answer.css(),
            image_root=root,
            confirm_discard=lambda: edit_draft.ask_discard(self.ctx.messages),
            # Saved before the dialog closes: a save that fails leaves the text in it.
            save=lambda *values: self._save_undoably(question, values, opened),
            keep_draft=lambda values: edit_draft.keep_quietly(
                lambda: drafts.keep_draft(self.store, question.id, opened[0], values), self.status
            ),
        )
        if draft is not None:
            dialog.put_back(draft.title, draft.answer, draft.topic)
        dialog.finished.connect(self._edit_closed)
        flat_bars_in(dialog, self.ctx.theme.effective)  # its buttons without the black ✗
        dialog.open()

    def _edit_closed(self) -> None:
        if self.edit_dialog is not None:
            if not self.edit_dialog.kept:  # saved or let go: its draft goes
                self.edit_dialog.forget_draft()
            self.edit_dialog.deleteLater()
            self.edit_dialog = None
        # The keys back to the window: closed after a question over it (discard?), the
        # dialog left no window active under some window managers, and every shortcut
        # answered nothing until the window was clicked.
        self.shell.activateWindow()

    def _save_undoably(self, question: Any, values: tuple, opened: tuple[str, str]) -> bool:
        """Save the dialog's edit of `question` (as it opened); Ctrl+Z then takes it
        back (core.edit_undo). False: not saved, the text stays in the dialog."""
        from studyapp.core import writeback
        from studyapp.core.edit_undo import edit_step

        now = self.store.question(question.id)
        if now is not None and (now.title, now.answer_markdown) != opened:
            # its notes changed it meanwhile (saved over, if the person says so): the
            # undo gives back what was there just before the save
            question = now._replace(answer_markdown=writeback.answer_as_written(self.store, now))
        result = self.save_edit(question.id, *values, opened=opened)
        if result is not None and (step := edit_step(self.store, question, result)):
            self._remember(("edit", step))
        return result is not None

    def _undo_edit(self, step: Any) -> None:  # a core.edit_undo.EditStep
        from studyapp.core.edit_undo import undo_edit

        if self.refuse_if_read_only("Undoing an edit"):
            return
        done, said = undo_edit(self.store, step)
        self.status(said, 10000)
        if done is False:  # why, and where the file before the edit is: read whole
            self.ctx.messages.warn("Edit not undone", said)
        if done:
            self.reloaded.emit()
            self.changed.emit(Changes(structure=True))

    def save_edit(
        self,
        qid: str,
        title: str,
        answer: str,
        topic_id: int | None = None,
        *,
        opened: tuple[str, str] | None = None,
    ) -> writeback.EditResult | None:
        """Write an edit (core.writeback) and say in the status bar what happened.
        `opened`: the title and answer the dialog began from; where the notes changed
        the question since, the person chooses whether their text goes over it."""
        from studyapp.core import writeback

        try:
            result = writeback.edit_question(
                self.store, qid, title, answer, topic_id, opened=opened
            )
        except KeyError:
            # Taken out of its notes while it was edited (a live re-import, a delete).
            self.ctx.messages.warn(
                "Question not saved",
                "This question is no longer in your notes: it was taken out of its notes"
                " file (or deleted) while you edited it.\n\nYour text is still in the"
                " dialog: copy it into your notes, then close the dialog.",
            )
            return None
        except (StudyAppError, ValueError) as exc:
            self.show_write_error("Could not save the question", exc)
            return None
        # Writeback's message says where the edit went ("Saved in notes.md (its
        # previous version is kept in …).", "Saved in StudyApp only (…)"): a label before it
        # said the same twice.
        self.status(result.message, 10000)
        if result.outcome == writeback.OVERTAKEN:
            if self.ctx.messages.confirm_save_over(result.message):
                return self.save_edit(qid, title, answer, topic_id)
            return None
        if result.outcome == writeback.REFUSED:
            self.ctx.messages.warn("Question not saved", result.message)
            return result
        if result.outcome != writeback.UNCHANGED or topic_id is not None:
            self.reloaded.emit()
            self.changed.emit(Changes(structure=True))
        return result

    def open_current_in_editor(self) -> None:
        """Open in Editor (Ctrl+Shift+E): the notes file at the question's line."""
        node = self._current_question("open in your editor")
        if node is None:
            return
        from studyapp.core.editor_command import open_in_editor_command

        try:
            argv = open_in_editor_command(self.store, node.key)
        except (StudyAppError, KeyError) as exc:
            self.status(str(exc), 8000)
            return
        if self.start_detached(argv):
            self.status(f"Opened in {argv[0]}.", 4000)
        else:
            self.status(f"Could not start {argv[0]}.", 8000)

    # --- suspend and delete ----------------------------------------------------------------

    def toggle_suspend_current(self) -> None:
        """Ctrl+J: suspend the question (kept and shown dimmed, never studied) or
        take it back into study."""
        node = self._current_question("suspend")
        if node is None or self.refuse_if_read_only("Suspending questions"):
            return
        suspend = not self.store.question(node.key).suspended
        try:
            self.store.set_suspended([node.key], suspend)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not suspend the question", exc)
            return
        self._replace_question(node.key)
        self._remember(("suspended" if suspend else "unsuspended", node.key))
        self.status(
            "Suspended: not studied until Ctrl+J again (Ctrl+Z undoes)."
            if suspend
            else "Unsuspended."
        )
        self.changed.emit(Changes(structure=True))

    def toggle_flag_current(self, flag: int) -> None:
        """Ctrl+1–7: Anki's flag `flag` (red … purple) on the question; the same flag
        again takes it off. Nothing else of the question changes."""
        node = self._current_question("flag")
        if node is None or self.refuse_if_read_only("Flagging questions"):
            return
        before = self.model.flag_of(node.key)
        after = 0 if before == flag else flag
        if not self._set_flag(node.key, after):
            return
        self._remember(("flag", (node.key, before)))
        self.status(
            f"{flag_name(after)} flag: Ctrl+{flag} again takes it off (Ctrl+Z undoes)."
            if after
            else "Flag taken off (Ctrl+Z puts it back).",
            5000,
        )

    def _set_flag(self, qid: str, flag: int) -> bool:
        """The question's flag set, its row and the header on screen saying it."""
        try:
            self.store.set_flag([qid], flag)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not flag the question", exc)
            return False
        self._replace_question(qid)
        if qid == self.pane.current_qid:
            self.pane.update_header()
        return True

    def _undo_flag(self, qid: str, before: int) -> None:
        """The flag the question had before the last Ctrl+1–7, whatever it has now."""
        if self.refuse_if_read_only("Flagging questions"):
            return
        if self.store.question(qid) is None:  # removed since (a re-import, a deletion)
            self.status("Nothing to undo: that question is gone.", 4000)
        elif self._set_flag(qid, before):
            self.status(f"Flag undone: {flag_name(before).lower() or 'no'} flag again.", 4000)

    def take_notes_text(self, qid: str) -> bool:
        """Use the Notes' Text: the question's edit made in the app is dropped and its
        deck's notes read again, so the file's text (and its later changes) count."""
        if self.refuse_if_read_only("Taking the notes' text"):
            return False
        if not self.ctx.messages.confirm(
            "Use the notes' text",
            "Replace your edit with the notes' text?",
            "The question's title and answer become what its notes file says now, and"
            " later changes to the file reach it again. Your edit made in StudyApp is"
            " lost (the question's progress stays).",
            "Use the Notes' Text",
        ):
            return False
        from studyapp.core.decks import take_notes_text

        self.pane.flush()
        try:
            summary = take_notes_text(self.store, qid)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not take the notes' text", exc)
            return False
        self.reloaded.emit()
        self.status(f"The notes' text is back: {summary}.", 8000)
        self.changed.emit(Changes(structure=True))
        return True

    def take_notes_text_current(self) -> bool:
        """Edit › Use the Notes' Text… on the selected question (`take_notes_text`)."""
        node = self._current_question("take the notes' text of")
        return node is not None and self.take_notes_text(node.key)

    def _replace_question(self, qid: str) -> None:
        fresh = self.store.question(qid)
        if fresh is not None:
            self.model.set_question(fresh)  # the row paints from its own question

    def delete_current_question(self) -> None:
        """Delete: the question leaves the tree and study; Ctrl+Z brings it back."""
        node = self._current_question("delete")
        if node is None or self.refuse_if_read_only("Deleting questions"):
            return
        qid, title = node.key, node.name
        after = self.tree.neighbour_question(1) or self.tree.neighbour_question(-1)
        try:
            self.store.delete_question(qid, self.ctx.clock.now())
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not delete the question", exc)
            return
        self._remember(("delete", qid))
        self.reloaded.emit()
        if after is not None and after != qid:
            self.tree.select_question(after)
        self.status(f"Deleted “{title}”. Ctrl+Z brings it back.", 8000)
        self.changed.emit(Changes(structure=True))

    def undo_step(self, step: tuple[str, Any]) -> None:
        """Ctrl+Z: one of this controller's steps (`_remember`), the most recent of
        the window's history, taken back."""
        kind, qid = step
        if kind == "edit":
            self._undo_edit(qid)
            return
        if kind == "remove_deck":
            self.decks.put_back_deck(*qid)
            return
        if kind == "move":
            self.moves.undo(qid)
            return
        if kind in ("rename_topic", "rename_deck"):
            self._undo_rename(kind, *qid)
            return
        if kind == "flag":
            self._undo_flag(*qid)
            return
        if kind != "delete":
            self._undo_suspend(qid, kind == "suspended")
            return
        self._undelete(qid)

    def undo_last_deletion(self) -> bool:
        """Ctrl+Z with nothing done in this window to take back: the question deleted
        last comes back (a deletion stays undoable after a restart). False: none."""
        qid = self.store.last_deleted_question()
        if qid is None or self.refuse_if_read_only("Undoing"):
            return qid is not None
        self._undelete(qid)
        return True

    def _undelete(self, qid: str) -> None:
        try:
            self.store.undelete_question(qid)
        except KeyError:  # gone for good since (its deck removed)
            self.status("Nothing to undo: that question is gone.", 4000)
            return
        except StudyAppError as exc:
            self.show_write_error("Could not bring the question back", exc)
            return
        self.reloaded.emit()
        self.tree.select_question(qid)
        self.status("Question back.", 4000)
        self.changed.emit(Changes(structure=True))

    def _undo_rename(self, kind: str, key: int, before: str) -> None:
        """The name a topic or deck had before its rename, whatever it is called now."""
        if self.refuse_if_read_only("Renaming"):
            return
        if kind == "rename_deck":
            if self.store.deck(key) is None:
                self.status("Nothing to undo: that deck is gone.", 4000)
                return
            done = self.decks.rename_deck(key, before)
        elif not self.model.topic_name(key):  # gone since (a re-import, a removed deck)
            self.status("Nothing to undo: that topic is gone.", 4000)
            return
        else:
            done = self.rename_topic(key, before, undoing=True)
        if done:
            self.status(f"Rename undone: “{before}” again.", 4000)

    def _undo_suspend(self, qid: str, suspended: bool) -> None:
        """Put back the state before a Ctrl+J that left the question `suspended` (or not),
        whatever happened to it since."""
        question = self.store.question(qid)
        if question is None:  # deleted since, by a re-import say: nothing to take back
            self.status("Nothing to undo: that question is gone.", 4000)
            return
        try:
            self.store.set_suspended([qid], not suspended)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not undo the suspension", exc)
            return
        self._replace_question(qid)
        if self.shell.mode is not Mode.STUDY:  # a session shows its own question
            self.tree.select_question(qid)
        self.status("Unsuspended." if suspended else "Suspended again.", 4000)
        self.changed.emit(Changes(structure=True))
        if suspended:
            self.unsuspended_back.emit(qid)

    def _on_context_menu(self, node: Node | None, pos: QPoint) -> None:
        self.context_menu(node).popup(pos)

    def context_menu(self, node: Node | None) -> Any:  # a QMenu, not yet shown
        """The tree's right-click menu for `node` (a question, a topic, or nothing),
        made of the window's actions (ui.tree_menu); `node` is the current row."""
        from studyapp.ui.tree_menu import tree_menu

        return tree_menu(
            self.shell,
            node,
            state=self.shell.state,
            topics=self.model.deck_topics,
            action=self.shell.action,
            move=self.move_question,
            new_subtopic=lambda: self.create_topic_here(subtopic=True),
        )

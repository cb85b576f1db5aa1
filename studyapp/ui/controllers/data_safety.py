"""Data safety in the window: automatic backups (a core `AutoBackup` ticked by a
QTimer while the window is open and asked once more when it closes; a failure is
a status-bar line, never a dialog in the way of studying), and File → Backups…:
the list, Back Up Now and Restore. A restore closes the store, swaps the file
(core.backup.restore_backup), opens it again and says so with `store_replaced`:
every controller then works on the new store.

The automatic backup and Back Up Now are made on a worker thread (ui.backup_worker):
the window goes on, grades included, while a big store is copied. Closing the
window and a restore first settle the backup under way (an automatic one is
stopped, a manual one finished); the closing backup is made on the UI thread, as
the window is going anyway, but with the window hidden first: the quit is seen at
once (a big store's copy froze the window for seconds, unpainted), and the process
ends, its lock released, once the backup is written. A start meanwhile waits for
that (core.recovery.note_closing) rather than offer a read-only window.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from studyapp.core.backup import (
    AUTOMATIC,
    MANUAL,
    AutoBackup,
    kind_label,
    restore_backup,
    restore_sources,
    source_label,
)
from studyapp.core.format import local_time
from studyapp.core.html_escape import escape_html
from studyapp.core.model import StudyAppError
from studyapp.core.store import StoreError
from studyapp.core.store.backup import DamagedBackup
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.main_window import MainWindow
from studyapp.ui.messages import RichText
from studyapp.ui.style import flat_bars_in
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from studyapp.ui.backup_worker import BackupOutcome, BackupWorker
    from studyapp.ui.backups_dialog import BackupsDialog

BACKUP_TICK_MS = 60_000  # asks AutoBackup whether one is due (every 30 min of changes)


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the UI thread restores a database (a second or so for a big one)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class DataSafetyController(Controller):
    store_closing = Signal()  # a restore is about to close the store: stop using it
    store_replaced = Signal()  # ctx.store is a store opened anew: reload everything
    import_again_requested = Signal(str, object)  # (path, unit) of an import that died
    # The start's notices (`tell_unfinished`) are all closed, or there were none.
    notices_done = Signal()

    def __init__(
        self,
        ctx: AppContext,
        shell: MainWindow,
        *,
        auto_backup: bool,
        import_busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(ctx, shell)
        self.backup_dir = ctx.backup_dir
        self._import_busy = import_busy
        self.auto_backup: AutoBackup | None = None
        if auto_backup and not ctx.read_only:
            self.auto_backup = AutoBackup(ctx.store, self.backup_dir, ctx.clock)
        self.backups_dialog: BackupsDialog | None = None
        self.salvaged = ""  # what the last restore read of a damaged file ("": whole)
        self._told = False  # the start's notices were given (`tell_unfinished`)
        # Why the last backup failed (with when), until one is made: Backups… says it.
        self.last_failed: str | None = None
        self._untold: list[tuple[str, RichText, tuple[str, Callable[[], object]]]] = []
        self._worker: BackupWorker | None = None  # made with the first backup (start-up)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_TICK_MS)
        self._backup_timer.timeout.connect(self.tick_backup)
        if self.auto_backup is not None:
            self._backup_timer.start()
        shell.closing.connect(self._on_closing)

    @property
    def worker(self) -> BackupWorker:
        """The thread that makes backups, made when the first one is asked for."""
        if self._worker is None:
            from studyapp.ui.backup_worker import BackupWorker

            worker = self._worker = BackupWorker(
                lambda: Path(self.store.path),
                self.backup_dir,
                self.ctx.clock.now,
                self.ctx.thread_pool,
                parent=self,
                zone=self.ctx.clock.timezone,
            )
            worker.progress.connect(self._on_backup_progress)
            worker.finished.connect(self._on_backup_finished)
        return self._worker

    def _settle_backup(self) -> None:
        """No backup runs when this returns (closing, a restore): see BackupWorker.settle."""
        if self._worker is not None:
            self._worker.settle()

    # --- automatic backups ----------------------------------------------------------------

    def tick_backup(self) -> bool:
        """The backup timer's slot: an automatic backup when one is due (something
        changed and the last one is 30 minutes old), made on a worker thread; True
        when one started. A failure is a status-bar line: studying goes on, and the
        next attempt comes one interval later. Whether the store's file is still the
        window's (a stat and its header: on a slow or network disk, a wait) is asked
        on the worker's thread first: where it is not, nothing is copied or said
        (the poll and the next write say it), and the backup stays due."""
        if self.auto_backup is None or (self._worker is not None and self._worker.busy):
            return False  # one under way: the next tick asks again
        if not self.auto_backup.start():
            return False
        self.worker.start(AUTOMATIC, check=self.store.check_same_file)
        return True

    def _file_lost(self) -> StoreError | None:
        """Why the store's file holds no copy of this window's data any more (replaced,
        deleted, or written into by another program: core.store.overwritten), None
        when it does. A backup read from it copied another program's pages, or failed
        with SQLite's own words."""
        try:
            self.store.check_same_file()
        except StoreError as exc:
            return exc
        return None

    def _on_closing(self) -> None:
        self._backup_timer.stop()
        busy = self._worker is not None and self._worker.busy
        if busy or (self.auto_backup is not None and self.auto_backup.closing_due()):
            # The person has quit: the window goes now, not once a big store is copied
            # (or a backup under way settled). Nothing is lost: the copy is the same,
            # made before the store closes and the process ends.
            self.shell.hide()
            from studyapp.core.recovery import note_closing

            note_closing(self.backup_dir.parent)  # a start meanwhile waits (startup)
        self._settle_backup()  # an automatic backup stops: the closing one takes its changes
        if self.auto_backup is None:
            return
        try:
            self.auto_backup.on_close()
        except StudyAppError as exc:  # the window is going: the next start says it
            print(f"studyapp: the backup on closing failed: {exc}", file=sys.stderr)
            from studyapp.core import unfinished

            way_out = exc.hint if isinstance(exc, StoreError) else ""
            unfinished.note_backup_failed(self.store, self.ctx.clock.now(), _reason(exc), way_out)

    # --- what an earlier run left undone ------------------------------------------------

    def tell_unfinished(self, *, wait: bool = False) -> None:
        """What the last run could not finish, said once the window shows its figures,
        in notices that stop nothing (core.unfinished): the backup on closing that
        failed, with why and Back Up Now; the import that never ended, with Import
        Again. Then forgotten: the next start says nothing more of it. Said one after
        another, the next once the one before is closed: opened at once, they hid each
        other's words. `wait`: each is closed before this returns, where a question of
        the start follows them (the offer to resume a mock): data safety first. Once a
        run: a later call says nothing."""
        if self._told:
            return
        if self.ctx.read_only:
            self.notices_done.emit()  # said by the window that can write, and forget, it
            return
        self._told = True
        from studyapp.core import unfinished

        store = self.store
        if (failed := unfinished.backup_failed(store)) is not None:
            unfinished.forget_backup_failed(store)
            when = f" ({local_time(failed.at)})" if failed.at is not None else ""
            self.last_failed = f"When StudyApp last closed{when}: {failed.why}"
            from studyapp.core.backup import list_backups

            title = "The last backup failed"
            self.status(f"The backup when StudyApp last closed failed: {failed.why}", 30000)
            older = (
                "your newest backup is older than it"
                if list_backups(self.backup_dir)
                else "there is no backup of it at all"
            )
            # The failure's own way out where it was kept ("Move that file away" for a
            # file in the backups folder's place), not "make room" for every failure.
            then = "back up now (also in File → Backups…)."
            way_out = (
                f"{failed.way_out.rstrip('.')}. Then {then}"
                if failed.way_out
                else f"Make room if the disk is full, then {then}"
            )
            self._notice(
                title,
                f"The backup StudyApp makes on closing could not be made when it last"
                f" closed{when}: {failed.why}",
                f"Your study data itself is as you left it, but {older}. {way_out}",
                action=("Back Up Now", self.backup_now),
            )
        self._tell_unfinished_restore()
        if (left := unfinished.unfinished_import(store)) is not None:
            unfinished.forget_unfinished_import(store)
            name = Path(left.path).name or left.path
            nothing = "" if left.saved else ": nothing of it was imported"
            self.status(f"The import of {name} did not finish{nothing}.", 30000)
            self._notice(
                "Import did not finish",  # short: a title bar cut the file's name
                f"The import of {left.path} did not finish: StudyApp stopped while importing"
                " it (it was closed, killed or crashed).",
                # Saved or not is known (core.unfinished): the import saves in one
                # transaction, and the mark that it did commits with it.
                "Its questions were saved, but what follows the saving (review history,"
                " pictures) may not all be in. Import it again to be sure."
                if left.saved
                else "Nothing of it was imported: your study data is as it was before the"
                " import. Import it again to add its notes.",
                action=(
                    "Import Again",
                    lambda: self.import_again_requested.emit(left.path, left.split_at),
                ),
            )
        self._tell_in_turn(wait)

    def _tell_unfinished_restore(self) -> None:
        """A restore a process did not live to end (core.store.restore_note), said as an
        import that died is; what it left in the backups folder deleted, and the older
        files kept beside the data (after the first paint: a look at each file)."""
        from studyapp.core.backup import remove_dead_partials
        from studyapp.core.store import restore_note
        from studyapp.core.store.kept_files import rotate_kept

        remove_dead_partials(self.backup_dir)
        path = Path(self.store.path)
        # The damaged copies, logs set aside and session copies beyond the newest few,
        # unless one holds something the data lacks (core.store.kept_files).
        rotate_kept(path)
        if (left := restore_note.left(path)) is None:
            return
        restore_note.forget(path)
        if not left.as_it_was:  # the file was swapped in: the restore did its work
            return
        name = Path(left.source).name or left.source
        self.status("Your restore did not finish; your data is as it was.", 30000)
        self._notice(
            "Restore did not finish",
            f"The restore of {name} did not finish: StudyApp stopped while restoring it"
            " (it was closed, killed or crashed).",
            "Your data is as it was before: nothing was replaced. Restore it again in"
            " File → Backups… if you still want it.",
            action=("Backups…", self.show_backups),
        )

    def _notice(
        self, title: str, *paragraphs: str, action: tuple[str, Callable[[], object]]
    ) -> None:
        """A notice that stops nothing, its title in bold above (macOS shows no title
        on a message box), the person's file names escaped: said in turn
        (`_tell_in_turn`)."""
        body = "".join(f"<p>{escape_html(p)}</p>" for p in paragraphs)
        text = RichText(f"<p><b>{escape_html(title)}</b></p>{body}")
        self._untold.append((title, text, action))

    def _tell_in_turn(self, wait: bool) -> None:
        """The notices not yet shown, one at a time: the next when the one before is
        closed; with `wait`, each closed before this returns. Then `notices_done`."""
        while self._untold:
            title, text, action = self._untold.pop(0)
            if wait:
                self.ctx.messages.notice(title, text, *action, wait=True)
                continue
            box = self.ctx.messages.notice(title, text, *action)
            if box is not None:
                box.finished.connect(lambda *_: self._tell_in_turn(False))
                return
        self.notices_done.emit()

    def backup_now(self) -> bool:
        """Backups → Back Up Now: a "manual" backup (old ones rotated as usual), made
        on a worker thread; its progress and its end show in the Backups dialog and
        the status bar. True when it started (or follows the one under way)."""
        if self.refuse_if_read_only("Backing up"):
            return False
        if (lost := self._file_lost()) is not None:
            self.show_write_error("Could not back up", lost)
            return False
        started = self.worker.start(MANUAL)
        if started and self.auto_backup is not None:
            self.auto_backup.begin_manual()  # what it copies is not copied again a minute later
        if started and self.backups_dialog is not None:
            self.backups_dialog.set_working("Backing up…", 0)
        return started

    def _on_backup_progress(self, step: str, percent: int) -> None:
        if self.worker.reason != AUTOMATIC and self.backups_dialog is not None:
            self.backups_dialog.set_working(f"{step}…", percent)

    def _on_backup_finished(self, outcome: BackupOutcome) -> None:
        if outcome.reason == AUTOMATIC:
            self._automatic_ended(outcome)
            return
        if self.auto_backup is not None and not outcome.cancelled:
            self.auto_backup.ended(outcome.path is not None)
        dialog = self.backups_dialog
        if dialog is not None and not self.worker.busy:
            dialog.set_working(None)
        if outcome.crash is not None:
            print(outcome.crash, file=sys.stderr)
            self.ctx.messages.crash("The backup failed unexpectedly.", outcome.crash)
        elif outcome.error is not None:
            self._failed_now(outcome.error)
            self.show_write_error("Could not back up", outcome.error)
        elif outcome.path is not None:
            self.last_failed = None
            self.status(f"Backed up: {outcome.path.name}", 5000)
        if dialog is None:
            return
        self._refresh_dialog()
        if outcome.path is None:
            if not outcome.cancelled:
                dialog.set_status("The backup was not made (see the message).", error=True)
            return
        dialog.select(outcome.path)
        size = next((b.size for b in dialog.backups if b.path == outcome.path), 0)
        from studyapp.core.format import size_label

        dialog.set_status(f"<b>Backed up just now</b> ({size_label(size)}).")
        dialog.status.setToolTip(str(outcome.path))

    def _automatic_ended(self, outcome: BackupOutcome) -> None:
        auto = self.auto_backup
        if outcome.lost is not None:  # nothing of its own to copy: said elsewhere
            if auto is not None:
                auto.cancelled()
            return
        if outcome.cancelled:
            # Stopped for a manual backup, which takes its changes (begin_manual); for
            # closing or a restore, they are pending again.
            if auto is not None and self.worker.reason != MANUAL:
                auto.cancelled()
            return
        if auto is not None:
            auto.ended(outcome.path is not None)
        if outcome.crash is not None:
            print(outcome.crash, file=sys.stderr)
            self.status("Automatic backup failed unexpectedly (details on the terminal).", 30000)
        elif outcome.error is not None:
            self._failed_now(outcome.error)
            self.status(f"Automatic backup failed: {outcome.error}", 30000)
        else:
            self.last_failed = None
            self._refresh_dialog()

    def _failed_now(self, error: object) -> None:
        self.last_failed = f"{local_time(self.ctx.clock.now())}: {_reason(error)}"
        self._refresh_dialog()

    # --- the dialog ---------------------------------------------------------------------

    def show_backups(self) -> BackupsDialog:
        """File → Backups…: the list, Back Up Now and Restore… (window-modal, does not
        block; tests drive the dialog it returns)."""
        if self.backups_dialog is not None:
            self.backups_dialog.raise_()
            return self.backups_dialog
        from studyapp.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(
            restore_sources(self.store, self.backup_dir),
            self.backup_dir,
            self.ctx.clock.now(),
            read_only=self.ctx.read_only,
            open_url=self.ctx.open_url,
            loses=self._restore_loses,
            holds=self._kept_holds,
            parent=self.shell,
        )
        flat_bars_in(dialog, self.ctx.theme.effective)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.backup_requested.connect(self._on_backup_requested)
        dialog.restore_requested.connect(self._on_restore_requested)
        dialog.delete_requested.connect(self._on_delete_requested)
        dialog.finished.connect(self._on_backups_closed)
        dialog.set_last_failed(self.last_failed)
        self.backups_dialog = dialog
        dialog.open()
        return dialog

    def _restore_loses(self, source: Path) -> str:
        """What restoring `source` would take away from the study data, in a sentence."""
        from studyapp.core.store.holdings import restore_loses

        return restore_loses(self.store.path, source)

    def _kept_holds(self, path: Path) -> str:
        """What the kept file at `path` holds that the study data lacks, in a sentence."""
        from studyapp.core.store.holdings import kept_holds

        return kept_holds(path, self.store.path)

    def _on_delete_requested(self, path: Path) -> None:
        """Delete… confirmed: a backup (never the only one left: core.backup.delete_backup),
        or a file kept beside the data."""
        from studyapp.core.backup import delete_backup
        from studyapp.core.store.kept_files import delete_kept

        if self.refuse_if_read_only("Deleting"):
            return
        if path.parent == self.backup_dir:
            deleted = delete_backup(self.backup_dir, path)
        else:
            deleted = delete_kept(self.store.path, path)
        self._refresh_dialog()
        if self.backups_dialog is not None:
            self.backups_dialog.set_status(
                f"Deleted {escape_html(path.name)}."
                if deleted
                else f"{escape_html(path.name)} could not be deleted.",
                error=not deleted,
            )

    def _on_backups_closed(self, _result: int) -> None:
        self.backups_dialog = None
        self.shell.activateWindow()

    def _refresh_dialog(self) -> None:
        if self.backups_dialog is not None:
            sources = restore_sources(self.store, self.backup_dir)
            self.backups_dialog.set_backups(sources, self.ctx.clock.now())
            self.backups_dialog.set_last_failed(self.last_failed)

    def _on_backup_requested(self) -> None:
        self.backup_now()

    def _on_restore_requested(self, path: Path) -> None:
        restored = self.restore_from_backup(path)
        dialog = self.backups_dialog
        if dialog is None:
            return
        self._refresh_dialog()
        if restored:
            made = next((b.created for b in dialog.backups if b.path == path), None)
            when = f" made {local_time(made)}" if made is not None else ""
            what = f"Restored the backup{escape_html(when)}."
            if self.salvaged:  # a damaged file: what could be read of it
                what = f"Restored what could be read of the file{escape_html(when)}: " + (
                    escape_html(self.salvaged)
                )
            # Named as the list names it: which backup it was made before restoring.
            kept = next((b for b in dialog.backups if b.reason == "before-restore"), None)
            label = source_label(kept) if kept is not None else kind_label("before-restore")
            dialog.set_status(
                f"{what} Your data from before it is kept as the newest"
                f" “{escape_html(label)}” backup."
            )
        else:
            dialog.set_status("Nothing was restored: your study data is as it was.", error=True)

    # --- restoring -----------------------------------------------------------------------

    def restore_from_backup(self, path: str | Path) -> bool:
        """Replace the study data with a backup: close the store, swap the file (the
        current data is kept as a "before-restore" backup first), open it again and
        reload every view. On a StoreError (a damaged backup, a full disk, the store
        in use by another StudyApp) the message is shown and the store is opened
        again unchanged. False when nothing was restored."""
        if self.refuse_if_read_only("Restoring"):
            return False
        messages = self.ctx.messages
        if self.shell.mode is Mode.MOCK:
            messages.info("Restore a backup", "End the mock interview first.")
            return False
        if self._import_busy():
            messages.info("Restore a backup", "Wait for the import to finish first.")
            return False
        # The backup under way reads the store through its own connection, which
        # would make the swap refuse: an automatic one stops, a manual one ends.
        self._settle_backup()
        self.store_closing.emit()  # a study session stops, idle work stops and flushes
        store_file = Path(self.store.path)
        self.store.close()
        error: StoreError | None = None
        self.salvaged = ""
        try:
            with _busy():
                self.salvaged = _restore(path, store_file, self.backup_dir, self.ctx.clock.now())
        except StoreError as exc:
            error = exc
        try:
            with _busy():
                store = self.ctx.open_store(store_file)
        except StudyAppError as exc:
            # Neither the backup nor the old store opens: nothing here can work on.
            self.auto_backup = None  # its store is closed
            self.show_write_error("Could not open the study data again", exc)
            self.shell.close()
            return False
        self.ctx.store = store
        if self.auto_backup is not None:
            self.auto_backup = AutoBackup(store, self.backup_dir, self.ctx.clock)
        if error is None:
            from studyapp.core.anki_media import refill_media

            with contextlib.suppress(OSError, StudyAppError), _busy():
                refill_media(store)  # the restored decks' Anki pictures, where gone
        self.store_replaced.emit()
        if error is not None:
            self.show_write_error("Could not restore the backup", error)
            return False
        self.status("Backup restored." if not self.salvaged else self.salvaged, 5000)
        return True


def _reason(error: object) -> str:
    """Why a backup failed, without the advice a message box adds to it."""
    return error.message if isinstance(error, StoreError) else str(error)


def _restore(path: str | Path, store_file: Path, backups: Path, now: datetime) -> str:
    """Restore the backup at `path`; a damaged one by what can still be read of it
    (core.store.salvage_restore), which is said: "" for a backup restored whole."""
    try:
        restore_backup(path, store_file, backups, now)
    except DamagedBackup:
        from studyapp.core.store.salvage_restore import restore_salvaged

        return restore_salvaged(path, store_file, backups, now).said
    return ""

"""What a start-up recovery tells the person (core.store.recovery does the recovering).

`RecoveryReport` is the record `open_store_safely` returns for a store that was
damaged, restored, repaired, missing its log, or found beside another copy; its
`title` and `message` are every story's words, told once, in one place. Its parts
name what happened; the words say what was kept, where, and what to do next.
`plain_problem` (core.store.sqlite_words) turns SQLite's findings into one plain phrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from studyapp.core.format import plural
from studyapp.core.paths import restore_command
from studyapp.core.store import saved_copies, session_rows, side_files
from studyapp.core.store.backup import BackupInfo
from studyapp.core.store.copies import NewerCopy
from studyapp.core.store.log_aside import WITH_LOG
from studyapp.core.store.sqlite_words import foreign, no_database, plain_problem, store_state

# What `problem` says when there was no file to be damaged, or nothing in it.
MISSING = "the file is missing"
EMPTY = "the file is empty"
# Why the log or journal of a store that is missing was set aside (core.store.recovery).
ORPHANED = (
    "the database file it belongs to is missing (deleted, or moved without it), and it"
    " holds only the last changes made to that file, which cannot be read without it"
)


class RecoveryReport(NamedTuple):
    """What `open_store_safely` did about a damaged store, for the person to read."""

    damaged_path: Path  # where the damaged file (or a copy of it) now is, never deleted
    problem: str  # what SQLite said about it
    restored: BackupInfo | None  # the backup now in use; None: repaired, or a fresh store
    skipped: tuple[Path, ...] = ()  # newer backups that failed their own check
    repaired: tuple[str, ...] = ()  # repairs made (then nothing was restored)
    whole: bool = True  # every row of the person's data was kept
    newer: Path | None = None  # the newest backup made by a newer StudyApp, not usable here
    set_aside: Path | None = None  # another database's log or journal, moved off the store
    set_aside_why: str = ""  # how it was known not to be the store's own
    copies: tuple[NewerCopy, ...] = ()  # a sync tool's copies beside it, with newer reviews
    deck_made: bool = False  # a deck was made again whose row was lost (core.refill)
    carried: int = 0  # reviews the damaged file held that the backup restored lacked
    carried_mocks: int = 0  # and mock interviews
    carried_cards: int = 0  # and questions' cards graded since (core.store.carried)
    log_lost: bool = False  # the store's write-ahead log was gone before this start
    # The log was damaged part-way (core.store.log_damage): a copy of it as it was, and
    # how many commits past the damage could not be read.
    log_damaged: Path | None = None
    log_commits: int = 0
    log_taken: int = 0  # reviews saved past the damage, taken back from the log's pages
    log_decks: tuple[str, ...] = ()  # the decks of their questions
    backups: Path | None = None  # the backups folder, where a restore was made
    # A session that ended without closing kept rows the store lacks (written over or
    # replaced since): they are saved in a copy (core.store.session_rows).
    session: session_rows.SessionLeft | None = None

    @property
    def from_saved_copy(self) -> bool:
        """What was restored is the copy StudyApp saved when the store's file went
        under the open app (core.store.saved_copies), not a backup."""
        return self.restored is not None and self.restored.reason == saved_copies.OPEN

    @property
    def may_miss_notes(self) -> bool:
        """Questions may be missing that the person's notes still hold: a salvage lost
        rows, or the store went back to a backup (core.refill imports the notes again)."""
        return (
            (bool(self.repaired) and not self.whole)
            or (self.restored is not None and not self.from_saved_copy)
            or self.deck_made  # its name and notes lost: the bundled deck's found again
        )

    @property
    def _only_copies(self) -> bool:
        return (
            bool(self.copies) and not self.repaired and self.restored is None and not self.problem
        )

    @property
    def _log_failed(self) -> bool:
        """The log was gone before this start, or damaged part-way."""
        return self.log_lost or self.log_damaged is not None

    @property
    def _only_log_lost(self) -> bool:
        return (
            self._log_failed
            and not self.problem
            and not self.repaired
            and self.restored is None
            and self.set_aside is None
            and not self.copies
        )

    @property
    def offers_session(self) -> bool:
        """Only the last session's changes, saved in a copy with the store as found, are
        said: the start offers to restore that copy."""
        return self._only_session and self.session is not None and self.session.copy is not None

    @property
    def _only_session(self) -> bool:
        # The log a killed session left beside the file put over it is set aside as not
        # the file's: the session's own, its rows in the copy saved. Said, not in the way.
        left = self.session
        aside = self.set_aside
        own_log = (
            left is not None
            and left.how in (session_rows.CRASHED, session_rows.WENT)
            and aside
            and "-wal" in aside.name
        )
        alone = self._replace(set_aside=None, set_aside_why="") if own_log else self
        if self._log_took_session:  # one story: the log deleted held the session's rows
            alone = alone._replace(log_lost=False, log_damaged=None, log_commits=0)
        return left is not None and alone == RecoveryReport(
            self.damaged_path, "", None, session=left
        )

    @property
    def _log_took_session(self) -> bool:
        """The log was deleted (or damaged) after a session that ended without closing:
        the rows the store lacks went with it, not under another program."""
        left = self.session
        return self._log_failed and left is not None and left.how == session_rows.CRASHED

    @property
    def title(self) -> str:
        if self._only_session and self._log_took_session:
            kept = "; a copy has them" if self.session and self.session.copy else ""
            fate = "damaged" if self.log_damaged is not None else "deleted"
            return f"Your latest grades were in a log that was {fate}{kept}"
        if self._only_session:
            return "Your study data was changed by another program since your last session"
        if self._only_log_lost:
            if self.log_damaged is not None:
                return "The log of your latest changes was damaged"
            return "The log of your latest changes was missing"
        if self._only_copies and self.set_aside is None:
            return "Another copy of your study data, with newer reviews, is beside it"
        if self.set_aside_why == ORPHANED and self.restored is None:
            return "Your study data was missing; StudyApp started afresh"
        if self.set_aside is not None and not self.repaired and self.restored is None:
            return "A file beside your study data was not its own and was set aside"
        if self.repaired:
            if not self.whole:
                return "Your study data was damaged; what could be read has been saved"
            return "Your study data was damaged and has been repaired"
        if foreign(self.problem):
            done = "StudyApp started afresh" if self.restored is None else "a backup was restored"
            if no_database(self.problem):
                return f"Another file was in your study data's place; {done}"
            return f"Another program's database was in your study data's place; {done}"
        if self.restored is None:
            if self.problem == EMPTY:
                return "Your study data was empty; StudyApp started afresh"
            return "Your study data could not be read; StudyApp started afresh"
        if self.from_saved_copy:
            state = "missing" if self.problem == MISSING else "damaged"
            return f"Your study data was {state}; the copy StudyApp saved of it was restored"
        if self.problem == MISSING:
            return "Your study data was missing and has been restored from a backup"
        return "Your study data was damaged and has been restored from a backup"

    @property
    def message(self) -> str:
        if self.session is not None:
            took = self._log_took_session
            said = session_rows.left_message(
                self.damaged_path, self.session, log_lost=took, log_kept=self.log_damaged
            )
            if self._only_session and self.set_aside is None:
                return said
            if self._only_session:  # the log beside it was that session's, not the file's
                return (
                    f"{said} The session's log, which SQLite would have read into the"
                    " database put in its place, was set aside, not deleted:"
                    f" {self.set_aside}. A copy is restored in Backups…, or with"
                    " `studyapp restore`."
                )
            rest = self._replace(session=None, log_lost=self.log_lost and not took)
            if took:
                rest = rest._replace(log_damaged=None, log_commits=0)
            return f"{said} {rest.message}"
        if self._only_log_lost:
            return self._log_message
        if self._log_failed:
            return f"{self._log_message} {self._first_message}"
        return self._first_message

    @property
    def _log_message(self) -> str:
        if self.log_damaged is None:
            return _log_lost_message(self.damaged_path)
        changes = plural(self.log_commits, "change")
        what = (
            f"The log of the latest changes to your study database ({self.damaged_path.name}"
            "-wal) was damaged part-way, by a power cut or a failing disk: StudyApp read"
            " the changes saved before the damage"
        )
        kept = (
            f"A copy of the log as it was, with every change saved after the damage in it, is"
            f" kept, not deleted: {self.log_damaged}."
        )
        if self.log_taken:
            grades = plural(self.log_taken, "grade")
            decks = f" (in {', '.join(self.log_decks)})" if self.log_decks else ""
            return (
                f"{what}, and from the {changes} saved after it took back the {grades} they"
                f" held{decks}: {'it is' if self.log_taken == 1 else 'they are'} in your study"
                " data again. Anything else changed after the damage (an edit, an import, a mock"
                f" interview) may be missing. {kept} If anything looks missing, restore a"
                " backup (Backups…, or `studyapp restore`)."
            )
        return (
            f"{what}, and {changes} saved after it could not be read. {kept} If anything"
            " looks missing, restore a backup (Backups…, or `studyapp restore`)."
        )

    @property
    def _first_message(self) -> str:
        if self.from_saved_copy:
            copies = f" {_copies_after(self.copies)}" if self.copies else ""
            return f"{self._saved_copy_message}{copies}"
        if self._only_copies and self.set_aside is None:
            return _copies_message(self.damaged_path, self.copies)
        if (others := self._other_copies) and (
            self.set_aside is None or self.repaired or self.restored
        ):
            # Found after a repair, a restore or a fresh start: the copy may hold what
            # was lost, and the next start would have been the first to say so.
            return f"{self._with_aside_message} {_copies_after(others)}"
        return self._with_aside_message

    @property
    def _saved_copy_message(self) -> str:
        """Short: what happened, what was restored, where the other copies are."""
        assert self.restored is not None
        copy = self.restored.path
        if self.problem == MISSING:
            what = f"Your study database {self.damaged_path.name} was deleted or moved."
        else:
            what = (
                f"Your study database was damaged ({plain_problem(self.problem)});"
                f" it was moved aside as {self.damaged_path.name}."
            )
        kept = [f"that copy, in {copy.parent}"]
        if self.backups is not None:
            kept.append(f"the backups, in {self.backups}")
        if self.set_aside is not None:
            kept.append(f"the log left behind, set aside as {self.set_aside.name}")
        carried = (
            f" {plural(self.carried, 'review')} still readable in the damaged file"
            f" {'was' if self.carried == 1 else 'were'} added to it."
            if self.carried
            else ""
        )
        return (
            f"{what} StudyApp restored the copy it had saved when the file went from under"
            f" it, {copy.name}, with every grade saved until then.{carried} Kept as they"
            f" were: {'; '.join(kept)}."
        )

    @property
    def _with_aside_message(self) -> str:
        if self.set_aside is None:
            return self._newer_message
        kind = _side_kind(self.set_aside)
        aside = (
            f"Beside StudyApp's study database was a file SQLite reads as part of it (its"
            f" {kind}), but this one does not belong to it:"
            f" {self.set_aside_why}. It was set aside, not deleted: {self.set_aside}."
        )
        if (held := self._log_copy) is not None:
            aside += (
                f" Read with it, the database holds {plural(held.reviews, 'grade')} dated"
                f" after the newest in the file alone: StudyApp saved the two read together"
                f" as {held.path.name}, beside it. To go on from it, restore it in"
                " File → Backups…, where it is listed, or close StudyApp and run"
                f" `{restore_command(held.path, held.path.parent)}` (the database now in"
                " use is kept as a backup first)."
            )
        if self.set_aside_why == ORPHANED:
            aside = (
                f"The study database's {kind} was left where it was: {ORPHANED}. It was"
                f" set aside, not deleted: {self.set_aside}. If you moved the database"
                " file, quit StudyApp, put it back, give that file its old name again"
                f" ({self.set_aside.name.split(side_files.SET_ASIDE)[0]}), and start"
                " StudyApp again."
            )
            if self.restored is None:
                return (
                    f"{aside} No backup was found, so StudyApp started with a new database:"
                    " none of your decks or reviews are in it."
                )
        if self.repaired or self.restored is not None:
            return f"{aside} {self._newer_message}"
        # Copies found at the same start were named nowhere, yet counted as told.
        others = self._other_copies
        copies = f" {_copies_message(self.damaged_path, others)}" if others else ""
        return (
            f"{aside} Your study data opened as it is saved in the database file itself;"
            " nothing in it was changed. If anything looks missing, restore a backup"
            f" (Backups…, or `studyapp restore`).{copies}"
        )

    @property
    def _log_copy(self) -> NewerCopy | None:
        """The copy of the store read with the log set aside (core.store.log_aside)."""
        found = [c for c in self.copies if WITH_LOG in c.path.name]
        return found[0] if self.set_aside is not None and found else None

    @property
    def _other_copies(self) -> tuple[NewerCopy, ...]:
        """The copies beside the store but the one `_log_copy` names (said with it)."""
        held = self._log_copy
        return tuple(c for c in self.copies if c is not held)

    @property
    def _newer_message(self) -> str:
        if self.newer is None or self.restored is not None:
            return self._message
        return (
            f"{self._message} A backup made by a newer version of StudyApp may hold more of"
            f" your data: {self.newer}. Update StudyApp, then restore that backup"
            " (Backups…, or `studyapp restore`)."
        )

    @property
    def _message(self) -> str:
        if self.repaired:
            return (
                f"StudyApp found damage in its study database ({plain_problem(self.problem)}). "
                f"It {'; '.join(self.repaired)}. "
                f"{'Your reviews and progress are kept. ' if self.whole else ''}"
                f"A copy of the file as it was is kept, not deleted: {self.damaged_path}. "
                "If anything looks wrong, restore a backup (Backups…, or "
                "`studyapp restore`)."
            )
        what = (
            f"StudyApp could not read its study database ({plain_problem(self.problem)}). "
            f"The damaged file was moved aside, not deleted: {self.damaged_path}."
        )
        if foreign(self.problem):
            what = (
                f"The file in the place of StudyApp's study database"
                f" {store_state(self.problem)}. StudyApp changed nothing in it and moved it"
                f" aside as it is, not deleted: {self.damaged_path}."
            )
            if self.restored is None:
                return (
                    f"{what} No backup of your study data was found, so StudyApp started"
                    " with a new database: import your notes to study. If that file was"
                    " put there in place of your study data (a restore or a sync under the"
                    " wrong name), your study data may still be where it came from."
                )
        if self.problem == EMPTY:
            what = (
                "StudyApp's study database was empty: what it held was lost before this"
                " start (a crash or a full disk while it was written, or a copy or a sync"
                " that failed)."
            )
            if self.restored is None:
                return (
                    f"{what} No usable backup was found, so StudyApp started with a new"
                    " database: import your notes again to study."
                )
        if self.problem == MISSING:
            what = f"StudyApp's study database {self.damaged_path} is missing (deleted or moved)."
            if self.restored is None:
                return (
                    f"{what} None of its backups could be used, so StudyApp started with a "
                    "new database: none of your decks or reviews are in it."
                )
        if self.restored is None:
            return (
                f"{what} No usable backup was found, so StudyApp started with a new "
                "database (none of your decks are in it): import your notes again to"
                " study; the reviews in the damaged file are not in it. Keep that file:"
                " it may still be recoverable."
            )
        when = self.restored.created.strftime("%Y-%m-%d %H:%M UTC")
        skipped = (
            f" {plural(len(self.skipped), 'newer backup')}"
            f" {'was' if len(self.skipped) == 1 else 'were'} damaged too and skipped:"
            f" {', '.join(p.name for p in self.skipped[:3])}."
            if self.skipped
            else ""
        )
        if self.carried or self.carried_mocks or self.carried_cards:
            made = " and ".join(
                plural(n, kind)
                for n, kind in ((self.carried, "review"), (self.carried_mocks, "mock interview"))
                if n
            )
            added = [f"{made} made since"] if made else []
            if self.carried_cards:
                added.append(
                    f"the progress of {plural(self.carried_cards, 'question')} graded since"
                )
            said = " and ".join(added)
            one = self.carried + self.carried_mocks + (self.carried_cards > 0) == 1
            unread = (
                " (the reviews themselves could not be read: the history and statistics lack them)"
                if self.carried_cards and not self.carried
                else ""
            )
            return (
                f"{what} The newest good backup, made {when}, was restored.{skipped} "
                f"{said[:1].upper()}{said[1:]}, still readable in the damaged"
                f" file, {'was' if one else 'were'} added to it{unread}; other"
                f" changes made after {when} may be missing."
            )
        return (
            f"{what} The newest good backup, made {when}, was restored.{skipped} "
            f"Reviews and changes made after {when} may be missing."
        )


def _copies_message(path: Path, copies: tuple[NewerCopy, ...]) -> str:
    listed = "; ".join(f"{c.path.name} ({plural(c.reviews, 'review')})" for c in copies)
    return (
        f"Beside StudyApp's study database {path} is another copy of it holding reviews"
        f" dated after the newest in it: {listed}. A sync tool makes such a copy when two"
        " computers changed the database between syncs, and the grades made on one of"
        " them are then only in the copy. StudyApp opened its own database and left the"
        " copy as it is. To go on from the copy instead, restore it in File → Backups…,"
        " where it is listed, or close StudyApp and run"
        f" `{restore_command(copies[0].path, copies[0].path.parent)}`: your database is"
        " kept as a backup first. Keep the copy until you have decided."
    )


def _copies_after(copies: tuple[NewerCopy, ...]) -> str:
    listed = "; ".join(f"{c.path.name} ({plural(c.reviews, 'review')})" for c in copies)
    return (
        "Beside it is another copy of your study data, as a sync tool leaves one, holding"
        f" reviews dated after the newest in the database now in use: {listed}. It may"
        " hold what was lost. StudyApp left it as it is; to go on from it, restore it in"
        " File → Backups…, where it is listed, or close StudyApp and run"
        f" `{restore_command(copies[0].path, copies[0].path.parent)}` (the database now in"
        " use is kept as a backup first)."
    )


def _log_lost_message(path: Path) -> str:
    return (
        f"StudyApp's study database opened without its log of recent changes"
        f" ({path.name}-wal): it was deleted, or left behind when the database was copied"
        " or synced, while StudyApp was closed. Changes made just before StudyApp last"
        " stopped may be missing. If anything looks missing, restore a backup"
        " (Backups…, or `studyapp restore`)."
    )


def _side_kind(side: Path) -> str:
    return "rollback journal" if "-journal" in side.name else "write-ahead log"

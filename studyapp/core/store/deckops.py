"""Managing decks and questions: rename and remove a deck, suspend, delete with undo,
edit a question's text, and `PRAGMA data_version` (did another process write?).
A removed deck's space goes back to the disk (`_give_back_space`)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core.model import Deck
from studyapp.core.store.base import StoreBase, _op
from studyapp.core.store.decks import DecksPart
from studyapp.core.store.errors import StoreError
from studyapp.core.store.word_search import _fts_rowid
from studyapp.core.titles import normalize_title

RECLAIM_BYTES = 1 << 20  # free space below this is not worth rewriting the file for
MERGE_INDEX_AFTER = 100  # questions removed with a deck: worth merging the search index


class DeckRemoval(NamedTuple):
    """What removing a deck takes with it."""

    deck_name: str
    questions: int
    reviews: int

    def __str__(self) -> str:
        from studyapp.core.format import plural

        questions, reviews = plural(self.questions, "question"), plural(self.reviews, "review")
        return f'"{self.deck_name}": {questions} and {reviews}'


class DeckOpsPart(DecksPart, StoreBase):
    # --- decks -------------------------------------------------------------------

    @_op
    def deck(self, deck_id: int) -> Deck | None:
        row = self._conn.execute(
            "SELECT id, name, source_path, source_hash, read_by FROM decks WHERE id = ?", (deck_id,)
        ).fetchone()
        return None if row is None else Deck(*row)

    @_op
    def rename_deck(self, deck_id: int, name: str) -> None:
        """Give a deck another name; its file and its questions' ids stay."""
        name = " ".join(name.split())
        if not name:
            raise StoreError("A deck needs a name.", "Type at least one letter.")
        with self.transaction():
            if (
                self._conn.execute("SELECT 1 FROM decks WHERE id = ?", (deck_id,)).fetchone()
                is None
            ):
                raise KeyError(deck_id)
            others = self._conn.execute("SELECT name FROM decks WHERE id != ?", (deck_id,))
            # In any case: a deck is found by its name in any case (`studyapp remove-deck
            # cards`), so "Cards" beside "cards" would find (and remove) the wrong one.
            taken = next((r[0] for r in others if r[0].casefold() == name.casefold()), None)
            if taken is not None:
                raise StoreError(
                    f'There is already a deck named "{taken}".', "Choose another name."
                )
            self._conn.execute("UPDATE decks SET name = ? WHERE id = ?", (name, deck_id))
            self._log.decks = True

    @_op
    def relink_deck(self, deck_id: int, name: str, source_path: str) -> bool:
        """Give a deck made again without its row ("Recovered deck 3": no name, no
        source) the name its question ids were made from and its notes' source, so
        that importing those notes again finds it. False (and nothing changed) where
        another deck with questions has that name or source."""
        with self.transaction():
            taken = [
                r[0]
                for r in self._conn.execute(
                    "SELECT id FROM decks WHERE id != ? AND (lower(name) = lower(?)"
                    " OR source_path = ?)",
                    (deck_id, name, source_path),
                )
            ]
            for other in taken:
                if self._conn.execute(
                    "SELECT 1 FROM questions WHERE deck_id = ? LIMIT 1", (other,)
                ).fetchone():
                    return False
            # An empty husk in its place (its row given another id by a tool, its
            # questions left pointing to the old one) goes, with its empty topics.
            for other in taken:
                self._conn.execute("DELETE FROM decks WHERE id = ?", (other,))
            self._conn.execute(
                "UPDATE decks SET name = ?, id_name = ?, source_path = ? WHERE id = ?",
                (name, name, source_path, deck_id),
            )
            self._log.decks = True
            return True

    @_op
    def deck_removal(self, deck_id: int) -> DeckRemoval:
        """What `remove_deck` would take: its name, questions (removed ones too) and reviews."""
        row = self._conn.execute("SELECT name FROM decks WHERE id = ?", (deck_id,)).fetchone()
        if row is None:
            raise KeyError(deck_id)
        questions = self._conn.execute(
            "SELECT count(*) FROM questions WHERE deck_id = ? AND removed_at IS NULL", (deck_id,)
        ).fetchone()[0]
        reviews = self._conn.execute(
            "SELECT count(*) FROM reviews r JOIN questions q ON q.id = r.question_id"
            " WHERE q.deck_id = ?",
            (deck_id,),
        ).fetchone()[0]
        return DeckRemoval(row["name"], int(questions), int(reviews))

    @_op
    def remove_deck(self, deck_id: int) -> DeckRemoval:
        """Delete a deck with its topics, questions, cards, reviews and mock answers.

        Not undoable here: callers take a backup first (core.decks.remove_deck).
        """
        removal = self.deck_removal(deck_id)
        conn = self._conn
        with self.transaction():
            source = conn.execute(
                "SELECT source_path FROM decks WHERE id = ?", (deck_id,)
            ).fetchone()["source_path"]
            qids = [
                r[0] for r in conn.execute("SELECT id FROM questions WHERE deck_id = ?", (deck_id,))
            ]
            conn.executemany(
                "DELETE FROM questions_fts WHERE rowid = ?", [(_fts_rowid(q),) for q in qids]
            )
            # topics reference topics and questions reference topics: questions first.
            conn.execute("DELETE FROM questions WHERE deck_id = ?", (deck_id,))
            conn.execute("DELETE FROM topics WHERE deck_id = ?", (deck_id,))
            conn.execute("DELETE FROM decks WHERE id = ?", (deck_id,))
            keys = [f"deck.{deck_id}.line_breaks", f"import.split_at.{source}"]
            conn.executemany("DELETE FROM settings WHERE key = ?", [(k,) for k in keys])
            self._log.questions.update(qids)
            self._log.settings.update(keys)
            self._log.decks = self._log.topics = True
        if removal.questions >= MERGE_INDEX_AFTER:
            self._give_back_space()
        return removal

    def _give_back_space(self) -> None:
        """Merge the search index, then rewrite the file (VACUUM) when most of it is free
        pages. A removed deck of 8,000 questions left a 20 MB store holding 230 KB,
        and every backup copied the 20 MB. Where it cannot be done now (another
        connection reading, no room for the copy VACUUM writes), the space waits for
        the next removal: nothing is lost."""
        conn = self._conn
        with contextlib.suppress(sqlite3.OperationalError), self.transaction():
            # The search index keeps a deleted row's words until its segments merge.
            conn.execute("INSERT INTO questions_fts(questions_fts) VALUES ('optimize')")
        pages, free, size = (
            int(conn.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("page_count", "freelist_count", "page_size")
        )
        if free * size < RECLAIM_BYTES or free * 4 < pages:
            return
        with contextlib.suppress(sqlite3.OperationalError), self._writing():
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file shrinks now

    @_op
    def set_source_missing(self, deck_id: int, missing: bool) -> None:
        """Mark a deck whose file or folder is gone (or back); the deck itself stays."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE decks SET source_missing = ? WHERE id = ? AND source_missing != ?",
                (int(missing), deck_id, int(missing)),
            )
            if cursor.rowcount:
                self._log.decks = True

    @_op
    def missing_sources(self) -> set[int]:
        """Ids of the decks marked "source missing"."""
        return {r[0] for r in self._conn.execute("SELECT id FROM decks WHERE source_missing = 1")}

    @_op
    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version`: it changes when another connection (another
        StudyApp process, a command-line import) commits to the database, never for
        this store's own writes. Poll it to know when to reload."""
        version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        version -= self._own_version_moves  # its own log made again (core.store.base)
        if self._identity is not None or str(self.path) == ":memory:":
            return version  # a writer: SQLite's shared memory is its own to keep
        return self._version_of_files(version)

    def _version_of_files(self, version: int) -> int:
        """A read-only store's `data_version`, moved only when its files moved too. In
        a folder this user cannot write (permissions, a read-only mount), SQLite cannot
        make the shared memory beside the store and reads the log afresh each time:
        its `data_version` then moves at every read, and a read-only window said "Your
        study data changed outside this window: reloaded." every 2 seconds with nothing
        changed. Another program's commit writes the store's file or its log."""
        stamp = _files_stamp(self.path)
        seen = self._version_seen
        if seen is None or (version != seen[0] and stamp != seen[1]):
            self._version_seen = seen = (version, stamp)
        return seen[0]

    # --- questions -----------------------------------------------------------------

    @_op
    def set_suspended(self, qids: Iterable[str], suspended: bool = True) -> int:
        """Suspend (or unsuspend) questions: kept and shown, but never queued for study.
        Returns how many changed."""
        rows = [(int(suspended), qid, int(suspended)) for qid in dict.fromkeys(qids)]
        with self.transaction():
            changed = 0
            for row in rows:
                cursor = self._conn.execute(
                    "UPDATE questions SET suspended = ? WHERE id = ? AND suspended != ?", row
                )
                if cursor.rowcount:
                    changed += 1
                    self._log.questions.add(row[1])
        return changed

    @_op
    def forget_edit(self, qid: str) -> bool:
        """The question's text is the notes' again at the next import (an edit made in
        the app where the file could not take it is kept over re-imports until then).
        False when it was not such an edit."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE questions SET edited = 0 WHERE id = ? AND edited != 0", (qid,)
            )
            if cursor.rowcount:
                self._log.questions.add(qid)
        return bool(cursor.rowcount)

    @_op
    def suspended_ids(self, deck_id: int | None = None) -> set[str]:
        sql = "SELECT id FROM questions WHERE suspended = 1 AND removed_at IS NULL"
        params: tuple[int, ...] = ()
        if deck_id is not None:
            sql += " AND deck_id = ?"
            params = (deck_id,)
        return {r[0] for r in self._conn.execute(sql, params)}

    @_op
    def set_flag(self, qids: Iterable[str], flag: int) -> frozenset[str]:
        """Give questions Anki's flag `flag` (1–7; 0 takes it off): nothing else of
        theirs changes, and a re-import keeps it. Returns the ids whose flag changed
        (`Changes.questions` holds them)."""
        if flag not in range(8):
            raise ValueError(f"no flag {flag!r}: 0 (none) to 7")
        changed: set[str] = set()
        with self.transaction():
            for qid in dict.fromkeys(qids):
                cursor = self._conn.execute(
                    "UPDATE questions SET flag = ? WHERE id = ? AND flag IS NOT ?",
                    (flag, qid, flag),
                )
                if cursor.rowcount:
                    changed.add(qid)
            self._log.questions |= changed
        return frozenset(changed)

    @_op
    def delete_question(self, qid: str, now: datetime | None = None) -> None:
        """Delete a question the person does not want: it leaves every view and the study
        queue, a re-import does not bring it back, and `undelete_question` does (with its
        progress: nothing is erased). `now`: the caller's clock (this computer's unless
        given)."""
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE questions SET removed_at = ?, deleted = 1"
                " WHERE id = ? AND removed_at IS NULL",
                (moment.isoformat(timespec="seconds"), qid),
            )
            if cursor.rowcount == 0:
                raise KeyError(qid)
            self._log.questions.add(qid)
            self._log.topics = True

    @_op
    def last_deleted_question(self) -> str | None:
        """The question deleted last (by the person, not by a re-import), still in the
        store with its progress: what Ctrl+Z brings back, after a restart too."""
        row = self._conn.execute(
            "SELECT id FROM questions WHERE deleted = 1"
            " ORDER BY removed_at DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return None if row is None else row["id"]

    @_op
    def undelete_question(self, qid: str) -> None:
        """Undo `delete_question`."""
        with self.transaction():
            cursor = self._conn.execute(
                "UPDATE questions SET removed_at = NULL, deleted = 0 WHERE id = ? AND deleted = 1",
                (qid,),
            )
            if cursor.rowcount == 0:
                raise KeyError(qid)
            self._log.questions.add(qid)
            self._log.topics = True

    @_op
    def remember_title(self, qid: str, title: str) -> None:
        """Remember `title` as one of question `qid`'s, so an import that finds it in
        the notes file keeps the question's id (and progress). Written before an edit
        goes into the notes file: a crash or a full disk between the file's write and
        the store's leaves the file with the new title, and the import that follows
        still knows it. Harmless where the file never gets it: an alias is used only
        where its question's own title is not in the file."""
        norm = normalize_title(" ".join(title.split()))
        if not norm:
            return
        with self.transaction():
            row = self._conn.execute(
                "SELECT deck_id FROM questions WHERE id = ?", (qid,)
            ).fetchone()
            if row is None:
                raise KeyError(qid)
            self._conn.execute(
                "INSERT OR REPLACE INTO question_aliases (deck_id, norm_title, question_id)"
                " VALUES (?, ?, ?)",
                (row["deck_id"], norm, qid),
            )

    @_op
    def edit_question_text(
        self,
        qid: str,
        title: str,
        answer_markdown: str,
        *,
        keep_over_imports: bool,
        title_markup: str | None = None,
    ) -> None:
        """Change a question's title and answer.

        `title_markup`: the title's display form with its code marks (core.title_marks),
        "" for none; None keeps the stored one while the title stays, else drops it.

        `keep_over_imports`: the edit lives only in the store (its file could not be
        written), so re-imports keep it. Otherwise it was written to the file, and the
        new title is remembered as this question's, so the next import keeps its id.
        """
        title = " ".join(title.split())
        if not title:
            raise StoreError("A question needs a title.", "Type at least one word.")
        answer_hash = hashlib.sha1(answer_markdown.encode("utf-8")).hexdigest()
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                "SELECT deck_id, answer_hash FROM questions WHERE id = ? AND removed_at IS NULL",
                (qid,),
            ).fetchone()
            if row is None:
                raise KeyError(qid)
            norm = normalize_title(title)
            conn.execute(
                # a new title given without its marks has none (the file's, read again,
                # will have its own)
                "UPDATE questions SET title_markup = CASE WHEN ? IS NOT NULL THEN ?"
                " WHEN title = ? THEN title_markup ELSE '' END, title = ?,"
                " norm_title = ?, answer_markdown = ?,"
                " answer_hash = ?, edited = max(edited, ?) WHERE id = ?",
                (
                    title_markup,
                    title_markup,
                    title,
                    title,
                    norm,
                    answer_markdown,
                    answer_hash,
                    int(keep_over_imports),
                    qid,
                ),
            )
            conn.execute(
                "INSERT OR REPLACE INTO question_aliases (deck_id, norm_title, question_id)"
                " VALUES (?, ?, ?)",
                (row["deck_id"], norm, qid),
            )
            if row["answer_hash"] != answer_hash:
                conn.execute("DELETE FROM rendered_cache WHERE question_id = ?", (qid,))
            self._fts_put(qid, title, answer_markdown)
            self._log.questions.add(qid)


def _files_stamp(path: str | Path) -> tuple[tuple[int, int, int] | None, ...]:
    """Inode, size and last write (ns) of the store's file and of its log."""
    stamps = []
    for name in (str(path), f"{path}-wal"):
        try:
            info = os.stat(name)
        except OSError:
            stamps.append(None)
            continue
        stamps.append((info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(stamps)

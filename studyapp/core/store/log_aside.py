"""A log set aside as not the store's own (core.store.side_files) may still hold the
person's newest grades: an older copy of the file put back beside the log the app
wrote on, a backup restored by hand while its log stayed. Set aside, they were out of
sight, and the report never said there were any.

`keep_readable_copy` reads the store's file with the log set aside, counts the grades
that read holds and the file alone lacks, and, where there are any and the two read
as a sound database, writes them as one database beside the store
(``<name>-with-its-log-<UTC time>.sqlite3``, written whole by ``VACUUM INTO``: its
indexes made again from its rows). Named like the store, it is one of the copies
beside it (core.store.copies): the start's report names it with its grades, and
Backups… lists it to restore. Nothing else changes: the store opens as its file holds
it, the log stays where it was set aside.

For the Backups dialog and `studyapp restore`: `keep_readable_copy(store, log, now)`
makes such a copy of any set-aside log (``…-wal.set-aside-…``) on demand.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.store import side_files
from studyapp.core.store.sqlio import reading_folder, sql_filename

__all__ = ["WITH_LOG", "keep_readable_copy"]

WITH_LOG = "-with-its-log-"
log = logging.getLogger(__name__)

# The same grade in both: its question, moment, rating and mode (core.store.carried).
_SAME = (
    "a.question_id = r.question_id AND a.reviewed_at_ms = r.reviewed_at_ms"
    " AND a.rating = r.rating AND a.mode = r.mode"
)


def keep_readable_copy(store: Path, aside: Path, now: datetime) -> tuple[Path | None, int]:
    """The copy beside `store` of its file read with the log `aside` (see the module
    docstring), and how many grades it holds that the file alone lacks; (None, 0)
    where it holds none, or cannot be read as a sound database (then nothing is
    written). Never raises for what it reads or writes: the start goes on."""
    folder = reading_folder()
    pair = folder / "with-log.sqlite3"
    try:
        shutil.copyfile(store, pair)
        shutil.copyfile(aside, pair.with_name(pair.name + "-wal"))
        with contextlib.closing(sqlite3.connect(pair)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None, 0
            if side_files._history_rewritten(store, conn) is not None:
                return None, 0  # another database's log: read with it, not the person's
            grades = _grades_beyond(conn, store)
            if not grades:
                return None, 0
            stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
            copy = store.with_name(f"{store.stem}{WITH_LOG}{stamp}{store.suffix}")
            if copy.exists():
                return copy, grades
            # Written under the salvage's work name first (no list of copies takes it
            # for one, and every start clears it), then renamed: a start killed
            # part-way leaves no half copy to restore.
            work = side_files.salvage_path(store)
            side_files.remove_salvage_leftovers(store)
            conn.execute("VACUUM INTO ?", (sql_filename(work),))
        os.replace(work, copy)
        return copy, grades
    except (OSError, sqlite3.Error) as exc:
        log.warning("the grades of the log set aside %s could not be copied: %r", aside, exc)
        return None, 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _grades_beyond(conn: sqlite3.Connection, store: Path) -> int:
    """The grades the database open on `conn` holds that the file `store` alone (read
    unchanged, without its side files) lacks."""
    alone = reading_folder() / "alone.sqlite3"
    try:
        shutil.copyfile(store, alone)
        conn.execute("ATTACH DATABASE ? AS alone", (sql_filename(alone),))
        try:
            return int(
                conn.execute(
                    "SELECT count(*) FROM main.reviews a NOT INDEXED WHERE NOT EXISTS"
                    f" (SELECT 1 FROM alone.reviews r WHERE {_SAME})"
                ).fetchone()[0]
            )
        finally:
            conn.execute("DETACH DATABASE alone")
    finally:
        shutil.rmtree(alone.parent, ignore_errors=True)

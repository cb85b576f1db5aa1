"""SQLite's side files beside the store that are not the store's own: a write-ahead log
(``-wal``) or a rollback journal (``-journal``) another database left there.

SQLite reads them as part of the database: nothing in either names the file it
belongs to. A log or journal of another database (a sync tool's copy from another
machine, a file restored by hand beside a log a crash left, a journal copied in with
another program's files) so made a sound store read as another program's database
or as damaged: the start moved the store aside and restored an older backup, losing
what was done since, and rolling such a journal back wrote the other database's pages
into the store file for good.

- A rollback journal beside a store in write-ahead-log mode (its header says so) is
  never its own: SQLite writes such a store through its log only (switching the mode
  writes a journal of the first page, which holds nothing else). `foreign_journal`
  finds it before anything rolls it back.
- A log beside a file not in write-ahead-log mode (a backup, which is one file) is
  never its own either: leaving that mode checkpoints the log and removes it.
  `stray_log` finds it; backups are then read on their own.
- A log with which the store reads as damaged, or as not StudyApp's, while the file on
  its own (read without its side files) is a sound StudyApp store, is not its own:
  a log of the store's own never turns a sound file into a damaged one (each frame is
  checksummed; SQLite stops at the first that does not match). `foreign_log` finds it.

Either is set aside beside the store (``studyapp.sqlite3-wal.set-aside-<UTC time>``),
never deleted, and the store opens as its file holds it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.store.header import HEADER_SIZE, MAGIC
from studyapp.core.store.held import read_start
from studyapp.core.store.location import real_path
from studyapp.core.store.sqlio import open_unchangeable

log = logging.getLogger(__name__)

SET_ASIDE = ".set-aside-"
_WAL_MODE = 2  # the file format version bytes (18, 19) of a database in WAL mode


def _head(path: Path, size: int) -> bytes:
    """The first `size` bytes of the plain file at `path` (empty for anything else)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        return read_start(path, size)[0]  # the open store's locks kept (core.store.held)
    except OSError:
        return b""


def in_wal_mode(path: str | Path) -> bool:
    """Whether the database file's header says it is written through a log."""
    return _says_wal(_head(real_path(path), HEADER_SIZE))


def _says_wal(head: bytes) -> bool:
    """Whether a database file's header says it is in WAL mode: both its format numbers
    are 2 then, and either still says so when a flipped bit damaged the other (its log
    was set aside as another database's, and the grades only it held were lost)."""
    return head[:16] == MAGIC and _WAL_MODE in head[18:20]


def journal_beside(path: str | Path) -> Path | None:
    """The file beside the one at `path`, under its journal's name, that SQLite would
    take for a hot journal and try to roll back: any whose first byte is not zero, a
    journal's own start or other bytes (a file half written by another program, an
    antivirus's stub). None when there is none, it is empty, or it was zeroed at its
    commit (SQLite ignores those). Bytes that are no journal's are no harm to the file,
    yet a read-only reader cannot remove them, so every read failed with "attempt to
    write a readonly database": `studyapp decks` beside the window, and a second
    window, said the store's permissions were wrong."""
    real = real_path(path)
    journal = real.with_name(real.name + "-journal")
    return journal if _head(journal, 1) not in (b"", b"\0") else None


def foreign_journal(path: str | Path) -> Path | None:
    """A hot rollback journal beside a store in WAL mode: another database's (see the
    module docstring); None when there is none, or it may be the store's own."""
    journal = journal_beside(path)
    return journal if journal is not None and in_wal_mode(path) else None


def stray_log(path: str | Path) -> Path | None:
    """A log beside a database file whose header says it is not in WAL mode (a backup,
    which is one self-contained file, or the store restored from one): SQLite reads any
    log it finds beside a file, yet leaving WAL mode checkpoints and removes the log,
    so none is the file's own. None when there is none, or the file is in WAL mode."""
    real = real_path(path)
    log = real.with_name(real.name + "-wal")
    if len(_head(log, 32)) < 32:
        return None
    head = _head(real, HEADER_SIZE)
    if head[:16] != MAGIC or _says_wal(head):
        return None
    return log


def not_its_own(path: str | Path) -> Path | None:
    """A side file SQLite would read with the file at `path` that is not the file's own
    (`stray_log`, `foreign_journal`): the file is then read on its own."""
    return stray_log(path) or foreign_journal(path)


def alone_problem(path: str | Path) -> str | None:
    """What is wrong with the store's file read on its own, without its log or journal
    (SQLite's quick_check, a version StudyApp did not make, tables not StudyApp's);
    None when it is a sound StudyApp store as it is."""
    from studyapp.core.store import health
    from studyapp.core.store.backup import _quick_check
    from studyapp.core.store.schema import SCHEMA_VERSION

    try:
        with contextlib.closing(open_unchangeable(real_path(path))) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if not 1 <= version <= SCHEMA_VERSION:
                return f"schema version {version}"
            return _quick_check(conn) or health.urgent_problem(conn)
    except sqlite3.Error as exc:
        return str(exc)


def foreign_log(path: str | Path) -> tuple[Path, str] | None:
    """The store's log and what is wrong with the store read with it, when the log is
    not the store's own (see the module docstring); None when there is no log (a clean
    close leaves none), or it may be the store's own. Reads the whole store with its
    log (SQLite's integrity_check: quick_check misses an index whose pages came from
    another copy of the store), so it is for a start that finds a log, before anything
    writes: the first read-write connection to close checkpoints the log into the file
    for good."""
    from studyapp.core.store import health
    from studyapp.core.store.backup import _connect_read_only, _quick_check

    real = real_path(path)
    log = real.with_name(real.name + "-wal")
    if len(_head(log, 32)) < 32:  # none, or empty: nothing of it is read
        return None
    try:
        with _connect_read_only(real) as conn:
            problems = health.integrity_problems(conn, limit=3)
            # Damage, or not StudyApp's at all: what no write of the store's own makes.
            # A value another tool wrote badly through the store's own log (text as
            # bytes, a row deleted) is the store's, for the full check to repair.
            problem = "; ".join(problems) if problems else _quick_check(conn)
            if problem is None:
                problem = _history_rewritten(real, conn)
            rows_whole = (
                health.only_index_damage(problems)
                and _quick_check(conn) is None
                and _history_rewritten(real, conn) is None
            )
    except sqlite3.Error as exc:
        problem, rows_whole = str(exc), False
    if problem is None or alone_problem(real) is not None:
        return None
    if rows_whole:
        # Read with it, every row reads (quick_check passed) and only an index is out
        # of step (an older copy of the file put back under its newer log): the log's
        # rows are the person's newest grades, and the full check rebuilds the index
        # from them, losing nothing. Set aside, its grades were out of sight.
        from studyapp.core.store.errors import request_check

        request_check(path)
        return None
    return log, problem


# What `foreign_log` says of a log that reads as another StudyApp database.
ANOTHER_STORES_LOG = "the log of another StudyApp database"
_MS_SINCE = 10**11  # a review time in milliseconds (1973 on): one no repair rewrites


def _history_rewritten(real: Path, with_log: sqlite3.Connection) -> str | None:
    """What shows the store read with its log to be another StudyApp database: the
    file's first deck is, under its id, another deck (the name its question ids are
    made from), or its first review another review (another question or time), or
    gone while its question is there. Such a log (a sync tool's from another machine,
    a copy's) reads as a sound store, and, checkpointed, had put that database in place
    of the person's, every grade gone without a word. The store's own log only adds
    rows, or takes back the latest (an undo) or a deck with its questions (a removal);
    the first rows keep what they hold (a deck made again under "Recovered deck" takes
    its name back, and a time in seconds is rewritten in milliseconds: both left be)."""
    from studyapp.core.store.row_repairs import made_again

    try:
        with contextlib.closing(open_unchangeable(real)) as alone:
            deck = alone.execute("SELECT id, id_name FROM decks ORDER BY id LIMIT 1").fetchone()
            review = alone.execute(
                "SELECT id, question_id, reviewed_at_ms FROM reviews ORDER BY id LIMIT 1"
            ).fetchone()
        if deck is not None and deck[1] and not made_again(deck[1]):
            now = with_log.execute("SELECT id_name FROM decks WHERE id = ?", (deck[0],)).fetchone()
            if now is not None and now[0] and now[0] != deck[1] and not made_again(now[0]):
                return f"{ANOTHER_STORES_LOG} (read with it, the first deck is another deck)"
        if review is not None:
            now = with_log.execute(
                "SELECT question_id, reviewed_at_ms FROM reviews WHERE id = ?", (review[0],)
            ).fetchone()
            if now is None:
                there = with_log.execute(
                    "SELECT 1 FROM questions WHERE id = ?", (review[1],)
                ).fetchone()
                if there is not None:
                    return f"{ANOTHER_STORES_LOG} (read with it, the first grade is gone)"
            elif now[0] != review[1] or (
                isinstance(review[2], int) and review[2] >= _MS_SINCE and now[1] != review[2]
            ):
                return f"{ANOTHER_STORES_LOG} (read with it, the first grade is another one)"
    except sqlite3.Error:
        return None  # (a table or column lost: the checks of the file itself say so)
    return None


def orphan(path: str | Path) -> Path | None:
    """The log or journal, holding something, beside a store that is not there
    (deleted, or moved without it): the last changes made to it, which nothing can read
    without it. SQLite removed it when a database was next made under that name (a
    backup restored, or a new empty store), and the only trace of those changes was
    gone without a word. None where the store is there, or no such file is."""
    real = real_path(path)
    if os.path.lexists(real):
        return None
    for suffix in ("-wal", "-journal"):
        side = Path(f"{real}{suffix}")
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.stat(side).st_mode) and side.stat().st_size > 0:
                return side
    return None


def lost_log(path: str | Path) -> bool:
    """Whether the store's write-ahead log is gone while its index of it is still there
    (``-shm`` without ``-wal``), before anything opened the store: SQLite removes both
    when the last connection closes, and a crash leaves both; the log alone is gone
    when someone deleted it (or a copy or a sync left it behind), and with it the
    changes it held that were not yet in the file."""
    real = Path(os.path.realpath(path))
    shm, wal = (real.with_name(real.name + suffix) for suffix in ("-shm", "-wal"))
    try:
        return stat.S_ISREG(os.stat(shm).st_mode) and not wal.exists() and in_wal_mode(real)
    except OSError:
        return False


def set_aside(side: Path, now: datetime) -> Path:
    """Rename `side` (and, for a log, the shared memory that indexes it) beside itself
    as ``<name>.set-aside-<UTC time>``; returns the new name. Raises OSError."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target, n = side.with_name(f"{side.name}{SET_ASIDE}{stamp}"), 2
    while target.exists():
        target, n = side.with_name(f"{side.name}{SET_ASIDE}{stamp}-{n}"), n + 1
    os.replace(side, target)
    if side.name.endswith("-wal"):
        shm = side.with_name(side.name[: -len("-wal")] + "-shm")
        with contextlib.suppress(OSError):
            os.replace(shm, target.with_name(target.name.replace("-wal", "-shm", 1)))
    return target


def answer_check_request(marker: Path, now: datetime) -> None:
    """The full check done: its request answered. A folder under the request's name
    (a sync tool's conflict, a hand edit) cannot be removed as a file: it asked for
    the full check at every start, and no request could be written in its place. It
    is moved aside (kept), and the log says where. `marker`: errors.check_marker."""
    try:
        if marker.is_dir() and not marker.is_symlink():
            aside = set_aside(marker, now)
            log.warning("a folder named as the full check's request was moved aside: %s", aside)
        else:
            marker.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("the full check's request %s could not be removed: %s", marker, exc)


# --- the salvage's own side files ------------------------------------------------------

SALVAGE_SUFFIX = ".salvaging"


def salvage_path(store_path: Path) -> Path:
    """Where the salvage (core.store.salvage) copies a damaged store's rows."""
    real = real_path(store_path)  # beside the file a link leads to: one disk to rename on
    return real.with_name(real.name + SALVAGE_SUFFIX)


def remove_salvage_leftovers(store_path: Path) -> None:
    """A salvage's copy left by a start that stopped: every start clears it. Here, not
    in the salvage, which only a damaged store loads."""
    target = salvage_path(store_path)
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        free_work_name(leftover)


def free_work_name(path: Path) -> bool:
    """Make the name of a file StudyApp works in (a restore's staged copy, a salvage's)
    free: a file left there is deleted; anything else there (a folder a sync tool or a
    person made under that name) is set aside as ``<name>.set-aside-<UTC time>``,
    never deleted. A folder there stopped the restore of a damaged store with a
    traceback ("Is a directory"), or its salvage, every start. Whether it was freed."""
    try:
        kind = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError:
        return False
    try:
        if stat.S_ISDIR(kind):
            set_aside(path, datetime.now(UTC))
        else:
            path.unlink()
    except OSError:
        return False
    return True

"""What this session wrote into the store, kept outside the store's file: the rows
its connections inserted, changed and deleted, filled by temporary triggers into a
file of their own beside the store (``studyapp.sqlite3.session-<host>-<pid>-<n>``,
which no other program writes into), attached to the connection.

A store file another program writes into while the app has it open (core.store.
overwritten) loses the pages the app had written: those in the file are the other
program's now, and what the connection still holds (its cache, its log) lays them
over pages that are no longer theirs. A copy of what it had open kept this session's
grades only while every page they touched was in memory or in the log; a checkpoint
or a big store, and they were gone. The rows kept here are written again into the
copy saved beside the store, so every grade of the session is in it, whatever the
other program left of its pages.

They were kept in the connection's temporary tables, which die with the process:
the copy was saved at the next write or the window's poll (every 2 s), and a kill
of the app before it (a crash, a logout, a power button) lost every grade of the
session once the other program's pages were in the file. The file of the kept rows
is written at each commit, as part of it (a multi-file transaction of SQLite's),
in write-ahead-log mode without its own fsync: a few more bytes appended per grade,
beside the store's own fsync, and on disk as soon as the process has written them
(a killed process loses none of its writes; a power cut may lose the last, as it
may the store's). Where it cannot be made (a folder that cannot be written), the
rows are kept in temporary tables, as before.

A clean close leaves it, noting in it how the store's file looked then (`closed`),
and the copy saved where the file went under the open app. The next start
(`unchanged`, `settle_left`) deletes it where the file looks as it did then; else it
looks whether the store holds every row it kept, as the session left it: where it
does (a crash, a kill: the store's own log held them), it is deleted; where it does
not (the file written over or replaced while the app ran, or while it was closed: a
sync tool putting another computer's copy in place), a copy of the store as found
with those rows written again is saved beside it (studyapp-open-….sqlite3), and the
start says plainly what happened and how to go on from it. A file of another
StudyApp still running (`_running`) is its own, never looked at. A restore (core.
store.backup) deletes them: the person chose the file, and what it replaced is kept
as a backup.

Begun at the session's first write (a start that only reads makes none of it); the
rendered-answer cache and the search index (made again from the questions) are not
kept.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import re
import sqlite3
import stat
import threading
from pathlib import Path
from typing import NamedTuple

from studyapp.core import json_text
from studyapp.core.store.errors import StoreError
from studyapp.core.store.location import real_path
from studyapp.core.store.sqlio import sql_filename

PREFIX = "studyapp_session_"
SCHEMA = "studyapp_session"  # the kept rows' file, as attached to the connection
MARK = ".session-"  # in its name: studyapp.sqlite3.session-<host>-<pid>-<n>
NOTE = "studyapp_closed"  # in the file: how the store looked once it closed
_NOT_KEPT = ("rendered_cache",)
_numbers = itertools.count(1)
_lock = threading.Lock()
_in_use: dict[Path, Path] = {}  # the files of this process's stores still open → store


@functools.cache
def host() -> str:
    """This computer, in the kept rows' file names: a folder a sync tool shares holds
    other computers' files, which are theirs to look at (their processes, their
    store's rows). Its name as the system gives it without the socket module, which
    took 2-4 ms of every start (os.uname on POSIX, COMPUTERNAME on Windows)."""
    name = os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")
    if not name:
        import socket

        name = socket.gethostname()
    return hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:8]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(conn: sqlite3.Connection, schema: str = "main") -> dict[str, list[str]]:
    """The app's plain tables of `schema` and their columns (not SQLite's, not a
    virtual table's or its shadow tables)."""
    rows = conn.execute(f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'")
    rows = [(str(name), str(sql or "")) for name, sql in rows]
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    tables = {}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in _NOT_KEPT or name in virtual:
            continue
        if any(name.startswith(f"{v}_") for v in virtual):
            continue
        columns = [str(r[1]) for r in conn.execute(f"PRAGMA {schema}.table_info({_q(name)})")]
        if columns:
            tables[name] = columns
    return tables


def session_file(store: str | Path) -> Path:
    """A new name for this process's kept rows of the store at `store`."""
    real = real_path(store)
    return real.with_name(f"{real.name}{MARK}{host()}-{os.getpid()}-{next(_numbers)}")


def _side_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def discard(path: Path | None) -> None:
    """Delete a file of kept rows (its connection closed), and SQLite's files beside it."""
    if path is None:
        return
    for side in _side_files(path):
        with contextlib.suppress(OSError):
            side.unlink()


def _attach(conn: sqlite3.Connection, store: str | Path) -> Path | None:
    """Attach a new file for the kept rows; None where it cannot be made."""
    target = session_file(store)
    discard(target)  # a dead process's under the same number: its start settled it
    try:
        conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (sql_filename(target),))
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA {SCHEMA}.journal_mode = WAL").fetchall()
        conn.execute(f"PRAGMA {SCHEMA}.synchronous = NORMAL")  # no fsync of its own
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(f"DETACH DATABASE {SCHEMA}")
        discard(target)
        return None
    with _lock:
        _in_use[target] = real_path(store)
    unchanged(real_path(store))  # sessions before this one, whose rows the file holds
    return target


def keep(conn: sqlite3.Connection, store: str | Path | None = None) -> Path | None:
    """Keep every row this connection writes from now on (see the module docstring):
    in a file beside `store` (returned: `discard` it after the connection closes), or
    in temporary tables where there is none or it cannot be made (None)."""
    where = None if store is None else _attach(conn, store)
    schema = "temp" if where is None else SCHEMA
    for table, columns in _tables(conn).items():
        # A temporary trigger's table is found by its name alone, in temp, main, then
        # the attached files: the names are StudyApp's own.
        journal = _q(PREFIX + table)
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {schema}.{journal}"
            f" (studyapp_op, {', '.join(map(_q, columns))})"
        )
        new = ", ".join(f"NEW.{_q(c)}" for c in columns)
        old = ", ".join(f"OLD.{_q(c)}" for c in columns)
        for event, body in (
            ("INSERT", f"INSERT INTO {journal} VALUES ('w', {new});"),
            (
                "UPDATE",
                f"INSERT INTO {journal} VALUES ('d', {old});"
                f" INSERT INTO {journal} VALUES ('w', {new});",
            ),
            ("DELETE", f"INSERT INTO {journal} VALUES ('d', {old});"),
        ):
            trigger = _q(f"{PREFIX}{table}_{event.lower()}")
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON"
                f" main.{_q(table)} BEGIN {body} END"
            )
    return where


def kept_schema(conn: sqlite3.Connection) -> str:
    names = {str(row[0]) for row in conn.execute("SELECT name FROM pragma_database_list")}
    return SCHEMA if SCHEMA in names else "temp"


def _kept(conn: sqlite3.Connection, schema: str) -> set[str]:
    return {
        str(name)[len(PREFIX) :]
        for (name,) in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND substr(name, 1, ?) = ?",
            (len(PREFIX), PREFIX),
        )
    }


def _keys(target: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in target.execute(f"PRAGMA main.table_info({_q(table)})") if r[5]]


def _rows(source: sqlite3.Connection, schema: str, table: str, theirs: list[str], keys: list[str]):
    """(op, the shared columns, their values, the key columns) of each kept row of
    `table`, in the order they were written."""
    cursor = source.execute(f"SELECT * FROM {schema}.{_q(PREFIX + table)} ORDER BY rowid")
    names = [d[0] for d in cursor.description][1:]
    shared = [n for n in names if n in theirs]
    picks = [names.index(n) + 1 for n in shared]
    key = [n for n in keys if n in shared] or shared
    for row in cursor:
        yield row[0], shared, [row[i] for i in picks], key


def write_again(conn: sqlite3.Connection, copy: Path) -> int:
    """Write the rows this session wrote (kept by `keep` on `conn`) into the store at
    `copy` (see `write_rows`)."""
    return write_rows(conn, kept_schema(conn), copy)


def write_rows(source: sqlite3.Connection, schema: str, copy: Path) -> int:
    """Write the rows kept in `schema` of `source` into the store at `copy`, in the
    order they were written: each row as the session left it, the rows it deleted
    deleted. Returns how many rows were written. The copy is opened as a store (a copy
    of an older version's file is brought up to date first)."""
    from studyapp.core.store import Store  # it imports this module's users
    from studyapp.core.store.search_index import rebuild_search

    kept = _kept(source, schema)
    if not kept:
        return 0
    written = 0
    with Store.open(copy) as store:
        target = store._conn
        theirs = _tables(target)
        target.execute("PRAGMA foreign_keys = OFF")
        target.execute("BEGIN IMMEDIATE")
        try:
            for table in sorted(kept & set(theirs)):
                keys = _keys(target, table)
                for op, shared, values, key in _rows(source, schema, table, theirs[table], keys):
                    if op == "d":
                        target.execute(
                            f"DELETE FROM {_q(table)} WHERE "
                            + " AND ".join(f"{_q(n)} IS ?" for n in key),
                            [values[shared.index(n)] for n in key],
                        )
                    else:
                        target.execute(
                            f"INSERT OR REPLACE INTO {_q(table)} ({', '.join(map(_q, shared))})"
                            f" VALUES ({', '.join('?' * len(shared))})",
                            values,
                        )
                        written += 1
            target.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                target.execute("ROLLBACK")
            raise
        with contextlib.suppress(sqlite3.Error):  # the questions written found again
            rebuild_search(target)
    return written


# --- what a process left -----------------------------------------------------------------


CRASHED, CLOSED, WENT = "crashed", "closed", "went"  # how the session left the store


GRADES = "reviews"  # a grade is a review row (its card's row changes with it)
_WITH_GRADES = frozenset((GRADES, "cards"))


class SessionLeft(NamedTuple):
    """The rows an earlier session kept, which the store lacks."""

    missing: int  # rows it wrote (as it left them) that the store lacks, or holds otherwise
    copy: Path | None  # the store with those rows written again, saved beside it
    why: str = ""  # why no copy could be saved
    how: str = CRASHED  # ended without closing; closed, the file changed since; closed
    # after the file went under it (written over or replaced), saving `saved`
    saved: Path | None = None
    grades: int = 0  # of `missing`: review rows, the grades a person counts
    others: int = 0  # of `missing`: rows of neither a grade nor its card (an edit, a mock)
    # The copy beside the store holding the most reviews it lacks, where that is not
    # `copy` (an earlier copy StudyApp saved, with grades from before the session),
    # and how many it holds (`best_copy`).
    best: Path | None = None
    best_grades: int = 0


def looks_now(store: str | Path) -> list | None:
    """How the store's file looks (core.store.overwritten.look), as JSON keeps it."""
    from studyapp.core.store.overwritten import look  # it imports this module

    found = look(store)
    return None if found is None else [*found[:4], found[4].hex()]


def let_go(path: Path) -> None:
    """The store whose rows `path` keeps closed, leaving it as it is."""
    with _lock:
        _in_use.pop(path, None)


def closed(path: Path | None, look: list | None, copy: Path | None) -> None:
    """The store whose rows `path` keeps closed: note how its file looks now (`look`)
    and the copy saved where it went under the app (see the module docstring). A note
    that cannot be written leaves the file as a crashed session's."""
    if path is None:
        return
    with _lock:
        store = _in_use.pop(path, None)
        others = store is not None and store in _in_use.values()
    if others:  # another store of this process goes on with the file: it notes it
        discard(path)
        return
    with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(path)) as note:
        note.execute(f"CREATE TABLE IF NOT EXISTS {NOTE} (look TEXT, copy TEXT)")
        note.execute(f"DELETE FROM {NOTE}")
        note.execute(
            f"INSERT INTO {NOTE} VALUES (?, ?)",
            (json.dumps(look), None if copy is None else copy.name),
        )
        note.commit()


def _note(source: sqlite3.Connection) -> tuple[object, str | None] | None:
    try:
        row = source.execute(f"SELECT look, copy FROM {NOTE}").fetchone()
        return None if row is None else (json_text.loads(row[0]), row[1])
    except (sqlite3.Error, ValueError, TypeError):  # a note no StudyApp wrote: none
        return None


def unchanged(store: Path) -> None:
    """Delete the files of kept rows of sessions that closed with the store's file
    looking as it does now: it holds their rows. Before anything opens the store."""
    lefts = left_behind(store)
    try:  # a pipe in its place is not read: that would wait for good
        if not lefts or not stat.S_ISREG(os.stat(store).st_mode):
            return
    except OSError:
        return
    now = looks_now(store)
    for left in lefts:
        note = None  # none where the file cannot be opened (a folder in its place)
        with contextlib.suppress(sqlite3.Error), contextlib.closing(sqlite3.connect(left)) as c:
            note = _note(c)
        # Closed after the file went under it: the look noted is the other program's.
        if now is not None and note is not None and note[0] == now and not note[1]:
            discard(left)


def discard_left(store: Path) -> None:
    """Delete the files of kept rows of the store's earlier sessions (a restore)."""
    for left in left_behind(store):
        discard(left)


def left_behind(store: str | Path) -> list[Path]:
    """The files of kept rows that earlier sessions of this computer left beside the
    store at `store` (closed, or ended without closing: killed, crashed), not those of
    this process's stores still open. Call it holding the writer lock: no other
    StudyApp writes the store then."""
    from studyapp.core.store.copies import names_beside  # it imports this package

    real = real_path(store)
    name = re.compile(rf"{re.escape(real.name)}{re.escape(MARK)}{host()}-(\d+)-\d+")
    with _lock:
        in_use = set(_in_use)
    found = [
        real.with_name(e)
        for e in names_beside(real)
        if (match := name.fullmatch(e)) and not _running(int(match[1]))
    ]
    return sorted(path for path in found if path not in in_use)


def running(pid: int) -> bool:
    """Whether `pid` is another process running on this computer (`_running`): what
    it left is its own while it runs."""
    return _running(pid)


def _running(pid: int) -> bool:
    """Whether `pid` is another process running on this computer: a second StudyApp
    that writes the same store (through another data folder linked to it), whose
    file of kept rows is its own as long as it runs. A start that took it for a
    crashed session's deleted it under the running app, and a kill of that app then
    lost its session. (POSIX; on Windows every file is looked at, as before.)"""
    if pid == os.getpid() or os.name == "nt":  # os.kill(pid, 0) is Ctrl+C there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


def missing_from(
    store: sqlite3.Connection, source: sqlite3.Connection, schema: str, *, gone: bool = False
) -> int:
    """How many rows kept in `schema` of `source` the store lacks as the session left
    them (each row's last state; a row it deleted is not looked for). `gone`: only
    those whose key is not in the store at all (a row changed since is there)."""
    return sum(missing_by_table(store, source, schema, gone=gone).values())


def missing_by_table(
    store: sqlite3.Connection, source: sqlite3.Connection, schema: str, *, gone: bool = False
) -> dict[str, int]:
    """`missing_from`, table by table (tables lacking none left out)."""
    theirs = _tables(store)
    missing: dict[str, int] = {}
    # Settings (a window's size, what was told) are no grades: a start writes some of
    # them before it looks, and a setting lost is no reason to say the file was replaced.
    for table in sorted(_kept(source, schema) & set(theirs) - {"settings"}):
        last: dict[tuple, tuple[str, list[str], list]] = {}
        key: list[str] = []  # the table's key among the columns kept (the same each row)
        for op, shared, values, key in _rows(
            source, schema, table, theirs[table], _keys(store, table)
        ):
            last[tuple(values[shared.index(n)] for n in key)] = (op, shared, values)
        for keyed, (op, shared, values) in last.items():
            if op != "w":
                continue
            names = key if gone else shared
            found = store.execute(
                f"SELECT 1 FROM main.{_q(table)} WHERE "
                + " AND ".join(f"{_q(n)} IS ?" for n in names)
                + " LIMIT 1",
                list(keyed) if gone else values,
            ).fetchone()
            if found is None:
                missing[table] = missing.get(table, 0) + 1
    return missing


def settle_left(conn: sqlite3.Connection, store: Path) -> SessionLeft | None:
    """The files of kept rows other processes left beside `store` (open on `conn`): each
    is deleted where the store holds its rows; where it does not, a copy of the store
    with them written again is saved beside it first (core.store.replaced), and what
    was found is returned (None where every one was held). A file that cannot be read
    is left for the next start."""
    from studyapp.core.store.replaced import save_open_copy

    settled: SessionLeft | None = None
    now = (looks_now(store) or [None, None])[:2]
    for left in left_behind(store):
        try:
            with contextlib.closing(sqlite3.connect(left)) as source:
                note = _note(source)
                # Rows of the session gone from the store, or another file in its
                # place: not a row another program changed since (a hand edit).
                other = note is not None and note[0] is not None and note[0][:2] != now
                by_table = missing_by_table(conn, source, "main")
                missing = sum(by_table.values())
                if missing and (other or missing_from(conn, source, "main", gone=True)):
                    how = CRASHED if note is None else WENT if note[1] else CLOSED
                    saved = None if note is None or not note[1] else store.with_name(note[1])
                    if settled is None:
                        copy, why = save_open_copy(conn, store)
                        settled = SessionLeft(0, copy, why, how, saved)
                    if settled.copy is not None:
                        write_rows(source, "main", settled.copy)
                    settled = settled._replace(
                        missing=settled.missing + missing,
                        grades=settled.grades + by_table.get(GRADES, 0),
                        others=settled.others
                        + sum(n for t, n in by_table.items() if t not in _WITH_GRADES),
                    )
                    if settled.copy is None:
                        continue  # kept for the next start, which tries again
        except (sqlite3.Error, OSError, StoreError):
            continue
        discard(left)
    return None if settled is None else best_copy(store, settled)


def best_copy(store: Path, left: SessionLeft) -> SessionLeft:
    """`left` with the copy beside `store` holding the most reviews it lacks (of the one
    just saved and those StudyApp saved before, core.store.saved_copies), counted
    against the store itself: the session's kept rows are only what it wrote, and a
    file put in the store's place may be older than the session by many more grades
    (a sync tool's copy of days ago), which a copy saved when the file went holds."""
    from studyapp.core.store.holdings import held_or_none
    from studyapp.core.store.saved_copies import saved_copies

    candidates = [c.path for c in saved_copies(store) if c.usable]
    if left.copy is not None and left.copy not in candidates:
        candidates.insert(0, left.copy)
    counted = [(held.reviews, path) for path in candidates if (held := held_or_none(path, store))]
    if not counted:
        return left
    most = max(n for n, _path in counted)
    # The copy just saved where it holds as many as any: it has the session's other rows.
    best = left.copy if (most, left.copy) in counted else next(p for n, p in counted if n == most)
    if best == left.copy and most <= left.grades:
        return left
    return left._replace(best=best, best_grades=most)


def changes_words(left: SessionLeft) -> str:
    """What the session made that the store lacks, as the person counts it: its grades
    ("2 grades", not the 4 rows of their reviews and cards), then anything else."""
    from studyapp.core.format import plural

    if not left.grades:
        return plural(left.others or left.missing, "change")
    more = f" and {plural(left.others, 'other change')}" if left.others else ""
    return f"{plural(left.grades, 'grade')}{more}"


def left_message(
    path: Path, left: SessionLeft, *, log_lost: bool = False, log_kept: Path | None = None
) -> str:
    """What a start says of `left` (`settle_left`), for the person. `log_lost`: the
    store's log was deleted (or, with `log_kept`, the copy kept of it, damaged
    part-way: core.store.log_damage) after a session that ended without closing: that,
    not another program, is why the store lacks the session's changes."""
    from studyapp.core.format import plural

    changes = changes_words(left)
    were = "was" if changes.startswith("1 ") and " and " not in changes else "were"
    them = "it" if were == "was" else "them"
    if log_lost and left.how == CRASHED:
        fate = (
            "was deleted (or left behind when the database was copied or synced)"
            if log_kept is None
            else "was damaged part-way, by a power cut or a failing disk (a copy of it as it"
            f" was is kept: {log_kept})"
        )
        what = (
            "StudyApp's last session ended without closing (the app was killed or crashed),"
            f" and then the log of its latest changes ({path.name}-wal) {fate}:"
            f" {changes} made in that session {were} only in it, so your study database"
            f" {path} lacks {them}."
        )
        if left.copy is not None:
            return (
                f"{what} StudyApp had kept {them} apart, and saved a copy of the database with"
                f" {them} added: {left.copy.name}, beside it. Restore that copy to go on with"
                f" {them} (the database now in use is kept as a backup first); File →"
                " Backups… lists it too."
            )
    elif left.how == WENT:
        saved = "" if left.saved is None else f" StudyApp saved that session then: {left.saved}."
        what = (
            f"While StudyApp last had it open, your study database {path} was written over"
            f" or replaced by another program (a copy, a sync or backup tool).{saved} The"
            f" database there now lacks {changes} made in that session."
        )
    elif left.how == CLOSED:
        what = (
            f"Your study database {path} was written over or replaced by another program"
            " since StudyApp last closed (a copy, a sync or backup tool putting another"
            f" copy in its place): it lacks {changes} made in StudyApp's last session."
        )
    else:
        what = (
            "StudyApp's last session ended without closing (the app was killed or crashed),"
            f" and your study database {path} lacks {changes} made in it: another program"
            " wrote over the file or put another in its place meanwhile (a copy, a sync or"
            " backup tool)."
        )
    if left.best is not None:
        what = (
            f"{what} Counted against every copy StudyApp saved beside it, the database"
            f" lacks more: {left.best.name} holds {plural(left.best_grades, 'grade')} it"
            " lacks."
        )
    if left.best is not None and left.best != left.copy:
        return (
            f"{what} StudyApp opened the database as that program left it. To go on with"
            f" them, restore {left.best.name} in File → Backups…, where it is listed and"
            " chosen (the database now in use is kept as a backup first)."
        )
    if left.copy is None:
        return (
            f"{what} StudyApp kept that session's changes, but could not save them in a"
            f" copy beside the database ({left.why}); it tries again at the next start."
        )
    return (
        f"{what} StudyApp opened the database as that program left it, and saved a copy"
        f" of it with your session's changes added: {left.copy.name}, beside it. To go on"
        " with both, restore that copy in File → Backups…, where it is listed (the"
        " database now in use is kept as a backup first)."
    )

"""The connection, its lock and transactions: what every part of `Store` builds on."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, Self, TypeVar

from studyapp.core.store import held, log_pages, session_rows
from studyapp.core.store.changes import ChangeLog, Changes
from studyapp.core.store.errors import StoreError, _translated, is_damage, newer_store
from studyapp.core.store.header import looks_whole
from studyapp.core.store.location import heal_side_files, store_file, unreachable
from studyapp.core.store.overwritten import OwnWrites, only_checkpointed, stop_writing
from studyapp.core.store.replaced import (
    file_identity,
    replaced_error,
    save_open_copy,
    save_sound_copy,
)
from studyapp.core.store.schema import (
    SCHEMA_VERSION,
    another_programs,
    connect,
    connect_for_reading,
    migrate,
    schema_version,
)

_P = ParamSpec("_P")
_R = TypeVar("_R")
_S = TypeVar("_S", bound="StoreBase")


def _op(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    """A public operation: holds the store's lock and turns environment errors into StoreError."""

    @functools.wraps(method)
    def wrapper(self: _S, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._lock, _translated(self.path):
            before = _changes(self._conn)
            try:
                return method(self, *args, **kwargs)
            finally:
                # A write outside `transaction` (committed on its own) is this
                # process's too (core.store.overwritten).
                if self._own is not None and _changes(self._conn) != before:
                    self._own.noted()

    return wrapper


def _changes(conn: sqlite3.Connection) -> int:
    try:
        return conn.total_changes
    except sqlite3.ProgrammingError:  # closed
        return -1


def _check_writable(conn: sqlite3.Connection) -> None:
    """Raise SQLite's "readonly database" now, where the file (or its folder) cannot
    be written: an up-to-date store is opened without writing, and the first grade
    would otherwise be the first to find out. Writes its version again and rolls back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {schema_version(conn):d}")
    finally:
        conn.execute("ROLLBACK")


class StoreBase:
    """The app's database. Open with `Store.open(path)`; use as a context manager or close()."""

    def __init__(self, conn: sqlite3.Connection, path: str | Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0  # transaction nesting: the outermost one commits
        self._cache_changes = 0  # rows written to rendered_cache: not the person's data
        self._log = ChangeLog()  # what the transaction under way changed
        self.last_changes = Changes()  # what the last committed write changed
        self._unreadable_settings: set[str] = set()  # logged once each (kv.py)
        # A read-only store read from a copy of what its damaged file still holds
        # (`open_read_only`): what is wrong with the file, in plain words ("": nothing).
        self.read_damaged = ""
        self._held = held.hold(path)  # its file read without dropping its locks
        self._held_shm = log_pages.hold(path)  # its log's shared memory, likewise
        # The file opened, checked before each write (core.store.replaced); the copy
        # saved when it was found replaced.
        self._identity = file_identity(path)
        self._replaced: tuple[Path | None, str] | None = None
        # Its log's, likewise (None: not seen yet); True while the log in use has no
        # name (deleted under the app): each commit is then checkpointed into the file.
        self._log_identity = file_identity(f"{path}-wal") if self._identity else None
        self._log_nameless = False
        # What the file looked like after this process's last write, compared before
        # each write (core.store.overwritten); the reading connection that keeps a
        # file another program wrote into from being checkpointed into at close.
        self._own: OwnWrites | None = OwnWrites(path) if self._identity else None
        self._guard: sqlite3.Connection | None = None
        self._overwritten = False
        self._keeping_rows = False  # this session's rows kept (core.store.session_rows)
        self._session_file: Path | None = None  # where they are kept, if in a file
        self._version_seen: tuple[int, tuple] | None = None  # deckops.data_version
        self._own_version_moves = 0  # data_version moved by this store's own doing
        self._closed = False

    @classmethod
    def open(cls, path: str | Path) -> Self:
        """Open (creating if needed) and migrate the database at `path`."""
        with _translated(path):
            if str(path) != ":memory:":
                heal_side_files(path)
            conn = connect(path)
            try:
                migrate(conn)
                _check_writable(conn)
            except BaseException:
                conn.close()
                raise
        return cls(conn, path)

    @classmethod
    def open_read_only(cls, path: str | Path, *, shared: bool = True) -> Self:
        """Open an existing, up-to-date database for reading only (a second app window
        while the first one writes): every write raises StoreError ("read-only").
        `shared=False` when the caller holds the writer lock, so that no other process
        has the store open (schema.connect_for_reading)."""
        try:
            store_file(path)  # a pipe in its place or its journal's would hang the read
            there = Path(path).is_file()
        except PermissionError as exc:
            raise unreachable(Path(path), exc) from exc
        if not there:
            raise StoreError(
                f"Could not open the study database {path}.", "Start StudyApp normally once."
            )
        if not looks_whole(path):
            # A file shorter than its pages (a copy or a sync that stopped mid-way):
            # SQLite reads the pages that are gone as empty, and an index there found
            # no rows (the window showed 0 reviews), or refuses the file.
            store = cls(_read_what_can_be_read(Path(path)), path)
            store._identity = None  # it never writes
            store._stop_watching()
            store.read_damaged = "the file is shorter than its own pages say: it was cut short"
            return store
        try:
            conn, lost = cls._reading(path, shared)
        except StoreError as exc:
            cause = exc.__cause__
            if not (isinstance(cause, sqlite3.Error) and is_damage(cause)):
                raise
            # Damage SQLite meets at the first read (a header that gives the wrong
            # page size, schema text overwritten): the window stopped there with "is
            # damaged", though a copy of its rows could be read as for a schema lost.
            conn, lost = None, True
        if lost:
            if conn is not None:
                conn.close()
            conn = _read_what_can_be_read(Path(path))
        store = cls(conn, path)
        store._identity = None  # it never writes
        store._stop_watching()
        if lost:
            store.read_damaged = "parts of the file are damaged and cannot be read"
        return store

    @_op
    def copy_in_memory(self) -> Self:
        """A copy of this store in memory, to try writes on and keep none (`import
        --dry-run` beside the window, which holds the writer's lock): read from one
        snapshot of it (SQLite's backup), nothing written here."""
        conn = connect(":memory:")
        try:
            self._conn.backup(conn)
        except BaseException:
            conn.close()
            raise
        return type(self)(conn, ":memory:")

    def _stop_watching(self) -> None:
        if self._own is not None:
            self._own.close()
            self._own = None

    @staticmethod
    def _reading(path: str | Path, shared: bool) -> tuple[sqlite3.Connection, bool]:
        """A reading connection to the up-to-date store at `path`, and whether its
        schema has lost what the app needs (its rows are then read from a copy)."""
        with _translated(path):
            conn = connect_for_reading(path, shared=shared)
            try:
                if another_programs(conn):  # whatever its version: StudyApp's own too
                    raise StoreError(
                        f"The study database {path} is another program's database, not"
                        " StudyApp's (none of its tables are StudyApp's).",
                        "Close the other StudyApp window and start StudyApp again: it"
                        " moves that file aside (keeping it) and restores the newest good"
                        " backup.",
                    )
                if (version := schema_version(conn)) > SCHEMA_VERSION:
                    # A newer StudyApp's: its tables are its own to read. Said as the
                    # start that could not open it said it ("It cannot be read either:
                    # it needs an upgrade", which none can give it, was added to that).
                    raise newer_store(path, version, SCHEMA_VERSION)
                if version != SCHEMA_VERSION:
                    raise StoreError(
                        "The study database needs an upgrade that a read-only window cannot do.",
                        "Close the other StudyApp window and start StudyApp again.",
                    )
                from studyapp.core.store import health  # it imports this module

                lost = bool(health.schema_problems(conn))
            except BaseException:
                conn.close()
                raise
        return conn, lost

    @property
    def data_changes(self) -> int:
        """Like `total_changes`, without the rendered-answer cache: what the person
        did (grades, mocks, edits, imports), so a backup is only made for that."""
        with self._lock:
            return self._conn.total_changes - self._cache_changes

    @property
    def total_changes(self) -> int:
        """Rows inserted, updated or deleted through this store since it was opened:
        the automatic backups (core.backup.AutoBackup) compare it to see a change."""
        with self._lock:
            return self._conn.total_changes

    def close(self) -> None:
        with self._lock:
            if self._session_file is not None:
                # A file written over or replaced since the last look is saved now,
                # with the rows kept (core.store.session_rows).
                with contextlib.suppress(StoreError, sqlite3.Error, OSError):
                    self._check_same_file()
            self._conn.close()
            self._closed = True
            if self._guard is not None:  # after the connection: it checkpointed nothing
                self._guard.close()
                self._guard = None
            if self._session_file is not None:
                self._settle_kept_rows()
            self._session_file = None
            self._stop_watching()
            held.let_go(self._held)  # after its connection closed: see core.store.held
            held.let_go(self._held_shm)
            self._held = self._held_shm = None

    def _settle_kept_rows(self) -> None:
        """The connection closed: its file of kept rows (core.store.session_rows) is
        kept for the next start, noting how the store's file looks now, which that
        start compares: a store put over while StudyApp was closed (a sync tool
        putting another computer's copy in place) is told from the session's rows and
        saved with them. Where the file went under the app, the copy saved is noted
        (none saved: kept as a crashed session's, whose start saves one)."""
        path = self._session_file
        assert path is not None
        copy = None if self._replaced is None else self._replaced[0]
        if self._replaced is not None and copy is None:
            session_rows.let_go(path)
        else:
            session_rows.closed(path, session_rows.looks_now(self.path), copy)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see the store at one moment: a write committed by another
        connection meanwhile is not half in them (the figures a worker thread
        computes from many queries). Writes are not for inside it."""
        with self._lock, _translated(self.path):
            self._conn.execute("BEGIN DEFERRED")
            try:
                yield
            finally:
                self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work. Nested uses become savepoints of the outer transaction."""
        with self._lock:
            conn = self._conn
            if self._depth:
                savepoint = f"sp{self._depth}"
                conn.execute(f"SAVEPOINT {savepoint}")
                self._depth += 1
                try:
                    yield
                except BaseException:
                    # A full disk or an I/O error rolls the whole transaction back in
                    # SQLite itself: no savepoint is left to go back to, and the first
                    # error is the one to say.
                    if conn.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
                            conn.execute(f"ROLLBACK TO {savepoint}")
                            conn.execute(f"RELEASE {savepoint}")
                    raise
                else:
                    conn.execute(f"RELEASE {savepoint}")
                finally:
                    self._depth -= 1
                return
            self._check_same_file()
            if self._own is not None and not self._keeping_rows:
                with _translated(self.path):
                    self._session_file = session_rows.keep(conn, self.path)
                self._keeping_rows = True
            with _translated(self.path):
                conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            self._log = ChangeLog()
            try:
                yield
                with _translated(self.path), self._writing():
                    conn.execute("COMMIT")
                    if self._log_nameless:  # its log has no name: into the file now
                        conn.execute("PRAGMA wal_checkpoint(FULL)")
                self.last_changes = self._log.freeze()
            except BaseException:
                self.last_changes = Changes()
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):  # the first error matters
                        conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    def _writing(self) -> contextlib.AbstractContextManager[None]:
        """Around a write that may reach the file (a commit, a checkpoint): what the
        file looks like after it is this process's doing (core.store.overwritten)."""
        return self._own.writing() if self._own is not None else contextlib.nullcontext()

    def check_same_file(self) -> None:
        """Raise StoreReplaced where the store's file was replaced, deleted or written
        into by another program since this store last wrote it (the window's poll asks,
        from a pool thread, and a backup before it copies); nothing is written then or
        after. The file and its log are looked at before the store's lock is taken: a
        slow or hung disk holds the caller's thread, not a grade waiting for the lock.
        Only a file that looks otherwise than after this process's last write is
        checked further, under the lock."""
        if not self._as_left():
            self._check_same_file_held()

    @_op
    def _check_same_file_held(self) -> None:
        if not self._closed:
            self._check_same_file()

    def _as_left(self) -> bool:
        """Whether the file and its log are, at a glance, as this store last saw them."""
        own = self._own
        if (
            own is None
            or self._overwritten
            or self._replaced is not None
            or self._log_nameless
            or self._log_identity is None
        ):
            return self._identity is None or self._closed
        return file_identity(f"{self.path}-wal") == self._log_identity and own.as_left()

    def _check_same_file(self) -> None:
        """Raise StoreReplaced, writing nothing, where the store's path no longer leads
        to the file it opened (core.store.replaced), or another program wrote into that
        file (core.store.overwritten); the open file is saved once."""
        if self._identity is None:
            return
        overwritten = self._overwritten or (
            self._own is not None
            and self._own.foreign(lambda: only_checkpointed(self._conn, self.path))
        )
        if overwritten and not self._overwritten:
            self._overwritten = True
            if self._guard is None:
                self._guard = stop_writing(self._conn, self.path)
        if overwritten or file_identity(self.path) != self._identity:
            if self._replaced is None or self._replaced[0] is None:
                save = save_sound_copy if overwritten else save_open_copy
                self._replaced = save(self._conn, Path(self.path))
            raise replaced_error(Path(self.path), *self._replaced, overwritten=overwritten)
        log = file_identity(f"{self.path}-wal")
        if self._log_identity is None:
            self._log_identity = log
        elif log != self._log_identity or self._log_nameless:
            self._log_lost()

    @contextlib.contextmanager
    def _own_version_move(self) -> Iterator[None]:
        """Around this store's own change of its journal (the log made again): SQLite's
        `data_version` moves with it, as for another program's commit, and the window
        said "Your study data changed outside this window: reloaded." for a log the
        person deleted. The move is this store's own (deckops.data_version)."""
        before = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                after = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
                self._own_version_moves += after - before

    def _log_lost(self) -> None:
        """The log (-wal) deleted under the app (a cleaner, a sync tool): SQLite goes on
        committing into it by its open handle, and a crash or a power cut lost every
        commit since the last checkpoint, the session's grades with them (the next
        start read the file alone). Every commit goes into the file now, and the log
        is made again under its name; where another connection keeps that from being
        done, every commit is checkpointed into the file until it is."""
        log = Path(f"{self.path}-wal")
        with _translated(self.path), self._writing(), self._own_version_move():
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if file_identity(log) is not None:  # another file under its name: kept aside
                with contextlib.suppress(OSError):
                    log.rename(log.with_name(f"{log.name}.set-aside-{_stamp()}"))
            try:
                self._conn.execute("PRAGMA journal_mode = DELETE")
                self._conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:  # another connection has it open
                self._log_nameless = True
                return
        self._log_nameless = False
        self._log_identity = None  # made again at the next read; noted then


def _stamp() -> str:
    import time

    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def _read_what_can_be_read(path: Path) -> sqlite3.Connection:
    """A read-only connection to a copy of the rows of the store at `path`, whose
    schema is not the app's (a column renamed or lost: every query naming it fails)
    or whose file is shorter than its pages,
    made in a temporary folder: where the store cannot be repaired (its folder cannot
    be written), the read-only window read it as it was and stopped with a traceback
    at its first question. The file is not touched."""
    from studyapp.core.store import salvage  # it imports this module
    from studyapp.core.store.sqlio import reading_folder

    folder = reading_folder()
    saved = salvage.salvage(path, folder / path.name)
    if saved is None:
        raise StoreError(
            f"The study database {path} is damaged, and StudyApp cannot repair it here:"
            " nothing could be read from it.",
            "Start StudyApp where its data folder can be written: it repairs the"
            " database or restores a backup.",
        )
    return connect_for_reading(saved.path)

"""The first bytes of a store file this process has open in SQLite, read without
dropping SQLite's locks on it.

POSIX locks belong to a process, not to a file descriptor: closing any descriptor
the process opened on a file drops every lock the process holds on that file, the
ones SQLite's own connection holds included. The window read its store's header now
and then (the start's check that nothing changed, a backup's look for a stray log):
each read ended in a close, and from then on the window held no lock on its store.
Another program's connection closing (a command beside the window, a database
browser, a sync tool's check) then took itself for the last one, checkpointed the
log and deleted it while the window still wrote to it: the next grades were lost at
a crash, and the window's next connection began a second log over the first.

A store notes its file here while it is open (`hold`, `let_go`); `read_start` reads
such a file through a descriptor kept open until the store closes, so nothing closes
one while SQLite holds its locks. Other files are opened and closed as usual. Windows
locks by handle, not by process: there every read opens and closes.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from studyapp.core.store.replaced import file_identity

_Key = tuple[int, int]  # device, inode
_lock = threading.Lock()
_held: dict[_Key, list[int]] = {}  # file → [stores holding it, kept descriptor or -1]
_BY_PROCESS = os.name != "nt"  # POSIX: locks are the process's, dropped by any close


def hold(path: str | Path) -> _Key | None:
    """Note that a store has the file at `path` open; the key to `let_go` it with
    (None: no file there, or an in-memory store)."""
    key = file_identity(path)
    if key is None:
        return None
    with _lock:
        _held.setdefault(key, [0, -1])[0] += 1
    return key


def let_go(key: _Key | None) -> None:
    """The store that held the file closed (its connection first): the kept descriptor
    is closed with the last one."""
    if key is None:
        return
    with _lock:
        entry = _held.get(key)
        if entry is None:
            return
        entry[0] -= 1
        if entry[0] > 0:
            return
        del _held[key]
        if entry[1] >= 0:
            os.close(entry[1])


def read_start(path: str | Path, size: int) -> tuple[bytes, int]:
    """The first `size` bytes of the file at `path` and its length. Raises OSError as
    opening it would. A file a store of this process holds is read through a
    descriptor that stays open (see the module docstring)."""
    return read_at(path, 0, size)


def read_held(path: str | Path, offset: int, size: int) -> bytes | None:
    """`size` bytes at `offset` of the file at `path`, only where a store of this
    process holds it (`hold`), else None: a file SQLite locks that nothing holds
    (the log's shared memory, -shm, made again under the open store) is never
    opened and closed here, which would drop those locks (see the module docstring).
    Raises OSError as reading it would."""
    if _BY_PROCESS:
        info = os.stat(path)
        with _lock:
            if (info.st_dev, info.st_ino) not in _held:
                return None
    return read_at(path, offset, size)[0]


def read_at(path: str | Path, offset: int, size: int) -> tuple[bytes, int]:
    """`read_start` from `offset`."""
    if _BY_PROCESS:
        info = os.stat(path)
        key = (info.st_dev, info.st_ino)
        with _lock:
            entry = _held.get(key)
            if entry is not None:
                if entry[1] < 0:
                    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
                    opened = os.fstat(fd)
                    if (opened.st_dev, opened.st_ino) == key:
                        entry[1] = fd
                    else:  # replaced between the stat and the open: another file,
                        os.close(fd)  # which this process holds no lock on
                if entry[1] >= 0:
                    return os.pread(entry[1], size, offset), os.fstat(entry[1]).st_size
    with open(path, "rb") as file:
        file.seek(offset)
        return file.read(size), os.fstat(file.fileno()).st_size

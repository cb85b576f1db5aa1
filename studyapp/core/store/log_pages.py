"""Whether the store's file changed the way a checkpoint changes it, told from the
write-ahead log itself (core.store.overwritten asks, where the file looks otherwise
than after this process's last write).

A checkpoint copies the log's frames into the file, oldest first, and then notes in
the log's shared memory (``-shm``) how many it copied (its "backfill"). So after
one, each page the log holds a copied frame of is, in the file, that frame's page,
byte for byte; and a file that changed while the backfill stayed where it was after
this process's last write (in the same log: its salts unchanged) was changed by no
checkpoint at all. A copy put over the store (an older backup, another computer's
copy) fails one of these, even where it holds as many rows in every table as the
open store and every row this session wrote by its key: its pages are older ones.

Which log it is (its salts) and its backfill are read from the shared memory, which
keeps them when a TRUNCATE checkpoint empties the log file: a copy put over the
store after this process's own TRUNCATE checkpoint is told too. Where the log
holds no copied frame (backfill 0: just emptied or begun again), a checkpoint copied
nothing into the file since, so the file must be byte for byte as this process last
noted it: a digest of it is kept for that (`file_digest`, taken again only after the
file changed: once per checkpoint), and a copy of the same size and header (an older
copy of the same store, whose changes since touched no header) differs from it.

Cheap: the shared memory's first 136 bytes, and, only where the backfill moved, the
pages it copied (the log is checkpointed at about 1,000 pages, 4 MB); the whole file
is read only where it looks otherwise with no checkpoint since. Where nothing can be
told (a new log another program began; no shared memory held), the slower look at
the rows (`overwritten.only_checkpointed`) decides.

The shared memory is read through a descriptor this process keeps open while a
store holds the file (core.store.held): closing one would drop SQLite's locks in it.
The log itself holds no lock of SQLite's.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import NamedTuple

from studyapp.core.store import held

_WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)
# The shared memory: two copies of the index's header (48 bytes each), then the
# checkpoint's: nBackfill first. In the machine's own byte order.
_SHM_SIZE = 136
_SHM_PAGES = 20  # nPage: the database's size in pages after the last commit
_SHM_SALTS = 32  # aSalt: the log's salts, as its header has them (byte for byte)
_SHM_BACKFILL = 96


class LogState(NamedTuple):
    """The log as this process last left it: which log (its salts), and how many of
    its frames are checkpointed into the file."""

    salts: bytes
    backfill: int


def log_state(path: str | Path) -> LogState | None:
    """The log beside the store at `path` now, as its shared memory says (an empty log
    file too: a TRUNCATE checkpoint's); None where its shared memory is not held by a
    store of this process."""
    shm = _shm(path)
    if shm is None:
        return None
    salts = shm[_SHM_SALTS : _SHM_SALTS + 8]
    return LogState(salts, int.from_bytes(shm[_SHM_BACKFILL:100], sys.byteorder))


def file_digest(path: str | Path) -> bytes | None:
    """A digest of the store's file as it is now (read through the descriptor a store
    of this process holds: core.store.held); None where it cannot be read."""
    digest = hashlib.blake2b(digest_size=16)
    offset, chunk = 0, 1 << 20
    try:
        while True:
            data, size = held.read_at(path, offset, chunk)
            digest.update(data)
            offset += len(data)
            if not data or offset >= size:
                return digest.digest()
    except OSError:
        return None


def hold(path: str | Path) -> tuple[int, int] | None:
    """Hold the log's shared memory beside the store at `path` (core.store.held), so
    that it can be read; the key to let go of after the store's connection closes
    (never before: that would drop its locks)."""
    return held.hold(f"{path}-shm")


def checkpointed(
    path: str | Path, before: LogState | None, file_changed: bool, digest: bytes | None = None
) -> bool | None:
    """Whether the store's file, changed since this process last wrote it (`before`:
    the log then), changed as a checkpoint changes it: False where it cannot have
    (see the module docstring), True where the log's copied pages are the file's,
    None where nothing can be told. `file_changed`: the file's size or header is not
    what it was (not its time alone). `digest`: the file's then (`file_digest`),
    where the log had no copied frame."""
    now = log_state(path)
    if before is None or now is None:
        return None
    if now.salts == before.salts and now.backfill <= before.backfill:
        # No checkpoint since: the file should be as this process left it.
        if file_changed or _pages_differ(path, now):
            return False
        if digest is not None and file_digest(path) != digest:
            return False  # other bytes, with no checkpoint to have written them
        return None
    if now.backfill == 0:
        return None  # a new log, nothing of it copied: another program's own writes
    return not _pages_differ(path, now)


def _log_head(path: str | Path) -> bytes | None:
    try:
        with open(f"{path}-wal", "rb") as log:  # SQLite locks nothing in the log itself
            head = log.read(_WAL_HEADER)
    except OSError:
        return None
    if len(head) < _WAL_HEADER or int.from_bytes(head[:4], "big") not in _WAL_MAGIC:
        return None
    return head


def _shm(path: str | Path) -> bytes | None:
    try:
        shm = held.read_held(f"{path}-shm", 0, _SHM_SIZE)
    except OSError:
        return None
    return shm if shm is not None and len(shm) >= _SHM_SIZE else None


def _pages_differ(path: str | Path, state: LogState) -> bool:
    """Whether a page the log's first `state.backfill` frames copied into the file is
    not, in the file, the last of those frames' page."""
    head, shm = _log_head(path), _shm(path)
    if head is None or shm is None or head[16:24] != state.salts:
        return False
    page_size = int.from_bytes(head[8:12], "big")
    pages = int.from_bytes(shm[_SHM_PAGES:24], sys.byteorder)
    frame = _FRAME_HEADER + page_size
    last: dict[int, bytes] = {}
    try:
        with open(f"{path}-wal", "rb") as log:
            log.seek(_WAL_HEADER)
            for _ in range(state.backfill):
                data = log.read(frame)
                if len(data) < frame or data[8:16] != state.salts:
                    return False  # not the frames the count is of: nothing told
                number = int.from_bytes(data[:4], "big")
                if not pages or number <= pages:
                    last[number] = data[_FRAME_HEADER:]
        for number, page in last.items():
            found = held.read_at(path, (number - 1) * page_size, page_size)[0]
            if found != page:
                return True
    except OSError:
        return False
    return False

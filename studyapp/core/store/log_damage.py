"""A store's write-ahead log damaged part-way: a power cut that the disk wrote out of
order (the app commits without waiting for the disk: `synchronous = NORMAL`), a
failing sector, a bit flipped in a copy.

Each frame of the log carries a checksum of itself and of every frame before it.
SQLite reads the log up to the first frame whose checksum fails and takes the rest
for leftovers of an older log; the next checkpoint then drops it. Every change saved
after the damaged frame was lost, with no word: the store opened as sound.

Leftovers of an older log carry that log's salts (two numbers its header and each
of its frames repeat); a frame with the current salts past the damage is a change
that was saved and cannot be read. `commits_lost` counts those commits, before
anything opens the store; the start keeps a copy of the log as it was (SQLite goes
on reading its sound part) and says so (core.store.recovery).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core.store.held import read_start
from studyapp.core.store.location import real_path

_HEADER = 32  # the log's header
_FRAME = 24  # each frame's header, before its page
_MAGIC = (0x377F0682, 0x377F0683)  # checksums in little-endian words, in big-endian ones
_LARGEST = 256 * 1024 * 1024  # a log past this is not read at start (SQLite's own limit is far)
KEPT = ".damaged-"

log = logging.getLogger(__name__)


def log_of(path: str | Path) -> Path:
    real = real_path(path)
    return real.with_name(real.name + "-wal")


def commits_lost(path: str | Path) -> int:
    """How many commits the store's log holds past a frame whose checksum fails (0 when
    none, when there is no log, or it cannot be read)."""
    log = log_of(path)
    try:
        info = os.stat(log)
        if not stat.S_ISREG(info.st_mode) or not _HEADER < info.st_size <= _LARGEST:
            return 0
        data, _size = read_start(log, info.st_size)
    except OSError:
        return 0
    return _lost(data)


def _lost(data: bytes) -> int:
    _size, frames = _frames(data)
    return sum(1 for frame in frames if not frame.sound and frame.commit)


class _Frame(NamedTuple):
    page: int  # the page's number in the database
    commit: int  # the database's size in pages after this commit; 0: no commit
    sound: bool  # its checksum, and every one before it, holds
    intact: bool  # its checksum holds counted on from the one its predecessor carries
    image: bytes  # the page as saved


def _frames(data: bytes) -> tuple[int, list[_Frame]]:
    """The log's page size and its frames of this log (its salts), in order, sound or
    not; (0, []) where `data` is no log."""
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return 0, []  # no log's header: another matter (core.store.side_files)
    order = ">" if magic & 1 else "<"
    salts = data[16:24]
    sums = _checksum(order, data[:24], (0, 0))
    carried = struct.unpack(">II", data[24:32])  # what the header says its sums are
    sound = sums == carried
    frames, at, size = [], _HEADER, _FRAME + page_size
    while at + size <= len(data):
        frame = data[at : at + size]
        if frame[8:16] != salts:
            break  # an older log's leftovers (or the end of this one)
        said = struct.unpack(">II", frame[16:24])
        if sound:
            sums = _checksum(order, frame[:8] + frame[_FRAME:], sums)
            sound = sums == said
        # Each frame's sums go on from its predecessor's: counted from the sums that one
        # carries, a frame past the damage is told whole or not on its own.
        intact = _checksum(order, frame[:8] + frame[_FRAME:], carried) == said
        carried = said
        page, commit = struct.unpack(">II", frame[:8])
        frames.append(_Frame(page, commit, sound, intact, frame[_FRAME:]))
        at += size
    return page_size, frames


def _checksum(order: str, data: bytes, sums: tuple[int, int]) -> tuple[int, int]:
    s0, s1 = sums
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def keep_copy(path: str | Path, now: datetime) -> Path:
    """A copy of the store's log as it is, beside it (``studyapp.sqlite3-wal.damaged-<UTC
    time>``): what was saved past the damage, for a person or a tool to read. The log
    itself stays, for SQLite to read its sound part. Raises OSError."""
    log = log_of(path)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target, n = log.with_name(f"{log.name}{KEPT}{stamp}"), 2
    while target.exists():
        target, n = log.with_name(f"{log.name}{KEPT}{stamp}-{n}"), n + 1
    data, _size = read_start(log, os.stat(log).st_size)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    os.replace(partial, target)
    shutil.copymode(log, target)
    return target


def as_last_saved(path: str | Path, kept: Path) -> Path | None:
    """The store as the last change its damaged log saved left it: its file with each
    page the log holds whole (the latest of each, up to the log's last whole commit,
    past the damage too) laid over it, in a new file in the system's temporary
    folder, for the grades saved past the damage to be read back (core.store.recovery).
    A frame whose own checksum fails is left out: its page stays as it was before
    (a page of real rows, if older), never bytes that changed on the disk; the
    salvage that reads the file reads around what no longer fits. Call it before
    anything opens the store (a checkpoint changes the file). None where the log
    holds no whole commit past the damage, where its pages are not the file's size
    (another database's log), or nothing could be read or made. `kept`: the copy of
    the log (`keep_copy`)."""
    try:
        page_size, frames = _frames(kept.read_bytes())
        last = max((i for i, f in enumerate(frames) if f.commit and f.intact), default=-1)
        if last < 0 or all(frame.sound for frame in frames[: last + 1]):
            return None
        real = real_path(path)
        with real.open("rb") as db:
            head = db.read(100)
            if len(head) < 100 or _page_size(head) != page_size:
                return None
            fd, name = tempfile.mkstemp(prefix="studyapp-last-saved-", suffix=".sqlite3")
            try:
                with os.fdopen(fd, "w+b") as out:
                    db.seek(0)
                    shutil.copyfileobj(db, out)
                    for frame in frames[: last + 1]:  # in order: the latest of each stays
                        if frame.intact:
                            out.seek((frame.page - 1) * page_size)
                            out.write(frame.image)
                    out.truncate(frames[last].commit * page_size)
                    out.seek(18)
                    out.write(b"\x01\x01")  # a file of its own: no log looked for beside it
            except OSError:
                os.unlink(name)
                raise
    except OSError:
        return None
    return Path(name)


def _page_size(head: bytes) -> int:
    size = struct.unpack(">H", head[16:18])[0]
    return 65536 if size == 1 else size


def take_back(
    conn: sqlite3.Connection, last_saved: Path, store_path: Path
) -> tuple[int, list[str]]:
    """Add to the store open on `conn` (outside a transaction) the reviews the file
    `last_saved` (`as_last_saved`) holds that it lacks, with their cards
    (core.store.carried). Read through a salvage (core.store.salvage): it reads
    around a damaged page, and brings the rows of an older version's file up to
    date. Returns how many were added, and the names of their decks: (0, []) where
    none could be read, or the disk refused (the copy of the log is kept either way)."""
    from studyapp.core.store.carried import carry_into
    from studyapp.core.store.errors import StoreError
    from studyapp.core.store.salvage import salvage
    from studyapp.core.store.side_files import remove_salvage_leftovers

    try:
        saved = salvage(last_saved, store_path)
        if saved is None:
            return 0, []
        last = conn.execute("SELECT ifnull(max(rowid), 0) FROM reviews").fetchone()[0]
        added = carry_into(conn, saved.path)
        decks = conn.execute(
            "SELECT DISTINCT d.name FROM reviews r JOIN questions q ON q.id = r.question_id"
            " JOIN decks d ON d.id = q.deck_id WHERE r.rowid > ? ORDER BY d.name",
            (last,),
        ).fetchall()
        return added, [str(name) for (name,) in decks]
    except (sqlite3.Error, OSError, StoreError) as exc:
        log.warning("the grades past the log's damage could not be read back: %r", exc)
        return 0, []
    finally:
        remove_salvage_leftovers(store_path)

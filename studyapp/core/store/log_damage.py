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

import os
import shutil
import stat
import struct
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.store.held import read_start
from studyapp.core.store.location import real_path

_HEADER = 32  # the log's header
_FRAME = 24  # each frame's header, before its page
_MAGIC = (0x377F0682, 0x377F0683)  # checksums in little-endian words, in big-endian ones
_LARGEST = 256 * 1024 * 1024  # a log past this is not read at start (SQLite's own limit is far)
KEPT = ".damaged-"


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
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return 0  # no log's header: another matter (core.store.side_files)
    order = ">" if magic & 1 else "<"
    salts = data[16:24]
    sums = _checksum(order, data[:24], (0, 0))
    sound = sums == struct.unpack(">II", data[24:32])
    lost, at, size = 0, _HEADER, _FRAME + page_size
    while at + size <= len(data):
        frame = data[at : at + size]
        if frame[8:16] != salts:
            break  # an older log's leftovers (or the end of this one)
        if sound:
            sums = _checksum(order, frame[:8] + frame[_FRAME:], sums)
            sound = sums == struct.unpack(">II", frame[16:24])
        if not sound and struct.unpack(">I", frame[4:8])[0]:
            lost += 1  # a commit saved after the damage
        at += size
    return lost


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

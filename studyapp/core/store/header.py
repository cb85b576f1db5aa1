"""The database file's 100-byte header, read without SQLite: is this a database file at
all, and is it as long as its header says (https://www.sqlite.org/fileformat.html).

Cheap enough to run on every backup whenever the folder is listed: one short read per
file, where opening each with SQLite and checking it would read them whole.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import NamedTuple

from studyapp.core.store.held import read_start

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class Header(NamedTuple):
    """What the header says about the file, and how long the file really is."""

    page_size: int
    # The page count in the header, None where SQLite would not trust it (written by
    # a version before 3.7.0, or not matching the change counter).
    page_count: int | None
    file_size: int
    user_version: int = 0  # StudyApp's schema version, as the header holds it
    # The file format's write and read version numbers (offsets 18 and 19): 1 for a
    # rollback journal, 2 for a write-ahead log; no SQLite writes any other.
    formats: tuple[int, int] = (1, 1)

    @property
    def format_problem(self) -> str | None:
        """The damage of format numbers no SQLite writes (a flipped bit, a bad copy),
        in words; None when they are SQLite's. A write version past 2 makes SQLite open
        the file read-only, a read version past 2 refuses it: the start said the store
        was read-only and sent the person to its permissions, which were fine."""
        if all(number in (1, 2) for number in self.formats):
            return None
        write, read = self.formats
        return (
            f"the file format numbers in its header read {write} and {read}, which no"
            " SQLite writes (1 or 2): the header is damaged"
        )

    @property
    def short_by(self) -> int:
        """Bytes missing from the end: the file is shorter than its pages (0 when whole)."""
        if self.page_count is None:
            rest = self.file_size % self.page_size
            return self.page_size - rest if rest else 0
        return max(0, self.page_count * self.page_size - self.file_size)


def read_header(path: str | Path) -> Header | None:
    """The header of the database file at `path`; None when it is no SQLite database
    (missing, a folder, empty, too short for a header, other bytes, a bad page size).
    Only a plain file is opened: reading a named pipe waits for ever (a backup's name
    on a pipe hung every start, which lists the backups)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        head, size = read_start(path, HEADER_SIZE)  # the open store's locks kept
    except OSError:
        return None
    if len(head) < HEADER_SIZE or head[:16] != MAGIC:
        return None
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    count = int.from_bytes(head[28:32], "big")
    # "Valid only if it is nonzero and if the 4-byte change counter at offset 24 exactly
    # matches the 4-byte version-valid-for number at offset 92."
    trusted = count > 0 and head[24:28] == head[92:96]
    version = int.from_bytes(head[60:64], "big", signed=True)
    return Header(page_size, count if trusted else None, size, version, (head[18], head[19]))


def looks_whole(path: str | Path) -> bool:
    """Whether `path` is a SQLite database file with all the pages its header counts.
    A cheap first test (damage inside the pages needs SQLite's own checks)."""
    header = read_header(path)
    return header is not None and header.short_by == 0


# Past this size a file is not read whole to tell whether it is text.
_TEXT_LIMIT = 16 * 1024 * 1024


def other_kind(path: str | Path) -> str | None:
    """What the file at `path` is when it is whole another kind of file in the store's
    place (a ZIP archive: an Anki package, an export or a download saved under the
    store's name; a PDF; a text file), not a database whose first bytes were damaged;
    None when it may be one. Text is every byte of the file: a database page holds zero
    bytes, so a store with text written over its start is not taken for text."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        head, size = read_start(path, 8)
        if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) and zipfile.is_zipfile(path):
            return "a ZIP archive"
        if head.startswith(b"%PDF-"):
            return "a PDF document"
        if head.startswith(MAGIC[:8]) or not 0 < size <= _TEXT_LIMIT:
            return None
        data = Path(path).read_bytes()
    except OSError:
        return None
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "a text file"

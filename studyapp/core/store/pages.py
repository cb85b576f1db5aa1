"""Rows read straight from a database file's leaf pages, without the pages above them
(https://www.sqlite.org/fileformat.html, sections 1.6 and 2.1).

A table's rows live on its leaf pages; the pages above them (the table's root and
interior pages) only say where the leaves are. One bad upper page so hides every row
below it although each is still in the file: one zeroed page at the root of the
reviews lost every review, and the salvage (core.store.salvage), which reads through
SQLite, found none of them. `orphan_leaves` reads the table leaf pages no b-tree of
the file reaches any more and decodes their records, so the salvage can take back,
for a table it could not read whole, the rows that fit that table.

Pages on the file's freelist are skipped: they hold rows deleted since (an undone
grade, a removed deck), which must not come back. Nothing here writes.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

from studyapp.core.store.header import HEADER_SIZE, MAGIC
from studyapp.core.store.sqlio import reading_folder

_TABLE_LEAF = 0x0D
_MAX_PAGES = 1 << 22  # 16 GB of 4 KB pages: a header claiming more is not trusted
Record = tuple[int, tuple[object, ...]]  # (rowid, values)
Gap = tuple[int | None, int | None]  # the rowids a bad page lies between


class _File:
    def __init__(self, path: Path) -> None:
        self.data = path.read_bytes()
        head = self.data[:HEADER_SIZE]
        self.page_size = page_size_of(self.data)
        self.usable = self.page_size - (head[20] if len(head) > 20 else 0)
        self.pages = min(len(self.data) // self.page_size, _MAX_PAGES)
        self.trusted_header = head[:16] == MAGIC
        # The file's text encoding (header offset 56): 1 UTF-8, 2 UTF-16le, 3 UTF-16be.
        code = int.from_bytes(head[56:60], "big") if len(head) >= 60 else 1
        self.codec = {2: "utf-16-le", 3: "utf-16-be"}.get(code, "utf-8")
        self.logged, size = _logged_pages(path, self.page_size)
        self.pages = max(self.pages, min(size, _MAX_PAGES))

    def page(self, number: int) -> bytes:
        if (logged := self.logged.get(number)) is not None:
            return logged
        start = (number - 1) * self.page_size
        return self.data[start : start + self.page_size]


_WAL_MAGIC = (0x377F0682, 0x377F0683)


def _logged_pages(path: Path, page_size: int) -> tuple[dict[int, bytes], int]:
    """The pages the file's write-ahead log holds newer versions of, as its last commit
    left them, and the page count that commit says; ({}, 0) without a log. A page read
    from the file alone where the log holds a newer one is an older version of it:
    rows deleted since (an undone grade) came back from it. Frames of an earlier use
    of the log (other salts) and those after its last commit are not read; the
    checksums are not checked (SQLite's own read of the log, which does, is the one
    the salvage copies first)."""
    log = path.with_name(path.name + "-wal")
    try:
        data = log.read_bytes() if log.is_file() else b""
    except OSError:
        return {}, 0
    if len(data) < 32 or int.from_bytes(data[0:4], "big") not in _WAL_MAGIC:
        return {}, 0
    if int.from_bytes(data[8:12], "big") != page_size:
        return {}, 0
    salts = data[16:24]
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    size = 0
    at = 32
    while at + 24 + page_size <= len(data):
        frame = data[at : at + 24]
        if frame[8:16] != salts:
            break
        pending[int.from_bytes(frame[0:4], "big")] = data[at + 24 : at + 24 + page_size]
        if committed := int.from_bytes(frame[4:8], "big"):
            pages.update(pending)
            pending.clear()
            size = committed
        at += 24 + page_size
    return pages, size


def page_size_of(data: bytes, file_size: int | None = None) -> int:
    """The page size of the database file whose bytes (its start at least; `file_size`
    its length, where `data` is not all of it) are `data`. The header's, where its page
    count times it is the file's length; else the size its page count gives for that
    length, where the pages read as b-tree pages at least as well there (the header's
    two bytes overwritten or a bit flipped there had SQLite read every page at the
    wrong offset, and nothing of the file was saved); else, with no count to go by (the
    header zeroed, the file cut short), the header's where its pages read well enough,
    or the smallest size at which they do: read at twice their size pages still start
    pages, at half it only half of them do. The app's own size where nothing says."""
    claimed = _claimed(data)
    length = len(data) if file_size is None else file_size
    count = int.from_bytes(data[28:32], "big") if data[:16] == MAGIC else 0
    derived = length // count if count and length % count == 0 else 0
    if derived and derived == claimed:
        return claimed
    shares = {size: _btree_share(data, size) for size in _PAGE_SIZES}
    if derived in shares and shares[derived] and shares[derived] >= shares.get(claimed, 0):
        return derived
    best = max(shares.values())
    if not best:
        return claimed if claimed in shares else 4096
    if claimed in shares and shares[claimed] >= best / 2:
        return claimed
    return min(size for size, share in shares.items() if share >= best / 2)


def _claimed(data: bytes) -> int:
    """The page size the header says (0 where there is no header)."""
    claimed = int.from_bytes(data[16:18], "big") if data[:16] == MAGIC else 0
    return 65536 if claimed == 1 else claimed


_PAGE_SIZES = tuple(1 << n for n in range(9, 17))
_SAMPLE_PAGES = 256


def _btree_share(data: bytes, size: int) -> float:
    """The share of the pages after the first, read `size` bytes apart, whose header
    and cell pointers are a b-tree page's (a sample of the first ones)."""
    count = min(len(data) // size, _SAMPLE_PAGES + 1)
    if count < 2:
        return 0.0
    whole = sum(_btree_page(data[n * size : (n + 1) * size]) for n in range(1, count))
    return whole / (count - 1)


def _btree_page(page: bytes) -> bool:
    if not page or page[0] not in (0x02, 0x05, 0x0A, _TABLE_LEAF):
        return False
    base = 12 if page[0] in (0x02, 0x05) else 8
    cells = int.from_bytes(page[3:5], "big")
    content = int.from_bytes(page[5:7], "big") or 65536
    if base + 2 * cells > min(content, len(page)):
        return False
    pointers = (int.from_bytes(page[base + 2 * i : base + 2 * i + 2], "big") for i in range(cells))
    return all(content <= at < len(page) for at in pointers)


def mended_copy(path: Path) -> Path | None:
    """A copy of the database file at `path`, in a temporary folder, whose header says
    the page size its pages have (`page_size_of`), where its own says another, its
    magic text, where that was written over (`_header_after_magic`), and a
    read version SQLite reads, where its own says one no SQLite writes (which SQLite
    refuses as no database: every row was read page by page and called maybe lost);
    None where the header needs neither, or the file cannot be read. The file is not
    written."""
    try:
        with path.open("rb") as file:
            start = file.read(_SAMPLE_PAGES * 65536)
            length = os.fstat(file.fileno()).st_size
    except OSError:
        return None
    magic_lost = start[:16] != MAGIC
    if magic_lost:
        if not _header_after_magic(start):
            return None  # no header to mend: read page by page (`orphan_leaves`)
        start = MAGIC + start[16:]
    size = page_size_of(start, length)
    unread = len(start) > 19 and start[19] not in (1, 2)
    if size == _claimed(start) and not unread and not magic_lost:
        return None
    copy = reading_folder() / path.name
    try:
        shutil.copyfile(path, copy)
        with copy.open("r+b") as file:
            file.write(MAGIC)
            file.seek(16)
            file.write((1 if size == 65536 else size).to_bytes(2, "big"))
            if unread:  # read with its log, where it has one
                log = path.with_name(path.name + "-wal")
                has_log = log.is_file() and log.stat().st_size > 0
                if has_log:
                    shutil.copyfile(log, copy.with_name(copy.name + "-wal"))
                file.write(b"\x02\x02" if has_log else b"\x01\x01")
    except OSError:
        return None
    return copy


def _header_after_magic(start: bytes) -> bool:
    """Whether the bytes after a database header's first 16 (its magic text, written
    over: a stray write, a flipped bit) are still a header's: the three numbers every
    SQLite writes the same (64, 32, 32 at offset 21) and a page size. Read page by page,
    such a file's rows came back, yet the start said rows were missing; read with its
    magic put back, SQLite reads every row, and the salvage is whole."""
    if len(start) < HEADER_SIZE or start[21:24] != bytes((64, 32, 32)):
        return False
    size = int.from_bytes(start[16:18], "big")
    return size == 1 or (512 <= size <= 32768 and size & (size - 1) == 0)


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        if at + i >= len(data):
            raise ValueError("varint past the end")
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    if at + 8 >= len(data):
        raise ValueError("varint past the end")
    return (value << 8) | data[at + 8], at + 9


def _freelist(file: _File) -> set[int]:
    """The pages on the freelist (trunk and leaf pages), as far as it can be read."""
    if not file.trusted_header:
        return set()
    free: set[int] = set()
    trunk = int.from_bytes(file.data[32:36], "big")
    while 1 < trunk <= file.pages and trunk not in free:
        free.add(trunk)
        page = file.page(trunk)
        count = min(int.from_bytes(page[4:8], "big"), (file.usable - 8) // 4)
        for i in range(count):
            free.add(int.from_bytes(page[8 + 4 * i : 12 + 4 * i], "big"))
        trunk = int.from_bytes(page[0:4], "big")
    return free


def _payload(file: _File, page: bytes, at: int, size: int) -> bytes:
    """A cell's payload of `size` bytes from `at`, following its overflow pages."""
    usable = file.usable
    if size <= usable - 35:
        return page[at : at + size]
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    if local > usable - 35:
        local = least
    out = bytearray(page[at : at + local])
    following = int.from_bytes(page[at + local : at + local + 4], "big")
    seen: set[int] = set()
    while len(out) < size:
        if not 1 < following <= file.pages or following in seen:
            raise ValueError("overflow chain broken")
        seen.add(following)
        over = file.page(following)
        out += over[4 : 4 + min(usable - 4, size - len(out))]
        following = int.from_bytes(over[0:4], "big")
    return bytes(out)


def _values(payload: bytes, codec: str = "utf-8") -> tuple[object, ...]:
    """The values of one record, text decoded with `codec` (the file's encoding)."""
    header_size, at = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise ValueError("bad record header")
    types = []
    while at < header_size:
        kind, at = _varint(payload, at)
        types.append(kind)
    values: list[object] = []
    body = header_size
    for kind in types:
        if kind == 0:
            values.append(None)
        elif 1 <= kind <= 6:
            width = (1, 2, 3, 4, 6, 8)[kind - 1]
            raw = payload[body : body + width]
            if len(raw) < width:
                raise ValueError("record cut short")
            values.append(int.from_bytes(raw, "big", signed=True))
            body += width
        elif kind == 7:
            raw = payload[body : body + 8]
            if len(raw) < 8:
                raise ValueError("record cut short")
            values.append(struct.unpack(">d", raw)[0])
            body += 8
        elif kind in (8, 9):
            values.append(kind - 8)
        elif kind >= 12:
            width = (kind - 12) // 2
            raw = payload[body : body + width]
            if len(raw) < width:
                raise ValueError("record cut short")
            values.append(raw.decode(codec, "replace") if kind % 2 else bytes(raw))
            body += width
        else:
            raise ValueError("reserved serial type")
    if body != len(payload):
        raise ValueError("record length does not add up")
    return tuple(values)


def _reachable(file: _File, roots: list[int]) -> set[int]:
    """The pages of the b-trees under `roots`, as far as their pages can be read."""
    seen: set[int] = set()
    todo = [r for r in roots if 1 <= r <= file.pages]
    while todo:
        number = todo.pop()
        if number in seen:
            continue
        seen.add(number)
        page = file.page(number)
        base = HEADER_SIZE if number == 1 else 0
        if len(page) < base + 12 or page[base] not in (0x02, 0x05):
            continue  # a leaf, or not a b-tree page at all
        cells = int.from_bytes(page[base + 3 : base + 5], "big")
        children = [int.from_bytes(page[base + 8 : base + 12], "big")]
        for i in range(min(cells, (len(page) - base - 12) // 2)):
            pointer = int.from_bytes(page[base + 12 + 2 * i : base + 14 + 2 * i], "big")
            children.append(int.from_bytes(page[pointer : pointer + 4], "big"))
        todo += [c for c in children if 1 <= c <= file.pages and c not in seen]
    return seen


def orphan_leaves(path: str | Path, roots: list[int]) -> Iterator[list[Record]]:
    """The records, page by page, of every table leaf page of the database file at
    `path` that no b-tree under `roots` (the root pages its schema names) reaches and
    that is not on the freelist: the leaves whose upper pages were lost. A record that
    does not decode cleanly is left out. Reads the file whole; raises OSError where it
    cannot be read."""
    file = _File(Path(path))
    skip = _freelist(file) | _reachable(file, [1, *roots])
    for number in range(2, file.pages + 1):
        if number in skip:
            continue
        page = file.page(number)
        if len(page) < 8 or page[0] != _TABLE_LEAF:
            continue
        records, _whole = _leaf_records(file, page)
        if records:
            yield records


def tree_leaves(path: str | Path, root: int) -> tuple[list[list[Record]], list[Gap]]:
    """The records, page by page in key order, of every table leaf page the b-tree at
    `root` of the database file at `path` still reaches, and the gaps its pages that
    could not be read leave (a zeroed or overwritten page where a leaf or an interior
    page was; a leaf with a record that does not decode): each the rowids it lies
    between, None at either end where no row readable is before or after it. SQLite
    stops a table's scan at its first bad page, and a read past it by rowid may land
    on it again: the rows of every leaf after it were lost though each was whole in
    the file. Raises OSError where the file cannot be read."""
    file = _File(Path(path))
    leaves: list[list[Record]] = []
    gaps: list[Gap] = []
    last: int | None = None
    open_gap = False
    seen: set[int] = set()
    todo = [root]
    while todo:
        number = todo.pop()
        page = file.page(number) if 1 < number <= file.pages and number not in seen else b""
        seen.add(number)
        children = _children(page, 0) if page[:1] == b"\x05" else None
        if children is not None:
            todo += reversed(children)
            continue
        records, whole = (
            _leaf_records(file, page) if page[:1] == bytes([_TABLE_LEAF]) else ([], False)
        )
        if records:
            if open_gap:
                gaps.append((last, records[0][0]))
            leaves.append(records)
            last, open_gap = records[-1][0], False
        open_gap = open_gap or not whole
    if open_gap:
        gaps.append((last, None))
    return leaves, gaps


def _children(page: bytes, base: int) -> list[int] | None:
    """The child page numbers of an interior table page (its right-most last); None
    where its cell pointers do not fit the page."""
    cells = int.from_bytes(page[base + 3 : base + 5], "big")
    if base + 12 + 2 * cells > len(page):
        return None
    children = []
    for i in range(cells):
        pointer = int.from_bytes(page[base + 12 + 2 * i : base + 14 + 2 * i], "big")
        if not base + 12 <= pointer <= len(page) - 4:
            return None
        children.append(int.from_bytes(page[pointer : pointer + 4], "big"))
    return [*children, int.from_bytes(page[base + 8 : base + 12], "big")]


def _leaf_records(file: _File, page: bytes) -> tuple[list[Record], bool]:
    """The records of a table leaf page, and whether every one of them decoded."""
    cells = int.from_bytes(page[3:5], "big")
    if cells * 2 + 8 > len(page):
        return [], False
    records: list[Record] = []
    whole = True
    for i in range(cells):
        pointer = int.from_bytes(page[8 + 2 * i : 10 + 2 * i], "big")
        if not 8 <= pointer < file.usable:
            whole = False
            continue
        try:
            size, at = _varint(page, pointer)
            rowid, at = _varint(page, at)
            if rowid >= 1 << 63:
                rowid -= 1 << 64
            records.append((rowid, _values(_payload(file, page, at, size), file.codec)))
        except (ValueError, IndexError):
            whole = False
    return records, whole

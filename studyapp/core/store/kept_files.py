"""The files StudyApp keeps beside the store instead of deleting them: a damaged store
moved aside (``studyapp.sqlite3.damaged-<UTC time>``, with its side files), a log or
journal that was not the store's own set aside (``studyapp.sqlite3-wal.set-aside-…``,
``…-wal.damaged-…``), and what a session had open when its file went under it
(``studyapp-open-<UTC time>.sqlite3``, core.store.saved_copies).

They piled up without limit and out of sight: five starts on a damaged 14 MB store
took its folder from 43 to 101 MB, and neither Backups… nor `backup --list` showed
them. `kept_files` finds them (one listing of the folder), for those lists, with their
size and date; `rotate_kept` keeps the newest `KEEP` of each kind and deletes the
older ones, except a database that holds something neither the store nor any copy
kept has (reviews, mock interviews, decks: core.store.holdings), or that cannot be
compared with it (damage where the rows are): the only copy of a grade is never
deleted. A log set aside is not a database StudyApp can compare: the newest of them
are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core.store.copies import names_beside
from studyapp.core.store.location import real_path

DAMAGED, SET_ASIDE, OPEN = "damaged", "set-aside", "open"  # the kinds, as a backup's reason
KEEP = 3  # of each kind, the newest kept whatever they hold
_MOST_COMPARED = 8  # files attached to one comparison (SQLite attaches 10 at most)
_STAMP = r"(\d{8}T\d{6}Z)(?:-\d+)?"
_SIDES = ("-wal", "-shm", "-journal")


class KeptFile(NamedTuple):
    kind: str
    created: datetime  # as its name says (UTC)
    paths: tuple[Path, ...]  # the file first, then the side files that go with it
    size: int  # of them all

    @property
    def path(self) -> Path:
        return self.paths[0]

    @property
    def database(self) -> bool:
        return self.kind in (DAMAGED, OPEN)


def kept_files(store: str | Path) -> list[KeptFile]:
    """The files StudyApp kept beside `store` (see the module docstring), newest first."""
    real = real_path(store)
    name, stem, suffix = re.escape(real.name), re.escape(real.stem), re.escape(real.suffix)
    patterns = (
        (DAMAGED, re.compile(rf"{name}\.damaged-{_STAMP}")),
        (SET_ASIDE, re.compile(rf"{name}(?:-wal|-journal)\.(?:set-aside|damaged)-{_STAMP}")),
        (SET_ASIDE, re.compile(rf"{name}\.[a-z]+\.set-aside-{_STAMP}")),  # a work file's name
        (OPEN, re.compile(rf"{stem}-open-{_STAMP}{suffix}")),
    )
    names = set(names_beside(real))
    found = []
    for entry in sorted(names):
        for kind, pattern in patterns:
            if (match := pattern.fullmatch(entry)) is None:
                continue
            try:
                created = datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            except ValueError:
                break
            paths = [real.with_name(entry), *_sides(real, entry, names)]
            found.append(KeptFile(kind, created, tuple(paths), _size(paths)))
            break
    return sorted(found, key=lambda k: (k.created, k.path.name), reverse=True)


def _sides(real: Path, entry: str, names: set[str]) -> list[Path]:
    """The side files that go with `entry`: a database's log, shared memory and journal;
    a log's shared memory, set aside with it under the same time."""
    sides = [f"{entry}{side}" for side in _SIDES]
    if "-wal." in entry:
        sides.append(entry.replace("-wal.", "-shm.", 1))
    return [real.with_name(side) for side in sides if side in names]


def _size(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += os.stat(path).st_size
    return total


def rotate_kept(store: str | Path, keep: int = KEEP) -> list[KeptFile]:
    """Delete the older kept files beside `store` (see the module docstring): what was
    deleted. A file that cannot be deleted is left for the next time."""
    from studyapp.core.store.holdings import held_or_none

    found = kept_files(store)
    real = real_path(store)
    kept_databases = []
    older: list[KeptFile] = []
    seen: dict[str, int] = {}
    for kept in found:
        seen[kept.kind] = seen.get(kept.kind, 0) + 1
        if seen[kept.kind] <= keep:
            if kept.database:
                kept_databases.append(kept.path)
        else:
            older.append(kept)
    removed = []
    for kept in older:
        if kept.database:
            # Compared with fewer of the copies kept, it is only the more likely kept.
            held = held_or_none(kept.path, real, *kept_databases[:_MOST_COMPARED])
            if held is None or held.anything:  # the only copy of something, or unknown
                kept_databases.append(kept.path)
                continue
        if _delete(kept):
            removed.append(kept)
    return removed


def _delete(kept: KeptFile) -> bool:
    try:
        for path in reversed(kept.paths):  # the side files first: never one left alone
            path.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def delete_kept(store: str | Path, path: str | Path) -> bool:
    """Delete the kept file at `path` beside `store`, or a copy of the store beside it (a
    sync tool's, core.store.copies), with its side files (the person asked, in
    Backups…); False where it is neither (the store itself, a backup), or could not be
    deleted."""
    path, real = Path(path), real_path(store)
    kept = next((k for k in kept_files(store) if k.path == path), None)
    if kept is None:
        from studyapp.core.store.header import read_header

        beside = path.parent == real.parent and not path.name.startswith(real.name)
        named = path.name.casefold().startswith(real.stem.casefold())
        if not (beside and named and read_header(path) is not None):  # a database only
            return False
        sides = [Path(f"{path}{side}") for side in _SIDES]
        kept = KeptFile(OPEN, datetime.now(UTC), (path, *sides), 0)
    return _delete(kept)

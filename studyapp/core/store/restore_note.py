"""A restore the process did not live to end (killed, a crash, a power cut), noted for
the next start to say, as an import that died is (core.unfinished).

A restore copies the backup beside the store, backs the store up first, then swaps the
file in with one rename: killed before the rename, the store is as it was (safe), but
the next start opened on it in silence, and the person believed the backup restored.
`under_way` notes the restore beside the store (``studyapp.sqlite3.restore-under-way``:
the process, the backup, which file the store was) and removes the note however the
restore ends in that process. A note whose process is no longer running is a restore
that died: `left` reads it, with whether the store is still the file it was (the
rename not made: the data as it was) or not (the rename made, the process killed just
after it). What a dead restore left in the backups folder (the copy of its "before"
backup, written under a temporary name) is deleted at the start that tells of it
(core.backup.remove_dead_partials), not an hour later.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core import json_text
from studyapp.core.store.location import real_path
from studyapp.core.store.session_rows import running

MARK = ".restore-under-way"


class RestoreLeft(NamedTuple):
    source: str  # the backup being restored
    at: datetime | None
    as_it_was: bool  # the store is the file it was: nothing was replaced


def note_path(store: str | Path) -> Path:
    real = real_path(store)
    return real.with_name(real.name + MARK)


def _identity(path: Path) -> list[int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_dev, info.st_ino]


@contextlib.contextmanager
def under_way(store: str | Path, source: str | Path) -> Iterator[None]:
    """Noted while the restore of `source` over `store` runs (see the module docstring).
    A note that cannot be written stops nothing: the restore is what was asked for."""
    note = note_path(store)
    said = {
        "pid": os.getpid(),
        "source": str(source),
        "at": datetime.now(UTC).isoformat(),
        "file": _identity(real_path(store)),
    }
    with contextlib.suppress(OSError):
        note.write_text(json.dumps(said), encoding="utf-8")
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            note.unlink(missing_ok=True)


def left(store: str | Path) -> RestoreLeft | None:
    """The restore over `store` that a process began and did not live to end, or None
    (none, or its process still running: a restore under way now)."""
    try:
        said = json_text.loads(note_path(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(said, dict):
        return None
    pid = said.get("pid")
    if isinstance(pid, int) and running(pid):
        return None
    try:
        at: datetime | None = datetime.fromisoformat(str(said.get("at"))).astimezone(UTC)
    except (ValueError, OverflowError):
        at = None
    as_it_was = said.get("file") == _identity(real_path(store))
    return RestoreLeft(str(said.get("source") or ""), at, as_it_was)


def forget(store: str | Path) -> None:
    with contextlib.suppress(OSError):
        note_path(store).unlink(missing_ok=True)

"""What a run left undone, noted for the next start of the window to say.

- A backup on closing that failed (a full disk): the window was going, and the
  reason went to a terminal nobody reads; the next start said nothing, and the
  person went on with no backup of their latest work. The failure is noted in the
  store's settings, or, where the store cannot take it (the disk is full), in a
  small file beside it (``studyapp.sqlite3.backup-failed``); the next start says it,
  with the reason, and forgets it.
- An import the process did not live to end (killed, a crash, a power cut): the
  store is whole (the import saves in one transaction), but nothing said the
  import had not finished, nor offered it again. An import notes itself at its start
  and forgets itself at its end, however it ends (done, cancelled, failed); a note
  left at the next start is an import that died. The note is marked saved in the
  import's own transaction: a note not so marked is an import of which nothing was
  saved (the store as it was before), said plainly as such.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core import json_text
from studyapp.core.model import StudyAppError
from studyapp.core.store import Store

K_BACKUP_FAILED = "notice.backup_failed"  # {"at": ISO time, "why": reason, "way_out": hint}
K_IMPORT_UNDER_WAY = "notice.import_under_way"  # {"path", "split_at", "at", "saved"}
BACKUP_FAILED_MARK = ".backup-failed"  # beside the store: the note the store could not take
# An empty note file: the full disk let it be made but not written (tmpfs, ext4 alike).
CUT_SHORT_WHY = "the disk was full (too full even to write down more than that)"


class BackupFailed(NamedTuple):
    at: datetime | None
    why: str
    way_out: str = ""  # what to do about it, the error's own hint ("" when not known)


class ImportUnfinished(NamedTuple):
    path: str  # the file or folder, as decks keep it
    split_at: str | None  # the unit asked for
    at: datetime | None
    saved: bool = False  # its questions were saved (committed); what followed may not be


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)).astimezone(UTC)
    except (ValueError, OverflowError):  # not a time; one past year 9999 in UTC
        return None


def _mark(store: Store) -> Path:
    path = Path(store.path)
    return path.with_name(path.name + BACKUP_FAILED_MARK)


def note_backup_failed(store: Store, now: datetime, why: str, way_out: str = "") -> None:
    """The backup on closing failed for `why`, `way_out` what to do about it: noted for
    the next start (in the store, else beside it; neither possible, the terminal has it
    already)."""
    note = {"at": now.astimezone(UTC).isoformat(), "why": why}
    if way_out:
        note["way_out"] = way_out
    try:
        store.set_setting(K_BACKUP_FAILED, note)
        return
    except StudyAppError:
        pass  # the disk that refused the backup refuses the store's pages too
    with contextlib.suppress(OSError):
        _mark(store).write_text(json.dumps(note), encoding="utf-8")


def backup_failed(store: Store) -> BackupFailed | None:
    """The failed backup on closing noted by an earlier run, or None."""
    note = store.get_setting(K_BACKUP_FAILED)
    if not isinstance(note, dict):
        mark = _mark(store)
        try:
            text = mark.read_text(encoding="utf-8")
            if not text:  # made, then refused its words: a failure all the same
                return BackupFailed(
                    datetime.fromtimestamp(mark.stat().st_mtime, UTC), CUT_SHORT_WHY
                )
            note = json_text.loads(text)
        except (OSError, ValueError):
            return None
    if not isinstance(note, dict):
        return None
    way_out = note.get("way_out")
    return BackupFailed(
        _when(note.get("at")),
        str(note.get("why") or "reason unknown"),
        way_out if isinstance(way_out, str) else "",
    )


def forget_backup_failed(store: Store) -> None:
    """Said (or a backup made since): the next start says nothing of it."""
    with contextlib.suppress(StudyAppError):
        if store.get_setting(K_BACKUP_FAILED) is not None:
            store.set_setting(K_BACKUP_FAILED, None)
    with contextlib.suppress(OSError):
        _mark(store).unlink(missing_ok=True)


@contextlib.contextmanager
def import_under_way(store: Store, source: str, split_at: str | None) -> Iterator[None]:
    """Noted while the import of `source` runs, forgotten when it ends in any way but
    the process's death."""
    note = {"path": source, "split_at": split_at, "at": datetime.now(UTC).isoformat()}
    store.set_setting(K_IMPORT_UNDER_WAY, note)
    try:
        yield
    finally:
        forget_unfinished_import(store)


@contextlib.contextmanager
def import_asked(store: Store, path: str | Path, split_at: str | None) -> Iterator[None]:
    """Noted from the moment the import of `path` is asked for (the window's Import, the
    `import` command), before it reads anything: the importer notes itself once it
    has read the file, and an import killed while reading a big file or folder ("Reading
    many — 0 %") left no note, where one killed while saving was said at the next start.
    From the person's side both are an import that did not finish."""
    from studyapp.core.textio import path_key

    with import_under_way(store, path_key(Path(path).resolve()), split_at):
        yield


def unfinished_import(store: Store) -> ImportUnfinished | None:
    """The import an earlier run began and never ended, or None."""
    note = store.get_setting(K_IMPORT_UNDER_WAY)
    if not isinstance(note, dict) or not note.get("path"):
        return None
    split_at = note.get("split_at")
    return ImportUnfinished(
        str(note["path"]),
        split_at if isinstance(split_at, str) else None,
        _when(note.get("at")),
        note.get("saved") is True,
    )


def note_import_saved(store: Store) -> None:
    """The import under way saved its questions: called inside the transaction that
    saves them, so the mark commits with them or not at all."""
    note = store.get_setting(K_IMPORT_UNDER_WAY)
    if isinstance(note, dict):
        store.set_setting(K_IMPORT_UNDER_WAY, {**note, "saved": True})


def forget_unfinished_import(store: Store) -> None:
    with contextlib.suppress(StudyAppError):
        if store.get_setting(K_IMPORT_UNDER_WAY) is not None:
            store.set_setting(K_IMPORT_UNDER_WAY, None)

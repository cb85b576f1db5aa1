"""The previous versions of the notes files an edit was written back into
(core.writeback): kept inside StudyApp's own data folder, never beside the note.

A backup beside the note (``notes.md~``) littered the person's folder: Obsidian lists
it, `git status` shows it, a synced folder copies it. Here each note has a folder of
its own under ``.note-versions`` in the data folder (hidden: a data folder kept
inside a notes folder is no notes to import), named after the note and a digest of
its full path (two ``notes.md`` of two folders stay apart); each version is the
file's bytes as they were before one edit, named by the time of that edit (its
name sorts by time) and ending as the note does, so any editor opens it. The newest
`KEPT` versions of each note are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core import paths

VERSIONS_FOLDER = ".note-versions"
KEPT = 20  # versions of one note kept, the newest


def versions_root(store_path: str | Path) -> Path:
    """Where the versions of every note are kept: beside the store, in its data
    folder (the default data folder for a store held in memory)."""
    if str(store_path) == ":memory:":
        return paths.data_dir() / VERSIONS_FOLDER
    return Path(store_path).absolute().parent / VERSIONS_FOLDER


def note_folder(root: Path, note: Path) -> Path:
    """The folder of one note's versions (the note by its real path: a link to it
    and the file it leads to share their versions)."""
    real = os.path.realpath(note)
    digest = hashlib.sha256(os.fsencode(real)).hexdigest()[:12]
    return root / f"{Path(real).name}-{digest}"


def new_version_path(root: Path, note: Path) -> Path:
    """Where the version of `note` made now goes (its folder created): named by the
    time, in UTC, to the microsecond, and a count where that is taken."""
    folder = note_folder(root, note)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H-%M-%S.%fZ")
    suffix = Path(note).suffix
    path, n = folder / f"{stamp}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{stamp}-{n}{suffix}"
    return path


def previous_versions(root: Path, note: Path) -> list[Path]:
    """The kept versions of `note`, the newest first."""
    folder = note_folder(root, note)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _a_version(p)), reverse=True)


def prune(root: Path, note: Path) -> None:
    """Remove all but the newest `KEPT` versions of `note` (one that cannot be removed
    stays: a version too many loses nothing)."""
    for old in previous_versions(root, note)[KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _a_version(path: Path) -> bool:
    """A version's file, not the temporary one a version is written as (hidden)."""
    return not path.name.startswith(".") and path.is_file()

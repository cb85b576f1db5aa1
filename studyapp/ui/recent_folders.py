"""Where a file dialog opens: the folder the person last chose for that kind of file
(notes to import, exports), kept in the settings; their home folder the first time, or
when that folder is gone.

Both folders are the data folder's (see `data_key`): two data folders (`--data-dir`)
are mostly two sets of notes, or two people's, and Import Notes… in one opened where
the other's notes were, an export's Save dialog where the other's last export went.
Before they were kept apart both were kept once for all data folders: that one is
still where a data folder's first dialog opens.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

NOTES = "notes"  # File → Import Notes…, Import Folder…
EXPORTS = "exports"  # Export Deck…, Export weak topics as PDF…
_PER_DATA_FOLDER = frozenset({NOTES, EXPORTS})


def data_key(store_path: str | Path, key: str) -> str:
    """`key` kept for the data folder of the store at `store_path`, in the person's
    settings: what belongs to one data folder (the question open last, the notes
    folder) is not shared by another; the window's size and place, the theme and the
    zoom stay the person's."""
    folder = str(Path(store_path).resolve().parent)
    digest = hashlib.sha256(folder.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"data/{digest}/{key}"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def start_folder(
    settings: QSettings | None,
    kind: str,
    store_path: str | Path | None = None,
    fallback: Path | None = None,
) -> Path:
    """The folder a dialog for `kind` opens in: that of the data folder of the store
    at `store_path`, else the one shared before it was kept apart;
    with none chosen yet, `fallback` where it is a folder (where the notes imported
    last are: a first import may have come from the command line), else home."""
    from studyapp.core.textio import os_path  # (not on the start's path)

    home = fallback if fallback is not None and fallback.is_dir() else Path.home()
    if settings is None:
        return home
    keys = [_key(kind)]
    if kind in _PER_DATA_FOLDER and store_path is not None:
        keys.insert(0, data_key(store_path, _key(kind)))
    for key in keys:
        stored = os_path(settings.value(key, "", type=str))  # (kept by `path_key`)
        if stored and Path(stored).is_dir():
            return Path(stored)
        if key != keys[-1] and settings.contains(key):
            break  # this data folder's own choice is gone: not another's
    return home


def remember(
    settings: QSettings | None, kind: str, chosen: str | Path, store_path: str | Path | None = None
) -> None:
    """Keep the folder of what was chosen (a file's folder; a folder's parent when
    `chosen` is a folder imported whole)."""
    if settings is None or not chosen:
        return
    from studyapp.core.textio import path_key  # (not on the start's path)

    path = Path(chosen)
    key = _key(kind)
    if kind in _PER_DATA_FOLDER and store_path is not None:
        key = data_key(store_path, key)
    settings.setValue(key, path_key(path.parent))  # a name not UTF-8: found again

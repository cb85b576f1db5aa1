"""Where a file dialog opens: the folder the person last chose for that kind of file
(notes to import, exports), kept in the settings; their home folder the first time, or
when that folder is gone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

NOTES = "notes"  # File → Import Notes…, Import Folder…
EXPORTS = "exports"  # Export Deck…, Export weak topics as PDF…


def _key(kind: str) -> str:
    return f"folders/{kind}"


def start_folder(settings: QSettings | None, kind: str) -> Path:
    """The folder a dialog for `kind` opens in."""
    stored = settings.value(_key(kind), "", type=str) if settings is not None else ""
    if stored and Path(stored).is_dir():
        return Path(stored)
    return Path.home()


def remember(settings: QSettings | None, kind: str, chosen: str | Path) -> None:
    """Keep the folder of what was chosen (a file's folder; a folder's parent when
    `chosen` is a folder imported whole)."""
    if settings is None or not chosen:
        return
    path = Path(chosen)
    settings.setValue(_key(kind), str(path.parent))

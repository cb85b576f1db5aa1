"""What a backup was made before, noted beside it: ``<backup>.about``, a line of JSON
("deck": the deck a removal took away; "restored": the file a restore put in the
data's place). Two "Before remove deck" backups read alike in Backups…: which one
held the deck wanted meant guessing by the time. The store's schema is not touched
and a backup stays a plain copy of the store: the note is a file of its own, as a
restore's note beside the store is (core.store.restore_note).

A note that cannot be written stops nothing (the backup is what matters); one that
cannot be read says nothing, and the backup is listed by its kind as before. A note
goes with its backup (`forget`), and a note whose backup is gone (deleted by hand, or
by a StudyApp from before notes) goes at the next rotation (`remove_orphans`).
No Qt, no SQL.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

SUFFIX = ".about"


def about_path(backup: str | Path) -> Path:
    backup = Path(backup)
    return backup.with_name(backup.name + SUFFIX)


def note(backup: str | Path, **what: str) -> None:
    """Note beside `backup` what it was made before (`deck=…`, `restored=…`)."""
    with contextlib.suppress(OSError):
        about_path(backup).write_text(json.dumps(what, ensure_ascii=False), encoding="utf-8")


def read(backup: str | Path) -> dict[str, str]:
    """What was noted beside `backup`; {} where nothing was (or it cannot be read)."""
    from studyapp.core import json_text

    try:
        said = json_text.loads(about_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(said, dict):
        return {}
    return {key: value for key, value in said.items() if isinstance(value, str) and value}


def forget(backup: str | Path) -> None:
    """The note of a backup deleted."""
    with contextlib.suppress(OSError):
        about_path(backup).unlink(missing_ok=True)


def remove_orphans(backup_dir: str | Path) -> list[Path]:
    """Delete the notes in `backup_dir` whose backup is no longer there."""
    removed = []
    with contextlib.suppress(OSError):
        for path in Path(backup_dir).glob(f"studyapp-*{SUFFIX}"):
            if not path.with_name(path.name.removesuffix(SUFFIX)).exists():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed

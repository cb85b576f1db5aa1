"""Restoring a damaged StudyApp database (a damaged file a start set aside, a backup
damaged since it was made) by what can still be read of it.

Backups… lists the damaged file a start set aside ("Damaged data, set aside"), and a
backup whose pages were damaged since looks as whole as any other: chosen, each
asked "Restore the backup made …?" and then refused ("is not a usable StudyApp
backup: it is damaged"), though the rows it still holds were what the person came
for. `restore_salvaged` copies the rows it can read into a new database, as a start
does with a damaged store (core.store.salvage: the one salvager), and puts that in
the store's place as a restore does (core.store.backup.restore_backup): the study
data as it is kept first, the new file checked before anything moves.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from studyapp.core.format import plural
from studyapp.core.store import restore_note, session_rows, side_files, swap
from studyapp.core.store.backup import DamagedBackup, _keep_current, check_staged
from studyapp.core.store.location import store_file
from studyapp.core.store.salvage import salvage
from studyapp.core.store.salvage_words import done_words


class Salvaged(NamedTuple):
    """A restore of what a damaged file still held: where the study data from before
    it was kept (None: there was none), and what was read, as a sentence."""

    kept: Path | None
    said: str


def restore_salvaged(
    source: str | Path, store_path: str | Path, backup_dir: str | Path, now: datetime
) -> Salvaged:
    """Replace the store at `store_path` with the rows the damaged database `source`
    still holds. Raises DamagedBackup when not one row of it can be read (nothing
    changes), StoreError when the copy cannot be written (a full disk: nothing
    changes). The study data as it is now is kept first, as a restore keeps it."""
    source, store_path = Path(source), Path(store_path)
    store_file(store_path, new_ok=True)  # a link is kept: the copy goes where it points
    with restore_note.under_way(store_path, source):
        saved = salvage(source, store_path)
        if saved is None:
            raise DamagedBackup(
                f"{source.name} is not a usable StudyApp backup: it is damaged, and none"
                " of your study data can be read from it.",
                "Choose another file.",
            )
        try:
            check_staged(saved.path)
            kept = _keep_current(store_path, Path(backup_dir), now, source)
            swap.install_database(saved.path, store_path)
            session_rows.discard_left(store_path)  # the person chose this file
        finally:
            with contextlib.suppress(OSError):
                side_files.remove_salvage_leftovers(store_path)
    reviews, questions = saved.reviews, saved.rows.get("questions", 0)
    said = (
        f"{source.name} is damaged: StudyApp {done_words(saved)}."
        if not saved.whole
        else f"{source.name} was damaged in what StudyApp builds again: every row of it"
        f" was kept ({plural(questions, 'question')}, {plural(reviews, 'review')})."
    )
    return Salvaged(kept, said)

"""Notes files imported for the write-back tests (core.writeback): written in the
line endings and encoding a test gives, then imported into the store."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import import_file
from studyapp.core.store import Store


def imported(store: Store, path: Path, text: str, newline="\n", encoding="utf-8") -> Path:
    """`text` ("\\n" line endings) written to `path` with `newline` and `encoding`, and
    imported."""
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    import_file(store, path)
    return path


def by_title(store: Store, title: str):
    """The stored question titled `title`."""
    return next(q for q in store.questions() if q.title == title)

"""What the core's session tests (study, mock, progress, bury) share: the moment
their fake clock starts at, and a store with one notes file imported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.model import ParsedDocument
from studyapp.core.store import Store

T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)


def open_deck(path: Path, document: ParsedDocument) -> Iterator[Store]:
    """A fixture's body: the store at `path` with `document` imported, then closed."""
    with Store.open(path) as s:
        s.import_document(document, "x.md", "hash")
        yield s

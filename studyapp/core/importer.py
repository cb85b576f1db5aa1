"""Notes file → question bank: read, repair, parse, assign topics, store.

The one pipeline every entry point uses (the CLI, the GUI's import dialog, the
first start's default deck). It never touches widgets; progress goes through a
plain callback, and a cancel flag is checked between steps so a cancelled
import writes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studyapp.core import repair, textio
from studyapp.core.model import ImportSummary, ParsedDocument, StudyAppError
from studyapp.core.parse import parse_text
from studyapp.core.store import Store
from studyapp.core.topics import assign_topics
from studyapp.resource_files import resource

DEFAULT_DECK_FILE = "ai-ml-questions.md"

Progress = Callable[[str, int], None]  # (step description, percent done)


class ImportCancelled(StudyAppError):
    """The user cancelled an import; nothing was written."""


def file_hash(data: bytes) -> str:
    """Identity of a file's content: an import of the same content is skipped."""
    return hashlib.sha256(data).hexdigest()


def parse_notes(path: Path | str, *, keep_chat_noise: bool = False) -> ParsedDocument:
    """Read, repair and parse a file, topics assigned; the store is not touched."""
    path = Path(path)
    text = repair.repair_text(textio.read_notes(path))
    doc = parse_text(text, name=textio.path_text(path.stem), keep_chat_noise=keep_chat_noise)
    return with_topics(doc)


def with_topics(doc: ParsedDocument) -> ParsedDocument:
    paths = assign_topics(doc)
    questions = [replace(q, topic_path=p) for q, p in zip(doc.questions, paths, strict=True)]
    return replace(doc, questions=questions)


def import_file(
    store: Store,
    path: Path | str,
    *,
    force: bool = False,
    keep_chat_noise: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Import one notes file. An unchanged file (same bytes as last time) is not re-parsed."""
    path = Path(path)
    report = progress or (lambda _step, _percent: None)

    def check() -> None:
        if cancelled():
            raise ImportCancelled(f"{path.name}: import cancelled, nothing was changed")

    report(f"Reading {path.name}", 5)
    raw = textio.read_notes(path)
    digest = file_hash(raw.encode("utf-8"))
    if not force:
        # An unchanged file is recognised by its hash alone: no repair, no parse.
        for deck in store.decks():
            if deck.source_hash == digest:
                report("Nothing changed", 100)
                return ImportSummary(deck.name, skipped_unchanged_file=True)
    check()
    report(f"Repairing {path.name}", 20)
    text = repair.repair_text(raw)
    check()
    report(f"Finding questions in {path.name}", 40)
    doc = parse_text(text, name=textio.path_text(path.stem), keep_chat_noise=keep_chat_noise)
    if not doc.questions:
        raise StudyAppError(f"{path.name}: no questions found in this file")
    check()
    report("Sorting questions into topics", 60)
    doc = with_topics(doc)
    check()
    report("Saving", 80)
    summary = store.import_document(doc, textio.path_text(path.resolve()), digest, force=True)
    report("Done", 100)
    return summary


def default_deck_text() -> str:
    return resource("decks", DEFAULT_DECK_FILE).read_text(encoding="utf-8")


def import_default_deck(store: Store) -> ImportSummary | None:
    """On first start (an empty store) import the bundled deck; otherwise do nothing.

    A later start never reads the file at all, so start-up costs no parsing.
    """
    if store.decks():
        return None
    text = default_deck_text()
    digest = file_hash(text.encode("utf-8"))
    doc = with_topics(parse_text(text, name="AI and ML Questions"))
    return store.import_document(doc, f"resource:decks/{DEFAULT_DECK_FILE}", digest, force=True)

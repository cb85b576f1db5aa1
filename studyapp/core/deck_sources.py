"""Where a deck's notes are: its source (decks.source_path) as a file or folder.

A deck's source is the file or folder it was read from, but for a deck that is one of
several read from one file: each top-level deck of an Anki package (or of Anki's
plain-text export) that holds several is a deck here (core.importer), its source the
file's path and the Anki deck's name,
``/home/me/collection.apkg::Networking`` (Anki's own way of writing a deck path). The
file is what is read, watched, found gone; the whole source keys the deck.
"""

from __future__ import annotations

from pathlib import Path

from studyapp.core.note_kinds import ANKI_PACKAGE_SUFFIXES, TABULAR_SUFFIXES, TEXT_SUFFIXES

__all__ = ["PART_SEPARATOR", "part_source", "source_file", "source_part", "source_place"]

PART_SEPARATOR = "::"
# The files whose notes may be several decks: Anki's packages, and its plain-text
# export (read as a table, parse.tabular), whatever ending it was saved under.
_SEVERAL_SUFFIXES = frozenset((*ANKI_PACKAGE_SUFFIXES, *TEXT_SUFFIXES, *TABULAR_SUFFIXES))


def part_source(source: str, part: str) -> str:
    """The source of the deck `part` of the file `source`."""
    return f"{source}{PART_SEPARATOR}{part}"


def _split(source_path: str) -> tuple[str, str]:
    # An Anki deck's name holds no "::" (it parts the deck path), a file's path may.
    head, separator, part = source_path.rpartition(PART_SEPARATOR)
    if separator and part and Path(head).suffix.lower() in _SEVERAL_SUFFIXES:
        return head, part
    return source_path, ""


def source_file(source_path: str) -> str:
    """The file or folder a deck's notes are read from (its source itself, but for a
    deck of several read from one file: that file)."""
    return _split(source_path)[0]


def source_place(source_path: str) -> Path:
    """`source_file` as the path that opens it: a name kept with the bytes that are not
    UTF-8 marked in it (core.textio.path_key) is that name again."""
    source = source_file(source_path)
    if "\ufffd" not in source:  # every name in UTF-8 (core.textio, not loaded at start)
        return Path(source)
    from studyapp.core.textio import os_path

    return Path(os_path(source))


def source_part(source_path: str) -> str:
    """The name of the deck in its file that a source names ("" for a whole file)."""
    return _split(source_path)[1]

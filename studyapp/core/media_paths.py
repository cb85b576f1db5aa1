"""Where a deck's pictures from an Anki package are kept, and which decks have them:
the few names the answer pane needs at every start (core.render.deck_folder), apart
from the bundling and writing of the pictures themselves (core.anki_media), which a
start never needs."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from studyapp.core.note_kinds import ANKI_PACKAGE_SUFFIXES

MEDIA_FOLDER = "media"  # in the data folder, beside the store
KEY_CHARS = 16  # a deck's media folder: this much of the sha1 of its source


def is_anki_package(source_path: str) -> bool:
    """Whether a deck's source is an Anki package (or one deck of it: core.deck_sources)."""
    from studyapp.core.deck_sources import source_file

    return Path(source_file(source_path)).suffix.lower() in ANKI_PACKAGE_SUFFIXES


def package_media_folder(media_root: Path, source_path: str) -> Path:
    """The folder the pictures of the deck imported from `source_path` (an Anki
    package) are kept in, under `media_root` (<data folder>/media): one per source, as
    a deck is one per source."""
    return media_root / media_key(source_path)


def media_key(source_path: str) -> str:
    return hashlib.sha1(source_path.encode("utf-8", "surrogatepass")).hexdigest()[:KEY_CHARS]


def media_root_of(store_path: str | os.PathLike[str]) -> Path:
    """<data folder>/media, for the store at `store_path`."""
    return Path(store_path).parent / MEDIA_FOLDER

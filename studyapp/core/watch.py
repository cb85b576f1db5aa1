"""Which decks' sources changed on disk, which are gone, and whether another process
wrote the store: the pure logic behind the window's live reload (no Qt, no timers).

A source is fingerprinted cheaply by (mtime, size) of its file, or of every notes file
inside its folder (editors save by writing a new file and renaming it over the old one,
so the folder is what is watched, and a new or removed file counts too). When the
fingerprint moves, the content hash decides: a file touched but not changed is not
re-imported. The first look at a deck compares the hash with the one stored at its
import, so edits made while the app was closed are seen.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.decks import has_file_source, source_of
from studyapp.core.model import Deck
from studyapp.core.reading import READING
from studyapp.core.textio import path_text

log = logging.getLogger("studyapp.watch")

Fingerprint = tuple[tuple[str, int, int], ...]  # (relative name, mtime_ns, size) per file


def fingerprint(path: Path) -> Fingerprint | None:
    """The (mtime, size) of a file, or of every notes file in a folder; None: missing."""
    from studyapp.core.importer import folder_files

    try:
        if path.is_dir():
            entries = []
            for file in folder_files(path):
                info = file.stat()
                entries.append((file.relative_to(path).as_posix(), info.st_mtime_ns, info.st_size))
            return tuple(entries)
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError:
        return ()  # present but unreadable: not "missing"; the import will say why
    return (("", info.st_mtime_ns, info.st_size),)


def _content_hash(path: Path) -> str | None:
    from studyapp.core.importer import source_hash
    from studyapp.core.model import StudyAppError

    try:
        return source_hash(path)
    except (OSError, StudyAppError):
        return None
    except Exception:  # a bug: logged; the source counts as changed, its import says
        log.exception("could not hash %s", path_text(path))
        return None


@dataclass(frozen=True, slots=True)
class SourceCheck:
    """What one look at the decks' sources found."""

    changed: tuple[Deck, ...] = ()  # content differs from the last import: re-import these
    missing: tuple[Deck, ...] = ()  # the file or folder is gone (the deck stays)
    back: tuple[Deck, ...] = ()  # was missing, is there again
    # Changed, but still changing (`SourceWatch.settle`): looked at again after a while.
    settling: tuple[Deck, ...] = ()
    # Moved, but read as the deck has it (touched, or put back as it was): a re-import
    # held for a state of it since gone is nothing to ask about now.
    as_imported: tuple[Deck, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.back)


@dataclass
class SourceWatch:
    """Remembers each deck's fingerprint between looks; `check(decks)` says what moved.

    `hasher` is the content hash the importer stores (injected for tests). With
    `settle` (the window's watch, which re-imports unasked), a changed source is
    re-imported only once it has stopped changing: its fingerprint (each file's size
    and mtime, a folder's files) the same at two looks, the window looking again a
    settle period later (ui.live_sources.SETTLE_MS). A sync tool half-way through a
    file was re-imported at once, questions cut off with it; so was a folder one of
    whose files was gone for a moment. The second look hashes nothing again.
    """

    hasher: Callable[[Path], str | None] = _content_hash
    settle: bool = False
    _seen: dict[int, Fingerprint | None] = field(default_factory=dict)
    _missing: set[int] = field(default_factory=set)
    _settling: dict[int, Fingerprint] = field(default_factory=dict)  # changed, as then seen

    def check(self, decks: Iterable[Deck], missing: Iterable[int] = ()) -> SourceCheck:
        """`missing`: the decks the store already marks "source missing"."""
        self._missing |= set(missing)
        changed, gone, back, settling, same = [], [], [], [], []
        for deck in decks:
            if not has_file_source(deck):
                continue
            try:
                moved = self._look(deck, gone, back, same)
            except Exception:  # a bug: this deck is looked at afresh next time, and
                # the others still are now (one such file stopped every reload)
                log.exception("could not look at the notes of %s", deck.name)
                self._seen.pop(deck.id, None)
                moved = True
            if not moved:
                self._settling.pop(deck.id, None)
            elif self._settled(deck):
                changed.append(deck)
            else:
                settling.append(deck)
        return SourceCheck(tuple(changed), tuple(gone), tuple(back), tuple(settling), tuple(same))

    def _settled(self, deck: Deck) -> bool:
        """A deck whose source changed: whether it has stopped changing (`settle`);
        if not, its fingerprint now is kept, to compare at the next look."""
        if not self.settle:
            return True
        now = self._seen.get(deck.id)
        if now is None or self._settling.get(deck.id) == now:
            self._settling.pop(deck.id, None)
            return True
        self._settling[deck.id] = now
        return False

    def _look(self, deck: Deck, gone: list[Deck], back: list[Deck], same: list[Deck]) -> bool:
        """Look at one deck's source (`gone`, `back`, and `same`, moved but as the deck
        has it: noted there); whether it changed."""
        path = source_of(deck)
        now = fingerprint(path)
        first = deck.id not in self._seen
        before = self._seen.get(deck.id)
        self._seen[deck.id] = now
        if now is None:
            if deck.id not in self._missing:
                self._missing.add(deck.id)
                gone.append(deck)
            return False
        if deck.id in self._missing:
            self._missing.discard(deck.id)
            back.append(deck)
        if not first and now == before and deck not in back:
            # (a source settling, as it was at the last look: changed, and settled)
            return deck.id in self._settling
        # A source that cannot be read or hashed counts as changed: its re-import
        # then says what is wrong with it. So does one an older reader read.
        if deck.read_by != READING or self.hasher(path) != deck.source_hash:
            return True
        same.append(deck)
        return False

    def forget(self, deck_id: int) -> None:
        """A deck removed: stop remembering it."""
        self._seen.pop(deck_id, None)
        self._missing.discard(deck_id)
        self._settling.pop(deck_id, None)


class StoreWatch:
    """Did another connection commit to the store since the last look?

    `read_version` returns the store's `PRAGMA data_version` (Store.data_version),
    which moves only for other connections' commits, never for the window's own.
    """

    def __init__(self, read_version: Callable[[], int]) -> None:
        self._read = read_version
        self._last = read_version()

    def changed(self) -> bool:
        version = self._read()
        if version == self._last:
            return False
        self._last = version
        return True


# Beyond this many notes files a folder deck's files are not watched one by one (the
# system limits watches); its folders still are, which catches saves by rename.
MAX_WATCHED_FILES = 2_000


def source_paths_to_watch(decks: Iterable[Deck]) -> list[str]:
    """The paths a file-system watcher should watch. Editors save in two ways: by
    rename (the file's folder changes) or in place (only the file changes). So: each
    deck's file and the folder holding it; for a folder deck, the folder, every
    sub-folder, and its notes files."""
    from studyapp.core.importer import folder_files

    out: dict[str, None] = {}
    for deck in decks:
        if not has_file_source(deck):
            continue
        path = source_of(deck)
        if not path.is_dir():
            out.setdefault(os.fspath(path.parent))
            out.setdefault(os.fspath(path))
            continue
        out.setdefault(os.fspath(path))
        files = folder_files(path)
        for file in files:
            out.setdefault(os.fspath(file.parent))
        for sub in path.rglob("*"):
            if sub.is_dir() and not any(p.startswith(".") for p in sub.relative_to(path).parts):
                out.setdefault(os.fspath(sub))
        if len(files) <= MAX_WATCHED_FILES:
            for file in files:
                out.setdefault(os.fspath(file))
    return list(out)

"""The pictures of a deck's answers in an Anki package: bundled on export, written back
on import.

Export: the renderer shows a local picture as a ``file://`` URL to a file inside the
deck's folder (core.render.local_image_url); every other picture (missing, remote,
outside the folder) is already its placeholder. Each such file goes into the package's
media under a name of its own, ``<hash of its bytes>-<its name>``, so two pictures
called alike in different folders never collide (in the package or in Anki's one media
folder), and the note's HTML refers to that name, as Anki wants (``<img src="x.png">``).

Import: the pictures a package's notes show come back into a folder the app owns for
that deck, ``<data folder>/media/<key of the deck's source>/`` (`package_media_folder`),
under a name safe to write and to put in Markdown (`stored_name`; a name that would
leave the folder, ``../../x.png``, is only ever a file name in it). The answers refer to
them by that name, and core.render.deck_folder gives that folder as the deck's: the
answer pane, the PDF and a later export resolve them as any deck's pictures. Media that
are not pictures (sounds, fonts) stay mentions by name.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from studyapp.core.media_paths import (
    KEY_CHARS,
    MEDIA_FOLDER,
    is_anki_package,
    media_key,
    media_root_of,
    package_media_folder,
)

__all__ = [
    "MEDIA_FOLDER",
    "MediaBundle",
    "is_anki_package",
    "keep_package_media",
    "media_name",
    "media_root_of",
    "package_media_folder",
    "stored_name",
]

HASH_CHARS = 10  # of the sha1 of a picture's bytes: the prefix of its media name
MAX_NAME_CHARS = 100  # Anki keeps media names under 120 bytes
_IMG_TAG = re.compile(r'<img\b((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*/?>')
_SRC = re.compile(r'(\ssrc=")([^"]*)(")')
_UNSAFE = re.compile(r"[^\w.-]+")
_LINKED = re.compile(r"\]\(([\w.-]+)\)")  # a Markdown image's target: a stored name
MISSING_CLASS = 'class="missing-image"'  # core.render.missing_image_html's placeholder


def media_name(data: bytes, file_name: str) -> str:
    """The package's name for a picture: a prefix of its bytes' hash, then its file name
    reduced to characters every file system and Anki take."""
    stem, dot, suffix = Path(file_name).name.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    stem = _UNSAFE.sub("_", stem).strip("._") or "image"
    suffix = _UNSAFE.sub("", suffix).lower()
    digest = hashlib.sha1(data).hexdigest()[:HASH_CHARS]
    stem = stem.removeprefix(f"{digest}-") or stem  # named so already: a package's own
    room = MAX_NAME_CHARS - len(digest) - len(suffix) - 2
    return f"{digest}-{stem[:room]}" + (f".{suffix}" if suffix else "")


@dataclass
class MediaBundle:
    """The pictures gathered from a deck's answers: media name → the file's bytes."""

    files: dict[str, bytes] = field(default_factory=dict)
    left_out: int = 0  # pictures shown as a placeholder: missing, remote, outside
    _names: dict[Path, str] = field(default_factory=dict)  # a file read once only

    @property
    def bundled(self) -> int:
        return len(self.files)

    def bundle(self, answer_html: str) -> str:
        """`answer_html` (as core.render made it) with each local picture referring to
        its media name; its placeholders counted as left out."""
        self.left_out += answer_html.count(MISSING_CLASS)
        if "<img" not in answer_html:
            return answer_html
        return _IMG_TAG.sub(self._bundled_tag, answer_html)

    def _bundled_tag(self, match: re.Match[str]) -> str:
        from studyapp.core.render import missing_image_html

        tag = match.group(0)
        src = _SRC.search(tag)
        if src is None:
            return tag
        url = html.unescape(src.group(2))
        parts = urlsplit(url)
        if parts.scheme.lower() != "file":
            return tag  # not one the renderer resolved: left as it is
        # Here: urllib.request brings http.client, ssl and email with it (15 ms), and
        # this module is read at every start (deck_folder asks is_anki_package).
        from urllib.request import url2pathname

        path = Path(url2pathname(parts.path))
        name = self._names.get(path)
        if name is None:
            try:
                data = path.read_bytes()
            except OSError:  # gone since it was rendered
                self.left_out += 1
                return missing_image_html(url)
            name = media_name(data, path.name)
            self.files.setdefault(name, data)
            self._names[path] = name
        return tag[: src.start(2)] + html.escape(name) + tag[src.end(2) :]


# --- import ---------------------------------------------------------------------------


def is_picture(name: str) -> bool:
    from studyapp.core.render import IMAGE_SUFFIXES

    return Path(name.replace("\\", "/")).suffix.lower() in IMAGE_SUFFIXES


def stored_name(name: str) -> str:
    """The file name a package's media file `name` is kept under: `name` itself when
    it is a plain file name, else its last part made safe with a hash of the whole
    (so ``a b.png`` and ``a_b.png``, or ``x/roc.png`` and ``roc.png``, stay apart)."""
    base = name.replace("\\", "/").rpartition("/")[2]
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    safe_stem = _UNSAFE.sub("_", stem).strip("._")[:MAX_NAME_CHARS] or "image"
    safe = safe_stem + (f".{_UNSAFE.sub('', suffix).lower()}" if suffix else "")
    if safe == name:
        return name
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]
    return f"{digest}-{safe}"


def keep_package_media(
    store_path: str | os.PathLike[str],
    source_path: str,
    package: str | os.PathLike[str],
    answers: Iterable[str],
) -> int:
    """Write the pictures of the Anki package at `package` that `answers` (the
    imported questions' Markdown) refer to into the deck's media folder; the number
    written. The folder holds those and nothing else afterwards (a picture no answer
    shows any more is removed)."""
    from studyapp.core.store.anki_package import media_index, read_media

    index = {
        stored_name(name): (name, where)
        for name, where in media_index(package).items()
        if is_picture(name)
    }
    shown = {name for answer in answers for name in _LINKED.findall(answer)}
    wanted = {kept: where for kept, where in index.items() if kept in shown}
    folder = package_media_folder(media_root_of(store_path), source_path)
    if not wanted:
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        return 0
    found = read_media(package, dict(wanted.values()))
    folder.mkdir(parents=True, exist_ok=True)
    inside = folder.resolve()
    written = 0
    for kept in wanted:
        data = found.get(wanted[kept][0])
        target = inside / kept
        if data is None or target.parent != inside:  # stored_name never leaves it
            continue
        tmp = inside / f".{kept}.tmp"
        tmp.write_bytes(data)
        os.replace(tmp, target)
        written += 1
    for old in inside.iterdir():
        if old.name not in wanted and old.is_file():
            old.unlink(missing_ok=True)
    return written


def remove_package_media(store_path: str | os.PathLike[str], source_path: str) -> None:
    """Remove the media folder of the deck imported from `source_path`, if it has one."""
    if not source_path or not is_anki_package(source_path):
        return
    folder = package_media_folder(media_root_of(store_path), source_path)
    shutil.rmtree(folder, ignore_errors=True)


def prune_media(store_path: str | os.PathLike[str], sources: Iterable[str]) -> None:
    """Remove the media folders of sources no deck has any more (`sources`: every
    deck's): a package moved and imported again from its new place, its deck with it."""
    root = media_root_of(store_path)
    if not root.is_dir():
        return
    ours = {media_key(source) for source in sources if source and is_anki_package(source)}
    for folder in root.iterdir():
        name = folder.name
        if len(name) == KEY_CHARS and name.isalnum() and name not in ours and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


def refill_media(store) -> None:
    """After a backup is restored: each deck from an Anki package whose pictures are
    not here (removed with the deck since, say) has them written again from its
    package, where that file still is; folders no deck has are removed. A picture
    whose package is gone stays shown by its name."""
    from studyapp.core.deck_sources import source_place

    decks = store.decks()
    for deck in decks:
        source = deck.source_path
        if not source or not is_anki_package(source) or not source_place(source).is_file():
            continue
        if package_media_folder(media_root_of(store.path), source).is_dir():
            continue
        answers = [q.answer_markdown for q in store.questions(deck_id=deck.id)]
        keep_package_media(store.path, source, source_place(source), answers)
    prune_media(store.path, [deck.source_path for deck in decks])

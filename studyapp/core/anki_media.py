"""The pictures of a deck's answers in an Anki package: bundled on export, written back
on import.

Export: the renderer shows a local picture as a ``file://`` URL to a file inside the
deck's folder (core.render.local_image_url); every other picture (missing, remote,
outside the folder) is already its placeholder. Each such file goes into the package's
media under a name of its own, ``<hash of its bytes>-<its name>``, so two pictures
called alike in different folders never collide (in the package or in Anki's one media
folder), and the note's HTML refers to that name, as Anki wants (``<img src="x.png">``).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

__all__ = ["MediaBundle", "media_name"]

HASH_CHARS = 10  # of the sha1 of a picture's bytes: the prefix of its media name
MAX_NAME_CHARS = 100  # Anki keeps media names under 120 bytes
_IMG_TAG = re.compile(r'<img\b((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*/?>')
_SRC = re.compile(r'(\ssrc=")([^"]*)(")')
_UNSAFE = re.compile(r"[^\w.-]+")
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

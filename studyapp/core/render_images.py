"""Pictures in answers: the folder a deck's images load from, a relative image path
made a `file://` URL inside it (or found by its name anywhere in it, as Obsidian
finds them), and a plain note, not a broken-image box, for a picture that is not
there or is no image StudyApp can read. Part of rendering (core.render)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from studyapp.core.html_escape import escape_html
from studyapp.lazy import lazy, lazy_pattern

embedded_images = lazy("studyapp.core.embedded_images")  # read when an answer carries one

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".svg"})
_IMG_TAG = lazy_pattern(r'<img\b((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*/?>')
_ATTRIBUTE = lazy_pattern(r'([\w:-]+)(?:="([^"]*)")?')


def deck_folder(source_path: str, media_root: Path | None = None) -> Path | None:
    """The folder a deck's images may load from: a folder deck's own folder, the
    folder of a one-file deck's notes file, the bundled deck's resources; for a deck
    imported from an Anki package, given `media_root` (<data folder>/media), the
    folder its pictures were written to (core.anki_media)."""
    if media_root is not None and source_path:
        from studyapp.core import media_paths

        if media_paths.is_anki_package(source_path):
            return media_paths.package_media_folder(media_root, source_path)
    if source_path.startswith("resource:"):
        from studyapp.resource_files import resource

        return Path(str(resource(*Path(source_path.removeprefix("resource:")).parent.parts)))
    if not source_path:
        return None
    from studyapp.core.deck_sources import source_place

    path = source_place(source_path)  # (one deck of several in a file: that file)
    return path if path.is_dir() else path.parent


def note_folder(root: Path | None, source_file: str) -> Path | None:
    """The folder a question's relative image paths start from: that of the file it
    came from inside a folder deck (`source_file`), else the deck's folder itself."""
    if root is None or not source_file:
        return root
    from studyapp.core.textio import os_path  # (a name kept with its bytes marked)

    return (root / os_path(source_file)).parent


def local_image_url(src: str, base_dir: Path | None, root: Path | None = None) -> str | None:
    """A `file://` URL for a relative image path naming an existing image file, from
    `base_dir` (the notes file's folder) and inside `root` (the deck's folder, where a
    folder deck's notes keep their pictures beside them, `../assets/cap.png`; default
    `base_dir`), symlinks resolved; a bare file name not found there is looked for in
    the whole of `root`, as Obsidian finds `![[roc.png]]` in an attachments folder.
    None for anything else."""
    if base_dir is None or not src:
        return None
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        return None  # remote, data:, file:, C:\…, //host/…
    path = unquote(parts.path)
    if not path or path.startswith(("/", "\\")) or "\x00" in path:
        return None
    candidate = Path(path)
    if candidate.is_absolute() or candidate.drive:
        return None
    try:
        inside = (root or base_dir).resolve()
        target = (base_dir.resolve() / candidate).resolve(strict=True)
    except FileNotFoundError:
        found = _named_image(inside, path) if len(candidate.parts) == 1 else None
        if found is None:
            return None
        try:
            target = found.resolve(strict=True)  # a link found by name: where it leads
        except (OSError, RuntimeError, ValueError):
            return None
    except (OSError, RuntimeError, ValueError):
        return None
    if not target.is_relative_to(inside) or target.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    if not target.is_file() or not _reads_as_image(target):
        return None
    return target.as_uri()


# The first bytes of each kind of image file (WebP: "WEBP" after its RIFF header).
_IMAGE_HEADS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"RIFF")
_SVG_HEAD_BYTES = 4096  # an SVG's <svg tag comes after any XML declaration and comments


def _reads_as_image(path: Path) -> bool:
    """Whether a file holds an image of any kind the pane draws, by its first bytes:
    a file named .png that holds none (an empty one, a web page saved under the name)
    drew Qt's broken-image box in the answer. A picture named as another kind
    (a JPEG called .png) is still one."""
    try:
        with path.open("rb") as file:
            head = file.read(_SVG_HEAD_BYTES)
    except OSError:
        return False
    return is_raster_head(head) or b"<svg" in head.lower()


def is_raster_head(head: bytes) -> bool:
    """Whether bytes begin as a PNG, JPEG, GIF, BMP or WebP image does."""
    if head.startswith(b"RIFF"):
        return head[8:12] == b"WEBP"
    return head.startswith(_IMAGE_HEADS)


_INDEX_ENTRIES = 5_000  # files and folders: a bigger folder is not searched for a name
_INDEX_SECONDS = 30  # a picture added since is found after this long


def _named_image(root: Path, name: str) -> Path | None:
    """The image file called `name` (any case) anywhere under `root`, hidden folders
    aside; the shallowest, then the first by path, where several share the name. Not
    in a home folder or a file system's root (a one-file deck kept there), whose walk
    would take a click's time and more."""
    import time

    if root == Path.home() or root.parent == root:
        return None
    return _image_index(str(root), int(time.monotonic() // _INDEX_SECONDS)).get(name.casefold())


@functools.lru_cache(maxsize=8)
def _image_index(root: str, _epoch: int) -> dict[str, Path]:
    import os

    found: dict[str, Path] = {}
    seen = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        seen += len(files) + len(dirs)
        if seen > _INDEX_ENTRIES:
            return {}  # too big to search by name at all: as if not found
        for file in sorted(files):
            if Path(file).suffix.lower() in IMAGE_SUFFIXES:
                found.setdefault(file.casefold(), Path(folder) / file)
    return found


def rewrite_images(
    clean: str, base_dir: Path | None, root: Path | None = None, embedded: list[str] | None = None
) -> str:
    """Each <img> of sanitized HTML with a `file://` URL for its picture in the notes'
    folder, or with the picture carried in the notes (`embedded`: the data: URIs
    core.embedded_images took out), or else as a note that says it is missing."""
    if "<img" not in clean:
        return clean
    from html import unescape  # (its entity table: loaded by the first image)

    def replace(match: re.Match[str]) -> str:
        attrs = {
            name.lower(): unescape(value or "")
            for name, value in _ATTRIBUTE.findall(match.group(1))
        }
        src = attrs.get("src", "")
        if embedded and src.startswith(embedded_images.TOKEN_PREFIX):
            url, why = embedded_images.checked_uri(src, embedded)
            if url is None:
                return missing_image_html("", attrs.get("alt", ""), why=why)
        else:
            url = local_image_url(src, base_dir, root)
        if url is None:
            why = _why_missing(src, base_dir, root)
            return missing_image_html(src, attrs.get("alt", ""), why=why)
        attrs["src"] = url
        return (
            "<img"
            + "".join(f' {name}="{escape_html(value)}"' for name, value in attrs.items())
            + ">"
        )

    return _IMG_TAG.sub(replace, clean)


NOT_IN_NOTES = "not in your notes"  # a local image with no file of that name
NOT_READABLE = "not a picture StudyApp can read"  # a file by that name, but no image


def _why_missing(src: str, base_dir: Path | None, root: Path | None = None) -> str:
    """Why a local image (a path relative to the notes) is not shown, in a few words;
    "" for any other source (online, data:, absolute), which is refused, not missing.
    A file inside the notes' folder that holds no image is "not readable"; anything
    else (no such file, one outside the folder) is "not in your notes"."""
    parts = urlsplit(src) if src else None
    if parts is None or parts.scheme or parts.netloc:
        return ""
    path = unquote(parts.path)
    if not path or path.startswith(("/", "\\")) or Path(path).is_absolute():
        return ""
    if base_dir is None:
        return NOT_IN_NOTES
    try:
        target = (base_dir / path).resolve()
        there = target.is_relative_to((root or base_dir).resolve()) and target.is_file()
    except (OSError, RuntimeError, ValueError):
        there = False
    return NOT_READABLE if there else NOT_IN_NOTES


def missing_image_html(src: str, alt: str = "", why: str = "") -> str:
    """A quiet note for an image that is not shown: its file name (or, when the source
    names none, its alt text) and `why`, if given ("[image: roc.png — not in your
    notes]"), muted by the answer CSS."""
    parts = urlsplit(src) if src else None
    path = unquote(parts.path) if parts and parts.scheme.lower() != "data" else ""
    name = path.replace("\\", "/").rstrip("/").rpartition("/")[2].strip()
    label = name or alt.strip() or "image"
    if why:
        label = f"{label} — {why}"
    return f'<span class="missing-image">[image: {escape_html(label, quote=False)}]</span>'

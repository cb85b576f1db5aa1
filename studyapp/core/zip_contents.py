"""What a ZIP archive picked as notes holds, said in a few words ("a ZIP archive of 12
pictures, no notes"), read from its directory alone: nothing is extracted. Whether
notes are in it decides the advice (unzip it and import them, or there is nothing
there to import). Said when a .zip is imported (core.textio) and when a folder's scan
leaves one out (core.parse.other_files)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from studyapp.core.note_kinds import OFFERED_SUFFIXES

# Kinds a person keeps beside notes, by the ending of their names, each with its word.
_KINDS = (
    ("picture", ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .heic .heif .svg .avif"),
    ("sound file", ".mp3 .m4a .wav .ogg .oga .flac .aac .opus"),
    ("video", ".mp4 .mov .m4v .mkv .webm .avi"),
    ("archive", ".zip .7z .rar .tar .gz .tgz .bz2 .xz"),
)
_KIND_OF = {suffix: word for word, suffixes in _KINDS for suffix in suffixes.split()}
_NOTES = "notes file"
_OTHER = "other file"


def _suffix(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base[base.rfind(".") :].lower() if "." in base[1:] else ""


def _hidden(name: str) -> bool:
    """A folder's entry, or what a system adds: macOS's __MACOSX copies, ".DS_Store"."""
    parts = name.rstrip("/").split("/")
    return name.endswith("/") or any(p.startswith(".") or p == "__MACOSX" for p in parts)


def _counted(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def described(source: bytes | Path) -> tuple[str, bool] | None:
    """(What the archive holds, as "a ZIP archive of …", and whether notes are among it)
    for a ZIP archive's bytes or file (of which its directory alone is read); None where
    that directory cannot be read (damaged, cut short), and the archive is then named as
    any ZIP is."""
    try:
        with zipfile.ZipFile(
            io.BytesIO(source) if isinstance(source, bytes) else source
        ) as archive:
            names = [info.filename for info in archive.infolist()]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return None
    counts: dict[str, int] = {}
    for name in names:
        if _hidden(name):
            continue
        suffix = _suffix(name)
        word = _NOTES if suffix in OFFERED_SUFFIXES else _KIND_OF.get(suffix, _OTHER)
        counts[word] = counts.get(word, 0) + 1
    if not counts:
        return "an empty ZIP archive", False
    order = [_NOTES, *(word for word, _ in _KINDS), _OTHER]
    said = [_counted(counts[word], word) for word in order if word in counts]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    notes = _NOTES in counts
    return f"a ZIP archive of {listed}{'' if notes else ', no notes'}", notes

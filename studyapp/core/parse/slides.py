"""A slide deck (``.pptx``: PowerPoint's, and Google Slides' and Keynote's download) as
the Markdown it shows, for the general reader: a deck of study cards is a question on
each slide's title and its answer in the slide's text and speaker notes.

Each slide in the deck's order is a ``##`` heading (its title; a slide without one is
named by its first line of text), its body's paragraphs list items nested by their
level, its other text boxes paragraphs, its speaker notes a paragraph under them. A
first slide laid out as the deck's title ("Title Slide") is the ``#`` title. Tables and
pictures are no text of the notes.
"""

from __future__ import annotations

import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile

from studyapp.core.model import NotesFileError

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_TITLES = ("title", "ctrTitle")
_FURNITURE = ("dt", "ftr", "sldNum", "hdr")
_PLAIN = (*_TITLES, "subTitle")  # a placeholder whose text is no list
# What a talk ends on: thanks, a call for questions, "The end" (a list's "- " too).
_CLOSING_RE = re.compile(
    r"^[\s\-*]*(?:thank(?:s| you)(?: (?:all|everyone|for (?:listening|watching|your time)))?"
    r"|(?:any )?questions|q\s?&\s?a|the end|fin)\W*$",
    re.I,
)


def slides_markdown(data: bytes, name: str) -> str:
    """The deck's slides as Markdown (see the module). Raises NotesFileError for a
    package that is not a slide deck."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
                raise NotesFileError(
                    f"{name}: the deck unpacks to more than StudyApp reads"
                    f" ({MAX_UNPACKED_BYTES // (1024 * 1024)} MB). Split it into smaller decks"
                )
            if "ppt/presentation.xml" not in package.namelist():
                raise NotesFileError(
                    f"{name}: this is not a slide deck that can be read. Save it as .pptx,"
                    " or its text as .txt or .md, and import that"
                )
            parts = [_slide(package, path, n) for n, path in enumerate(_slide_paths(package))]
    except (zipfile.BadZipFile, ET.ParseError, KeyError, ValueError) as exc:
        raise NotesFileError(f"{name}: the deck is damaged ({exc})") from exc
    text = "\n\n".join(part for part in parts if part.strip())
    if not text.strip():
        raise NotesFileError(f"{name}: the deck holds no text")
    return text + "\n"


def _rels(package: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type's last word, the target's path)."""
    folder, base = posixpath.split(part)
    path = posixpath.join(folder, "_rels", base + ".rels")
    if path not in package.namelist():
        return {}
    found = {}
    for rel in ET.fromstring(package.read(path)).iter(f"{{{_PACKAGE_REL}}}Relationship"):
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        found[rel.get("Id", "")] = (kind, posixpath.normpath(target))
    return found


def _slide_paths(package: zipfile.ZipFile) -> list[str]:
    """The slides' parts in the deck's order (hidden slides too: notes all the same)."""
    rels = _rels(package, "ppt/presentation.xml")
    root = ET.fromstring(package.read("ppt/presentation.xml"))
    paths = [rels.get(s.get(f"{{{_REL}}}id", ""), ("", ""))[1] for s in root.iter(f"{{{_P}}}sldId")]
    return [path for path in paths if path in package.namelist()]


def _slide(package: zipfile.ZipFile, path: str, number: int) -> str:
    root = ET.fromstring(package.read(path))
    title, cover, lines = "", False, []
    for shape in root.iter(f"{{{_P}}}sp"):
        placeholder = shape.find(f"{{{_P}}}nvSpPr/{{{_P}}}nvPr/{{{_P}}}ph")
        kind = placeholder.get("type", "body") if placeholder is not None else ""
        paragraphs = [p for p in shape.iter(f"{{{_A}}}p")]
        texts = [(_paragraph(p), int(_level(p))) for p in paragraphs]
        texts = [(text, level) for text, level in texts if text]
        if kind in _FURNITURE:
            continue  # the date, the footer and the slide's number
        if kind in _TITLES and not title:
            title, cover = " ".join(text for text, _ in texts), kind == "ctrTitle"
        elif kind in ("body", "obj") or (placeholder is not None and kind not in _PLAIN):
            lines += [f"{'  ' * level}- {text}" for text, level in texts]
        else:  # a text box of the slide's own: its paragraphs, each its own
            lines += [part for text, _ in texts for part in ("", text)] + [""]
    notes = _notes(package, path)
    if not title and lines:
        title = next(line.strip().lstrip("- ") for line in lines if line.strip())
        lines.remove(next(line for line in lines if line.strip()))
    if not title:
        return "\n\n".join(notes)
    if _CLOSING_RE.match(title) and all(_CLOSING_RE.match(line) for line in lines if line.strip()):
        return ""  # a closing slide ("Thank you!" / "Questions?"): courtesy, no card
    head = "#" if cover and number == 0 else "##"
    body = "\n".join(lines).strip("\n")
    return "\n\n".join(part for part in (f"{head} {title}", body, *notes) if part.strip())


def _level(paragraph: ET.Element) -> str:
    props = paragraph.find(f"{{{_A}}}pPr")
    return props.get("lvl", "0") if props is not None else "0"


def _paragraph(paragraph: ET.Element) -> str:
    parts = []
    for element in paragraph.iter():
        if element.tag == f"{{{_A}}}t" and element.text:
            parts.append(element.text)
        elif element.tag == f"{{{_A}}}br":
            parts.append(" ")
    return " ".join("".join(parts).split())


def _notes(package: zipfile.ZipFile, path: str) -> list[str]:
    """A slide's speaker notes, a paragraph each (the slide's number left out)."""
    target = next((t for kind, t in _rels(package, path).values() if kind == "notesSlide"), "")
    if target not in package.namelist():
        return []
    root = ET.fromstring(package.read(target))
    notes = []
    for shape in root.iter(f"{{{_P}}}sp"):
        placeholder = shape.find(f"{{{_P}}}nvSpPr/{{{_P}}}nvPr/{{{_P}}}ph")
        if placeholder is None or placeholder.get("type") != "body":
            continue  # (the slide's picture, its number)
        notes += [text for p in shape.iter(f"{{{_A}}}p") if (text := _paragraph(p))]
    return notes

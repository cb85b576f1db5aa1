"""The name of a notes file whose file name names nothing: ``README.md``, ``index.md``,
``notes.txt`` imported on its own.

Such a file made a deck called "README". Its name is its own title instead (the first
heading above its questions, ``# Go Interview Prep`` or ``<h1 align="center">…</h1>``,
when the parser took none), else the name of the folder it is in (a cloned repository's
folder, "go-interview-prep" → "Go Interview Prep"), as a folder import names it. A folder
that names nothing either keeps the file's own name: one of the person's standard folders
(home, Downloads, Desktop, Documents… as the system says where they are, not by their
English names; the temporary folder), or a name with less than a word in it ("x", "01",
"a1": fewer than two letters). Two letters can name a subject ("go", "py", "ML") and do.
~/Downloads/notes.ipynb made a deck "Downloads".
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from studyapp.core import textio
from studyapp.core.deck_names import name_title
from studyapp.core.model import ParsedDocument, StudyAppError

_ATX_RE = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_HTML_RE = re.compile(r"<h[1-6]\b[^>]*>(?P<text>.*?)</h[1-6]\s*>", re.I)
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG_RE = re.compile(r"<[^>]*>")
# Not a title: a list of what follows ("Table of Contents"), or nothing to name it by
# (a vault's or a repository's "# Welcome", "# README").
_NOT_A_TITLE_RE = re.compile(
    r"^(?:table of contents|contents|toc|index|introduction|intro|overview|about|welcome"
    r"|readme|home|start here)$",
    re.I,
)


def with_own_name(doc: ParsedDocument, path: Path, text: str | None) -> ParsedDocument:
    """`doc` named by its title or folder where its file's name names nothing and the
    parser found no title (its name is the file's own)."""
    from studyapp.core.parse.folder import NAMELESS_STEMS

    stem = textio.path_text(path.stem)
    if path.is_dir() or stem.casefold() not in NAMELESS_STEMS or doc.deck_name != stem:
        return doc
    first = min((q.source_line for q in doc.questions if q.source_line > 0), default=0)
    if text is None:
        text = _text(path)
    title = first_heading(text, first) if text is not None else ""
    if not title:
        folder = path.resolve().parent
        if names_nothing(folder):
            return doc
        title = name_title(textio.path_text(folder.name))
    return replace(doc, deck_name=title)


# Fewer letters than this say nothing of what a folder holds ("x", "01", "a1"); a folder
# "go" or "py" does ("Go" questions): a rule of three letters named them "Notes".
_NAMING_LETTERS = 2


def names_nothing(folder: Path) -> bool:
    """Whether a folder's name says nothing of the notes in it (see the module): a
    standard folder of the person's, the temporary folder, a drive's root, or a name of
    fewer than two letters."""
    name = textio.path_text(folder.name)
    if sum(c.isalpha() for c in name) < _NAMING_LETTERS:
        return True
    return folder in _standard_folders()


def _standard_folders() -> set[Path]:
    """The person's own folders as the system places them (XDG's user-dirs on Linux, the
    known folders on Windows and macOS), their home and the temporary folder."""
    import tempfile

    import platformdirs  # (here: a start reads no notes)

    found = {Path.home(), Path(tempfile.gettempdir())}
    for where in (
        platformdirs.user_downloads_dir,
        platformdirs.user_desktop_dir,
        platformdirs.user_documents_dir,
        platformdirs.user_pictures_dir,
        platformdirs.user_music_dir,
        platformdirs.user_videos_dir,
    ):
        found.add(Path(where()))
    resolved = set()
    for folder in found:
        try:
            resolved.add(folder.resolve())
        except (OSError, RuntimeError):  # (a folder that cannot be resolved: as given)
            resolved.add(folder)
    return resolved


def _text(path: Path) -> str | None:
    """The file's repaired text, where it is text (not an Anki package)."""
    from studyapp.core import repair
    from studyapp.core.note_kinds import ANKI_PACKAGE_SUFFIXES

    if path.suffix.lower() in ANKI_PACKAGE_SUFFIXES:
        return None
    try:
        return repair.repair_text(textio.read_notes(path))
    except (OSError, StudyAppError):
        return None


def first_heading(text: str, before: int = 0, *, top: bool = False) -> str:
    """The text of the note's first heading that says something, above line `before`
    (all lines where 0), its marks and links taken off; "" where it has none, or where
    that heading asks (a question) or only lists what follows ("Contents"); `top`: ""
    too where that heading is not of level 1 (no title of the whole note)."""
    from studyapp.core.parse.units import is_question_like

    fence = ""
    for number, line in enumerate(text.split("\n"), start=1):
        if before and number >= before:
            break
        opened = _FENCE_RE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0]:
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        found = _ATX_RE.match(line) or _HTML_RE.search(line)
        if not found:
            continue
        title = _plain(found["text"])
        if not title:
            continue  # a logo: "<h1><img src=…></h1>"
        if is_question_like(title) or _NOT_A_TITLE_RE.match(title):
            return ""
        level = len(line.lstrip(" ").split(" ", 1)[0]) if found.re is _ATX_RE else 0
        if top and (level > 1 or (not level and found.group(0)[:3].lower() != "<h1")):
            return ""
        return title
    return ""


def readme_title(folder: Path, readme: Path | None = None) -> str:
    """The title a folder's README gives it (a cloned repository's, "# Data Science
    Interview Questions"): its first heading, where that is of level 1 and names
    something (`first_heading`); "" where the folder has no such README. `readme` is
    the one read where the README is kept in several languages ("README_ru.md")."""
    for path in [readme] if readme else sorted(folder.glob("*")):
        named = path == readme or path.stem.casefold() == "readme"
        if named and path.suffix.lower() in (".md", ".markdown"):
            text = _text(path) if path.is_file() else None
            return first_heading(text, top=True) if text else ""
    return ""


def _plain(heading: str) -> str:
    text = _IMAGE_RE.sub("", heading)
    text = _LINK_RE.sub(r"\1", text)
    text = _TAG_RE.sub("", text)
    text = re.sub(r"[*_`~]+", "", text)
    text = re.sub(r"^[^\w(\"'¿¡]+|[\s:.\-–—|]+$", "", text)  # "🚀 Go Prep", "Notes:"
    return " ".join(text.split())

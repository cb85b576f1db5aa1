"""The files of a folder that are not notes, and which of them a person is told about.

A folder's scan reads notes files and documents (`note_kinds.FOLDER_SUFFIXES`, and
JSON or YAML files whose content is flashcards: `card_shape`). Of the other files, it
names those a person may have meant as notes, so none is left out without a word:
images, Anki packages (a deck of their own each, imported on their own), archives,
programs and files of kinds it does not know (``image.png``, ``notes.zip``,
``blob.bin``, an executable).
The files any folder of code or notes keeps beside its notes (source code, settings,
web pages and assets, a repository's ``LICENSE`` or ``Makefile``) are left out
quietly: a cloned repository's hundreds of them would bury the files that matter.
Hidden files and folders (``.git``, ``.obsidian``) are never walked at all.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from studyapp.core.note_kinds import (
    ANKI_PACKAGE_SUFFIXES,
    CODE_SUFFIXES,
    NOTEBOOK_SUFFIXES,
    SHEET_SUFFIXES,
    SLIDE_SUFFIXES,
    SUBTITLE_SUFFIXES,
)
from studyapp.core.textio import IWORK_SUFFIXES, iwork_said
from studyapp.core.zip_contents import described

_QUIET = """
    .h .hpp .hh .cc .cxx .m .mm .swift .php .pl .pm .r .lua .scala .clj .ex .exs .erl .hs
    .ml .dart .jsx .tsx .mjs .cjs .vue .svelte .pyi .ps1 .bat .cmd .fish .zsh .bash .mk
    .cmake .gradle .groovy .tf .proto .graphql .sql
    .json .jsonc .yaml .yml .toml .ini .cfg .conf .lock .xml .properties .env .editorconfig
    .sample .mod .sum .csproj .sln .pbxproj .plist .iml .log .spec .desktop .in .manifest
    .patch .diff .service .cff
    .html .htm .css .scss .sass .less .map .svg .ico .woff .woff2 .ttf .otf .eot .pyc .pyo
    .o .a .so .dll .dylib .class .jar .wasm .whl .egg
    .excalidraw
"""
# Kinds a single import reads that a folder's scan leaves to be imported on their own.
_ON_ITS_OWN = {
    **dict.fromkeys(SHEET_SUFFIXES, "a spreadsheet"),
    **dict.fromkeys(SLIDE_SUFFIXES, "a slide deck"),
    **dict.fromkeys(SUBTITLE_SUFFIXES, "captions"),
}
# Endings of the files a code repository or a notes app keeps beside the notes: source
# code, settings, lock and build files, web pages and their assets, compiled files.
QUIET_SUFFIXES = frozenset((*CODE_SUFFIXES, *NOTEBOOK_SUFFIXES, *_QUIET.split()))
# A repository's files with no ending (named by convention, never notes).
QUIET_NAMES = frozenset(
    name.casefold()
    for name in (
        "LICENSE",
        "LICENCE",
        "COPYING",
        "NOTICE",
        "AUTHORS",
        "CONTRIBUTORS",
        "CODEOWNERS",
        "Makefile",
        "GNUmakefile",
        "Dockerfile",
        "Containerfile",
        "Procfile",
        "Gemfile",
        "Rakefile",
        "Pipfile",
        "Vagrantfile",
        "Jenkinsfile",
        "Brewfile",
        "VERSION",
    )
)


def reason(path: Path) -> str:
    """Why a file the scan does not read is left out, as the person is told."""
    suffix = path.suffix.lower()
    if suffix in ANKI_PACKAGE_SUFFIXES:  # its review history and pictures come with it
        return (
            f"an Anki package ({suffix}): a deck of its own with its reviews; import it on"
            " its own, not in a folder"
        )
    if suffix in _ON_ITS_OWN:  # (a cloned repository's sheets are its data, its decks talks)
        return f"{_ON_ITS_OWN[suffix]} ({suffix}): import it on its own, not in a folder"
    if suffix in IWORK_SUFFIXES:  # "a Pages document (.pages): export it from Pages as …"
        kind, hint = iwork_said(suffix)
        return f"{kind} ({suffix}): {hint[0].lower()}{hint[1:]}"
    if suffix == ".zip" and (found := described(path)) is not None:
        holds, notes = found  # "a ZIP archive of 12 pictures, no notes"
        return f"{holds} (unzip it to import its notes)" if notes else holds
    if suffix:
        return f"not a notes file ({suffix})"
    if os.access(path, os.X_OK):
        return "not a notes file (a program)"
    return "not a notes file (no name ending)"


# An Excalidraw drawing, which Obsidian's Excalidraw plugin keeps as a Markdown note
# ("Drawing 2024-03-02 10.15.22.excalidraw.md"): its shapes' words and the drawing's
# data, no notes. A vault holds one for each drawing, so they are left out quietly (and
# so are the plugin's older drawings, JSON files ending ".excalidraw": _QUIET).
DRAWING_ENDING = ".excalidraw.md"


def drawing(path: Path) -> bool:
    """Whether a notes file is a drawing app's (see DRAWING_ENDING)."""
    return path.name.lower().endswith(DRAWING_ENDING)


def worth_naming(path: Path) -> bool:
    """Whether a file the scan does not read is one a person may have meant as notes
    (an image, a PDF, an archive, a program, a kind not known), not a file any
    repository or notes app keeps beside its notes."""
    name = path.name
    if name.startswith(".") or name.endswith("~"):
        return False  # hidden, or an editor's backup
    suffix = path.suffix.lower()
    if suffix not in ANKI_PACKAGE_SUFFIXES and app_data_file(path):
        return False
    if not suffix:
        return name.casefold() not in QUIET_NAMES
    return suffix not in QUIET_SUFFIXES


# A database's file and the files SQLite keeps beside it while it is open
# ("studyapp.sqlite3-wal", "-shm", "-journal"), or an app keeps of it
# ("studyapp.sqlite3.session-…", a backup "studyapp-20261206T133055Z-manual.sqlite3").
_DATABASE_RE = re.compile(
    r"(?P<stem>.+?)\.(?:sqlite3?|db3?|sqlitedb)(?:-wal|-shm|-journal|\.session-.*)?", re.I
)
_SQLITE_MAGIC = b"SQLite format 3\x00"


def app_data_file(path: Path) -> bool:
    """Whether a file is an app's own data, never notes: a database (by its name or its
    first bytes: a StudyApp store, its session files and backups, another app's), the
    files SQLite keeps beside one, and the files named after a database beside it
    ("studyapp.lock", "studyapp.raise" beside "studyapp.sqlite3"). A folder that holds
    StudyApp's own data folder is imported without them named as left out."""
    if _DATABASE_RE.fullmatch(path.name):
        return True
    stem = path.name.split(".", 1)[0]
    if stem and stem != path.name:
        for ending in (".sqlite3", ".sqlite", ".db"):
            if (path.parent / f"{stem}{ending}").is_file():
                return True
    try:
        with path.open("rb") as f:
            return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False

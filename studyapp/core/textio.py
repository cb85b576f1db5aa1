"""Reading a notes file the user picked into one str, or a NotesFileError saying why not.

This module owns the step from bytes to text: size and type guards, byte
order marks (UTF-8, UTF-16, UTF-32), UTF-8 with a per-byte Windows-1252
fallback for legacy files, the legacy code page of a file in another language's
(core.code_pages guesses which), binary detection and newline normalisation. It
does not repair mojibake (that is `core.repair`, which runs on its result)
and never raises UnicodeDecodeError: any bytes that pass the guards decode.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

from studyapp.core import code_pages
from studyapp.core.format import MB, size_label
from studyapp.core.model import NotesFileError
from studyapp.core.note_kinds import PDF_SUFFIXES, SHEET_SUFFIXES, SLIDE_SUFFIXES, WORD_SUFFIXES

__all__ = [
    "MAX_NOTES_BYTES",
    "code_page_said",
    "decode_notes",
    "read_notes",
    "reading_once",
    "written_encoding",
]

# Notes files are a few hundred KB; anything near this is not notes, and
# reading it whole would stall the UI thread for nothing.
MAX_NOTES_BYTES = 20 * MB  # decimal, as a file manager shows sizes (core.format)
# A PDF's pictures make it large (a Notion export with screenshots), and only its text
# is read (core.parse.pdf, its pages capped): its own limit.
MAX_PDF_BYTES = 100 * MB

_ZIP = b"PK\x03\x04"
# Checked before any other rule, so a PDF or a .docx gets a message that says
# what it is rather than only "binary". Each kind is said inside brackets: it holds
# none of its own ("(a ZIP archive (.docx, .xlsx, .zip ...))" read as a typo).
_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (_ZIP, "a ZIP archive, as .zip and .xlsx files are"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, such as a .doc or .xls file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# What to do instead, by the file's suffix: the ways out of a binary file people
# often have their notes in.
_ANKI_HINT = "An Anki package: import it as it is (studyapp import, or File → Import…)"
# A Word (.docx) or OpenDocument (.odt) document is read (core.parse.wordproc): a
# .doc, or a .docx that is not one, is saved again as one.
_DOCUMENT_HINT = "Save it from your word processor as a Word document (.docx); import that"
_SHEET_HINT = "Save the sheet as CSV (File → Save As…), and import that"
_UNZIP_HINT = "Unzip it, and import the notes in it or the folder they are in"
_COLLECTION_HINT = (
    "Anki's own collection: export the deck from Anki as a package (.apkg), and import that"
)
_CONVERT_HINTS = {
    ".apkg": _ANKI_HINT,
    ".colpkg": _ANKI_HINT,
    ".anki2": _COLLECTION_HINT,
    ".anki21": _COLLECTION_HINT,
    ".docx": _DOCUMENT_HINT,
    ".odt": _DOCUMENT_HINT,
    ".doc": _DOCUMENT_HINT,
    ".pdf": "Copy its text into a .txt or .md file, and import that",
    ".zip": _UNZIP_HINT,
    ".xlsx": _SHEET_HINT,
    ".xls": _SHEET_HINT,
    ".ods": _SHEET_HINT,
}
# Apple's iWork documents, ZIP archives of the app's own data (no text StudyApp reads):
# what each is, and what to export it as from its app (File → Export To).
_IWORK = {
    ".pages": ("a Pages document", "Pages", "a Word document, a PDF or plain text"),
    ".key": ("a Keynote presentation", "Keynote", "a PowerPoint file or a PDF"),
    ".numbers": ("a Numbers spreadsheet", "Numbers", "CSV"),
}
IWORK_SUFFIXES = frozenset(_IWORK)


def iwork_said(suffix: str) -> tuple[str, str]:
    """What an iWork document of this ending is, and the way to notes StudyApp reads."""
    kind, app, export = _IWORK[suffix]
    return kind, f"Export it from {app} as {export} (File → Export To), and import that"


# What to do by what the file is, before its suffix: a picture named .docx is no
# document to save again; and for any other, the kinds StudyApp reads.
_PICTURE_HINT = "A picture holds no text to read: import the notes it shows, as a file of text"
_NOTES_HINT = (
    "Import the file your notes are in: text or Markdown, CSV, a Word, OpenDocument or"
    " PDF document, or an Anki package"
)
_KIND_HINTS = {
    "a PNG image": _PICTURE_HINT,
    "a JPEG image": _PICTURE_HINT,
    "a GIF image": _PICTURE_HINT,
}
# BOMs, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters no text file has in numbers; tab, newlines, form feed,
# vertical tab and ESC (coloured logs) are not counted.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS = {cp: None for cp in _CONTROL_BYTES}
_MAX_CONTROL_SHARE = 0.05
_CP1252_ERRORS = "studyapp-cp1252"
_Text = TypeVar("_Text", str, bytes)


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252, byte by byte.

    Latin-1 stands in for the five bytes Windows-1252 leaves undefined, so
    nothing ever fails; a file that mixes UTF-8 with legacy bytes keeps both.
    """
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(_legacy_char(b) for b in bad), err.end


def _legacy_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Latin-1's control of that value


codecs.register_error(_CP1252_ERRORS, _cp1252_fallback)


# A byte of a name that is not valid UTF-8 (PEP 383 gives it as a lone surrogate,
# U+DC80–U+DCFF) as kept in text: U+FFFD, which shows where it is, then a variation
# selector (VS17–VS144, drawn as nothing) saying which byte it was.
_BYTE_MARKS = 0xE0100 - 0xDC80
_MARKED = re.compile("\ufffd([\U000e0100-\U000e017f])")
_MARKS = re.compile("(?<=\ufffd)[\U000e0100-\U000e017f]")


def path_key(path: str | os.PathLike[str], root: Path | None = None) -> str:
    """A file name or path as text that can be stored, hashed, sent to Qt or printed,
    and turned back into the very same path (`os_path`): what the store keeps of a
    deck's source and of a folder deck's files.

    A name whose bytes are not valid in the file system's encoding (a Windows-1251
    name an old unzip left) reaches Python with lone surrogates standing for those
    bytes (PEP 383), which no UTF-8 text holds: SQLite, JSON and Qt refused them (a
    traceback), and made U+FFFD alone the name was lost ("source missing"). Each
    such byte is kept as U+FFFD and a variation selector naming it: it shows as the
    replacement character, and the name is found again. A name of valid text is
    itself. With `root`: the path inside that folder, in "/" (a folder deck's file).
    """
    text = Path(path).relative_to(root).as_posix() if root is not None else os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(_key_char(c) for c in text)
    return text


def _key_char(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return "\ufffd" + chr(code + _BYTE_MARKS)
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else char  # (any other: lost, shown)


def os_path(key: str) -> str:
    """The path `path_key` kept, as the operating system names it (bytes that are not
    UTF-8 as lone surrogates again): what opens, stats and watches the file."""
    if "\ufffd" not in key:
        return key
    return _MARKED.sub(lambda m: chr(ord(m[1]) - _BYTE_MARKS), key)


def path_text(path: str | os.PathLike[str]) -> str:
    """A file name or path as it is shown: each byte that is not valid UTF-8 (lone
    surrogates, PEP 383, or the marks of a `path_key`) is U+FFFD."""
    text = path_key(path)
    return _MARKS.sub("", text) if "\ufffd" in text else text


def _display_name(path: Path) -> str:
    return path_text(path.name or str(path))


# The texts read while `reading_once` is in force, by file and its state on disk.
_READ: ContextVar[dict[tuple, str] | None] = ContextVar("notes_read", default=None)


@contextmanager
def reading_once() -> Iterator[None]:
    """Within it, `read_notes` reads each file once: an import or a folder's parse asks
    for a file's text at several steps (its hash, its parse, a check of its lines), and
    a PDF's or a document's text is made anew each time (a PDF's pages laid out again).
    A file changed on disk since (its size or time) is read again. Nested: the
    outermost holds the texts."""
    if _READ.get() is not None:
        yield
        return
    token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(token)


def read_notes(path: str | os.PathLike[str]) -> str:
    """The text of the notes file at `path`, newlines normalised to "\\n".

    Raises NotesFileError (one line, naming the file) when the file is
    missing, unreadable, a folder, larger than MAX_NOTES_BYTES, empty, or
    binary.
    """
    path = Path(path)
    name = _display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise NotesFileError(f"{name}: no such file or folder") from exc
    except OSError as exc:
        raise NotesFileError(_unreadable(name, exc)) from exc
    read = _READ.get()
    if read is None:
        return _read_notes(path, name, info)
    key = (path.absolute(), info.st_ino, info.st_size, info.st_mtime_ns)
    if key not in read:
        read[key] = _read_notes(path, name, info)
    return read[key]


def _read_notes(path: Path, name: str, info: os.stat_result) -> str:
    if stat.S_ISDIR(info.st_mode):
        raise NotesFileError(f"{name}: this is a folder, not a notes file")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or a device would block or never end.
        raise NotesFileError(f"{name}: this is not a regular file")
    # Checked before reading: a 2 GB file must not be loaded just to be refused.
    limit = MAX_PDF_BYTES if path.suffix.lower() in PDF_SUFFIXES else MAX_NOTES_BYTES
    if info.st_size > limit:
        raise NotesFileError(_too_large(name, info.st_size, limit))
    try:
        with path.open("rb") as f:
            # One byte over the limit is enough to notice a file that grew
            # since stat().
            data = f.read(limit + 1)
    except OSError as exc:
        raise NotesFileError(_unreadable(name, exc)) from exc
    if len(data) > limit:
        raise NotesFileError(_too_large(name, len(data), limit))
    if path.suffix.lower() in WORD_SUFFIXES and data.startswith(b"PK\x03\x04"):
        from studyapp.core.parse.wordproc import document_markdown  # (its import only)

        return document_markdown(data, name)
    if path.suffix.lower() in WORD_SUFFIXES:
        raise NotesFileError(_not_a_document(data, name, path.suffix.lower()))
    if path.suffix.lower() in SHEET_SUFFIXES and data.startswith(b"PK\x03\x04"):
        from studyapp.core.parse.sheets import sheet_csv  # (its import only)

        return sheet_csv(data, name)
    if path.suffix.lower() in SLIDE_SUFFIXES and data.startswith(b"PK\x03\x04"):
        from studyapp.core.parse.slides import slides_markdown  # (its import only)

        return slides_markdown(data, name)
    if path.suffix.lower() in PDF_SUFFIXES and b"%PDF-" in data[:1024]:
        from studyapp.core.parse.pdf import pdf_markdown  # (its import only)

        return pdf_markdown(data, name)
    return _as_it_is(data, name) or decode_notes(data, name)


_KINDS_SAVED_AS = (
    ("word/document.xml", "a Word document", ".docx"),
    ("content.xml", "an OpenDocument text", ".odt"),
    ("ppt/presentation.xml", "a PowerPoint deck", ".pptx"),
)


def saved_as(path: str | os.PathLike[str]) -> str:
    """What to say of a document read under an ending not its own (`_as_it_is`): "java.md
    is a Word document saved as .md: read as one. Renamed to .docx, your word
    processor opens it too." "" for any other file (and one that cannot be read)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as f:
            head = f.read(8)
            if head.startswith(b"%PDF-"):
                kind, own = "a PDF document", ".pdf"
            elif head.startswith(_ZIP):
                import zipfile

                f.seek(0)
                with zipfile.ZipFile(f) as package:
                    names = set(package.namelist())
                kind, own = next(((k, o) for n, k, o in _KINDS_SAVED_AS if n in names), ("", ""))
            else:
                return ""
    except Exception:  # (a damaged ZIP raises many kinds): its reading says what it is
        return ""
    if not kind or suffix in (own, *PDF_SUFFIXES, *WORD_SUFFIXES, *SLIDE_SUFFIXES):
        return ""
    return (
        f"{path_text(path.name)} is {kind} saved as {suffix or 'a file with no ending'}: read"
        f" as one. Renamed to {own}, the app that made it opens it too."
    )


def _as_it_is(data: bytes, name: str) -> str | None:
    """The text of a document saved under an ending not its own, read as what its bytes
    are (a .docx or a PDF renamed .md, as a download or a chat app leaves them): it was
    refused as "a binary file (a ZIP archive of 2 other files, no notes)" though
    StudyApp reads such a document by its own ending. None: no document it reads (the
    file is read as text, and a binary one refused saying what it is). The file on
    disk stays as it is. (Only bytes `decode_notes` refuses: text naming "%PDF-" is
    text.)"""
    if data.startswith(b"%PDF-"):
        from studyapp.core.parse.pdf import pdf_markdown  # (its import only)

        return pdf_markdown(data, name)
    if not data.startswith(_ZIP):
        return None
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            from studyapp.core.parse.odt import is_odt

            names = set(package.namelist())
            document = "word/document.xml" in names or is_odt(package)
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, NotImplementedError):
        return None
    if document:
        from studyapp.core.parse.wordproc import document_markdown  # (its import only)

        return document_markdown(data, name)
    if "ppt/presentation.xml" in names:
        from studyapp.core.parse.slides import slides_markdown  # (its import only)

        return slides_markdown(data, name)
    return None


def _unreadable(name: str, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return f"{name}: permission denied, cannot read the file"
    if isinstance(exc, IsADirectoryError):
        return f"{name}: this is a folder, not a notes file"
    return f"{name}: cannot read the file ({exc.strerror or exc})"


def _too_large(name: str, size: int, limit: int) -> str:
    # Both in one unit, the size rounded up: a file over the limit never reads as a
    # size within it ("20.0 MB, the limit is 20 MB"), nor in a unit the file manager
    # does not show (20,971,798 bytes read "20.1 MB" in MiB; the file manager: 21.0 MB).
    shown, most = size_label(size, up=True), size_label(limit)
    # With the way out: the limit is a file's, not a deck's (a folder is one deck).
    return (
        f"{name}: the file is too large ({shown}, the limit is {most}). Split"
        f" it into several files of less than {most} each, and import them or the"
        " folder that holds them"
    )


def _not_a_document(data: bytes, name: str, suffix: str) -> str:
    """Why a .docx or .odt that is no document's package (a ZIP) cannot be read, saying
    what it is: a binary file of another kind (`decode_notes` names it), or text (a
    text file renamed, read as text it found "no questions")."""
    decode_notes(data, name)  # raises, naming the kind, for an empty or binary file
    kind = "a Word document" if suffix == ".docx" else "an OpenDocument text"
    return (
        f"{name}: this is not {kind} but a plain text file named {suffix}. Rename it"
        " to .txt (or .md, for Markdown) and import that"
    )


def decode_notes(data: bytes, name: str) -> str:
    """Decode the bytes of a notes file called `name`; see read_notes for the errors."""
    if not data:
        raise NotesFileError(f"{name}: the file is empty")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            suffix = os.path.splitext(name)[1].lower()
            hint = _KIND_HINTS.get(kind) or _CONVERT_HINTS.get(suffix, "")
            if signature == _ZIP and suffix in _IWORK:
                kind, hint = iwork_said(suffix)
            elif signature == _ZIP and (suffix == ".zip" or not hint):
                kind, hint = _zip_said(data, kind, hint)
            said = f"{name}: this is a binary file ({kind}), not text notes"
            raise NotesFileError(f"{said}. {hint or _NOTES_HINT}")
    # A byte order mark inside the text is no mark: two files joined (cat a.md b.md),
    # text pasted from a file that had one. It is an invisible character there that
    # kept the heading after it from being read as one. (U+2060 is the word joiner.)
    text = _decode(data, name).replace("\ufeff", "")
    if not text.strip():
        raise NotesFileError(f"{name}: the file is empty (only whitespace)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _zip_said(data: bytes, kind: str, hint: str) -> tuple[str, str]:
    """A ZIP archive's kind as what it holds ("a ZIP archive of 12 pictures, no notes"),
    read from its directory, and the advice to unzip it only where notes are in it;
    `kind` and `hint` as they were where its directory cannot be read."""
    from studyapp.core.zip_contents import described  # (zipfile: for an archive only)

    found = described(data)
    if found is None:
        return kind, hint
    holds, notes = found
    return holds, _UNZIP_HINT if notes else ""


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # UTF-8 after a BOM gets the same per-byte fallback as without one;
            # a damaged UTF-16/32 file (odd length, lone surrogate) keeps what
            # can be read, and U+FFFD marks the rest.
            errors = _CP1252_ERRORS if encoding == "utf-8" else "replace"
            return _wide_text(data[len(bom) :].decode(encoding, errors=errors), name)
    wide = _utf16_without_bom(data)
    if wide is not None:
        return _wide_text(data.decode(wide, errors="replace"), name)
    # Outside UTF-16/32 a NUL byte never occurs in text, but damage leaves runs of
    # them in it: a block zeroed by a crash, a file padded with zeros after a power
    # cut or a failed sync. Text around them is still the person's notes: the NULs
    # are left out (every line keeps its number, as an editor shows it). Binary data
    # still fails the control-byte share below, its NULs left out of the count.
    data = _without_zeros(data, b"\x00", name)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise NotesFileError(_binary(name))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors=_CP1252_ERRORS)
    other = code_pages.other_code_page(data, text)  # (Cyrillic, Greek, Chinese, Polish…)
    if other is not None:
        return other[1]
    _reject_other_legacy_text(data, text, name)
    return text


# Bytes above 127 that are not UTF-8, of the bytes that are not whitespace: UTF-8 with
# stray bytes in it (a damaged file) has few of them.
_MAX_HIGH_SHARE = 0.2
_GARBLED_WORD = re.compile(r"\S*[^\x00-\x7f]{2}\S*")


def _reject_other_legacy_text(data: bytes, text: str, name: str) -> None:
    """Refuse text in a legacy encoding other than Windows-1252 (Cyrillic, Greek,
    Chinese, Japanese, Korean…) that no code page reads clearly better
    (core.code_pages: a few short lines read as well in several): read as
    Windows-1252 its words are garbled and ftfy cannot tell them back, and such a file
    was imported as garbled questions without a word. Said with the way out."""
    legacy = code_pages.UTF8_SEQUENCE.sub(b"", data)
    if not code_pages.in_another_script(data):
        return
    if code_pages.high_bytes(legacy) <= _MAX_HIGH_SHARE * len(data.translate(None, b" \t\r\n")):
        return
    found = _GARBLED_WORD.search(text)
    sample = f" ({found[0][:24]})" if found else ""
    to_try = code_pages.code_pages_to_try(data)
    if len(to_try) > 1:
        editor = (
            f"Its words read alike in {', '.join(to_try[:-1])} and {to_try[-1]}: open it"
            " in a text editor in the one it was written in (Reopen with Encoding),"
        )
    elif to_try:  # (too few words to be sure of it)
        editor = (
            f"Its words read best in {to_try[0]}: open it in a text editor in that"
            " encoding (Reopen with Encoding) and check them,"
        )
    else:
        editor = "Open it in a text editor that shows it right,"
    raise NotesFileError(
        f"{name}: the text is not UTF-8, and no legacy encoding StudyApp knows reads it"
        f" clearly: read as Windows-1252 its words come out garbled{sample}. {editor}"
        " save it as UTF-8 (Save As… → Encoding: UTF-8), and import that"
    )


def _wide_text(text: str, name: str) -> str:
    """Text decoded from a byte order mark's encoding, or from UTF-16 found without
    one: a run of zero bytes there (the same damage) is U+0000 characters, and the file
    was refused as binary; they are left out as in 8-bit text."""
    text = _without_zeros(text, "\x00", name)
    _reject_binary_text(text, name)
    return text


def _without_zeros(data: _Text, zero: _Text, name: str) -> _Text:
    if zero not in data:
        return data
    data = data.replace(zero, zero[:0])
    if not data.strip():
        raise NotesFileError(
            f"{name}: the file holds only zero bytes; its text was lost (a crash, or"
            " a copy or a sync that failed)"
        )
    return data


def written_encoding(data: bytes) -> tuple[str, bytes] | None:
    """How these bytes were decoded by `decode_notes`, as (codec, BOM) to write the
    text back the same way; None when that cannot be done exactly (UTF-8 mixed with
    legacy bytes, a damaged UTF-16 file). A file that is not UTF-8 but whole Windows-1252
    is "cp1252"."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return (encoding, bom) if _decodes(data[len(bom) :], encoding) else None
    wide = _utf16_without_bom(data)
    if wide is not None:
        return (wide, b"") if _decodes(data, wide) else None
    if _decodes(data, "utf-8"):
        return "utf-8", b""
    codec = _code_page(data)
    if codec is not None:  # (read in it, and written in it: Cyrillic stays Cyrillic)
        return (codec, b"") if _decodes(data, codec) else None
    return ("cp1252", b"") if _decodes(data, "cp1252") else None


def _code_page(data: bytes) -> str | None:
    """The legacy code page other than Windows-1252 that `decode_notes` reads these
    bytes (not UTF-8, no byte order mark) in; None for Windows-1252."""
    data = data.replace(b"\x00", b"")
    other = code_pages.other_code_page(data, data.decode("utf-8", errors=_CP1252_ERRORS))
    return other[0] if other is not None else None


def code_page_said(path: str | os.PathLike[str]) -> str:
    """What to say of a notes file read in a legacy code page guessed from its text
    (core.code_pages), so the person can check: "ru.txt is not UTF-8: read as
    Windows-1251 (Cyrillic), …". "" for any other file (UTF-8, Windows-1252, a
    document, one that cannot be read)."""
    path = Path(path)
    if path.suffix.lower() in (*WORD_SUFFIXES, *SHEET_SUFFIXES, *SLIDE_SUFFIXES, *PDF_SUFFIXES):
        return ""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_NOTES_BYTES + 1)
    except OSError:
        return ""
    if (
        len(data) > MAX_NOTES_BYTES
        or any(data.startswith(sig) for sig, _ in _BINARY_SIGNATURES)
        or any(data.startswith(bom) for bom, _ in _BOMS)
        or _utf16_without_bom(data) is not None
        or _decodes(data, "utf-8")
    ):
        return ""
    codec = _code_page(data)
    if codec is None:
        return ""
    return (
        f"{path_text(path.name)} is not UTF-8: read as {code_pages.code_page_name(codec)},"
        " the encoding its words read right in. If they look wrong, open it in a"
        " text editor that shows it right, save it as UTF-8, and import that again."
    )


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text, else None.

    Latin text has a NUL in every other byte, on one side only; binary files
    have their NULs scattered over both.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.9 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.9 * pairs and odd_nuls == 0:
        return "utf-16-be"
    # Text in other scripts (Cyrillic, Greek, Chinese…) has no zero byte in most
    # pairs, but each space and line break has one, on the same side: such a file
    # was refused as "a binary file". Damage leaves zeros on both sides alike (a
    # zeroed block) or too few to tell (a stray one).
    for codec, zeros, others in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        # (a character such as U+4E00 "一" has a zero byte on the other side)
        if zeros >= max(_FEWEST_WIDE_ZEROS * pairs, 4 * others) and _reads_as_text(sample, codec):
            return codec
    return None


_FEWEST_WIDE_ZEROS = 0.02  # of the pairs: a space or a line break in every 50 characters


def _reads_as_text(sample: bytes, codec: str) -> bool:
    """Whether `sample` decoded with `codec` is lines of text: it has line breaks, and
    hardly a character that is not shown (a control, one no script assigns)."""
    text = sample.decode(codec, errors="replace")  # (a pair cut at the sample's end)
    if "\n" not in text and "\r" not in text:
        return False
    shown = sum(c.isprintable() or c in "\t\r\n" for c in text)
    return shown >= 0.95 * len(text)


def _reject_binary_text(text: str, name: str) -> None:
    controls = len(text) - len(text.translate(_CONTROL_CHARS))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise NotesFileError(_binary(name))


def _binary(name: str) -> str:
    return f"{name}: this is a binary file, not text notes. {_NOTES_HINT}"

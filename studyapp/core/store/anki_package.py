"""Reading an Anki package (.apkg, .colpkg): the foreign SQLite collection inside it, as
plain records. The conversion to questions is core.parse.anki's; this module only knows
Anki's files.

A package is a zip. Which collection it holds says its age (Anki's
rslib/src/import_export/package/meta.rs):

- ``collection.anki21b``: Anki 2.1.50 and later, the default export. A zstd-compressed
  SQLite file of schema 18: note types in ``notetypes`` (their kind, cloze or not, in a
  protobuf blob), field names in ``fields``, decks in ``decks`` (a sub-deck's name parts
  joined by U+001F).
- ``collection.anki21`` (2.1 before 2.1.50) and ``collection.anki2`` (2.0, genanki): plain
  SQLite of schema 11, note types and decks as JSON in the one row of ``col``.

A modern export also holds a legacy ``collection.anki2`` whose only note asks to update
Anki: the newest collection present is read, never that stub. Notes are the same in
both: fields joined by U+001F, tags separated by spaces. A note's deck is its first
card's (the original deck of a card sitting in a filtered deck).

The collection is unpacked into a temporary file (SQLite reads files), opened read-only,
and removed again. Every way a file can fail to be a package is a StudyAppError naming
the file, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.format import GB, size_label
from studyapp.core.model import StudyAppError

__all__ = [
    "AnkiNote",
    "AnkiNoteType",
    "AnkiPackage",
    "media_index",
    "read_media",
    "read_package",
]

MODERN = "collection.anki21b"
LEGACY = ("collection.anki21", "collection.anki2")  # newest first
# A collection of 10,000 notes is a few MB; a whole collection with years of reviews a
# few hundred. Beyond this an entry is not a collection but a zip bomb.
MAX_COLLECTION_BYTES = 2 * GB
_CHUNK = 1 << 20
# Notetype.Config (proto/anki/notetypes.proto): kind = 1, KIND_CLOZE = 1 (an image
# occlusion note type is a cloze one too: core.parse.anki knows its clozes by their text).
_KIND_FIELD, _CLOZE_KIND = 1, 1
_SCHEMA11_CLOZE = 1  # a legacy model's "type"
# The one note of the legacy collection a modern export puts beside the real one
# (Anki's exporting-colpkg-too-new).
STUB_NOTE = "Please update to the latest Anki version"


@dataclass(frozen=True, slots=True)
class AnkiNoteType:
    id: int
    name: str
    fields: tuple[str, ...]  # field names, in order
    cloze: bool = False


@dataclass(frozen=True, slots=True)
class AnkiNote:
    id: int
    note_type: AnkiNoteType
    fields: tuple[str, ...]  # HTML, as Anki stores them
    tags: tuple[str, ...]
    deck: tuple[str, ...]  # the deck's path: ("Parent", "Child"); () when it has no card
    # Its first card's answers in Anki, oldest first: (when in ms, ease 1–4, seconds).
    history: tuple[tuple[int, int, float], ...] = ()
    due_ms: int | None = None  # when Anki has that card due next (None: new, or unknown)
    guid: str = ""  # the note's key in every collection it is imported into
    # Each of its cards by its number (ord: a cloze's c1 is 0): (ord, its answers, when
    # it is due), in order; a cloze note's deletions are a question each (parse.anki_cloze).
    cards: tuple[tuple[int, tuple[tuple[int, int, float], ...], int | None], ...] = ()


@dataclass(frozen=True, slots=True)
class AnkiPackage:
    collection: str  # the entry read, e.g. "collection.anki21b"
    notes: list[AnkiNote]
    # Its media files: the name the notes refer to them by → (its zip entry, whether
    # that entry is zstd-compressed, as a modern export's are).
    media: dict[str, tuple[str, bool]] = field(default_factory=dict)


def read_package(path: Path | str) -> AnkiPackage:
    """The notes of the Anki package at `path`, in deck order then as they were added.
    StudyAppError (one line, naming the file) for anything that is not a readable one."""
    path = Path(path)
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise StudyAppError(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise StudyAppError(f"{name}: this is a folder, not an Anki package") from exc
    except PermissionError as exc:
        raise StudyAppError(f"{name}: permission denied, cannot read the file") from exc
    except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
        raise StudyAppError(
            f"{name}: not an Anki package (an .apkg or .colpkg is a zip archive; this file "
            "is not one, or it was cut short)"
        ) from exc
    except OSError as exc:
        raise StudyAppError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    with archive, tempfile.TemporaryDirectory(prefix="studyapp-anki-") as tmp:
        entry = _collection_entry(archive, name)
        media = _media_index(archive)
        target = Path(tmp) / "collection.sqlite3"
        _unpack(archive, entry, target, name)
        try:
            notes = _read_collection(target)
        except sqlite3.DatabaseError as exc:
            raise StudyAppError(
                f"{name}: its Anki collection ({entry}) is damaged or not a collection "
                f"({exc}); export the deck from Anki again"
            ) from exc
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise StudyAppError(
                f"{name}: its Anki collection ({entry}) holds note types or decks it cannot "
                f"read ({exc}); export the deck from Anki again"
            ) from exc
    if (
        entry in LEGACY
        and len(notes) == 1
        and any(field.startswith(STUB_NOTE) for field in notes[0].fields)
    ):
        raise StudyAppError(
            f"{name}: holds only the note modern Anki leaves for old versions ('{STUB_NOTE}'), "
            "not the collection itself; export the deck from Anki again"
        )
    return AnkiPackage(entry, notes, media)


def _collection_entry(archive: zipfile.ZipFile, name: str) -> str:
    present = set(archive.namelist())
    for entry in (MODERN, *LEGACY):
        if entry in present:
            return entry
    newer = sorted(n for n in present if n.startswith("collection."))
    if newer:
        raise StudyAppError(
            f"{name}: its collection ({newer[0]}) is of an Anki newer than StudyApp reads; "
            "export it from Anki again with 'Support older Anki versions' ticked"
        )
    # Said in a person's words: the names of the entries looked for meant nothing to one
    # who zipped notes and named the archive .apkg, or picked the wrong zip.
    raise StudyAppError(
        f"{name}: this is a zip archive, but not a deck exported from Anki (.apkg or "
        ".colpkg). StudyApp imports decks exported from Anki, and notes saved as text "
        "(Markdown, plain text, CSV or JSON): if the archive holds notes, unzip it and "
        "import them"
    )


def _unpack(archive: zipfile.ZipFile, entry: str, target: Path, name: str) -> None:
    """The collection `entry` written to `target`: decompressed as it is read (zstd for
    the modern one), refused past MAX_COLLECTION_BYTES."""
    try:
        with archive.open(entry) as source, target.open("wb") as out:
            if entry == MODERN:
                _copy_zstd(source, out, name)
            else:
                _copy(source, out, name)
    except StudyAppError:
        raise
    except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
        raise StudyAppError(f"{name}: the package is damaged ({entry}: {exc})") from exc
    except OSError as exc:
        raise StudyAppError(
            f"{name}: cannot unpack its collection ({exc.strerror or exc})"
        ) from exc
    except Exception as exc:  # zstandard.ZstdError: not a zstd frame, cut short …
        if type(exc).__module__.split(".")[0] != "zstandard":
            raise
        raise StudyAppError(
            f"{name}: its Anki collection ({entry}) is damaged: it does not decompress ({exc})"
        ) from exc


def _copy_zstd(source, out, name: str) -> None:
    """Decompress zstd frames from `source` into `out`; a last frame cut short is an
    error (a stream reader would quietly give the part it got)."""
    try:
        import zstandard
    except ImportError as exc:  # a build without it: say what to do instead
        raise StudyAppError(
            f"{name}: this Anki package is compressed (Anki 2.1.50 or later), and this "
            "install of StudyApp lacks the zstandard library to read it; install it "
            "(pip install zstandard), or export again from Anki with "
            "'Support older Anki versions' ticked"
        ) from exc
    context = zstandard.ZstdDecompressor()
    frame = None  # the frame being decompressed (None: between frames)
    written = 0
    pending = source.read(_CHUNK)
    while pending:
        frame = frame or context.decompressobj()
        data = frame.decompress(pending)
        written += len(data)
        _check_size(written, name)
        out.write(data)
        if frame.eof:  # another frame may follow (Anki writes one)
            pending, frame = frame.unused_data, None
            if pending:
                continue
        pending = source.read(_CHUNK)
    if frame is not None:
        raise zstandard.ZstdError("the compressed data ends in the middle of a frame")
    if not written:
        raise zstandard.ZstdError("no compressed data")


def _copy(source, out, name: str) -> None:
    written = 0
    while chunk := source.read(_CHUNK):
        written += len(chunk)
        _check_size(written, name)
        out.write(chunk)


def _check_size(written: int, name: str) -> None:
    if written > MAX_COLLECTION_BYTES:
        raise StudyAppError(
            f"{name}: its collection unpacks to more than "
            f"{size_label(MAX_COLLECTION_BYTES)}; that is not a deck StudyApp can read"
        )


@contextlib.contextmanager
def _connection(path: Path) -> Iterator[sqlite3.Connection]:
    """The collection opened read-only; text that is not UTF-8 read with U+FFFD."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        # Anki's own collation for names; sorting needs it, and nothing else here does.
        conn.create_collation("unicase", _unicase)
        yield conn
    finally:
        conn.close()


def _unicase(a: str, b: str) -> int:
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


def _read_collection(path: Path) -> list[AnkiNote]:
    with _connection(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "notes" not in tables:
            raise sqlite3.DatabaseError("no notes table")
        if "notetypes" in tables and "fields" in tables and "decks" in tables:
            note_types, decks = _schema18(conn)
        else:
            note_types, decks = _schema11(conn)
        first_cards: dict[int, tuple[int, int, int]] = {}  # note id → (ord, deck id, card id)
        card_ids: dict[int, dict[int, int]] = {}  # note id → {ord: card id}
        dues: dict[int, int] = {}  # card id → when Anki has it due, in ms
        if "cards" in tables:
            crt = _created_day(conn) if "col" in tables else None
            for cid, nid, ord_, did, odid, ctype, due, odue in conn.execute(
                "SELECT id, nid, ord, did, odid, type, due, odue FROM cards"
            ):
                deck = odid or did  # a card in a filtered deck: its home deck
                card_ids.setdefault(nid, {}).setdefault(ord_, cid)
                if nid not in first_cards or ord_ < first_cards[nid][0]:
                    first_cards[nid] = (ord_, deck, cid)
                when = _due_ms(ctype, odue if odid and odue else due, crt)
                if when is not None:
                    dues[cid] = when
        histories = _histories(conn) if "revlog" in tables else {}
        notes = []
        unknown = AnkiNoteType(0, "", ())
        for nid, mid, tags, flds, guid in conn.execute(
            "SELECT id, mid, tags, flds, guid FROM notes"
        ):
            card = first_cards.get(nid)
            notes.append(
                AnkiNote(
                    nid,
                    note_types.get(mid, unknown),
                    tuple((flds or "").split("\x1f")),
                    tuple(dict.fromkeys((tags or "").split())),
                    decks.get(card[1], ()) if card else (),
                    histories.get(card[2], ()) if card else (),
                    dues.get(card[2]) if card else None,
                    guid if isinstance(guid, str) else "",
                    tuple(
                        (ord_, histories.get(cid, ()), dues.get(cid))
                        for ord_, cid in sorted(card_ids.get(nid, {}).items())
                    ),
                )
            )
    notes.sort(key=lambda n: ([part.casefold() for part in n.deck], n.id))
    return notes


def _created_day(conn: sqlite3.Connection) -> int | None:
    """The collection's day 0 (`col.crt`, seconds since the epoch): a review card's due
    is counted in days from it."""
    row = conn.execute("SELECT crt FROM col").fetchone()
    return row[0] if row and isinstance(row[0], int) and row[0] > 0 else None


def _due_ms(card_type: object, due: object, crt: int | None) -> int | None:
    """When Anki has a card due next, in ms (rslib/src/card: type 1 learning and 3
    relearning are due at a time, seconds since the epoch; type 2 review on a day,
    counted from the collection's day 0; type 0 new has no due). None where unknown."""
    if not isinstance(due, int) or isinstance(due, bool) or isinstance(card_type, bool):
        return None
    if card_type in (1, 3) and 1_000_000_000 < due < 10_000_000_000:
        return due * 1000
    if card_type == 2 and crt is not None and 0 <= due < 100_000:
        return (crt + due * 86_400) * 1000
    return None


# Anki's review log (rslib/src/revlog): type 0 learning, 1 review, 2 relearning, 3 a
# filtered deck's; 4 and 5 are reschedulings by hand (ease 0), no answer given.
_ANSWERED_TYPES = (0, 1, 2, 3)


def _histories(conn: sqlite3.Connection) -> dict[int, tuple[tuple[int, int, float], ...]]:
    """Card id → its answers, oldest first: (when in ms, ease 1–4, seconds taken)."""
    found: dict[int, list[tuple[int, int, float]]] = {}
    rows = conn.execute("SELECT cid, id, ease, time, type FROM revlog ORDER BY cid, id")
    for cid, at_ms, ease, time_ms, kind in rows:
        if kind in _ANSWERED_TYPES and ease in (1, 2, 3, 4) and isinstance(at_ms, int):
            seconds = max(0.0, min(float(time_ms or 0) / 1000, 3600.0))
            found.setdefault(cid, []).append((at_ms, ease, seconds))
    return {cid: tuple(answers) for cid, answers in found.items()}


def _schema18(conn: sqlite3.Connection) -> tuple[dict[int, AnkiNoteType], dict[int, tuple]]:
    names: dict[int, list[tuple[int, str]]] = {}
    for ntid, ord_, fname in conn.execute("SELECT ntid, ord, name FROM fields"):
        names.setdefault(ntid, []).append((ord_, fname))
    note_types = {}
    for ntid, name, config in conn.execute("SELECT id, name, config FROM notetypes"):
        varints = _varints(bytes(config or b""))
        note_types[ntid] = AnkiNoteType(
            ntid,
            name,
            tuple(fname for _, fname in sorted(names.get(ntid, []))),
            cloze=varints.get(_KIND_FIELD) == _CLOZE_KIND,
        )
    decks = {
        did: _deck_path(name.replace("\x1f", "::"))
        for did, name in conn.execute("SELECT id, name FROM decks")
    }
    return note_types, decks


def _schema11(conn: sqlite3.Connection) -> tuple[dict[int, AnkiNoteType], dict[int, tuple]]:
    row = conn.execute("SELECT models, decks FROM col").fetchone()
    if row is None:
        raise sqlite3.DatabaseError("no collection row")
    models, decks = (json.loads(text or "{}") for text in row)
    note_types = {}
    for key, model in models.items():
        fields = sorted(model.get("flds") or [], key=lambda f: f.get("ord", 0))
        note_types[int(key)] = AnkiNoteType(
            int(key),
            str(model.get("name", "")),
            tuple(str(f.get("name", "")) for f in fields),
            cloze=model.get("type") == _SCHEMA11_CLOZE,
        )
    paths = {int(key): _deck_path(str(deck.get("name", ""))) for key, deck in decks.items()}
    return note_types, paths


def _deck_path(name: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in name.split("::") if part.strip())


def _varints(blob: bytes) -> dict[int, int]:
    """The top-level varint fields of a protobuf message (the last of a repeated number
    wins, as protobuf says); the rest is stepped over. A blob that does not parse gives
    what was read before it stopped."""
    return {number: value for number, value in _fields(blob) if isinstance(value, int)}


def _fields(blob: bytes) -> list[tuple[int, int | bytes]]:
    """The top-level fields of a protobuf message, in order: (number, value), a
    varint's value an int, a length-delimited one's its bytes; fixed-size ones are
    stepped over. Stops at the first that does not parse."""
    found: list[tuple[int, int | bytes]] = []
    pos = 0
    try:
        while pos < len(blob):
            key, pos = _varint(blob, pos)
            number, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = _varint(blob, pos)
                found.append((number, value))
            elif wire == 1:
                pos += 8
            elif wire == 2:
                size, pos = _varint(blob, pos)
                found.append((number, blob[pos : pos + size]))
                pos += size
            elif wire == 5:
                pos += 4
            else:
                break
    except IndexError:
        pass
    return found


def _varint(blob: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = blob[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


# --- media ------------------------------------------------------------------------------

MAX_MEDIA_BYTES = 64 * 1024**2  # one picture; a bigger entry is not read
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _media_index(archive: zipfile.ZipFile) -> dict[str, tuple[str, bool]]:
    """The package's ``media`` entry: a JSON object {"0": "roc.png", …} in a legacy
    package (genanki's, Anki's before 2.1.50), a zstd-compressed protobuf MediaEntries
    in a modern one, whose files are compressed too (Anki's
    rslib/src/import_export/package/media.rs: entry i is zip entry "i", or its
    legacy_zip_filename). {} for a package without media or one that cannot be read:
    its pictures are then mentioned by name, as before."""
    try:
        raw = archive.read("media")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        return {}
    try:
        if raw.startswith(_ZSTD_MAGIC):
            import zstandard

            blob = zstandard.ZstdDecompressor().decompress(raw, max_output_size=1 << 26)
            return {name: (entry, True) for name, entry in _media_entries(blob) if name}
        index = json.loads(raw.decode("utf-8"))
    except Exception:  # no zstandard, a damaged index: the pictures are mentioned
        return {}
    if not isinstance(index, dict):
        return {}
    return {
        str(name): (str(entry), False) for entry, name in index.items() if isinstance(name, str)
    }


def _media_entries(blob: bytes) -> list[tuple[str, str]]:
    """(name, zip entry) of each MediaEntry (name = 1, legacy_zip_filename = 255) in a
    MediaEntries message (entries = 1)."""
    found = []
    for number, value in _messages(blob):
        if number != 1:
            continue
        name = ""
        for inner, part in _messages(value):
            if inner == 1:
                name = part.decode("utf-8", "replace")
        legacy = _varints(value).get(255)
        found.append((name, str(legacy if legacy is not None else len(found))))
    return found


def _messages(blob: bytes) -> list[tuple[int, bytes]]:
    """The top-level length-delimited fields of a protobuf message: (number, bytes)."""
    return [(number, value) for number, value in _fields(blob) if isinstance(value, bytes)]


def media_index(path: Path | str) -> dict[str, tuple[str, bool]]:
    """The media index of the package at `path` (AnkiPackage.media), without reading
    its collection; {} for a file that is not a readable package."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _media_index(archive)
    except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError):
        return {}


def read_media(path: Path | str, wanted: dict[str, tuple[str, bool]]) -> dict[str, bytes]:
    """The bytes of the media files `wanted` (name → its entry, as AnkiPackage.media
    says) of the package at `path`; a file that cannot be read, or is bigger than
    MAX_MEDIA_BYTES, is left out."""
    found: dict[str, bytes] = {}
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError):
        return found
    with archive:
        for name, (entry, compressed) in wanted.items():
            try:
                if archive.getinfo(entry).file_size > MAX_MEDIA_BYTES:
                    continue
                data = archive.read(entry)
                if compressed:
                    import zstandard

                    data = zstandard.ZstdDecompressor().decompress(
                        data, max_output_size=MAX_MEDIA_BYTES
                    )
            except Exception:  # a missing or damaged entry: that picture stays a mention
                continue
            if len(data) <= MAX_MEDIA_BYTES:
                found[name] = data
    return found

"""Anki packages built in a test, the way Anki writes them (rslib's schema 11 and 18),
with only the tables and columns StudyApp reads.

`Note` says what a note is; `modern_package` writes the Anki 2.1.50+ layout (a
zstd-compressed schema-18 ``collection.anki21b``, with the legacy ``collection.anki2``
stub whose one note asks to update Anki beside it, and ``meta``); `legacy_package` the
older one (``collection.anki21`` or ``collection.anki2``, note types and decks as JSON).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import zstandard

BASIC = ("Basic", ("Front", "Back"), False)
CLOZE = ("Cloze", ("Text", "Back Extra"), True)
STUB_TEXT = "Please update to the latest Anki version, then import the .colpkg/.apkg file again."


@dataclass
class Note:
    fields: tuple[str, ...]
    deck: str = "Default"  # "Parent::Child"
    tags: tuple[str, ...] = ()
    note_type: tuple[str, tuple[str, ...], bool] = BASIC  # (name, field names, cloze)
    cards: int = 1
    filtered_into: str = ""  # a filtered deck its cards sit in (the deck stays home)
    # Its first card's review log: (when in ms, ease, time in ms, type) as Anki keeps it.
    reviews: tuple[tuple[int, int, int, int], ...] = ()
    # Its other cards' review logs, by the card's ord (a cloze's c2 is ord 1; ord 0 too).
    later_reviews: tuple[tuple[int, tuple[tuple[int, int, int, int], ...]], ...] = ()
    # Its first card's (type, due) as Anki keeps them: type 0 new (due: its position),
    # 1/3 learning (due: epoch seconds), 2 review (due: days from the collection's CRT).
    card: tuple[int, int] | None = None
    # Its cards' ords where they are not 0 … cards - 1: a cloze note whose c2 was deleted
    # (and its empty card with it) has the cards of c1 and c3, ords 0 and 2.
    ords: tuple[int, ...] = ()
    # Its guid, which stays the note's wherever it moves ("" for one by its place).
    guid: str = ""


# The collection's day 0 (col.crt): 1 January 2026, 00:00 UTC.
CRT = 1_767_225_600


def _unicase(a: str, b: str) -> int:
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


NOTES_SQL = """
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL,
  factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
  left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
  factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
"""

SCHEMA18_SQL = """
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL,
  name text NOT NULL COLLATE unicase, config blob NOT NULL, PRIMARY KEY (ntid, ord))
  without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE unicase,
  mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL,
  kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
"""


def _ids(notes: list[Note], empty_decks: tuple[str, ...] = ()) -> tuple[dict, dict]:
    types: dict[tuple, int] = {}
    decks: dict[str, int] = {"Default": 1}
    for note in notes:
        types.setdefault(note.note_type, 1_600_000_000_000 + len(types))
    for name in [*(n for note in notes for n in (note.deck, note.filtered_into)), *empty_decks]:
        if name:
            parts = name.split("::")
            for depth in range(1, len(parts) + 1):  # parents exist as decks too
                decks.setdefault("::".join(parts[:depth]), 1_700_000_000_000 + len(decks))
    return types, decks


def _write_notes(conn: sqlite3.Connection, notes: list[Note], types: dict, decks: dict) -> None:
    card_id = 1
    for number, note in enumerate(notes, start=1):
        nid = 1_650_000_000_000 + number
        conn.execute(
            "INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, '')",
            (
                nid,
                note.guid or f"guid{number}",
                types[note.note_type],
                f" {' '.join(note.tags)} " if note.tags else "",
                "\x1f".join(note.fields),
                note.fields[0],
            ),
        )
        home = decks[note.deck]
        for ord_ in note.ords or range(note.cards):
            did, odid = (decks[note.filtered_into], home) if note.filtered_into else (home, 0)
            kind, due = note.card if note.card and ord_ == 0 else (0, number)
            conn.execute(
                "INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, ?, 0, ?, 0, 0, 0, 0, 0, 0, ?, 0, '')",
                (card_id, nid, did, ord_, kind, due, odid),
            )
            reviews = dict(note.later_reviews).get(ord_) or (note.reviews if ord_ == 0 else ())
            if reviews:
                for at_ms, ease, time_ms, kind in reviews:
                    conn.execute(
                        "INSERT INTO revlog VALUES (?, ?, -1, ?, 0, 0, 2500, ?, ?)",
                        (at_ms, card_id, ease, time_ms, kind),
                    )
            card_id += 1


def schema18_collection(path: Path, notes: list[Note], empty_decks: tuple[str, ...] = ()) -> None:
    """A schema-18 collection (Anki 2.1.50+) holding `notes` (and the decks
    `empty_decks`, with no note in them)."""
    types, decks = _ids(notes, empty_decks)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.create_collation("unicase", _unicase)
        conn.executescript(NOTES_SQL + SCHEMA18_SQL)
        conn.execute(
            f"INSERT INTO col VALUES (1, {CRT}, 0, 0, 18, 0, 0, 0, '{{}}', '{{}}', '{{}}', '{{}}', '{{}}')"
        )
        for (name, field_names, cloze), ntid in types.items():
            # Notetype.Config: a css string (field 3) before kind (field 1), as a reader
            # must step over fields it does not want; a normal kind is left out (proto3).
            config = b"\x1a\x05.card" + (b"\x08\x01" if cloze else b"")
            conn.execute("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)", (ntid, name, config))
            for ord_, field_name in enumerate(field_names):
                conn.execute("INSERT INTO fields VALUES (?, ?, ?, x'')", (ntid, ord_, field_name))
        for name, did in decks.items():
            conn.execute(
                "INSERT INTO decks VALUES (?, ?, 0, 0, x'', x'')", (did, name.replace("::", "\x1f"))
            )
        _write_notes(conn, notes, types, decks)


def schema11_collection(path: Path, notes: list[Note], empty_decks: tuple[str, ...] = ()) -> None:
    """A schema-11 collection (Anki 2.0 and 2.1 before 2.1.50): models and decks as JSON."""
    types, decks = _ids(notes, empty_decks)
    models = {
        str(ntid): {
            "id": ntid,
            "name": name,
            "type": 1 if cloze else 0,
            "flds": [{"name": f, "ord": i} for i, f in enumerate(field_names)],
        }
        for (name, field_names, cloze), ntid in types.items()
    }
    deck_json = {str(did): {"id": did, "name": name} for name, did in decks.items()}
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript(NOTES_SQL)
        conn.execute(
            f"INSERT INTO col VALUES (1, {CRT}, 0, 0, 11, 0, 0, 0, '{{}}', ?, ?, '{{}}', '{{}}')",
            (json.dumps(models), json.dumps(deck_json)),
        )
        _write_notes(conn, notes, types, decks)


def modern_package(path: Path, notes: list[Note], empty_decks: tuple[str, ...] = ()) -> Path:
    """An .apkg as Anki 2.1.50+ exports it by default."""
    work = Path(tempfile.mkdtemp(dir=path.parent))
    schema18_collection(work / "collection.anki21b", notes, empty_decks)
    schema11_collection(work / "collection.anki2", [Note((STUB_TEXT, ""))])
    raw = (work / "collection.anki21b").read_bytes()
    # Anki compresses as a stream: the frame does not say its size up front.
    stream = zstandard.ZstdCompressor().compressobj()
    compressed = stream.compress(raw) + stream.flush()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("meta", b"\x08\x03")  # PackageMetadata { version: LATEST }
        archive.writestr("collection.anki21b", compressed)
        archive.write(work / "collection.anki2", "collection.anki2")
        archive.writestr("media", zstandard.ZstdCompressor().compress(b""))
    return path


def legacy_package(
    path: Path,
    notes: list[Note],
    entry: str = "collection.anki21",
    empty_decks: tuple[str, ...] = (),
) -> Path:
    """An .apkg as Anki before 2.1.50 (collection.anki21, with a collection.anki2 stub
    for Anki 2.0 beside it) or 2.0 (collection.anki2) wrote it."""
    work = Path(tempfile.mkdtemp(dir=path.parent))
    schema11_collection(work / entry, notes, empty_decks)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(work / entry, entry)
        if entry != "collection.anki2":
            schema11_collection(work / "collection.anki2", [Note((STUB_TEXT, ""))])
            archive.write(work / "collection.anki2", "collection.anki2")
        archive.writestr("media", "{}")
    return path


def _protobuf_field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (small numbers and sizes only)."""
    key = number << 3 | 2
    head = bytes([key]) if key < 128 else bytes([key & 0x7F | 0x80, key >> 7])
    size = len(payload)
    out = bytearray()
    while True:
        byte = size & 0x7F
        size >>= 7
        out.append(byte | (0x80 if size else 0))
        if not size:
            break
    return head + bytes(out) + payload


def add_media(path: Path, media: dict[str, bytes]) -> Path:
    """`path` (a package from `legacy_package` or `modern_package`) with `media` in it,
    laid out as that kind of package lays it out: a JSON index and plain files, or a
    zstd-compressed MediaEntries index and compressed files."""
    with zipfile.ZipFile(path) as archive:
        entries = {n: archive.read(n) for n in archive.namelist() if n != "media"}
    modern = "collection.anki21b" in entries
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if modern:
            index = b"".join(
                _protobuf_field(1, _protobuf_field(1, name.encode())) for name in media
            )
            archive.writestr("media", zstandard.ZstdCompressor().compress(index))
        else:
            archive.writestr("media", json.dumps({str(i): n for i, n in enumerate(media)}))
        for i, data in enumerate(media.values()):
            packed = zstandard.ZstdCompressor().compress(data) if modern else data
            archive.writestr(str(i), packed)
    return path

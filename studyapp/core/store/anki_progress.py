"""A person's progress written into an Anki package genanki built (core.deck_export), so
a deck taken to Anki keeps what was learnt: each studied card as a review card due when
StudyApp has it due, with its interval, repetitions and lapses, and every answer in
Anki's review log (which Anki imports with "Import any learning progress" ticked, and
from which its FSRS computes the memory state). A card still in its learning steps goes
as a learning card due at its minute; suspended questions stay suspended; new cards keep
the notes' order, and every note gets the checksum Anki finds duplicates by.

genanki's package holds one legacy collection (``collection.anki2``, schema 11: Anki's
rslib/src/storage/schema11.sql). In it a review card's ``due`` is a day number counted
from the collection's creation day (``col.crt``, seconds); a review log row's ``id`` is
the answer's time in ms (unique), ``ease`` the rating 1–4, ``ivl`` the interval it set
in days, ``time`` the ms it took, ``type`` 0 learning, 1 review, 2 relearning. A learning
card's ``due`` is a time in seconds (queue 1), or a day number when a day or more away
(queue 3); a new card's its place among the new ones.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

COLLECTION = "collection.anki2"  # the one genanki writes
DAY_MS = 86_400_000
_FACTOR = 2500  # Anki's starting ease (250 %), for a card its SM-2 scheduler takes over
_NEW, _LEARN, _REVIEW, _RELEARN = 0, 1, 2, 3  # cards.type
_SUSPENDED, _LEARN_QUEUE, _DAY_LEARN_QUEUE = -1, 1, 3  # cards.queue
_LEARNING, _REVIEWED, _RELEARNING = 0, 1, 2  # revlog.type


@dataclass(frozen=True, slots=True)
class CardProgress:
    """One question's progress, as Anki keeps a card's."""

    due: date | None  # the day it is next due (UTC); None when never studied
    interval_days: int  # from its last answer to its due day
    answers: tuple[tuple[int, int, float | None], ...] = ()  # (ms, rating 1–4, seconds)
    suspended: bool = False
    # Still in its (re)learning steps ("learning" or "relearning"; "" when reviewed),
    # and when it is due, to the second.
    learning: str = ""
    due_at: datetime | None = None
    flag: int = 0  # Anki's flag, 1–7 (its cards.flags), 0 for none (core.flags)
    steps_left: int = 1  # of its (re)learning steps, the one it waits for included


def anki_left(steps_left: int) -> int:
    """cards.left of a card with `steps_left` learning steps to do: Anki packs the steps
    left today in the thousands and the steps left in the units. Its v3 scheduler reads
    only the units (rslib's Card::remaining_steps, left % 1000) and counts them from
    the end of the deck's steps; the old ones read the thousands too, which, steps
    being minutes, are all of them. It was 1001 whatever the steps left."""
    return steps_left * 1000 + steps_left


def write_progress(package: Path, progress: Mapping[str | tuple[str, int], CardProgress]) -> int:
    """Write `progress` (note guid → its first card's progress, or (guid, card ord) → that
    card's: a cloze note's cards) into the genanki package at `package`, in
    place; returns how many cards got a history. sqlite3.Error or OSError when the
    package cannot be rewritten (the caller words it)."""
    with tempfile.TemporaryDirectory(prefix="studyapp-apkg-") as tmp:
        collection = Path(tmp) / COLLECTION
        with zipfile.ZipFile(package) as archive:
            entries = [(info, archive.read(info)) for info in archive.infolist()]
        for info, data in entries:
            if info.filename == COLLECTION:
                collection.write_bytes(data)
        conn = sqlite3.connect(collection)
        try:
            with conn:
                written = _write(conn, progress)
        finally:
            conn.close()
        rebuilt = Path(tmp) / "package.apkg"
        with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as out:
            for info, data in entries:
                out.writestr(info, collection.read_bytes() if info.filename == COLLECTION else data)
        package.write_bytes(rebuilt.read_bytes())
    return written


def _write(conn: sqlite3.Connection, progress: Mapping[str | tuple[str, int], CardProgress]) -> int:
    (crt,) = conn.execute("SELECT crt FROM col").fetchone()
    created = datetime.fromtimestamp(int(crt), UTC).date()
    _checksums(conn)
    cards = {
        (guid, ord_): cid
        for guid, ord_, cid in conn.execute(
            "SELECT n.guid, c.ord, c.id FROM notes n JOIN cards c ON c.nid = n.id"
        )
    }
    taken: set[int] = {row[0] for row in conn.execute("SELECT id FROM revlog")}
    written = 0
    for key, card in progress.items():
        cid = cards.get(key if isinstance(key, tuple) else (key, 0))
        if cid is None:
            continue
        if card.flag:  # Anki keeps the flag in the low bits of cards.flags
            conn.execute("UPDATE cards SET flags = ? WHERE id = ?", (card.flag, cid))
        if not card.answers or card.due is None:
            if card.suspended:
                conn.execute("UPDATE cards SET queue = ? WHERE id = ?", (_SUSPENDED, cid))
            continue
        rows, lapses = _log_rows(cid, card, taken)
        kind, queue, due = _schedule(card, created)
        conn.execute(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?,"
            " lapses = ?, left = ? WHERE id = ?",
            (
                kind,
                _SUSPENDED if card.suspended else queue,
                due,
                0 if kind == _LEARN else max(1, card.interval_days),
                _FACTOR,
                len(card.answers),
                lapses,
                anki_left(card.steps_left) if kind in (_LEARN, _RELEARN) else 0,
                cid,
            ),
        )
        conn.executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
            " VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        written += 1
    _new_in_order(conn)
    return written


def _schedule(card: CardProgress, created: date) -> tuple[int, int, int]:
    """The card's type, queue and due, as Anki keeps them."""
    assert card.due is not None
    day = max(0, (card.due - created).days)
    if not card.learning or card.due_at is None:
        return _REVIEW, _REVIEW, day
    kind = _RELEARN if card.learning == "relearning" else _LEARN
    if (card.due_at - datetime.now(UTC)).days >= 1:
        return kind, _DAY_LEARN_QUEUE, day  # a step a day or more away: by its day
    return kind, _LEARN_QUEUE, int(card.due_at.timestamp())


def _log_rows(cid: int, card: CardProgress, taken: set[int]) -> tuple[list[tuple], int]:
    """The review log rows of one card, and its lapses. Each answer's interval is the
    days until the next answer (the last one's the card's own interval); an answer is a
    learning one until the card first waits a day, a relearning one after Again on a
    reviewed card (a lapse) until it waits a day again."""
    rows = []
    answers = sorted(card.answers)
    assert card.due is not None
    due_ms = datetime(card.due.year, card.due.month, card.due.day, tzinfo=UTC).timestamp()
    state, lapses, last_interval = _LEARNING, 0, 0
    for k, (at_ms, rating, seconds) in enumerate(answers):
        last = k + 1 == len(answers)
        until = int(due_ms * 1000) if last else answers[k + 1][0]
        waited = (until - at_ms) / DAY_MS
        interval = card.interval_days if last and not card.learning else round(waited)
        rid = at_ms
        while rid in taken:  # two answers in one ms: ids are unique
            rid += 1
        taken.add(rid)
        spent = int(min(max(seconds or 0.0, 0.0), 3600.0) * 1000)
        kind = state
        rows.append((rid, cid, rating, max(0, interval), last_interval, _FACTOR, spent, kind))
        if rating == 1:
            if state == _REVIEWED:
                state, lapses = _RELEARNING, lapses + 1
        elif waited >= 1:
            state = _REVIEWED
        last_interval = max(0, interval)
    return rows, lapses


_TAG = re.compile(r"<[^>]*>")


def _checksums(conn: sqlite3.Connection) -> None:
    """Each note's checksum of its first field, which Anki finds duplicates by (the
    first 8 hex digits of the SHA-1 of the field without its HTML); genanki leaves 0."""
    rows = conn.execute("SELECT id, flds FROM notes").fetchall()
    for nid, fields in rows:
        first = _TAG.sub("", (fields or "").split("\x1f")[0]).strip()
        checksum = int(hashlib.sha1(first.encode("utf-8")).hexdigest()[:8], 16)
        conn.execute("UPDATE notes SET csum = ? WHERE id = ?", (checksum, nid))


def _new_in_order(conn: sqlite3.Connection) -> None:
    """New cards due in the notes' order (genanki leaves them all at 0: any order)."""
    new = conn.execute(
        "SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE c.type = ? ORDER BY n.id",
        (_NEW,),
    ).fetchall()
    conn.executemany(
        "UPDATE cards SET due = ? WHERE id = ?", [(k, cid) for k, (cid,) in enumerate(new)]
    )

"""A person's progress written into an Anki package genanki built (core.deck_export), so
a deck taken to Anki keeps what was learnt: each studied card as a review card due when
StudyApp has it due, with its interval, repetitions and lapses, and every answer in
Anki's review log (which Anki imports with "Import any learning progress" ticked, and
from which its FSRS computes the memory state). Suspended questions stay suspended.

genanki's package holds one legacy collection (``collection.anki2``, schema 11: Anki's
rslib/src/storage/schema11.sql). In it a review card's ``due`` is a day number counted
from the collection's creation day (``col.crt``, seconds); a review log row's ``id`` is
the answer's time in ms (unique), ``ease`` the rating 1–4, ``ivl`` the interval it set
in days, ``time`` the ms it took, ``type`` 0 learning, 1 review, 2 relearning.
"""

from __future__ import annotations

import itertools
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
_NEW, _REVIEW = 0, 2  # cards.type
_SUSPENDED = -1  # cards.queue
_LEARNING, _REVIEWED, _RELEARNING = 0, 1, 2  # revlog.type


@dataclass(frozen=True, slots=True)
class CardProgress:
    """One question's progress, as Anki keeps a card's."""

    due: date | None  # the day it is next due (UTC); None when never studied
    interval_days: int  # from its last answer to its due day
    answers: tuple[tuple[int, int, float | None], ...] = ()  # (ms, rating 1–4, seconds)
    suspended: bool = False


def write_progress(package: Path, progress: Mapping[str, CardProgress]) -> int:
    """Write `progress` (note guid → progress) into the genanki package at `package`, in
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


def _write(conn: sqlite3.Connection, progress: Mapping[str, CardProgress]) -> int:
    (crt,) = conn.execute("SELECT crt FROM col").fetchone()
    created = datetime.fromtimestamp(int(crt), UTC).date()
    cards = dict(conn.execute("SELECT n.guid, c.id FROM notes n JOIN cards c ON c.nid = n.id"))
    taken: set[int] = {row[0] for row in conn.execute("SELECT id FROM revlog")}
    written = 0
    for guid, card in progress.items():
        cid = cards.get(guid)
        if cid is None:
            continue
        if not card.answers or card.due is None:
            if card.suspended:
                conn.execute("UPDATE cards SET queue = ? WHERE id = ?", (_SUSPENDED, cid))
            continue
        ratings = [rating for _, rating, _ in card.answers]
        lapses = sum(1 for before, now in itertools.pairwise(ratings) if now == 1 and before > 1)
        conn.execute(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?,"
            " lapses = ?, left = 0 WHERE id = ?",
            (
                _REVIEW,
                _SUSPENDED if card.suspended else _REVIEW,
                max(0, (card.due - created).days),
                max(1, card.interval_days),
                _FACTOR,
                len(card.answers),
                lapses,
                cid,
            ),
        )
        conn.executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
            " VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
            _log_rows(cid, card, taken),
        )
        written += 1
    return written


def _log_rows(cid: int, card: CardProgress, taken: set[int]) -> list[tuple]:
    """The review log rows of one card: each answer's interval is the days until the
    next answer (the last one's, until the card's due day)."""
    rows = []
    answers = sorted(card.answers)
    due_ms = datetime(card.due.year, card.due.month, card.due.day, tzinfo=UTC).timestamp()
    last_interval = 0
    for k, (at_ms, rating, seconds) in enumerate(answers):
        until = answers[k + 1][0] if k + 1 < len(answers) else int(due_ms * 1000)
        interval = max(0, round((until - at_ms) / DAY_MS))
        kind = _LEARNING if k == 0 else _RELEARNING if answers[k - 1][1] == 1 else _REVIEWED
        rid = at_ms
        while rid in taken:  # two answers in one ms: ids are unique
            rid += 1
        taken.add(rid)
        spent = int(min(max(seconds or 0.0, 0.0), 3600.0) * 1000)
        rows.append((rid, cid, rating, interval, last_interval, _FACTOR, spent, kind))
        last_interval = interval
    return rows

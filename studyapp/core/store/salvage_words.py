"""What a salvage (core.store.salvage) did, in the words of the start's report
(core.store.recovery): loaded with the salvage, for a damaged store only."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from studyapp.core.format import plural

if TYPE_CHECKING:
    from studyapp.core.store.salvage import Salvage

__all__ = ["Backfill", "backup_fills", "done_words", "missing"]

MOCK_TABLES = frozenset({"mock_sessions", "mock_answers"})
# The tables whose rows a backup gives back to a salvage (core.store.carried), and the
# kinds the person knows them by; a card lost is made again from its reviews.
_KINDS = {"reviews": "review", "mock_sessions": "mock interview"}
_FILLED = frozenset({*_KINDS, *MOCK_TABLES, "cards"})
# The tables whose rows the person would miss, by the kind they know them as.
_KNOWN = {
    **_KINDS,
    "mock_answers": "mock interview",
    "questions": "question",
    "decks": "deck",
    "topics": "topic",
}


class Backfill(NamedTuple):
    """The newest good backup, weighed against a salvage that lost rows: what it holds
    of each table, and what was taken from it into the salvage."""

    created: datetime
    newest: dict[str, int]  # its highest id, by table
    mocks_until: int  # when its newest grade in a mock interview was given (ms), 0: none
    taken: tuple[int, int] = (0, 0)  # (reviews, mock interviews) taken into the salvage

    @classmethod
    def of(cls, backup: Path, created: datetime) -> Backfill:
        newest: dict[str, int] = {}
        until = 0
        with (
            contextlib.suppress(sqlite3.Error),
            contextlib.closing(sqlite3.connect(backup)) as conn,
        ):
            for table in (*_KINDS, "mock_answers"):
                found = conn.execute(f"SELECT ifnull(max(rowid), 0) FROM {table}").fetchone()
                newest[table] = int(found[0])
            mock = "SELECT ifnull(max(reviewed_at_ms), 0) FROM reviews WHERE mode = 'mock'"
            until = int(conn.execute(mock).fetchone()[0])
        return cls(created, newest, until)


def backup_fills(saved: Salvage, backup: Path) -> bool:
    """Whether the backup at `backup` holds every row the salvage's bad pages held: only
    reviews, mock interviews and cards were lost, each on pages between rows read, below
    the backup's newest (ids are given in order: the rows of the bad page were made
    before it, and the backup holds them, unless deleted since)."""
    if not saved.unreadable or not set(saved.unreadable) <= _FILLED:
        return False
    return not missing(saved, Backfill.of(backup, datetime.min))


def missing(saved: Salvage, fill: Backfill) -> dict[str, int | None]:
    """The rows the salvage's bad pages held that the backup cannot give back, by kind
    ("review", "mock interview"): how many at most, None where it cannot be counted (no
    row read after the bad page, or the table's pages not walked). Empty where nothing
    is missing."""
    lost: dict[str, int | None] = {}
    for table in saved.unreadable:
        kind = _KNOWN.get(table)
        if kind is None:
            continue  # cards are made again from the reviews; settings are no loss to count
        gaps = [(after, before) for t, after, before in saved.gaps if t == table]
        if not gaps:
            lost[kind] = None  # lost for another reason than a page, or not walked
            continue
        newest = fill.newest.get(table, 0)
        for after, before in gaps:
            if before is not None and before - 1 <= newest:
                continue  # every row between was made before the backup, which has it
            if (
                before is None
                and table in MOCK_TABLES
                and not saved.orphans  # (answers left out: their interview was lost)
                and not _mock_grades_since(saved, fill)
            ):
                continue  # no sign of a mock interview since the backup
            count = None if before is None else before - 1 - max(after or 0, newest)
            known = lost.get(kind, 0)
            lost[kind] = None if count is None or known is None else known + count
    return lost


def _mock_grades_since(saved: Salvage, fill: Backfill) -> bool:
    """Whether the salvage holds a grade given in a mock interview after the backup's
    newest: a sign of one made since (with its rows on the bad pages)."""
    try:
        with contextlib.closing(sqlite3.connect(saved.path)) as conn:
            found = conn.execute(
                "SELECT 1 FROM reviews WHERE mode = 'mock' AND reviewed_at_ms > ? LIMIT 1",
                (fill.mocks_until,),
            ).fetchone()
    except sqlite3.Error:
        return True
    return found is not None


def _fill_words(saved: Salvage, fill: Backfill) -> str:
    """What was taken from the backup into the salvage, and what is still missing, by kind."""
    when = fill.created.strftime("%Y-%m-%d %H:%M UTC")
    reviews, mocks = fill.taken
    taken = [plural(n, kind) for n, kind in ((reviews, "review"), (mocks, "mock interview")) if n]
    said = f"took back {' and '.join(taken)} it had lost from the backup of {when}" if taken else ""
    lost = missing(saved, fill)
    if not lost:
        gone = (
            "nothing is missing"
            if taken
            else f"the backup of {when} had nothing more to give back, and nothing is missing"
        )
        return f"{said}; {gone}" if said else gone
    counted = [plural(n, kind) for kind, n in lost.items() if n is not None]
    some = [f"{kind}s" for kind, n in lost.items() if n is None]
    parts = [f"up to {_listed(counted)}"] if counted else []
    if some:
        parts.append(f"some {_listed(some)}")
    after = "after it" if said else f"after the backup of {when}"
    gone = (
        f"{' and '.join(parts)} made {after} could not be read from the damaged pages and"
        " may be missing"
    )
    return f"{said}; {gone}" if said else gone


def _gap_words(saved: Salvage) -> str:
    """How many rows the bad pages held, by kind, where rows were read on both sides of
    each (their ids say how many lay between), with no backup to give them back; empty
    where that cannot be counted."""
    lost = missing(saved, Backfill(datetime.min, {}, 0))
    if not lost or None in lost.values():
        return ""
    counted = [plural(n, kind) for kind, n in lost.items() if n]
    return f"up to {_listed(counted)} on the damaged pages could not be read and are missing"


def _mock_words(saved: Salvage) -> str:
    """ "1 mock interview with 3 answers": the mock interviews a salvage read."""
    answers = saved.rows.get("mock_answers", 0)
    said = plural(saved.rows.get("mock_sessions", 0), "mock interview")
    return f"{said} with {plural(answers, 'answer')}" if answers else said


def _listed(words: list[str]) -> str:
    """ "a, b and c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def done_words(saved: Salvage, fill: Backfill | None = None) -> str:
    """What the salvage did, as the report's clause after "It …"; `fill`: the newest
    good backup, whose rows the salvage lacked were taken into it."""
    if saved.whole:
        done = (
            f"copied every row of your data{' that StudyApp reads' if saved.unread else ''}"
            " into a new database, and rebuilt the indexes, "
            "the search index and the rendered answers"
        )
    else:
        questions = saved.rows.get("questions", 0)
        lost = "rows on the damaged pages could not be read and are missing"
        mocks_hit = bool(MOCK_TABLES & set(saved.unreadable))
        if mocks_hit:  # said as the person knows them, as questions and reviews are
            lost += ", mock interviews among them"
        if saved.refused and not saved.pages:
            lost = "; ".join(
                f"{plural(rows, 'row')} of its {table} held a value the table's own rules"
                " refuse (one StudyApp never writes: a hand edit, or another program), and"
                f" {'it' if rows == 1 else 'they'} could not be copied"
                for table, rows in saved.refused
            )
        columns = [c for c in saved.missing if "." in c]
        tables = [c for c in saved.missing if "." not in c]
        said = []
        if columns:  # a column lost by a hand edit, not a page
            said.append(
                "the file had lost "
                + ", ".join(
                    f"the column {c.partition('.')[2]} of its {c.partition('.')[0]}"
                    for c in columns
                )
                + ", which every such row needs, so those rows could not be copied and are"
                " missing"
            )
        if tables:  # a table dropped by a hand edit
            kind = "tables" if len(tables) > 1 else "table"
            said.append(
                f"the file had lost its {' and '.join(tables)} {kind}, and the rows in it"
                " are missing"
            )
        if saved.left_out:  # rows not lost with a page, but left out by their key
            if saved.unreadable and not said:
                said.append(lost)
            said.append(_left_out_words(saved.left_out))
        if said:
            lost = "; ".join(said)
        if fill is not None and not said and not saved.refused:
            lost = _fill_words(saved, fill)
        elif not said and not saved.refused and saved.gaps:
            lost = _gap_words(saved) or lost
        read = f"{plural(questions, 'question')}, {plural(saved.reviews, 'review')}"
        if mocks_hit or saved.rows.get("mock_sessions", 0):
            read += f", {_mock_words(saved)}"
        done = f"copied the rows it could read ({read}) into a new database; {lost}"
        if saved.waiting:
            done += (
                f". The {plural(saved.waiting, 'review')} of questions that were lost"
                f" {'is' if saved.waiting == 1 else 'are'} kept: they come back with their"
                " questions when you import your notes again"
            )
    if saved.renamed:
        done += ". " + "; ".join(
            f"The table {own} was found under another name, {theirs}, and its rows copied"
            for own, theirs in saved.renamed
        )
    if saved.apart:
        done += ". " + "; ".join(
            f"Two different rows of its {table} had the same name, “{name}”, which"
            f" StudyApp keeps apart: the second is now “{new}”"
            for table, name, new in saved.apart
        )
    if saved.extra:
        done += (
            f". {_columns_words(saved.extra)}, which StudyApp does not have (added by hand"
            " or by another program): their values were not copied, and the copy of the"
            " file keeps them"
        )
    if saved.as_none:
        done += ". " + "; ".join(
            f"{plural(rows, 'row')} of its {place.partition('.')[0]} held a"
            f" {place.partition('.')[2]} its rules refuse (by hand or by another program),"
            f" which StudyApp reads as none: {'it was' if rows == 1 else 'they were'}"
            " copied with none there (the copy of the file keeps the value)"
            for place, rows in saved.as_none
        )
    if saved.unread:
        done += ". " + "; ".join(
            f"{plural(rows, 'row')} of its {table} held a rating or a time no grade or clock"
            " can be (written past the table's own rules, by hand or by another program):"
            " StudyApp never read them, and they were left out (the copy of the file"
            " keeps them)"
            for table, rows in saved.unread
        )
    if saved.cards_made:
        done += (
            f". The schedule of {plural(saved.cards_made, 'question')} whose card was lost"
            " was made again from its reviews"
        )
    if saved.filled:
        done += (
            f". {_filled_words(saved.filled)} had no value where every row needs one (the"
            " table had been made again without that rule, by hand or by another program):"
            " they were kept, each empty time given the time of the row before it, each"
            " other value an empty one"
        )
    return done


def _filled_words(filled: tuple[tuple[str, int], ...]) -> str:
    """("reviews.reviewed_at_ms", 2) … as "2 reviews (their reviewed_at_ms)" …: the rows
    a salvage kept with a value filled in, by table."""
    by_table: dict[str, tuple[int, list[str]]] = {}
    for place, rows in filled:
        table, _dot, column = place.partition(".")
        most, columns = by_table.get(table, (0, []))
        by_table[table] = (max(most, rows), [*columns, column])
    words = [
        f"{plural(rows, 'row')} of {table} (in {', '.join(columns)})"
        for table, (rows, columns) in by_table.items()
    ]
    return "; ".join(words).capitalize()


def _left_out_words(left_out: tuple[tuple[str, str], ...]) -> str:
    """Rows left out because another row with other content held their key first."""
    by_table: dict[str, list[str]] = {}
    for table, label in left_out:
        by_table.setdefault(table, []).append(f"“{label}”")
    return "; ".join(
        f"{plural(len(labels), 'row')} of its {table} had the key (the id) of another row"
        " while saying something else (the table had been made again without the rule"
        " that keeps keys apart, by hand or by another program): one key keeps one row,"
        " the first, with everything filed under it, so "
        f"{', '.join(labels[:5])}{' …' if len(labels) > 5 else ''}"
        f" {'was' if len(labels) == 1 else 'were'} left out"
        for table, labels in by_table.items()
    )


def _columns_words(extra: tuple[str, ...]) -> str:
    """("reviews.note", "reviews.flag") as "Its reviews had the columns note and flag"."""
    by_table: dict[str, list[str]] = {}
    for place in extra:
        table, _dot, column = place.partition(".")
        by_table.setdefault(table, []).append(column)
    said = [
        f"its {table} had the column{'s' if len(columns) > 1 else ''} {' and '.join(columns)}"
        for table, columns in by_table.items()
    ]
    return "; ".join(said).capitalize()

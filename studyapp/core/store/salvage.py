"""Saving what a damaged store still holds: every readable row of the person's own
tables copied into a new store, and what is derived from them (indexes, the search
index, rendered answers) built again instead of copied.

A bad page in an index, the search index or the rendered-answer cache leaves every
row of the person's data readable: the salvage is then whole and nothing is lost,
where restoring a backup would lose everything done since it was made. A bad page in
one of their tables loses the rows on it (`Salvage.whole` is False) and the caller
weighs that against the newest good backup (core.store.recovery).

Rows are read in rowid order from a read-only connection, a batch at a time; where a
read fails, one row at a time up to the bad page, then past it. A file cut short by
whole pages (its header counts more than it holds) is read too: SQLite refuses such
a file unless ``PRAGMA writable_schema`` is on, and then fails only the reads of the
pages that are gone.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.store import cards_again
from studyapp.core.store.backup import _connect_read_only
from studyapp.core.store.errors import FOREIGN_SCHEMA_TEXT, is_damage, translate_error
from studyapp.core.store.header import HEADER_SIZE, MAGIC, read_header
from studyapp.core.store.health import (
    _quote,
    damaged_version,
    full_problem,
    version_of_schema,
)
from studyapp.core.store.leaf_rows import from_leaf_pages, from_own_leaves
from studyapp.core.store.location import real_path
from studyapp.core.store.pages import mended_copy
from studyapp.core.store.row_repairs import drop_keyless, rehome_rows
from studyapp.core.store.schema import SCHEMA_VERSION, connect, migrate
from studyapp.core.store.search_index import reindex_search
from studyapp.core.store.side_files import remove_salvage_leftovers as remove_leftovers
from studyapp.core.store.side_files import salvage_path
from studyapp.core.store.twins import Twins, point_to_twins
from studyapp.core.store.values import readable_review

# Built again from the person's data, never copied: the search index (a virtual
# table and its shadow tables) and the rendered answers.
_DERIVED = ("questions_fts", "rendered_cache")
_BATCH = 512


@dataclass(frozen=True, slots=True)
class Salvage:
    """What a salvage copied into its new store at `path`."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)  # rows copied, by table
    unreadable: tuple[str, ...] = ()  # tables with rows on a page that could not be read
    orphans: int = 0  # rows left out because what they belong to was lost
    waiting: int = 0  # reviews kept whose question was lost (see _WAITING)
    missing: tuple[str, ...] = ()  # "table.column" every row needs that the file lacked
    # ("table.column", rows) where a row was empty (NULL) in a column every row needs,
    # and was kept with a value filled in (`_fill`)
    filled: tuple[tuple[str, int], ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (the app's table, the file's name for it)
    cards_made: int = 0  # cards lost and made again from their reviews (core.store.cards_again)
    # (table, name, new name): a row named as another but not a copy of it, kept with
    # a name of its own (core.store.twins)
    apart: tuple[tuple[str, str, str], ...] = ()
    # (table, what the row says): a row with another's primary key but other content
    # (core.store.twins): the first copied keeps the key and what points to it
    left_out: tuple[tuple[str, str], ...] = ()
    # (table, rows) refused by the table's own rules (a CHECK: a value StudyApp never
    # writes), and whether any were rows the app reads (else not a loss: `_never_read`)
    refused: tuple[tuple[str, int], ...] = ()
    unread: tuple[tuple[str, int], ...] = ()
    pages: bool = False  # a read failed: rows on damaged pages are missing
    # "table.column": a column the app does not have, holding values (added by hand
    # or by another program), not copied
    extra: tuple[str, ...] = ()
    # ("table.column", rows): a value its rules refuse, which every read of the app
    # takes as none, copied as none (`_as_read`)
    as_none: tuple[tuple[str, int], ...] = ()
    # (table, after, before): where pages of a table's own tree could not be read, the
    # rowids of the rows readable either side (None: none), where the tree was walked
    # (core.store.leaf_rows); an empty gap list there: none of its rows is missing
    gaps: tuple[tuple[str, int | None, int | None], ...] = ()

    @property
    def whole(self) -> bool:
        return not self.unreadable and not self.orphans and not self.left_out

    @property
    def reviews(self) -> int:
        """The reviews the person will see: of questions that are there."""
        return self.rows.get("reviews", 0) - self.waiting


def salvage(damaged: Path, store_path: Path) -> Salvage | None:
    """Copy the readable rows of `damaged` into a new store beside `store_path`
    (`salvage_path`), migrated to the current version. None when nothing can be saved
    this way: the file's own schema cannot be read, its version is not one StudyApp
    made (a newer one's), or the copy fails the full check. Raises StoreError when the
    copy cannot be written (a full disk): that says nothing about the damage."""
    remove_leftovers(store_path)
    target = salvage_path(store_path)
    # A header whose page size is not its pages' (overwritten, a flipped bit) is read
    # from a copy that says theirs: every page was read at the wrong offset.
    damaged = mended_copy(damaged) or damaged
    header = read_header(damaged)
    try:
        with _connect_read_only(damaged) as source:
            if header is not None and header.short_by:
                # A file cut short (a copy or sync that stopped): SQLite refuses every
                # read of a file shorter than its header's page count, unless
                # writable_schema is on (read-only here: it writes nothing). Reads of
                # the pages that are gone still fail, and count as unreadable.
                source.execute("PRAGMA writable_schema = ON")
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            if version < 1:  # the version was lost: the tables may still be the app's
                version = version_of_schema(source) or version
            elif version > SCHEMA_VERSION:  # a newer StudyApp's, or a flipped bit's
                version = damaged_version(source, version) or version
            elif (exact := version_of_schema(source)) is not None and exact > version:
                # A version lowered in the header (a hand edit: "user_version = 1"),
                # over tables of a later one: copied into the older schema, every
                # column since was dropped (a suspended question, the name a renamed
                # deck's ids come from, whose loss gave every question a new id).
                version = exact
            if not 1 <= version <= SCHEMA_VERSION:
                return None
            columns = _columns(source)
            roots = {
                str(r[0]): int(r[1])
                for r in source.execute(
                    "SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0"
                )
            }
            result = _copy(source, columns, target, version, real_path(damaged), roots)
    except sqlite3.DatabaseError as exc:
        remove_leftovers(store_path)
        _raise_if_the_disk(exc, store_path)
        result = _without_schema(damaged, target, store_path)
    if result is not None and not any(result.rows.values()):
        # Not one row of the person's data (another program's file with a table of
        # the app's name): an empty copy installed as "every row kept" hid the
        # backups that hold their reviews.
        result = None
    if result is None:
        remove_leftovers(store_path)
    return result


def _raise_if_the_disk(exc: sqlite3.DatabaseError, store_path: Path) -> None:
    if not is_damage(exc) and (error := translate_error(exc, store_path)) is not None:
        # The disk (full, failing, read-only), not the damage: what the file holds
        # may well be saved once there is room, so nothing may move meanwhile.
        raise error from exc


def _without_schema(damaged: Path, target: Path, store_path: Path) -> Salvage | None:
    """The salvage of a file whose schema cannot be read (its first page, which holds
    it, overwritten or zeroed): every table's pages may still be whole, but nothing
    says where they are. The rows are read from every table leaf page, each page
    going to the one table of the app's schema (at the header's version, else the
    current one) its records fit. None unless questions are found that way: what
    finds none is no StudyApp store, or none worth more than its backups."""
    head = b""
    with contextlib.suppress(OSError), damaged.open("rb") as file:
        head = file.read(HEADER_SIZE)
    # A header whose first bytes are no longer SQLite's says nothing of the version
    # either: its bytes there are whatever overwrote them (text read as 1,634,038,386
    # took a file of StudyApp's rows for a newer StudyApp's, and nothing was saved).
    whole_header = len(head) >= 64 and head[:16] == MAGIC
    version = int.from_bytes(head[60:64], "big", signed=True) if whole_header else 0
    if version > SCHEMA_VERSION:
        return None  # a newer StudyApp's: not ours to take apart
    version = max(version, 0)
    try:
        result = _copy(None, {}, target, version or SCHEMA_VERSION, real_path(damaged), {})
    except sqlite3.DatabaseError as exc:
        remove_leftovers(store_path)
        _raise_if_the_disk(exc, store_path)
        return None
    if result is not None and not result.rows.get("questions"):
        result = None
    return result


def _columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    ]
    columns = {}
    for name in names:
        if not isinstance(name, str) or name.startswith(("sqlite_", *_DERIVED)):
            continue
        try:
            columns[name] = [
                r[1] for r in conn.execute(f"PRAGMA table_info({_quote(name)})").fetchall()
            ]
        except sqlite3.OperationalError as exc:
            # Another program's table of a kind no StudyApp has (a virtual table of an
            # extension: "no such module"): none of the person's rows are in it, and
            # failing on it read every table from its pages alone, the settings lost.
            if not any(text in str(exc) for text in FOREIGN_SCHEMA_TEXT):
                raise
    return columns


def _copy(
    source: sqlite3.Connection | None,
    columns: dict[str, list[str]],
    target: Path,
    version: int,
    source_path: Path | None = None,
    roots: dict[str, int] | None = None,
) -> Salvage | None:
    """Copy the rows `source` can read, and (from `source_path`, the file itself) the
    rows of each table it could not read whole found on leaf pages that none of
    `roots` (the file's root page of each table and index, by name) reaches, and
    those its own b-tree reaches past a bad page. Without `source` (its schema lost),
    every table is read from its leaf pages alone."""
    conn = connect(target)
    try:
        # The app's own schema at the damaged file's version, empty: the rows go in as
        # they are, and the migrations since bring them up to date (an older file
        # may be damaged as well as a current one).
        migrate(conn, version)
        conn.execute("PRAGMA foreign_keys = OFF")  # parents and children in any order
        conn.execute("BEGIN IMMEDIATE")
        rows: dict[str, int] = {}
        unreadable: list[str] = []
        missing: list[str] = []  # "table.column": needed by every row, not in the file
        merged: dict[tuple[str, int], int] = {}  # a duplicate's id → the row it repeats
        filled: dict[str, int] = {}  # "table.column" → rows kept with a value filled in
        renamed: list[tuple[str, str]] = []  # (the app's table, the file's name for it)
        apart: list[tuple[str, str, str]] = []  # rows kept apart under a new name
        left_out: list[tuple[str, str]] = []  # rows whose key another row took first
        refused: dict[str, int] = {}  # rows the table's own rules refuse, by table
        unread: dict[str, int] = {}  # of those, rows no read of the app ever returned
        pages = False  # a read failed
        extra: list[str] = []  # columns of the file's the app does not have, with values
        as_none: dict[str, int] = {}  # "table.column" → rows copied with none there
        lost_pages: list[tuple[str, int | None, int | None]] = []  # (table, *gap)
        order = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        if source is None:  # the app's own tables at that version, in their own order
            columns = {
                t: [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(t)})")]
                for t in order
                if not t.startswith(("sqlite_", *_DERIVED))
            }
        for table in order:
            theirs = table
            if table not in columns and source is not None:
                theirs = _renamed(conn, table, columns, order) or ""
                if not theirs:
                    if table in _PERSONS:  # lost with its rows: not "every row kept"
                        missing.append(table)
                        unreadable.append(table)
                        rows[table] = 0
                    continue
                renamed.append((table, theirs))
            elif table not in columns:
                continue
            if source is None:
                rows[table] = 0
                unreadable.append(table)
                continue
            pairs = _column_pairs(source, conn, table, columns[theirs], theirs)
            if not pairs:
                continue
            extra += _extra_columns(source, table, theirs, columns[theirs], pairs)
            missing += _required_missing(conn, table, {own for _c, own in pairs})
            listed = ", ".join(_quote(c) for c, _own in pairs)
            names = [own for _c, own in pairs]
            insert = (
                f"INSERT OR IGNORE INTO {_quote(table)} ({', '.join(map(_quote, names))})"
                f" VALUES ({', '.join('?' * len(names))})"
            )
            twins = Twins(conn, table, names, (source, theirs, pairs))
            count, whole, kept_apart = 0, True, 0
            for row, ok in _readable_rows(source, theirs, listed):
                whole = whole and ok
                pages = pages or not ok
                if row is None:
                    continue
                if conn.execute(insert, row).rowcount:
                    count += 1
                elif twins.merge(row, insert):
                    count += len(twins.apart) - kept_apart
                    kept_apart = len(twins.apart)
                elif made := _fill(conn, table, names, row, insert):
                    count += 1
                    for place in made:
                        filled[place] = filled.get(place, 0) + 1
                elif _never_read(conn, table, names, row):
                    # A review whose rating or time no grade or clock can be, written
                    # past the table's rule by another tool: every read of the history
                    # leaves it out (core.store.values), so the person loses nothing.
                    # Counted as lost, it was blamed on "damaged pages", and a backup
                    # with more rows won over every review made since it.
                    unread[table] = unread.get(table, 0) + 1
                elif _breaks_a_rule(conn, insert, row) and (
                    column := _as_read(conn, table, names, row, insert)
                ):
                    count += 1
                    as_none[f"{table}.{column}"] = as_none.get(f"{table}.{column}", 0) + 1
                else:
                    # Refused (a value its column cannot hold, a column it needs that the
                    # file lost): not copied, so not "every row kept".
                    whole = False
                    if _breaks_a_rule(conn, insert, row):
                        refused[table] = refused.get(table, 0) + 1
            rows[table] = count
            merged.update(twins.moved)
            apart += twins.apart
            left_out += twins.left_out
            if not whole:
                unreadable.append(table)
        if unreadable and source_path is not None:
            theirs_of = {table: dict(renamed).get(table, table) for table in unreadable}
            own = from_own_leaves(conn, source_path, roots or {}, columns, theirs_of)
            for table, (count, gaps) in own.items():
                rows[table] += count
                lost_pages += [(table, *gap) for gap in gaps]
                if not gaps and table not in refused and not _lacks(table, missing, left_out):
                    # SQLite's scan stopped at a page of its, yet every page of its
                    # tree was read: none of its rows is missing.
                    unreadable.remove(table)
            found = from_leaf_pages(
                conn, source_path, list((roots or {}).values()), columns, unreadable
            )
            for table, count in found.items():
                rows[table] += count
        for table, lost in drop_keyless(conn).items():  # a cut page's row of nothing
            rows[table] = rows.get(table, 0) - lost
            if table not in unreadable:
                unreadable.append(table)
        point_to_twins(conn, merged)
        rehome_rows(conn)  # questions whose deck or topic was lost keep a place
        orphans = _drop_orphans(conn)
        for table, lost in orphans.items():
            rows[table] = rows.get(table, 0) - lost
        cards_made = 0
        if "cards" in unreadable:
            cards_made = cards_again.cards_again(conn)
            rows["cards"] = rows.get("cards", 0) + cards_made
            if not cards_again.cards_missing(conn):  # every card the reviews make: none lost
                unreadable.remove("cards")
                if "cards" in missing:
                    missing.remove("cards")
        waiting = conn.execute(
            "SELECT count(*) FROM reviews WHERE question_id NOT IN (SELECT id FROM questions)"
        ).fetchone()[0]
        if "questions" in unreadable:
            # Questions were lost: every deck's notes must be read again (an unchanged
            # file is otherwise skipped by its hash), which makes them again.
            conn.execute("UPDATE decks SET source_hash = ''")
        reindex_search(conn, [r[0] for r in conn.execute("SELECT rowid FROM questions")])
        conn.execute("COMMIT")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        if full_problem(conn) is not None:
            return None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return Salvage(
        target,
        rows,
        tuple(unreadable),
        sum(orphans.values()),
        waiting,
        tuple(missing),
        tuple(filled.items()),
        tuple(renamed),
        cards_made,
        tuple(apart),
        tuple(left_out),
        tuple(refused.items()),
        tuple(unread.items()),
        pages,
        tuple(extra),
        tuple(as_none.items()),
        tuple(lost_pages),
    )


def _lacks(table: str, missing: list[str], left_out: list[tuple[str, str]]) -> bool:
    """Whether rows of `table` were left out for what the file lacks (a column, the
    table itself) or for a key another row took, rather than for a page."""
    return any(m.partition(".")[0] == table for m in missing) or any(
        t == table for t, _label in left_out
    )


# What a row must be for any read of the app to return it, by table (core.store.values):
# a row refused that is not is no loss.
_READ_ONLY_IF = {"reviews": readable_review()}


def _never_read(conn: sqlite3.Connection, table: str, names: list[str], row: tuple) -> bool:
    condition = _READ_ONLY_IF.get(table)
    if condition is None or not {"rating", "reviewed_at_ms"} <= set(names):
        return False
    values = ", ".join(f"? AS {_quote(n)}" for n in names)
    return bool(conn.execute(f"SELECT NOT {condition} FROM (SELECT {values})", row).fetchone()[0])


def _extra_columns(
    source: sqlite3.Connection, table: str, theirs: str, names: list[str], pairs: list
) -> list[str]:
    """The file's columns of `theirs` that are not copied and hold a value: a column
    added by hand (a person's own notes beside their reviews) went without a word."""
    copied = {c for c, _own in pairs}
    found = []
    for name in names:
        if name in copied:
            continue
        try:  # a value other than none, or than the default it was added with
            default = {r[1]: r[4] for r in source.execute(f"PRAGMA table_info({_quote(theirs)})")}
            other = f" AND {_quote(name)} IS NOT ({default[name]})" if default.get(name) else ""
            held = source.execute(
                f"SELECT 1 FROM {_quote(theirs)} WHERE {_quote(name)} IS NOT NULL{other} LIMIT 1"
            ).fetchone()
        except sqlite3.DatabaseError:
            held = True  # unreadable: said, rather than not
        if held:
            found.append(f"{table}.{name}")
    return found


def _as_read(
    conn: sqlite3.Connection, table: str, names: list[str], row: tuple, insert: str
) -> str | None:
    """Copy `row`, refused by a CHECK rule, with the value that breaks it as none (NULL),
    where its column may be empty: a number out of its range (a mock answer's rating
    9) is what every read of the app takes as none (core.store.values), so the row
    is kept as the person saw it, where it was lost whole. Returns the column."""
    nullable = {r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})") if not r[3]}
    for at, name in enumerate(names):
        if name not in nullable or row[at] is None:
            continue
        if conn.execute(insert, (*row[:at], None, *row[at + 1 :])).rowcount:
            return name
    return None


def _breaks_a_rule(conn: sqlite3.Connection, insert: str, row: tuple) -> bool:
    """Whether `row` was refused by a CHECK rule of its table (rather than another)."""
    conn.execute("SAVEPOINT rule")
    try:
        conn.execute(insert.replace("INSERT OR IGNORE", "INSERT", 1), row)
    except sqlite3.IntegrityError as exc:
        return "CHECK constraint failed" in str(exc)
    finally:
        conn.execute("ROLLBACK TO rule")
        conn.execute("RELEASE rule")
    return False


# The tables of the person's own data: one lost from the file loses its rows (settings
# and the search index's or the cache's are not among them).
_PERSONS = frozenset(
    {"decks", "topics", "questions", "cards", "reviews", "mock_sessions", "mock_answers"}
)


def _renamed(
    conn: sqlite3.Connection, table: str, columns: dict[str, list[str]], order: list[str]
) -> str | None:
    """The file's table that is the app's `table` renamed (a database browser renames a
    table as easily as a column: "reviews" became "reviews_old"), where the file lacks
    `table`: the one table of a name the app does not have whose columns are `table`'s,
    every one. Copied by name alone, the table renamed was passed over, its rows were
    lost, and the report said every row was kept."""
    own = {r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}
    found = [
        name
        for name, names in columns.items()
        if name not in order and own.issubset(names) and len(names) - len(own) <= 2
    ]
    return found[0] if len(found) == 1 else None


def _fill(
    conn: sqlite3.Connection, table: str, names: list[str], row: tuple[object, ...], insert: str
) -> list[str]:
    """Copy a row refused for being empty (NULL) in columns every row needs (NOT NULL):
    a table made again by hand in a database browser loses its NOT NULL, and a value
    then left empty (a review's time or mode, a question's title) lost the whole row,
    a question with it its history, under "rows on the damaged pages". Each empty
    value is filled in: the column's default; for a time (``…_ms``), the row's before
    it (rows are written in time order); else an empty text or 0, or, where the
    column's CHECK refuses that (a review's mode), the row's before it. Returns the
    "table.column"s filled in; empty when the row is refused still (or was not empty)."""
    info = {r[1]: r for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}
    empty = [i for i, n in enumerate(names) if row[i] is None and n in info and info[n][3]]
    keyless = any(row[i] is None and n in info and info[n][5] for i, n in enumerate(names))
    if not empty or keyless:  # a row with no key is no row to fill (`drop_keyless`)
        return []

    def before(column: str) -> object:
        found = conn.execute(
            f"SELECT {_quote(column)} FROM {_quote(table)} WHERE {_quote(column)} IS NOT NULL"
            " ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
        return found[0] if found is not None else None

    values = list(row)
    for place in empty:
        name, kind, default = (
            names[place],
            (info[names[place]][2] or "").upper(),
            info[names[place]][4],
        )
        if default is not None:
            values[place] = conn.execute(f"SELECT {default}").fetchone()[0]
        elif name.endswith("_ms") and (earlier := before(name)) is not None:
            values[place] = earlier
        else:
            values[place] = "" if "TEXT" in kind or not kind else 0
    if conn.execute(insert, values).rowcount:
        return [f"{table}.{names[place]}" for place in empty]
    for place in empty:
        if (earlier := before(names[place])) is not None:
            values[place] = earlier
    if conn.execute(insert, values).rowcount:
        return [f"{table}.{names[place]}" for place in empty]
    return []


def _column_pairs(
    source: sqlite3.Connection,
    conn: sqlite3.Connection,
    table: str,
    names: list[str],
    theirs_table: str | None = None,
) -> list[tuple[str, str]]:
    """(the file's column, the new store's) for each column copied: by name, and a
    column renamed by hand (a database browser keeps its place and its type) by its
    place, where the app's column there is missing from the file and the types agree.
    Copied by name alone, a renamed column that every row needs (a question's title,
    a review's time) refused every row, and the table came back empty."""
    info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    own = [(r[1], (r[2] or "").upper()) for r in info]
    own_names = {name for name, _kind in own}
    theirs = {
        r[1]: (r[2] or "").upper()
        for r in source.execute(f"PRAGMA table_info({_quote(theirs_table or table)})")
    }
    pairs = [(name, name) for name in names if name in own_names]
    for place, name in enumerate(names):
        if name in own_names or place >= len(own):
            continue
        own_name, own_kind = own[place]
        if own_name not in names and theirs.get(name) == own_kind:
            pairs.append((name, own_name))
    return pairs


def _required_missing(conn: sqlite3.Connection, table: str, have: set[str]) -> list[str]:
    """The columns of `table` every row needs (NOT NULL, no default) not among `have`:
    "table.column" each."""
    return [
        f"{table}.{r[1]}"
        for r in conn.execute(f"PRAGMA table_info({_quote(table)})")
        if r[3] and r[4] is None and not r[5] and r[1] not in have
    ]


def _readable_rows(conn: sqlite3.Connection, table: str, listed: str):
    """(row, True) for each row in rowid order; (None, False) once for every place
    where rows could not be read (they are skipped)."""
    query = f"SELECT rowid, {listed} FROM {_quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?"
    last, batch, jump = -(2**63), _BATCH, 1
    while True:
        try:
            found = conn.execute(query, (last, batch)).fetchall()
        except sqlite3.DatabaseError:
            if batch > 1:
                batch = 1  # the rows before the bad page, one at a time
                continue
            yield None, False
            if jump > 2**62:
                return
            last = max(last, 0) + jump  # past the bad page: further each time
            jump *= 4
            continue
        if not found:
            return
        # A tree whose pages no longer hold together (a file cut short mid-page, a page
        # of another table's rows) can answer "after `last`" with rows before it, again
        # and again: the start looped on one row for good. Only rows after `last` count,
        # each once; the others say the place is damaged, and it is passed as a bad page.
        fresh = {int(row[0]): tuple(row[1:]) for row in found if row[0] > last}
        if len(fresh) < len(found) or list(fresh) != sorted(fresh):
            yield None, False
        if not fresh:
            if jump > 2**62:
                return
            last = max(last, 0) + jump
            jump *= 4
            continue
        batch, jump = _BATCH, 1
        for rowid in sorted(fresh):
            yield fresh[rowid], True
        last = max(fresh)


# A question's own history, kept when the question's row was lost with a bad page:
# importing its notes again makes the question again under the same id (derived from
# its deck and title), and its reviews, card and mock answers are its again. Until
# then no view shows them (each joins the questions). Dropped, they were lost for good.
_WAITING = frozenset({"reviews", "cards", "mock_answers"})


def _drop_orphans(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows whose parent row was lost with a bad page: left out (a topic of a deck that
    is gone cannot be shown), but for a lost question's history (`_WAITING`).
    Repeated, as leaving one out can orphan another."""
    dropped: dict[str, int] = {}
    while True:
        found = [
            (table, rowid, parent, fk)
            for table, rowid, parent, fk in conn.execute("PRAGMA foreign_key_check")
            if not (parent == "questions" and table in _WAITING)
        ]
        if not found:
            return dropped
        for table, rowid, _parent, _fk in found:
            conn.execute(f"DELETE FROM {_quote(table)} WHERE rowid = ?", (rowid,))
            dropped[table] = dropped.get(table, 0) + 1

"""SQLite's own words turned into the person's: what its checks find wrong with a
file (`plain_problem`) and what an error of its says (`plain_error`).

SQLite says "database disk image is malformed", "file is not a database", "disk I/O
error": true, and nothing a person can act on. Every message that reaches a window,
the status bar or the command line says what happened in its own words; SQLite's
stay in the report's `problem`, in the file kept aside, and in the exception's cause.
"""

from __future__ import annotations

import re
import sqlite3

from studyapp.lazy import lazy_pattern

__all__ = ["plain_error", "plain_problem"]

# SQLite's own words for what it cannot read: its integrity check lists damage page by
# page and cell by cell ("*** in database main *** Page 126: btreeInitPage() returns
# error code 11"), which says nothing to the person. The file kept aside, and the
# report's `problem`, hold them.
_SQLITE_DAMAGE = lazy_pattern(
    r"\*\*\* in database|btreeInitPage|\bpage \d+|malformed|fragmentation|out of range"
    r"|never used|freelist|multiple uses|2nd reference|corrupt",
    re.IGNORECASE,
)

# SQLite's words for an index out of step with its table (core.store.health: REINDEX
# makes it again from the table's rows, and nothing is lost).
_INDEX_OFF = lazy_pattern(
    r"row \d+ missing from index|wrong # of entries in index|non-unique entry in index",
    re.IGNORECASE,
)

# SQLite's words for a schema that needs what it does not have (core.store.errors
# FOREIGN_SCHEMA_TEXT), with what each is to the person.
_LACKED = lazy_pattern(
    r"(?P<what>unknown function|no such collation sequence|no such module):\s*(?P<name>\S+)",
    re.IGNORECASE,
)
_LACKS = {
    "unknown function": "a function",
    "no such collation sequence": "a sort order",
    "no such module": "a kind of table",
}


# SQLite's words for two rows a unique index keeps apart (its REINDEX refused them).
_NOT_UNIQUE = lazy_pattern(
    r"UNIQUE constraint failed: (?P<table>\w+)\.(?P<columns>[\w.]+(?:, [\w.]+)*)"
)


def plain_problem(problem: str) -> str:
    """`problem` as the person reads it: SQLite's page-by-page findings as one plain
    phrase, StudyApp's own words as they are."""
    from studyapp.core.store.schema import NOT_STUDYAPPS  # it imports this module's users

    plain: list[str] = []
    for part in problem.split("; "):
        part = part.removeprefix(NOT_STUDYAPPS)  # the rest is said for the person
        if part.strip() == "file is not a database":
            part = "its first bytes are not those of a database: overwritten or damaged"
        elif _INDEX_OFF.search(part):
            part = "an index SQLite keeps to find rows quickly was out of step with its table"
        elif _SQLITE_DAMAGE.search(part):
            part = "parts of the file are damaged and cannot be read"
        elif found := _LACKED.search(part):
            what, name = found["what"].casefold(), found["name"].rstrip("()")
            part = (
                f"another program added to it an index or a rule that needs {_LACKS[what]}"
                f" StudyApp does not have ({name}), so it can be neither checked nor written"
            )
        elif found := _NOT_UNIQUE.search(part):  # core.store.health.reindex
            what = found["columns"].replace(f"{found['table']}.", "").replace(", ", " and ")
            part = f"two rows of its {found['table']} have the same {what}, which must differ"
        elif found := re.fullmatch(r"(CHECK|NOT NULL) constraint failed in (\w+)", part.strip()):
            part = f"rows of its {found[2]} " + (
                "hold values its rules refuse" if found[1] == "CHECK" else "lack a value they need"
            )
        if part not in plain:
            plain.append(part)
    return "; ".join(plain)


def foreign(problem: str) -> bool:
    """Whether `problem` says the file is another program's database (core.store.
    schema.foreign_problem): not damage, and nothing of StudyApp's to recover from it."""
    from studyapp.core.store.schema import ANOTHER_PROGRAMS, NO_DATABASE, NOT_STUDYAPPS

    return problem.startswith((NOT_STUDYAPPS + ANOTHER_PROGRAMS, NOT_STUDYAPPS + NO_DATABASE))


def no_database(problem: str) -> bool:
    """Whether `problem` says the file is no database at all (a ZIP archive, a text
    file: core.store.header.other_kind), which `foreign` counts too."""
    from studyapp.core.store.schema import NO_DATABASE, NOT_STUDYAPPS

    return problem.startswith(NOT_STUDYAPPS + NO_DATABASE)


def store_state(problem: str) -> str:
    """What the store's file is, after "Your study database PATH": "is damaged (…)",
    or, for another program's database, that it is that, not damage."""
    if foreign(problem):
        return f"is {plain_problem(problem).removeprefix('it is ')}"
    return f"is damaged ({plain_problem(problem)})"


# SQLite's words for what stopped it (not damage), as a clause of the person's.
_STOPPED = (
    ("full", "the disk is full"),
    ("readonly", "the file or its folder can only be read"),
    ("unable to open", "the file could not be made or opened there"),
    ("disk i/o", "the disk failed to read or write it"),
    ("locked", "another program was using it"),
)


def plain_error(exc: sqlite3.Error) -> str:
    """What an error of SQLite's says, as a clause a message can hold ("parts of the
    file are damaged and cannot be read", "the disk is full"): damage through
    `plain_problem`; SQLite's own words are left in the exception's cause."""
    from studyapp.core.store.errors import is_damage

    if is_damage(exc):
        return plain_problem(str(exc))
    text = str(exc).casefold()
    return next((words for needle, words in _STOPPED if needle in text), "it could not be read")

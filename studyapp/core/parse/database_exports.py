"""A database exported as files, read once: Notion writes a database as "<title> <id>.csv"
(its view), "<title> <id>_all.csv" (every row) and a folder "<title> <id>" holding one
Markdown page per row, its properties under its title (core.parse.page_properties)
and its body below. Of a folder's files found, the ones that say again what another
says are left out, each named with why."""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

from studyapp.core import textio
from studyapp.core.deck_names import name_words, without_export_id
from studyapp.core.model import StudyAppError

__all__ = [
    "NOTION_VIEW_REASON",
    "TABLE_OF_PAGES_REASON",
    "without_tables_of_pages",
    "without_views",
]

# Notion's database export: "<title> <id>.csv" beside "<title> <id>_all.csv".
_NOTION_ALL_RE = re.compile(r"^(.* [0-9a-f]{32})_all$")
NOTION_VIEW_REASON = "Notion's view of a database: its _all.csv beside it, every row, is read"
TABLE_OF_PAGES_REASON = (
    "a database's table: its folder of pages beside it, a page a row with its text, is read"
)
_TABLE_SUFFIXES = (".csv", ".tsv")
_PAGE_SUFFIXES = (".md", ".markdown")


def without_views(found: list[Path], repo_found: list[tuple[Path, str]] | None) -> list[Path]:
    """Of Notion's two files of one database (its view, and "…_all.csv" with every row),
    the second only, the first named as left out: read both, every row came twice."""
    alls = {
        (p.parent, p.suffix.lower(), m[1]) for p in found if (m := _NOTION_ALL_RE.match(p.stem))
    }
    if not alls:
        return found
    views = [p for p in found if (p.parent, p.suffix.lower(), p.stem) in alls]
    if repo_found is not None:
        repo_found += [(p, NOTION_VIEW_REASON) for p in views]
    return [p for p in found if p not in views]


def without_tables_of_pages(
    found: list[Path], repo_found: list[tuple[Path, str]] | None
) -> list[Path]:
    """A database's table ("Interview DB <id>.csv", its "…_all.csv") left out, named,
    where a folder of its name beside it holds its rows as pages found (each with the
    text the table has not): read both, every row came twice, the table's without its
    text. A table whose rows the pages are not ("sql.csv" of cards beside a "sql"
    folder of notes) is read as before."""
    pages: dict[Path, list[Path]] = {}
    for p in found:
        if p.suffix.lower() in _PAGE_SUFFIXES:
            pages.setdefault(p.parent, []).append(p)
    tables = [
        p
        for p in found
        if p.suffix.lower() in _TABLE_SUFFIXES
        and (beside := pages.get(p.parent / _table_name(p.stem)))
        and _rows_are_pages(p, beside)
    ]
    if not tables:
        return found
    if repo_found is not None:
        repo_found += [(p, TABLE_OF_PAGES_REASON) for p in tables]
    return [p for p in found if p not in tables]


def _table_name(stem: str) -> str:
    """The database's name a table's file bears: "Interview DB <id>_all" is "Interview DB <id>"."""
    match = _NOTION_ALL_RE.match(stem)
    return match[1] if match else stem


_ROWS_READ = 5000  # a table's rows compared with its pages, at most
_TITLE_RE = re.compile(r"^# +(.+?)\s*$")


def _rows_are_pages(table: Path, pages: list[Path]) -> bool:
    """Whether nearly every row of `table` (four in five) is one of `pages`: its first
    cell (the database's title column) the page's title (its ``# Title``, else its
    file's name)."""
    try:
        text = textio.read_notes(table)
    except StudyAppError:
        return False  # its own reading says why
    delimiter = "\t" if table.suffix.lower() == ".tsv" else ","
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    firsts = [name_words(row[0]) for row in itertools.islice(rows, 1, _ROWS_READ + 1) if row]
    firsts = [cell for cell in firsts if cell]
    if not firsts:
        return False
    titles = {name_words(_page_title(page)) for page in pages}
    return sum(cell in titles for cell in firsts) * 5 >= len(firsts) * 4


def _page_title(page: Path) -> str:
    try:
        text = textio.read_notes(page)
    except StudyAppError:
        return without_export_id(page.stem)
    first = next((line for line in text.split("\n") if line.strip()), "")
    title = _TITLE_RE.match(first)
    return title[1] if title else without_export_id(page.stem)

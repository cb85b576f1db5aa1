"""Write-back into a CSV or TSV of cards (core.writeback): a question's row takes the
edit in its question's and answer's cells, every other byte of the file as it was.

The row is read as the csv module reads it (the file's delimiter, `""` inside quotes,
a quoted cell over several lines), each cell with the place it takes in the text, so
only the edited cells are written again, by the csv module with the file's dialect: a
cell that was quoted stays quoted, one that was not is quoted only where its new text
needs it (a delimiter, a quote, a line break); an edited cell holds the text as
typed. The other cells, their quotes and spaces, are not written again. Whether the
file then reads as this edit is core.writeback's check, as for every notes file.
"""

from __future__ import annotations

import csv
import io
from typing import NamedTuple

from studyapp.core.model import Question
from studyapp.core.writeback import NoWriteBack

# The delimiters a CSV or TSV of cards is read with (core.parse.tabular), the one
# whose reading of the row holds the question's cells chosen.
_DELIMITERS = (",", "\t", ";", "|")


class _Cell(NamedTuple):
    start: int  # where the cell's text begins in the row, its opening quote included
    end: int  # where it ends, after its closing quote
    value: str  # the cell as the csv module reads it
    quoted: bool


def replace_row(text: str, question: Question, title: str | None, answer: str) -> str:
    """`text` (a CSV's, "\\n" line endings) with the question's row holding `title`
    (None: its question cell as it is) and `answer` in the cells that hold its stored
    title and answer. NoWriteBack where the row has no such cells, one each."""
    lines = text.split("\n")
    start, end = question.source_line - 1, min(question.end_line, len(lines))
    row = "\n".join(lines[start:end])
    for delimiter in _DELIMITERS:
        cells = _cells(row, delimiter)
        if cells is None or len(cells) < 2:
            continue
        asked = _only(cells, question.title)
        answered = _only(cells, question.answer_markdown, other_than=asked)
        if asked is None or answered is None:
            continue
        edits = {answered: answer} if title is None else {asked: title, answered: answer}
        for index in sorted(edits, reverse=True):  # the later cell first: offsets hold
            cell = cells[index]
            written = _written(edits[index], delimiter, cell.quoted)
            row = row[: cell.start] + written + row[cell.end :]
        return "\n".join([*lines[:start], *row.split("\n"), *lines[end:]])
    raise NoWriteBack(
        f"its row at line {question.source_line} has no cells holding its question and"
        " answer as they are stored"
    )


def _only(cells: list[_Cell], stored: str, other_than: int | None = None) -> int | None:
    """The index of the one cell that reads as `stored` (its spaces and a carriage
    return left out; an empty answer: the one empty cell), None when none does, or
    several."""
    found = [
        i
        for i, cell in enumerate(cells)
        if i != other_than and cell.value.replace("\r", "").strip() == stored.strip()
    ]
    return found[0] if len(found) == 1 else None


def _written(value: str, delimiter: str, quoted: bool) -> str:
    """`value` as the csv module writes a cell of this dialect: quoted where it was,
    else only where its text needs quotes."""
    if not value and not quoted:
        return ""
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if quoted else csv.QUOTE_MINIMAL
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\n").writerow([value])
    return out.getvalue()[:-1]


def _cells(row: str, delimiter: str) -> list[_Cell] | None:
    """The row's cells with their places, where they are the csv module's reading of
    it with `delimiter` (the check: the same values); None where they are not (text
    after a closing quote, a quote never closed)."""
    cells: list[_Cell] = []
    i, n = 0, len(row)
    while True:
        if row.startswith('"', i):
            parts, j = [], i + 1
            while True:
                k = row.find('"', j)
                if k < 0:
                    return None
                parts.append(row[j:k])
                if row.startswith('"', k + 1):
                    parts.append('"')
                    j = k + 2
                    continue
                j = k + 1
                break
            if j < n and row[j] != delimiter:
                return None
            cells.append(_Cell(i, j, "".join(parts), True))
        else:
            k = row.find(delimiter, i)
            j = n if k < 0 else k
            cells.append(_Cell(i, j, row[i:j], False))
        if j >= n:
            break
        i = j + 1
    try:
        read = next(csv.reader(io.StringIO(row + "\n"), delimiter=delimiter))
    except (csv.Error, StopIteration):
        return None
    return cells if read == [cell.value for cell in cells] else None

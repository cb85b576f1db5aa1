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
        if asked is None:
            continue
        header = _cells(lines[0], delimiter) if start > 0 else None
        labelled = _labelled(cells, header, question.answer_markdown, asked)
        stored, edited = question.answer_markdown, {}
        if labelled:  # the answer's cell, then its row's other columns as "**Notes:** …"
            stored = _without(stored, labelled)
            answer, edited = _split_labelled(answer, labelled)
        answered = _only(cells, stored, other_than=asked)
        if answered is None and not stored.strip():
            answered = _placeholder_cell(cells, asked)
        if answered is None:
            continue
        edits = {answered: answer, **edited}
        if title is not None:
            edits[asked] = title
        for index in sorted(edits, reverse=True):  # the later cell first: offsets hold
            cell = cells[index]
            written = _written(edits[index], delimiter, cell.quoted)
            row = row[: cell.start] + written + row[cell.end :]
        return "\n".join([*lines[:start], *row.split("\n"), *lines[end:]])
    raise NoWriteBack(
        f"its row at line {question.source_line} has no cells holding its question and"
        " answer as they are stored"
    )


def _labelled(
    cells: list[_Cell], header: list[_Cell] | None, stored: str, asked: int
) -> dict[int, str]:
    """The row's other columns its answer shows below the answer's own cell, as the
    import writes them ("**Notes:** asked at Stripe", core.parse.tabular): cell index →
    the paragraph's label. Empty where the file has no header or shows none."""
    if header is None or len(header) != len(cells):
        return {}
    paragraphs = set(stored.split("\n\n"))
    return {
        i: header[i].value.strip()
        for i, cell in enumerate(cells)
        if i != asked
        and cell.value.strip()
        and header[i].value.strip()
        and f"**{header[i].value.strip()}:** {cell.value.strip()}" in paragraphs
    }


def _without(stored: str, labelled: dict[int, str]) -> str:
    """The stored answer less its labelled paragraphs: the answer cell's text."""
    labels = tuple(f"**{label}:** " for label in labelled.values())
    return "\n\n".join(p for p in stored.split("\n\n") if not p.startswith(labels))


def _split_labelled(answer: str, labelled: dict[int, str]) -> tuple[str, dict[int, str]]:
    """An edited answer parted as the import joined it: the text before the first
    labelled paragraph for the answer's cell, each labelled paragraph (and the ones
    after it, up to the next label) for its column's cell; a label taken out of the
    edit empties its cell."""
    by_label = {f"**{label}:** ": index for index, label in labelled.items()}
    own: list[str] = []
    parts: dict[int, list[str]] = {index: [] for index in labelled}
    current: list[str] = own
    for paragraph in answer.split("\n\n"):
        mark = next((m for m in by_label if paragraph.startswith(m)), None)
        if mark is not None:
            current = parts[by_label[mark]]
            current.append(paragraph[len(mark) :])
        else:
            current.append(paragraph)
    return "\n\n".join(own), {i: "\n\n".join(p) for i, p in parts.items()}


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


def _placeholder_cell(cells: list[_Cell], asked: int) -> int | None:
    """The one cell other than the question's that holds a placeholder ("TBD",
    "TODO"), which the import read as no answer (core.parse.notes_to_self); None
    when none does, or several."""
    from studyapp.core.parse.notes_to_self import is_placeholder

    found = [i for i, cell in enumerate(cells) if i != asked and is_placeholder(cell.value)]
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

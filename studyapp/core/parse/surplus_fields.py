"""A row of a CSV or an Anki text export split into more fields than its notes have: a
``;`` or ``,`` typed inside a field without quotes ("A function; with the variables it
captured"), a tab pasted into a TSV cell. Where the export's header
(``#columns:Front;Back;Tags``, ``#tags column:3``, a header row) or the other rows (most
of them of one width) tell how many fields a note has, the surplus pieces go back into
the fields they were split from: the answer's, unless the question only reads whole
once its pieces are joined ("What is X; and Y?"), or some into each where a row has two
or more too many ("What is X; and Y?;A; B"). Each reading is judged by the row it
leaves, whatever the columns' order (an answer column before the question's shifts the
question by the surplus): a question that asks, one that opens as a field does (not
" merge creates…", the rest of a split field), the other cells where their columns'
values are, no field opening with the space typed after a delimiter in prose. The
fields after it keep their places, so a row is never lost nor shifted into its tags.
Where two readings read as well, the answer's is taken and the row is said to be a
guess, for the reader to name it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence

from studyapp.core.parse.titles import ends_asking

# The delimiters typed inside a field: in prose a ";" or a ",", a tab pasted into a TSV
# cell ("What is a closure<TAB>in Python?"); a "|" (a shell pipe, "a | b") is left alone.
PROSE_DELIMITERS = (";", ",", "\t")


def note_width(widths: list[int], declared: int) -> int:
    """How many fields a note has: as the header declares, else the width of two thirds
    of the rows or more (at least three rows, so one odd row cannot be the rule); 0 where
    nothing tells."""
    if declared >= 2:
        return declared
    if len(widths) < 3:
        return 0
    width, count = Counter(widths).most_common(1)[0]
    return width if width >= 2 and count * 3 >= len(widths) * 2 else 0


def rejoined(
    fields: list[str],
    width: int,
    question: int,
    answer: int,
    delimiter: str,
    *,
    seen: Sequence[Collection[str]] = (),
) -> tuple[list[str], bool]:
    """The row's fields with the pieces past `width` joined back into the field they
    were split from (see the module's docstring), and whether that reading is beyond
    doubt; the row as it is where it fits. `seen`: each column's values in the rows
    that fit (a topic, a level), which a reading that keeps a cell in its column has."""
    if width < 2 or len(fields) <= width:
        return fields, True
    fields = list(fields)
    while len(fields) > width and not fields[-1].strip():
        fields.pop()  # a ";" after the last field: nothing was split
    surplus = len(fields) - width
    if surplus <= 0:
        return fields, True
    columns = [at for at in (answer, question) if 0 <= at < width]  # the answer's first
    if not columns:
        return fields, True
    readings = [_joined(fields, shares, delimiter) for shares in _shares(columns, surplus)]
    if not 0 <= question < width or len(readings) == 1:
        return readings[0], True
    judged = [_judged(reading, question, seen) for reading in readings]
    best = max(judged)
    return readings[judged.index(best)], judged.count(best) == 1  # (a tie: the answer's)


def _shares(columns: list[int], surplus: int) -> Iterator[dict[int, int]]:
    """Each way the surplus pieces may have been split from the question and the
    answer (`columns`, the answer's first): all in the first, then one fewer there and
    the rest in the other, on to all in the other ("What is X; and Y?;A; B": one
    each)."""
    if len(columns) == 1:
        yield {columns[0]: surplus}
        return
    first, other = columns
    for rest in range(surplus + 1):
        yield {first: surplus - rest, other: rest}


def _joined(fields: list[str], shares: dict[int, int], delimiter: str) -> list[str]:
    """The row with `shares[at]` surplus pieces joined back into column `at`."""
    reading: list[str] = []
    start = 0
    while start < len(fields):
        end = start + 1 + shares.get(len(reading), 0)  # (len(reading): the column at)
        reading.append(delimiter.join(fields[start:end]))
        start = end
    return reading


def _judged(
    reading: list[str], question: int, seen: Sequence[Collection[str]]
) -> tuple[bool, bool, int, int]:
    """How well a reading reads, best first: whether its question asks; whether the
    question opens as a field typed whole does (no small letter, no space: the rest of
    a split field, " merge creates…"); how many of its cells are values their column
    holds in other rows; how few of its fields open with a space."""
    asked = reading[question]
    opens = asked[:1]
    whole = bool(opens) and not (opens.isspace() or opens.islower())
    known = sum(cell.strip() in values for cell, values in zip(reading, seen, strict=False))
    spaced = sum(cell[:1].isspace() for cell in reading)
    return ends_asking(asked.strip()), whole, known, -spaced

"""A row of a CSV or an Anki text export split into more fields than its notes have: a
``;`` or ``,`` typed inside a field without quotes ("A function; with the variables it
captured"). Where the export's header (``#columns:Front;Back;Tags``, ``#tags column:3``,
a header row) or the other rows (most of them of one width) tell how many fields a note
has, the surplus pieces go back into the field they were split from: the answer's,
unless the question only reads whole once its pieces are joined ("What is X; and Y?").
Each reading is judged by the question it leaves, whatever the columns' order (an
answer column before the question's shifts the question by the surplus): one that asks,
then one that opens as a field does (not " merge creates…", the rest of a split
field). The fields after it keep their places, so a row is never lost nor shifted into
its tags. In rows that ask, a row no reading of which asks cannot be read sensibly:
`rejoined` gives None for it, for the reader to name it rather than guess.
"""

from __future__ import annotations

from collections import Counter

from studyapp.core.parse.titles import ends_asking

# The delimiters prose holds: a tab or a "|" inside a field is rare and left alone.
PROSE_DELIMITERS = (";", ",")


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
    asking: bool = False,
) -> list[str] | None:
    """The row's fields with the pieces past `width` joined back into the field they
    were split from (see the module's docstring); the row as it is where it fits. None
    where the rows ask (`asking`) and no reading of this one does."""
    if width < 2 or len(fields) <= width:
        return fields
    fields = list(fields)
    while len(fields) > width and not fields[-1].strip():
        fields.pop()  # a ";" after the last field: nothing was split
    surplus = len(fields) - width
    if surplus <= 0:
        return fields
    columns = [at for at in (answer, question) if 0 <= at < width]  # the answer's first
    if not columns:
        return fields
    readings = [_joined(fields, at, surplus, delimiter) for at in columns]
    if not 0 <= question < width:
        return readings[0]
    judged = [_judged(reading[question]) for reading in readings]
    if asking and not any(asks for asks, _ in judged):
        return None
    return readings[judged.index(max(judged))]  # (a tie: the answer's)


def _joined(fields: list[str], at: int, surplus: int, delimiter: str) -> list[str]:
    return [
        *fields[:at],
        delimiter.join(fields[at : at + surplus + 1]),
        *fields[at + surplus + 1 :],
    ]


def _judged(question: str) -> tuple[bool, bool]:
    """How well a reading's question reads: whether it asks, whether it opens as a field
    typed whole does (no space after the delimiter, no small letter to start)."""
    opens = question[:1]
    return ends_asking(question.strip()), bool(opens) and not (opens.isspace() or opens.islower())

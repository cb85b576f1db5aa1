"""A row of a CSV or an Anki text export split into more fields than its notes have: a
``;`` or ``,`` typed inside a field without quotes ("A function; with the variables it
captured"). Where the export's header (``#columns:Front;Back;Tags``, ``#tags column:3``,
a header row) or the other rows (most of them of one width) tell how many fields a note
has, the surplus pieces go back into the field they were split from: the answer's,
unless the question only asks once its pieces are joined ("What is X; and Y?"). The
fields after it keep their places, so a row is never lost nor shifted into its tags.
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
    fields: list[str], width: int, question: int, answer: int, delimiter: str
) -> list[str]:
    """The row's fields with the pieces past `width` joined back into the field they
    were split from (see the module's docstring); the row as it is where it fits."""
    if width < 2 or len(fields) <= width:
        return fields
    fields = list(fields)
    while len(fields) > width and not fields[-1].strip():
        fields.pop()  # a ";" after the last field: nothing was split
    surplus = len(fields) - width
    if surplus <= 0:
        return fields
    at = answer if 0 <= answer < width else question
    if not 0 <= at < width:
        return fields
    if 0 <= question < width and question != at:
        pieces = delimiter.join(fields[question : question + surplus + 1])
        if not ends_asking(fields[question].strip()) and ends_asking(pieces.strip()):
            at = question
    joined = delimiter.join(fields[at : at + surplus + 1])
    return [*fields[:at], joined, *fields[at + surplus + 1 :]]

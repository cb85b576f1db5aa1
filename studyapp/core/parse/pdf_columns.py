"""A PDF page set in columns (core.parse.pdf), read a column at a time.

A journal's page, a newsletter's, a cheat sheet's, sets its text in two or three
columns side by side: read across the page, a line of the left column would run on
into the line of the right column at its height. A page is in columns where a gutter
runs down it: a narrow band of x that no text crosses, over most of the page's
height, the columns each side of it alike wide, and the text in them a column's:
its lines wrap at the gutter as at a margin, or headings stand in each column, or
its blocks plainly open at heights of their own. There the page is read as its
reader reads it: what runs across the page above the columns (a title, a running
header), then each column top to bottom, left to right, then what runs across below
them (a footer, set smaller), and each column may itself be in columns again. A
page whose text leaves open a gutter the document's other pages have is in those
columns however little it fills them (the last page's).

Not columns: a table's (its columns as wide as what they hold, its rows' cells
opening level across it, its cells holding no headings), a list's markers set apart
from the items' text (a column too narrow), a band set in columns for a few lines
only. A table set tight (no room between its rows) whose cells all wrap, in columns
alike wide, reads as columns: nothing in its text tells the two apart.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.core.parse.pdf import Span

# The share of the page's text height a gutter runs down, at least
_TALLEST_SHARE = 0.4
_FEWEST_ROWS = 5  # with text on each side of the gutter
_NARROWEST = 0.2  # a column's width, of the page's text width
_WIDEST_GUTTER = 4.0  # in body sizes: wider, the gap between a table's columns
_WIDEST_SHARE = 0.3  # or of the narrower column's width (short lines leave more room)
_WRAPPED = 0.3  # of a column's lines, at least, end near its right edge
_NEAR = 0.12  # near: within this share of the column's width, or a word's width
_WORD = 3.0  # in body sizes: a narrow column's lines are as ragged as its words
_APART = 2.5  # body sizes between two rows: a header or footer set apart
_DEEPEST = 3  # columns inside columns, at most
_ALIKE = 0.75  # the narrower column, of the wider's width, at least
_LEVEL = 0.8  # of the blocks of a side that open level with the other's: a table
_HEADING = 1.12  # a size this much over the body's is a heading's (core.parse.pdf_layout)
_OWN = 0.25  # of them at most, where the lines do not wrap: plainly columns
_TRIES = 3  # gutters tried a page
_MOSTLY = 0.6  # of a page's rows, in columns as the other pages' are


def frames(
    spans: list[Span], gutters: list[float], depth: int = 0
) -> list[tuple[list[Span], bool]]:
    """The page's spans in the order they read, in frames: each column a frame of its
    own, top to bottom; what runs across the page a frame above or below them. A page
    not in columns is one frame. Each with whether it is a column.

    `gutters`: those the document's pages so far have, each added to as found. A page
    whose text leaves one of them open is in those columns, however little of each
    it fills (the last page's columns, a column of three lines)."""
    rows = _rows(spans)
    if depth >= _DEEPEST or len(rows) < 2:
        return [(spans, depth > 0)]
    body = body_size(spans)
    found = _known(rows, gutters, body)
    if found is None and len(rows) >= 2 * _FEWEST_ROWS:
        found = _gutter(rows, body)
        if found is not None:
            gutters.append(found[2])
    if found is None:
        return [(spans, depth > 0)]
    first, last, gutter = found
    above = [s for row in rows[:first] for s in row]
    below = [s for row in rows[last + 1 :] for s in row]
    left = [s for row in rows[first : last + 1] for s in row if s.end <= gutter]
    right = [s for row in rows[first : last + 1] for s in row if s.end > gutter]
    out: list[tuple[list[Span], bool]] = []
    for part, deeper in ((above, depth), (left, depth + 1), (right, depth + 1), (below, depth)):
        if part:
            out.extend(frames(part, gutters, deeper))
    return out


def _rows(spans: list[Span]) -> list[list[Span]]:
    """Spans gathered by their baselines, top to bottom (as core.parse.pdf's lines)."""
    rows: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: -s.y):
        last = rows[-1] if rows else None
        if last is not None and abs(last[0].y - span.y) <= 0.35 * max(last[0].size, span.size):
            last.append(span)
        else:
            rows.append([span])
    return rows


def body_size(spans: list[Span]) -> float:
    """The size most of the spans' letters are set in."""
    sizes: Counter[float] = Counter()
    for span in spans:
        sizes[span.size] += len(span.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _known(rows: list[list[Span]], gutters: list[float], body: float) -> tuple | None:
    """The band either side of a gutter the document's other pages have, if the rows
    leave it open with text each side of it."""
    for gutter in gutters:
        crossing = [any(s.x < gutter < s.end for s in row) for row in rows]
        first, last = _longest_run(rows, crossing, body)
        band = rows[first : last + 1]
        if (
            len(band) >= _MOSTLY * len(rows)  # (not a small table's gap in a page across)
            and any(s.end <= gutter for row in band for s in row)
            and any(s.x >= gutter for row in band for s in row)
        ):
            return first, last, gutter
    return None


def _gutter(rows: list[list[Span]], body: float) -> tuple[int, int, float] | None:
    """The first and last row of the band set in columns and the x its gutter runs
    down, if the rows have one."""
    left = min(s.x for row in rows for s in row)
    right = max(s.end for row in rows for s in row)
    width = right - left
    if width <= 0:
        return None
    # The x in the page's middle fewest rows cross (the columns' lines need not
    # stand at one height), the widest such band first: with three columns, the
    # gutter that leaves two columns of text on its one side may be found first.
    events: list[tuple[float, int]] = []
    for row in rows:
        for x, end in _covered(row):
            events += [(x, 1), (end, -1)]
    events.sort()
    depth, bands = 0, []
    for (x, step), (following, _) in pairwise(events):
        depth += step
        low, high = max(x, left + _NARROWEST * width), min(following, right - _NARROWEST * width)
        if high - low > 0:
            bands.append((depth, low - high, (low + high) / 2))
    tried: set[float] = set()
    for _depth, _width, at in sorted(bands):
        gutter = _middle(rows, at, body)
        if gutter is None or gutter in tried:
            continue
        tried.add(gutter)
        found = _band(rows, gutter, body, width)
        if found is not None or len(tried) >= _TRIES:
            return found
    return None


def _band(
    rows: list[list[Span]], gutter: float, body: float, width: float
) -> tuple[int, int, float] | None:
    """The first and last row of the band set in columns either side of `gutter`, if
    it is one."""
    crossing = [any(s.x < gutter < s.end for s in row) for row in rows]
    first, last = _longest_run(rows, crossing, body)
    if last - first + 1 < 2 * _FEWEST_ROWS:
        return None
    top, bottom = rows[0][0].y, rows[-1][0].y
    if rows[first][0].y - rows[last][0].y < _TALLEST_SHARE * (top - bottom):
        return None
    if not _columns(rows[first : last + 1], gutter, body, width):
        return None
    return first, last, gutter


def _covered(row: list[Span]) -> list[tuple[float, float]]:
    """The stretches of x a row's text covers."""
    out: list[tuple[float, float]] = []
    for span in sorted(row, key=lambda s: s.x):
        if out and span.x <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], span.end))
        else:
            out.append((span.x, span.end))
    return out


def _middle(rows: list[list[Span]], at: float, body: float) -> float | None:
    """The middle of the gap at `at`: between the furthest a text left of it ends and
    the nearest a text right of it starts, in the rows open there."""
    reach, start = None, None
    for row in rows:
        if any(s.x < at < s.end for s in row):
            continue
        ends = [s.end for s in row if s.end <= at]
        starts = [s.x for s in row if s.x >= at]
        if ends:
            reach = max(ends) if reach is None else max(reach, max(ends))
        if starts:
            start = min(starts) if start is None else min(start, min(starts))
    if reach is None or start is None or start <= reach:
        return None
    return (reach + start) / 2


def _longest_run(rows: list[list[Span]], crossing: list[bool], body: float) -> tuple[int, int]:
    """The longest run of rows no text crosses the gutter in, less the rows at its
    ends set apart from it (a title, a running header; a page's number)."""
    best, first = (0, -1), None
    for index, crossed in enumerate([*crossing, True]):
        if not crossed and first is None:
            first = index
        elif crossed and first is not None:
            if index - first > best[1] - best[0] + 1:
                best = (first, index - 1)
            first = None
    first, last = best

    # (above the columns, a title or a header; under them only a footer, set smaller:
    # a heading wrapped at a column's foot is the column's)
    while last > first and rows[first][0].y - rows[first + 1][0].y > _APART * body:
        first += 1
    while (
        last > first
        and max(span.size for span in rows[last]) < body
        and rows[last - 1][0].y - rows[last][0].y > _APART * body
    ):
        last -= 1
    return first, last


def _columns(band: list[list[Span]], gutter: float, body: float, width: float) -> bool:
    """Whether the rows' text each side of the gutter is two columns of text: the
    column each side of it wide enough, alike wide and close to the other, its blocks
    not opening level with the other's as a table's rows do; and its lines wrapping at
    its right edge, or headings in each, or its blocks plainly its own (a cheat
    sheet's short lines). (A side may hold more columns: the one next to the gutter is
    judged.)"""
    lefts = [_covered([s for s in row if s.end <= gutter]) for row in band]
    rights = [_covered([s for s in row if s.x >= gutter]) for row in band]
    beside = (
        _beside([row[-1] for row in lefts if row], rightmost=True),
        _beside([row[0] for row in rights if row], rightmost=False),
    )
    if any(len(column) < _FEWEST_ROWS for column in beside):
        return False
    reach = max(end for _x, end in beside[0])
    start = min(x for x, _end in beside[1])
    narrower = min(max(e for _x, e in column) - min(x for x, _e in column) for column in beside)
    if start - reach > max(_WIDEST_GUTTER * body, _WIDEST_SHARE * narrower):
        return False
    spread, wrapped = [], True
    for column in beside:
        edge = min(x for x, _end in column)
        end = max(end for _x, end in column)
        spread.append(end - edge)
        if end - edge < _NARROWEST * width:
            return False
        near = end - max(_NEAR * (end - edge), _WORD * body)
        wrapped &= sum(stop >= near for _x, stop in column) >= _WRAPPED * len(column)
    # A page's columns are set alike wide; a table's are as wide as what they hold.
    if min(spread) < _ALIKE * max(spread):
        return False
    # A table's rows open level across it; a page's paragraphs, each column's own.
    starts = (_starts(band, lambda s: s.end <= gutter), _starts(band, lambda s: s.x >= gutter))
    fewest = min(map(len, starts))
    level = sum(any(abs(a - b) <= 2 for b in starts[1]) for a in starts[0])
    if fewest >= 3 and level >= _LEVEL * fewest:
        return False
    # (headings inside each side: a page's text runs down them, a table's cells hold
    # none)
    headed = all(
        any(s.size >= _HEADING * body and side(s) for row in band for s in row)
        for side in (lambda s: s.end <= gutter, lambda s: s.x >= gutter)
    )
    return wrapped or headed or (fewest >= _FEWEST_ROWS and level < _OWN * fewest)


def _starts(band: list[list[Span]], side) -> list[float]:
    """The heights of the lines on one side of the gutter that open a block: further
    below the line above them there than a paragraph's lines stand apart."""
    heights = [row[0].y for row in band if any(side(s) for s in row)]
    steps = [a - b for a, b in pairwise(heights)]
    if not steps:
        return []
    return [b for a, b in pairwise(heights) if a - b > 1.4 * min(steps)]


def _beside(stretches: list[tuple[float, float]], rightmost: bool) -> list[tuple[float, float]]:
    """Of each row's stretch of text nearest the gutter, those in the column beside it
    (the side's rightmost column, or its leftmost). A column starts where many of the
    stretches start and none of those further left runs on past it (a list's items set
    in start where many do too, inside their column); it holds the lines set in from
    there, up to where the next column starts."""
    shared = max(_FEWEST_ROWS, len(stretches) / 4)
    starts = Counter(round(x) for x, _end in stretches)
    edges = sorted(
        edge
        for edge in starts
        if sum(count for x, count in starts.items() if abs(x - edge) <= 2) >= shared
        and all(end <= edge for x, end in stretches if x < edge - 2)
    )
    if not edges:
        return []
    if rightmost:
        return [(x, end) for x, end in stretches if x >= edges[-1] - 2]
    bound = next((edge for edge in edges if edge > edges[0] + 2), None)
    return [
        (x, end) for x, end in stretches if edges[0] - 2 <= x and (bound is None or x < bound - 2)
    ]

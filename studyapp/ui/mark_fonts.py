"""Combining accents drawn on their letter, where Qt's mark positioning misplaces them
(QtGui only: the window and the PDF export both call it).

A letter followed by a combining mark with no precomposed form (m̂, v̂, x̂ written as
the letter and U+0302) is placed by the font's OpenType `mark` feature. DejaVu Sans,
the sans-serif most Linux systems fall back to, gives its marks anchors on a point of
the glyph's outline (anchor format 2), and Qt returns that point with its y axis
pointing down: the hat was drawn more than a line above its letter, over the words
of the line before (and off the top of the first line). Without the `mark` and
`mkmk` features the font's own drawing of the mark is used, made to sit over a
lowercase letter, which is where it belongs.

Whether a font misplaces marks is measured, not assumed: a letter and a combining
circumflex are laid out and the mark must lie within the line's box. Only when it
does not are the features turned off, for the whole application font (every widget,
document and PDF font starts from it); a system whose fonts place marks keeps them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

# Mark-to-base and mark-to-mark positioning: the two that read outline points.
MARK_FEATURES = ("mark", "mkmk")
# Letters a circumflex, an acute and a dot above have no precomposed form with, so
# the font's positioning (not a ready-made glyph) places them.
_PROBES = ("x\u0302", "q\u0301", "m\u0307")


def _mark_outside_line(text: str, font: QFont) -> bool:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    top, bottom = line.y(), line.y() + line.height()
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=False):
            box = raw.boundingRect(glyph).translated(position)
            if box.height() and (box.bottom() < top or box.top() > bottom):
                return True
    return False


@functools.cache
def _misplaces(families: tuple[str, ...], pixels: int) -> bool:
    font = QFont()
    if families:
        font.setFamilies(list(families))
    font.setPixelSize(pixels)
    for tag in MARK_FEATURES:
        font.unsetFeature(QFont.Tag(tag))
    return any(_mark_outside_line(probe, font) for probe in _PROBES)


def misplaces_marks(font: QFont) -> bool:
    """True when, in `font`, Qt draws a combining accent outside the line of its letter."""
    return _misplaces(tuple(font.families()), 32)


def with_marks_unpositioned(font: QFont) -> QFont:
    """`font` without the OpenType features that position combining marks."""
    changed = QFont(font)
    for tag in MARK_FEATURES:
        changed.setFeature(QFont.Tag(tag), 0)
    return changed


def place_marks(app: QGuiApplication, families: Iterable[str] = ()) -> bool:
    """Turn mark positioning off for the application font when Qt misplaces combining
    marks in it or in any of `families` (the fonts answers are drawn in). True when
    it did."""
    font = app.font()
    checked = [font]
    for family in families:
        other = QFont(font)
        other.setFamilies([family])
        checked.append(other)
    if not any(misplaces_marks(each) for each in checked):
        return False
    app.setFont(with_marks_unpositioned(font))
    return True

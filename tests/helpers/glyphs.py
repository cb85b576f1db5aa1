"""Where Qt draws the glyphs of a laid-out QTextDocument: a combining accent drawn
outside the line of its letter (a hat a line too high) is one a reader sees on the
wrong word."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


def glyphs_outside_their_line(doc: QTextDocument) -> list[str]:
    """The text of each line some glyph of which is drawn wholly above or below it."""
    found = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            top, bottom = line.y(), line.y() + line.height()
            for run in line.glyphRuns():
                raw = run.rawFont()
                for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=False):
                    box = raw.boundingRect(glyph).translated(at)
                    if box.height() and (box.bottom() < top or box.top() > bottom):
                        start = line.textStart()
                        found.append(block.text()[start : start + line.textLength()])
                        break
        block = block.next()
    return found

"""Right-to-left paragraphs in the weak-topics PDF. Qt's HTML import sets every block
left to right, so an Arabic or Hebrew paragraph was laid out as English: set against
the left margin, its full stop at the wrong end ("…المحتوى" then "." on the right),
a list's bullets on the left. A block whose first letter is of a right-to-left script
is set right to left, as a browser sets a paragraph of `dir="auto"`; a code line
stays as written.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

_RTL = {"R", "AL"}  # Hebrew; Arabic, Syriac, Thaana …
_STRONG = _RTL | {"L"}


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter of `text` with a direction of its own is right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG:
            return kind in _RTL
    return False


def set_right_to_left_blocks(doc: QTextDocument) -> None:
    """Lay out right to left each block that starts in a right-to-left script."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if not block_format.nonBreakableLines() and starts_right_to_left(block.text()):
            block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            QTextCursor(block).setBlockFormat(block_format)
        block = block.next()
    cursor.endEditBlock()

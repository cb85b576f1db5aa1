"""The part of the report that pagination lays out again after each of its breaks.

Qt lays out everything after a changed block again: each page break that
page_breaks.keep_together makes cost a layout of the rest of the report, a 70-page
report's first breaks some 70 pages each, though a break is decided by what lies
within a page or two of it. So what lies further down is hidden while the breaks
above it are made (a hidden block takes no room, and less time to lay out), and shown
again, a stretch at a time, before any of it is measured. Nothing above a hidden
block depends on it (Qt lays a document out from the top down), so where each part
lands, and so each break, is what it was with all of it shown; the stretch shown is
laid out once where it then stands, as Qt would have placed it.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument

# Characters shown beyond the end of what is being measured: two or three pages of
# prose, so that a stretch is shown once for several rounds of breaks.
AHEAD = 8000


class LayoutWindow:
    """Hides the document's blocks from a position on, and shows them again on demand."""

    def __init__(self, doc: QTextDocument, cuts: list[int]) -> None:
        """`cuts`: the positions where a part of the document's flow starts, ascending;
        the window only ever ends at one of them."""
        self._doc = doc
        self._cuts = cuts
        self._hidden: list[QTextBlock] = []  # blocks this window hid, in document order
        self._next = 0  # the first of them still hidden
        start = self._cut_after(AHEAD)
        if start is None:
            return
        block = doc.findBlock(start)
        while block.isValid():
            if block.isVisible():
                block.setVisible(False)
                self._hidden.append(block)
            block = block.next()
        doc.markContentsDirty(start, doc.characterCount() - start)
        doc.size()

    def _cut_after(self, position: int) -> int | None:
        """The first cut at or after `position`, if any. (The cuts were taken before
        the breaks: a paragraph split in two since moves later ones by a character,
        well within AHEAD.)"""
        for cut in self._cuts:
            if cut >= position:
                return cut
        return None

    def show(self, position: int) -> None:
        """Show everything before `position`, and AHEAD characters more, laid out."""
        if self._next >= len(self._hidden) or position <= self._hidden[self._next].position():
            return
        end = self._cut_after(position + AHEAD)
        self._reveal(self._doc.characterCount() if end is None else end)

    def show_all(self) -> None:
        """Show what is still hidden, laid out: the document as it was, with its breaks."""
        if self._next < len(self._hidden):
            self._reveal(self._doc.characterCount())

    def _reveal(self, end: int) -> None:
        start = self._hidden[self._next].position()
        while self._next < len(self._hidden) and self._hidden[self._next].position() < end:
            self._hidden[self._next].setVisible(True)
            self._next += 1
        last = self._hidden[self._next - 1]
        self._doc.markContentsDirty(start, last.position() + last.length() - start)
        self._doc.size()

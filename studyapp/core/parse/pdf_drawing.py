"""What a PDF page draws besides its text that the text's reading needs
(core.parse.pdf): where the drawing is clipped, and the bullets drawn as shapes.

- Clipping: Qt, for one, draws a paragraph that runs over a page break on both pages,
  each clipped to its page's text area: the lines clipped away are not the page's.
  The area shown is the page cut down by each clipping path (as the box around it).
- Bullets: Chrome (and so Notion's and many web apps' PDFs) and Qt draw a list's
  bullet as a small dot, ring or square, not as a "•" the text holds. Each small
  shape about as wide as it is high is kept, for the line it stands before.
"""

from __future__ import annotations

_PATH_POINTS = frozenset((b"m", b"l", b"c", b"v", b"y", b"re"))
_PAINTS = frozenset((b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"))
_PATH_ENDS = _PAINTS | {b"n"}
_SMALLEST, _LARGEST = 1.5, 10.0  # a bullet's width and height, in points
_MOST_MARKS = 2000  # a page's: a chart of thousands of dots holds no list


class PageDrawing:
    """Follows a page's drawing operators (pypdf's visitor_operand_before)."""

    def __init__(self, box: tuple[float, float, float, float]) -> None:
        self.box = box
        self.marks: list[tuple[float, float, float]] = []  # small shapes: x, y, size
        self._saved: list[tuple[float, float, float, float]] = []
        self._path: list[tuple[float, float]] = []

    def shows(self, x: float, y: float) -> bool:
        left, bottom, right, top = self.box
        return left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1

    def operator(self, op: bytes, operands, cm, tm) -> None:
        if op in _PATH_POINTS:
            numbers = [float(n) for n in operands[:6]]
            if op == b"re" and len(numbers) == 4:
                x, y, w, h = numbers
                numbers = [x, y, x + w, y + h]
            self._path.extend(
                _placed(numbers[i], numbers[i + 1], cm) for i in range(0, len(numbers) - 1, 2)
            )
        elif op in (b"W", b"W*") and self._path:
            left, bottom, right, top = _bounds(self._path)
            self.box = (
                max(self.box[0], left),
                max(self.box[1], bottom),
                min(self.box[2], right),
                min(self.box[3], top),
            )
        elif op == b"q":
            self._saved.append(self.box)
        elif op == b"Q" and self._saved:
            self.box = self._saved.pop()
        if op in _PAINTS and self._path and len(self.marks) < _MOST_MARKS:
            self._mark(*_bounds(self._path))
        if op in _PATH_ENDS:
            self._path = []

    def _mark(self, left: float, bottom: float, right: float, top: float) -> None:
        width, height = right - left, top - bottom
        if not (_SMALLEST <= width <= _LARGEST and _SMALLEST <= height <= _LARGEST):
            return
        if not 0.6 <= width / height <= 1.6:
            return  # a rule, an underline: not a bullet
        x, y = (left + right) / 2, (bottom + top) / 2
        if self.shows(x, y):
            self.marks.append((x, y, max(width, height)))


def _bounds(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _placed(x: float, y: float, cm) -> tuple[float, float]:
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]

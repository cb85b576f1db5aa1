"""A code block in an answer reads as one shaded block, not as stripes of shaded lines
with the page showing between them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from studyapp.core.render import _PALETTES
from tests.ui.window_helpers import answer_view_showing

CODE = (
    "Intro.\n\n```python\ndef log(f):\n    def wrapper(*a, **k):\n"
    "        return f(*a, **k)\n    return wrapper\n```\n\nAfter.\n"
)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_code_block_is_shaded_without_gaps_between_its_lines(qtbot, theme):
    view = answer_view_showing(qtbot, CODE, theme)
    image = view.grab().toImage()
    shade = QColor(_PALETTES[theme]["pre_bg"]).name()
    x = image.width() - 40  # right of the code's text, inside the block
    rows = [y for y in range(image.height()) if image.pixelColor(x, y).name() == shade]
    assert len(rows) > 40  # four lines of code
    assert rows[-1] - rows[0] + 1 == len(rows)  # one run: no page colour between lines

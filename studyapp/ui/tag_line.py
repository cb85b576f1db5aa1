"""A question's tags as the answer pane's header shows them: one small, muted line under
its meta line ("Tags: sql, databases, Difficulty::Medium"), never in the answer. A list
longer than the line keeps the tags that fit whole and says how many more ("+3 more"),
the whole list in its tooltip, as Anki's browser lists a note's tags in one column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from studyapp.ui.theme import mute

FONT_SHARE = 0.9  # of the meta line's font: small beside it, still read at a glance
_LEAD = "Tags: "
_SEPARATOR = ", "


def tags_text(tags: Sequence[str], fits: Callable[[str], bool], more: str = " +{} more") -> str:
    """The line for `tags`: all of them where `fits` says the line does, else the most
    leading tags that fit whole with how many are left out, else the first tag alone
    (the label cuts it)."""
    whole = _LEAD + _SEPARATOR.join(tags)
    if not tags or fits(whole):
        return whole if tags else ""
    for kept in range(len(tags) - 1, 0, -1):
        line = _LEAD + _SEPARATOR.join(tags[:kept]) + more.format(len(tags) - kept)
        if fits(line):
            return line
    return _LEAD + tags[0] + (more.format(len(tags) - 1) if len(tags) > 1 else "")


class TagLine(QLabel):
    """The tags' line: plain text, elided to its width by whole tags (`fit`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SHARE)
        self.setFont(font)
        mute(self)
        self.tags: tuple[str, ...] = ()
        self.hide()

    def set_tags(self, tags: Sequence[str]) -> None:
        self.tags = tuple(tags)
        self.setVisible(bool(self.tags))
        self.setToolTip(_LEAD + _SEPARATOR.join(self.tags) if self.tags else "")

    def fit(self, width: int) -> None:
        """The line for `width` px: the tags that fit, the rest counted (tooltip: all)."""
        metrics = self.fontMetrics()
        line = tags_text(self.tags, lambda text: metrics.horizontalAdvance(text) <= width)
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(width, 0))
        if line != self.text():
            self.setText(line)

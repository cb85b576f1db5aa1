"""Eliding a path ("Deck / Parent / Topic", "Deck: Topic") so its end stays whole: the
topic is what tells the rows apart, the deck and parents above it are context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF

_RIGHT = Qt.TextElideMode.ElideRight
MIN_HEAD_CHARS = 1  # below this much room for the head, only "…" stands for it


def elide_path(
    metrics: QFontMetrics | QFontMetricsF, text: str, separator: str, width: float
) -> str:
    """`text` within `width`: whole where it fits; else its last part after `separator`
    whole and the part before it cut at its end ("AI and ML Q… / Vector Search"), or
    only "…" in its place; else the last part alone, cut at its end."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    head, found, tail = text.rpartition(separator)
    if not found:
        return metrics.elidedText(text, _RIGHT, int(width))
    room = width - metrics.horizontalAdvance(separator + tail)
    least = metrics.horizontalAdvance("…") + metrics.horizontalAdvance("M") * MIN_HEAD_CHARS
    if room >= least:
        return metrics.elidedText(head, _RIGHT, int(room)) + separator + tail
    headless = "…" + separator + tail  # the head's place kept, so the row reads as cut
    if metrics.horizontalAdvance(headless) <= width:
        return headless
    return metrics.elidedText(tail, _RIGHT, int(width))

"""Eliding a topic's label ("3. Deck / Parent / Topic", "Deck: Topic") so the parts that
tell rows apart stay whole: a rank before it, and the topic's own name at its end. The
deck and parents between them are context, cut first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF

_RIGHT = Qt.TextElideMode.ElideRight
MIN_HEAD_CHARS = 1  # below this much room for the head, only "…" stands for it


def elide_parts(
    metrics: QFontMetrics | QFontMetricsF,
    width: float,
    tail: str,
    *,
    head: str = "",
    separator: str = "",
    prefix: str = "",
) -> str:
    """`prefix + head + separator + tail` within `width`: whole where it fits; else
    the prefix and the tail whole and the head cut at its end ("3. AI and ML Q… / Vector
    Search"), or only "…" in its place; else the prefix and the tail cut at its end."""
    whole = prefix + (head + separator if head else "") + tail
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    if head:
        room = width - metrics.horizontalAdvance(prefix + separator + tail)
        least = metrics.horizontalAdvance("…") + metrics.horizontalAdvance("M") * MIN_HEAD_CHARS
        if room >= least:
            return prefix + metrics.elidedText(head, _RIGHT, int(room)) + separator + tail
        headless = prefix + "…" + separator + tail  # the head's place kept: the row reads as cut
        if metrics.horizontalAdvance(headless) <= width:
            return headless
    left = width - metrics.horizontalAdvance(prefix)
    if left <= 0:
        return metrics.elidedText(whole, _RIGHT, int(max(width, 0)))
    return prefix + metrics.elidedText(tail, _RIGHT, int(left))

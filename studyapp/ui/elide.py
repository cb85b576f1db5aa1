"""Eliding a topic's label ("3. Deck / Parent / Topic", "Deck: Topic") so the parts that
tell rows apart stay whole: a rank before it, and the topic's own name at its end. The
deck and parents between them are context, cut first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF

_RIGHT = Qt.TextElideMode.ElideRight
# A deck is cut in its middle: its end is what tells a copy from its deck ("Deep
# Learning Interview" and "… (03 Word Export)", "Handbook 2023" and "… 2024"); cut at
# the end, both read "Deep Lea… / Neural Networks".
_MIDDLE = Qt.TextElideMode.ElideMiddle
MIN_HEAD_CHARS = 1  # below this much room for the head, only "…" stands for it
MIN_SHARED_CHARS = 4  # (wide "M"s) the least of a deck's cut that all its rows share


def elide_parts(
    metrics: QFontMetrics | QFontMetricsF,
    width: float,
    tail: str,
    *,
    head: str = "",
    separator: str = "",
    prefix: str = "",
    head_room: float | None = None,
) -> str:
    """`prefix + head + separator + tail` within `width`: whole where it fits; else
    the prefix and the tail whole and the head cut in its middle ("3. AI and…Questions /
    Vector Search"), or only "…" in its place; else the prefix and the tail cut at its end.
    `head_room`: at most this much for the head, cut even where the row would fit
    whole, so that rows sharing a head show it alike (head_budgets)."""
    whole = prefix + (head + separator if head else "") + tail
    head_fits = head_room is None or metrics.horizontalAdvance(head) <= head_room
    if head_fits and metrics.horizontalAdvance(whole) <= width:
        return whole
    if head:
        room = width - metrics.horizontalAdvance(prefix + separator + tail)
        least = metrics.horizontalAdvance("…") + metrics.horizontalAdvance("M") * MIN_HEAD_CHARS
        if head_room is not None:  # the shared cut where it fits, else only "…"
            room = head_room if room >= head_room else least - 1
        if room >= least:
            return prefix + metrics.elidedText(head, _MIDDLE, int(room)) + separator + tail
        headless = prefix + "…" + separator + tail  # the head's place kept: the row reads as cut
        if metrics.horizontalAdvance(headless) <= width:
            return headless
    left = width - metrics.horizontalAdvance(prefix)
    if left <= 0:
        return metrics.elidedText(whole, _RIGHT, int(max(width, 0)))
    return prefix + metrics.elidedText(tail, _RIGHT, int(left))


def head_budgets(
    metrics: QFontMetrics | QFontMetricsF,
    width: float,
    rows: list[tuple[str, str, str]],
    separator: str,
) -> dict[str, float]:
    """The room each head's first part (a deck, its first parent) gets when cut, the
    same in every row that opens with it: the least any of those rows that must cut
    leaves it. Each row cut for itself read one deck four ways in one list ("AI an… /",
    "AI and M… /", "AI and ML Ques… /"). `rows`: (prefix, head, tail) as elide_parts
    takes them; a first part no row must cut is absent (its rows need no cap). A row
    whose own topic leaves less than MIN_SHARED_CHARS does not narrow the others: its
    head reads "…" (elide_parts), theirs the deck cut alike."""
    budgets: dict[str, float] = {}
    least = metrics.horizontalAdvance("…") + metrics.horizontalAdvance("M") * MIN_SHARED_CHARS
    for prefix, head, tail in rows:
        if not head:
            continue
        if metrics.horizontalAdvance(prefix + head + separator + tail) <= width:
            continue
        room = width - metrics.horizontalAdvance(prefix + separator + tail)
        if room < least:  # a long topic name: that row shows "…" for its head alone
            continue
        first = head.split(separator, 1)[0]
        budgets[first] = min(budgets.get(first, room), room)
    return budgets

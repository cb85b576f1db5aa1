"""The status bar's messages, readable whatever their length.

A message too long for the room beside the totals is cut in the middle, between
words ("Removed the deck … (studyapp-…-before-remove-deck.sqlite3)."): its start says
what happened and its end what to do or where it went, so both stay, the start
first. It stays up
long enough to be read, and the bar's tooltip lists the recent messages whole,
newest first, so one cut, or gone before it was read, can be read again by
hovering the status bar.
"""

from __future__ import annotations

import html
from collections import deque
from collections.abc import Callable

RECENT = 6  # messages the tooltip keeps
CHARS_PER_SECOND = 15  # a cut message stays up at least as long as reading it takes
HEAD_SHARE = 0.6  # of the room, at most, for a cut message's first sentence
SENTENCE_ENDS = (".", "!", "?", ":")


def elide_middle(text: str, advance: Callable[[str], float], room: float) -> str:
    """`text`, or its first and last words with " … " between them, within `room` px
    (`advance`: a string's width): never cut inside a word (a file name cut inside
    reads as a different name). The start goes first, up to its first sentence's end
    or most of the room (it says what happened, and the read-only label beside the
    bar repeats the reason a refusal ends with); then words from both ends in turn."""
    if advance(text) <= room:
        return text
    words = text.split(" ")
    head: list[str] = []
    tail: list[str] = []
    first, last = 0, len(words) - 1

    def joined(h: list[str], t: list[str]) -> str:
        return " ".join([*h, "…", *t])

    while first <= last and not (head and head[-1].endswith(SENTENCE_ENDS)):
        if advance(joined([*head, words[first]], tail)) > HEAD_SHARE * room:
            break
        head.append(words[first])
        first += 1
    # In turns while the end grows: a last word too long for the room (a file's
    # name) leaves the start at its sentence's end, not at a dangling word after it.
    while first <= last and advance(joined(head, [words[last], *tail])) <= room:
        tail.insert(0, words[last])
        last -= 1
        if first <= last and advance(joined([*head, words[first]], tail)) <= room:
            head.append(words[first])
            first += 1
    # No end fits at all: as much of the start as the room takes.
    while not tail and first <= last and advance(joined([*head, words[first]], tail)) <= room:
        head.append(words[first])
        first += 1
    return joined(head, tail)


def reading_ms(text: str, ms: int) -> int:
    """How long a message cut in the bar stays: `ms`, or the time its words take to
    read when that is longer (0, a message that stays, stays)."""
    return ms if ms <= 0 else max(ms, 1000 * len(text) // CHARS_PER_SECOND)


class RecentMessages:
    """The last messages, newest first, for the bar's tooltip."""

    def __init__(self) -> None:
        self._texts: deque[str] = deque(maxlen=RECENT)

    def add(self, text: str) -> None:
        if text and (not self._texts or self._texts[0] != text):
            self._texts.appendleft(text)

    def tip(self) -> str:
        """Rich text, so a long message wraps to the screen (a plain line runs off it)."""
        if not self._texts:
            return ""
        lines = [f"• {html.escape(text, quote=False)}" for text in self._texts]
        return "<b>Recent messages</b>, newest first:<br>" + "<br>".join(lines)

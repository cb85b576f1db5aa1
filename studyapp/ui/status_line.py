"""The status bar's messages, readable whatever their length.

A message is shown whole where the room beside the totals holds it. One too long
is cut after its last whole sentence that fits, else after its last whole clause,
else between words, and ends in " …": never in the middle ("would change … read);
re-imports keep this edit." read as nonsense, and sent people hunting for the
rest). It stays up long enough to be read, and the bar's tooltip holds the recent
messages whole, newest (the one on show) first, so the rest of one cut, or one gone
before it was read, can be read by hovering the status bar.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from studyapp.core.html_escape import escape_html

RECENT = 6  # messages the tooltip keeps
CHARS_PER_SECOND = 15  # a cut message stays up at least as long as reading it takes
# A cut at a sentence's (else a clause's) end is taken where it keeps at least this
# share of the room; else the cut goes between words, so the bar is not left half empty.
LEAST_SHARE = 0.5
ELLIPSIS = " …"
SENTENCE_ENDS = (". ", "! ", "? ")
CLAUSE_ENDS = (": ", "; ", ", ", " (", " — ", " – ")


def _cuts(text: str, ends: tuple[str, ...]) -> list[str]:
    """`text`'s starts that end at one of `ends` (the mark kept, or an opening
    bracket left out), shortest first."""
    heads = []
    for end in ends:
        at = text.find(end)
        while at >= 0:
            heads.append(text[:at] if end.startswith(" ") else text[: at + 1])
            at = text.find(end, at + 1)
    return sorted(set(heads), key=len)


def elide_head(text: str, advance: Callable[[str], float], room: float) -> str:
    """`text` where it fits `room` px (`advance`: a string's width); else its start
    to the end of a sentence, else of a clause, else of a word, and " …": the
    longest of the first kind that fills at least LEAST_SHARE of the room."""
    if advance(text) <= room:
        return text
    budget = room - advance(ELLIPSIS)
    words = _cuts(text, (" ",))
    for heads in (_cuts(text, SENTENCE_ENDS), _cuts(text, CLAUSE_ENDS), words):
        fitting = [h for h in heads if advance(h) <= budget]
        if fitting and advance(fitting[-1]) >= LEAST_SHARE * room:
            return fitting[-1].rstrip(",;:—– ") + ELLIPSIS
    fitting = [h for h in words if advance(h) <= budget]
    if fitting:
        return fitting[-1].rstrip(",;:—– ") + ELLIPSIS
    # Not even a first word fits: as many of its letters as do.
    letters = ""
    for char in text:
        if advance(letters + char) > budget:
            break
        letters += char
    return letters + ELLIPSIS


def reading_ms(text: str, ms: int) -> int:
    """How long a message cut in the bar stays: `ms`, or the time its words take to
    read when that is longer (0, a message that stays, stays)."""
    return ms if ms <= 0 else max(ms, 1000 * len(text) // CHARS_PER_SECOND)


class RecentMessages:
    """The last messages whole, newest first, for the bar's tooltip."""

    def __init__(self) -> None:
        self._texts: deque[str] = deque(maxlen=RECENT)

    def add(self, text: str) -> None:
        if text and (not self._texts or self._texts[0] != text):
            self._texts.appendleft(text)

    def tip(self) -> str:
        """Rich text, so a long message wraps to the screen (a plain line runs off it)."""
        if not self._texts:
            return ""
        lines = [f"• {escape_html(text, quote=False)}" for text in self._texts]
        return "<b>Recent messages</b>, newest first:<br>" + "<br>".join(lines)

"""Anki's flags: a question marked with one of seven colours (Ctrl+1–7), for the
person's own sorting ("ask about this", "answer wrong in my notes"). A flag changes
nothing of scheduling; it is kept with the question over re-imports, and a search
finds the flagged questions the way Anki's browser does ("flag:1", "is:flagged").
"""

from __future__ import annotations

import re

# Anki's flag numbers and names, in its order (0: no flag).
FLAG_NAMES: dict[int, str] = {
    1: "Red",
    2: "Orange",
    3: "Green",
    4: "Blue",
    5: "Pink",
    6: "Turquoise",
    7: "Purple",
}

# A search term for flags, as Anki's browser writes them: "flag:1" (red), "flag:0"
# (no flag), "is:flagged" (any flag); "-flag:1" is not understood (a plain word then).
_TERM_RE = re.compile(r"(?<!\S)(?:flag:([0-7])|is:flagged)(?!\S)", re.IGNORECASE)


def flag_name(flag: int) -> str:
    """ "Red" for 1; "" for no flag or a number no flag has (a damaged value)."""
    return FLAG_NAMES.get(flag, "")


def split_flag_search(text: str) -> tuple[str, frozenset[int] | None]:
    """The search's words without its flag terms, and the flags it asks for: None when
    it names none, else the flag numbers a question must have one of (several terms:
    any of them, as "flag:1 flag:4" reads in a list of wanted colours)."""
    wanted: set[int] = set()
    named = False

    def take(match: re.Match[str]) -> str:
        nonlocal named
        named = True
        wanted.update([int(match.group(1))] if match.group(1) else FLAG_NAMES)
        return " "

    rest = _TERM_RE.sub(take, text)
    return " ".join(rest.split()), (frozenset(wanted) if named else None)

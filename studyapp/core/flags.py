"""Anki's flags: a question marked with one of seven colours (Ctrl+1–7), for the
person's own sorting ("ask about this", "answer wrong in my notes"). A flag changes
nothing of scheduling; it is kept with the question over re-imports, and a search
finds the flagged questions the way Anki's browser does ("flag:1", "is:flagged":
core.search_terms).
"""

from __future__ import annotations

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


def flag_name(flag: int) -> str:
    """ "Red" for 1; "" for no flag or a number no flag has (a damaged value)."""
    return FLAG_NAMES.get(flag, "")

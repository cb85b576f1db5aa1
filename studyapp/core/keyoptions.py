"""A point that names alternatives ("specific task or domain"), said by either. No Qt.

A short point with no verb whose words are two alternatives joined by "or" names
either of them: "adapt it for a specific task or domain" is said by "for your specific
task" as much as by "for a specific domain". The words the first alternative leads
with qualify the second too ("specific … domain"), and the words the second ends with
the first ("Freeze … Layers" of "Freeze or Unfreeze Layers"). Where they do not
("strong consistency or availability"), an alternative is heard only with them: a
miss, never a tick too many. A clause with "or" ("adding or removing a node moves …")
is no such point: its verb relates the alternatives to the rest, and it is heard as a
clause (`keystatement`).
"""

from __future__ import annotations

import re

OPTION_WORDS = 5  # a point of alternatives this long or shorter (small words counted)
_OR = re.compile(r"\s+or\s+", re.I)


def options(point: str) -> list[str]:
    """The alternatives a point names, each in full ("specific task", "specific
    domain" of "specific task or domain"); [] for any other point."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch, which imports this)
    from studyapp.core.keyheard import words

    pieces = _OR.split(point.strip())
    if len(pieces) != 2 or ":" in point or "(" in point:
        return []
    found = words(point)
    if len(found) > OPTION_WORDS or any(verb(w) for w in found):
        return []
    first, second = (piece.split() for piece in pieces)
    if not first or not second:
        return []
    if len(second) < len(first):  # ("specific task or domain": "specific domain")
        second = first[: len(first) - len(second)] + second
    elif len(first) < len(second):  # ("Freeze or Unfreeze Layers": "Freeze Layers")
        first = first + second[len(first) :]
    return [" ".join(first), " ".join(second)]

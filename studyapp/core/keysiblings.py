"""A numbered name said as its sibling. No Qt here.

Names that differ only in their number are siblings of one family: the cache levels
L1, L2 and L3, IPv4 and IPv6, HTTP/1.1 and HTTP/2, Python 2 and 3 written "py2" and
"py3". A point "Most accesses hit in L1" is about one of them: a typed clause that says
the rest of the point of a sibling ("most accesses go to L3") says it of another thing,
though it names L1 elsewhere ("L1 is the largest"). Where every typed clause that says
half or more of a clause point's other words names a sibling of its numbered name and
not the name itself, the point is not said. A clause that names the point's own name
says it as before ("most accesses hit in L1, a few in L2").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

_NUMBERED = re.compile(r"([a-z]+)(\d+)")


def sibling_said(point: str, text: Heard, asked: Collection[str] = ()) -> bool:
    """True when the typed answer says a clause point's other words only beside a
    sibling of its numbered name (see the module's docstring)."""
    told = words(point.split(": ")[-1])
    numbered = [m for w in told if (m := _NUMBERED.fullmatch(w))]
    if len(numbered) != 1:
        return False
    name, family = numbered[0][0], numbered[0][1]
    siblings = {
        i
        for i, t in enumerate(text.tokens)
        if (m := _NUMBERED.fullmatch(t)) and m[1] == family and t != name
    }
    if not siblings:
        return False
    rest = [w for w in told if w != name and w not in STOPWORDS and stem(w) not in asked]
    if len(rest) < 2:
        return False
    clause = text.layout.clause
    own = {i for i, t in enumerate(text.tokens) if t == name}
    saying = {}
    for w in rest:
        for p in text.positions(w):
            saying.setdefault(clause[p], set()).add(w)
    judged = False
    for c, found in saying.items():
        if 2 * len(found) < len(rest):
            continue
        if any(clause[p] == c for p in own):
            return False  # said of the name itself
        if not any(clause[p] == c for p in siblings):
            return False  # said of no numbered name: not judged here
        judged = True
    return judged

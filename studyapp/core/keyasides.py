"""A clause's asides: what it says in parentheses, kept whole or left out whole.

A clause too long for a point is cut to a shorter one; a cut inside an aside leaves half
of it ("… for the same inode (same file, can't cross filesystems, can't …"), and the
brackets, unbalanced, then go, so the half reads as if the clause went on with it. An
aside is not what the clause says but said beside it: the clause is read without it
first, and the aside, when it says something of its own, is a point of its own.
"""

from __future__ import annotations

import re

# An aside in round brackets, none inside it; bounded, so a long text is read once.
_ASIDE = re.compile(r"\s\(([^()\n]{1,400})\)")


def asides(clause: str) -> tuple[str, list[str]]:
    """The clause without its asides, and the asides, in the order written ("" and no
    asides when the clause is all aside)."""
    found = [m.group(1).strip() for m in _ASIDE.finditer(clause)]
    bare = " ".join(_ASIDE.sub("", clause).split())
    return (bare, found) if found and bare.strip(" ,;:.") else (clause, [])

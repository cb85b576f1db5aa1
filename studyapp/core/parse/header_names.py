"""A column's name as a sheet's header row writes it, read as the name it means.

People name their columns in their own language and with its accents ("Thème",
"Catégorie", "Réponse"), in capitals or not, with punctuation around ("Answer:",
"Q #"), and a sheet made for two languages names a column in both ("Frage /
Question", "Antwort (Answer)"). A header name is matched folded: accents taken off
(Unicode NFKD, its combining marks dropped), case folded, the runs of anything but
letters and digits one space; a name in parts (parted by "/", "|" or brackets) is
the one known name its parts say.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping

__all__ = ["folded_name", "head_name", "named_as"]

_WORD_RE = re.compile(r"[^\W_]+")
# The parts of a name written in two languages: "Frage / Question", "Antwort (Answer)".
_PARTS_RE = re.compile(r"[/|()\[\]]")


# Words before a column's name that say it is not that column: a quiz's "Wrong answer".
_NOT_IT = frozenset(("wrong", "incorrect", "false", "bad"))


def folded_name(name: str) -> str:
    """`name` as names are compared: "Thème" → "theme", "Question text:" → "question text"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD_RE.findall(bare))


def named_as(header: str, roles: Mapping[str, str]) -> str:
    """The folded name `header` says among the known (folded) names, each with its
    role in `roles`: the whole name's, else the first of its parts' where they say
    one role ("Frage / Question" → "frage"; "Question / Answer" says two, and so
    none); else the whole name folded."""
    whole = folded_name(header)
    if whole in roles or not _PARTS_RE.search(header):
        return whole
    parts = [folded_name(part) for part in _PARTS_RE.split(header)]
    said = [part for part in parts if part in roles]
    return said[0] if said and len({roles[part] for part in said}) == 1 else whole


def head_name(name: str, names: Container[str]) -> str | None:
    """The known name a name of two or three words ends in, the words before it saying
    whose or which it is: "My answer", "Model answer", "Interview question" (folded
    or not); None for any other name, for a "Wrong answer", and for a name that ends
    in a letter ("Option A" is no answer, though "A" alone may be)."""
    words = folded_name(name).split()
    if not 2 <= len(words) <= 3 or len(words[-1]) < 2 or _NOT_IT.intersection(words):
        return None
    return words[-1] if words[-1] in names else None

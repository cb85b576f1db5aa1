"""A question's tags, as its notes gave them: a note's front-matter ``tags: [sql]``, a
sheet's record-keeping column (``Difficulty::Medium``: core.parse.meta_columns), an
Anki note's tags, a card's tags column. They are the question's properties: kept by
the store (one tag a line), shown small in the answer pane's header, found by a
search's ``tag:NAME`` term (core.search_terms) and written as an Anki export's note
tags; none is text of its answer (they once ended it as ``#tag`` labels: noise,
graded as key points).

A tag is hierarchical as Anki's are: ``Difficulty::Medium`` is under ``Difficulty``
(and ``interview/sql``, Obsidian's nested tag, under ``interview``), so ``tag:Difficulty``
finds every difficulty, as Anki's browser does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

__all__ = [
    "anki_tags",
    "anki_wildcards",
    "has_tag",
    "read_tags",
    "record_tag",
    "stored_tags",
    "tag_test",
]


def _clean(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag once, its spaces as one, none empty, in order."""
    return tuple(dict.fromkeys(t for t in (" ".join(tag.split()) for tag in tags) if t))


def record_tag(name: str, value: str) -> str:
    """A record-keeping value as its question's tag: "Difficulty::Medium" for a sheet's
    Difficulty column, a note's ``difficulty: medium``, a title's "(Medium)". Written
    with Anki's ``::``, the hierarchy its browser shows and its export keeps: the
    tag is a value under its column's name (``tag:Difficulty`` finds them all),
    where a ``/`` is only a sign in an Anki tag, and "Company/Meta" would read as a
    person's own nested tag."""
    return f"{name}::{value}"


def stored_tags(tags: Iterable[str]) -> str:
    """`tags` as the store keeps them: one a line ('' for none)."""
    return "\n".join(_clean(tags))


def read_tags(value: object) -> tuple[str, ...]:
    """The tags a stored value holds (none for a value no import writes)."""
    return _clean(value.split("\n")) if isinstance(value, str) else ()


def anki_tags(tags: Iterable[str]) -> list[str]:
    """`tags` as Anki keeps a note's: no spaces in a tag (Anki parts its tags at
    spaces: "system design" would be two), each an underscore."""
    return list(dict.fromkeys(t.replace(" ", "_") for t in _clean(tags)))


# What a search's bare "tag:" says (core.search_terms): a tester's "tag:" alone matched
# nothing, with no word of why.
NAMELESS_TAG_HINT = "“tag:” takes a tag's name after it: tag:sql, or tag:Difficulty for its values."


def anki_wildcards(name: str, line: str = ".") -> str:
    """`name` as a pattern matching what Anki's ``tag:`` and ``deck:`` would: ``*`` for
    any run of characters, ``_`` for any one (``tag:deep_learning`` finds
    "deep-learning" and "deep learning"), the rest as written. `line` is the pattern of
    one character a match may take (``[^\\n]`` to keep within one line)."""
    return re.escape(name).replace(r"\*", f"{line}*").replace("_", line)


def tag_test(name: str) -> Callable[[str], bool]:
    """Whether a question's tags as stored (`stored_tags`: one a line) hold one that
    is `name` or lies under it (``Difficulty::Medium`` and ``Difficulty/Medium``
    under ``Difficulty``), case aside; a ``*`` in `name` stands for any letters and a
    ``_`` for any one, as in Anki's ``tag:sql*`` (the same rules as ``deck:``, so
    ``tag:system_design`` finds "system design", as Anki's export writes it). Made once
    for a search that asks it of every tagged question: one match over a question's
    lines, not one per tag."""
    # A space the name holds (a quoted "system design") is also Anki's "_" for it.
    wanted = anki_wildcards(name.casefold(), r"[^\n]").replace(r"\ ", "[ _]")
    pattern = re.compile(rf"^{wanted}(?:(?:::|/)[^\n]*)?$", re.MULTILINE)
    return lambda stored: pattern.search(stored.casefold()) is not None


def has_tag(tags: Sequence[str], name: str) -> bool:
    """Whether one of `tags` is `name` or lies under it (`tag_test`)."""
    return tag_test(name)(stored_tags(tags))

"""A sheet's column of labels without a name, and how its cells part their labels.

A headerless sheet of cards ("What is ReLU?;max(0, x);Deep Learning") often has a
third column of short labels: the card's topic or tags. It is told by its values
over all rows, not by one cell:

- labels that repeat whole ("SVM", "Deep Learning" on several rows), or words of
  tags that recur from row to row ("stats hypothesis-testing", "python
  concurrency", "python": an old Anki "Notes in Plain Text" export without its
  ``#tags column:`` line) are labels, not more answer; figures and code ("O(n)",
  "SELECT *") and a different sentence on every row are not;
- a cell with spaces is one label ("Deep Learning", "Redes neuronales") unless the
  column clearly holds tags parted by spaces, as Anki writes them: every word in
  lower case as a tag is written (none of a phrase's little words: "used for
  caching" is a phrase), and a word that stands alone in another row
  ("python" beside "python concurrency"), a word at another place in another row,
  or a tag's own marks ("hypothesis-testing", "ml::trees", "#GIL") show its words
  are labels each.

A column its header names "Tags" is read so too (a sheet's "System Design" is one
label), Anki's own tags column excepted: there spaces always part tags.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["label_column", "spaced_tags"]

# One to three words of letters: a label ("Bases de datos", "js async"), not "O(n)".
_LABEL_RE = re.compile(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,2}")
_MAX_LABEL = 40
# A tag as Anki and tag-minded people write one: lower case, no space, its parts
# joined by "-", "_", "::", "/" or "." ("hypothesis-testing", "ml::trees", "node.js").
_TAG_WORD_RE = re.compile(r"#?[a-z0-9][a-z0-9+#]*(?:(?:[-_/.]|::)[a-z0-9+#]+)*")
_TAG_MARK_RE = re.compile(r"[-_/.]|::")
_MAX_TAGS = 8
# The little words of a phrase in lower case, which no one tags a card with.
_FUNCTION_WORDS = frozenset((
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "not", "is", "are", "was",
    "be", "by", "with", "from", "as", "at", "into", "if", "then", "it", "this", "that", "than",
))  # fmt: skip


def _present(values: Sequence[str]) -> list[str]:
    return [v.strip() for v in values if v.strip()]


def label_column(values: Sequence[str]) -> bool:
    """Whether a nameless column's cells are labels (see the module): short word
    labels that repeat, or tags whose words recur from row to row."""
    values = _present(values)
    if len(values) < 2:
        return False
    if len(set(values)) < len(values) and all(
        len(v) <= _MAX_LABEL and _LABEL_RE.fullmatch(v) for v in values
    ):
        return True
    if not spaced_tags(values):
        return False
    rows_of = Counter(word for v in values for word in set(v.split()))
    return any(count >= 2 for count in rows_of.values())


def spaced_tags(values: Sequence[str]) -> bool:
    """Whether a column's cells list tags parted by spaces (see the module): all its
    words tags as written, and one of its cells with spaces shown to be several."""
    values = _present(values)
    words = [v.split() for v in values]
    if not values or any(len(ws) > _MAX_TAGS or not all(map(_tag_word, ws)) for ws in words):
        return False
    several = [ws for ws in words if len(ws) > 1]
    if not several or any(_FUNCTION_WORDS.intersection(ws) for ws in several):
        return False  # ("used for caching", "for x in xs": words of a phrase, not tags)
    alone = {ws[0] for ws in words if len(ws) == 1}
    places: dict[str, set[int]] = {}
    for ws in several:
        for place, word in enumerate(ws):
            places.setdefault(word, set()).add(place)
    return any(
        word in alone or len(at) > 1 or _TAG_MARK_RE.search(word) or word.startswith("#")
        for word, at in places.items()
    )


def _tag_word(word: str) -> bool:
    """A word written as a tag: in lower case, or in any case after a "#" ("#GIL")."""
    return bool(_TAG_WORD_RE.fullmatch(word.lower() if word.startswith("#") else word))

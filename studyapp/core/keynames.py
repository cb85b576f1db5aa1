"""Names in a model answer's prose: the capitalised names of a series ("Atomicity,
Consistency, Isolation and Durability"), in any language written in the Latin script, and
named methods and things ("Shapiro-Wilk", "Singular Value Decomposition (SVD)"), each
added to a `keyterms` collector as a point. No Qt here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core import keylang, keyphrases
from studyapp.core.keylabels import example_paragraph as _example_paragraph
from studyapp.core.keylabels import word_count as _word_count

_UP = keylang.UPPER  # capitals of any script written with cases ("É", "Ø")
_AND = keylang.CONJUNCTION  # "and", "or", "y", "und", "et" …

# A name word; slashes join a compound into one ("I/O-bound", "TCP/IP").
_NAME_WORD = rf"(?:[{_UP}][\w'’.+/-]*[\w+]|[{_UP}]|[a-z]+[A-Z][\w/-]*|\d+[A-Za-z][\w/-]*)"
_NAMED = re.compile(
    rf"{_NAME_WORD}(?:(?:\s+(?:of|and|for|&|de|von|to)\s+|\s+|-){_NAME_WORD})*"
    r"(?:\s*\([A-Za-z0-9][^()]{0,30}\))?"
)
_CONNECTORS = re.compile(r"^(?:(?:of|and|for|&|de|von|to)\s+)+")


# "Atomicity, Consistency, Isolation and Durability": capitalised names in a series, in
# any language ("Atomicidad, Consistencia, Aislamiento y Durabilidad").
# An item may follow its article: "l'Atomicité, la Cohérence, l'Isolation et la Durabilité".
ARTICLE = r"(?:[^\W\d_]{1,3}['’]|[a-z]{1,3}\s+)"
_CAPITALISED = rf"{ARTICLE}?[{_UP}][\w-]+"
SERIES = re.compile(
    rf"(?<![\w-])[{_UP}][\w-]+(?:,\s+{_CAPITALISED})+"
    rf"(?:,?\s+{_AND}\s+{_CAPITALISED}|(?:,\s+{_CAPITALISED}))"
)


# A series after these lists examples ("tasks like image generation, anomaly detection",
# "used in robotics, game AI and autonomous systems").
_EXAMPLES = re.compile(
    r"\b(?:like|such as|e\.g\.|including|for example|(?:used|applied) (?:in|for|by|to))\s", re.I
)


def enumerated(sentences: Sequence[str], collector) -> None:
    """The names of a series ("Atomicity, Consistency, Isolation and Durability"),
    each a point: one capitalised word alone is often emphasis, three or more in a
    series are the things the answer lists."""
    for sentence in sentences:
        illustrating, collector.illustrating = (
            collector.illustrating,
            bool(_EXAMPLES.search(sentence)),
        )
        for item in keyphrases.series(sentence) if not SERIES.search(sentence) else ():
            collector.add(item, "series")  # (capitalised names: below, each a name)
        collector.illustrating = illustrating or _example_paragraph(sentence, collector.asked)
        for match in SERIES.finditer(sentence):
            for name in re.split(rf",\s*(?:{_AND}\s+)?|\s+{_AND}\s+", match[0]):
                name = re.sub(rf"^{ARTICLE}(?=[{_UP}])", "", name.strip())
                if name:
                    collector.listed.add(name.strip().casefold())
                    collector.add(name.strip(), "named")
        collector.illustrating = illustrating


def named(sentence: str, collector) -> None:
    """Named methods and things: runs of capitalised words or acronyms ("Shapiro-Wilk",
    "Singular Value Decomposition (SVD)"), not a sentence's capitalised first word."""
    for match in _NAMED.finditer(sentence):
        name = match.group(0)
        if re.match(r"[\w/(]", sentence[match.start() - 1 : match.start()]):
            continue  # a piece of a word: "O-bound" in "i/O-bound", "O" in "O(1)"
        if match.start() == 0 or re.search(r"[.!?:]\s*$", sentence[: match.start()]):
            first, _, rest = name.partition(" ")
            if not re.fullmatch(r"[A-Z0-9]{2,}\w*|\w*[a-z][A-Z]\w*", first):
                if not rest or rest.startswith("("):
                    continue
                name = rest  # "Use Kolmogorov-Smirnov" names Kolmogorov-Smirnov
        name = _CONNECTORS.sub("", name)
        parts = re.split(rf"\s+{_AND}\s+|,\s*", name.casefold())
        if collector.listed and all(p in collector.listed for p in parts):
            continue  # "Isolation and Durability": names of a series, each a point already
        if _word_count(name) == 1 and not re.search(r"[A-Z].*[A-Z]|\d|-", name):
            continue  # one capitalised word alone is often just emphasis
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", name):
            continue
        collector.add(name, "named", gloss=keyphrases.clause_after(sentence[match.end() :]))

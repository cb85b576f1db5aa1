"""A prose answer told in labelled parts, each a point. No Qt here.

A story told as "Situation - the API spiked at Black Friday. Task - I was IC. Action -
declared SEV1, rolled back the config. Result - 40 min outage." (STAR), or a note as
"Symptom: … Cause: … Fix: …", names its parts with words that label sections
(`keylabels.GENERIC_LABELS`): each part is an idea of its own, and the clauses of the
whole, ranked together, kept some parts twice and lost others (the Action). Where two
sentences or more of one line of a short prose answer open with such a label and a
colon or a dash, each part gives one point, "Action: declared SEV1": its first clause
when short, else what it says cut as a gloss is (`keyglossary.gloss_of`). The typed
answer need not say the label ("I declared a SEV1" ticks "Action: declared SEV1").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keyglossary import gloss_of
from studyapp.core.keyheard import words
from studyapp.core.keylabels import GENERIC_LABELS, label_key

PARTS_ENOUGH = 2  # this many labelled parts in one line: it is told in parts
CLAUSE_WORDS = 6  # a part's first clause this short is its point as said
# A sentence's opening label: one or two words, then a colon or a dash.
_PART = re.compile(r"(?:^|(?<=[.!?])\s+|(?<=:)\s+)([A-Z][a-z]+(?: [a-z]+)?)\s*(?::|\s[–—-])\s+")


def labelled_parts(texts: Sequence[str]) -> list[str]:
    """The points of the parts of the first line told in labelled parts, in order;
    none when no line is."""
    # (in one line: lines each opening with a label are read as before)
    for line in (line for text in texts for line in text.split("\n")):
        found = [m for m in _PART.finditer(line) if _part_label(m[1])]
        if len(found) < PARTS_ENOUGH:
            continue
        points = []
        for k, match in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(line)
            said = line[match.end() : end].strip().rstrip(".")
            # (its first clause as said when short, "I owned the data backfill", else
            # cut as a gloss is: "declared SEV1" of "declared SEV1, rolled back …")
            first = re.split(r"[,;]\s", said, maxsplit=1)[0]
            gloss = first if len(words(first)) <= CLAUSE_WORDS else gloss_of(said, match[1])
            if words(gloss):
                points.append(f"{match[1]}: {gloss}")
        return points
    return []


def _part_label(label: str) -> bool:
    """Whether a label names one part ("Action", "Fix"): a word that labels sections,
    in the singular; "Pros:", "Cons:" and "Examples:" name the items of a list that
    follows, each a point of its own."""
    key = label_key(label)
    return key in GENERIC_LABELS and key == label.casefold()

"""Where a sentence of a model answer ends before a word in small letters. No Qt here.

Notes on command-line tools open sentences with the command as typed: "git fetch
downloads new commits … but leaves your working branch untouched. git pull runs a
fetch and then merges …". A sentence break wants a capital after the stop, so the
two sentences ran into one point ("untouched. git pull runs a fetch"). A stop after
a word of three letters or more, then a word in small letters (or a dotted name,
"copy.deepcopy") and another word, ends the sentence too; not after a short
abbreviation's dot ("e.g.", "vs.", "i.e.": two letters or fewer, or a dot inside)
nor after "etc." or "approx.", which end no sentence as often as they do. Nor does a
capital, a number or code after "e.g.", "i.e.", "vs." or "cf." ("… the WHERE filter,
e.g. `WHERE dt = …` reads one folder": the example belongs to its sentence, and
leaves the point with it, not cut to "…, e.g").
"""

from __future__ import annotations

import re

# (used inside the sentence-break patterns of `keyclauses` and `keyphrases`)
LOWER_OPENING = (
    r"(?<=[^\W\d_]{3}[.!?])(?<!\betc\.)(?<!approx\.)(?<!incl\.)(?<!resp\.)"
    r"\s+(?=[a-z][\w-]*(?:\.[a-z_][\w-]*)*\s+[a-z])"
)
# (after the stop of a sentence-break pattern: no break after these abbreviations)
NOT_ABBREVIATED = r"(?<!\b[eE]\.[gG]\.)(?<!\b[iI]\.[eE]\.)(?<!\bvs\.)(?<!\bcf\.)"


# Marks left side by side where words between them were taken out (a listed series cut
# from its clause: "handshake: SYN, SYN-ACK, ACK. tcp …" read "handshake: , , ,. tcp"):
# a comma, semicolon or colon followed, spaces aside, by more marks.
# (a run ending where a word does not start: "std::vector" and "items[::-1]" are code)
_DEBRIS = re.compile(r"\s*[,;:](?:\s*[,;:.!?])+(?=\s|$)")


def without_debris(text: str) -> str:
    """`text` with each run of stray marks made one: the sentence's stop where the run
    holds one (so the sentence still ends there and the next is not joined to it: no
    "handshake, . tcp or udp phrase"), else its first mark ("a, , b": "a, b")."""
    return _DEBRIS.sub(_one_mark, text)


def _one_mark(match: re.Match[str]) -> str:
    marks = "".join(mark for mark in match.group() if not mark.isspace())
    stop = next((mark for mark in marks if mark in ".!?"), "")
    return stop or marks[0]

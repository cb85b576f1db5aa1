"""Where a clause's subject ends, so that a point never cuts it in two. No Qt here.

A subject is often a compound of two words, an adjective or a noun before its head
noun ("L1 ball", "Batch norm", "Hash map", "Connection pooling"); not after a plural,
which ends its noun group ("Mutexes suit caches": "suit" is the verb), nor before an
adverb ("copy.deepcopy recursively copies": "recursively" opens the verb's). When the question
names its first word only ("Why does L1 regularization …?"), that word is not the
subject the question asks about: the point keeps the whole subject, "L1 ball has
corners on the axes", not "ball has corners on the axes".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, word_set, words

# Words that say what a subject does or is, after it: auxiliaries and modals.
_AUXILIARIES = word_set(
    "is are was were be has have had does do did can cannot could must should may might"
    " will would shall"
)
# "-s" endings of nouns, not of verbs ("class", "bus", "analysis").
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ics")


def predicate(piece: str) -> bool:
    """Whether a word can open what a subject does: a known verb, an auxiliary, or a
    lower-case word in the "-s" of a verb's third person ("normalizes", "halves")."""
    from studyapp.core.keyclauses import verb  # (it imports this module)

    found = words(piece)
    if len(found) != 1:
        return False
    word = found[0]
    if verb(word) or word in _AUXILIARIES:
        return True
    return bool(re.fullmatch(r"[a-z]{3,}s", piece)) and not word.endswith(_NOT_VERB_ENDINGS)


def continues(pieces: Sequence[str], end: int) -> bool:
    """Whether the subject `pieces[:end]` goes on past `end`: the next word is no verb,
    no small word, and is followed by what the subject does ("L1 | ball has …",
    "Batch | norm normalizes …")."""
    if end + 1 >= len(pieces) or re.search(r"[,;:.!?)]$", pieces[end - 1]):
        return False
    head, after = pieces[end], pieces[end + 1]
    before = words(pieces[end - 1])
    if before and _plural(before[-1]):
        return False  # "Mutexes | suit caches …": a plural ends its noun group, its verb next
    found = words(head)
    if len(found) != 1 or found[0] in STOPWORDS or predicate(head) or _adverb(head):
        return False  # ("copy.deepcopy | recursively copies …": an adverb opens the verb's)
    return not re.search(r"[,;:.!?()]", head) and predicate(after)


def _adverb(piece: str) -> bool:
    """A word in small letters that ends in "-ly" ("recursively", "lazily"): an adverb,
    which opens what the subject does, not a noun of the subject ("family", "supply",
    "assembly" are nouns: listed)."""
    return bool(re.fullmatch(r"[a-z]{3,}ly", piece)) and piece not in _LY_NOUNS


_LY_NOUNS = word_set("family supply assembly reply apply anomaly monopoly poly rally")


def _plural(word: str) -> bool:
    """A noun's plural in "-s" ("mutexes", "threads"), not a word that ends so anyway."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_VERB_ENDINGS)

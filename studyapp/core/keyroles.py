"""A clause point said by its nouns alone, with their parts in it another. No Qt here.

A clause point "server replies with its certificate" is a subject, a verb and what
follows the verb. Where the typed answer never says the verb (in any form, synonym or
paraphrase `keyheard` hears), its nouns are all that says it, and then how they stand
tells whether they are the point's. Where every typed clause naming both the subject
and a noun of what follows the verb has that noun first and the subject after it, not
brought in by "by" or "from", the typed answer has the point's thing do something else
to the subject, and says no such point (`roles_inverted`): "the *certificate* authority
encrypts every packet between client and *server*" says no "server replies with its
certificate", "ARP assigns *IP* addresses to *hosts*" no "host broadcasts a request
asking who has the IP". The nouns in the point's order ("the server sends back its
certificate"), a passive ("the certificate is sent by the server"), a source ("SYN
from the client"), a cause ("lookups are fast thanks to the index") or a compound
("the AS path") are heard as before.

Where the typed answer says the verb, active, with the point's object before it and its
subject after ("shared data protects the mutex" for "a mutex protects shared data"), and
never in the point's order nor in the passive ("shared data is protected by a mutex"),
it turns the roles round too (`verb_roles_swapped`).
"""

from __future__ import annotations

from studyapp.core.keyheard import Heard, stem, word_set, words
from studyapp.core.keysynonyms import synonyms

# Words before a noun that make it the doer all the same: a passive's "by", a source's
# "from" ("SYN from the client"), a cause's "thanks to", "because of", "due to"
# ("lookups are fast thanks to the index").
_DOER = frozenset({"by", "from", "thanks", "because", "due"})
# Pronouns, no noun whose part can be turned ("nothing changes at test time").
_PRONOUNS = word_set(
    "nothing something everything anything nobody somebody everybody anyone everyone"
    " none one it they this that"
)


def _clause(point: str, asked) -> tuple[list[str], str, list[str]]:
    """The point's subject words (its own), its main verb and the own words of all that
    follows the verb (to the end of the point)."""
    from studyapp.core.keyclauses import own_words  # (they import keymatch)
    from studyapp.core.keydoing import _ANY_ACTION, _parts, _verb_at

    subject, doing, _rest = _parts(point, asked)
    if not subject or not doing or doing in _ANY_ACTION:
        return [], "", []  # (a causative's action comes after: "makes the browser send")
    told = point.split(": ")[-1].split()
    at = _verb_at(told)
    if at + 1 < len(told) and (told[at].endswith(",") or told[at + 1] in ("and", "or")):
        return [], "", []  # a noun in "-s" in a list, no verb ("ReLU activations and …")
    before = [w for w in words(" ".join(told[:at])) if not w.endswith("ly")]
    if not before or before[-1] != subject[-1] or subject[-1] in _PRONOUNS:
        return [], "", []  # the subject's head right before its verb, or none judged
    after = [w for w in own_words(" ".join(told[at + 1 :]), frozenset(asked)) if w != doing]
    return subject, doing, after


def _spans(text: Heard) -> list[int]:
    """Each typed word's stretch: its clause, where an "and" or "or" with no mark
    before it does not part two ("between client and server")."""
    clause, joined = text.layout.clause, text.layout.joined
    spans, at = [], 0
    for i in range(len(clause)):
        if i and clause[i] != clause[i - 1] and i not in joined:
            at += 1
        spans.append(at)
    return spans


def _verb_said(doing: str, text: Heard) -> bool:
    return bool(text.positions(doing) or text.derived(doing))


def roles_inverted(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer, never saying the point's verb, names its subject and
    a noun after that verb only the other way round (see the module's docstring)."""
    if text.language:
        return False
    subject, doing, after = _clause(point, asked)
    if not subject or not after or _verb_said(doing, text):
        return False
    head = subject[-1]
    actors = text.positions(head)
    if not actors:
        return False
    span, tokens = _spans(text), text.tokens
    met = False
    for word in after:
        if stem(word) == stem(head):
            continue
        for q in text.positions(word):
            for p in actors:
                if span[p] != span[q]:
                    continue
                if p - q == 1:
                    continue  # a compound naming the subject ("the AS path")
                met = True
                if p < q or _DOER & set(tokens[max(0, p - 3) : p]):
                    return False  # the point's order, or a passive's doer
    return met


# A "be" before a typed verb makes it a passive ("shared data is protected by …").
_BE = word_set("is are was were be been being gets get got")


def verb_roles_swapped(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer says the point's verb with what follows it in the point
    as its subject and the point's subject after it ("shared data protects the mutex"
    for "a mutex protects shared data"), active, and never in the point's order (see
    the module's docstring: the verb unsaid is `roles_inverted`'s)."""
    if text.language:
        return False
    subject, doing, after = _clause(point, asked)
    if not subject or not after:
        return False
    head = subject[-1]
    objects = [p for w in after if stem(w) != stem(head) for p in text.positions(w)]
    actors = text.positions(head)
    own = synonyms(stem(doing)) | {stem(doing)}  # (not a phrase's: "throughput rises")
    verbs = [v for v in text.positions(doing) if stem(text.tokens[v]) in own]
    if not objects or not actors or not verbs:
        return False
    span, tokens = _spans(text), text.tokens
    swapped = kept = False
    for v in verbs:
        passive = v and tokens[v - 1] in _BE
        mine = [p for p in actors if span[p] == span[v]]
        theirs = [p for p in objects if span[p] == span[v]]
        if passive or not mine or not theirs:
            kept = kept or bool(passive and mine and theirs)
            continue
        if any(p < v for p in mine) and any(q > v for q in theirs):
            kept = True
        elif any(q < v for q in theirs) and any(p > v for p in mine):
            swapped = True
    return swapped and not kept

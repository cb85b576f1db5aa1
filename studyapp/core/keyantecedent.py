"""A point's action said of another thing the model answer names. No Qt here.

A point says who does its verb: its subject ("scheduler places pods on nodes") or, for a
point cut from it, the sentence before it ("Switching between processes also changes the
page tables, which *flushes the TLB*"). A typed answer that says the verb of another
thing the model answer names ("the *kubelet* places pods on nodes", where the kubelet
starts the containers; "switching *threads* also flushes the TLB", threads being what
the answer compares processes with; "the *origin* server returns the cached copy" for
the edge server's) says no such point. Where the typed answer says the point's verb
right after a subject (past "also", "then", an adverb or an auxiliary), the subject
(its head and the word before it) is judged: a pronoun, a passive's object, the
point's own thing (or its "also known as" name, or a phrase after it: "the kubelet on
each node") or words the model answer never uses (a paraphrase, not judged) leave the
point heard as before; a word the model answer uses only elsewhere, at every place the
typed answer says the verb, makes it another thing (`said_of_another`). A passive
point names no doer ("small table is copied to every executor"): said actively, with its
subject as the verb's object ("Spark copies the small table"), it is the point. A
point that names a thing, no verb ("**certificate**"), is what the doer of its sentence
does to it ("The server sends its certificate"): the same verb with the thing after it,
said of another thing the answer names ("the client sends its certificate"), says no
such point (`_giver`).
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# Words between a subject and its verb ("processes *also* flush …").
_BETWEEN = word_set(
    "also then just only still first often always never usually then is are was were be"
    " been can could will would may might must should does do did has have had"
)

_PASSIVE = word_set("is are was were be been being")
# What may stand between a thing and a phrase after it that tells it ("the kubelet *on
# each* node").
_OF = word_set("on in at of for with inside behind under within from")
_OPENERS = word_set("a an the each every its their this that")
# Words that open a clause, not name a kind of its subject: before the subject they
# link the clause to the one before it ("*so* none can proceed"), modifying nothing.
_LINKS = word_set(
    "so thus hence therefore then because since as when while once until unless if"
    " but yet although though whereas and or nor"
)


def said_of_another(point: str, text: Heard, answer: str) -> bool:
    """True when the typed answer says the point's verb only of another thing the model
    answer names (see the module's docstring)."""
    from studyapp.core.keymatch import split_point

    if text.language or not answer or split_point(point)[1]:
        return False
    verb, before = _doer(point, answer)
    thing = ""
    if not verb:  # a thing marked alone: the verb its sentence gives it ("sends")
        verb, before = _giver(point, answer)
        thing = stem(words(point)[-1]) if verb else ""
    if not verb or not before:
        return False
    from studyapp.core.keyaliases import defined_aliases

    for pair in defined_aliases(answer):  # ("path MTU discovery, also known as PMTUD")
        named = [{stem(w) for w in words(name)} for name in pair]
        if any(n and n <= before for n in named):
            before |= set().union(*named)
    own = {stem(w) for w in words(point)}
    flat = re.sub(r"[*_`]", "", answer)
    elsewhere = {stem(w) for w in words(flat) if w not in STOPWORDS} - before - own
    places = text.positions(verb)
    if not places:
        return False
    tokens, clause = text.tokens, text.layout.clause
    passive = _passive_subject(point, verb)
    if thing:  # (only where the typed verb takes the thing: "the client sends its cert")
        places = [at for at in places if _object_after(at, tokens, clause, thing)]
        if not places:
            return False
    for at in places:
        if passive and _object_after(at, tokens, clause, passive):
            return False  # the passive said actively ("Spark copies the small table")
        k = at - 1
        while k >= 0 and (tokens[k] in _BETWEEN or tokens[k].endswith("ly")):
            k -= 1
        if k < 0 or clause[k] != clause[at]:
            return False  # no subject before it in its clause
        if tokens[k] in STOPWORDS or _PASSIVE & set(tokens[k + 1 : at]):
            return False  # a pronoun, or a passive's object ("a scale … are applied")
        if tokens[at].endswith("ed") and not verb.endswith("ed"):
            return False  # a participle ("an address space mapped onto pages")
        if k == at - 1 and not tokens[at].endswith(("s", "ed")) and not tokens[k].endswith("s"):
            return False  # no verb for sure ("our app *release*"; "links *keep*" is one)
        head = stem(tokens[k])
        linked = k and tokens[k - 1] in _LINKS  # ("*so* none can proceed")
        modifier = stem(tokens[k - 1]) if k and clause[k - 1] == clause[k] and not linked else ""
        if head in before:  # its own thing, unless another's by its modifier
            if modifier not in elsewhere - before:  # ("the *origin* server")
                return False
        elif _owner(k, tokens, before):
            return False  # its own thing, further back ("the kubelet on each node")
        elif head not in elsewhere:
            return False  # words the answer never says: a paraphrase, not judged
    return True


OBJECT_GAP = 3  # words between an active verb and the head of its object, at most


def _passive_subject(point: str, verb: str) -> str:
    """The head of a passive point's subject ("table" of "small table is copied to every
    executor"): what undergoes its verb, not what does it; "" for an active point."""
    told = words(point)
    at = told.index(verb) if verb in told else -1
    if at < 2 or told[at - 1] not in _PASSIVE:
        return ""
    subject = [w for w in told[: at - 1] if w not in STOPWORDS]
    return stem(subject[-1]) if subject else ""


def _object_after(at: int, tokens, clause, head: str) -> bool:
    """Whether the typed verb at `at` takes the passive point's subject as its object:
    its head a few words after it, in its clause ("copies *the small table*")."""
    after = range(at + 1, min(len(tokens), at + 2 + OBJECT_GAP))
    return any(clause[k] == clause[at] and stem(tokens[k]) == head for k in after)


def _owner(k: int, tokens, before: set[str]) -> bool:
    """Whether the typed head at `k` is brought in by a preposition after a word of the
    point's own subject ("the kubelet on each node")."""
    j = k - 1
    while j >= 0 and tokens[j] in _OPENERS:
        j -= 1
    return j >= 1 and tokens[j] in _OF and stem(tokens[j - 1]) in before


THING_WORDS = 2  # a point this short with no verb is a thing something is done to


def _giver(point: str, answer: str) -> tuple[str, set[str]]:
    """For a point that names a thing ("certificate"), the verb the model answer's
    sentence does to it and the stems of what does it ("The server sends its
    **certificate**": "sends", {"server"}); none where no verb comes before it."""
    from studyapp.core.keyclauses import verb
    from studyapp.core.keymatch import statement

    if len(point.split()) > THING_WORDS or statement(point):
        return "", set()
    flat = " ".join(re.sub(r"[*_`]", "", answer).split())
    found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words(point)) + r"\b", flat, re.I)
    if not found:
        return "", set()
    start = max(flat.rfind(m, 0, found.start()) for m in ".!?\n,;:")
    told = words(flat[start + 1 : found.start()])
    at = next((k for k in range(len(told) - 1, 0, -1) if _verb_at(told, k, verb)), 0)
    if not at or len(told) - at > OBJECT_GAP:
        return "", set()
    return told[at], {stem(w) for w in told[:at] if w not in STOPWORDS}


def _verb_at(told: list[str], k: int, verb) -> bool:
    """Whether the word at `k` is a verb: one known, or in "-s" or "-ed" after a word
    that is no small one ("server *issues* an")."""
    w = told[k]
    return verb(w) or (
        w.endswith(("s", "ed"))
        and not w.endswith("ss")
        and len(w) > 3
        and w not in STOPWORDS
        and told[k - 1] not in STOPWORDS
    )


def _doer(point: str, answer: str) -> tuple[str, set[str]]:
    """The point's verb and the stems of what does it: its subject ("scheduler places
    pods": {"schedul"}) or, for a point that opens with its verb, the words of the model
    answer's sentence before it ("switching between processes … which")."""
    from studyapp.core.keyclauses import verb
    from studyapp.core.keydoing import _parts
    from studyapp.core.keysubject import predicate

    told = point.split()
    if len(told) < 2:
        return "", set()
    if not predicate(told[0]):
        subject, doing, _rest = _parts(point, frozenset())
        if not (verb(doing) or doing.endswith(("s", "ed"))):
            return "", set()  # (no verb for sure: "mobile *release* depended on …")
        return doing, {stem(w) for w in subject}
    flat = " ".join(re.sub(r"[*_`]", "", answer).split())
    found = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words(point)[:3]), flat, re.I)
    if not found:
        return "", set()
    start = max(flat.rfind(m, 0, found.start()) for m in ".!?\n")
    before = {stem(w) for w in words(flat[start + 1 : found.start()]) if w not in STOPWORDS}
    return words(told[0])[0], before

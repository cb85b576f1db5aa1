"""A clause point's subject named doing something else. No Qt here.

A point "Content Security Policy restricts which scripts may run" is mostly its
subject's words: an answer that says "a Content Security Policy *encrypts the page*"
names the subject, which is half the point's words, and has it do another thing. Where
each place the typed answer names a point's subject has the subject act right after
it by a verb the point does not say (in any form or synonym `keyheard` hears), and
what follows that verb in its sentence says too little of the point's own predicate
(half its words or fewer: "scripts", "run"), the answer gives the subject another
action and says no such point. "A CSP limits which scripts the browser runs" says it;
"which scripts may run is restricted by a CSP" (the subject acting nowhere) is heard
as before.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

_SKIPPED = re.compile(r"[a-z]+ly")  # an adverb between a subject and its verb ("quickly")


# Where a point's main clause ends after its verb: a relative or subordinate clause, a
# mark ("finds reference cycles | that counting cannot free").
_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:that|which|who|when|where|while|because|so|if)\b", re.I)
_AUXILIARIES = word_set(
    "is are was were be been being has have had does do did can cannot could must should"
    " may might will would shall not"
)


def _parts(point: str, asked) -> tuple[list[str], str, list[str]]:
    """A clause point's subject words (its own, not the question's), its main verb and
    the own words of the rest of its main clause: (["content", "security", "policy"],
    "restricts", ["scripts", "run"]); ([], "", []) when it opens with no subject."""
    from studyapp.core.keyclauses import own_words, verb  # (they import keymatch)
    from studyapp.core.keysubject import predicate

    told = re.split(r"[,;]\s", point.split(": ")[-1])[-1].split()
    if not told or predicate(told[0]):
        return [], "", []  # "forwards client requests …": a verb first, no subject
    at = _verb_at(told)
    opening = words(" ".join(told[:at]))
    if not at or any(verb(w) or w in _PLACES for w in opening):
        return [], "", []  # (nor "projects the data onto the … directions": no subject)
    subject = [
        w
        for w in words(" ".join(told[:at]))
        if w not in STOPWORDS and stem(w) not in asked and not _SKIPPED.fullmatch(w)
    ]
    verb_at = at
    while at < len(told) and (words(told[at])[:1] or [""])[0] in _AUXILIARIES:
        at += 1  # "can pin", "are rejected": the main verb
    if at >= len(told):
        return [], "", []
    doing = words(told[at])
    modal = words(told[verb_at])[0] in _MODALS  # ("can pin": a verb follows a modal)
    if (
        at > verb_at
        and not modal
        and not (doing and (verb(doing[0]) or doing[0].endswith(("ed", "en"))))
    ):
        return [], "", []  # "are useless": what the subject is, no action
    rest = told[at + 1 :]
    if rest and words(rest[0])[:1] in (["which"], ["what"], ["that"], ["how"], ["whether"]):
        rest = rest[1:]  # "restricts which scripts may run": its object is that clause
    tail = _CLAUSE_END.split(" ".join(rest), maxsplit=1)[0]
    return subject, (doing[0] if doing else ""), own_words(tail, frozenset(asked))


_MODALS = word_set("can cannot could must should may might will would shall do does did")
# Prepositions of place and direction, in no subject ("the data onto the directions").
_PLACES = word_set("on onto in into at to from over across through under via toward towards")
# Verbs that say a thing does its job, whatever the job ("a separate cycle collector
# *handles* cycles"), and causatives, whose action comes after ("the attacker *gets*
# their script embedded"): no other action.
_ANY_ACTION = word_set(
    "handles handle handled manages manage managed deals deal takes care does"
    " gets get got makes make made lets let has have had"
)
# Words between a subject and its verb ("the collector *also* frees …").
_BETWEEN = word_set("also then just only still first often always never usually t")
_BEFORE_NOUNS = word_set("a an the of on in at to from for with by over into its their")


def _verb_at(told: list[str]) -> int:
    """Where a clause's verb stands: a known verb or an auxiliary, or a word in "-s"
    that no article or preposition opens and no verb follows ("projects can pin":
    "can"; "Policy restricts which": "restricts"); 0 for none."""
    from studyapp.core.keysubject import predicate

    for k in range(1, len(told)):
        if _known_verb(told[k]):
            return k
        before = words(told[k - 1])[-1:] or [""]
        after = told[k + 1] if k + 1 < len(told) else ""
        if predicate(told[k]) and before[0] not in _BEFORE_NOUNS and not _known_verb(after):
            return k
    return 0


def _known_verb(piece: str) -> bool:
    from studyapp.core.keyclauses import verb  # (it imports keymatch)

    found = words(piece)
    return len(found) == 1 and (verb(found[0]) or found[0] in _AUXILIARIES)


def acts_otherwise(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer names the point's subject only doing another thing,
    with too little of the point's predicate after it (see the module's docstring)."""
    from studyapp.core.keysubject import predicate

    if text.language:
        return False
    subject, doing, rest = _parts(point, asked)
    if not subject or not doing or not rest:
        return False
    heads = text.positions(subject[-1])
    if not heads:
        return False
    own_verb = set(text.positions(doing))
    clause, sentence = text.layout.clause, text.layout.sentence
    need = len(rest) // 2 + 1
    for head in heads:
        at, modal = head + 1, False
        while at < len(text.tokens) and (
            text.tokens[at] in _AUXILIARIES
            or text.tokens[at] in _BETWEEN
            or _SKIPPED.fullmatch(text.tokens[at])
        ):
            modal = modal or text.tokens[at] in _MODALS  # ("can compress": a verb)
            at += 1
        if at >= len(text.tokens) or clause[at] != clause[head]:
            return False  # the subject acts nowhere here ("… is restricted by a CSP")
        acting = modal or predicate(text.tokens[at])
        if at in own_verb or not acting or text.tokens[at] in _ANY_ACTION:
            return False  # the point's own verb, or no verb: not judged here
        stretch = {p for p in range(at, len(text.tokens)) if sentence[p] == sentence[at]}
        said = sum(1 for w in rest if stretch & set(text.positions(w) or text.derived(w)))
        if said >= need:
            return False  # another verb, but the point's predicate after it
    return True


# --- a bare name given another thing's role ------------------------------------------

_COPULAS = word_set("is are was were")
# Where a model answer's clause about a name ends: a sentence's end or a mark, and an
# "and", "but" or "while" after a comma ("TLS encrypts the traffic, and a certificate …").
_ROLE_CLAUSE = re.compile(r"[.;!?\n]+|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+")
ROLE_WORDS = 2  # own words the model answer says of a name, at least, to judge its role


def named_otherwise(point: str, text: Heard, answer: str, asked=frozenset()) -> bool:
    """True when a point that is a bare name ("certificate", "Balanced BST") is named by
    the typed answer only as the subject of a sentence that gives it the role the model
    answer gives another thing: every typed sentence naming it has it act ("a
    certificate *encrypts the traffic*") or be something ("a BST *is* a hash table"),
    saying none of the words of the model answer's clauses about it (in any form or
    synonym `keyheard` hears): another thing's role, or an action the answer never
    mentions ("a certificate *compresses the page*"). A name named otherwise ("the
    server sends its certificate") or said with a word of its role ("the certificate
    proves who the server is", "distributes traffic" for "spreads requests") is heard
    as before; a paraphrase with no word of the role heard ("persists each
    modification" for "records each change") is not."""
    from studyapp.core.keyclauses import own_words
    from studyapp.core.keymatch import significant, split_point, statement
    from studyapp.core.keysubject import predicate

    if text.language or not answer or split_point(point)[1] or statement(point):
        return False
    name = significant(point)
    if not name or all(stem(w) in asked for w in name):
        return False
    role, others = _roles(name, answer, frozenset(asked))
    if len(role) < ROLE_WORDS or not others:
        return False
    told = Heard.of(" ".join(role))
    heads = text.positions(name[-1])
    if not heads:
        return False
    clause, sentence = text.layout.clause, text.layout.sentence
    own = {stem(w) for w in name}
    for head in heads:
        if stem(text.tokens[head]) != stem(name[-1]):
            return False  # named by another form ("true positives" for "TP"): not judged
        at, modal = head + 1, False
        while at < len(text.tokens) and (
            text.tokens[at] in _AUXILIARIES - _COPULAS
            or text.tokens[at] in _BETWEEN
            or _SKIPPED.fullmatch(text.tokens[at])
        ):
            modal = modal or text.tokens[at] in _MODALS
            at += 1
        if at >= len(text.tokens) or clause[at] != clause[head]:
            return False  # named where it does nothing ("… by a load balancer")
        acting = modal or text.tokens[at] in _COPULAS or predicate(text.tokens[at])
        if not acting or text.tokens[at] in _ANY_ACTION:
            return False
        stretch = " ".join(
            text.tokens[p]
            for p in range(at, len(text.tokens))
            if sentence[p] == sentence[head] and stem(text.tokens[p]) not in own
        )
        rest = own_words(stretch, frozenset())  # (the question's things among them)
        if any(told.positions(w) for w in rest):
            return False  # a word of its role ("proves who the server is")
        if not rest:
            return False  # no own word of what it does: not judged here
    return True


def _roles(name: list[str], answer: str, asked: frozenset[str]) -> tuple[list[str], list[str]]:
    """The own words of the model answer's clauses that name `name` (all its words,
    "BSTs" for "BST"), what it says the named thing does or is, and those of its other
    clauses."""
    from studyapp.core.keyclauses import own_words

    role: list[str] = []
    others: list[str] = []
    for part in _ROLE_CLAUSE.split(answer):
        told = Heard.of(part)
        at = [
            set(told.positions(w)) | {p for p, t in enumerate(told.tokens) if t == f"{w}s"}
            for w in name
        ]
        if not all(at):
            others += own_words(part, frozenset())
            continue
        naming = {p for places in at for p in places}
        kept = " ".join(t for p, t in enumerate(told.tokens) if p not in naming)
        role += own_words(kept, asked)
    return list(dict.fromkeys(role)), list(dict.fromkeys(others))

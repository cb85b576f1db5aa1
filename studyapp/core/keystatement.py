"""How a typed answer says a clause of the answer, not a name. No Qt.

`keymatch.said` hears a point that is a clause ("adding or removing a node moves only
about 1/n of the keys", `keymatch.statement`) by a share of its own words said near
each other, in one typed sentence; this module is that share and what it does not
count: a typed answer that says what the clause's subject is and nothing else of it,
that only lists its words, that says the contrary of one of them ("increases" for
"reduces", "after" for "before"), a short step whose subject or object another clause
has, and a longer step given to another actor. The words of a name are `keymatch`'s.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core.keyheard import NEGATIONS, STOPWORDS, Heard, stem, word_set, words
from studyapp.core.keystandard import compared_words
from studyapp.core.keysynonyms import opposites

STATEMENT_SHARE = 0.4  # the share of a clause's own words a typed answer must say
# (Measured in round 22 on every set of tests/core/keypoint_cases.py: where a clause of
# three or four own words is said by half of them, the answer is a right one six times
# for each wrong one. More than half for such clauses cost right answers more than it
# took from wrong ones on every set, and so did asking for its verb, its words within
# one typed clause, or within a narrower window; asking for them in the clause's order
# took most from wrong answers but also cost right ones that turn a clause round,
# "every transaction reads … what was committed" for "versions committed before its
# transaction started". Left at this share; only a half said apart, neither in one
# typed clause nor in the clause's order, says nothing: `_half_apart`.)
CODE_SHARE = 0.6  # the share for a clause mostly of keywords in capitals
# A clause opening with a keyword's name in capitals ("ROLLBACK undoes …", "VACUUM
# reclaims …"): five letters at least, where acronyms ("RAM", "TTL", "JSON"), which a
# person spells out, are shorter; not one that qualifies a thing ("the WHERE filter").
_CAPITAL_NAME = re.compile(r"^\W*(?:(?:the|an?)\s+)?([A-Z]{5,})\b")


def _said_in_part(
    point: str, text: Heard, asked: set[str], short: bool = False, relation: bool = False
) -> bool:
    """A clause is said when at least half its own words (not the question's, not small
    words) are said near each other, in any order and inflection; a `short` one as
    `_short_clause_said` says; a `relation` (a point of its own, no name's gloss) with
    a word of where it relates its subject to (`keyrelation`)."""
    from studyapp.core.keyclauses import own_words  # (it imports this module)

    # (a "cannot" is heard as any denial is, where the clause's words are: keydenial)
    wanted = [w for w in own_words(point, frozenset(asked)) if w not in NEGATIONS]
    wanted += compared_words(point)  # ("the same effect as applying it once")
    if not wanted:
        return False
    # (a clause mostly of keywords in capitals, code, is said more exactly: "ORDER BY
    # salary DESC LIMIT 2" is not "ORDER BY salary DESC LIMIT 1 OFFSET 1 with DISTINCT")
    pieces = point.split()
    code = 2 * sum(1 for p in pieces if len(p) > 1 and p.isupper()) >= len(pieces)
    share = CODE_SHARE if code else STATEMENT_SHARE
    need = max(min(2, len(wanted)), math.ceil(share * len(wanted)))
    found = [text.positions(w) or text.derived(w) for w in wanted]
    if sum(1 for f in found if f) < need:
        return False
    from studyapp.core.keyscale import degree_missing  # (it imports keyheard)

    if _actor_unnamed(point, asked, text):
        return False  # "the changes made so far are kept" for "ROLLBACK undoes the changes …"
    if degree_missing(point, asked, text):
        return False  # "two threads each hold a lock" for "holding locks for as short …"
    predicate = _complement(point, asked)
    if predicate and not any(text.positions(w) or text.derived(w) for w in predicate):
        return False  # "rows without a match … are dropped" says no "… columns are NULL"
    from studyapp.core.keyrelation import relation_said  # (it imports this module)

    if relation and not relation_said(point, text, frozenset(asked)):
        return False  # "keys are hashed … nodes" says no "… hashed onto a ring"
    if _defined_otherwise(point, wanted, found, text):
        return False
    if _says_contrary(point, wanted, text, point, found):
        return False
    if need > 1 and _listed(point, wanted, found, need, text):
        return False
    rivals = _rivals_said(point, asked, text)  # (other asked words: "variance" for "bias")
    if short and not _short_clause_said(
        wanted, found, text, _asked_said(point, asked, text), rivals
    ):
        return False
    if _half_apart(wanted, found, text):
        return False  # "the remote branch was deleted, so you can't commit"
    if need == 1:
        return True
    from studyapp.core.keymatch import NEAR_SLACK, _covering_window  # (it imports this module)

    sentence = text.layout.sentence  # (said together: in one sentence of the typed answer)
    return any(
        _covering_window(
            [[p for p in f if sentence[p] == at] for f in found], need, 3 * len(wanted) + NEAR_SLACK
        )
        for at in sorted(set(sentence))
    )


def _actor_unnamed(point: str, asked: set[str], text: Heard) -> bool:
    """Whether a clause whose actor is a keyword in capitals ("ROLLBACK undoes the
    changes made so far") is typed without it: what the keyword acts on ("the changes
    made so far are kept") says nothing of what it does. Not where the question names
    it."""
    actor = _CAPITAL_NAME.match(point)
    name = actor[1].casefold() if actor else ""
    return (
        bool(name) and stem(name) not in asked and not (text.positions(name) or text.derived(name))
    )


HALF_SAID_WORDS = 4  # a clause this short, said by half its own words, …


def _half_apart(wanted: Sequence[str], found: Sequence[Sequence[int]], text: Heard) -> bool:
    """Whether a short clause (`HALF_SAID_WORDS` own words) said by only half of them
    has that half said apart: in no one typed clause, and not in the clause's order in
    any typed sentence ("points at a commit instead of a branch" for "the remote branch
    was deleted, so you can't commit"). Half a short clause is the idea only said
    together; two of its words from two statements the other way round are words of
    the topic ("User input is concatenated into the SQL string" for "caching the SQL
    string so the input is parsed")."""
    hit = [f for f in found if f]
    if len(wanted) != HALF_SAID_WORDS or 2 * len(hit) > len(wanted):
        return False
    clause = _joined_clauses(text)
    if set.intersection(*({clause[p] for p in f} for f in hit)):
        return False
    sentence = text.layout.sentence
    ends = set(hit[0])  # where the words so far can end, in order, in one sentence
    for f in hit[1:]:
        ends = {q for q in f if any(p < q and sentence[p] == sentence[q] for p in ends)}
    return not ends


def _complement(point: str, asked: set[str]) -> list[str]:
    """What the main clause of a point that opens with a condition says its subject is,
    its own words after an "is" or "are" ("NULL" of "no match, the right table's
    columns are NULL"): the claim, which saying the condition and the subject does not
    make. None for a point of one clause, or a main clause without "is"."""
    from studyapp.core.keyclauses import own_words  # (it imports this module)

    pieces = re.split(r"[,;:]\s", point)
    if len(pieces) < 2:
        return []  # (a claim of one clause is said by its share of words, as it was)
    told = pieces[-1].split()
    at = next((i for i, w in enumerate(told) if i and w.casefold() in _COPULAS), 0)
    if not at or words(" ".join(told[at + 1 : at + 2]))[:1] in (["not"], ["no"]):
        return []
    return own_words(" ".join(told[at + 1 :]), frozenset(asked))


_COPULAS = word_set("is are was were")


def _defined_otherwise(
    point: str, wanted: Sequence[str], found: Sequence[Sequence[int]], text: Heard
) -> bool:
    """Whether the typed answer says what the point's subject is, and says nothing else
    of the point: "virtual nodes are spare copies of the real ones" for "Virtual nodes
    smooth the load". The point's opening words, typed before an "is" or "are", are all
    of it the typed sentence says."""
    told = words(point)
    small = next((i for i, w in enumerate(told) if w in STOPWORDS), len(told))
    opening = told[: min(small, len(told) - 1)]
    tokens, sentence = text.tokens, text.layout.sentence
    for size in range(len(opening), 0, -1):  # (its subject: some of its opening words)
        subject = [stem(w) for w in opening[:size]]
        rest = [f for w, f in zip(wanted, found, strict=True) if stem(w) not in subject]
        for at in range(len(tokens) - size):
            if [stem(t) for t in tokens[at : at + size]] != subject:
                continue
            if tokens[at + size].casefold() not in _COPULAS:
                continue
            if not any(sentence[p] == sentence[at] for f in rest for p in f):
                return True
    return False


SHORT_CLAUSE = 3  # words of a clause point, not small ones, said in one typed clause


def _joined_clauses(text: Heard) -> list[int]:
    """Each typed word's clause, clauses an "and" or "or" joins with no mark before it
    counted as one ("the sender and the receiver"), and so is a cause "because of" gives
    its clause, a phrase with no verb ("latency goes down because of the cache")."""
    clause, at, joined, tokens = [], 0, text.layout.joined, text.tokens
    for i in range(len(tokens)):
        cause = tokens[i] == "because" and tokens[i + 1 : i + 2] == ("of",)
        if i and text.layout.clause[i] != text.layout.clause[i - 1]:
            at += i not in joined and not cause
        clause.append(at)
    return clause


def _asked_said(point: str, asked: set[str], text: Heard) -> list[Sequence[int]]:
    """Where the typed answer says the words of a point that the question asks about
    ("bias" of "High bias underfits", asked about the bias-variance trade-off)."""
    found = [text.positions(w) for w in words(point) if w not in STOPWORDS and stem(w) in asked]
    return [f for f in found if f]


def _rivals_said(point: str, asked: set[str], text: Heard) -> frozenset[int]:
    """Where the typed answer says a word the question asks about that the point does
    not hold ("variance" beside "High bias underfits", asked about the bias-variance
    trade-off): another thing asked about, which a clause may be of instead."""
    own = {stem(w) for w in words(point)}
    return frozenset(
        i
        for i, token in enumerate(text.tokens)
        if token not in STOPWORDS and (found := stem(token)) in asked and found not in own
    )


def _short_clause_said(
    wanted: Sequence[str],
    found: Sequence[Sequence[int]],
    text: Heard,
    asked: Sequence[Sequence[int]] = (),
    rivals: frozenset[int] = frozenset(),
) -> bool:
    """A clause of three words ("client sends SYN", "reviewer approves changes") is said
    in one typed clause that says who does it and what to, each word of it that is no
    verb ("SYN from the client"): its subject and verb alone are what every step says
    ("the client sends ACK"), and its verb and object alone what a step swapped to
    another subject says ("the developer approves changes"). Its verb, and the words of
    it the question asks about (`asked`: where they are said), are in that clause too
    where the typed answer says them: "high bias overfits and high variance underfits"
    says neither "high bias underfits" nor "high variance overfits"."""
    from studyapp.core.keyclauses import verb  # (it imports this module)

    if text.language:
        return True  # (its verbs are not known)
    clause = _joined_clauses(text)
    # Its verb: the first word that is one, or first or second in "-s" ("decouples",
    # "approves"); "changes" of "approves changes" is what it does it to.
    verbs = [
        k
        for k, w in enumerate(wanted)
        if verb(w) or (k < 2 and w.endswith("s") and not w.endswith("ss"))
    ]
    nouns = [f for k, f in enumerate(found) if k not in verbs[:1]] or list(found)
    if not any(all(any(clause[q] == clause[p] for q in f) for f in nouns) for p in nouns[0]):
        return False
    # Its verb and the asked words, where typed, in one clause with a word of it (not
    # one an "and" joins: "high bias overfits and high variance underfits" is two).
    # The asked words typed only in another clause leave it said where its own clause
    # names no other asked thing ("k chunks; …; average the scores" for "Average the k
    # scores", asked about k-fold): the question's words go without saying.
    verb_found = [f for k, f in enumerate(found) if k in verbs[:1] and f]
    own = text.layout.clause

    def together(p: int) -> bool:
        if not all(any(own[q] == own[p] for q in f) for f in verb_found):
            return False
        if all(any(own[q] == own[p] for q in f) for f in asked):
            return True
        return not any(own[r] == own[p] for r in rivals)

    return not (verb_found or asked) or any(together(p) for f in nouns for p in f)


# Words that open a clause about the word before it ("the controller, which creates …"):
# the clause is still that word's.
_RELATIVES = word_set("which who that whose")
_ARTICLES = word_set("a an the")
_JOINING = word_set("and or")
_AUXILIARIES = word_set("is are was were be been has have had does do did can may must")
STEP_WORDS = 8  # a step told as a clause, this long or shorter (articles not counted)


def _actor_apart(point: str, text: Heard, asked: set[str]) -> bool:
    """Whether a step longer than three words ("controller creates a new ReplicaSet",
    "load balancer forwards the request to a server") is given to another actor: its
    subject is said, and so is what it acts on, but never in one typed clause, and the
    subject does something else where it is said ("the kubelet creates a new
    ReplicaSet, the controller places pods"). The passive says it ("a new ReplicaSet
    is created by the controller"), and so does a relative clause ("the controller,
    which creates …"). A short step is `_short_clause_said`'s."""
    from studyapp.core.keyclauses import verb  # (it imports this module)

    own = [w for w in words(point) if w not in _ARTICLES]
    if text.language or not 4 <= len(own) <= STEP_WORDS:
        return False  # (another language's verbs are not known)
    # "subject verb …", the subject one or two words, none of them a verb or asked about
    # (a word in "-s" not in the list is its verb when no known verb comes after it:
    # "orchestrator rolls out new pods", not "early layers barely learn")
    at = next(
        (
            k
            for k in (1, 2)
            if verb(own[k])
            or (
                own[k].endswith("s")
                and not own[k].endswith("ss")
                and own[k + 1] not in _JOINING  # ("activations and … connections")
                and not any(verb(w) for w in own[k + 1 :])
            )
        ),
        0,
    )
    if own[at] in _AUXILIARIES:
        return False  # ("transaction is all or nothing": what it is, no step)
    subject = own[:at]
    if not at or any(verb(w) or w in STOPWORDS or stem(w) in asked for w in subject):
        return False
    rest = [w for w in own[at + 1 :] if w not in STOPWORDS and stem(w) not in asked]
    actor = text.positions(subject[-1])
    objects = [found for w in rest if (found := text.positions(w))]
    if not actor or not objects:
        return False
    clause, tokens = _joined_clauses(text), text.tokens
    mine = {stem(w) for w in own}
    # (the subject does something else where it is said: "the controller places pods")
    if not any(
        t not in STOPWORDS and stem(t) not in mine and clause[i] == clause[p]
        for p in actor
        for i, t in enumerate(tokens)
    ):
        return False

    def together(p: int, q: int) -> bool:
        a, b = sorted((p, q))
        if clause[a] == clause[b]:
            return True
        opener = next(i for i in range(a, b + 1) if clause[i] == clause[b])
        return clause[b] == clause[a] + 1 and tokens[opener] in _RELATIVES

    # (its verb, where typed, tells whose step it is: "the registry builds a container
    # image, the orchestrator stores the image tags" gives "stores" to the orchestrator)
    acting = text.positions(own[at])
    told = [acting] if acting else objects
    return not any(together(p, q) for f in told for q in f for p in actor)


LISTED_WORDS = 2  # a typed clause this short or shorter is an item of a list


def _listed(
    point: str, wanted: Sequence[str], found: Sequence[Sequence[int]], need: int, text: Heard
) -> bool:
    """Whether the typed answer only lists the point's words ("training, badly, data"),
    each an item of its own, none in a clause or beside another: that says no idea.
    Names listed are said ("like PUT or DELETE, unlike POST"): fewer than `need` of the
    words found may be other than names."""
    names = {w.casefold() for w in re.findall(r"\b[A-Z][\w-]*", point)}
    if sum(1 for w, f in zip(wanted, found, strict=True) if f and w in names) >= need:
        return False
    clause = text.layout.clause
    sizes = Counter(clause)
    if any(sizes[clause[p]] > LISTED_WORDS for f in found for p in f):
        return False
    held = Counter(c for f in found for c in {clause[p] for p in f})
    return not any(count > 1 for count in held.values())  # ("FIFO order." is a clause)


def _says_contrary(
    said_of: str,
    wanted: Sequence[str],
    text: Heard,
    point: str,
    found: Sequence[Sequence[int]] | None = None,
) -> bool:
    """`_contrary` for the words a point says (`wanted`, where `found`) and the small
    words of `said_of` that have opposites, which tell frequency ("rarely" / "often")
    though no share of words counts them; and `_order_turned` for the words of order
    ("before" / "after")."""
    if found is None:
        found = [text.positions(w) for w in wanted]
    own = {stem(w) for w in words(point)}
    polar = [w for w in dict.fromkeys(words(said_of)) if w not in wanted and opposites(stem(w))]
    kept = [(w, f) for w, f in zip(wanted, found, strict=True) if stem(w) not in _ORDER]
    polar = [w for w in polar if stem(w) not in _ORDER]
    if _contrary(
        [*(w for w, _ in kept), *polar],
        [*(f for _, f in kept), *(text.positions(w) for w in polar)],
        text,
        own,
    ):
        return True
    return _order_turned(words(said_of), text, own)


# Words of order: "A before B" says "B after A", so their opposite says the contrary only
# with the point's words on the same sides of it.
_ORDER = frozenset(stem(w) for w in ("before", "after", "earlier", "later", "above", "below"))


def _order_turned(told: Sequence[str], text: Heard, own: set[str]) -> bool:
    """Whether the typed answer says the opposite word of order of a point's ("compares
    after type coercion" typed "compares before coercion") with more of the point's
    words on the sides they have in the point than on the other sides ("coerces the
    types before comparing" says it, the other way round), in one clause."""
    clause = text.layout.clause
    for at, word in enumerate(told):
        if stem(word) not in _ORDER or text.positions(word):
            continue
        sides = {
            stem(w): k < at
            for k, w in enumerate(told)
            if k != at and w not in STOPWORDS and stem(w) not in _ORDER
        }
        contrary = opposites(stem(word)) - own
        for i, token in enumerate(text.tokens):
            if stem(token) not in contrary:
                continue
            same = turned = 0
            for w, left in sides.items():
                where = [p for p in text.positions(w) if clause[p] == clause[i]]
                same += any((p < i) == left for p in where)
                turned += any((p < i) != left for p in where)
            if same > turned:
                return True
    return False


def _contrary(wanted: Sequence[str], found: Sequence[Sequence[int]], text: Heard, own=()) -> bool:
    """Whether the typed answer says the opposite of a word of the clause, in a clause
    where it says others of its words and not that one ("Every read returns the newest
    write" for "Reads may return stale data"; "makes inserts and updates faster, and
    reads … get slower" for "makes inserts and updates slower"): it says the contrary
    of the point."""
    clause = text.layout.clause
    saying = {p for positions in found for p in positions}  # ("lowers" says "reduces")
    for k, (word, positions) in enumerate(zip(wanted, found, strict=True)):
        contrary = opposites(stem(word))
        if contrary & set(own):
            continue  # (a point that sets both against each other: "well … but badly")
        here = {clause[p] for p in positions}
        others = {clause[p] for j, f in enumerate(found) if j != k for p in f}
        told = {i for i, token in enumerate(text.tokens) if stem(token) in contrary}
        told |= _phrased(contrary, text)  # ("makes latency go up" for "reduces latency")
        if any(
            clause[i] in others and clause[i] not in here
            for i in told
            if i not in text._deaf and i not in saying
        ):
            return True
    return False


def _phrased(stems: set[str] | frozenset[str], text: Heard) -> set[int]:
    """Where the typed answer says one of `stems` by a phrase of `keysynonyms`' table
    ("goes up" says "increases")."""
    if text._phrased is None:
        from studyapp.core.keysynonyms import phrase_words

        text._phrased = phrase_words(text.tokens, text.spelling.aliases)
    return {p for s in stems for p in text._phrased.get(s, ())}

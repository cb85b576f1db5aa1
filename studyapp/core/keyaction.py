"""What a clause point does, which its nouns alone do not say. No Qt here.

A point "DISTINCT removes duplicate rows from the result" relates two things, rows and
the result, by an action and a preposition; an answer that "sorts the rows of the
result" says both nouns but another relation. A point that does its verb to an object
and relates it to a second thing by a preposition of place or direction ("maps domain
names *to* IP addresses", "removes … rows *from* the result", "spreads requests
*across* servers") is, where the typed answer never says its verb (in any form,
synonym or paraphrase `keyheard` hears), said only where the typed answer relates the
same two things the same way: the object, then a preposition of place or direction,
then the second thing, in one clause ("translates a host name *into* the IP address",
"drops the repeated rows *from* what the query returns"). The two nouns as a pair
("encrypts domain names and IP addresses") or one as a part of the other ("the rows
*of* the result") say no such relation.

Where a point does its verb at a place ("runs *in* the victim's browser", "stores the
session cookie *in* memory"), an answer that does the same verb at another place,
right after it ("runs them *on* the database"), and never names the point's place,
says another thing (`place_moved`).

Where a point says who does its verb ("browser attaches the session cookie") and the
typed answer never says that verb, but has another verb do something to the object
with the point's subject in that clause, not before the verb ("the attacker steals the
session cookie from the victim's browser"), the subject's part is another
(`actor_turned`).
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words
from studyapp.core.keyobject import object_head, verb_before
from studyapp.core.keyrelation import RELATING

# Words that open a noun group: articles and quantifiers.
_OPENERS = word_set(
    "a an the its their his her our your this these those each every all some any both only just"
)
INTRODUCED = 5  # words from a preposition to the noun it brings in ("over a pool of servers")
# Prepositions that relate an object to a place, a goal or a source, and verbs of
# becoming ("a function becomes a generator": turned into one).
LINKING = RELATING | word_set("on in at over from within inside become becomes became")


def _arguments(point: str, verb_word: str, head: str) -> tuple[str, str]:
    """The words that name the two things a clause point relates: its object and the
    noun group after the preposition of place or direction that follows it, each by its
    head noun or, where both heads are one word, by the word that tells them apart
    ("ip", "mac" of "maps IP addresses to MAC addresses"); ("", "") when no such
    preposition follows the object ("removes duplicate rows from the result": "rows",
    "result")."""
    from studyapp.core.keyclauses import FUNCTION_WORDS, verb  # (it imports keymatch)

    told = words(point.split(": ")[-1])
    if verb_word not in told or head not in told[told.index(verb_word) :]:
        return "", ""
    start = told.index(verb_word) + 1
    at = told.index(head, start) + 1
    if at >= len(told) or told[at] not in LINKING:
        return "", ""
    group = [w for w in told[start:at] if w not in _OPENERS]
    other: list[str] = []
    opened = False
    for word in told[at + 1 :]:
        if word in _OPENERS and not other:
            opened = True
            continue
        if not opened and (word.endswith("ing") or verb(word)):
            return "", ""  # "stops neurons from co-adapting": an action, no thing
        if word in FUNCTION_WORDS or (other and verb(word)):
            break  # ("from the result": a noun after its article)
        other.append(word)
    if not other:
        return "", ""
    own = [w for w in group if stem(w) not in {stem(o) for o in other}]
    theirs = [w for w in other if stem(w) not in {stem(g) for g in group}]
    if not own or not theirs:
        return "", ""
    return (head if head in own else own[0]), (other[-1] if other[-1] in theirs else theirs[0])


def _related(objects: list[int], others: list[int], text: Heard) -> bool:
    """Whether the typed answer brings in a mention of the other thing by a preposition
    of place or direction, or a verb of becoming ("into the IP address", "on to the
    servers", "becomes a generator"), after a mention of the object in its sentence; or
    by a verb of its own between them ("resolves domain names, *returning* their IP
    addresses"): a second step, not the two named as a pair."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)

    sentence, tokens = text.layout.sentence, text.tokens
    for at in others:
        for k in range(at - 1, max(-1, at - 1 - INTRODUCED), -1):
            if sentence[k] != sentence[at]:
                break
            if tokens[k] in LINKING and any(p < k and sentence[p] == sentence[at] for p in objects):
                return True
        before = [p for p in objects if p < at and sentence[p] == sentence[at]]
        if before and any(verb(tokens[k]) for k in range(max(before) + 1, at)):
            return True
    return False


def relation_lost(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer says both things a clause point relates but neither
    its verb nor the relation between them (see the module's docstring)."""
    verb_word, head = object_head(point)
    if text.language or not verb_word or not head or stem(verb_word) in asked:
        return False  # (another language's verbs and prepositions are not known)
    head, other = _arguments(point, verb_word, head)
    if not other:
        return False
    if text.positions(verb_word) or text.derived(verb_word):
        return False  # its action is said
    objects, others = text.positions(head), text.positions(other)
    if not objects or not others:
        return False  # (not both said: the share of its words decides)
    sentence = text.layout.sentence
    if not any(sentence[p] == sentence[q] and p < q for p in objects for q in others):
        return False  # (not said in its order in a sentence: the share decides)
    return not _related(objects, others, text)


# Prepositions that say where an action happens ("runs *in* the victim's browser").
PLACES = word_set("in on at inside within")
_PRONOUNS = word_set("it them")  # an object said by a pronoun ("runs them on …")
PLACE_GAP = 5  # words from a verb to its place's preposition ("stores the cookie in …")


def _place(point: str, verb_word: str) -> list[str]:
    """The words of where a clause point does its verb: the noun group after a
    preposition of place a few words after it ("victim", "browser" of "runs in the
    victim's browser"); none where the point says no place there."""
    from studyapp.core.keyclauses import FUNCTION_WORDS  # (it imports keymatch)

    told = words(point.split(": ")[-1])
    if verb_word not in told:
        return []
    at = told.index(verb_word)
    for k in range(at + 1, min(len(told), at + 1 + PLACE_GAP)):
        if told[k] in PLACES:
            group = []
            for word in told[k + 1 :]:
                if word in _OPENERS or (len(word) < 2 and group):
                    continue  # ("the victim's browser": "s")
                if word in FUNCTION_WORDS:
                    break
                group.append(word)
            return group
        if told[k] in FUNCTION_WORDS - _OPENERS:
            break
    return []


def place_moved(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer does the point's verb somewhere else: right after it,
    a preposition of place and a word the point does not say ("runs them on the
    database" for "runs in the victim's browser"), and never a word of the point's
    place ("executes in that person's browser" says it)."""
    from studyapp.core.keyclauses import FUNCTION_WORDS, verb  # (it imports keymatch)

    if text.language:
        return False
    verb_word = object_head(point)[0] or next(
        (w for w in words(point) if verb(w) and w not in FUNCTION_WORDS), ""
    )
    place = [w for w in _place(point, verb_word) if stem(w) not in asked] if verb_word else []
    if not place or any(text.positions(w) or text.derived(w) for w in place):
        return False
    own = {stem(w) for w in words(point)}
    tokens, clause = text.tokens, text.layout.clause
    for at in text.positions(verb_word):
        for k in range(at + 1, min(len(tokens), at + 1 + PLACE_GAP)):
            if clause[k] != clause[at]:
                break
            if tokens[k] not in PLACES:
                if tokens[k] in FUNCTION_WORDS and tokens[k] not in _OPENERS | _PRONOUNS:
                    break  # (past its object: "sends it *with* …")
                continue
            after = [t for t in tokens[k + 1 : k + 1 + PLACE_GAP] if t not in _OPENERS]
            if (
                after
                and after[0].isalpha()
                and len(after[0]) > 2  # (not "in O(1)")
                and after[0] not in FUNCTION_WORDS
                and stem(after[0]) not in own
            ):
                return True
            break
    return False


_AUXILIARIES = word_set("is are was were be been being has have had do does did can will")


def actor_turned(point: str, text: Heard, asked=frozenset()) -> bool:
    """True when the typed answer never says the verb of a point "subject verb object"
    ("browser attaches the session cookie") and has another verb do something to its
    object with the point's subject elsewhere in that clause, not before that verb as
    its subject ("the attacker steals the session cookie from the victim's browser"):
    the subject's part is another."""
    verb_word, head = object_head(point)
    told = words(point.split(": ")[-1])
    if (
        text.language
        or not verb_word
        or not head
        or verb_word not in told
        or verb_word in _AUXILIARIES
    ):
        return False  # (no passive: "data is never modified")
    subject = [w for w in told[: told.index(verb_word)] if w not in STOPWORDS]
    if not subject or stem(subject[-1]) in asked | {stem(head)} or stem(head) in asked:
        return False  # ("function that takes a function": its own object)
    if text.positions(verb_word) or text.derived(verb_word):
        return False
    clause = text.layout.clause
    actors = text.positions(subject[-1])
    turned = False
    for at in text.positions(head):
        doer = verb_before(at, text)
        if doer is None:
            continue
        here = [p for p in actors if clause[p] == clause[at]]
        if any(p <= doer for p in here):
            return False  # "the browser includes …", "producers append …"
        turned = turned or bool(here)
    return turned

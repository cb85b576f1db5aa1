"""What a clause point does its verb to, which a typed answer must say. No Qt here.

A point "Batch norm normalizes layer inputs over the mini-batch" is about layer inputs:
an answer that "normalizes the weights of each layer to unit norm" says its verb and
two of its words, but of another thing. When a typed answer does a clause point's verb
to another noun than the point's object, the point (`keymatch.statement`) is said only
if the answer names the object's head noun somewhere ("inputs" of "layer inputs",
"requests" of "client requests"; in any form or synonym, `keyheard`), or says most of
what the point says past its object: then the other noun names the same thing
("caches static files on edge servers near the users" for "caches static content at
edge servers close to users"). A point whose verb takes no object ("grows by one
segment", "halves when a packet is lost"), or whose object is what the question asks
about or a plain word, asks nothing more.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import Heard, stem, word_set, words
from studyapp.core.keysubject import predicate

# Words before an object's nouns that are no part of what it names.
_OPENERS = word_set(
    "a an the its their his her our your this these those each every all some any no"
    " both either one two several many more most fewer less"
)
_AUXILIARIES = word_set("is are was were be has have had does do did can could must may might")
_ARTICLES = word_set("a an the")


def _verb_at(pieces: list[str], at: int) -> bool:
    """Whether `pieces[at]` is the point's verb: a verb form, not a plural noun after a
    word that opens a noun ("several times"), nor a subject's noun before the verb
    ("Slow start doubles it", "threads reading and writing", "Learning rate controls")."""
    from studyapp.core.keyclauses import FUNCTION_WORDS, verb  # (it imports keymatch)

    piece = pieces[at]
    if not predicate(piece) or re.search(r"[,;:.!?]$", piece):
        return False
    word = " ".join(words(piece))
    if not at and word.endswith("ing") and any(predicate(p) for p in pieces[1:4]):
        return False  # a subject that opens with "-ing": "Learning rate controls …"
    before = " ".join(words(pieces[at - 1])) if at else ""
    if (
        not verb(word)
        and word not in _AUXILIARIES
        and (before in FUNCTION_WORDS or before in _OPENERS or before.isdigit())
    ):
        return False  # ("several times a day")
    following = pieces[at + 1] if at + 1 < len(pieces) else ""
    if following and predicate(following) and word not in _AUXILIARIES:
        # "Slow start doubles it", "threads reading …"; not "promises customers a …"
        return word.endswith("s") and not " ".join(words(following)).endswith("ing")
    return True


def _noun_group(found: list[str]) -> str:
    """The head of the noun group that opens `found`, the words after a verb ("layer
    inputs" of "layer inputs over the mini-batch"), or "" when none opens it."""
    from studyapp.core.keyclauses import FUNCTION_WORDS, verb  # (it imports keymatch)

    noun, opened = "", False
    for k, word in enumerate(found):
        if word in _OPENERS and not noun:
            opened = True
            continue
        if word in FUNCTION_WORDS or (verb(word) and not word.endswith(("ed", "ing"))):
            break  # ("learned scale": a participle names a kind of scale)
        if word.endswith("ly") or (not noun and not opened and (verb(word) or word.endswith("ed"))):
            break  # an adverb ("heavily"); a verb after its auxiliary ("has returned")
        if k + 1 < len(found) and found[k + 1] in _ARTICLES and not noun:
            return ""  # "nodes smooth the load": that word was the verb
        noun = word
    return noun


def object_head(point: str) -> tuple[str, str]:
    """The first verb of a clause point and the head noun of its object ("normalizes",
    "inputs"), or ("", "") when it has none."""
    pieces = point.split(": ")[-1].split()
    for at in range(len(pieces)):
        if not _verb_at(pieces, at):
            continue
        found: list[str] = []
        for after in pieces[at + 1 :]:
            parts = words(after)
            if len(parts) != 1:
                break  # ("1/(1-p)", "mini-batch": a name of its own, no object's noun)
            found.append(parts[0])
            if re.search(r"[,;:.!?)]$", after):
                break
        noun = _noun_group(found)
        return (words(pieces[at])[0], noun) if noun else ("", "")
    return "", ""


def _typed_objects(verb_word: str, text: Heard) -> list[str]:
    """The head nouns of what the typed answer does `verb_word` to, wherever it says it
    ("weights" of "normalizes the weights of each layer")."""
    heads = []
    tokens, clause = text.tokens, text.layout.clause
    for at in text.positions(verb_word):
        end = at + 1
        while end < min(at + 1 + OBJECT_WORDS, len(tokens)) and clause[end] == clause[at]:
            end += 1
        if noun := _noun_group(list(tokens[at + 1 : end])):
            heads.append(noun)
    return heads


OBJECT_WORDS = 4  # the words after a typed verb read as its object, at most


def object_said(point: str, text: Heard, asked: set[str] | frozenset[str]) -> bool:
    """False when the typed answer does the point's verb to something else, and never
    names the point's object (see the module's docstring)."""
    from studyapp.core.keydisplaced import displaced
    from studyapp.core.keyphrases import PLAIN_WORDS  # (it imports keymatch)

    if displaced(point, text, asked):
        return False  # ("deletes the remote repository" for "uploads … to the remote …")
    verb_word, head = object_head(point)
    if not head or head in PLAIN_WORDS or stem(head) in asked or len(head) < 3:
        return True
    own = {stem(w) for w in words(point)}
    others = [w for w in _typed_objects(verb_word, text) if stem(w) not in own]
    if not others:
        return True  # its own object, or none, after the verb
    # (not heard in another of the point's words, as an alias: "learning rate" is
    # also called "step size", which "the learning rate controls the number of epochs"
    # does not say)
    if any(stem(text.tokens[p]) not in own - {stem(head)} for p in text.positions(head)):
        return True
    if text.derived(head):
        return True
    # What the point says past its object, said mostly: the other noun names the same
    # thing ("caches static files on edge servers near the users" for "… content …").
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)

    told = point.split(": ")[-1].split()
    at = next((k for k, p in enumerate(told) if head in words(p)), len(told))
    rest = own_words(" ".join(told[at + 1 :]), frozenset(asked))
    return 2 * sum(1 for w in rest if text.positions(w) or text.derived(w)) > len(rest) > 0


# Words that open the noun group an object is named by: articles, possessives and
# quantifiers ("steals *the* session cookie", "deletes *all* the branches").
_GROUP_OPENERS = word_set(
    "a an the its their his her our your my this these those each every all some any both only just"
)
MODIFIERS = 2  # words of a noun group before its head ("the *remote* repository")


def verb_before(at: int, text: Heard, *, gerund: bool = True) -> int | None:
    """The position of the verb whose object's noun group holds the typed word at `at`,
    walking back over the group's opening words and up to two modifiers ("steals the
    session cookie", "deletes the remote repository"); None where the word is no verb's
    object: a preposition, an auxiliary or another small word stands before its group
    ("between the tables", "is the remote repository"), or the clause opens with it. A
    verb in "-ing" counts unless `gerund` is False ("using a shard key": how, not what
    is done). (`keyaction`, `keydisplaced`.)"""
    from studyapp.core.keyclauses import FUNCTION_WORDS  # (it imports keymatch)

    tokens, clause = text.tokens, text.layout.clause
    k, modifiers = at - 1, 0
    while k >= 0 and clause[k] == clause[at]:
        token = tokens[k]
        if token in _GROUP_OPENERS or (token == "that" and tokens[k + 1] not in _GROUP_OPENERS):
            k -= 1  # ("wipes that remote repository"; not "commits that the remote …")
            continue
        if token in FUNCTION_WORDS or token in _AUXILIARIES or token in _STILL_AUXILIARIES:
            return None
        if predicate(token):
            return None if not gerund and token.endswith("ing") else k
        if modifiers < MODIFIERS and token.isalpha():
            modifiers, k = modifiers + 1, k - 1
            continue
        return None
    return None


_STILL_AUXILIARIES = word_set("been being will would shall should")

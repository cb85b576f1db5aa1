"""A point that restricts ("cache only", "only the permissions it needs"), which a typed
answer naming more than the one thing does not say. No Qt here.

A restricting word ("only", "solely", "just", "exclusively") makes the point say the
thing and nothing else. Its words heard in a typed answer do not say it where that
answer

- names another thing beside it: "writes to the cache and the store" says no "cache
  only" (the word joined by "and", "plus", "as well as" to a noun phrase, "both"
  before it);
- gives it the opposite scope: "give every service admin rights" says no "only the
  permissions it needs" ("every", "all", "admin" … in its sentence, and no restricting
  word of its own there: "only", "minimum", "needed" …); a wide word quantifying
  another of the point's words says nothing of the thing restricted ("the leader
  handles all writes" for "only the leader accepts writes"). A count after the
  restricting word counts the thing, it is not the thing: "only one thread executes
  bytecode" restricts the thread, and "every thread executes bytecode", "many threads
  execute it" give it the opposite scope.
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

_RESTRICTING = word_set("only solely just exclusively")
# Words that keep a typed answer's scope narrow ("the minimum access needed").
_NARROW = _RESTRICTING | word_set(
    "minimum minimal least necessary needed need needs require required requires"
    " alone single sole nothing limited limit limits restrict restricted"
)
# Words that widen a scope to all there is ("every service", "admin rights").
_WIDE = word_set(
    "all every everything everyone admin admins administrator root"
    " superuser unrestricted unlimited blanket"
)
# A count after the restricting word ("only one thread"): the thing is the word after it,
# and a count of more than one widens that scope too ("multiple threads").
_ONE = word_set("one single a an")
_MANY = word_set("many multiple several")
_JOINING = word_set("and plus")
# Verbs that make "and the store …" a clause of its own ("and the store is written later").
_CLAUSE_VERBS = word_set(
    "is are was were gets get got will would can could may might must should stays"
)
_DETERMINERS = word_set("the a an its their his her our your this that these those")


def restricts(point: str) -> bool:
    """Whether the point says its thing and nothing else ("Write-back: cache only")."""
    return any(w in _RESTRICTING for w in words(point))


def restriction_broken(point: str, text: Heard) -> bool:
    """True when the point restricts and the typed answer says the thing restricted
    with another thing beside it or with the opposite scope (see the module's
    docstring)."""
    told = words(point.split(": ")[-1])
    at = next((k for k, w in enumerate(told) if w in _RESTRICTING), None)
    own = [w for w in told if w not in STOPWORDS | _NARROW | _RESTRICTING]
    if text.language or at is None or not own:
        return False
    # The thing restricted: the word before it when it closes the point ("cache only"),
    # else the first after it ("Both recompute only when their dependency array …"
    # restricts the dependency array, not the "Both"); the question's words too: the
    # thing restricted may be what it asks of.
    before = [w for w in told[:at] if w in own]
    counted = at + 1 < len(told) and told[at + 1] in _ONE
    after = [w for w in told[at + 1 + counted :] if w in own]
    thing = (after or before[-1:])[:1] if at < len(told) - 1 else before[-1:]
    if not thing:
        return False
    tokens, sentence = text.tokens, text.layout.sentence
    heard = text.positions(thing[0])
    if any(_joined(tokens, k) for k in heard):
        return True
    others = {stem(w) for w in own} - {stem(thing[0])}
    wide = _WIDE | _MANY if counted else _WIDE
    for k in heard:
        said_with = [j for j in range(len(tokens)) if sentence[j] == sentence[k]]
        if any(tokens[j] in _NARROW for j in said_with):
            continue
        if any(tokens[j] in wide and _quantified(tokens, j) not in others for j in said_with):
            return True
    return False


def _quantified(tokens, at: int) -> str:
    """The stem of the word a wide word quantifies ("all the columns": "column")."""
    for token in tokens[at + 1 : at + 3]:
        if token not in _DETERMINERS:
            return stem(token)
    return ""


def _joined(tokens, at: int) -> bool:
    """Whether the word at `at` is joined to another noun phrase: "the cache and the
    store", "the store and the cache", "both the cache …", "the cache as well as …"."""
    after = tokens[at + 1 : at + 5]
    if after[:1] and after[0] in _JOINING and after[1:2] and after[1] in _DETERMINERS:
        # (not where the "and" opens a clause: "the cache, and the store is written later")
        return not (after[3:4] and after[3] in _CLAUSE_VERBS)
    if tuple(after[:3]) == ("as", "well", "as"):
        return True
    before = tokens[max(0, at - 2) : at]
    if len(before) == 2 and before[1] in _DETERMINERS and before[0] in _JOINING:
        return True
    # ("both cache and store", "both the cache …": the "both" opening its noun phrase)
    return before[-1:] == ("both",) or (
        len(before) == 2 and before[0] == "both" and before[1] in _DETERMINERS
    )

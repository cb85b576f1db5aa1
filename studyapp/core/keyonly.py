"""A point that restricts ("cache only", "only the permissions it needs"), which a typed
answer naming more than the one thing does not say. No Qt here.

A restricting word ("only", "solely", "just", "exclusively") makes the point say the
thing and nothing else. Its words heard in a typed answer do not say it where that
answer

- names another thing beside it: "writes to the cache and the store" says no "cache
  only" (the word joined by "and", "plus", "as well as" to a noun phrase, "both"
  before it);
- gives it the opposite scope: "give every service admin rights" says no "only the
  permissions it needs" ("every", "all", "any", "admin" … in its sentence, and no
  restricting word of its own there: "only", "minimum", "needed" …).
"""

from __future__ import annotations

from studyapp.core.keyheard import STOPWORDS, Heard, word_set, words

_RESTRICTING = word_set("only solely just exclusively")
# Words that keep a typed answer's scope narrow ("the minimum access needed").
_NARROW = _RESTRICTING | word_set(
    "minimum minimal least necessary needed need needs require required requires"
    " alone single sole nothing limited limit limits restrict restricted"
)
# Words that widen a scope to all there is ("every service", "admin rights").
_WIDE = word_set(
    "all every everything everyone any anything admin admins administrator root"
    " superuser unrestricted unlimited blanket"
)
_JOINING = word_set("and plus")
_DETERMINERS = word_set("the a an its their his her our your this that these those")


def restricts(point: str) -> bool:
    """Whether the point says its thing and nothing else ("Write-back: cache only")."""
    return any(w in _RESTRICTING for w in words(point))


def restriction_broken(point: str, text: Heard) -> bool:
    """True when the point restricts and the typed answer says its words with another
    thing beside them or with the opposite scope (see the module's docstring)."""
    if text.language or not restricts(point):
        return False
    # The words it restricts: before it when it closes the point ("cache only"), else
    # after it ("Both recompute only when …" restricts the when, not the "Both"); the
    # question's words too: the thing restricted may be what it asks of.
    told = words(point.split(": ")[-1])
    at = next(k for k, w in enumerate(told) if w in _RESTRICTING)
    scope = told[:at] if at == len(told) - 1 else told[at + 1 :]
    wanted = [w for w in scope if w not in STOPWORDS | _NARROW]
    tokens, sentence = text.tokens, text.layout.sentence
    heard = [at for w in wanted for at in text.positions(w)]
    if any(_joined(tokens, at) for at in heard):
        return True
    for at in heard:
        said_with = [t for k, t in enumerate(tokens) if sentence[k] == sentence[at]]
        if any(t in _WIDE for t in said_with) and not any(t in _NARROW for t in said_with):
            return True
    return False


def _joined(tokens, at: int) -> bool:
    """Whether the word at `at` is joined to another noun phrase: "the cache and the
    store", "the store and the cache", "both the cache …", "the cache as well as …"."""
    after = tokens[at + 1 : at + 4]
    if after[:1] and after[0] in _JOINING and after[1:2] and after[1] in _DETERMINERS:
        return True
    if tuple(after[:3]) == ("as", "well", "as"):
        return True
    before = tokens[max(0, at - 2) : at]
    if len(before) == 2 and before[1] in _DETERMINERS and before[0] in _JOINING:
        return True
    # ("both cache and store", "both the cache …": the "both" opening its noun phrase)
    return before[-1:] == ("both",) or (
        len(before) == 2 and before[0] == "both" and before[1] in _DETERMINERS
    )

"""Words a typed answer may say a key point's word with: the same idea in other words
("checks" for "verifies", "lowers" for "reduces", "cert" for "certificate"). No Qt here.

A person explaining from memory rarely repeats the model answer's verbs; the matcher
(`keymatch.Heard.positions`) hears a point's word in any word of its group. The groups
are the plain verbs, quantities and qualities of technical explanations, and the short
forms people type for long technical words. A word belongs to one group at most, and
only words whose every sense in technical prose is the group's idea are in one: "get"
(fetch? become?), "keep" (store? continue?) and "stop" (halt? prevent?) are not.
"""

from __future__ import annotations

from functools import lru_cache

_GROUPS = """
check verify validate confirm
pause suspend halt
reduce lower decrease lessen shrink
increase raise
all every each
fast quick rapid speedy
large big huge
small tiny
save persist
remove delete erase
append insert
fetch retrieve
send transmit
begin start initiate launch
finish terminate
use utilize utilise employ leverage
display show
split divide
merge combine
choose select pick
allow permit enable
avoid prevent
need require
error mistake
copy duplicate
half halve
change modify alter mutate
separate distinct
stale outdated
newest latest
identical same
certificate cert
asynchronous asynchronously async
synchronous synchronously sync
configuration config
application app
database db
repository repo
information info
statistics stats
parameter param
argument arg
production prod
environment env
authentication authn
authorization authz
function func
variable var
implementation impl
specification spec
producer sender publisher
consumer receiver subscriber
"""


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, frozenset[str]]:
    from studyapp.core.keymatch import stem  # (it imports this module)

    found: dict[str, frozenset[str]] = {}
    for line in _GROUPS.split("\n"):
        stems = frozenset(stem(w) for w in line.split())
        for s in stems:
            found[s] = stems
    return found


def synonyms(word_stem: str) -> frozenset[str]:
    """The stems of the words that say the same as the word of `word_stem` (its own
    among them); empty when it has none."""
    return _by_stem().get(word_stem, frozenset())


# Words that say the opposite of each other's group: a typed clause that says one where
# the point says the other says the point's contrary ("returns the newest write" for
# "may return stale data"). Each line is two groups, split by "|".
_OPPOSITES = """
stale outdated old | fresh newest latest current
slow slower | fast faster quick
increase increases raise | decrease decreases lower reduce
more | less fewer
synchronous synchronously sync | asynchronous asynchronously async
stateful | stateless
sorted ordered | unsorted unordered
strong | weak
mutable | immutable
"""


@lru_cache(maxsize=1)
def _opposites() -> dict[str, frozenset[str]]:
    from studyapp.core.keymatch import stem  # (it imports this module)

    found: dict[str, frozenset[str]] = {}
    for line in _OPPOSITES.strip().split("\n"):
        one, other = ({stem(w) for w in side.split()} for side in line.split("|"))
        for s in one:
            found[s] = found.get(s, frozenset()) | frozenset(other)
        for s in other:
            found[s] = found.get(s, frozenset()) | frozenset(one)
    return found


def opposites(word_stem: str) -> frozenset[str]:
    """The stems of words that say the opposite of the word of `word_stem`."""
    return _opposites().get(word_stem, frozenset())

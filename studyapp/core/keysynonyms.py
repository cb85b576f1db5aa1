"""Words a typed answer may say a key point's word with: the same idea in other words
("checks" for "verifies", "lowers" for "reduces", "cert" for "certificate"). No Qt here.

A person explaining from memory rarely repeats the model answer's verbs; the matcher
(`keyheard.Heard.positions`) hears a point's word in any word of its group. The groups
are the plain verbs, quantities and qualities of technical explanations, and the short
forms people type for long technical words. A word belongs to one group at most, and
only words whose every sense in technical prose is the group's idea are in one: "get"
(fetch? become?), "keep" (store? continue?) and "stop" (halt? prevent?) are not.

A few phrases are heard the same way (`_PHRASES`, `phrase_words`): "all or nothing" says
"completely or not at all", "session state" says "session data", "no order" says
"unordered"; what a phrase denies ("no duplicates") is said by none of them. The other
established names of technical terms ("instruction pointer" for "program counter") and
those a model answer gives "also called" are heard the same way (`keyaliases`), and so
are a verb's irregular forms ("frozen" for "freeze", `keyirregular`).
"""

from __future__ import annotations

from functools import lru_cache

_GROUPS = """
check verify validate confirm
pause suspend halt
reduce lower decrease lessen shrink
increase raise grow expand
all every each
whole entire
fast quick rapid speedy
large big huge vast massive enormous
small tiny
mild slight modest
cheap inexpensive light lightweight
expensive heavy heavyweight
save persist
remove delete erase
append insert
fetch retrieve
replay reapply re-apply
send transmit
spread distribute
begin start initiate launch
finish terminate
use utilize utilise employ leverage
display show
split divide
merge combine coalesce
choose select pick
allow permit enable
avoid prevent
reject refuse
limit cap
protect guard safeguard
need require
error mistake
copy duplicate
half halve
change modify alter mutate
separate distinct
stale outdated
newest latest
often frequently
rarely seldom infrequently
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
primary leader master
replica follower
lock mutex
machine server
multiple several
ring circle
own private dedicated
"""


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, frozenset[str]]:
    from studyapp.core.keyheard import stem  # (it imports this module)

    found: dict[str, frozenset[str]] = {}
    for line in _GROUPS.split("\n"):
        stems = frozenset(stem(w) for w in line.split())
        for s in stems:
            found[s] = stems
    from studyapp.core.keyirregular import forms  # ("frozen" for "freeze")

    for verb in forms():
        stems = frozenset(stem(w) for w in verb) | found.get(stem(verb[0]), frozenset())
        for s in stems:
            found[s] = stems
    return found


@lru_cache(maxsize=1)
def _words_by_stem() -> dict[str, tuple[str, ...]]:
    from studyapp.core.keyheard import stem  # (it imports this module)

    found: dict[str, tuple[str, ...]] = {}
    for line in _GROUPS.split("\n"):
        for w in line.split():
            found[stem(w)] = tuple(line.split())
    return found


@lru_cache(maxsize=4096)
def synonyms(word_stem: str) -> frozenset[str]:
    """The stems of the words that say the same as the word of `word_stem` (its own
    among them); empty when it has none. A comparative or superlative says what the
    same degree of its group's words says: "quicker" for "faster", "biggest" for
    "largest" (`_graded`)."""
    found = _by_stem().get(word_stem)
    if found:
        return found
    from studyapp.core.keyheard import stem  # (it imports this module)

    for suffix in GRADES:
        if not word_stem.endswith(suffix):
            continue
        for base in _bases(word_stem[: -len(suffix)]):
            group = _words_by_stem().get(stem(base), ())
            if len(group) > 1 and base in group and _adjectives(group):
                graded = {stem(_graded(w, suffix)) for w in group}  # ("rapider": "rapid")
                return frozenset(graded - synonyms(stem(base))) | {word_stem}
    return frozenset()


GRADES = ("er", "est")  # the endings of a comparative and of a superlative


def _adjectives(group: tuple[str, ...]) -> bool:
    """Whether a group is of words that take a grade: the table of opposites writes one
    of them graded ("faster", "larger"). Elsewhere an "-er" names a doer ("user",
    "owner") rather than a degree."""
    graded = set(_OPPOSITES.split())
    return any(_graded(w, suffix) in graded for w in group for suffix in GRADES)


def _bases(cut: str) -> list[str]:
    """What an adjective may be with its grade's ending cut off ("quick" of "quick",
    "large" of "larg", "big" of "bigg", "speedy" of "speedi")."""
    found = [cut, cut + "e"]
    if len(cut) > 2 and cut[-1] == cut[-2]:
        found.append(cut[:-1])
    if cut.endswith("i"):
        found.append(cut[:-1] + "y")
    return found


def _graded(word: str, suffix: str) -> str:
    """An adjective with a grade's ending: "faster", "larger", "bigger", "speedier"."""
    if word.endswith("e"):
        return word + suffix[1:]
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "i" + suffix
    if (
        len(word) == 3
        and word[1] in "aeiou"
        and word[0] not in "aeiou"
        and word[2] not in "aeiouwy"
    ):
        return word + word[-1] + suffix  # ("big" → "bigger")
    return word + suffix


# Words that say the opposite of each other's group: a typed clause that says one where
# the point says the other says the point's contrary ("returns the newest write" for
# "may return stale data"). Each line is two groups, split by "|".
_OPPOSITES = """
stale outdated old | fresh newest latest current
slow slower | fast faster quick
increase increases raise | decrease decreases lower reduce
more | less fewer
large larger big bigger | small smaller
cheap cheaper light lighter | expensive heavy heavier
synchronous synchronously sync | asynchronous asynchronously async
stateful | stateless
sorted ordered | unsorted unordered
strong | weak
mutable | immutable
well good | poorly badly bad
rarely seldom infrequently | often frequently commonly usually
never | always
entirely completely fully wholly | partially partly
valid | invalid
consistent | inconsistent
before earlier | after later
above | below
minimum min | maximum max
most | least
early | late
easy easier simple simpler | hard harder difficult
short shorter brief | long longer lengthy
own private dedicated | share shared
read reads reading | write writes writing
push pushes | pull pulls
encrypt encrypts | decrypt decrypts
survive survives survived | lost lose loses
accept accepts accepted | reject rejects rejected
remember remembers remembered | forget forgets forgot forgotten
keep keeps keeping kept preserve preserves preserved retain retains | remove removes removed
keep keeps keeping kept | lose loses lost
release releases released | acquire acquires acquired hold holds held
couple couples coupled | decouple decouples decoupled
lazy lazily | eager eagerly
"""


# Opposites that say a contrary only of the thing they are said of ("positive gradient"
# for "negative gradient", `keyopposed.turned_on_its_thing`): one answer often says both
# of two things ("false positives happen, false negatives never do", "high bias and low
# variance", "simple models …; complex models …").
_OPPOSITES_OF_A_THING = """
positive | negative
high higher | low lower
simple simpler | complex
"""


@lru_cache(maxsize=2)
def _opposites(table: str = _OPPOSITES) -> dict[str, frozenset[str]]:
    from studyapp.core.keyheard import stem  # (it imports this module)

    found: dict[str, frozenset[str]] = {}
    for line in table.strip().split("\n"):
        one, other = ({stem(w) for w in side.split()} for side in line.split("|"))
        for s in one:
            found[s] = found.get(s, frozenset()) | frozenset(other)
        for s in other:
            found[s] = found.get(s, frozenset()) | frozenset(one)
    return found


@lru_cache(maxsize=4096)
def opposites(word_stem: str, of_a_thing: bool = False) -> frozenset[str]:
    """The stems of words that say the opposite of the word of `word_stem`, and of the
    words of its group: "shrinks" is the opposite of "grows" as "decreases" is of
    "increases" (each in the other's group of `_GROUPS`). With `of_a_thing`, also those
    that say a contrary only of the thing they are said of ("positive", "negative")."""
    tables = [_opposites(), _opposites(_OPPOSITES_OF_A_THING)] if of_a_thing else [_opposites()]
    found = set()
    for own in synonyms(word_stem) | {word_stem}:
        for table in tables:
            for other in table.get(own, ()):
                found |= synonyms(other) | {other}
    return frozenset(found)


# Phrases that say the same idea in other words ("all or nothing" for "completely or
# not at all"), one group a line, split by "|". As with the words above, a phrase is in a
# group only when every sense it has in technical prose is the group's: "in parallel" is
# no "at the same time" (parallelism is not concurrency), and "keeps" alone no "stores".
# No group holds a word another group's phrase holds in another sense: "at the same
# time" would say the "time" of "one at a time".
_PHRASES = """
completely or not at all | all or nothing | entirely or not at all | fully or not at all
one at a time | one after another | sequentially | serially
most recent | newest | latest | up to date
duplicates | same value twice | same element twice | repeated values
each element only once | unique elements | unique values | no duplicates
unordered | no order | not ordered | in no particular order
session data | session info | session information | session state
store session | keep session | keeps session | hold session
scale out | scale horizontally | add more machines | add more servers | more nodes
scale up | scale vertically | bigger machine | more powerful machine
thread pool | worker pool
hash table | hash map
physical memory | main memory | ram
at inference | at test time | at prediction time | when predicting
other users | someone else | other people | another user | another person
transfer ownership | pass ownership | hand over ownership | hand off ownership | move ownership
speed | how fast | how quickly
data flows | data streams | data arrives | data comes in | data streams in
multiple times | several times | many times | more than once | twice
sum to one | sum to 1 | add up to one | add up to 1 | total one | total 1
empty | none left | none are left | nothing left | nothing is left
exactly one | only one | just one | a single | one and only one | precisely one
returns | gives back | hands back
decouples | loosely coupled | loose coupling
lazily | lazy
partial update | changes some fields | changes only some fields | updates some fields
network partition | network split | network splits | network is split | network partitions
"""


@lru_cache(maxsize=1)
def _phrases() -> list[list[tuple[str, ...]]]:
    """The table's groups, the other names of technical terms (`keyaliases`) and the
    changes said as the state they leave (`keychange`)."""
    from studyapp.core import keyaliases, keychange
    from studyapp.core.keyheard import stem, words  # (it imports this module)

    table = [line.split("|") for line in _PHRASES.strip().split("\n")]
    table += [*keyaliases.groups(), *keychange.groups()]
    return [[tuple(stem(w) for w in words(p)) for p in group] for group in table]


@lru_cache(maxsize=1)
def _says_only() -> frozenset[tuple[str, ...]]:
    """The phrases that say the others of their group but are said by none
    (`keychange.SAYS_ONLY`)."""
    from studyapp.core.keychange import SAYS_ONLY
    from studyapp.core.keyheard import stem, words  # (it imports this module)

    return frozenset(tuple(stem(w) for w in words(p)) for p in SAYS_ONLY)


@lru_cache(maxsize=256)
def _stemmed(aliases: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    from studyapp.core.keyheard import stem, words  # (it imports this module)

    return tuple(tuple(tuple(stem(w) for w in words(p)) for p in group) for group in aliases)


def _before_negation(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """A phrase's words before a negation in it: "no duplicates" says no "duplicates",
    "completely or not at all" says "completely"."""
    from studyapp.core.keyheard import NEGATIONS  # (it imports this module)

    for i, s in enumerate(phrase):
        if s in NEGATIONS:
            return phrase[:i]
    return phrase


def phrase_words(
    tokens: tuple[str, ...], aliases: tuple[tuple[str, ...], ...] = ()
) -> dict[str, list[int]]:
    """Where a typed answer says a phrase of a group (`_PHRASES`), the stems of the
    group's other phrases, each heard at the phrase's first word: "all or nothing" says
    "completely" (and "entirely", "fully") there; a word a phrase denies ("no
    duplicates") is said by none. `aliases`: more groups, the names the model answer
    gives one thing (`keyaliases.defined_aliases`)."""
    from studyapp.core.keyheard import STOPWORDS, stem  # (it imports this module)

    stems = [stem(t) for t in tokens]
    starts: dict[str, list[int]] = {}  # a stem → where it stands (a phrase starts there)
    for i, s in enumerate(stems):
        starts.setdefault(s, []).append(i)
    found: dict[str, list[int]] = {}
    for group in [*_phrases(), *_stemmed(aliases)]:
        for phrase in group:
            n = len(phrase)
            at = starts.get(phrase[0], ()) if n else range(len(stems) + 1)
            for i in at:
                if tuple(stems[i : i + n]) != phrase:
                    continue
                for other in group:
                    if other == phrase or other in _says_only():
                        continue
                    for s in _before_negation(other):
                        if s not in STOPWORDS and s not in phrase:
                            found.setdefault(s, []).append(i)
    for i, token in enumerate(tokens):  # ("partitioning the rows" splits them)
        if said := _VERB_FORMS.get(token):
            for s in synonyms(stem(said)) | {stem(said)}:
                found.setdefault(s, []).append(i)
    return found


# Forms that say a group's word only as a verb: "partitioning the rows" splits them, but
# "a partition" is a piece, no splitting ("each partition is read by one consumer").
_VERB_FORMS = {"partitioning": "split", "partitioned": "split"}


def _group_of(phrase: str) -> list[tuple[str, ...]]:
    """The group of `_PHRASES` a phrase is one of, written as it is ("all or nothing");
    none when it is no phrase of the table."""
    from studyapp.core.keyheard import stem, words  # (it imports this module)

    told = tuple(stem(w) for w in words(phrase))
    return next((group for group in _phrases() if told in group), [])


def known_phrase(phrase: str) -> bool:
    """Whether a meaning is one of the table's phrases ("all or nothing"): an idea,
    though made of small words only."""
    return bool(_group_of(phrase))


PHRASE_GAP = 1  # words a typed phrase may hold after its first ("fully happens or not at all")


def phrase_typed(phrase: str, tokens: tuple[str, ...]) -> bool:
    """Whether the typed words say a phrase of the table by any phrase of its group, a
    verb or so after the phrase's first word allowed: "either fully happens or not at
    all" says "all or nothing"."""
    from studyapp.core.keyheard import stem  # (it imports this module)

    stems = [stem(t) for t in tokens]
    for other in _group_of(phrase):
        n = len(other)
        for i in range(len(stems) - n + 1):
            if stems[i] != other[0]:
                continue
            for gap in range(PHRASE_GAP + 1 if n > 2 else 1):
                if tuple(stems[i + 1 + gap : i + n + gap]) == other[1:]:
                    return True
    return False


def closing_phrase(gloss: str) -> str:
    """The table's phrase a gloss ends on, when it is half of the gloss's words or more
    ("entirely or not at all" of "transaction happens entirely or not at all"): what the
    gloss says of its thing; "" when none."""
    from studyapp.core.keyheard import words  # (it imports this module)

    found = words(gloss)
    for start in range(len(found)):
        tail = " ".join(found[start:])
        if 2 * (len(found) - start) >= len(found) and known_phrase(tail):
            return tail
    return ""

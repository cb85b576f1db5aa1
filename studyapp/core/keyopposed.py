"""A point said the other way round in the typed answer's own words. No Qt here.

Four kinds, each a table of words or a word and one check, aware of negation:

- a pair of opposite words (`keysynonyms`: "own" and "share", "read" and "write",
  "before" and "after", "increase" and "decrease", …): a typed clause that speaks of
  a point (says about half of its other words) and says a word's opposite where the
  point says the word, and never the word itself, says the point's contrary ("All
  processes share one address space" for "each process gets its own address space").
  An opposite the typed clause denies ("they don't share it") says the point.
- a claim dismissed: the typed answer says the point's subject (its words before its
  verb) is not needed ("cookies or tokens are never needed", "a salt is not required",
  "… is unnecessary") where the point says what that subject does, or says what a
  point that bids uses is not ("No need for multiprocessing" for "Use multiprocessing
  for CPU-bound work").
- a doing excepted: the point says a thing is done "without" doing another ("without
  collapsing them", "without removing it") and the typed answer does it ("collapses
  the rows", "then removes it").
- a word turned on what it is said of: the point says a word of a thing ("raises
  precision", "negative gradient", "remembers variables") and a typed clause says the
  word's opposite of the same thing, a few words before it ("lowers precision",
  "positive gradient", "forgets the variables"), and never the word itself of it: a
  point that sets the two opposites against each other ("raises precision and lowers
  recall") is turned by a typed answer that swaps what each is said of.
- a scope turned: the point says a thing of all of something ("all rows from the left
  table", "every write") and a typed clause says it of only some ("only the rows that
  have a match"), or the other way round, and never the point's own scope.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, word_set, words

# Words that say a thing is needed; denied ("not needed", "never required") they dismiss
# what they are said of.
_NEEDED = frozenset(stem(w) for w in word_set("need needed required necessary essential"))
# Words that dismiss on their own.
_DISMISSING = frozenset(
    stem(w) for w in word_set("unnecessary needless useless pointless redundant superfluous")
)
# Words of scope: all of something, or only some of it ("all rows" / "only the rows").
_ALL = frozenset(word_set("all every each any whole entire"))
_ONLY = frozenset(word_set("only just solely merely"))
_SCOPE_GAP = 3  # words between a scope word and the thing it ranges over ("only the rows")
# Where a point's clauses part, each weighed on its own.
_PIECES = re.compile(r"[;:,.!?]|\s[-–—]\s|\b(?:but|whereas|while|so)\b", re.I)


def _by_clause(text: Heard) -> list[list[int]]:
    found: dict[int, list[int]] = {}
    for i in range(len(text.tokens)):
        found.setdefault(text.layout.clause[i], []).append(i)
    return list(found.values())


def opposite_said(point: str, text: Heard, asked: frozenset[str] = frozenset()) -> bool:
    """Whether every typed clause that speaks of a clause of the point says one of its
    words by that word's opposite only (see the module's docstring)."""
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)
    from studyapp.core.keydenial import denied_positions
    from studyapp.core.keysynonyms import opposites

    own_stems = {stem(w) for w in words(point)}
    denied = denied_positions(text.tokens, text.layout)
    clauses = _by_clause(text)
    for piece in _PIECES.split(point):
        own = own_words(piece, asked)
        # (a plain word has its opposite too: "own" and "share")
        for word in dict.fromkeys(w for w in words(piece) if w not in STOPWORDS):
            contrary = opposites(stem(word))
            if not contrary or contrary & own_stems:
                continue  # (none, or the point sets both against each other)
            others = [w for w in own if stem(w) != stem(word)]
            need = max(1, -(-len(others) // 2))
            verdicts = []
            order = words(piece)
            before = {stem(w) for w in order[: order.index(word)]}
            for at in clauses:
                here = set(at)
                found = {w: sorted(here & set(text.positions(w))) for w in others}
                if sum(1 for f in found.values() if f) < need:
                    continue
                said = here & set(text.positions(word)) - denied
                against = {i for i in at if stem(text.tokens[i]) in contrary} - denied
                verdicts.append(
                    bool(against) and not said and _in_order(found, before, min(against or {0}))
                )
            if verdicts and all(verdicts):
                return True
    return False


_PAIR_GAP = 3  # words between a word and what it is said of ("raises the precision")


def _said_of(found: list[str], at: int) -> str:
    """The first content word after position `at`, within `_PAIR_GAP` words ("raises
    precision": precision; "remembers the variables": variables); "" where none."""
    for word in found[at + 1 : at + 1 + _PAIR_GAP]:
        if word not in STOPWORDS:
            return word
    return ""


# Words between a thing and what is said of it after it ("the GIL is released").
_LINKING = word_set("is are was were be been being get gets got stays stay remains remain")


def _told_of(found: list[str], at: int) -> str:
    """The thing a word at `at` is said of before it, only linking words between ("GIL
    is released": GIL); "" where none."""
    k = at - 1
    while k >= 0 and found[k] in _LINKING:
        k -= 1
    return found[k] if 0 <= k < at - 1 and found[k] not in STOPWORDS else ""


def turned_on_its_thing(point: str, text: Heard) -> bool:
    """Whether a typed clause says the opposite of one of the point's words of the thing
    the point says it of, and no typed clause says the word itself of that thing (see
    the module's docstring): "lowers precision and raises recall" for "raises precision
    and lowers recall", "the GIL is held while waiting" for "the GIL is released …"."""
    from studyapp.core.keydegree import degrees
    from studyapp.core.keydenial import denied_positions
    from studyapp.core.keysynonyms import opposites, synonyms

    told = words(point)
    subject: tuple[int, dict[int, bool]] | None = None  # (where its verb is, `_subject_marks`)
    # (what the point itself says of each thing: "positive inputs … negative inputs"
    # turns neither when typed)
    pairs = {(stem(w), stem(_said_of(told, i))) for i, w in enumerate(told)}
    denied: frozenset[int] | None = None
    for i, word in enumerate(told):
        if word in STOPWORDS or not (contrary := opposites(stem(word), of_a_thing=True)):
            continue
        # (a verb of change said by a word of degree: "more precision", `keydegree`)
        own = synonyms(stem(word)) | {stem(word)} | degrees(stem(word))
        contrary = contrary | {d for c in contrary for d in degrees(c)}
        for thing, first in ((_said_of(told, i), False), (_told_of(told, i), True)):
            if not thing or opposites(stem(thing), of_a_thing=True):
                continue  # (a thing, no word of a pair: "reads" of "faster reads, slower …")
            against = frozenset(c for c in contrary if (c, stem(thing)) not in pairs)
            turned = kept = False
            spots = text.positions(thing)
            if subject is None:  # (its subject before its verb: "Simple models have …")
                verb_at = _verb_at(point)
                subject = verb_at, _subject_marks(told, verb_at, text)
            if i > subject[0] and subject[1]:  # (not where it is said of the other thing)
                spots = _of_its_subject(subject[1], text, spots)
            for at in spots:
                # the nearest of the two words on either side of the thing: the point's
                # own on either says it ("reads get faster but writes slower" says
                # "slower writes"), the opposite where the point has its word turns it
                polar = own | against
                before = _nearest(text, at, range(at - 1, at - 1 - _PAIR_GAP, -1), polar)
                after = _nearest(text, at, range(at + 1, at + 1 + _PAIR_GAP), polar, first)
                said = [stem(text.tokens[j]) for j in (before, after) if j is not None]
                kept = kept or bool(own.intersection(said))
                where = after if first else before
                if where is not None and stem(text.tokens[where]) in against:
                    if denied is None:
                        denied = denied_positions(text.tokens, text.layout)
                    turned = turned or where not in denied
            if turned and not kept:
                return True
    return False


def _verb_at(point: str) -> int:
    """Where the verb of the point's first clause stands ("have" of "Simple models have
    high bias"), 0 where it has none."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)
    from studyapp.core.keysides import verb_form

    told = words(_PIECES.split(point)[0])
    for is_verb in (verb, lambda w: verb_form(w, verb)):
        if _subject(told, is_verb):
            return next(i for i, w in enumerate(told) if i and is_verb(w))
    return 0


def _subject_marks(told: list[str], verb_at: int, text: Heard) -> dict[int, bool]:
    """Where the typed answer says the point's subject (its word that has an opposite,
    before the word after it in the point: "simple models"), each with whether it says
    it by the opposite ("complex models"): another thing, not the point's subject."""
    from studyapp.core.keysynonyms import opposites

    tokens = text.tokens
    marks: dict[int, bool] = {}
    for k in range(min(verb_at, len(told) - 1)):
        own = stem(told[k])
        if told[k] in STOPWORDS or not (contrary := opposites(own, of_a_thing=True)):
            continue
        for j in (at - 1 for at in text.positions(told[k + 1]) if at):
            if (said := stem(tokens[j])) in contrary or said == own:
                marks[j] = marks.get(j, False) or said in contrary
    return marks


def _of_its_subject(marks: dict[int, bool], text: Heard, spots: list[int]) -> list[int]:
    """The spots not said of the point's subject turned: a typed sentence's words after
    its subject said by its opposite (`_subject_marks`) are said of another thing.
    "Complex models have high bias …; simple models have low bias …" says "low bias" of
    simple models, "high bias" of complex ones."""
    sentence = text.layout.sentence

    def of_the_other(at: int) -> bool:
        before = [j for j in marks if j < at and sentence[j] == sentence[at]]
        return bool(before) and marks[max(before)]

    return [at for at in spots if not of_the_other(at)]


def _nearest(
    text: Heard, at: int, spots: range, stems: frozenset[str], linked: bool = False
) -> int | None:
    """The first of `spots` in the clause of position `at` whose word is of `stems`;
    with `linked`, past linking words only ("GIL is held")."""
    clause = text.layout.clause
    for j in spots:
        if not 0 <= j < len(text.tokens) or clause[j] != clause[at]:
            break
        if stem(text.tokens[j]) in stems:
            return j
        if linked and text.tokens[j] not in _LINKING:
            break
    return None


def _in_order(found: dict[str, list[int]], before: set[str], at: int) -> bool:
    """Whether the point's words the typed clause says stand on the same sides of the
    opposite (at `at`) as they stand of the point's word: "written to the log after the
    page is updated" says the contrary of "… before the page is updated", "coerces the
    types before comparing" the same as "compares after type coercion"."""
    return all((stem(w) in before) == (spots[0] < at) for w, spots in found.items() if spots)


def dismissed(point: str, text: Heard) -> bool:
    """Whether the typed answer says the point's subject is not needed ("cookies or
    tokens are never needed" for "Cookies or tokens carry the state")."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)
    from studyapp.core.keydenial import denied_positions, denies
    from studyapp.core.keysides import verb_form

    first = _PIECES.split(point)[0]
    if denies(first):
        return False  # (a point that itself says what is not needed; not a "so … don't"
        # after it: "Use idempotency keys on POST so retries don't double-charge")
    told = words(first)
    subject = _bidden(told) or _subject(told, verb) or _subject(told, lambda w: verb_form(w, verb))
    if not subject:
        return False  # (no verb: a name, said by naming it)
    denied = denied_positions(text.tokens, text.layout)
    for at in _by_clause(text):
        here = set(at)
        if not any(here & set(text.positions(w)) for w in subject):
            continue
        stems = {i: stem(text.tokens[i]) for i in at}
        if any(s in _DISMISSING or (s in _NEEDED and i in denied) for i, s in stems.items()):
            return True
    return False


# Verbs a point that bids opens with ("Use multiprocessing …", "Add an index …").
_BIDDING = frozenset(stem(w) for w in word_set("use utilize utilise employ add apply prefer"))


def _bidden(found: list[str]) -> list[str]:
    """What a point that bids ("Use multiprocessing for CPU-bound work") bids be used:
    the content words after its opening verb up to the next small word
    ("multiprocessing"); none where it opens with no such verb."""
    if not found or stem(found[0]) not in _BIDDING:
        return []
    bidden: list[str] = []
    for word in found[1:]:
        if word not in STOPWORDS:
            bidden.append(word)
        elif bidden:
            break  # (an article before it goes: "Add an index on …": index)
    return bidden


def _subject(found: list[str], is_verb) -> list[str]:
    """The content words before the first verb, by `is_verb` (none when no word is)."""
    for i, word in enumerate(found):
        if i and is_verb(word):
            return [w for w in found[:i] if w not in STOPWORDS]
    return []


def _scoped(tokens, is_scope) -> dict[str, list[int]]:
    """The stems of the first content word after each scope word, within `_SCOPE_GAP`
    words ("all rows", "only the matching rows": rows, matching), and where they stand."""
    found: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        if not is_scope(token):
            continue
        for j in range(i + 1, min(i + 1 + _SCOPE_GAP, len(tokens))):
            if tokens[j] not in STOPWORDS:
                found.setdefault(stem(tokens[j]), []).append(i)
                break
    return found


def scope_turned(point: str, text: Heard) -> bool:
    """Whether a typed clause says of only some of a thing what the point says of all of
    it, or of all of it what the point says of only some (see the module's docstring):
    "only the rows that have a match" for "All rows from the left table"."""
    from studyapp.core.keydenial import denied_positions

    own = words(point)
    for mine, theirs in ((_ALL, _ONLY), (_ONLY, _ALL)):
        ranged = _scoped(own, lambda w, mine=mine: w in mine)
        if not ranged:
            continue
        typed_mine = _scoped(text.tokens, lambda w, mine=mine: w.casefold() in mine)
        typed_theirs = _scoped(text.tokens, lambda w, theirs=theirs: w.casefold() in theirs)
        denied = denied_positions(text.tokens, text.layout)
        for thing in ranged:
            against = [i for i in typed_theirs.get(thing, []) if i not in denied]
            if against and not typed_mine.get(thing):
                return True
    return False


def excepted_done(point: str, text: Heard) -> bool:
    """Whether the typed answer does what the point says is done without ("collapses the
    rows into one" for "… without collapsing them into one"), not denied."""
    from studyapp.core.keydenial import denied_positions

    told = words(point)
    done = [stem(told[i + 1]) for i, w in enumerate(told[:-1]) if w == "without"]
    done = [d for d in done if d not in STOPWORDS]
    if not done:
        return False
    denied = denied_positions(text.tokens, text.layout)
    return any(
        i not in denied and not set(text.tokens[max(0, i - _AVOIDED_GAP) : i]) & _AVOIDING
        for d in done
        for i, token in enumerate(text.tokens)
        if stem(token) == d
    )


# Words that say a doing is left out ("instead of blaming", "rather than removing"),
# this many words before it at most.
_AVOIDING = word_set("without instead rather avoid avoids avoiding not never no nor")
_AVOIDED_GAP = 4

"""Denial in key points and typed answers: which typed words a negation denies, and
whether a typed clause keeps the no a point says. No Qt.

The few words after a negation are not heard as said ("does *not uniquely identify*
each row"). And the typed clause that says most of an affirming point's words denies the
point when a negation of a verb ("not", "n't", "never", "cannot", "nicht", "pas" …)
stands before most of them, wherever in the clause ("the model does *not fit noise in
the training data*"): a clause ends at a comma, a full stop or a word that opens another
clause ("but", "and", "while"), so a right answer that denies something else beside
the point ("…, but it does not generalise") still says it. A negation of a noun ("no",
"without", "kein", "geen") denies only the few words after it ("without a lock"),
unless a "no" opens its clause, the subject's: "no transaction is ever rolled back"
denies the clause as a "not" would.

A point says no when a negation stands in its first clause and not inside a relative or
subordinate clause of its own: "makes CPU-bound threads not run in parallel" says no, and
is said only by a typed clause that says no too; "handles reference cycles that counting
cannot free" and "PUT and DELETE are idempotent; POST is not" say yes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core.keyheard import (
    CLAUSE_WORDS,
    ENGLISH_STOPWORDS,
    NEGATIONS,
    STOPWORDS,
    Heard,
    Layout,
    stem,
    word_set,
    words,
)
from studyapp.core.keymatch import split_point

# Negations, and the words whose "n't" is one ("doesn't" is read as "doesn" "t").
NT_STEMS = word_set(
    "isn aren wasn weren doesn don didn can couldn won wouldn shouldn hasn haven hadn mustn"
)
# "not only … but also", "not just", "no longer", "nicht nur", "no solo", "pas
# seulement", "non solo", "niet alleen", "não só": no denial of what follows.
NOT_DENYING = word_set(
    "only just merely simply solely necessarily longer nur solo seulement so alleen"
)
# Negations of a noun ("no labels", "without a lock", "kein Index", "geen sleutel"): they
# deny the few words after them, not the clause.
NOUN_NEGATIONS = word_set(
    "no without neither nor kein keine keinen keinem keiner aucun aucune geen ni nem tampoco"
)
# A noun's negation this early in a point denies it ("no labels", "without a lock,
# …"); later it qualifies a word of it ("sends datagrams without guarantees").
NOUN_DENIAL_OPENING = 4
NEGATION_SCOPE = 3
_ALTERNATIVE = word_set("or nor")  # words after a noun's negation that it denies ("without a lock")
# Words that open a relative or subordinate clause inside a point: a negation after one
# denies that clause, not the point ("… cycles that counting cannot free").
_SUBORDINATING = word_set(
    "that which who whom whose where when whenever if unless because since although "
    "though while whereas until after before once given provided"
)


# Where a point's first clause ends: punctuation, a dash, "but" (not "and", "or": "reads
# and writes are not blocked" is one clause).
_FIRST_CLAUSE_END = re.compile(r"[;:,.!?]|\s[-–—]\s|\b(?:but|whereas|while|so)\b", re.I)


def negated(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at `i` negates ("not", "cannot", "never", the "t" of "can't")."""
    token = tokens[i]
    return token in NEGATIONS or (token == "t" and i > 0 and tokens[i - 1] in NT_STEMS)


def denied_positions(
    tokens: Sequence[str], layout: Layout | None = None, *, whole: bool = False
) -> frozenset[int]:
    """The positions of the words a negation denies, within its clause (not past a comma,
    a full stop or a word that opens another clause: "not LIFO, FIFO order"):
    NEGATION_SCOPE words after it, or with `whole` the rest of the clause after a verb's
    negation (what `denied_clause` weighs). A hyphenated "non-" ("non-blocking") is a
    word's part, no negation."""
    clause = layout.clause if layout else (0,) * len(tokens)
    hyphened = layout.hyphened if layout else frozenset()
    denied: set[int] = set()
    for i, token in enumerate(tokens):
        if not negated(tokens, i) or i in hyphened:
            continue
        if i + 1 < len(tokens) and tokens[i + 1] in NOT_DENYING:
            continue
        scope = len(tokens) if whole and token not in NOUN_NEGATIONS else NEGATION_SCOPE
        if token == "no" and (not i or clause[i - 1] != clause[i]):
            scope = len(tokens)  # "no transaction is ever rolled back": its clause denied
        current = clause[i]
        for j in range(i + 1, min(len(tokens), i + 1 + scope)):
            if scope > NEGATION_SCOPE and tokens[j] in _ALTERNATIVE and clause[j] == current + 1:
                current = clause[j]  # "cannot be hashed or used as keys": neither is so
                continue
            if tokens[j] in CLAUSE_WORDS or clause[j] != current:
                break
            denied.add(j)
    return frozenset(denied)


# Words that say "not" in their meaning: a point holding one ("avoid holding two
# locks", "decouples producer and consumer") is said by an answer's negation ("don't
# hold two locks", "does not depend on the consumer").
DENYING_MEANING = frozenset(
    stem(w)
    for w in word_set(
        "avoid prevent stop lack free independent independently decouple decoupled "
        "eliminate forbid disallow block refuse reject exclude ignore instead rather "
        "neither unless fail lose drop skip immutable unchanged nothing none"
    )
)


def _main_denials(point: str, english: bool = True) -> list[int]:
    """Where a point's own negations stand that deny the point itself: not inside a
    clause of its own that a relative or subordinating word opens ("… that counting
    cannot free"), nor past its first clause ("…; POST is not"); not "no" among another
    language's words (Portuguese "no treino")."""
    point = split_point(point)[1] or point  # ("===: compares without …": what it says)
    own = words(point)
    first = len(words(_FIRST_CLAUSE_END.split(point, maxsplit=1)[0])) or len(own)
    found = []
    for i in range(min(first, len(own))):
        if own[i] in _SUBORDINATING:
            break
        if not negated(own, i) or (own[i] == "no" and not english):
            continue
        if i and own[i - 1] in _ALTERNATIVE:
            continue  # "happens completely or not at all": an alternative, no denial
        if own[i] not in NOUN_NEGATIONS or i < NOUN_DENIAL_OPENING:
            found.append(i)
    return found


def denies(point: str) -> bool:
    """Whether a point says that something is not so ("cannot be NULL", "no labels",
    "avoid holding …"): then an answer's negations are part of saying it."""
    tokens = words(point)
    return bool(_main_denials(point)) or any(stem(t) in DENYING_MEANING for t in tokens)


def negation_kept(
    point: str, text: Heard, asked: set[str], name: frozenset[str] = frozenset()
) -> bool:
    """A clause point that says no in so many words ("elements cannot be removed",
    "makes CPU-bound threads not run in parallel") is said only where the typed clause
    saying its words says no too ("can't be deleted", "never removed", "without…"), or
    the opposite of what it denies; "can be removed" says the contrary. True for a point
    that does not say no."""
    own = words(point)
    # (a "no" denies in English; among another language's small words it may be "in":
    # Portuguese "no treino")
    english = text.language is None and not any(
        w in STOPWORDS and w not in ENGLISH_STOPWORDS and w != "no" for w in own
    )
    if not _main_denials(point, english):
        return True
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)

    wanted = own_words(point, frozenset(asked))
    # (and the words its negation denies, the question's too: "does not guarantee
    # delivery or ordering", asked "Does UDP guarantee delivery?")
    wanted += [own[i] for i in denied_positions(own) if own[i] not in STOPWORDS]
    clauses = {
        text.layout.clause[p] for w in wanted for p in (text.positions(w) or text.derived(w))
    }
    return any(  # (not the side's own name: "immutable" denies nothing of itself)
        text.layout.clause[i] in clauses
        and (negated(text.tokens, i) or stem(token) in DENYING_MEANING - name)
        for i, token in enumerate(text.tokens)
    )


def _denied_heads(tokens: Sequence[str], layout: Layout, nouns: bool = False) -> frozenset[int]:
    """The first content word after each negation of a verb, in its clause: what it
    denies ("is never *encrypted*", "does not *fit* noise"); with `nouns`, after each
    "no" instead ("with no *switch* to the kernel")."""
    heads = set()
    for i, token in enumerate(tokens):
        if nouns != (token == "no") or not negated(tokens, i) or i in layout.hyphened:
            continue
        if not nouns and token in NOUN_NEGATIONS:
            continue
        heads.update(_first_content_word(tokens, layout, i, i + 1))
    return frozenset(heads)


def _first_content_word(tokens: Sequence[str], layout: Layout, i: int, start: int) -> list[int]:
    """The first content word from `start` in the clause of the negation at `i` (none
    past a "not only", "no longer")."""
    for j in range(start, len(tokens)):
        if layout.clause[j] != layout.clause[i] or tokens[j] in NOT_DENYING:
            break
        if tokens[j] not in STOPWORDS:
            return [j]
    return []


def _denied_objects(tokens: Sequence[str], layout: Layout) -> frozenset[int]:
    """The first content word after each negation of a noun ("no", "without", "free
    of"), in its clause: the thing said to be absent ("has no *head*-of-line blocking")."""
    heads = set()
    for i, token in enumerate(tokens):
        free_of = token == "free" and tokens[i + 1 : i + 2] == ("of",)
        if not (token in NOUN_NEGATIONS or free_of) or i in layout.hyphened:
            continue
        heads.update(_first_content_word(tokens, layout, i, i + (2 if free_of else 1)))
    return frozenset(heads)


def _noun_heads(tokens: Sequence[str]) -> list[str]:
    """The first content word after each negation of a noun ("no *guarantee*"); not
    after "without", whose clause a paraphrase often affirms ("instead of blaming")."""
    heads = []
    for i, token in enumerate(tokens):
        if token in NOUN_NEGATIONS and token != "without":
            head = next((t for t in tokens[i + 1 :] if t not in STOPWORDS), "")
            heads += [head] if head else []
    return heads


def denied_clause(point: str, text: Heard, asked: set[str]) -> bool:
    """Whether the typed clause that says most of an affirming point's words denies
    them ("The model does *not fit noise in the training data*"): then the answer says
    the point is not so, though another clause may repeat a word of it ("…, and it does
    badly on training data"). `text` is the answer as `Heard.affirmed` leaves it (its
    denied words not heard); where another clause says as many of the point's words and
    denies them not, the point is said there. The clause denies the point when half the
    point's words it says or more are denied; and the answer denies the point where the
    word a negation of a verb denies first is one of the point's that it says nowhere
    else ("Traffic … is *never encrypted*" for "encrypts traffic …"). Words the point
    denies itself ("… where the right table has no match") are no denial where the
    answer denies them too."""
    if not text._deaf or denies(point):
        return False
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)

    raw = Heard(text.tokens, frozenset(), text.layout, text.acronyms, text.language, text.spelling)
    deaf = denied_positions(text.tokens, text.layout, whole=True)
    heads = _denied_heads(text.tokens, text.layout)
    # (and a word "no" denies first: "with no switch to the kernel" for "switches from
    # user mode to kernel mode")
    nouns = _denied_heads(text.tokens, text.layout, nouns=True)
    own = words(point)
    own_denied = {stem(own[i]) for i in denied_positions(own)}
    clause = text.layout.clause
    heard: dict[int, set[int]] = {}
    denied: dict[int, set[int]] = {}
    affirmed: dict[int, set[int]] = {}
    first: dict[int, set[int]] = {}
    wanted = [w for w in own_words(point, frozenset(asked)) if w not in NEGATIONS]
    for k, word in enumerate(wanted):
        for p in raw.positions(word) or raw.derived(word):
            heard.setdefault(clause[p], set()).add(k)
            if p not in deaf or stem(word) in own_denied:
                affirmed.setdefault(clause[p], set()).add(k)
                continue
            denied.setdefault(clause[p], set()).add(k)
            if p in heads or p in nouns:
                first.setdefault(clause[p], set()).add(k)
    if not heard:
        return False
    most = max(len(found) for found in heard.values())
    if most < 2:
        return False
    anywhere = set().union(*affirmed.values())
    if set().union(*first.values()) - anywhere:
        return True  # ("is never encrypted", and encrypted nowhere else)
    return all(
        2 * len(denied.get(c, ())) >= len(found) for c, found in heard.items() if len(found) == most
    )


# How many a clause says it of: one ("only one thread … at a time", "a single writer")
# or many ("all threads … simultaneously", "to each executor"). A typed clause that says
# the point's words with the other count, and never with its own, says the point's
# contrary.
_ONE = word_set("one single only sole")
_MANY = word_set("all every each many multiple several simultaneously concurrently both")


def count_swapped(point: str, text: Heard, asked: frozenset[str] = frozenset()) -> bool:
    """Whether the typed answer says a clause point's words only with the other count
    ("All threads execute Python bytecode simultaneously" for "only one thread executes
    Python bytecode at a time")."""
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)

    said = set(words(point))
    if bool(said & _ONE) == bool(said & _MANY):
        return False  # (no count, or both: "one … all")
    mine, theirs = (_ONE, _MANY) if said & _ONE else (_MANY, _ONE)
    own = {stem(w) for w in own_words(point, asked)}
    # What the point counts, where it says it (though the question names it): "exactly
    # one *consumer*" is not swapped by "*each* partition is read by a single consumer".
    own = _counted(words(point), mine) or own
    tokens = text.tokens
    by_clause: dict[int, list[str]] = {}
    counts: dict[int, set[str]] = {}  # the count words of each clause that count the point's
    for i, token in enumerate(tokens):
        by_clause.setdefault(text.layout.clause[i], []).append(token)
        if token in _ONE | _MANY and _counts_own(tokens, i, own):
            counts.setdefault(text.layout.clause[i], set()).add(token)
    speaking = [c for c, t in by_clause.items() if len(own & {stem(w) for w in t}) >= 2]
    return (
        bool(speaking)
        and not any(mine & counts.get(c, set()) for c in speaking)
        and any(theirs & counts.get(c, set()) for c in speaking)
    )


COUNTED_GAP = 2  # words from a count to what it counts ("each *worker* thread"), at most


def _counted(tokens: Sequence[str], counts: frozenset[str]) -> set[str]:
    """The stems of what a point's count words count: the first word after each that is
    no count and no small word ("one *thread*", "only one *consumer*"); empty when they
    count nothing ("… simultaneously")."""
    found: set[str] = set()
    for at, token in enumerate(tokens):
        if token not in counts or token.endswith("ly"):
            continue
        after = [w for w in tokens[at + 1 : at + 1 + COUNTED_GAP] if w not in _ONE | _MANY]
        thing = next((w for w in after if w not in STOPWORDS), "")
        if thing:
            found.add(stem(thing))
    return found


def _counts_own(tokens: Sequence[str], at: int, own: set[str]) -> bool:
    """Whether the count word at `at` counts one of the point's own things: a word of
    them right after it ("all *threads*"), or no thing at all ("… simultaneously");
    "to each executor" counts no "side" of "one side is small"."""
    after = tokens[at + 1 : at + 1 + COUNTED_GAP]
    if tokens[at].endswith("ly"):
        return True
    return any(stem(w) in own for w in after)


def contrast_lost(point: str, text: Heard) -> bool:
    """Whether a point that sets two opposites against each other ("performs well on
    training data but poorly on new data") is typed with one of them alone ("performs
    poorly on training data"): the contrast is the point."""
    from studyapp.core.keysynonyms import opposites

    own = [stem(w) for w in words(point) if w not in STOPWORDS]
    typed = {stem(t) for t in text.tokens}
    # (each side by any word of its group: "good … poor" keeps "well … but poorly")
    return any(
        typed & opposites(b) and not typed & opposites(a)
        for a in own
        for b in own
        if b in opposites(a)
    )


# Where a point's clauses part, for their polarity each: punctuation, a dash, a contrast.
_PIECES = re.compile(r"[;:,.!?]|\s[-–—]\s|\b(?:but|whereas|while|so)\b", re.I)
# Words of denying meaning that leave their own clause affirmed ("use multiprocessing
# instead" says to use it).
_CONTRASTING = frozenset(stem(w) for w in ("instead", "rather", "unless", "neither"))


def polarity_flipped(point: str, text: Heard, asked: frozenset[str] = frozenset()) -> bool:
    """Whether the typed answer says a clause of the point only with the other polarity,
    a negation in one and not in the other: "threads run in parallel" for "CPU-bound
    threads don't run in parallel", "UDP guarantees delivery" for "UDP does not
    guarantee delivery". Each clause of the point is weighed on its own, so a "never"
    elsewhere in the typed answer ("… so you never need multiprocessing") keeps no
    polarity of a clause it is not in.

    A typed clause speaks of a point's clause when it says half its own words or more
    (two at least, where it has two). A denying clause is flipped where the typed clause
    says the word its negation denies first ("run" of "don't run") and denies none of
    the words it says; an affirming one where the typed clause's negation denies first
    a word of it. Flipped only when every typed clause that speaks of it is: a paraphrase
    ("the main thread keeps running" for "without blocking the main thread") is judged
    by the rest of the matcher, not here. The polarity is the main clause's: a negation
    in a relative clause of its own ("… whose key cannot match") is none of it, and a
    word that says no in its meaning ("skips partitions") is denied only by a typed
    negation of itself or of a word before it ("does not skip", "doesn't let … skip")."""
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)
    from studyapp.core.keymatch import statement

    said = split_point(point)[1] or point
    if not statement(said):
        return False  # (a name is said by naming it, denied or not: "doesn't overfit")
    tokens, layout = text.tokens, text.layout
    denied = denied_positions(tokens, layout)
    heads = _denied_heads(tokens, layout)
    by_clause: dict[int, set[int]] = {}
    for i in range(len(tokens)):
        by_clause.setdefault(layout.clause[i], set()).add(i)
    for piece in _PIECES.split(said):
        own = main_clause(words(piece))  # (not "… whose key cannot match": its own clause)
        # (the question's words too: "Does UDP guarantee delivery?" asks for a polarity)
        wanted = [w for w in own_words(" ".join(own), frozenset()) if w not in NEGATIONS]
        if not wanted:
            continue
        meaning = [i for i, w in enumerate(own) if stem(w) in DENYING_MEANING - _CONTRASTING]
        if meaning and any(negated(own, i) for i in range(meaning[0])):
            meaning = []  # ("do not block readers": denied as any verb, below)
        if meaning:
            # ("avoid holding …": its polarity is in its words, `negation_kept`; only a
            # typed negation of that word or of one governing it says the contrary: "does
            # not skip partitions", "doesn't let the reader skip files")
            # (its object denied says the contrary too: "has no head-of-line blocking",
            # "is free of …", "without …" for "suffers from head-of-line blocking";
            # "drops no messages" for "drops messages")
            objects = _denied_objects(tokens, layout)
            if _word_denied(own[: meaning[0] + 1], wanted, text, by_clause, heads | objects):
                return True
            if not set(own) & NOUN_NEGATIONS and _word_denied(
                own, wanted, text, by_clause, objects
            ):
                return True
            continue
        own_heads = [own[i] for i in _denied_heads(own, Layout((0,) * len(own), (0,) * len(own)))]
        noun_denied = not own_heads and bool(_noun_heads(own))
        own_heads = own_heads or _noun_heads(own)  # ("sends datagrams with no guarantee")
        need = max(min(2, len(wanted)), -(-len(wanted) // 2))
        verdicts = []
        for at in by_clause.values():
            found = {w: at & set(text.positions(w) or text.derived(w)) for w in wanted}
            if sum(1 for f in found.values() if f) < need:
                continue
            heard = set().union(*found.values())
            if own_heads:
                head = at & set(text.positions(own_heads[0]) or text.derived(own_heads[0]))
                if noun_denied and not head:
                    continue  # ("GET reads a resource", no word of its side effects)
                verdicts.append(bool(head) and not (heard | head) & denied)
            else:
                verdicts.append(bool(heard & heads))
        if verdicts and all(verdicts):
            return True
    return False


def main_clause(own: Sequence[str]) -> Sequence[str]:
    """A clause's words up to a relative or subordinate clause of its own ("engine skips
    partitions" of "… whose key cannot match the filter"): what its polarity is of."""
    cut = next((i for i, w in enumerate(own) if i and w in _SUBORDINATING), len(own))
    return own[:cut]


def _word_denied(
    governing: Sequence[str], wanted: Sequence[str], text: Heard, by_clause: dict, heads
) -> bool:
    """Whether every typed clause saying most of a clause's `wanted` words denies first
    its word of denying meaning or one before it (`governing`: "does not *skip*
    partitions" for "skips partitions"), and some clause says them."""
    from studyapp.core.keyclauses import FUNCTION_WORDS  # (it imports keymatch)

    need = max(min(2, len(wanted)), -(-len(wanted) // 2))
    verdicts = []
    for at in by_clause.values():
        if sum(1 for w in wanted if at & set(text.positions(w) or text.derived(w))) < need:
            continue
        spots = {
            p
            for w in governing
            if w not in STOPWORDS | FUNCTION_WORDS
            for p in text.positions(w) or text.derived(w)
        }
        verdicts.append(bool(at & spots & heads))
    return bool(verdicts) and all(verdicts)


def claimed(point: str, text: Heard) -> Heard:
    """What the typed answer claims, as heard for `point`: all of it where the point
    itself says no (`denies`); else the words it affirms, and those it denies that the
    point denies too in a clause of its own ("a page that is not in physical memory" is
    said by "a page that isn't in RAM")."""
    if denies(point):
        return text
    affirmed = text.affirmed()
    if affirmed is text:
        return text
    told = Heard.of(point)
    mine = [told.tokens[i] for i in denied_positions(told.tokens, told.layout)]
    keep = {at for word in mine for at in text.positions(word)}
    if not keep:
        return affirmed
    deaf = denied_positions(text.tokens, text.layout) - keep
    found = Heard(
        text.tokens, frozenset(deaf), text.layout, text.acronyms, text.language, text.spelling
    )
    found._glossed = text._glosses()
    return found


def aside_kept(point: str, text: Heard) -> bool:
    """Whether the typed answer keeps the "no" of a point's own aside ("a page that is
    *not in physical memory*"): where it says the words the aside denies, it denies
    them too somewhere ("a page that isn't in RAM"), not only affirms them ("a page
    that is in RAM"). True for a point with no such aside, or whose main clause says
    no (`negation_kept` weighs that)."""
    if denies(point):
        return True
    told = Heard.of(point)
    if not set(told.tokens) & _VERB_DENIALS:
        return True  # (nor "without": a paraphrase says it otherwise, "instead of …")
    mine = [
        told.tokens[i]
        for i in denied_positions(told.tokens, told.layout)
        if told.tokens[i] not in STOPWORDS
    ]
    spots = {at for word in mine for at in text.positions(word)}
    return not spots or bool(spots & denied_positions(text.tokens, text.layout, whole=True))


_VERB_DENIALS = word_set("not t never cannot")


# Words a quality is said of a thing with ("it is stable"), whose negation denies it.
_COPULAS = word_set("is are was were be isn aren wasn weren")


def quality_denied(point: str, text: Heard) -> bool:
    """Whether a point of one word, a quality ("stable", "idempotent"), is typed only
    denied of its thing: "it is not stable", "Timsort isn't stable", "is never
    idempotent" (a negation right after a form of "be"). A name said in another
    clause's denial still names it ("so the model doesn't overfit"), and "not only
    stable" keeps it."""
    found = words(point)
    if len(found) != 1:
        return False
    spots = text.positions(found[0])
    return bool(spots) and all(
        p >= 2 and negated(text.tokens, p - 1) and text.tokens[p - 2] in _COPULAS for p in spots
    )

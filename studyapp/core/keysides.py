"""Which stretch of a typed answer is about which side a model answer contrasts. No Qt.

Points "TCP: connection-oriented …" and "UDP: connectionless …" name the sides an
answer sets against each other; what a side's point says must be said about that side
(`keymatch.said`): in the clauses of the typed answer that name it and go on from it,
not in another side's ("is compares values, == compares identity" says no side right).
A side is named by its whole name, the longest first: where "UNION ALL" is typed, it
names no "UNION" (nor "ConcurrentHashMap" a "HashMap", "INNER JOIN" a "JOIN"), and each
word of a name by itself ("every" says "all" but names no "UNION ALL").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from studyapp.core import keyasked, keynegkept, keysections
from studyapp.core.keyheard import written_together
from studyapp.core.keymatch import (
    _PARENS,
    NEAR_SLACK,
    STOPWORDS,
    Heard,
    significant,
    split_point,
    stem,
    word_set,
    words,
)
from studyapp.core.keynamedinside import inside_own_phrase
from studyapp.core.keyownside import said_by_own_name
from studyapp.core.keysynonyms import synonyms

# Words before a side's name that only set it against the one the clause is about
# ("TCP, unlike UDP, is …", "A thread, as opposed to a process, …").
CONTRASTING = word_set(
    "unlike than versus vs compared opposed contrast gegensatz anders "
    "diferencia contrario contrairement differenza differently tegenstelling"
)


def _one_side(one: str, other: str) -> bool:
    """Whether two names of sides are one, but for an aside in parentheses: "Autoencoder"
    and "Autoencoder (AE)"."""
    return _ASIDE.sub("", one).strip().casefold() == _ASIDE.sub("", other).strip().casefold()


_ASIDE = re.compile(r"\s*\([^()]*\)")


def about_side(
    name: str,
    gloss: str,
    sides: Sequence[str],
    text: Heard,
    asked: bool = False,
    glossed: bool = False,
) -> tuple[Heard, set[str]]:
    """The words of the typed answer about the side `name`: the clauses that name it,
    and those that go on from them in the same sentence ("TCP is reliable and keeps
    order; UDP …"), or lead up to it ("Connection-oriented, reliable: that is TCP"); and
    the stems every side's point says, which tell no side from another (then one of
    the point's other words must be said there). A side named only to be set against
    another ("unlike UDP") is not what its clause is about. The whole answer, and no
    stems, where it contrasts no sides or does not name this one. A side this point's
    own words name ("threads: run inside a process") is no other side here. Where
    `asked`, the side is what the question asks about ("Non-deterministic output: …"),
    which an answer need not name: the clauses that name no other side are its, but for
    those that go on from one ("--soft resets the index *and throws away …*"). Where
    `glossed` (the sides are points "name: what it is"), a side's name typed inside a
    phrase of its own point names no side there (`keynamedinside`: "mapped types")."""
    from studyapp.core.keymatch import QUALIFIED  # (it imports this module)

    named = [split_point(side) for side in sides]
    inside = {stem(w) for w in words(gloss)}
    others = {  # (not by a small word: the "or" of "…, or the last one" is no side `or`;
        # a name in code only as written: "copies" names no copy.copy)
        n
        for n, other_gloss in named
        if other_gloss
        and not _one_side(n, name)  # (nor itself with its acronym: "Autoencoder (AE)")
        and not (
            {stem(w) for w in words(n)} <= inside
            and set(words(n)) - STOPWORDS
            and (n in gloss or not QUALIFIED.fullmatch(n.strip("` ")))
        )
    }
    if not others:
        return text, set()
    told = _telling_names([name, *others], text)
    at_named = names_at(list(dict.fromkeys(told.values())), text)
    unnamed = not at_named[told[name]]
    if unnamed:
        elsewhere = {text.layout.clause[at] for o in others for at in at_named[told[o]]}
        if not elsewhere:
            return text, set()
        if not asked:
            return text.part([]), set()  # only another side is named: none of it is this one's
    # (what another side's point says too tells no side: "schema" of "SQL: fixed
    # schema" beside "NoSQL: flexible schema", a table's row of two sides)
    shared = {
        s for n, g in named if g and n != name for s in {stem(w) for w in words(g)} & inside
    } - STOPWORDS
    clause, sentence = text.layout.clause, text.layout.sentence
    places: dict[int, list[tuple[int, str]]] = {}
    glosses = {**dict(named), name: gloss} if glossed else {}
    for side in (name, *others):
        elsewhere = [at for o in (name, *others) if o != side for at in at_named[told[o]]]
        phrased = inside_own_phrase(  # ("mapped types")
            side, glosses.get(side, ""), text, at_named[told[side]], elsewhere
        )
        for at in at_named[told[side]]:
            if at in phrased:
                continue
            if at and text.tokens[at - 1] in CONTRASTING:
                continue
            if at > 1 and text.tokens[at - 2] in CONTRASTING:
                continue  # "compared with UDP", "as opposed to UDP"
            places.setdefault(clause[at], []).append((at, side))
    about = {c: _subjects(sorted(found), text) for c, found in places.items()}
    order = sorted(set(clause))
    first_word = {c: clause.index(c) for c in order}
    sides_of: dict[int, set[str]] = {c: about.get(c, set()) for c in order}
    for before, after in itertools.pairwise(order):  # what goes on from the side named
        same = sentence[first_word[before]] == sentence[first_word[after]]
        if same and not sides_of[after]:
            sides_of[after] = sides_of[before]
    for before, after in reversed(list(itertools.pairwise(order))):  # what leads up to it
        same = sentence[first_word[before]] == sentence[first_word[after]]
        if same and not sides_of[before]:
            sides_of[before] = sides_of[after]
    if unnamed:  # (the question's own subject goes unnamed: the clauses about no other
        # side are about it, but for those that go on from one with "and", "so" …:
        # "--soft resets the index *and throws away uncommitted changes*")
        carried: dict[int, set[str]] = {}
        for before, after in itertools.pairwise([-1, *order]):
            carried[after] = about.get(after, set())
            going_on = before >= 0 and text.tokens[first_word[after]] in _GOING_ON
            if (
                not carried[after]
                and going_on
                and sentence[first_word[before]] == sentence[first_word[after]]
            ):
                carried[after] = carried[before]
        return text.part([i for i, c in enumerate(clause) if not carried[c]]), set()
    keep = [i for i, c in enumerate(clause) if name in sides_of[c]]
    if not keep:
        return text, shared
    return text.part(keep), shared


def _subjects(found: list[tuple[int, str]], text: Heard) -> set[str]:
    """The sides a typed clause is about, of those it names (`found`: where each is
    named, in order): the first, and those joined to it by "and" or "or" ("TCP and UDP
    both …"); a side named later is what the clause says something of ("a spin lock
    puts a thread to sleep until the lock is free" is about the spin lock)."""
    first_at, first = found[0]
    sides = {first}
    last = first_at
    for at, side in found[1:]:
        between = set(text.tokens[last + 1 : at]) - _ARTICLES_OF_SIDES
        if between and not between <= _JOINING_SIDES | set(words(first)):
            break
        sides.add(side)
        last = at
    return sides


_JOINING_SIDES = word_set("and or both")
_GOING_ON = word_set("and or so which")  # a clause these open says more of the one before
_ARTICLES_OF_SIDES = word_set("a an the")


def _telling_names(names: Sequence[str], text: Heard) -> dict[str, str]:
    """Each side's name as the typed answer names it: whole where it says it whole, else
    by the words that tell it from the others ("multiprocessing" for "Use
    multiprocessing" beside "Use threads": "use threads for …, and multiprocessing for
    …" says "use" once)."""
    wanted = {n: significant(_PARENS.sub(" ", n)) or significant(n) for n in names}
    every = set.intersection(*({stem(w) for w in found} for found in wanted.values()))
    told = {}
    for n, found in wanted.items():
        own = [w for w in found if stem(w) not in every]
        told[n] = " ".join(own) if own and not named_at(n, text) else n
        if not named_at(told[n], text) and numbered_opening(own, text):
            told[n] = own[0]  # ("4xx codes" for "4xx status codes" beside "5xx")
    return told


def numbered_opening(name_words: Sequence[str], text: Heard) -> bool:
    """Whether the typed answer names a name of several words by the one it opens with,
    where that word holds a digit, a number telling the kind ("4xx" of "4xx status
    codes", "IPv4" of "IPv4 addresses", "L1" of "L1 cache"): the rest is what the
    kinds share, often left out."""
    return (
        len(name_words) > 1
        and any(c.isdigit() for c in name_words[0])
        and bool(named_at(name_words[0], text))
    )


def named_at(name: str, text: Heard) -> list[int]:
    """Where the typed answer names `name` (the place of its first significant word,
    the rest after it, near and in its clause: "join … left" and "the left table; left
    join" name no LEFT JOIN at "left table")."""
    return [span[0] for span in _spans(name, text)]


def named_words(name: str, text: Heard) -> set[int]:
    """The places of every word with which the typed answer names `name`."""
    return {i for span in _spans(name, text) for i in span}


def _spans(name: str, text: Heard) -> list[range]:
    """The stretches of the typed answer that name `name` (see `named_at`), each from
    its first word to its last. Each word of the name by itself, not another of its
    group ("every" says "all" but names no UNION ALL), nor in plain words ("cannot be
    changed" says "immutable" but names no `immutable`)."""
    wanted = significant(_PARENS.sub(" ", name)) or significant(name)
    if not wanted:
        return []
    from studyapp.core.keymatch import QUALIFIED  # (it imports this module)

    # (a name in code is named as written, each of its parts in a row: "copy.deepcopy …
    # copy" names no copy.copy)
    code = bool(QUALIFIED.fullmatch(name.strip("` ")))
    wanted = words(name) if code else wanted
    width = len(wanted) + NEAR_SLACK
    clause = text.layout.clause
    rest = [_own_positions(w, text) for w in wanted[1:]]
    found = []
    for pos in _own_positions(wanted[0], text):
        ends = [
            min(
                (
                    p
                    for p in o
                    if (p - pos == k if code else 0 < p - pos < width) and clause[p] == clause[pos]
                ),
                default=-1,
            )
            for k, o in enumerate(rest, start=1)
        ]
        if all(end >= 0 for end in ends):
            last = max([pos, *ends])
            found.append(range(pos, last + _extent(wanted[-1], text, last)))
    taken = {at for span in found for at in span}  # (and its words written as one:
    # "pretrained" for "Pre-trained")
    found += [range(at, at + 1) for at in written_together(wanted, text) if at not in taken]
    return sorted(found, key=lambda span: span.start)


def _own_positions(word: str, text: Heard) -> list[int]:
    """Where the typed answer says `word` by itself (its stem, spelling, a typo, joined
    from neighbours), not by another word of its group or in plain words."""
    first = stem(word)
    others = synonyms(first) - {first}
    glossed = set(text.glossed(first))
    return [
        pos
        for pos in text.positions(word)
        if stem(text.tokens[pos]) not in others
        and (pos not in glossed or stem(text.tokens[pos]) == first)
        and not STOPWORDS & set(text.tokens[pos + 1 : pos + _extent(word, text, pos)])
    ]  # (nor joined with a small word: "I is" names no "Type II")


def _extent(word: str, text: Heard, pos: int) -> int:
    """How many typed words from `pos` say `word` ("concurrent hash map" for
    "ConcurrentHashMap": three), one at least."""
    from studyapp.core.keyheard import JOIN_MAX, same_word

    joined = text.tokens[pos] if pos < len(text.tokens) else ""
    if not joined or same_word(word, joined):
        return 1
    for n in range(2, JOIN_MAX + 1):
        if pos + n > len(text.tokens):
            break
        joined += text.tokens[pos + n - 1]
        if same_word(word, joined):
            return n
    return 1


def names_at(names: Sequence[str], text: Heard) -> dict[str, list[int]]:
    """Where the typed answer names each of `names`, the longest name first: where a
    name is said inside a longer one ("UNION" in "UNION ALL", "JOIN" in "INNER JOIN",
    "HashMap" in "ConcurrentHashMap"), that stretch names the longer one only."""
    spans = {n: _spans(n, text) for n in names}
    key = {n: tuple(stem(w) for w in significant(n)) for n in names}
    size = {n: (len(key[n]), sum(len(w) for w in key[n])) for n in names}
    taken: dict[int, tuple[str, ...]] = {}  # (a name said twice, "process(es)", is one)
    found: dict[str, list[int]] = {}
    for n in sorted(names, key=lambda n: size[n], reverse=True):
        mine = [span for span in spans[n] if all(taken.get(i, key[n]) == key[n] for i in span)]
        found[n] = [span[0] for span in mine]
        taken.update((i, key[n]) for span in mine for i in span)
    return found


def after_name(name: str, gloss: str) -> list[str]:
    """The words of a gloss after those it opens with that say its name again
    ("Generator: generator produces a fake sample" → "produces a fake sample"); all of
    them when that leaves none."""
    named = {stem(w) for w in words(name)}
    found = words(gloss)
    start = 0
    while start < len(found) and (stem(found[start]) in named or found[start] in STOPWORDS):
        start += 1
    return found[start:] if any(stem(w) in named for w in found[:start]) else found


_OPENING = word_set("the a an then")  # words a clause point may open with before its side
_NAME_END = word_set("when for if to where while because so as with in on")
_ADVISING = word_set("use prefer pick")  # verbs an instruction opens with (not in VERBS)
SIDE_WORDS = 3  # a side a clause names, this many words or fewer


def clause_side(point: str) -> tuple[str, str]:
    """The side a clause point is about and the stem of its verb: its subject
    ("client", "send" of "client sends SYN"; "dirty read", "see" of "dirty read sees
    …", a noun that may be a verb kept in the subject before a verb in "-s"), or what
    an instruction names ("SQL databases", "choos" of "Choose SQL databases when you
    need joins"); ("", "") when it has none (a point that is a name, or "Name: …")."""
    from studyapp.core.keyclauses import verb  # (it imports keymatch)
    from studyapp.core.keyphrases import PLAIN_WORDS
    from studyapp.core.keysubject import predicate

    if split_point(point)[1]:
        return "", ""
    pieces = [p.strip(",;:") for p in point.split()]
    while pieces and pieces[0].casefold() in _OPENING:
        pieces = pieces[1:]
    if len(pieces) < 3:
        return "", ""
    if _named_doing(pieces, verb, predicate):
        said_verb, name = pieces[2], pieces[:2]  # "break statement leaves the loop"
    elif verb(pieces[0].casefold()) or pieces[0].casefold() in _ADVISING:
        said_verb, name = pieces[0], []  # "Choose SQL databases when …"
        while len(pieces) > 2 and pieces[1].casefold() in _OPENING:
            pieces = [pieces[0], *pieces[2:]]  # ("Use a B-tree index for …")
        for piece in pieces[1 : 1 + SIDE_WORDS]:
            if piece.casefold() in _NAME_END or verb(piece.casefold()):
                break
            name.append(piece)
    elif _ACRONYM_SIDE.fullmatch(pieces[0]):  # "SSDs give fast reads": an acronym's
        said_verb, name = pieces[1], pieces[:1]
    else:  # "client sends SYN", "server replies …": the words before its verb
        at = next(
            (i for i, p in enumerate(pieces[: SIDE_WORDS + 1]) if i and verb_form(p, verb)),
            0,
        )
        said_verb, name = pieces[at], pieces[:at]
        after = at + 1
        if after < len(pieces) - 1 and re.fullmatch(r"[a-z]{3,}ly", pieces[after]):
            after += 1  # ("deep copy recursively copies": an adverb before the verb)
        if at and after < len(pieces) and _bare(pieces[at]) and predicate(pieces[after]):
            # "Dirty read sees": "read" is the subject's head, "sees" its verb
            said_verb, name = pieces[after], pieces[: at + 1]
    found = [w for w in words(" ".join(name)) if w not in STOPWORDS]
    if not found or any(w in PLAIN_WORDS and len(w) > 1 for w in found):  # ("B-tree")
        return "", ""
    return " ".join(name), stem(said_verb.casefold())


def _named_doing(pieces: Sequence[str], verb, predicate) -> bool:
    """Whether a clause that opens with a verb's bare form opens with a name instead, a
    noun after it and then what the name does ("break statement leaves the loop",
    "continue statement skips the rest"): no instruction ("Use connection pools for
    …", "Choose SQL databases when …")."""
    if len(pieces) < 4 or not _bare(pieces[0]) or not verb(pieces[0].casefold()):
        return False
    noun, doing = pieces[1], pieces[2]
    if not (noun.isalpha() and noun.islower()) or noun.endswith("s") or verb(noun):
        return False
    return predicate(doing) and (verb(doing.casefold()) or pieces[3].casefold() in _OPENING)


def _bare(piece: str) -> bool:
    """A word in no inflected form of a verb ("read", "merge", "copy")."""
    found = words(piece)
    return (
        len(found) == 1
        and found[0].isalpha()
        and not found[0].endswith(("s", "ed"))
        and found[0] not in STOPWORDS
    )


def verb_form(piece: str, verb) -> bool:
    word = piece.casefold()
    return verb(word) or (word.endswith(("s", "ed")) and word.isalpha() and len(word) > 3)


def _contrasted(points: Sequence[str]) -> dict[str, str]:
    """The clause points that set sides against each other, with the side of each: two
    or more that do one thing to different sides ("Choose SQL databases when …",
    "Choose NoSQL databases when …"), or take turns between sides ("client sends SYN",
    "server answers SYN-ACK", "client replies ACK")."""
    found = {p: clause_side(p) for p in points}
    found = {p: (side, v) for p, (side, v) in found.items() if side}
    key = {p: frozenset(stem(w) for w in words(side)) for p, (side, _v) in found.items()}
    if len(set(key.values())) < 2:
        return {}
    by_verb: dict[str, set[frozenset[str]]] = {}
    for p, (_side, v) in found.items():
        by_verb.setdefault(v, set()).add(key[p])
    turns = any(list(key.values()).count(k) > 1 for k in key.values())
    # (sides that are acronyms are named things set against each other whatever their
    # verbs: "RMSE punishes large errors more", "MAE is more robust to outliers")
    named = {p for p, (side, _v) in found.items() if _ACRONYM_SIDE.fullmatch(side)}
    named = named if len({key[p] for p in named}) > 1 else set()
    # (a clause that says what a thing is, "connection is open", takes no turn)
    return {
        p: side
        for p, (side, v) in found.items()
        if len(by_verb[v]) > 1 or (turns and len(key) > 2 and v not in _STATES) or p in named
    }


_STATES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})


_ACRONYM_SIDE = re.compile(r"[A-Z]{2,6}s?")


def said_on_its_side(point: str, points: Sequence[str], text: Heard, question: str = "") -> bool:
    """Whether the typed answer says a clause point about its own side when the points
    contrast sides (`_contrasted`): "client sends SYN" is not said by "the server sends
    SYN"; where the sides are names sharing a word, the words about one that tell the
    other's point and none of its own are the points swapped ("a full backup copies only
    the files changed"). Sides the question names, or the answer's names sharing a word,
    likewise (`keyasked`). True when the point is about no such side."""
    from studyapp.core.keydenial import denies
    from studyapp.core.keymatch import said

    contrasted = _contrasted(points)
    side = contrasted.get(point, "")
    sides = [f"{s}: {p}" for p, s in contrasted.items()]
    rest = ""
    if not side:  # ("failing liveness probe makes …", asked liveness against readiness)
        side, sides = keyasked.asked_side(point, question)
    if not side:  # ("squash merge combines …" beside "merge commit keeps …")
        side, sides, rest = keyasked.answer_side(point, question, points)
    if not side:
        return True
    claimed = text if denies(point) else text.affirmed()
    if rest and not named_at(side, claimed):
        return True  # (a side of the answer's own, judged only where named whole)
    stretch, shared = about_side(side, rest or point, sides, claimed)
    stretch = _without_compounds(point, points, stretch)
    if rest and named_at(side, stretch):
        # (named where it is heard, a side's name says none of what it does: "merge"
        # says no "combines"; nor do the words the other sides' points say too, "nested
        # objects" of a shallow and a deep copy)
        naming = named_words(side, stretch)
        unnamed = stretch.part([i for i in range(len(stretch.tokens)) if i not in naming])
        telling = [w for w in words(rest) if w not in STOPWORDS and stem(w) not in shared]
        if shared and telling and not any(unnamed.positions(w) for w in telling):
            return False
        return said(point, unnamed, f"{question} {side}")
    if side.casefold() in keyasked.answer_sides(points) and named_at(side, stretch):
        # (two names sharing a word that do one thing, "full backup copies …" and
        # "incremental backup copies …": said of this one, what tells another's point
        # and nothing that tells this one's is that other's point swapped)
        naming = named_words(side, stretch)
        unnamed = stretch.part([i for i in range(len(stretch.tokens)) if i not in naming])
        if _swapped_in(point, side, contrasted, shared, unnamed):
            return False
    # ("never rebase commits …" of git rebase, said where "rebase" is: its own word)
    return said(point, stretch, question) or said_by_own_name(point, side, sides, claimed, question)


def _swapped_in(point: str, side: str, contrasted: dict, shared: set, text: Heard) -> bool:
    """Whether the typed words about a side say what tells another side's point and
    none of what tells this one's."""

    def telling(p: str, name: str) -> set[str]:
        named = {stem(w) for w in words(name)}
        return {w for w in words(p) if w not in STOPWORDS and stem(w) not in named | shared}

    others = set().union(*(telling(p, s) for p, s in contrasted.items() if s != side))
    mine = telling(point, side) - others
    said_of = any(text.positions(w) for w in others - mine)
    return said_of and bool(mine) and not any(text.positions(w) for w in mine)


_COMPOUND = re.compile(r"\b([^\W_]+)-([^\W_]+)\b")


def _without_compounds(point: str, points: Sequence[str], text: Heard) -> Heard:
    """The typed words without the compounds other points name that hold a word of this
    one: "SYN" of "client sends SYN" is not said by a typed "SYN-ACK" beside "server
    answers SYN-ACK"."""
    own = set(words(_COMPOUND.sub(" ", point)))
    mine = {(a.casefold(), b.casefold()) for a, b in _COMPOUND.findall(point)}
    compounds = {
        (a.casefold(), b.casefold())
        for other in points
        for a, b in _COMPOUND.findall(other)
        if a.casefold() in own or b.casefold() in own
    }
    alone = {  # (and this one's compound is not said by its parts alone: "SYN … ACK")
        w
        for other in points
        for w in words(_COMPOUND.sub(" ", other))
        for pair in mine
        if w in pair
    }
    tokens, hyphened = text.tokens, text.layout.hyphened
    joined = {
        (i, i + 1): (tokens[i], tokens[i + 1]) for i in range(len(tokens) - 1) if i in hyphened
    }
    out = {at for pair, typed in joined.items() if typed in compounds for at in pair}
    held = {at for pair, typed in joined.items() for at in pair}
    out |= {i for i, t in enumerate(tokens) if t in alone and i not in held}
    if not out:
        return text
    return text.part([i for i in range(len(tokens)) if i not in out])


def ticked(terms: list[str], typed: str, question: str = "", answer: str = "") -> list[bool]:
    """For each point, whether the typed answer to `question` says it: `keymatch.said`,
    with the points that name sides ("TCP: …", "UDP: …") each heard on its side, a kind
    by what tells it from the others (`keykinds`: "key-value" says "Key-value stores"),
    a clause of contrasted sides on its own side ("client sends SYN"), and a step by a
    verb of its process (`keyprocess`: "resolves DNS" says "DNS lookup"). `answer`: the
    model answer the points are of (its definitions, "Long Name (LN)", count anywhere)."""
    from studyapp.core import (  # (they import keymatch)
        keyacross,
        keyantecedent,
        keycause,
        keychoice,
        keyclaims,
        keycompare,
        keycompared,
        keycompound,
        keydenial,
        keydoing,
        keygenus,
        keyglossary,
        keykinds,
        keylater,
        keymatch,
        keynegated,
        keyprocess,
        keyqualified,
        keyselectors,
        keystrategies,
        keyswapped,
        keytransition,
        keyunnamed,
    )

    language = keymatch.language_of("\n".join([typed, *terms]))
    heard = Heard.of(typed, keymatch.acronyms_of(terms), language, points=terms, answer=answer)
    sides = [t for t in terms if split_point(t)[1]]  # "TCP: …", "UDP: …"
    question = keygenus.with_kind(question, answer)  # ("function" of "a generator")

    def says(term: str, heard: Heard) -> bool:
        return (
            keymatch.said(term, heard, question, sides)
            or keykinds.said_as_kind(term, terms, heard, question)
            or keyglossary.said_by_its_work(term, terms, heard, question)
            or keyprocess.process_said(term, heard)  # "resolves DNS": "DNS lookup"
            or keystrategies.kinds_changed(term, heard)  # "… joins to broadcast joins"
            or keyacross.reach_said(term, heard)  # "… write atomically across partitions"
            or keysections.said_by_its_topic(term, terms, heard, question, answer)  # "churn"
        )

    return [
        says(term, heard)
        and not keynegated.said_only_denied(term, heard, says, answer)  # ("is not a binary search")
        and said_on_its_side(term, terms, heard, question)
        and not keycompared.said_of_another(term, heard, question, sides)  # ("--soft …")
        and telling_together(term, terms, heard)
        and not keydenial.count_swapped(term, heard, keymatch.asked_stems(question))
        and not keydenial.contrast_lost(term, heard)
        and not _polarity_flipped(term, sides, heard, question)
        and not keynegkept.rule_undenied(term, heard)  # ("git rebase doesn't replay …")
        and not keydoing.named_otherwise(term, heard, answer, keymatch.asked_stems(question))
        and not keycompare.pairs_swapped(term, heard)  # ("DRAM … for CPU caches")
        and not keyswapped.side_swapped(term, terms, heard)  # ("… from the right table")
        and not keycause.cause_swapped(term, heard, keymatch.asked_stems(question))
        and not keycompare.reversed_order(term, heard)  # ("processes are cheaper than …")
        and not _roles_inverted(term, heard, question)  # ("the certificate authority …")
        and not keyselectors.selector_swapped(term, heard)  # ("sees a different order")
        and not keyantecedent.said_of_another(term, heard, answer)  # ("threads … flush")
        and not keylater.said_first(term, heard, answer)  # ("grows linearly from the start")
        and not keycompound.compound_alone(term, heard, keymatch.asked_stems(question))
        and not keyqualified.said_of_the_other_kind(term, terms, heard)  # ("merges the skewed")
        and not keyclaims.claim_unsaid(term, heard)  # ("forces a re-render even when …")
        and not keyclaims.circumstance_turned(term, heard, answer)  # ("forgets … once")
        and not keynegated.claim_denied(term, sides, heard, question)  # ("is never …")
        and not keychoice.choice_kept_away(term, heard, answer)  # ("keeps both …")
        and not keytransition.end_turned(term, heard, answer)  # ("… to an invalid one")
        and not keyunnamed.subject_unnamed(
            term, terms, heard, answer, keymatch.asked_stems(question)
        )
        for term in terms
    ]


def _roles_inverted(term: str, heard: Heard, question: str) -> bool:
    """`keyroles.roles_inverted` and `keyroles.verb_roles_swapped`, for a clause point of
    its own (no side's)."""
    from studyapp.core import keymatch, keyroles  # (they import keymatch)
    from studyapp.core.keydenial import claimed as claimed_by

    if split_point(term)[1] or not keymatch.statement(term):
        return False
    claimed = claimed_by(term, heard)
    asked = keymatch.asked_stems(question)
    return keyroles.roles_inverted(term, claimed, asked) or keyroles.verb_roles_swapped(
        term, claimed, asked
    )


def _polarity_flipped(term: str, sides: Sequence[str], heard: Heard, question: str) -> bool:
    """`keydenial.polarity_flipped`, a side's point weighed where the typed answer speaks
    of that side ("mutable ones can be modified; immutable ones can't be altered")."""
    from studyapp.core import keydenial, keymatch, keyopposed  # (they import keymatch)

    name, gloss = split_point(term)
    text = about_side(name, gloss, sides, heard)[0] if gloss else heard
    asked = keymatch.asked_stems(question)
    return (
        keydenial.polarity_flipped(term, text, asked)
        or keyopposed.opposite_said(gloss or term, text, asked)
        or keyopposed.turned_on_its_thing(gloss or term, text)
        or keyopposed.scope_turned(gloss or term, text)
        or keyopposed.excepted_done(gloss or term, text)
        or keyopposed.dismissed(term, text)
    )


MIRROR_WORDS = 4  # a clause point this short (its own words) is told from its mirrors


def telling_together(point: str, points: Sequence[str], text: Heard) -> bool:
    """Whether the words that tell a short clause point from its mirrors (the other
    clause points of its shape, half their words the same: "high bias underfits", "high
    variance overfits") are said in one typed clause, where the typed answer says two or
    more of them: "high bias overfits and high variance underfits" says "bias" and
    "underfits", but in two clauses, so neither point. True for a point that is a name
    or has no mirror."""
    from studyapp.core.keymatch import statement

    def own(p: str) -> set[str]:
        return {stem(w) for w in words(p) if w not in STOPWORDS}

    if split_point(point)[1] or not statement(point):
        return True
    mine = own(point)
    if len(mine) > MIRROR_WORDS:
        return True  # (a long clause is paraphrased across typed clauses)
    clause = text.layout.clause
    for other in points:
        if other == point or split_point(other)[1] or not statement(other):
            continue
        theirs = own(other)
        if len(theirs) != len(mine) or 2 * len(mine & theirs) < len(mine):
            continue  # (no mirror: the same shape, half its words the same)
        telling = {w: set() for w in mine - theirs}
        for i, token in enumerate(text.tokens):
            if stem(token) in telling:
                telling[stem(token)].add(clause[i])
        heard = [where for where in telling.values() if where]
        if len(heard) > 1 and not set.intersection(*heard):
            return False
    return True


def mirror_said(gloss: str, sides: Sequence[str], text: Heard, asked: frozenset[str]) -> bool:
    """Whether the typed words about a side say its gloss in its own order where the
    sides' glosses hold the same words in another order ("and: returns the first
    *falsy* operand, or the last one if all are *truthy*", "or: returns the first
    *truthy* …"): of the words where the two orders part, the side's own comes first
    in the typed words ("and gives back the first falsy value"), not the other side's
    ("and returns the first truthy operand"). Where the glosses differ in small words
    alone ("any: … at least one element …", "all: … only if every element …"), one of
    its own is said. True where no side mirrors this one."""
    own = [stem(w) for w in words(gloss) if w not in STOPWORDS and stem(w) not in asked]
    for side in sides:
        other = [
            stem(w)
            for w in words(split_point(side)[1])
            if w not in STOPWORDS and stem(w) not in asked
        ]
        if split_point(side)[1] == gloss or sorted(other) != sorted(own):
            continue  # (itself, or no mirror: words of its own tell it)
        if other == own:  # the same but for small words ("at least one", "only … every")
            small = {stem(w) for w in words(gloss)} - {stem(w) for w in words(split_point(side)[1])}
            if small and not any(stem(t) in small for t in text.tokens):
                return False
            continue
        at = next(k for k, (a, b) in enumerate(zip(own, other, strict=True)) if a != b)
        mine, theirs = own[at], other[at]
        for token in text.tokens:
            if stem(token) == mine:
                break
            if stem(token) == theirs:
                return False
    return True

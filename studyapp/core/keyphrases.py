"""Key phrases of prose: the run of content words a sentence turns on. No Qt here.

`core.keyterms` takes the key phrase of an answer's key sentences, of a short answer's
clauses and of what an answer says of a term; a phrase never holds a plain word
("about", "really"), and scores by how often the whole answer comes back to its words.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core import keylang, keynegkept, keysentences
from studyapp.core.keyheard import NEGATIONS
from studyapp.core.keymatch import STOPWORDS, stem, word_set, words

# (and before a name whose capitals come after a small letter, "gRPC", "iOS", "eBPF":
# not after an abbreviation's dot, "e.g. iOS")
_SENTENCE_END = re.compile(
    rf"(?<=[.!?]){keysentences.NOT_ABBREVIATED}\s+(?=[{keylang.UPPER}0-9*_(\"“¿¡«])|\n|(?<=[^.\s]{{2}}[.!?])\s+(?=[a-z]+[A-Z])"
    rf"|{keysentences.LOWER_OPENING}"  # ("… untouched. git pull runs a fetch")
)

# Words that carry no point of their own: a key phrase never holds one.
PLAIN_WORDS = STOPWORDS | word_set(
    """about above after again against all also although am among another any anything
    are around as b basically be because been before being below between both but can
    could d did do does doing done down during e each eg either else etc even ever every
    few first following for further get gets getting give given gives go goes good got had
    has have having he her here hers him his how however i ie if instead just kind know
    known last less let lets like likely lot lots made main make makes making many may
    me might more most much must my need needs never new next no nor not now often one
    ones only other others our out over own part particular really rather s same say
    says second see seen several shall she should since so some something such t take
    takes taking than then there therefore these they thing things those though three
    through thus too two under until up upon us use used uses using usually very was way
    ways we well were what whatever when where whether which while who whom whose why will
    would yes yet you your basically simply generally typically mainly mostly important
    help helps helpful allows allow different various certain actually already always
    together within each example examples called refers means defined nothing everything
    here least once whereas due hence twice finally oh"""
)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def first_sentence(text: str) -> str:
    return next(iter(sentences(text)), "")


def key_sentence(sentences: Sequence[str]) -> str:
    """The paragraph's topic sentence: its first of four words or more. (A key phrase of
    it counts only when the answer comes back to one of its words.)"""
    for sentence in sentences:
        if len(words(sentence)) >= 4:
            return sentence
    return sentences[0] if sentences else ""


# Verbs that link the ideas of a clause rather than name one ("only one thread executes
# Python", "each yield returns a value", "memory stays O(1)"): a key phrase names a thing,
# so it breaks at them. Base, third-person and past forms; an "-ing" form is often a
# noun ("running averages", "early stopping") and stays.
_VERB_BASES = word_set(
    """accept achieve act adapt add answer affect allow apply appear arise assign assume avoid
    become begin behave belong block break bring build call carry catch cause change check
    choose claim combine come compare compute consider contain continue convert cope copy
    count cover create cut decide define depend describe destroy detect determine differ
    drive drop end enable ensure estimate exceed execute exist expect explain express fail
    fall feed fill find finish fit fix follow force form generate grow guarantee handle
    happen hold ignore imply improve include increase indicate involve keep lead learn leave lie
    limit look lose maintain manage match mean measure meet miss move need obtain occur
    offer open operate pass pause perform pick place play point prefer prevent produce
    provide push put raise reach read receive reduce refer refuse release rely remain
    remember remove replace represent require reset respond result return reuse run save
    seem select send serve set shift show shrink solve sort split start stay stop store
    suffer suggest support suppose take tell tend throw treat try turn understand update
    vary wait want wrap write yield"""
)
_IRREGULAR = word_set(
    """became began brought built came caught chose chosen drove fell fed found held kept
    led left lost meant met ran sent set shown shrank split stood stuck told thrown took
    understood wrote written is was were has had does did"""
)


def _verb_forms(base: str) -> set[str]:
    stemmed = base[:-1] if base.endswith("e") else base
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
    if base.endswith("y") and base[-2] not in "aeiou":
        third, past = base[:-1] + "ies", base[:-1] + "ied"
    else:
        past = stemmed + "ed"
    return {base, third, past}


# "yield", "return", "set" and "split" are nouns as often as verbs: after "a"/"the" and
# the like, the word is read as a noun ("a yield statement", "the return value").
VERBS = frozenset(form for base in _VERB_BASES for form in _verb_forms(base)) | _IRREGULAR
_DETERMINERS = word_set("a an the its their each every any per of")
# A piece of a sentence: a notation ("O(1)", "O(n log n)") is one piece, and so is a
# compound with slashes ("I/O-bound", "TCP/IP").
_PIECE = re.compile(r"\b[^\W\d_]\([^()]{1,12}\)|[\w'’+-]+(?:/[\w'’+-]+)*|[^\w\s]")
_NOTATION = re.compile(r"^[^\W\d_]\(")


def symbolic(term: str) -> bool:
    """Whether a point is made of symbols only: no word of three letters or more outside
    a notation ("TP", "FP", "O(1)", "CP", "L1"), so it names no idea a person explains."""
    return not re.search(r"[^\W\d_]{3,}", term)


def scored_phrase(
    sentence: str, frequencies: Counter[str], longest: int = 3, asked: frozenset[str] = frozenset()
) -> tuple[str, float]:
    """The key phrase (runs of at most `longest` words, none of the `asked` stems, not
    broken by a plain word, a verb or a notation) and its score; a phrase of symbols only
    is none."""
    runs: list[list[str]] = [[]]
    previous = ""
    for piece in _PIECE.findall(sentence):
        folded = piece.casefold().strip("'’")
        if (
            not re.match(r"\w", piece)
            or _NOTATION.match(piece)
            or folded in PLAIN_WORDS
            or folded.isdigit()
            or (folded in VERBS and previous not in _DETERMINERS)
            or (asked and stem(folded) in asked)
        ):
            runs.append([])
        else:
            runs[-1].append(piece)
        previous = folded
    best, best_score = "", 0.0
    for run in runs:
        for size in range(min(longest, len(run)), 0, -1):
            for start in range(len(run) - size + 1):
                window = run[start : start + size]
                if symbolic(" ".join(window)):
                    continue
                stems = [stem(w.casefold()) for w in window]
                score = sum(min(frequencies[s], 4) for s in stems) + 0.5 * size
                score += sum(0.5 for w in window if re.search(r"[A-Z].*[A-Z]|\d", w))
                if score > best_score:
                    best, best_score = " ".join(window), score
    # (cut from a clause that negates it, it keeps the negation: "never rebase commits")
    return keynegkept.with_negation(sentence, best), best_score


_CLAUSE = re.compile(r"(\s*(?:[:;,]|\s[–—-])\s+|\s*[()]\s*|(?<=\w)—(?=\w))")  # ("text—complete …")
# An aside between commas that opens with a small word: ", for every token,".
_ASIDE = re.compile(
    r",\s+(?:for|in|at|on|with|by|from|per|during|after|before)\s[^,;:()]{1,40},\s+"
)
_FORMULA = re.compile(r"[=|^²³√∑]|\s[+*/]\s")  # "= TP / (TP + FP)", "adds |w| to the loss"


def _bearing(pieces: Sequence[str]) -> bool:
    """Whether the first of `pieces` negates what follows it ("no", "not", "without";
    not "not only", "no longer") or restricts it ("only one thread runs bytecode")."""
    from studyapp.core.keydenial import NOT_DENYING  # (it imports keymatch)

    first = pieces[0].casefold()
    following = pieces[1].casefold() if len(pieces) > 1 else ""
    if first in _CONDITIONAL and following:
        return True  # ("once committed, data survives": not always)
    return first in _RESTRICTING or (first in NEGATIONS and following not in NOT_DENYING)


def _polar(word: str) -> bool:
    from studyapp.core.keysynonyms import opposites

    return bool(opposites(stem(word.casefold())))


# Verbs that make their object something ("makes output deterministic", "lets threads
# run"): without them what follows is a noun and its state, no clause ("output
# deterministic"), so a gloss keeps them.
_MAKING = word_set("make makes making let lets")
_RESTRICTING = word_set("only solely exclusively")
_CONDITIONAL = word_set("once unless until")  # (what holds only then)
_OPENING_ASIDE = re.compile(r"^\s*\([^()]*\)\s*(?=[:–—-]|\w)")


def gloss(text: str, most: int) -> str:
    """What an answer says of a term, as a short clause a person would say (at most
    `most` words): the first clause of `text` that is not a formula ("= TP / (TP + FP)"),
    its plain opening words left out ("is error from wrong assumptions" → "error from
    wrong assumptions"), with the next clause when it has one idea only ("predicted
    positives, how many are right"); a clause too long is reduced to its key phrase."""
    # (an aside that opens it names the term again, "(a blocking mutex): puts a waiting
    # thread to sleep": what is said of the term follows it)
    rest = _OPENING_ASIDE.sub("", text, count=1)
    text = rest if words(rest) else text
    text = first_sentence(text.strip().lstrip(":–—-= ").strip())
    text = _ASIDE.sub(" ", text)  # "computes, for every token, a weighted sum"
    found = _CLAUSE.split(text)  # clause, mark, clause, mark …
    if asking := _asking(found, most):
        return asking  # "of what was there, how much I found": its sense needs them all
    said = ""
    for at in range(0, len(found), 2):
        clause, mark = found[at], found[at + 1] if at + 1 < len(found) else ""
        if not clause or _FORMULA.search(clause) or symbolic(clause):
            if said:
                break
            continue
        pieces = clause.split()
        if not said:  # its plain opening words go ("is error from …" → "error from …"),
            # not one with an opposite ("own address space": "shared" is another idea); a
            # negation or a restriction stays, with the small words after it, beyond the
            # `most` words: "no partial dependency" says the reverse of "partial
            # dependency", "only one thread holds it" the contrary of "many threads …"
            kept: list[str] = []
            while (
                pieces
                and pieces[0].casefold() in PLAIN_WORDS - _MAKING
                and not _polar(pieces[0])
                and not asks_degree(pieces)
                and not counting(pieces)
            ):
                if kept or _bearing(pieces):
                    kept.append(pieces[0])
                pieces = pieces[1:]
            if not pieces:
                continue
            if len(pieces) > most and not (counting(pieces) and len(pieces) <= COUNTED_WORDS):
                cut = _cut(pieces, most)
                return " ".join([*kept, cut]) if cut else ""
            pieces = kept + pieces
        elif len(said.split()) + len(pieces) > most or pieces[0].casefold() in PLAIN_WORDS:
            break  # (the next clause whole, as written, or none)
        said += " ".join(pieces).rstrip(".!?")
        if len([w for w in words(said) if w not in PLAIN_WORDS]) >= 2:
            break
        said += mark.strip() + " " if mark.strip() in ",;:" else " "
    return said.strip(" ,;:")


# Words that open a clause asking something ("of *what* I flagged, *how* much was
# right"): plain words, but the clause means nothing without them.
_ASKING = word_set("what how which who whom where when why")
ASKING_WORDS = 8  # such clauses, as written, at most (what a point can hold of them)


# A count that opens what is said of a term ("two or more threads each hold a lock"):
# without it the gloss says something else ("more threads each hold a lock").
_COUNTS = word_set("one two three four five six seven eight nine ten")
COUNTED_WORDS = 12  # … and such a clause is said whole, up to this many words (no cut
# keeps both the count and what it counts does)


def counting(pieces: Sequence[str]) -> bool:
    """Whether words open with a count: a number ("two or more", "3 replicas") or "at
    least", "at most" before one."""
    found = [w for piece in pieces[:3] for w in words(piece)]
    if found[:1] and (found[0] in _COUNTS or found[0].isdigit()):
        return found[1:2] != ["of"]  # (not "one of the most widely used …")
    return found[:2] in (["at", "least"], ["at", "most"])


def asks_degree(pieces: Sequence[str]) -> bool:
    """Whether words open with "how" and the word it asks the degree of ("how close
    the output is to the input", "how many …"): without "how", what is left says
    something else ("close the output is …")."""
    from studyapp.core.keyclauses import FUNCTION_WORDS  # (it imports this module)

    second = words(pieces[1]) if len(pieces) > 1 else []
    return (
        " ".join(words(pieces[0])) == "how"
        and bool(second)
        and (second[0] in _DEGREE or second[0] not in FUNCTION_WORDS | PLAIN_WORDS)
    )


_DEGREE = word_set("many much often long far well")  # (plain words, but asked of with "how")


def asks(clause: str) -> bool:
    """Whether a clause opens, after plain words only, with a word that asks ("of what
    I flagged", "how much was right"): cut from the clause after it, it says nothing."""
    found = words(clause)
    opening = list(itertools.takewhile(lambda w: w in PLAIN_WORDS | _ASKING, found))
    return any(w in _ASKING for w in opening)


def asking_pair(before: str, after: str) -> bool:
    """Whether two clauses ask and answer together ("of what was there, | how much I
    found"), each opening with a word that asks: one point, not two cut pieces."""
    return asks(before.rpartition(": ")[2]) and asks(after)


def asks_twice(text: str) -> bool:
    """Whether a text is clauses that ask and answer together (`asking_pair`) from its
    opening on ("of what was there, how much I found")."""
    clauses = re.split(r"[,;]\s+", text)
    return len(clauses) > 1 and asking_pair(clauses[0], clauses[1])


def _asking(found: Sequence[str], most: int) -> str:
    """The clauses of a gloss as written, where its first opens, after plain words
    only, with a word that asks ("of what I flagged, how much was right", "where it
    is stored, how long it lives"), and all of them fit `most` words; else nothing.
    Their plain opening words left out, they keep no sense ("much I found")."""
    if not asks(found[0]) or len(found) < 3:
        return ""
    said = "".join(found).strip().rstrip(".!?").strip(" ,;:")
    if len(said.split()) > max(most, ASKING_WORDS) or _FORMULA.search(said) or symbolic(said):
        return ""
    return said


def _cut(pieces: Sequence[str], most: int) -> str:
    """The opening of a long clause, at most `most` words, cut before a small word so it
    ends on a content word ("model fits noise in the training data instead of …" →
    "model fits noise")."""
    best = ""
    relative = [i for i, p in enumerate(pieces[:most]) if i > 1 and p.casefold() in _RELATIVE]
    if relative:  # "architectural style for APIs where resources …": before "where"
        pieces = pieces[: relative[0]]
    from studyapp.core.keyclauses import FUNCTION_WORDS, verb  # (it imports this module)

    for end in range(1, min(most, len(pieces)) + 1):
        following = pieces[end].casefold() if end < len(pieces) else ""
        if (
            following
            and following not in PLAIN_WORDS | FUNCTION_WORDS
            and following not in _BEFORE_TO  # ("servers | close to the users")
        ):
            continue
        last = pieces[end - 1].casefold().rstrip(".!?,;:")
        if end < len(pieces) and verb(last):
            continue  # "issue that arises [when …]": a verb whose clause goes on
        if end < len(pieces) and last in _BEFORE_TO and pieces[end].casefold() == "to":
            continue  # "servers close [to the users]": a word its "to" goes with
        if _joined_modifier(pieces, end):  # "create realistic [or artistic images]":
            best = " ".join(pieces[: end + 3])  # with the noun they qualify, or not at all
            break
        if last not in PLAIN_WORDS and last not in FUNCTION_WORDS:  # (not "… servers near")
            best = " ".join(pieces[:end])
    # One word left of a long clause ("issue") says nothing of it.
    return best.rstrip(".!?,;:") if len(best.split()) > 1 else ""


def _joined_modifier(pieces: Sequence[str], end: int) -> bool:
    """Whether the word before `end` qualifies, with the word that "or" or "and" joins
    to it, the noun after both ("realistic or artistic images", "physical and logical
    backups"): cut there, a phrase ends on a word that says nothing alone."""
    from studyapp.core.keyclauses import FUNCTION_WORDS, verb  # (it imports this module)

    if end + 2 >= len(pieces) or pieces[end].casefold() not in ("or", "and"):
        return False
    last, joined, noun = (p.casefold() for p in (pieces[end - 1], *pieces[end + 1 : end + 3]))
    return (
        bool(_MODIFIER.search(last) and _MODIFIER.search(joined))
        and last[-1:].isalpha()
        and joined[-1:].isalpha()
        and noun[:1].isalpha()
        and noun not in FUNCTION_WORDS | PLAIN_WORDS
        and not verb(joined)
    )


# The endings of words that qualify a noun ("realistic", "logical", "expensive").
_MODIFIER = re.compile(r"(?:ic|al|ive|ous|ful|less|able|ible|ent|ant|ary)$")


# Words whose "to" goes with them: a phrase is not cut between ("close to the users").
_BEFORE_TO = frozenset({"close", "closer", "next", "due", "similar", "prior", "according"})


# A series in prose: "regularization, early stopping or more data", "logging, caching
# or access checks": three or more items of one to three words.
_ITEM = r"[\w'’/+-]+(?:\s+[\w'’/+-]+){0,2}"
_AND = keylang.CONJUNCTION  # "and", "or", "y", "und", "et" …
_PROSE_SERIES = re.compile(rf"{_ITEM}(?:,\s+{_ITEM}){{1,}},?\s+{_AND}\s+{_ITEM}")


def series(sentence: str) -> list[str]:
    """The items of the series a sentence lists ("Fix it with regularization, early
    stopping or more data" → regularization, early stopping, more data): the first item
    is its last content words, the last one ends before a small word."""
    return [item for _, items in _series(sentence) for item in items]


def series_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the series of things a sentence lists stand in it: the commas between
    their items part no clauses ("It slows down inserts, updates and deletes")."""
    found = []
    for match in _PROSE_SERIES.finditer(sentence):
        first, *items = (
            words(i) for i in re.split(rf",\s+(?:{_AND}\s+)?|,?\s+{_AND}\s+", match[0])
        )
        gerunds = bool(first) and first[-1].endswith("ing")  # ("logging, caching, …")
        if len(re.findall(rf"\s{_AND}\s", match[0])) == 1 and not any(
            # (not two lists run together, "by path, host or headers, terminate TLS and
            # do …"; nor actions, "saves memory, prevents …", nor a clause or an aside
            # that goes on: "a SYN-ACK, acknowledging …", "types, so the value …")
            (i[0] in VERBS and len(i) > 1)
            or i[0] in _LINKS
            or (i[0].endswith("ing") and not gerunds)
            for i in items
            if i
        ):
            found.append(match.span())
    return found


# Words that open a clause, or an aside, after a comma: no item of a series.
_LINKS = word_set(
    "so such which that because but then as while where when whereas since thus hence yet"
    " including like especially e g i"
)


def _series(sentence: str) -> list[tuple[re.Match, list[str]]]:
    found: list[tuple[re.Match, list[str]]] = []
    for match in _PROSE_SERIES.finditer(sentence):
        items = re.split(rf",\s+(?:{_AND}\s+)?|\s+{_AND}\s+", match[0])
        before = sentence[: match.start()].split()[-1:] + items[0].split()[:-1]
        if len(items) < 3 or (before and before[-1].casefold() in _MODALS):
            continue  # "you can append, remove and change items": actions, not things
        if before and before[-1].casefold() in _QUANTIFIERS:
            continue  # "give each user, process or service …": whom a claim is of
        first = items[0].split()
        plain_at = [i for i, w in enumerate(first) if w.casefold() in PLAIN_WORDS | VERBS]
        items[0] = " ".join(first[plain_at[-1] + 1 :] if plain_at else first)
        last: list[str] = []
        for word in items[-1].split():
            if last and word.casefold() in PLAIN_WORDS - {"more", "less"}:
                break
            last.append(word)
        items[-1] = " ".join(last)
        items = [_without_plain_opening(i) for i in items]
        if any(words(i) and words(i)[0] in VERBS for i in items):
            continue  # "saves memory and prevents adding …": what it does, in clauses
        if all(i and any(w not in PLAIN_WORDS for w in words(i)) for i in items):
            found.append((match, items))
    return found


_MODALS = word_set("can cannot could may might must shall should to will would")
# Words that make a series the scope of a claim, not things it names ("each user, …").
_QUANTIFIERS = word_set("each every any all")


def _without_plain_opening(item: str) -> str:
    pieces = item.split()
    while len(pieces) > 1 and pieces[0].casefold() in PLAIN_WORDS - {"more", "less"}:
        pieces = pieces[1:]
    return " ".join(pieces)


_RELATIVE = word_set("that which where who whose whom while when because so")


# --- what an answer says of a term ------------------------------------------------


def clause_after(rest: str) -> str:
    """What a clause says after a name ("a CP system refuses requests …" → "refuses
    requests …"): the noun the name qualifies ("system") goes when a verb follows it;
    none when the clause goes on with other names only ("CP or AP")."""
    clause = re.split(r"[,;:.!?]\s|\s[–—-]\s", rest + " ", maxsplit=1)[0]
    found = clause.split()
    if found and found[0].casefold() in ("or", "and", "nor", "vs", "versus", "&", "/"):
        return ""  # "L1 (Lasso) or L2 (ridge)": a series of names goes on
    if len(found) > 1 and found[1].casefold() in VERBS:
        found = found[1:]
    clause = " ".join(found)
    return clause if scored_phrase(clause, Counter())[0] else ""


def within(point: str, other: str) -> bool:
    """Whether every content word of a point is a word of another, longer one."""
    own = {stem(w) for w in words(point) if w not in PLAIN_WORDS}
    return bool(own) and point != other and own <= {stem(w) for w in words(other)}


def subject(sentence: str, collector) -> None:
    """A sentence about what the question asks ("Dropout randomly sets activations to
    zero …" for "What does dropout do?"): the subject, and what the sentence says of it."""
    pieces = sentence.split()
    start = 1 if pieces and pieces[0].casefold() in ("a", "an", "the") else 0
    for end in range(min(len(pieces) - 1, start + 3), start, -1):
        subject = " ".join(pieces[start:end])
        found = words(subject)
        if not (
            found
            and all(stem(w) in collector.asked and w not in PLAIN_WORDS for w in found)
            and re.match(r"^[\w'’ /-]+$", subject)
        ):
            continue
        rest = pieces[end:]
        if rest[0][:1].isupper() or stem(rest[0].casefold()) in collector.asked:
            return  # the name goes on: "Text-to-Image Generation is …", "Data analysis"
        if rest[0].casefold() in ("is", "are") and len(rest) > 1:
            rest = rest[1:]  # "A tuple is immutable, …"
        if rest[0].casefold() not in PLAIN_WORDS:
            collector.add(subject, "defined", gloss=" ".join(rest))
            return


def said_of(rest: str, strong: Sequence[str], name: str = "") -> str:
    """What the sentence that opens with a term (`name`) says of it (`rest`: the text
    after the term): what it marks there says it best ("**Image Generation**: the vector
    guides a **generative model**…"), else the rest of the sentence."""
    stripped = rest.lstrip(" :–—-")
    opening = stripped if stripped.startswith("(") else first_sentence(stripped)
    sentence = rest[: rest.find(opening) + len(opening)] if opening in rest else opening
    # (not the term again, a word of the sentence: "**merge** – adds a merge commit")
    marked = [span for span in strong if span and span in sentence and span != name]
    return f"**{marked[0]}**" if marked else sentence.lstrip(" :–—-")


def opening_terms(sentences: Sequence[str], inline, collector) -> None:
    """A bold term that opens a sentence ("**Variance** is sensitivity to …") and what
    the sentence says of it."""
    for sentence in sentences:
        for span in inline.strong:
            opening = re.match(rf"(?:(?:the|an?)\s+)?{re.escape(span)}", sentence, re.I)
            if span.strip() and opening:
                collector.gloss(span, said_of(sentence[opening.end() :], inline.strong, span))


_SETTING = re.compile(r"^(?P<name>[^\W\d][\w .'’-]{0,40}?)\s*(?:=|:=)\s*\S{1,12}$")


def setting_name(term: str) -> str:
    """A setting and its value ("Temperature = 0", "k = 5") names the setting: a person
    says "set the temperature to zero", not the equation."""
    match = _SETTING.match(term)
    if match and len(match["name"].split()) <= 3:
        return match["name"].strip()
    return term


def marked_within(candidate, other, found: Sequence = ()) -> bool:
    """Whether a candidate point (keyterms) is a word marked inside a list item's point
    or a definition's, which says it already ("testable" in "Makes code testable (inject
    mocks)", "generator" in "yield: turns a function into a generator"). Not a name an
    item opens with that is marked before the item, apart from it: one of the `found`
    points (all, in the answer's order) between them is no other mark of the item's
    ("**Generator**" in the definition above the step "Generator creates a fake image":
    a part the answer names, and the step says what it does)."""
    name, _, gloss = other.term.partition(": ")
    inside = name if other.source == "lead" else gloss
    return (
        candidate.source in ("bold", "em")
        and other.source in ("lead", "defined")
        and name.casefold() != candidate.term.casefold()
        and _word_within(candidate.term, inside)
        and (
            other.source != "lead"
            or not inside.casefold().startswith(f"{candidate.term.casefold()} ")
            or all(
                c.source in ("bold", "em") and _word_within(c.term, inside)
                for c in found
                if candidate.order < c.order < other.order
            )
        )
    )


def _word_within(term: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(term)}\b", text, re.IGNORECASE) is not None

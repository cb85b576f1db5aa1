"""Key points of a plain prose answer: its clauses, and the named parts of its formulas.
No Qt here.

An answer of a few sentences with nothing marked (no bold, list, table or heading) says
its ideas in clauses ("adding or removing a node moves only about 1/n of the keys").
Each clause is a point, cut at sentence and clause boundaries (";", ":", a dash, a
comma), never inside one, and trimmed of what only links it: the words before its idea
("It", "A race condition happens when" when the question asks about race conditions)
and function words at either end. A piece of a clause with fewer than two words of its
own (not the question's) joins its neighbour ("use timeouts"); a clause too long is cut
at a subordinate clause ("… when …", "… without …") or else ends on its last content
word. A line "Precision = TP / (TP + FP)" gives "Precision: TP / (TP + FP)". A word in
capitals is a keyword's name, never a link ("WHERE filters rows", "after GROUP BY"), a
clause "so it can …" is about the side the clause before it names, examples named in
a clause ("a function like ROW_NUMBER() or SUM() that …") are no part of it, and a
condition trimmed of its link stays apart from its clause ("On a miss, it reads …").

A clause point is said by a share of its own words (`keymatch.said`), so a correct
answer in other words ticks it and a wrong one that only repeats the topic does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from studyapp.core import (
    keyasides,
    keyenumerated,
    keyequations,
    keyjoins,
    keylang,
    keymatch,
    keynegkept,
    keyphrases,
    keysentences,
    keysubject,
)
from studyapp.core.keymatch import GENERIC_HEADS, STOPWORDS, stem, word_set, words
from studyapp.core.keyphrases import PLAIN_WORDS, asking_pair, asks_degree, asks_twice
from studyapp.core.keystandard import compared_whole
from studyapp.core.keysynonyms import known_phrase

MAX_CLAUSE_WORDS = 14  # a longer clause is cut at a subordinate clause or shortened
MIN_OWN_WORDS = 2  # a piece with fewer words of its own joins its neighbour
CLAUSE_POINTS = 4

# Words that only link a clause: never the first or last word of a point.
FUNCTION_WORDS = STOPWORDS | word_set(
    """about across after against along also although among and around because before
    behind below beneath beside between both but by can could despite do does did during
    each either even every except from had has have he her here his how however i if in
    inside into its just like may might must my near neither no nor not of off on
    onto only or our out outside over past per she should since so some such than that
    the their them then there these they this those though through thus till to toward
    towards under unless until up upon us very was we were what when where whereas
    whether which while who whom whose why will with within would yet you your"""
)
# What a point may end on only when the answer's clause ends there too: a verb whose
# object was cut off ("… to prevent") is no point.
_VERB_ENDINGS = ("ing",)
# Words before a clause's idea: a pronoun subject, a link ("is", "happens when"); not a
# word that turns its meaning ("without a lock", "not", "unless"), nor one that restricts
# it ("only one thread runs bytecode": "many threads run it" is its contrary).
_LEADING = (
    FUNCTION_WORDS
    | word_set(
        """be been being happens happen occurs occur means mean refers refer called
        basically simply essentially it it's plus"""
    )
) - word_set("without not no nor neither never unless despite except before after until only")
_SUBORDINATE = re.compile(
    r"\s+(?=(?:when|where|because|which|while|whereas|without|until|unless|so that|"
    r"so|since|although|though|after|before|then|and|but)\s)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:(?=\s)|\s[–—-]\s|,)\s*"
    # (and before an "and" that opens a clause with an actor of its own: "the client
    # sends a REQUEST and the server confirms with an ACK")
    r"|\s+(?=and\s+the\s+[a-z]+\s+[a-z]+(?:s|ed)\s)"
)
_NEGATIONS = word_set("not no never nor nicht kein keine pas jamais niet nooit nao")
# Words that say which one of a kind a subject is, by its side or its degree: asked
# "where are smaller keys?", the point of "Smaller keys go left" names them, since the
# answer's other points are of the other ones ("Larger keys go right").
_WHICH_ONE = word_set(
    """left right smaller larger smallest largest lower higher lowest highest bigger
    parent child children first last older newer"""
)
_SENTENCE_BREAK = re.compile(  # (and before "gRPC", "iOS", "!important", ".NET")
    rf"(?<=[.!?]){keysentences.NOT_ABBREVIATED}\s+(?=[{keylang.UPPER}0-9(\"“=¿¡«`]|[!.#@][^\W\d_])"
    rf"|(?<=[^.\s]{{2}}[.!?])\s+(?=[a-z]+[A-Z])"
    rf"|{keysentences.LOWER_OPENING}"  # ("… untouched. git pull runs a fetch")
)
# An aside that only qualifies or illustrates ("hashable (if their items are)"): no
# part of a clause's point.
_REMARK = re.compile(
    r"\s*\((?:if|when|unless|except|assuming|e\.\s?g\.|i\.\s?e\.|see|cf\.)[^()]*\)", re.I
)
_RESTATING = re.compile(r"^\W*i\.\s?e\.\s*", re.I)  # what opens a clause said again
_TOKEN = re.compile(r"\S+")
_CODE = re.compile(r"`[^`\s]+`")  # a code span names something: `is` is no link word
# What only announces what follows a colon ("There are four main types:", "Three
# steps:"): a number and the kind of things listed.
INTRO_WORDS = word_set(
    """one two three four five six seven eight nine ten several few many main key common
    basic following type types kind kinds sort sorts category categories step steps stage
    stages phase phases part parts component components reason reasons way ways level
    levels form forms"""
)
# Words that order or link what a clause says ("First, talk to them …"), not part of it.
MARKERS = word_set(
    """first firstly second secondly third thirdly fourth then next finally lastly also
    additionally moreover furthermore however afterwards meanwhile alternatively"""
)
# Words that leave a side's clause saying nothing of its own ("…; lists cannot").
_MODALS = word_set("can cannot could must should may might will would shall do does did")
_DETERMINERS = word_set("a an the its their his her our your this these those each every")
_ARTICLES = word_set("a an the")
_EQUATION = re.compile(r"(?<![=!<>])=(?!=)")
_CODE = re.compile(r"`[^`]*`")
# A clause that goes on about the subject of the one before it ("…, so it can use …").
_PRONOUN_OPENING = re.compile(r"^\s*(?:(?:so|and|but|thus|hence|which)\s+)?(?:it|they)\s", re.I)
# A word written in capitals is a keyword's name, not a link: "WHERE filters rows",
# "after GROUP BY" (the SQL clauses, not the words "where" and "by").
_KEYWORD = re.compile(r"`?[A-Z]{2,}`?[,;:.!?)]*")


def keyword(piece: str) -> bool:
    """Whether a piece of a clause is a name written in capitals ("WHERE", "BY")."""
    return bool(_KEYWORD.fullmatch(piece))


def sentence_list(tokens: Sequence) -> bool:
    """Whether an answer's list items are each a sentence of their own, in one flat list
    of two or more ("1. The server replies with its certificate."), or of one after a
    paragraph (a note that goes on from it): steps told in prose, whose points are
    their clauses as a paragraph's are, not list entries."""
    items: list[list[str]] = []
    depth = 0
    paragraphs = 0  # outside the list
    for token in tokens:
        if token.type == "inline" and not depth:
            paragraphs += 1
        if token.type in ("bullet_list_open", "ordered_list_open") and depth:
            return False  # a nested list: structure
        if token.type == "list_item_open":
            depth += 1
            items.append([])
        elif token.type == "list_item_close":
            depth -= 1
        elif depth and token.type in ("fence", "code_block", "table_open", "heading_open"):
            return False
        elif depth and token.type == "inline":
            items[-1].append(token.content.strip())
    return (len(items) >= 2 or (len(items) == 1 and paragraphs > 0)) and all(
        len(parts) == 1
        and (parts[0].endswith((".", "!", "?")) or _ITEM_SUBJECT.match(parts[0]))
        and len(words(parts[0])) >= SENTENCE_ITEM_WORDS
        for parts in items
    )


SENTENCE_ITEM_WORDS = 5  # a list item this long, ending as a sentence does, is one
# An item that opens with a pronoun and its verb is a sentence, stop or not ("- It
# allows higher learning rates"): it tells what its subject does, a clause.
_ITEM_SUBJECT = re.compile(r"(?:it|they|this|these)\s+[a-z]+\b", re.I)


def inline_text(token) -> str:
    """The text of an inline token, its line breaks kept (a formula a line)."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "code_inline":
            parts.append(f"`{child.content}`")  # (an "=" in code is no formula)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def sentences(text: str) -> list[str]:
    """Sentences of prose: a line break ends one after a full stop, or around a formula;
    a hard-wrapped sentence ("Two\\nthreads reading") is one."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    joined: list[str] = []
    for line in lines:
        if joined and not (re.search(r"[.!?;:]$", joined[-1]) or "=" in joined[-1] or "=" in line):
            joined[-1] += " " + line
        else:
            joined.append(line)
    found: list[str] = []
    for line in joined:
        found.extend(s for s in _SENTENCE_BREAK.split(line) if s.strip())
    return found


def own_words(text: str, asked: frozenset[str]) -> list[str]:
    """The content words of a text that are not the question's (one per stem)."""
    seen: dict[str, str] = {}
    for word in words(text):
        if word in PLAIN_WORDS or word in FUNCTION_WORDS or word in GENERIC_HEADS:
            continue
        if len(word) < 2 or word.isdigit():
            continue  # "k", "1" of "k-1": symbols
        key = stem(word)
        if key not in asked and key not in seen:
            seen[key] = word
    return list(seen.values())


def _trim(clause: str, question: str, asked: frozenset[str]) -> str:
    """A clause without what only links it: leading links and a subject that is what the
    question asks ("The Global Interpreter Lock", "A race condition"), trailing function
    words and punctuation."""
    return _trimmed(clause, question)[0]


def _trimmed(clause: str, question: str) -> tuple[str, str]:
    """`_trim`'s clause, and the question's subject it took away ("" when none)."""
    taken = dropped = ""
    pieces = _TOKEN.findall(clause)

    def folded(piece: str) -> str:
        return " ".join(words(piece))

    changed = True
    while pieces and changed:
        changed = False
        while (
            pieces
            and not asks_twice(" ".join(pieces))
            and (  # ("of what I flagged, how …")
                (
                    folded(pieces[0]) in _LEADING
                    # ("Do not commit secrets": the "do" its "not" leans on stays)
                    and not keynegkept.opens_negated(" ".join(pieces[:2]))
                    and not _CODE.match(pieces[0])
                    and not keyword(pieces[0])
                    and not asks_degree(pieces)
                )
                or not words(pieces[0])
                or (pieces[0].endswith(",") and folded(pieces[0]) in MARKERS)
                or (pieces[0].endswith(":") and _label(pieces[0]))  # "Pros: independent …"
            )
        ):
            dropped, pieces, changed = pieces[0], pieces[1:], True
        first = words(pieces[0]) if pieces else []
        if pieces and (qualified := keymatch.QUALIFIED.fullmatch(pieces[0])):
            first = words(qualified[1])  # "sync.Mutex": a mutex
        initials = {w[0] for w in keymatch.asked_stems(question)}
        if not first or first[0][0] not in initials:
            break  # no subject of the question's words, nor its initials, opens it
        for end in range(min(len(pieces) - 1, 5), 0, -1):  # the question's subject
            end = _closed(pieces, end)  # "Vertical scaling (scaling up)": its aside too
            if end >= len(pieces):
                continue
            subject = " ".join(pieces[:end])
            subject = subject.rstrip(",;:")  # "… descent (SGD), you update …"
            if {" ".join(words(p)) for p in pieces[end - 1 : end + 1]} & _DETERMINERS:
                continue  # "Report the one that …": a verb the question uses, not a subject
            if set(words(subject)) & _NEGATIONS:
                continue  # (a subject is no negation: "A linked list has no | index")
            if keynegkept.opens_negated(" ".join(pieces[end - 1 : end + 1])):
                continue  # (nor the "do" a "not" leans on: "Do not rebase …", asked "do")
            if keysubject.continues(pieces, end):
                if keymatch.restates(subject, question) and words(subject)[-1] not in _LINKS:
                    break  # (nor a shorter one: "git stash | pop reapplies …" is no "git")
                continue  # "L1 ball has …": the question names part of the subject only
            if keymatch.restates(subject, question) and not re.search(r"[,;:]", subject):
                pieces, changed = pieces[end:], True
                # (with its article: "A set is …" names a set, no verb "set")
                article = dropped if folded(dropped) in _ARTICLES else ""
                taken = _subject_name(f"{article} {subject}".strip())
                break
    pieces = _ending(pieces, cut=False)
    text = " ".join(pieces).replace("`", "").strip(" ,;:").rstrip(".!?")  # ("!important …")
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    return text, taken


# Words a subject never ends on: small words and those that open a clause ("Use
# write-through when | consistency matters").
_LINKS = STOPWORDS | word_set("when whenever while if where because unless until")
# Words that open a condition before the clause it qualifies ("On a miss it reads …",
# "Where there is no match the right table's columns are NULL").
_CONDITIONS = word_set("on where when whenever if once after before")
_SUBJECT_OPENINGS = word_set("it they we you the its their this these that those")
CONDITION_WORDS = 4  # a condition this short or shorter, before its clause's subject


_NOUN_MARKS = word_set("no any each every")


def _condition_marked(piece: str, part: str) -> str:
    """A clause whose opening condition went with its link words (`part`, of `piece` as
    written), the condition set apart again, whole: "On a miss it reads from the
    database" → "On a miss, it reads from the database"; "where there is no match the
    right table's columns are NULL" → "Where there is no match, the right table's …".
    As it is when no subject follows a short condition."""
    written, pieces = _TOKEN.findall(piece), part.split()
    opener = " ".join(words(written[0])) if written else ""
    if opener not in _CONDITIONS or not pieces or pieces[0] == written[0]:
        return part
    start = next((i for i, p in enumerate(written) if p == pieces[0]), 0)
    after_article = start > 0 and " ".join(words(written[start - 1])) in _ARTICLES
    for at in range(1, min(CONDITION_WORDS, len(pieces) - 1) + 1):
        if re.search(r"[,;:]$", pieces[at - 1]):  # (set apart as written; by a comma,
            # with its link word again: "If σ is unknown, you use …")
            opened = [p.capitalize() if not i else p for i, p in enumerate(written[:start])]
            return " ".join([*opened, *pieces]) if pieces[at - 1].endswith(",") else part
        if " ".join(words(pieces[at])) not in _SUBJECT_OPENINGS:
            continue
        nouns = after_article or " ".join(words(pieces[0])) in _NOUN_MARKS
        if not nouns and any(verb(w) for p in pieces[:at] for w in words(p)):
            return part  # (a verb before it: no condition, "use the index …")
        lead = written[:start]  # "On a miss", "When the buffer is full"
        lead = [p.capitalize() if not i else p for i, p in enumerate(lead)]
        return " ".join([*lead, *pieces[: at - 1], f"{pieces[at - 1]},", *pieces[at:]])
    return part


def _label(piece: str) -> bool:
    """Whether a word before a colon labels what follows ("Pros:", "Cons:", "Tip:")."""
    from studyapp.core.keylabels import GENERIC_LABELS, label_key  # (it imports keyphrases)

    return label_key(piece.rstrip(":")) in GENERIC_LABELS


def _closed(pieces: Sequence[str], end: int) -> int:
    """`end`, or past the piece that closes a parenthesis `pieces[:end]` opens (a
    subject is never cut inside its aside); len(pieces) when none does."""
    depth = sum(p.count("(") - p.count(")") for p in pieces[:end])
    while depth > 0 and end < len(pieces):
        depth += pieces[end].count("(") - pieces[end].count(")")
        end += 1
    return end if depth <= 0 else len(pieces)


def _subject_name(subject: str) -> str:
    """A subject as the name of what a clause is about: "TCP is" → "TCP"."""
    pieces = subject.split()
    if len(pieces) == 1 and _CODE.fullmatch(pieces[0]):
        return pieces[0].strip("`")  # "`is`", "`==`": what the code names
    if len(pieces) == 1 and keymatch.QUALIFIED.fullmatch(pieces[0]):
        return pieces[0]  # "copy.copy", "sync.Mutex": a name in code, though "copy" a verb
    while (
        pieces
        and " ".join(words(pieces[-1])) in _LEADING
        and ")" not in pieces[-1]
        and not keyword(pieces[-1])
    ):
        pieces = pieces[:-1]  # (not an aside's last word: "Vertical scaling (scaling up)")
    if any(re.fullmatch(r"[A-Z]{2,}[,;:]?", p) for p in pieces):
        return " ".join(pieces)  # "GET", "POST": a name in capitals, not the word "get"
    found = words(" ".join(pieces))
    # (a word after an article is a noun, though a verb's form too: "A set is …")
    nouns = {w for w, before in zip(found[1:], found, strict=False) if before in _ARTICLES}
    compound = any(re.search(r"[^\W_]-[^\W_]", p) for p in pieces)  # "Write-through"
    if all(w in PLAIN_WORDS or (verb(w) and w not in nouns) for w in found) and not compound:
        return ""  # "It is used in …": no name
    while len(pieces) > 1 and pieces[0].casefold() in _ARTICLES:
        pieces = pieces[1:]
    lead = pieces[0].casefold()
    if len(pieces) == 2 and (verb(lead) or lead in PLAIN_WORDS) and compound:
        pieces = pieces[1:]  # "Use write-through when …" is about write-through
    return " ".join(pieces)


def verb(word: str) -> bool:
    """Whether a word is a verb form: one of `keyphrases.VERBS`, or its "-ing" form."""
    from studyapp.core.keyphrases import VERBS

    if word in VERBS:
        return True
    base = word[:-3] if word.endswith("ing") else ""
    return bool(base) and (base in VERBS or base + "e" in VERBS or base[:-1] in VERBS)


def _ending(pieces: list[str], *, cut: bool) -> list[str]:
    """Pieces without trailing function words; a verb left at the end of what was cut
    ("… to prevent [it]", "… that adds [behaviour]") goes too, with what leads to it."""

    def folded(piece: str) -> str:
        return " ".join(words(piece))

    while pieces:
        last = folded(pieces[-1])
        if not last:
            pieces = pieces[:-1]
        elif not cut and keyjoins.particle(pieces, verb):
            break  # (where the answer's clause ends: "cannot be tampered with")
        elif last in FUNCTION_WORDS and last not in _NEGATIONS and not keyword(pieces[-1]):
            pieces, cut = pieces[:-1], True  # (never "POST is [not]": its meaning)
        elif cut and (verb(last) or last in PLAIN_WORDS):
            return _before_last_clause(_ending(pieces[:-1], cut=True))
        elif cut and len(pieces) > 2 and folded(pieces[-2]) == "to":
            pieces = pieces[:-2]  # "… in an iterative manner to minimize [an error]"
        else:
            break
    return pieces


def _before_last_clause(pieces: list[str]) -> list[str]:
    """What was left of a clause whose end went with its verb ("… a critical section and
    only its owner [can release it]"): the clause before the last "and", "when" …, when
    the words after it say less than two things."""
    text = " ".join(pieces)
    starts = [m.start() for m in _SUBORDINATE.finditer(text)]
    if starts and len(own_words(text[starts[-1] :], frozenset())) < MIN_OWN_WORDS:
        head = text[: starts[-1]]
        if len(own_words(head, frozenset())) >= MIN_OWN_WORDS:
            return _ending(head.split(), cut=False)
    return pieces


def _shortened(clause: str, asked: frozenset[str]) -> list[str]:
    """A clause of at most `MAX_CLAUSE_WORDS`: a long one is cut at a subordinate clause
    when both sides say something, else ends on its last content word within the limit."""
    if len(clause.split()) <= MAX_CLAUSE_WORDS or compared_whole(clause, MAX_CLAUSE_WORDS):
        return [clause]  # (nor a comparison cut from its standard: "… as applying it once")
    joined = [m for m in _SUBORDINATE.finditer(clause) if _joins_a_name(clause[m.end() :])]
    if joined and len(clause[: joined[-1].start()].split()) <= MAX_CLAUSE_WORDS:
        return [clause]  # the limit ends inside a name it ends with: whole, not half of it
    last = list(_SUBORDINATE.finditer(clause))[-1:]
    if (
        last
        and clause[last[0].end() :].split()[0].casefold() in _EXCEPTING
        and len(clause[: last[0].start()].split()) <= MAX_CLAUSE_WORDS
        and len(clause[last[0].end() :].split()) <= EXCEPTING_WORDS
    ):
        return [clause]  # "… related to the current row without collapsing them": its point
    for match in _SUBORDINATE.finditer(clause):
        if _joins_a_name(clause[match.end() :]) or _joins_objects(clause[match.end() :]):
            continue  # ("… to zero mean and unit variance": one name, not two clauses)
        if _open_parenthesis(clause[: match.start()]):
            continue  # (a clause within an aside: the aside goes whole, below)
        head, tail = clause[: match.start()], clause[match.end() :]
        tail = " ".join(tail.split()[1:]) if tail.split()[0].casefold() in ("and", "but") else tail
        heads, tails = _nouns(head, asked), _nouns(tail, asked)
        if heads >= MIN_OWN_WORDS <= tails:
            return _shortened(head, asked) + _shortened(tail, asked)
        coordinated = match.group(0).strip() == "" and clause[match.end() :].split()[0] in (
            "and",
            "but",
        )
        if heads < MIN_OWN_WORDS <= tails and not coordinated:
            opening, _, rest = tail.partition(" ")
            if opening.casefold() in _LEADING:
                tail = rest  # "where adding or removing …" says "adding or removing …"
            return _shortened(tail, asked)  # "scheme where adding or removing a node …"
    pieces = clause.split()
    ends = (
        [  # where a clause ends, within the limit: before "and", "when", "which" …
            len(clause[: m.start()].split())
            for m in _SUBORDINATE.finditer(clause)
            if len(clause[: m.start()].split()) <= MAX_CLAUSE_WORDS
            and _nouns(clause[: m.start()], asked) >= MIN_OWN_WORDS
            and not _joins_a_name(clause[m.end() :])
            and not _open_parenthesis(clause[: m.start()])
        ]
        or [  # else where a phrase ends: before a function word ("… equal to zero | the …")
            end
            for end in range(2, MAX_CLAUSE_WORDS + 1)
            if " ".join(words(pieces[end])) in FUNCTION_WORDS
        ]
    )
    cut = pieces[: ends[-1] if ends else MAX_CLAUSE_WORDS]
    bare, aside = keyasides.asides(clause)
    if aside and _open_parenthesis(" ".join(cut)) and len(own_words(bare, asked)) > 1:
        return _shortened(bare, asked)  # an aside whole or not at all: never half of one
    pieces = _ending(cut, cut=True)
    return [" ".join(pieces).rstrip(" ,;:")] if pieces else []


# A short clause after these turns what the clause before it says: no point without it.
_EXCEPTING = word_set("without unless")
EXCEPTING_WORDS = 6


JOINED_NAME_WORDS = 3  # what an "and" joins at a clause's end, this short, is a name's


def _joins_a_name(rest: str) -> bool:
    """Whether the "and" or "or" that opens `rest` joins the last words of a name ("zero
    mean [and unit variance]", "realistic [or artistic images]"): a few words without a
    verb end the clause, so a cut there would leave half a name."""
    found = rest.split()
    if not found or found[0].casefold() not in ("and", "or"):
        return False
    after = words(" ".join(found[1:]))
    return 0 < len(after) <= JOINED_NAME_WORDS and not any(verb(w) for w in after)


JOINED_OBJECT_WORDS = 6


def _joins_objects(rest: str) -> bool:
    """Whether the "and" that opens `rest` joins two things one verb is done to ("saves
    the registers [and program counter of the running task] and loads …"): the words up
    to the next clause mark, two to this many, hold no verb and no subject of their own."""
    found = rest.split()
    if not found or found[0].casefold() not in ("and", "or"):
        return False
    tail = " ".join(found[1:])
    nxt = _SUBORDINATE.search(tail)
    if not nxt:
        return False  # (the clause's end: `_joins_a_name`)
    after = words(tail[: nxt.start()])
    if not 2 <= len(after) <= JOINED_OBJECT_WORDS or after[0] in _SUBJECT_OPENINGS - _ARTICLES:
        return False
    if verb(after[0]) or re.fullmatch(r"[a-z]{3,}(?:s|ed)", after[0]):
        return False  # ("and loads those …", "and halves when …": a verb of its own)
    # (a verb's "-ing" after an article names a thing: "the running task")
    return not any(
        verb(w) and not (k and w.endswith("ing") and after[k - 1] in _DETERMINERS)
        for k, w in enumerate(after)
    )


def _nouns(text: str, asked: frozenset[str]) -> int:
    """How many own words of a text are not verbs: what it says, not how."""
    return sum(1 for w in own_words(text, asked) if not verb(w))


def clause_points(texts: Sequence[str], question: str, most: int = CLAUSE_POINTS) -> list[str]:
    """The points of a prose answer (`texts`: its paragraphs, line breaks kept): its
    formulas' named parts and its clauses, at most `most`, in the answer's order; the
    clauses that say most of their own are kept when there are more."""
    asked = frozenset(stem(w) for w in words(question))
    found: list[tuple[int, float, str, str]] = []  # order, score, point, subject
    frequencies = Counter(stem(w) for text in texts for w in words(text) if w not in PLAIN_WORDS)
    taken: list[tuple[set[str], str]] = []  # each clause's stems, and whom it is about
    subjected: set[int] = set()  # the clauses whose subject is their own
    order = 0
    for text in texts:
        for sentence in sentences(text):
            formulas, sentence = keyequations.formulas(sentence, question)
            for formula in formulas:
                found.append((order, 10.0, formula, ""))
                order += 1
            listed = keyenumerated.points(sentence, question)
            if listed:  # "DNS lookup, TCP handshake, …": each item a point, all kept
                found.extend((order + k, 20.0, item, "") for k, item in enumerate(listed))
                order += len(listed)
                continue
            sentence = _REMARK.sub("", sentence)  # (its code spans: `_trimmed`)
            sentence = _INLINE_EXAMPLES.sub(_without_named_examples, sentence)
            side = ""  # the side a sentence is about: its later clauses' too ("A
            # channel is a typed conduit: a send transfers a value …")
            for subject, clause in _clauses(sentence, question, asked):
                if subject:
                    subjected.add(order)  # (its own subject, not the sentence's before it)
                shown = _shown(subject, sentence) if subject else side
                subject, clause = subject.replace("`", ""), clause.replace("`", "")
                side = subject = shown or side
                own = own_words(clause, asked)
                keys = {stem(w) for w in own}
                about = _subject_key(subject)
                if (
                    len(own) < MIN_OWN_WORDS
                    and not (about and set(own) - _MODALS)
                    and not known_phrase(keymatch.split_point(clause)[1])
                ) or any(keys <= other and about == whom for other, whom in taken):
                    # one word of its own ("Nothing bold here."): no idea to check; the
                    # same said again of the same subject (not of the other side:
                    # "INNER JOIN returns only the rows …. LEFT JOIN returns every row")
                    continue
                taken.append((keys, about))
                score = len(own) + 0.5 * sum(min(frequencies[k], 3) - 1 for k in keys)
                score += 1.0 if order == 0 else 0.0
                found.append((order, score, clause, subject))
                order += 1
    best = sorted(sorted(found, key=lambda f: (-f[1], f[0]))[:most])
    # An answer that contrasts what the question names ("TCP is …. UDP is …") says which
    # one each clause is about, though one side's clauses be left out ("Mutexes suit …;
    # channels suit …", the first not kept).
    shown: dict[str, str] = {}  # each subject as the answer first names it
    for *_, subject in found:
        if subject:
            shown.setdefault(_subject_key(subject), subject)
    if len(shown) < 2:  # ("A reader sees …. Readers never wait …": one subject)
        # (but one that says which of a kind its clause is of, beside another kind,
        # names it: asked "where are smaller keys?", "Smaller keys: go to the left
        # subtree", not "go to the left subtree", which "larger keys go to the left
        # subtree" says; not "A larger batch" of an answer of larger batches only)
        kinds = {w for text in texts for w in words(text) if w in _WHICH_ONE}
        return [
            f"{shown[_subject_key(subject)]}: {point}"
            if order in subjected and kinds - set(words(subject)) and set(words(subject)) & kinds
            else point
            for order, _, point, subject in best
        ]
    return [
        f"{shown[_subject_key(subject)]}: {point}" if subject else point
        for *_, point, subject in best
    ]


def _subject_key(subject: str) -> str:
    """A subject as compared with another: its words' stems, so that its singular and
    its plural ("reader", "readers"; "index", "indexes") are one subject."""
    return " ".join(stem(w) for w in words(subject))


# Examples named inside a clause ("A function like ROW_NUMBER() or SUM() OVER (…) that
# computes …"): to the relative word, or the clause's end, after them.
_INLINE_EXAMPLES = re.compile(
    r"\s+(?:like|such as|e\.\s?g\.,?|including)\s+(?P<names>.+?)"
    r"(?=\s+(?:that|which|who|to)\s|[;:]|[.!?]?$)",
    re.IGNORECASE,
)


def _without_named_examples(match: re.Match) -> str:
    """A clause without the examples it names, when they are names only (not "behaves
    like a queue")."""
    from studyapp.core.keylabels import names_only  # (it imports keyphrases)

    return "" if names_only(match["names"]) else match[0]


def _shown(subject: str, sentence: str) -> str:
    """A side's name as a point opens with it: capitalised, "tuples" → "Tuples" (of
    "…; tuples can't"), unless the answer writes it as a command or an identifier: in
    code ("`is`"), with a mark of code ("pg_dump", "sync.Mutex"), or in small letters
    where its sentence opens ("git stash saves …"); "iPhone" stays too."""
    name = subject.replace("`", "")
    if "`" in subject or name in keymatch.STOPWORDS or _CODE_MARK.search(name):
        return name  # a keyword named in code ("is: checks identity", "sync.Mutex")
    if name[:1].islower() and sentence.lstrip(" *_").startswith(subject):
        return name  # ("git stash", written so where a sentence opens)
    return name[:1].upper() + name[1:] if name[:1].islower() and name[1:2].islower() else name


_CODE_MARK = re.compile(r"\w[_.]\w|\(\)|^-|\w/\w")  # (not a hyphen: "read-only")


def _object_goes_on(before: str, after: str) -> bool:
    """Whether a comma only separates the words of one object: "guarantees ordered,
    reliable delivery" (a verb and one word before it, no verb after it)."""
    found = words(before)
    return (
        len(found) >= 2
        and verb(found[-2])
        and found[-2] not in FUNCTION_WORDS  # "… is cheaper, low selectivity": two
        and not any(verb(w) for w in words(after))
    )


def _open_parenthesis(text: str) -> bool:
    return text.count("(") > text.count(")")


def _pieces(sentence: str) -> list[tuple[str, str]]:
    """A sentence cut at its clause marks: each piece with the mark after it, as written
    (", ", ": ", " – "), for a piece that joins its neighbour again."""
    found: list[tuple[str, str]] = []
    start = 0
    series = keyphrases.series_spans(sentence)  # ("inserts, updates and deletes": one)
    breaks = [
        m
        for m in _CLAUSE_BREAK.finditer(sentence)
        if not _open_parenthesis(sentence[: m.start()])  # ("into (0, 1)" is one piece)
        and not any(start < m.start() < end and m[0].strip() == "," for start, end in series)
    ]
    for match in [*breaks, None]:
        end = match.start() if match else len(sentence)
        piece = sentence[start:end]
        mark = match.group(0).strip() if match else ""
        mark = f"{mark} " if mark in ",;:" and mark else f" {mark} " if mark else " "
        if piece.strip():
            found.append((piece, mark))
        elif found:
            found[-1] = (found[-1][0], mark)
        start = match.end() if match else len(sentence)
    return found


def _clauses(sentence: str, question: str, asked: frozenset[str]) -> list[tuple[str, str]]:
    """A sentence's clauses, trimmed, each with two words of its own or more (a shorter
    piece joins its neighbour), none longer than `MAX_CLAUSE_WORDS`; each with the
    question's subject it opened with ("" when none)."""
    head, colon, rest = sentence.partition(": ")
    if colon and known_phrase(rest.strip(" .;!")) and len(own_words(head, asked)) == 1:
        return [("", f"{head.strip()}: {rest.strip(' .;!')}")]  # "Atomicity: all or nothing"
    if colon and not own_words(rest, asked):
        return []  # "The four guarantees: " before the names it lists, each a point
    announced = own_words(head, asked) if colon else []
    if announced and all(w in INTRO_WORDS for w in announced):
        sentence = rest  # "There are four main types: inner join, left join, …"
    merged: list[str] = []
    joint = ""
    # A piece that joins its neighbour keeps the mark between them as written ("Risk:
    # data loss", not "Risk, data loss").
    for piece, after in _pieces(sentence):
        if merged and (
            (
                min(len(own_words(p, asked)) for p in (piece, merged[-1])) < MIN_OWN_WORDS
                and not _other_sides(merged[-1], piece, question)
            )
            or _object_goes_on(merged[-1], piece)
            or _next_step(merged[-1], piece)
            or keyjoins.refers_back(merged[-1], piece)  # ("…, so changes to them …")
            or _condition_alone(merged[-1], piece)
            or asking_pair(merged[-1], piece)  # ("of what was there, how much I found")
        ):
            merged[-1] = f"{merged[-1]}{joint}{piece}"
        else:
            merged.append(piece)
        joint = after
    clauses: list[tuple[str, str]] = []
    for piece in merged:
        if keymatch.EXAMPLE_OPENING.match(piece):
            continue  # "…, e.g. to register subclasses": an example of the idea, not one
        piece = _RESTATING.sub("", piece)  # "…, i.e. the table is never read": a clause
        trimmed, subject = _trimmed(piece, question)
        if not subject and clauses and _PRONOUN_OPENING.match(piece):
            subject = clauses[-1][0]  # "HAVING filters groups …, so it can use …": HAVING's
        for k, part in enumerate(_shortened(trimmed, asked)):
            part = _trim(part, question, asked)
            if not k and not subject:
                part = _condition_marked(piece, part)
            if part and own_words(part, asked):
                clauses.append((subject, part))
    # A formula the sentence ends on ("Precision is the fraction …: TP / (TP + FP)") is
    # its subject's: named so, it can be said ("Precision … TP over TP plus FP").
    named = next((subject for subject, _ in clauses if subject), "")
    return [
        (subject or (named if not re.search(r"[^\W\d_]{3,}", part) else ""), part)
        for subject, part in clauses
    ]


# Words that open a condition set apart by a comma ("If σ is unknown, …", "Si σ est
# inconnu, …", "Wenn …, …").
_IF = word_set("if unless once whenever si wenn falls cuando quand")


def _condition_alone(before: str, after: str) -> bool:
    """Whether a piece is a condition set apart from the clause it qualifies ("If σ is
    unknown, | you use the Student t …"): cut from it, "σ is unknown" says nothing of
    what follows, so the two are one point while short enough."""
    opening = words(before)[:1]
    return (
        bool(opening)
        and opening[0] in _IF
        and (len(before.split()) + len(after.split()) <= MAX_CLAUSE_WORDS)
    )


_NEXT_STEP = re.compile(r"^\s*(?:and\s+)?then\s+(?:it|they)\s", re.I)


def _next_step(before: str, after: str) -> bool:
    """Whether a piece is the next step of the same thing as the one before it ("grows
    the window exponentially until a threshold, then it grows linearly"): cut from it,
    the step loses what it follows and its subject ("grows linearly", which "grows
    linearly from the beginning" says), so the two are one point while short enough."""
    return bool(_NEXT_STEP.match(after)) and (
        len(before.split()) + len(after.split()) <= MAX_CLAUSE_WORDS
    )


def _other_sides(before: str, after: str, question: str) -> bool:
    """Whether two pieces of a sentence each open with another of the things the
    question names ("Lists are mutable, tuples are immutable"): a contrast, each side
    a clause of its own however short."""
    first, second = _trimmed(before, question)[1], _trimmed(after, question)[1]
    return bool(first and second) and {stem(w) for w in words(first)} != {
        stem(w) for w in words(second)
    }


_SUBJECT = re.compile(
    r"^(?:the\s+|an?\s+)?(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:is|are|refers\s+to|means)\s",
    re.IGNORECASE,
)


def subject(text: str) -> str:
    """The term an answer's opening sentence says what it is ("Normal equations are
    equations obtained by …"), or ""."""
    match = _SUBJECT.match(text.strip())
    if not match:
        return ""
    found = words(match["subject"])
    if not found or found[0] in _LEADING or found[0] in PLAIN_WORDS:
        return ""
    return match["subject"]

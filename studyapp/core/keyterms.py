"""The key points of a model answer, and which of them a typed answer says. No Qt here.

After a mock-interview question is revealed, the grading panel lists the model
answer's key points (at most about eight short phrases a person would say), ticked
where the typed answer says them.

Where the answer has structure, the points come from it: bold terms, the lead phrase
of each list item ("**Ridge**: …", "Elbow method – …"), the row heads of a table
(in a comparison table, whose first column names aspects such as "Feature" or
"Criteria", the things compared in its header instead, and the short phrases of its
cells), and sub-headings that name something rather than label a section
("Definition", "Visual Metaphor", "Use Cases"). Where it has none, they come from the
prose: the term a paragraph defines ("Gradient descent is an algorithm …"), named
methods ("Singular Value Decomposition (SVD)"), the items of a series ("regularization,
early stopping or more data"), and otherwise the key phrase of each paragraph's key
sentence (never of a formula, never broken at a verb: "O(1)" and "I/O-bound" stay whole).

A point that names only what the question asks ("Bias" for the bias-variance trade-off)
or only symbols ("TP", "CP") says what the answer says of it: "Bias: error from wrong
assumptions", said when its name and half the words after the colon are; a symbol
with nothing said of it is no point. A setting with its value ("**Temperature = 0**")
gives the setting's name. A list of bold names each with what it means is a glossary
(`keyglossary`): its points are "Atomicity: happens completely or not at all", unless
the question asks for the names ("Which …?", "What types of …?").

Candidates are ranked by how strongly the answer marks them and how often it comes
back to them; the opening paragraph (the direct answer) ranks a little higher, and a
section of examples ("Examples", "Use Cases", "Used by") lower: its products and cases
illustrate the answer. The best `limit` are kept in the order the answer gives them.
A plain prose answer of up to 120 words (nothing bold, no list, table or heading) says
its ideas in clauses: its points are those clauses and its formula lines
(`keyclauses`: "adding or removing a node moves only about 1/n of the keys",
"Precision: TP / (TP + FP)"), with the names of a series it lists and a name it
spells out with its acronym, up to four (five with names); a sentence that only lists
short noun phrases gives every item (`keyenumerated`: "DNS lookup, TCP handshake, …",
up to eight). A longer prose answer that yields none or one marked point also gives
the key phrase of each clause.
Where a short answer's structure is thin, the prose beside it says the ideas
(`keybeside`): the clauses beside a table whose rows are the sides compared, each
said of its side, and a paragraph's clauses with the plain notes listed after it.
Terms marked where actors take turns ("the client sends a **SYN**, the server …") are
the stress of those clauses, which are the points (`keyturns`); a term marked in prose
that compares the question's two sides is said of the side its sentence is about
("git rebase: linear history", `keymarksides`).
Matching a typed answer is `keymatch.said` (stems, spelling variants, typos, hyphens,
words near each other; a clause by a share of its own words; a step "DNS lookup" by
its name and a verb of its process, "resolves DNS": `keyprocess`).

TeX formulas are read as the text they show first (`keymath`: "Precision $=
\\frac{TP}{TP+FP}$" is "Precision = TP / (TP+FP)", a point of its own); bold or italic
on a small word ("**and**") or on one plain word ("**expensive**") is a tone of voice,
not a term, and leaves the answer prose. Answers in other languages written in the
Latin script are read with their own small words and list conjunctions (`keylang`:
"Atomicidad, Consistencia, Aislamiento y Durabilidad" lists four names).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from studyapp.core import (
    keyaliases,
    keybeside,
    keyclauses,
    keycode,
    keyenumerated,
    keyglossary,
    keymarksides,
    keymatch,
    keymath,
    keynames,
    keyphrases,
    keysides,
    keytables,
    keyturns,
)
from studyapp.core.answer_markup import answer_tokens
from studyapp.core.keydenial import denies
from studyapp.core.keyinline import Inline as _Inline
from studyapp.core.keyinline import read as _inline
from studyapp.core.keylabels import (
    ENUMERATION as _ENUMERATION,
)
from studyapp.core.keylabels import (
    GENERIC_LABELS,
    MAX_WORDS,
    clean_term,
)
from studyapp.core.keylabels import (
    LABEL_PREFIXES as _LABEL_PREFIXES,
)
from studyapp.core.keylabels import (
    PARENS as _PARENS,
)
from studyapp.core.keylabels import (
    acceptable as _acceptable,
)
from studyapp.core.keylabels import (
    before_examples as _before_examples,
)
from studyapp.core.keylabels import (
    bold_examples as _bold_examples,
)
from studyapp.core.keylabels import (
    example_paragraph as _example_paragraph,
)
from studyapp.core.keylabels import (
    illustrates as _illustrates,
)
from studyapp.core.keylabels import (
    label_key as _label_key,
)
from studyapp.core.keylabels import (
    verb_emphasis as _verb_emphasis,
)
from studyapp.core.keylabels import (
    without_examples as _without_examples,
)
from studyapp.core.keylabels import (
    word_count as _word_count,
)
from studyapp.core.keymatch import Heard, stem, word_set, words
from studyapp.core.meta_values import metadata_line

DEFAULT_LIMIT = 8

# How strongly each source marks a point (ranked with how often the answer repeats it).
WEIGHTS = {
    "bold": 3.0,
    "lead": 3.0,
    "row": 3.0,
    "compared": 3.5,
    "defined": 3.0,
    "heading": 2.0,
    "em": 2.0,
    "named": 1.5,
    "series": 1.5,  # an item of a series in prose ("regularization, early stopping or …")
    "cell": 1.5,  # a part of a comparison table's cell ("Encoder + Decoder")
    "phrase": 1.0,
    "aspect": 1.0,  # a comparison table's row head: kept only when the answer repeats it
}
STRUCTURE = frozenset({"bold", "lead", "row", "compared", "heading", "em"})
STRUCTURE_ENOUGH = 3  # this many structural points: prose phrases are not needed
REPEAT_BONUS = 0.75  # per repeat of a point elsewhere in the answer, up to three
TWICE_BONUS = 0.5  # marked by two kinds of structure (bold, and a table's row head)
LENGTH_PENALTY = 0.5  # per word past two: a point is a phrase a person would say
# Points a section of examples gives ("Examples", "Use Cases", "Used by"): products and
# cases that illustrate the answer, ranked below what it says (weight times this).
ILLUSTRATION_FACTOR = 0.6
# Points of the answer's opening paragraph, before any heading, list or table: the
# direct answer to the question, ranked above the detail that follows.
OPENING_BONUS = 0.5
# A short answer (a sentence or two, at most this many words) that yields one point
# only also gives the key phrases of its clauses, up to this many points in all, so its
# feedback does not hang on one name it mentions in passing ("CPython" for the GIL).
# One whose clauses give fewer than two points in all stays unscored ("Yes.").
SHORT_ANSWER_WORDS = 40
CLAUSE_POINTS = 3
# A prose answer of a few sentences (at most this many words) with no marked point or
# one: the key phrases of its clauses, up to `PROSE_POINTS`, when it gives two or more.
PROSE_ANSWER_WORDS = 120
PROSE_POINTS = 4

_PLAIN_WORDS = keyphrases.PLAIN_WORDS

_LEAD_SEPARATOR = re.compile(r"\s*(?::|\s[–—-]\s|\s?→)\s*")
_DEFINED = re.compile(
    r"^(?:the\s+|an?\s+)?(?P<term>[^,.;:!?()]{2,60}?(?:\s*\([^()]{1,40}\))?)\s+"
    r"(?:is|are|refers\s+to|means|stands\s+for|is\s+called|is\s+defined\s+as)\s+"
    r"(?:an?|the|one|when|how|used|called|defined|known|also|basically|simply|essentially"
    r"|any|part|like)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Candidate:
    term: str
    order: int
    source: str
    weight: float
    keys: frozenset[str] = field(default_factory=frozenset)
    score: float = 0.0
    gloss: str = ""  # what the answer says of it: a list item's text after its lead
    illustrating: bool = False  # found among the answer's examples only
    entry: bool = False  # a list item's bold lead, with something said of it
    side: str = ""  # a comparison table's cell: the column it is in ("SQL: fixed schema")


def _keys(term: str) -> frozenset[str]:
    """Stem keys shared by the spellings of one point, one per name in it ("GAN
    (Generative Adversarial Network)" repeats "GAN" and "Generative Adversarial Network")."""
    if keymatch.complexity(term):
        return frozenset({"".join(words(term))})  # ("O(1)" and "O(n)" share no "O")
    keys = set()
    for name in keymatch.alternatives(term):
        stems = [stem(w) for w in words(name) if w not in keymatch.STOPWORDS]
        if stems:
            keys.add(" ".join(stems))
            keys.add("".join(stems))
    return frozenset(keys)


def _opens(short: str, long: str) -> bool:
    """Whether a later point opens an earlier, longer one, as a short way of naming it
    ("Descriptive Analysis" … "Descriptive"), or the first part of a name written as one
    word ("FlashAttention" … "Flash"; not "Google" … "Go"). An earlier short one stays a
    point of its own ("Bias" … "Bias-variance trade-off")."""
    a, b = words(_PARENS.sub(" ", short)), words(_PARENS.sub(" ", long))
    if len(a) == 1 and re.match(rf"{re.escape(short.strip())}(?=[A-Z\d])", long.strip()):
        return True
    return 0 < len(a) < len(b) and b[: len(a)] == a


# --- reading the Markdown ------------------------------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.candidates: list[_Candidate] = []
        self.prose: list[str] = []  # every text of the answer, for repeats and frequencies
        self.frequencies: Counter[str] = Counter()  # content stems → times the answer says them
        self.listed: set[str] = set()  # names of a series, each a point of its own
        self.illustrating = False  # under a heading of examples ("Use Cases")
        self.asked: frozenset[str] = frozenset()  # the question's word stems
        self.opening = True  # still in the answer's first paragraph
        self.plain = False  # a short answer of plain prose: its points are its clauses
        self.lists: list[str] = []  # the kinds of the lists the walk is in, innermost last

    def gloss(self, raw: str, gloss: str) -> None:
        """What the answer says of a point found already (no more weight to it)."""
        keys = _keys(clean_term(raw))
        for known in self.candidates:
            if known.keys & keys:
                known.gloss = known.gloss or gloss

    def known(self, raw: str) -> bool:
        """Whether a phrase names a point found already ("Flash" for "FlashAttention")."""
        term = clean_term(raw)
        keys = _keys(term)
        return any(c.keys & keys or _opens(term, c.term) for c in self.candidates)

    def add(self, raw: str, source: str, *, heading=False, gloss="", entry=False, side="") -> None:
        term = keyphrases.setting_name(clean_term(raw))
        expansion = re.match(r"\s*\(([^()]{2,40})\)", gloss)
        if expansion and keyphrases.symbolic(term) and not keyphrases.symbolic(expansion[1]):
            term, gloss = f"{term} ({expansion[1].strip()})", gloss[expansion.end() :]
        if not term or term.endswith("?") or re.search(r"→|->|=>", term):
            return  # a question or a chain of steps is not a point
        if heading and not _acceptable(term, heading=True, length=False):
            return
        if _word_count(term) > MAX_WORDS:
            if source in ("phrase", "named", "defined", "aspect", "cell"):
                return
            term = _key_phrase(term, self.frequencies)
            source = "phrase" if source not in ("lead", "row") else "lead"
            if not term:
                return
        if not _acceptable(term, heading=heading):
            return
        keys = _keys(term)
        if not keys:
            return
        weight = WEIGHTS[source] * (ILLUSTRATION_FACTOR if self.illustrating else 1.0)
        weight += OPENING_BONUS * self.opening
        for known in self.candidates:
            if known.keys & keys or _opens(term, known.term):
                marked_twice = {source, known.source} <= STRUCTURE and source != known.source
                known.weight = max(known.weight, weight) + TWICE_BONUS * marked_twice
                if (keyphrases.symbolic(known.term) and not keyphrases.symbolic(term)) or (
                    known.source == "series" and source in STRUCTURE
                ):
                    known.term = term  # "PQ (Product Quantization)"; "Text" bold after "text"
                if WEIGHTS[source] > WEIGHTS.get(known.source, 0):
                    known.source = source
                known.gloss = known.gloss or gloss
                known.entry = known.entry or entry
                known.illustrating = known.illustrating and self.illustrating
                known.side = known.side if known.side == side else ""  # (said of both)
                return
        self.candidates.append(
            _Candidate(
                term,
                len(self.candidates),
                source,
                weight,
                keys,
                gloss=gloss,
                illustrating=self.illustrating,
                entry=entry,
                side=side,
            )
        )


def key_terms(answer_markdown: str, limit: int = DEFAULT_LIMIT, question: str = "") -> list[str]:
    """The key points of a model answer, at most `limit`, in the order the answer gives
    them (see the module's docstring for where they come from); none that only names
    what `question` asks about (`keymatch.restates`)."""
    if limit < 1:
        return []
    return [p for p in _key_terms(answer_markdown, limit, question) if not keycode.code_point(p)]


# A line of tags only (an imported card's other tags, core.inline_tags): no point.
_TAG_LINE_RE = re.compile(r"^[ \t]*(?:#[\d/-]*[^\W\d][\w/-]*[ \t]*)+$", re.M)


def _key_terms(answer_markdown: str, limit: int, question: str) -> list[str]:
    # (lines of code written as prose are no points: "return x * mask / (1 - p)")
    answer_markdown = keycode.without_code_lines(answer_markdown)
    answer_markdown = keyaliases.without_asides(answer_markdown)  # ", also called …,"
    answer_markdown = _TAG_LINE_RE.sub("", answer_markdown)  # "#concurrency #os": labels
    if "**" in answer_markdown:  # "**Difficulty:** Easy", "**Last reviewed:** March 4, 2025"
        answer_markdown = "\n".join(
            line for line in answer_markdown.split("\n") if not metadata_line(line)
        )
    tokens = answer_tokens(keymath.readable(answer_markdown))  # TeX read as text
    collector = _Collector()
    collector.asked = frozenset(stem(w) for w in words(question))
    collector.prose = [_inline(t).text for t in tokens if t.type == "inline"]
    all_words = [stem(w) for text in collector.prose for w in words(text)]
    collector.frequencies = Counter(w for w in all_words if w not in _PLAIN_WORDS)

    collector.plain = len(all_words) <= PROSE_ANSWER_WORDS and not _marked(tokens)
    _walk(tokens, collector)
    candidates = collector.candidates
    if collector.plain:  # (a sentence listing steps, "DNS lookup, …", gives them all)
        most = max(PROSE_POINTS, keyenumerated.listed(collector.prose))
        return _prose_points(tokens, collector, question, min(limit, most))[:limit]
    # A marked term the answer says something of counts twice: two such ("**Bias** is
    # error from …", "**Variance** is …") make the answer's ideas, and a phrase its prose
    # repeats ("total error") would only be its topic.
    structured = sum(1 + bool(c.gloss) for c in candidates if c.source in STRUCTURE)
    if structured >= STRUCTURE_ENOUGH:
        candidates = [c for c in candidates if c.source not in ("phrase", "named", "series")]

    candidates = [c for c in candidates if not _bare(c.term) or keyglossary.glossed(c)]
    keymarksides.attach(candidates, collector.prose, question)  # ("git rebase: linear …")
    if question:
        marked = bool(candidates)
        candidates = _beyond_the_question(candidates, question, collector)
        if marked and not candidates and len(all_words) <= PROSE_ANSWER_WORDS:
            # Its marks only named what is asked ("**high bias**", "**high variance**"):
            # a short answer's ideas are then its clauses, as if nothing were marked.
            return _prose_points(tokens, collector, question, min(limit, PROSE_POINTS))[:limit]
    glossed = [  # what the question asks about, said of it
        c.term
        for c in candidates
        if (parts := keymatch.split_point(c.term))[1] and keymatch.restates(parts[0], question)
    ]
    candidates = [  # "CPython", named in "GIL: mutex in CPython"
        c
        for c in candidates
        if c.source != "named" or not any(keyphrases.within(c.term, g) for g in glossed)
    ]
    heard = Heard.of("\n".join(collector.prose))
    kept = []
    for candidate in candidates:
        repeats = max(0, keymatch.mentions(candidate.term, heard) - 1)
        if candidate.source == "aspect" and not repeats:
            continue
        extra_words = max(0, _word_count(keymatch.split_point(candidate.term)[0]) - 2)
        candidate.score = (
            candidate.weight + REPEAT_BONUS * min(repeats, 3) - LENGTH_PENALTY * extra_words
        )
        kept.append(candidate)
    short = len(all_words) <= PROSE_ANSWER_WORDS
    notes = [
        _Candidate(note, len(collector.candidates) + k, "lead", WEIGHTS["lead"], _keys(note))
        for k, note in enumerate(
            keybeside.notes_after_prose(tokens, collector.asked, _terms_stressed(tokens))
            if short
            else []
        )
    ]
    for note in notes:
        note.score = WEIGHTS["lead"]
    if notes:  # "Nodes and keys are hashed onto a ring; …" then "- Virtual nodes smooth …"
        clauses = _beside(tokens, question, set(), -PROSE_POINTS)  # (before them)
        kept = clauses[: PROSE_POINTS + 1 - len(notes)] + notes
        limit = min(limit, PROSE_POINTS + 1)
    elif len(kept) < 2 <= limit and len(all_words) <= PROSE_ANSWER_WORDS:
        most = CLAUSE_POINTS if len(all_words) <= SHORT_ANSWER_WORDS else PROSE_POINTS
        found = _clause_points(collector, kept, question)
        if len(kept) + len(found) >= 2:  # one phrase alone ("Nothing bold here") is no point
            kept += found[: most - len(kept)]
    sided = {c.side for c in kept if c.side}
    if sided and not structured and len(all_words) <= PROSE_ANSWER_WORDS:
        clauses = _beside(tokens, question, sided, len(collector.candidates))
        kept = [  # ("CPU-bound", named in "Process: isolation and CPU-bound work")
            c for c in kept if c.side or not any(keyphrases.within(c.term, o.term) for o in clauses)
        ] + clauses
    elif not structured:  # plain prose: the few ideas it turns on, not every phrase
        limit = min(limit, PROSE_POINTS)
    # "testable" bold inside the item "Makes code testable (inject mocks)": one point
    kept = [c for c in kept if not any(keyphrases.marked_within(c, o) for o in kept)]
    if sum(not c.illustrating for c in kept) >= 2:  # what it says, not its examples
        kept = [c for c in kept if not c.illustrating]
    best = sorted(kept, key=lambda c: (-c.score, c.order))[:limit]
    keyglossary.with_meanings(best, question)  # "Atomicity: happens completely or not at all"
    best.sort(key=lambda c: c.order)
    return [f"{c.side}: {c.term}" if c.side else c.term for c in best]


def _beside(tokens, question: str, sides: set[str], order: int) -> list[_Candidate]:
    """`keybeside.sided_clauses` as points, from `order` on, ranked as list leads."""
    found = []
    for term, side in keybeside.sided_clauses(tokens, question, sides):
        found.append(_Candidate(term, order + len(found), "phrase", WEIGHTS["lead"], _keys(term)))
        found[-1].side, found[-1].score = side, WEIGHTS["lead"]
    return found


_MARKS = frozenset({"heading_open", "table_open"})


def _marked(tokens: Sequence) -> bool:
    """Whether an answer has structure: a list, a heading, a table, or bold or italic
    on terms. Emphasis on a word that names nothing ("the cache **and** the backing
    store", "does *not* imply") is a tone of voice, and so is one plain word stressed
    once ("a connection is **expensive**"): the answer stays prose, said in clauses."""
    if any(t.type in _MARKS for t in tokens):
        return True
    if any(t.type == "list_item_open" for t in tokens) and not keyclauses.sentence_list(tokens):
        return True  # (a list of sentences, "1. The server replies …", is prose)
    # (nor do terms marked where actors take turns: "the client sends a **SYN**, …")
    return _terms_stressed(tokens) and not keyturns.marks_in_turns(tokens)


def _terms_stressed(tokens: Sequence) -> bool:
    """Whether bold or italic marks terms in an answer, not a tone of voice (see
    `_marked`)."""
    spans: list[str] = []
    for token in tokens:
        if token.type == "inline" and not _example_paragraph(token.content):
            inline = _inline(token)
            found = (clean_term(span) for span in (*inline.strong, *inline.em))
            spans += [term for term in found if _acceptable(term) and not _stressed_claim(term)]
    return len(spans) > 1 or any(
        len(span.split()) > 1 or _TECHNICAL.search(span) or span[:1].isupper() for span in spans
    )


def _stressed_claim(span: str) -> bool:
    """Whether a marked span stresses part of a claim rather than naming a term: it
    opens with a small word ("**all rows from the left table**", "**without collapsing
    them**", "**only once**")."""
    found = words(span)
    opening = found[0] if found else ""
    small = opening in keyclauses.FUNCTION_WORDS or opening in _SCOPE_WORDS
    return len(found) > 1 and small and not span[:1].isupper()


# Words of scope and frequency a stressed part of a claim opens with ("**all rows …**").
_SCOPE_WORDS = word_set("all every each any only most some none always never")


def _terms_marked(inline: _Inline) -> bool:
    """Whether a text marks a term in bold, italic or a link (not a stop word)."""
    return any(_acceptable(clean_term(span)) for span in (*inline.strong, *inline.em))


def _prose_points(tokens, collector: _Collector, question: str, limit: int) -> list[str]:
    """A short prose answer's points: the names of a series it lists ("Atomicity,
    Consistency, Isolation and Durability") and a term it defines that the question does
    not name, then its clauses (`keyclauses`), in the answer's order."""
    texts = [  # without its examples ("Examples: Kafka, RabbitMQ, SQS.")
        _without_examples(keyclauses.inline_text(t), collector.asked, keyclauses.sentences)
        for t in tokens
        if t.type == "inline"
    ]
    listed = [
        c.term
        for c in collector.candidates
        if c.source == "named" and c.term.casefold() in collector.listed and not c.illustrating
    ]
    if listed:  # the names are points: the clause around them says the rest
        # (the series whole, its articles and conjunction too, with the lower-case word
        # that ends its last name: "Partition tolerance")
        texts = [
            re.sub(rf"{keynames.ARTICLE}?{keynames.SERIES.pattern}{_NAME_END},?", ",", t)
            for t in texts
        ]
    for name in listed:
        texts = [re.sub(rf"\b{re.escape(name)}\b{_NAME_END},?", ",", t) for t in texts]
    names = [
        c.term
        for c in collector.candidates
        if c.term in listed
        or (c.source in ("defined", "named") and _PROPER_NAME.search(c.term))
        or (c.source == "defined" and not question)
    ]
    subject = keyclauses.subject(texts[0] if texts else "")
    if (
        subject
        and not question
        and not any(keyphrases.within(subject, n) or subject == n for n in names)
    ):
        names.insert(0, subject)  # "Normal equations are equations obtained by …"
    names = [n for n in names if not (question and keymatch.restates(n, question))]
    most = limit + (1 if names and limit > 1 else 0)
    clauses = keyclauses.clause_points(texts, question, max(1, most - len(names)))
    return [*names, *clauses][: max(most, len(names))]


_NAME_END = r"(?:\s+(?!(?:and|or|is|are|was|were|as|of|in|to)\b)[a-z]+\b)?"
# A name a prose answer gives: words in capitals with their acronym ("Singular Value
# Decomposition (SVD)").
_PROPER_NAME = re.compile(r"^(?:[A-Z][\w-]*\s+){1,5}\([A-Z0-9]{2,8}\)$")


def _bare(term: str) -> bool:
    """A point named by symbols only ("TP", "CP", "L1 (lasso)"); not a complexity the
    answer marks ("**O(log n)**": what is asked of binary search)."""
    return keyphrases.symbolic(_PARENS.sub(" ", term)) and not keymatch.complexity(term)


def _beyond_the_question(
    candidates: list[_Candidate], question: str, collector: _Collector
) -> list[_Candidate]:
    """The points that say more than the question: one that only names what it asks
    goes, unless the answer says what it is ("**INNER JOIN**: only matching rows" when
    the question lists the kinds of join): then what it marks there, or the key phrase
    of it, is the point."""
    kept: list[_Candidate] = []
    restating = [
        keymatch.restates(c.term, question) or _degree_of_asked(c.term, question)
        for c in candidates
    ]
    # What the other points say already: a rewritten one must say something else.
    said = [c.keys for c, restates in zip(candidates, restating, strict=True) if not restates]
    for candidate, restates in zip(candidates, restating, strict=True):
        if restates:
            # "Bias: error from wrong assumptions": what the answer says of what is asked.
            name, _, gloss = candidate.term.partition(": ")
            phrase = gloss or keyglossary.gloss_of(candidate.gloss, name)
            keys = _keys(phrase) if phrase else frozenset()
            others = {  # (not one that says the opposite: "keeps no session data")
                stem(w)
                for c in candidates
                if c is not candidate and denies(c.term) == denies(phrase)
                for w in words(c.term)
            }
            if {stem(w) for w in words(phrase) if w not in _PLAIN_WORDS} <= others:
                continue  # what it says is a point already ("statistical relationship")
            if (
                not keys
                or any(_verb_emphasis(t, phrase) for t in collector.prose)  # ("used to …")
                or keymatch.restates(phrase, question)
                or not _acceptable(phrase, length=False)
                or any(keys & other.keys for other in kept)
                or any(keys & other for other in said)
            ):
                continue
            candidate.term, candidate.keys = f"{name}: {phrase}", keys
        kept.append(candidate)
    return kept


# Words that only say how much of something there is: "**high bias**" under "What is
# the bias-variance trade-off?" names what is asked, no more.
_DEGREE_WORDS = word_set(
    "high higher highest low lower lowest large larger small smaller big bigger more less"
    " much many few too very increased decreased reduced"
)


def _degree_of_asked(term: str, question: str) -> bool:
    """Whether a point is only a degree of what the question asks ("high variance")."""
    found = words(keymatch.split_point(term)[0])
    rest = [w for w in found if w not in _DEGREE_WORDS]
    return len(rest) < len(found) and bool(rest) and keymatch.restates(" ".join(rest), question)


_CLAUSE_END = re.compile(r"[;:,]\s+|\s[–—-]\s|(?<=[.!?])\s+")


def _clause_points(
    collector: _Collector, kept: list[_Candidate], question: str
) -> list[_Candidate]:
    """The key phrase of each clause of a short answer ("only one thread runs Python
    bytecode at a time"), none that restates the question or a point already kept; in
    the answer's order, after its marked points."""
    found: list[tuple[float, _Candidate]] = []
    taken = [c.keys for c in kept]
    for text in collector.prose:
        for clause in _CLAUSE_END.split(text):
            phrase, score = _scored_phrase(
                clause, collector.frequencies, longest=4, asked=collector.asked
            )
            if len(phrase.split()) == 4:  # four words: keep the three that score best
                phrase, score = _scored_phrase(phrase, collector.frequencies)
            if not phrase or not _acceptable(phrase):
                continue
            if len(phrase.split()) == 1 and not _TECHNICAL.search(phrase) and len(phrase) < 9:
                continue  # "approach", "model": a plain word alone says nothing
            if question and keymatch.restates(phrase, question):
                continue
            keys = _keys(phrase)
            if not keys or any(keys & known for known in taken):
                continue
            if any(keyphrases.within(phrase, c.term) for c in kept):
                continue  # "activations", said by "Dropout: sets … activations"
            taken.append(keys)
            order = len(collector.candidates) + len(found)
            found.append((score, _Candidate(phrase, order, "phrase", WEIGHTS["phrase"], keys)))
    best = sorted(found, key=lambda pair: (-pair[0], pair[1].order))
    return [candidate for _, candidate in best]


# A word that names a thing by its form: "PR-AUC", "LoRA", "k8s", "O(n)".
_TECHNICAL = re.compile(r"[A-Z].*[A-Z]|\d|\w-\w|[a-z][A-Z]")


def _walk(tokens: Sequence, collector: _Collector) -> None:
    i = 0
    lead_next = False
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind in ("list_item_open", "heading_open", "table_open", "hr"):
            collector.opening = False
        if kind == "list_item_open":
            lead_next = True
        elif kind == "heading_open":
            inline = _inline(tokens[i + 1])
            collector.illustrating = _illustrates(inline.text, collector.asked)
            collector.add(inline.text, "heading", heading=True)
            i += 2
            continue
        elif kind == "table_open":
            i = keytables.read(tokens, i, collector)
            continue
        elif kind == "inline" and _inline(token).reference:
            lead_next = False  # "[MDN docs for hoisting](…)": where to read more, not a point
        elif kind == "inline":
            inline = _inline(token)
            shown, collector.illustrating = (
                collector.illustrating,
                (collector.illustrating or _example_paragraph(inline.text, collector.asked)),
            )
            examples = _bold_examples(inline.text, inline.strong, collector.asked)
            for span in inline.strong:
                if _verb_emphasis(inline.text, span):
                    continue  # "to **create** new data"
                illustrating, collector.illustrating = (
                    collector.illustrating,
                    collector.illustrating or span in examples,
                )
                collector.add(span, "bold")
                collector.illustrating = illustrating
            for span in inline.em:
                if _word_count(clean_term(span)) <= MAX_WORDS:
                    collector.add(span, "em")
            if lead_next and examples and not inline.starts_marked:
                # ("Reduces latency in **chatbots**, **alerts**": the item says "Reduces latency")
                if idea := _before_examples(inline.text, examples):
                    collector.add(idea, "lead")
            elif lead_next:
                _lead(inline, collector, item=True)
            else:
                _paragraph(inline, collector)
            collector.illustrating = shown
            lead_next = False
        elif kind in ("paragraph_close", "bullet_list_open", "ordered_list_open"):
            lead_next = False
            if kind == "paragraph_close" and collector.opening:
                collector.opening = False  # the opening is one paragraph
            elif kind != "paragraph_close":
                collector.lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close") and collector.lists:
            collector.lists.pop()
        i += 1


def _lead(inline: _Inline, collector: _Collector, *, item: bool) -> None:
    """The lead phrase of a list item (or of a "Label: value" paragraph)."""
    if inline.starts_marked:
        text = inline.text.strip()
        at = text.find(inline.starts_marked)
        rest = text[at + len(inline.starts_marked) :] if at >= 0 else ""
        gloss = keyphrases.said_of(rest, inline.strong)
        entry = item and collector.lists[-1:] == ["bullet_list_open"]  # (not a step: "1. …")
        collector.add(inline.starts_marked, "lead", gloss=gloss, entry=entry and bool(words(gloss)))
        return
    text = _ENUMERATION.sub("", inline.text.strip())
    parts = _LEAD_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and _word_count(parts[0]) <= MAX_WORDS:
        label, rest = parts
        if _label_key(label) in GENERIC_LABELS | _LABEL_PREFIXES or (
            not item and _word_count(_first_sentence(rest)) <= MAX_WORDS
        ):
            collector.add(_first_sentence(rest), "lead")  # "Alternative method: Gradient Descent."
        else:
            collector.add(label, "lead", gloss=rest)  # "Type I error: rejecting a true …"
        return
    if item:
        sentence = _first_sentence(text)
        collector.add(sentence, "lead" if _word_count(sentence) <= MAX_WORDS else "phrase")
        keynames.named(sentence, collector)
    else:
        _paragraph(inline, collector, lead_tried=True)


def _paragraph(inline: _Inline, collector: _Collector, *, lead_tried: bool = False) -> None:
    """Prose: the defined term, named methods, and the key phrase of the key sentence."""
    text = inline.text.strip()
    if not text:
        return
    sentences = _sentences(text)
    keynames.enumerated(sentences, collector)
    keyphrases.opening_terms(sentences, inline, collector)
    if not lead_tried and re.match(r"^[^.!?]{2,60}:\s", text):
        _lead(inline, collector, item=False)
    defined = False
    for sentence in sentences:
        for clause in re.split(r";\s+", sentence):
            keyphrases.subject(clause, collector)
        match = _DEFINED.match(sentence)
        if match and words(match["term"]) and words(match["term"])[0] not in _PLAIN_WORDS:
            # not "where μ is the mean"; what it is, for a term the question asks about
            collector.add(match["term"], "defined", gloss=sentence[match.end("term") :])
            defined = True
        keynames.named(sentence, collector)
    bold_term = any(_acceptable(clean_term(span)) for span in inline.strong)
    if not defined and not bold_term and not collector.plain:  # (clauses say it)
        prose = [s for s in sentences if "=" not in s]  # not "Total error = bias² + …"
        phrase = _key_phrase(_key_sentence(prose), collector.frequencies) if prose else ""
        if any(collector.frequencies[stem(w)] > 1 for w in words(phrase)):
            collector.add(phrase, "phrase")


def _scored_phrase(
    sentence: str, frequencies: Counter[str], longest: int = 3, asked: frozenset[str] = frozenset()
) -> tuple[str, float]:
    return keyphrases.scored_phrase(clean_term(sentence), frequencies, longest, asked)


def _key_phrase(sentence: str, frequencies: Counter[str]) -> str:
    return _scored_phrase(sentence, frequencies)[0]


_sentences = keyphrases.sentences
_first_sentence = keyphrases.first_sentence
_key_sentence = keyphrases.key_sentence


# --- coverage --------------------------------------------------------------------------


def covered(term: str, typed: str | Heard, question: str = "") -> bool:
    """True when the typed answer says the point (see `keymatch.said`)."""
    return keymatch.said(term, typed, question)


def ticked_terms(
    terms: Iterable[str], typed: str, question: str = "", answer: str = ""
) -> list[bool]:
    """For each point, whether the typed answer to `question` says it (the automatic
    ticks; `keysides.ticked`). `answer`, the model answer the points are of, tells what
    its acronyms stand for wherever it defines them ("Mean Absolute Error (MAE)")."""
    return keysides.ticked(list(terms), typed, question, answer)


def coverage(terms: Sequence[str], ticked: Collection[str] | Sequence[bool]) -> float:
    """The fraction (0–1) of `terms` that are ticked; 0.0 when there are no terms.

    `ticked` is either the ticked terms themselves (compared case-insensitively) or
    one bool per term, in the same order as `terms`.
    """
    if not terms:
        return 0.0
    items = list(ticked)
    if items and all(isinstance(item, bool) for item in items):
        if len(items) != len(terms):
            raise ValueError("one tick per term is needed")
        return sum(items) / len(terms)
    chosen = {str(item).casefold() for item in items}
    return sum(term.casefold() in chosen for term in terms) / len(terms)


def warm_up() -> None:
    """Load and compile what the first reveal of a mock would (the key-point modules
    and their patterns: about 110 ms in all), on a sample answer: a mock calls it
    while its first question is read, so the reveal (Space) answers at once."""
    question = "What does a write-ahead log (WAL) do?"
    answer = (
        "A **write-ahead log** records each change before it is applied, so a crash "
        "can't lose a committed write; recovery replays it. It is not needed for reads."
    )
    ticked_terms(key_terms(answer, question=question), "it logs writes first", question, answer)

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

A cloze card's points are the words it blanks (`keycloze`): "[…] is used in Graphs"
answered "==BFS== is used in Graphs" asks "BFS".

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
illustrate the answer. The best `limit` are kept in the order the answer gives them
(`keycandidates` walks the Markdown and collects the candidates, weighted).
A plain prose answer of up to 120 words (nothing bold, no list, table or heading) says
its ideas in clauses: its points are those clauses and its formula lines
(`keyclauses`: "adding or removing a node moves only about 1/n of the keys",
"Precision: TP / (TP + FP)"), with the names of a series it lists and a name it
spells out with its acronym, up to four (five with names); a sentence that only lists
short noun phrases gives every item (`keyenumerated`: "DNS lookup, TCP handshake, …",
up to eight). A longer prose answer that yields none or one marked point also gives
the key phrase of each clause.
Every item of a list that says what something does is a point: whole up to ten words,
else its key clause ("primary writes changes to a log"); a list of sentences gives a
point per step past four; a name a step's point says ("SYN" in "The client sends a SYN
…") is none of its own, and a list after a line "Examples:" illustrates.
Where a short answer's structure is thin, the prose beside it says the ideas
(`keybeside`): the clauses beside a table whose rows are the sides compared, each
said of its side, and a paragraph's clauses with the plain notes listed after it.
Terms marked where actors take turns ("the client sends a **SYN**, the server …") are
the stress of those clauses, which are the points (`keyturns`); a term marked in prose
that compares the question's two sides is said of the side its sentence is about
("git rebase: linear history", `keymarksides`). Terms marked in a chain of precedence
("**inline styles** beat **IDs**, IDs beat **classes**") are its pairs, each said in
its order only ("IDs > classes", `keyranks`).
Matching a typed answer is `keymatch.said` (stems, spelling variants, typos, hyphens,
words near each other; a clause by a share of its own words; a step "DNS lookup" by
its name and a verb of its process, "resolves DNS": `keyprocess`; a formula said in
words, "a squared plus b squared equals c squared", "big O of n squared": `keyspoken`).
A setting written with its value ('isolation.level="read_committed"', "acks=all") is no
equation: it stays in its clause, and another value typed for it says no point
(`keysettings`). A change of kind is said by the kinds changed ("converts sort-merge joins
to broadcast joins" for "switches join strategies": `keystrategies`), a thing and where it
reaches with words between ("transactions … across several partitions": `keyacross`),
and a point's verb said only of the kind another point gives its thing says no point
("merges the skewed ones" for "coalesces partitions": `keyqualified`), nor a point of
one of two sides said of the other ("all rows from the right table" for "… from the
left table": `keyswapped`). A point keeps the "no", "not", "without" or "only" that
opens what it says ("2NF: no partial dependency"), and a point of an answer given in
two languages is ticked with its translation (`keytranslated`).

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

from studyapp.core import (
    keyaliases,
    keybeside,
    keybilingual,
    keyclaims,
    keyclauses,
    keycloze,
    keycode,
    keycodepoints,
    keycontracted,
    keydefined,
    keyenumerated,
    keyformula,
    keyglossary,
    keymarksides,
    keymatch,
    keymath,
    keymeaning,
    keynames,
    keynegkept,
    keyparts,
    keyphrases,
    keyproverb,
    keyranks,
    keyrepeats,
    keysentences,
    keysideof,
    keysides,
    keyspelled,
    keytranslated,
    keyturns,
    keyworked,
)
from studyapp.core.answer_markup import answer_tokens
from studyapp.core.footnotes import without_footnotes
from studyapp.core.keycandidates import (  # (the candidates the Markdown gives)
    _TECHNICAL,
    DEFINITION_BONUS,
    STRUCTURE,
    WEIGHTS,
    _Candidate,
    _Collector,
    _keys,
    _plain_word,
    _scored_phrase,
    _walk,
)
from studyapp.core.keydenial import denies
from studyapp.core.keyinline import read as _inline
from studyapp.core.keylabels import (
    PARENS as _PARENS,
)
from studyapp.core.keylabels import (
    acceptable as _acceptable,
)
from studyapp.core.keylabels import (
    clean_term,
)
from studyapp.core.keylabels import (
    example_paragraph as _example_paragraph,
)
from studyapp.core.keylabels import (
    only_labels as _only_labels,
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
from studyapp.core.meta_values import metadata_line, own_notes_line

DEFAULT_LIMIT = 8

# Ranking the candidates (`keycandidates` weighs how strongly the answer marks each).
STRUCTURE_ENOUGH = 3  # this many structural points: prose phrases are not needed
REPEAT_BONUS = 0.75  # per repeat of a point elsewhere in the answer, up to three
LENGTH_PENALTY = 0.5  # per word past two: a point is a phrase a person would say
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


def key_terms(answer_markdown: str, limit: int = DEFAULT_LIMIT, question: str = "") -> list[str]:
    """The key points of a model answer, at most `limit`, in the order the answer gives
    them (see the module's docstring for where they come from); none that only names
    what `question` asks about (`keymatch.restates`)."""
    if limit < 1:
        return []
    answer_markdown = without_footnotes(answer_markdown)  # (a source is no point)
    if (asked := keycloze.asked_words(answer_markdown, question)) is not None:
        return asked[:limit]  # a cloze card's: the words it blanks
    # (code that is the answer's substance, "SELECT MAX(salary) FROM …", is a point; an
    # "Or with …" paragraph after it is another way to it, no point of its own)
    code = keycodepoints.code_points(answer_markdown, question)
    if code:
        return (
            code
            + _key_terms_of(keycodepoints.without_alternatives(answer_markdown), limit, question)
        )[:limit]
    return _key_terms_of(answer_markdown, limit, question)


def _key_terms_of(answer_markdown: str, limit: int, question: str) -> list[str]:
    found = [  # (code in brackets makes no clause code: "… to an element (attachShadow(…))")
        p
        for p in map(_without_code_aside, _key_terms(answer_markdown, limit, question))
        if not keycode.code_point(p)
    ]
    found = keyrepeats.without_repeats(found, answer_markdown)  # (one idea said twice)
    asked = keymatch.asked_stems(question)
    found = keyclaims.with_claims(found, answer_markdown, asked)  # (not a condition alone)
    found = _without_parts_of_others(found)  # ("one TCP connection" beside "…: one TCP …")
    found = keysideof.with_sides(found, answer_markdown, question)  # ("TCP: ordered, reliable")
    found = [keysentences.without_debris(p) for p in found]  # (no ", ." left in a point)
    found = keyranks.with_ranks(found, answer_markdown)  # ("IDs > classes": an order)
    if not found and (formula := keyformula.formula_point(answer_markdown)):
        return [formula]  # a formula alone: itself ("E[X] = Σ_i=1⁶ i · 1 / 6 = 3.5")
    # (a formula's result a point already gives: "lookup takes O(log n) time")
    shown = [f for f in keyformula.displayed_formulas(answer_markdown) if not _within(f, found)]
    return (shown + found)[:limit] if shown and not _formula_said(found) else found


def _without_code_aside(point: str) -> str:
    """A point that reads as code only by the code it gives in brackets, without it (a
    point with its code kept is said by either: "use timeouts (lock.acquire(…))")."""
    return keycode.without_code_asides(point) if keycode.code_point(point) else point


def _without_parts_of_others(points: list[str]) -> list[str]:
    """The points, none twice and none that is what another says of its name ("one TCP
    connection" beside "Multiplexing: one TCP connection"): that point says it, and the
    mark alone would count the idea twice, or be given the same name again."""
    glosses = {gloss.casefold() for p in points if (gloss := keymatch.split_point(p)[1])}
    kept: list[str] = []
    for point in points:
        if point not in kept and point.casefold() not in glosses:
            kept.append(point)
    return kept


def _within(formula: str, points: Sequence[str]) -> bool:
    """Whether one of the points is the formula or holds it as written."""
    return any(formula in point for point in points)


def _formula_said(points: Sequence[str]) -> bool:
    """Whether a point already gives a formula ("Total error: bias² + variance + σ²")."""
    return any(re.search(r"[=±²√Σ]|\s[+×·/]\s", p) for p in points)


# A line of tags only (an imported card's other tags, core.inline_tags): no point.
_TAG_LINE_RE = re.compile(r"^[ \t]*(?:#[\d/-]*[^\W\d][\w/-]*[ \t]*)+$", re.M)


def _without_record_keeping(answer_markdown: str) -> str:
    """The answer without its "**Name:** value" lines of record keeping and without the
    person's own notes about the card, a "**Notes:** …" line with the rest of its
    paragraph (a sheet's multi-line "Notes" cell)."""
    kept: list[str] = []
    own_notes = False
    for line in answer_markdown.split("\n"):
        own_notes = own_notes_line(line) or (own_notes and bool(line.strip()))
        if not own_notes and not metadata_line(line):
            kept.append(line)
    return "\n".join(kept)


def _key_terms(answer_markdown: str, limit: int, question: str) -> list[str]:
    # (a line that says its idea in two languages is two lines, one per version:
    # "Il ralentit les écritures. (It slows down writes.)")
    parted = keybilingual.parted(answer_markdown, question)
    versions = 2 if parted != answer_markdown else 1  # (each idea a point per version)
    answer_markdown = parted
    # (lines of code written as prose are no points: "return x * mask / (1 - p)")
    answer_markdown = keycode.without_code_lines(answer_markdown)
    # (a table of worked examples, "`.btn` | 0,0,1,0", beside the rule it shows)
    answer_markdown = keyworked.without_worked_tables(answer_markdown)
    answer_markdown = keyaliases.without_asides(answer_markdown)  # ", also called …,"
    answer_markdown = _TAG_LINE_RE.sub("", answer_markdown)  # "#concurrency #os": labels
    if "**" in answer_markdown:  # "**Difficulty:** Easy", "**Notes:** asked at Stripe"
        answer_markdown = _without_record_keeping(answer_markdown)
    tokens = answer_tokens(keymath.readable(answer_markdown))  # TeX read as text
    collector = _Collector()
    collector.asked = frozenset(stem(w) for w in words(question))
    collector.prose = [_inline(t).text for t in tokens if t.type == "inline"]
    all_words = [stem(w) for text in collector.prose for w in words(text)]
    collector.frequencies = Counter(w for w in all_words if w not in _PLAIN_WORDS)

    collector.plain = len(all_words) <= PROSE_ANSWER_WORDS and not _marked(tokens)
    _walk(tokens, collector)
    candidates = collector.candidates
    if collector.plain and (parts := keyparts.labelled_parts(collector.prose)):
        return parts[:limit]  # ("Situation - … Task - … Action - … Result - …")
    if collector.plain:  # (a sentence listing steps, "DNS lookup, …", gives them all)
        most = max(PROSE_POINTS * versions, keyenumerated.listed(collector.prose), _steps(tokens))
        return _prose_points(tokens, collector, question, min(limit, most))[:limit]
    # A marked term the answer says something of counts twice: two such ("**Bias** is
    # error from …", "**Variance** is …") make the answer's ideas, and a phrase its prose
    # repeats ("total error") would only be its topic. So does a cell said of its side
    # ("RANK: 1, 1, 3"): the caption above the table ("For ties (…):") is no point then.
    structured = sum(1 + bool(c.gloss) for c in candidates if c.source in STRUCTURE or c.side)
    if structured >= STRUCTURE_ENOUGH:
        candidates = [c for c in candidates if c.source not in ("phrase", "named", "series")]

    candidates = [  # (a value said of its side is no bare symbol: "RANK: 1, 1, 3")
        c for c in candidates if not _bare(c.term) or keyglossary.glossed(c) or c.side
    ]
    keymarksides.attach(candidates, collector.prose, question)  # ("git rebase: linear …")
    if question:
        marked = bool(candidates)
        # (another name the answer gives what is asked names it too: "Causation (or
        # **causality**)" under "Correlation vs Causation")
        aliases = keyaliases.asked_aliases(answer_markdown, collector.asked)
        candidates = _beyond_the_question(candidates, f"{question} {aliases}", collector)
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
        if (
            candidate.source == "named"
            and not repeats
            and _in_passing(candidate, candidates, collector.prose)
        ):
            continue  # ("state and DOM get attached to …": a word it uses, no idea)
        extra_words = max(0, _word_count(keymatch.split_point(candidate.term)[0]) - 2)
        if candidate.source == "defining":  # (what the asked thing is, as the answer says it)
            extra_words = 0
        if candidate.source == "row":  # (a row's name is as long as it is: the rows of a
            extra_words = 0  # table are cut in its order, "Support Vector Machine" too)
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
    elif (
        sum(not c.illustrating for c in kept) < 2 <= limit and len(all_words) <= PROSE_ANSWER_WORDS
    ):
        # (its examples are none of its ideas: "Examples:" and a list of them)
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
    elif (
        sided
        and len(kept) < STRUCTURE_ENOUGH
        and len(all_words) <= PROSE_ANSWER_WORDS
        and not any(c.illustrating for c in kept)  # (they would drop them: not examples)
    ):
        # a table's rows said of their sides, then prose: its ideas too ("The F1 score is
        # their harmonic mean" below the rows of precision and recall), not a caption
        # above the table ("For ties (scores 10, 10, 8):")
        kept += _beside(_after_tables(tokens), question, sided, len(collector.candidates))
    elif not structured:  # plain prose: the few ideas it turns on, not every phrase
        limit = min(limit, PROSE_POINTS)
    if sum(not c.illustrating for c in kept) >= 2:  # what it says, not its examples
        kept = [c for c in kept if not c.illustrating]
    # "testable" bold inside the item "Makes code testable (inject mocks)": one point
    # (not "Pub/sub" inside its example "Google Pub/Sub", left out above)
    found = collector.candidates
    kept = [c for c in kept if not any(keyphrases.marked_within(c, o, found) for o in kept)]
    # ("SYN" beside "The client sends a SYN with its initial sequence number": the step
    # says it, and the name alone would count it twice)
    kept = [c for c in kept if not any(_named_in_claim(c, o) for o in kept)]
    best = sorted(kept, key=lambda c: (-c.score, c.order))[:limit]
    keyglossary.with_meanings(best, question)  # "Atomicity: happens completely or not at all"
    best.sort(key=lambda c: c.order)
    return [f"{c.side}: {c.term}" if c.side else c.term for c in best]


CLAIM_WORDS = 4  # a point this long or longer is a claim, not a name


def _named_in_claim(candidate: _Candidate, other: _Candidate) -> bool:
    """Whether a name the prose gives ("SYN", "TLS") is inside a claim another point
    makes whole ("sends a SYN with its initial sequence number")."""
    return (
        candidate.source == "named"
        and not candidate.side
        and other is not candidate
        and not other.illustrating
        and _word_count(other.term) >= CLAIM_WORDS
        and keyphrases.within(keymatch.split_point(candidate.term)[0], other.term)
    )


def _beside(tokens, question: str, sides: set[str], order: int) -> list[_Candidate]:
    """`keybeside.sided_clauses` as points, from `order` on, ranked as list leads."""
    found = []
    for term, side in keybeside.sided_clauses(tokens, question, sides):
        found.append(_Candidate(term, order + len(found), "phrase", WEIGHTS["lead"], _keys(term)))
        found[-1].side, found[-1].score = side, WEIGHTS["lead"]
    return found


def _after_tables(tokens: Sequence) -> Sequence:
    """The tokens after an answer's last table (none where it has no table)."""
    ends = [k for k, t in enumerate(tokens) if t.type == "table_close"]
    return tokens[ends[-1] + 1 :] if ends else []


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
    if listed:  # (a caption left of the series says nothing: "The four guarantees: , ,
        # ,." is no point; the commas left elsewhere one mark, ", , ,." one stop, so the
        # next sentence is not joined to it: no "three-way handshake, . tcp or udp")
        texts = [keysentences.without_debris(_EMPTIED_CAPTION.sub("", t)) for t in texts]
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


# A sentence that only introduced a series, the series cut out: its words, a colon, the
# commas that were between the names and its stop.
_EMPTIED_CAPTION = re.compile(r"(?:^|(?<=[.!?]))\s*[^.!?:\n]*:(?:\s*[,;])*\s*[.!?]")
_NAME_END = r"(?:[^\S\n]+(?!(?:and|or|is|are|was|were|as|of|in|to)\b)[a-z]+\b)?"
# A name a prose answer gives: words in capitals with their acronym ("Singular Value
# Decomposition (SVD)").
_PROPER_NAME = re.compile(r"^(?:[A-Z][\w-]*\s+){1,5}\([A-Z0-9]{2,8}\)$")


def _steps(tokens: Sequence) -> int:
    """How many items a list of sentences has (`keyclauses.sentence_list`): a step a
    point, beyond the few a paragraph of prose gives; 0 for any other answer."""
    if not keyclauses.sentence_list(tokens):
        return 0
    return sum(t.type == "list_item_open" for t in tokens)


def _in_passing(
    candidate: _Candidate, candidates: Sequence[_Candidate], prose: Sequence[str]
) -> bool:
    """Whether a name the prose gives is an acronym alone, in capitals ("DOM", "GPU"),
    said once, in a sentence that holds none of the answer's marked terms ("… state and
    DOM get attached to the wrong item"), where it marks some: a word the answer uses,
    not an idea it stresses (not "the MMU **translates virtual addresses** …")."""
    if not _ACRONYM.fullmatch(candidate.term):
        return False
    marked = [c.term.casefold() for c in candidates if c.source in STRUCTURE]
    named = re.compile(rf"\b{re.escape(candidate.term)}\b")
    return bool(marked) and not any(
        named.search(sentence) and any(m in sentence.casefold() for m in marked)
        for text in prose
        for sentence in _SENTENCE_END.split(text)
    )


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+(?=[A-Z])")  # (not after "e.g.": "e.g. an HTTP …")


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
            phrase = gloss or (
                keymeaning.meaning(candidate.gloss, name, question)
                if candidate.entry
                else keyglossary.gloss_of(candidate.gloss, name)
            )
            keys = _keys(phrase) if phrase else frozenset()
            others = {  # (not one that says the opposite: "keeps no session data")
                stem(w)
                for c in candidates
                if c is not candidate and denies(c.term) == denies(phrase)
                for w in words(c.term)
            }
            for other in candidates:  # what the asked thing is, marked on its own
                if other is not candidate and keys & other.keys:
                    other.weight += DEFINITION_BONUS
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
            long = keynegkept.opens_negated(phrase)  # ("never rebase commits that …")
            if not phrase or not _acceptable(phrase, length=not long) or _only_labels(phrase):
                continue  # ("Architecture" of a heading "Transformer Architecture")
            if _plain_word(phrase):
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


# --- coverage --------------------------------------------------------------------------


def covered(term: str, typed: str | Heard, question: str = "") -> bool:
    """True when the typed answer says the point (see `keymatch.said`)."""
    if isinstance(typed, str):
        typed = keycontracted.expanded(typed)
    return keymatch.said(keycontracted.expanded(term), typed, question)


def ticked_terms(
    terms: Iterable[str], typed: str, question: str = "", answer: str = ""
) -> list[bool]:
    """For each point, whether the typed answer to `question` says it (the automatic
    ticks; `keysides.ticked`). `answer`, the model answer the points are of, tells what
    its acronyms stand for wherever it defines them ("Mean Absolute Error (MAE)"); a
    point of an answer given in two languages is ticked with its translation
    (`keytranslated`). A negation reads the same written short or out ("don't see",
    "do not see": `keycontracted`)."""
    terms = [keycontracted.expanded(term) for term in terms]
    typed = keycontracted.expanded(typed)
    answer = keycontracted.expanded(answer)
    typed = keyproverb.resolved(typed)  # ("Don't do it": the action told before it)
    # (code, and a point's inline code, is said as code: `keycodepoints`)
    code = set(keycodepoints.code_points(answer, question))
    code |= {t for t in terms if keycodepoints.wholly_code(t, answer)}  # ("`git reset …`")
    spans = [[] if term in code else keycodepoints.inline_code(term, answer) for term in terms]
    worded = [
        keycodepoints.without_code(t, s) if s else t for t, s in zip(terms, spans, strict=True)
    ]
    ticks = keysides.ticked(worded, typed, question, answer)
    # (a clause cut from a sentence that defines a name is said where the typed answer
    # names it: `keydefined`)
    for k, (term, tick) in enumerate(zip(worded, ticks, strict=True)):
        if tick and (name := keydefined.defined_by(term, answer)):
            part = keydefined.named_part(name, typed)
            if part != typed:
                ticks[k] = keysides.ticked([term], part, question, answer)[0]
    ticks = [
        _code_typed(term, typed, answer)
        if term in code
        else tick or any(keycodepoints.code_said(span, typed) for span in found)
        for term, tick, found in zip(terms, ticks, spans, strict=True)
    ]
    # ("GPT" typed is no "Generative Pre-trained Transformer" when GPT is what is asked)
    ticks = keyspelled.without_asked(
        terms, ticks, typed, question, lambda ts, text: keysides.ticked(ts, text, question, answer)
    )
    return keytranslated.with_translations(terms, ticks, answer, question)


def _code_typed(code: str, typed: str, answer: str) -> bool:
    """Whether the typed answer gives a code point, or an alternative to it the answer
    gives ("Or with a window function: …")."""
    language = keycodepoints.language_of(code, answer)
    return keycodepoints.code_said(code, typed, language) or any(
        keycodepoints.code_said(other, typed) for other in keycodepoints.alternatives(answer)
    )


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

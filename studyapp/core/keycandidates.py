"""The candidate points an answer's Markdown gives, each with how strongly it is marked. No Qt.

`keyterms` ranks and keeps an answer's key points; this module walks the answer's
markdown-it tokens and collects what could be one: bold and italic terms, the lead
phrase of each list item ("**Ridge**: …", "Elbow method – …") with what it says of it,
a table's row heads and compared sides (`keytables`), sub-headings that name something,
a term a paragraph defines ("Gradient descent is an algorithm …"), named methods and
the items of a series (`keynames`), and the key phrase of a paragraph's key sentence
(`keyphrases`). A candidate found twice is one, weighted by its strongest mark; what
is found under a heading of examples ("Use Cases") or in the answer's opening paragraph
is weighted less, or more.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from studyapp.core import (
    keyfoils,
    keylang,
    keymatch,
    keynames,
    keynegkept,
    keyphrases,
    keystressed,
    keytables,
)
from studyapp.core.keyheard import ENGLISH_STOPWORDS
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
    word_count as _word_count,
)
from studyapp.core.keymatch import stem, word_set, words
from studyapp.core.keynotation import value

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
    "denial": 4.0,  # a claim the answer stresses is false ("It **does not imply** …")
    "defining": 3.0,  # a mark of the sentence that says what the asked thing is
    "phrase": 1.0,
    "aspect": 1.0,  # a comparison table's row head: kept only when the answer repeats it
}
STRUCTURE = frozenset({"bold", "lead", "row", "compared", "heading", "em", "denial", "defining"})


TWICE_BONUS = 0.5  # marked by two kinds of structure (bold, and a table's row head)


# Points a section of examples gives ("Examples", "Use Cases", "Used by"): products and
# cases that illustrate the answer, ranked below what it says (weight times this).
ILLUSTRATION_FACTOR = 0.6
# Points of the answer's opening paragraph, before any heading, list or table: the
# direct answer to the question, ranked above the detail that follows.
OPENING_BONUS = 0.5


_PLAIN_WORDS = keyphrases.PLAIN_WORDS

_DEFINED_NAME = re.compile(r"(?<=[^\W\d_])\s*=\s.*$", re.S)  # "Recall = TP / (TP + FN)"
# (a colon with a space or the end after it: "items[::-1]", "std::vector", "10:30"
# and "https://…" hold no separator)
_LEAD_SEPARATOR = re.compile(r"\s*(?::(?=\s|$)|\s[–—-]\s|\s?→)\s*")
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
    step: bool = False  # … a numbered item's ("1. **Situation**: the context")
    side: str = ""  # a comparison table's cell: the column it is in ("SQL: fixed schema")
    depth: int = 0  # the lists it is found in, one per level (a nested item's: two)


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
        self.bare: list[bool] = []  # … and for each, whether no item of it has a label
        self.subject = ""  # what the section's prose defined last ("Correlation refers to")
        self.code: tuple[str, ...] = ()  # the inline code of the text read now

    def gloss(self, raw: str, gloss: str) -> None:
        """What the answer says of a point found already (no more weight to it)."""
        keys = _keys(clean_term(raw))
        for known in self.candidates:
            if known.keys & keys:
                known.gloss = known.gloss or gloss

    def claim(self, term: str, source: str = "denial", bonus: float = 0.0) -> None:
        """A point as written, however long: a stressed denial's clause (`keystressed`),
        a mark of the sentence that defines the asked thing (`_defining_marks`)."""
        keys = _keys(term)
        if keys and not any(known.keys & keys for known in self.candidates):
            weight = WEIGHTS[source] * (ILLUSTRATION_FACTOR if self.illustrating else 1.0)
            order = len(self.candidates)
            self.candidates.append(_Candidate(term, order, source, weight + bonus, keys))

    def known(self, raw: str) -> bool:
        """Whether a phrase names a point found already ("Flash" for "FlashAttention")."""
        term = clean_term(raw)
        keys = _keys(term)
        return any(c.keys & keys or _opens(term, c.term) for c in self.candidates)

    def add(
        self,
        raw: str,
        source: str,
        *,
        heading=False,
        gloss="",
        entry=False,
        side="",
        step=False,
        whole=False,
    ) -> None:
        term = keyphrases.setting_name(clean_term(raw))
        expansion = re.match(r"\s*\(([^()]{2,40})\)", gloss)
        if expansion and keyphrases.symbolic(term) and not keyphrases.symbolic(expansion[1]):
            term, gloss = f"{term} ({expansion[1].strip()})", gloss[expansion.end() :]
        if not term or term.endswith("?") or re.search(r"→|->|=>", term):
            return  # a question or a chain of steps is not a point
        if heading and not _acceptable(term, heading=True, length=False):
            return
        if _word_count(term) > MAX_WORDS and not whole:
            if source in ("phrase", "named", "defined", "aspect", "cell"):
                return
            term = _key_phrase(term, self.frequencies)
            source = "phrase" if source not in ("lead", "row") else "lead"
            if not term or _plain_word(term):
                return  # ("back" of "**put back when it passes again**": no idea)
        # (a phrase that kept its clause's negation is as long as it has to be:
        # "do not store passwords in plain text")
        length = not whole and not keynegkept.opens_negated(term)
        # (an "=" in its inline code is code, no formula: "using timeouts
        # (`lock.acquire(timeout=1)`)" is a list item's point)
        checked = _code_unequal(term, self.code)
        acceptable = _acceptable(checked, heading=heading, labels=not step, length=length)
        if not (acceptable or (side and value(term))):
            return  # (a value is said of its side: "RANK | 1, 1, 3", `keytables`)
        keys = _keys(term)
        if not keys:
            return
        weight = WEIGHTS[source] * (ILLUSTRATION_FACTOR if self.illustrating else 1.0)
        weight += OPENING_BONUS * self.opening
        for known in self.candidates:
            if side and known.side not in ("", side) and keytables.formula_cell(term):
                continue  # (each row's formula its own: "Recall: TP / (TP + FN)")
            if known.keys & keys or _opens(term, known.term):
                marked_twice = {source, known.source} <= STRUCTURE and source != known.source
                known.weight = max(known.weight, weight) + TWICE_BONUS * marked_twice
                if (keyphrases.symbolic(known.term) and not keyphrases.symbolic(term)) or (
                    known.source == "series" and source in STRUCTURE
                ):
                    known.term = term  # "PQ (Product Quantization)"; "Text" bold after "text"
                if WEIGHTS[source] > WEIGHTS.get(known.source, 0) or (
                    (source, known.source) == ("row", "bold")  # (a bold row head: a row's)
                ):
                    known.source = source
                known.gloss = known.gloss or gloss
                # (a step's meaning is its own: "2. **Generation**: …" says nothing of a
                # "Generator" found before, though they share a stem)
                same = known.term.casefold() == term.casefold()
                known.entry = known.entry or (entry and (same or not step))
                known.step = known.step or (step and same)
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
                step=step,
                side=side,
                depth=len(self.lists),
            )
        )


def _plain_word(term: str) -> bool:
    """Whether a phrase is one short plain word, no name's form ("back", "model"; not
    "LoRA", "k8s", "O(n)", "throughput"): cut from a longer phrase, it says nothing."""
    term = keynegkept.after_negation(term)  # ("no token": "token")
    return len(term.split()) == 1 and len(term) < 9 and not _TECHNICAL.search(term)


def _code_unequal(term: str, code: Sequence[str]) -> str:
    """The term with the "=" of the inline code it holds left out (keyword arguments,
    assignments in code: no formula and no setting said in prose)."""
    for span in code:
        if "=" in span and span in term:
            term = term.replace(span, span.replace("=", " "))
    return term


# A word that names a thing by its form: "PR-AUC", "LoRA", "k8s", "O(n)".
_TECHNICAL = re.compile(r"[A-Z].*[A-Z]|\d|\w-\w|[a-z][A-Z]")


def _walk(tokens: Sequence, collector: _Collector) -> None:
    i = 0
    lead_next = False
    announced = False  # a paragraph ended on "Examples:": the list after it gives them
    examples_of: bool | None = None  # … and what was illustrating before that list
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
            collector.subject = ""
            i += 2
            continue
        elif kind == "table_open":
            i = keytables.read(tokens, i, collector)
            continue
        elif kind == "inline" and _inline(token).reference:
            lead_next = False  # "[MDN docs for hoisting](…)": where to read more, not a point
        elif kind == "inline":
            inline = _inline(token)
            collector.code = inline.code
            shown, collector.illustrating = (
                collector.illustrating,
                (collector.illustrating or _example_paragraph(inline.text, collector.asked)),
            )
            examples = _bold_examples(inline.text, inline.strong, collector.asked)
            defining = _defining_marks(inline, collector)
            for span in inline.strong:
                if span in defining and span not in examples:  # "… and **training it …**"
                    collector.claim(defining[span], "defining", DEFINITION_BONUS)
                    continue
                if _verb_emphasis(inline.text, span):
                    continue  # "to **create** new data"
                if keyfoils.contrasted(inline.text, span):
                    continue  # "instead of **training from scratch**": what it is not
                if not collector.plain and keystressed.denied_verb(span):
                    if claim := keystressed.stressed_claim(inline.text, span, collector.subject):
                        collector.claim(claim)  # "Correlation: does not imply that …"
                    continue
                illustrating, collector.illustrating = (
                    collector.illustrating,
                    collector.illustrating or span in examples,
                )
                collector.add(span, "bold")
                collector.illustrating = illustrating
            for span in inline.em:
                if _word_count(clean_term(span)) <= MAX_WORDS and not keyfoils.contrasted(
                    inline.text, span
                ):
                    collector.add(span, "em")
            if lead_next and examples and not inline.starts_marked:
                # ("Reduces latency in **chatbots**, **alerts**": the item says "Reduces latency")
                if idea := _before_examples(inline.text, examples):
                    collector.add(idea, "lead")
            elif lead_next:
                _lead(inline, collector, item=True)
            else:
                _paragraph(inline, collector)
                # ("… paired with the correct output.\nExamples:" before its list)
                announced = _announces_examples(inline.text, collector.asked)
            collector.illustrating = shown
            lead_next = False
        elif kind in ("paragraph_close", "bullet_list_open", "ordered_list_open"):
            lead_next = False
            if kind == "paragraph_close" and collector.opening:
                collector.opening = False  # the opening is one paragraph
            elif kind != "paragraph_close":
                collector.lists.append(kind)
                collector.bare.append(_bare_list(tokens, i))
                if announced and len(collector.lists) == 1:  # its items illustrate
                    examples_of, collector.illustrating = collector.illustrating, True
                announced = False
        elif kind in ("bullet_list_close", "ordered_list_close") and collector.lists:
            collector.lists.pop()
            collector.bare.pop()
            if examples_of is not None and not collector.lists:
                collector.illustrating, examples_of = examples_of, None
        i += 1


def _announces_examples(text: str, asked: frozenset[str]) -> bool:
    """Whether a paragraph's last line only announces examples ("Examples:", "For
    instance:"), so the list that follows it gives them."""
    label = re.search(r"(?:^|[.!?\n])\s*([^.!?\n:]{1,30}):\s*$", text.strip())
    found = words(label[1]) if label else []
    return bool(found) and set(found) <= _ANNOUNCING and stem("example") not in asked


_ANNOUNCING = word_set("examples example for instance e g eg some typical")


def _defining_marks(inline: _Inline, collector: _Collector) -> dict[str, str]:
    """The marks of the answer's opening sentence where it opens with the asked thing's
    name and says what it is ("**Fine-tuning** is the process of **taking a pre-trained
    model** and **training it further on a new (usually smaller) dataset** …"), each as
    its point (its brackets left out); what the asked thing is, said in the answer's
    own marks, is its core, however long a mark (up to `DEFINING_WORDS`)."""
    name = inline.starts_marked or next(iter(inline.strong), "")
    opening = re.match(rf"\s*(?:(?:the|an?)\s+)?{re.escape(name)}", inline.text, re.I)
    if not (collector.opening and name and words(name) and opening):
        return {}  # (the name opens it, after an article: "A **CDN** is …")
    if not all(stem(w) in collector.asked for w in words(name)):
        return {}
    sentence = _first_sentence(inline.text)
    if not _DEFINING.match(sentence[sentence.find(name) + len(name) :]):
        return {}
    found = {}
    for span in inline.strong:
        term = clean_term(_PARENS.sub(" ", span))
        if span != name and span in sentence and 1 < _word_count(term) <= DEFINING_WORDS:
            found[span] = " ".join(term.split())
    return found


# What follows a name that says what it is ("is the process of", "refers to", "means").
_DEFINING = re.compile(r"\W*(?:is|are|refers\s+to|means|stands\s+for)\b", re.I)
DEFINING_WORDS = 8
DEFINITION_BONUS = 2.0  # (`keyterms` gives it to a mark the asked name's gloss is, too)


def _lead(inline: _Inline, collector: _Collector, *, item: bool) -> None:
    """The lead phrase of a list item (or of a "Label: value" paragraph)."""
    if inline.starts_marked:
        text = inline.text.strip()
        at = text.find(inline.starts_marked)
        rest = text[at + len(inline.starts_marked) :] if at >= 0 else ""
        gloss = keyphrases.said_of(rest, inline.strong, inline.starts_marked)
        # A numbered item is an entry too when a colon or a dash parts its name from what
        # it says ("1. **Read committed**: only committed data is seen"), and its name,
        # even a word that labels sections elsewhere, names its step ("1. **Situation**:
        # the context"); not a step said as one sentence ("1. **Clone** the repo").
        numbered = item and collector.lists[-1:] == ["ordered_list_open"]
        step = numbered and _PARTED.match(rest)
        entry = item and (collector.lists[-1:] == ["bullet_list_open"] or bool(step))
        collector.add(
            inline.starts_marked,
            "lead",
            gloss=gloss,
            entry=entry and bool(words(gloss)),
            step=bool(step) and bool(words(gloss)),
        )
        return
    text = _ENUMERATION.sub("", inline.text.strip())
    parts = _LEAD_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and _word_count(parts[0]) <= MAX_WORDS:
        label, rest = parts
        # "Precision = TP / (TP + FP): of what I flagged, …": the name its formula defines
        label = _DEFINED_NAME.sub("", label) or label
        if _label_key(label) in GENERIC_LABELS | _LABEL_PREFIXES or (
            not item and _word_count(_first_sentence(rest)) <= MAX_WORDS
        ):
            said = _first_sentence(rest)  # "Alternative method: Gradient Descent."
            # (a note's claim whole, its "never" kept: "- rule: never rebase commits
            # others already pulled")
            collector.add(said, "lead", whole=item and _word_count(said) <= ITEM_CLAIM_WORDS)
        else:  # "Type I error: rejecting a true …", "git stash - saves your work"
            # (an unmarked list item's name, parted from what it says by a colon or a
            # dash, heads a glossary's entry as a bold one does: the name alone is what a
            # wrong answer says too, "git log saves your work")
            bulleted = item and collector.lists[-1:] == ["bullet_list_open"]
            collector.add(label, "lead", gloss=rest, entry=bulleted and bool(words(rest)))
        return
    if item:
        # ("- A **salt** is a random value …": what the item says of the term it opens with)
        keyphrases.opening_terms(_sentences(text), inline, collector)
        sentence = _first_sentence(text)
        # (a claim of a list of claims is whole: "- Deep recursion hits the recursion
        # limit." is no "Deep recursion hits", "- A left join keeps all rows from the left
        # table." no "left join", the question's words)
        whole = (
            _word_count(sentence) <= ITEM_CLAIM_WORDS
            # (or of a list of claims, no item labelled: "- focus on systems not people",
            # "- action items with owners & due dates")
            and (
                text.rstrip().endswith(".")
                or (collector.bare[-1:] == [True] and _word_count(sentence) > MAX_WORDS)
            )
            and not (inline.strong or inline.em)  # (its marks are its points)
            # (nor its names: "Check Skewness and …"; a German line's nouns are none)
            and not (_NAME_INSIDE.search(sentence) and not _foreign(sentence))
        )
        short = _word_count(sentence) <= MAX_WORDS
        # (not one with a formula or code, "A query with `WHERE email = ?` walks …": no cut
        # of it is a phrase to say)
        claim = _claim(sentence) and not (inline.strong or inline.em or "=" in sentence)
        if claim and not whole and _word_count(sentence) > ITEM_CLAIM_WORDS:
            # An item that says what something does, too long to be a point whole ("- The
            # primary writes changes to a log, such as the WAL or binlog"): its key clause,
            # so that every step of a list is a point ("primary writes changes to a log")
            from studyapp.core.keyclauses import clause_points  # (it imports keyphrases)

            # (its first part, where a semicolon parts what it says of another thing: "Hard
            # links cannot cross file systems …; symlinks can")
            first = sentence.split(";")[0]
            said = first if _claim(first) and len(first.split()) >= 5 else sentence
            clause = clause_points([_PRONOUN_SUBJECT.sub("", said)], "", 1)
            if clause and len(clause[0].split()) > ITEM_CLAIM_WORDS:  # (a phrase to say)
                cut = keyphrases.gloss(clause[0], ITEM_POINT_WORDS)
                # (its opening, a claim still: not "skewed data" of "On skewed data …")
                opening = re.sub(r"^(?:the|an?)\s+", "", clause[0], flags=re.I)
                clause = [cut if len(cut.split()) >= 3 and opening.startswith(cut) else ""]
            sentence, whole = (clause[0], True) if clause and clause[0] else (sentence, False)
        elif claim and not whole and _PRONOUN_SUBJECT.match(sentence):
            whole = True  # ("- It sends an HTTP request": a step, stop or not)
        if whole:  # ("- It slows down writes.": what the asked thing does)
            sentence = _PRONOUN_SUBJECT.sub("", sentence)
        collector.add(sentence, "lead" if short or whole else "phrase", whole=whole)
        keynames.named(sentence, collector)
    else:
        _paragraph(inline, collector, lead_tried=True)


ITEM_CLAIM_WORDS = 10  # a list item's sentence this long is a point whole
ITEM_POINT_WORDS = 8  # … and a longer one's key clause, when longer, cut to this many


def _claim(sentence: str) -> bool:
    """Whether a list item's sentence says what something does: a verb after its first
    word ("The browser resolves the name", "It sends a request"), not a name or a phrase
    ("Image of a cat → Label")."""
    from studyapp.core.keyclauses import verb  # (it imports keyphrases)

    found = words(sentence)
    if len(found) < 3 or re.search(r"→|->|=>", sentence):
        return False  # ("House features (size, location) → Price": an example's mapping)
    if _PRONOUN_SUBJECT.match(sentence) or _THIRD_PERSON.match(sentence):
        return True
    return any(verb(w) or w in _LINKING for w in found[1:])


# Verbs a claim links its subject with ("A tuple can be a key", "Answers are cached").
_LINKING = word_set(
    "is are was were be has have can cannot may might must should will would does do"
)
# A subject of a word or two, then a verb in the third person ("The browser resolves …",
# "Replicas apply …" is `verb`'s), then more of the clause.
_THIRD_PERSON = re.compile(
    r"^(?:(?:the|an?|its|their|each|every)\s+)?[\w/-]+(?:\s+[\w/-]+)?\s+[a-z]{3,}s\s+\w", re.I
)


def _bare_list(tokens: Sequence, at: int) -> bool:
    """Whether no item of the list opening at `at` opens with a label, bold or before a
    colon or a dash ("- **liveness**: …", "- gotcha: …")."""
    level = tokens[at].level
    for token in tokens[at + 1 :]:
        if token.level <= level:
            return True  # (its close)
        if token.type == "inline" and token.level == level + 3:
            text = token.content.strip()
            label = _LEAD_SEPARATOR.split(text, maxsplit=1)
            if text.startswith(("**", "__")) or (
                len(label) == 2 and _word_count(label[0]) <= MAX_WORDS
            ):
                return False
    return True


_NAME_INSIDE = re.compile(r"\s[A-Z][a-z]")  # a capitalised word past the first
# The pronoun a list item's claim opens with, the asked thing ("It identifies each row").
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:it|they)\s+(?=[a-z])", re.I)


def _foreign(text: str) -> bool:
    """Whether a text says more small words of another language than of English."""
    found = [w for w in words(text) if len(w) > 1]
    english = sum(w in ENGLISH_STOPWORDS for w in found)
    return sum(w in keylang.FUNCTION_WORDS and w not in ENGLISH_STOPWORDS for w in found) > english


# What parts a numbered item's name from what it says: a colon or a dash.
_PARTED = re.compile(r"\s*(?::|\s[–—-]\s|[–—]\s)\s*\S")


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
            collector.subject = clean_term(match["term"])
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

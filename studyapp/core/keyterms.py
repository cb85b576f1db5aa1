"""Key terms of a model answer, and whether a typed answer covers them. No Qt here.

After a mock-interview question is revealed, the grading panel lists the model
answer's key points, ticked where the typed answer mentions them:

- `key_terms(markdown)` picks the terms an answer marks as important: its bold
  phrases, the first cell of each table body row, and its headings, cleaned of
  emoji and Markdown and stripped of generic labels ("Definition", "Pros & Cons").
- `covered(term, typed)` says whether the typed text mentions a term, ignoring case,
  plurals, diacritics and hyphens/spaces ("k means" and "kmeans" cover "K-Means").
- `coverage(terms, ticked)` is the fraction (0–1) of the terms ticked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

DEFAULT_LIMIT = 12
MAX_WORDS = 5  # a bold sentence is emphasis, not a term

# Whole terms that label a section rather than name a concept (lower case, singular
# forms are derived by _variants, so "Examples" and "Use Cases" match too).
GENERIC_LABELS = frozenset(
    {
        "advantage",
        "application",
        "benefit",
        "bonus",
        "challenge",
        "code",
        "con",
        "definition",
        "description",
        "disadvantage",
        "example",
        "example code",
        "explanation",
        "feature",
        "final summary",
        "how it works",
        "info",
        "interview line",
        "interview one liner",
        "interview quote",
        "interview soundbite",
        "interview tip",
        "key characteristic",
        "key component",
        "key concept",
        "key idea",
        "key point",
        "meaning",
        "note",
        "origin",
        "overview",
        "pro",
        "pros & cons",
        "pros and cons",
        "purpose",
        "python code",
        "python example",
        "quick summary",
        "real world example",
        "simple definition",
        "step by step",
        "summary",
        "summary table",
        "tip",
        "tool",
        "use case",
        "use when",
        "value",
        "why it matter",
    }
)

# A heading holding any of these words is a section label ("Use Cases of GANs",
# "Python Code Example"), not a term; nor is one that asks a question.
_HEADING_LABEL_WORDS = frozenset(
    {
        "application",
        "applications",
        "benefit",
        "benefits",
        "challenge",
        "challenges",
        "characteristic",
        "characteristics",
        "code",
        "common",
        "comparison",
        "component",
        "components",
        "concept",
        "concepts",
        "con",
        "cons",
        "definition",
        "example",
        "examples",
        "explained",
        "explanation",
        "final",
        "framework",
        "frameworks",
        "guideline",
        "guidelines",
        "idea",
        "interview",
        "key",
        "line",
        "note",
        "notes",
        "origin",
        "overview",
        "popular",
        "pro",
        "pros",
        "purpose",
        "python",
        "quick",
        "real",
        "simple",
        "structure",
        "summary",
        "table",
        "tip",
        "tips",
        "tool",
        "tools",
        "type",
        "types",
        "use",
        "used",
        "variant",
        "variants",
        "vs",
    }
)
_QUESTION_WORDS = frozenset(
    {"what", "how", "why", "when", "where", "which", "who", "can", "is", "are", "does", "do"}
)
# Tables whose first column lists these hold pros, cons or example data, not terms.
_SKIPPED_TABLE_HEADERS = frozenset(
    {
        "advantage",
        "aspect",
        "con",
        "criteria",
        "disadvantage",
        "example",
        "feature",
        "pro",
        "reason",
    }
)
# Bold for emphasis, not terms: "this does **not** prove causation".
_EMPHASIS_WORDS = frozenset(
    {"all", "always", "any", "must", "never", "no", "none", "not", "only", "yes"}
)
# "Bonus: Exploratory Data Analysis": the label before the colon goes.
_LABEL_PREFIXES = frozenset({"bonus", "e.g", "eg", "i.e", "ie", "note", "tip"})

# Words a multi-word term may leave out of a typed answer and still be covered.
_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "this",
        "to",
        "via",
        "vs",
        "with",
    }
)

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ENUMERATION = re.compile(r"^\(?\d+[.)]\s+|^[-*+]\s+")
_PARENS = re.compile(r"\(([^()]*)\)")
_EXAMPLE_REMARK = re.compile(r"\(\s*(?:e\.\s*g\.?|i\.\s*e\.?|eg|ie)[,:]?\s[^()]*\)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")


# --- extraction ----------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    term: str
    order: int  # first appearance
    words: int
    mentions: int = 0  # times the answer's prose says it


def key_terms(answer_markdown: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    """The key terms of a model answer, in order of first appearance, at most `limit`.

    Candidates are bold phrases (`**x**`, `__x__`), the first cell of each table body
    row (except in tables of pros/cons, features or examples) and headings that are
    not section labels. Code blocks are ignored. Each is cleaned of emoji, Markdown,
    list numbering and trailing colons; generic labels ("Definition", "Use Cases",
    "Interview One-Liner", "Pros & Cons", …), phrases of more than five words, bare
    numbers and single letters are dropped; duplicates (case, plural and hyphen
    insensitive) keep their first spelling. When more than `limit` remain, the
    shortest (fewest words) are kept, earlier ones winning ties.
    """
    candidates: list[_Candidate] = []
    seen: set[str] = set()

    def add(raw: str, *, heading: bool = False) -> None:
        term = clean_term(raw)
        if not _acceptable(term, heading=heading):
            return
        keys = _dedupe_keys(term)
        if keys & seen:
            return
        seen.update(keys)
        candidates.append(_Candidate(term, len(candidates), _word_count(term)))

    lines = _prose_lines(answer_markdown)
    i = 0
    while i < len(lines):
        line = lines[i]
        if _TABLE_ROW.match(line) and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            header = clean_term(_cells(line)[0]) if _cells(line) else ""
            skip = _label_key(header) in _SKIPPED_TABLE_HEADERS
            i += 2
            while i < len(lines) and _TABLE_ROW.match(lines[i]):
                cells = _cells(lines[i])
                for bold in _bold_spans(lines[i]):
                    add(bold)
                if cells and not skip:
                    add(cells[0])
                i += 1
            continue
        heading = _HEADING.match(line)
        for bold in _bold_spans(line):
            add(bold)
        if heading:
            add(heading.group(1), heading=True)
        i += 1

    if len(candidates) > limit:
        prose = _tokens("\n".join(lines))
        for candidate in candidates:
            candidate.mentions = _mentions(candidate.term, prose)
        best = sorted(candidates, key=_rank)[: max(limit, 0)]
        candidates = sorted(best, key=lambda c: c.order)
    return [c.term for c in candidates]


def _rank(candidate: _Candidate) -> tuple[int, int, int, int]:
    """Short terms first, then those the answer keeps coming back to, then earlier ones.

    A phrase of four or five words is rarely a term, so any shorter one beats it; among
    the short ones a term said three times ("centroid") outranks a word bolded once for
    emphasis ("fool").
    """
    return (
        int(candidate.words > 3),
        -min(candidate.mentions, 3),
        candidate.words,
        candidate.order,
    )


def _mentions(term: str, prose: Sequence[str]) -> int:
    words = _tokens(_PARENS.sub(" ", term)) or _tokens(term)
    if not words:
        return 0
    wanted = [_variants(w) for w in words]
    count = 0
    for start in range(len(prose) - len(words) + 1):
        if all(_variants(prose[start + k]) & forms for k, forms in enumerate(wanted)):
            count += 1
    return count


def _prose_lines(markdown: str) -> list[str]:
    """The answer's lines outside fenced code blocks (a `# comment` there is no heading)."""
    lines: list[str] = []
    fence: str | None = None
    for line in markdown.splitlines():
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)[0]
            continue
        if fence is not None:
            if match and match.group(1)[0] == fence:
                fence = None
            continue
        lines.append(line)
    return lines


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", inner)]


def _bold_spans(line: str) -> list[str]:
    return [a or b for a, b in _BOLD.findall(line)]


def clean_term(raw: str) -> str:
    """A candidate as shown to the user: no emoji, Markdown, numbering or trailing colon."""
    text = _LINK.sub(r"\1", raw)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    text = _EXAMPLE_REMARK.sub(" ", text)  # "Gradient Boosting (e.g., XGBoost)"
    text = "".join(
        " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Cn") else ch
        for ch in text
        if ch not in "\u200d\ufe0e\ufe0f"  # zero-width joiner, emoji variation selectors
    )
    text = " ".join(text.split())
    text = text.strip(" *_\"'“”‘’")
    text = _ENUMERATION.sub("", text)
    text = text.rstrip(" :;,.-–—").strip(" *_")
    label, colon, rest = text.partition(": ")
    if colon and rest and _label_key(label) in GENERIC_LABELS | _LABEL_PREFIXES:
        text = rest.strip()  # "Bonus: Exploratory Data Analysis" names the analysis
    return text


def _acceptable(term: str, *, heading: bool) -> bool:
    if sum(ch.isalpha() for ch in term) < 2 or "=" in term:
        return False
    tokens = _tokens(term)
    if all(t in _STOPWORDS or t in _EMPHASIS_WORDS for t in tokens):
        return False
    if _word_count(term) > MAX_WORDS:
        return False
    if _label_key(term) in GENERIC_LABELS:
        return False
    if heading:
        words = [w.casefold() for w in _WORD.findall(_PARENS.sub(" ", term))]
        if not words or term.endswith("?") or words[0] in _QUESTION_WORDS:
            return False
        if any(w in _HEADING_LABEL_WORDS for w in words):
            return False
    return True


def _word_count(term: str) -> int:
    """Words of the term outside parentheses: "Gaussian Mixture Models (GMM)" has three."""
    return len(_PARENS.sub(" ", term).split()) or len(term.split())


def _label_key(term: str) -> str:
    """A term reduced for comparison with the generic labels: lower case, singular,
    hyphens as spaces, parenthetical remarks dropped ("Simple Definition (Interview-Ready)")."""
    text = _PARENS.sub(" ", term).casefold().replace("-", " ").replace("’", "'")
    words = re.findall(r"[^\W_]+|&", text)
    return " ".join(_singular(w) for w in words)


def _dedupe_keys(term: str) -> set[str]:
    """Keys shared by spellings of one term: case, plural and hyphens aside, and each
    name in it ("GAN (Generative Adversarial Network)" is a repeat of "GAN" and of
    "Generative Adversarial Network (GAN)")."""
    keys = {"".join(_singular(t) for t in _tokens(name)) for name in _alternatives(term)}
    keys.discard("")
    return keys


# --- coverage ------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    """Lower-case words without diacritics; every non-alphanumeric character separates."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(stripped)


def _singular(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _variants(word: str) -> set[str]:
    """The forms a word may stand for: itself and what it would be without a plural ending.

    Comparing sets of variants (not one stemmed form) keeps "bias" and "biases",
    "class" and "classes", "centroid" and "centroids" together without a full stemmer.
    """
    forms = {word, _singular(word)}
    if len(word) > 3 and word.endswith("s"):
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
    return forms


def _alternatives(term: str) -> list[str]:
    """A term and the ways it may be named: "Gaussian Mixture Models (GMM)" is covered by
    the words outside the parentheses or by "GMM"."""
    alternatives = [term]
    inner = [m.strip() for m in _PARENS.findall(term) if m.strip() and "," not in m]
    if inner:
        alternatives.append(_PARENS.sub(" ", term))
        alternatives.extend(inner)
    return alternatives


@dataclass(frozen=True, slots=True)
class _Typed:
    tokens: tuple[str, ...]
    forms: frozenset[str]  # every variant of every token


def _prepare(typed: str) -> _Typed:
    tokens = tuple(_tokens(typed))
    forms: set[str] = set()
    for token in tokens:
        forms |= _variants(token)
    return _Typed(tokens, frozenset(forms))


def covered(term: str, typed: str | _Typed) -> bool:
    """True when the typed answer mentions the term.

    Case, diacritics and plural endings do not matter, and hyphens, spaces and other
    punctuation are interchangeable or optional: "Centroids" covers "centroid",
    "elbow-method" covers "Elbow Method", "k means" and "kmeans" cover "K-Means". A
    multi-word term is covered when all its significant words appear anywhere (small
    words such as "of" and "the" may be left out); a parenthetical alternative counts
    on its own ("GMM" covers "Gaussian Mixture Models (GMM)").
    """
    text = typed if isinstance(typed, _Typed) else _prepare(typed)
    if not text.tokens:
        return False
    for alternative in _alternatives(term):
        words = _tokens(alternative)
        if not words:
            continue
        significant = [w for w in words if w not in _STOPWORDS] or words
        if all(_variants(w) & text.forms for w in significant):
            return True
        if _joined_match(words, text.tokens):
            return True
    return False


def _joined_match(words: Sequence[str], tokens: Sequence[str]) -> bool:
    """The term's words written together or apart: "kmeans" ~ "k means" ~ "K-Means"."""
    target = _variants("".join(words))
    if len(min(target, key=len)) < 3:
        return False
    span = len(words) + 2
    for start in range(len(tokens)):
        joined = ""
        for token in tokens[start : start + span]:
            joined += token
            if _variants(joined) & target:
                return True
    return False


def ticked_terms(terms: Iterable[str], typed: str) -> list[bool]:
    """For each term, whether the typed answer covers it (the automatic ticks)."""
    prepared = _prepare(typed)
    return [covered(term, prepared) for term in terms]


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

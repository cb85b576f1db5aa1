"""What a model answer says of the names it marks, as part of their key points. No Qt.

A list of bold names each followed by what it means is a glossary:

    - **Atomicity**: a transaction happens completely or not at all.
    - **Consistency**: a transaction moves the database from one valid state to another.

Its names alone are what a misconception says too ("atomicity means transactions run
one at a time"): the point of such an item is "Atomicity: happens completely or not
at all", said when the typed answer names it and says what it means about it
(`keymatch.said`, each side in its own stretch of the typed answer). A list whose
leads are actions or long phrases ("**Use connection pooling**: …") keeps its leads:
saying the action is the idea.

A point of symbols only ("TP", "CP") likewise becomes "CP: refuses requests to stay
consistent" (`glossed`), or goes when the answer says nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core import keyphrases
from studyapp.core.keyheard import word_set, written_together
from studyapp.core.keylabels import clean_term
from studyapp.core.keymatch import (
    STOPWORDS,
    Heard,
    asked_stems,
    split_point,
    statement,
    stem,
    words,
)
from studyapp.core.keysynonyms import known_phrase

# A question that asks for the names ("Which models can you use …?", "What types of
# NoSQL databases are there?", "Name three …"): each name said is an answer to it.
_ASKS_NAMES = re.compile(
    r"\b(?:which|types?|kinds?|sorts?|categor(?:y|ies)|famil(?:y|ies)|examples?|name|list)\b",
    re.IGNORECASE,
)
_LEADING_ARROW = re.compile(r"^\s*(?:→|->|=>)\s*")
_ARROW = re.compile(r"\s(?:→|->|=>)\s")
_QUESTION_FIRST = re.compile(r"[^?\n]{1,80}\?\s+(?=\w)")  # "can it take traffic? …"
MAX_POINT_WORDS = 8  # a point with what the answer says of it ("Bias: error from …")
GLOSSARY_ENTRIES = 2  # this many bold names said of in one answer's lists make a glossary
NAME_WORDS = 3  # a glossary's name is this short or shorter
GLOSS_WORDS = 2  # what it says of a name: this many content words at least
MEANING_WORDS = 10  # and at most this many words (its first clause, or the opening of it)


def gloss_of(text: str, name: str) -> str:
    """What `text` (a gloss; "**…**" when marked) says, short enough to follow `name`;
    not cut between a verb and what completes it ("input example is paired [with the
    correct output]"): to its clause's end then, while short enough (`WHOLE_WORDS`)."""
    said = _gloss_of(text, name)
    at = text.find(said) if said else -1
    rest = re.match(r"\s+(?:with|to|by|from|into|as|for|on)\s+[^,;:.!?()]+", text[at + len(said) :])
    if at < 0 or not rest or not re.search(r"\w(?:ed|en)$", said):
        return said
    whole = f"{said}{rest[0]}".strip()
    return whole if len(whole.split()) <= WHOLE_WORDS else said


def with_contrast(said: str, text: str) -> str:
    """A gloss cut from `text` with the contrast that follows it there (", but …"), when
    the two are short enough to say (`WHOLE_WORDS`): that half is what tells it apart
    ("Read committed: no dirty reads, but non-repeatable reads can happen")."""
    at = text.find(said) if said else -1
    contrast = re.match(r",?\s+but\s+([^,;.]+)", text[at + len(said) :]) if at >= 0 else None
    if contrast and len(said.split()) + 1 + len(contrast[1].split()) <= WHOLE_WORDS:
        return f"{said}, but {contrast[1].strip()}"
    return said


WHOLE_WORDS = 12  # a gloss no shorter cut says: whole, up to this many words


def _whole(text: str) -> str:
    """A gloss's first clause, which no shorter cut says, whole while it can be said
    ("2NF: no non-key column depends on only part of a composite key"); "" when longer."""
    clause = _first_clause(text)
    return clause if len(clause.split()) <= WHOLE_WORDS else ""


def _first_clause(text: str) -> str:
    """The first clause of a gloss, up to a semicolon, a dash or a sentence's end, with
    no formula and no list in it; "" where it has none."""
    clause = re.split(r";|\s[–—-]\s|(?<=[.!?])\s", keyphrases.first_sentence(text.strip()))[0]
    clause = clause.strip().rstrip(".,:!?")
    # (a comma after a condition that opens it is no list: "once signed, the record …")
    listing = re.search(r",", _CONDITION_OPENING.sub("", clause, count=1))
    return "" if not words(clause) or re.search(r"[=→]", clause) or listing else clause


_CONDITION_OPENING = re.compile(r"^(?:once|if|when|unless|after|before)\s+\w+(?:\s+\w+)?,", re.I)


def _gloss_of(text: str, name: str) -> str:
    most = min(6, max(2, MAX_POINT_WORDS - len(name.split())))
    marked = clean_term(text) if text.startswith("**") else ""
    if 0 < len(marked.split()) <= most:
        return marked
    said = keyphrases.gloss(marked or text, most) or _opening(marked or text, most)
    if said and _subject_only(said, marked or text):
        # "running the same input multiple times" of "… can produce different
        # results": the condition without what follows from it; the whole clause, when
        # short enough to be said, or nothing
        whole = keyphrases.first_sentence(marked or text).strip().rstrip(".,;:")
        return whole if len(whole.split()) <= MEANING_WORDS and "," not in whole else ""
    if not said and (answered := _QUESTION_FIRST.match(text)):
        # "is the process wedged? fail -> kubelet restarts container": the note asks what
        # the name checks, and says what it does after the question
        return _gloss_of(text[answered.end() :], name)
    return said


def _subject_only(said: str, text: str) -> bool:
    """Whether a gloss cut from `text` stops where its clause's verb comes: the next
    word, with no mark between, is an auxiliary or a verb ("… multiple times | can
    produce …"; not "keeps every row, including duplicates")."""
    from studyapp.core.keyclauses import verb  # (it imports keyphrases)

    at = text.find(said)
    after = re.match(r"\s+([^\W\d_]+)", text[at + len(said) :]) if at >= 0 and said else None
    if after is None:
        return False
    following = after[1].casefold()
    return following in _VERB_NEXT or verb(following)


_VERB_NEXT = word_set(
    "can cannot could may might must should will would shall is are was were does do"
)


def _opening(text: str, most: int) -> str:
    """The predicate a clause that `keyphrases.gloss` cuts to nothing opens with, up to
    the word after its "be": "object can be changed after it is created" → "object can
    be changed"; "" when it has none."""
    pieces = keyphrases.first_sentence(text.strip()).split()
    while pieces and pieces[0].casefold() in keyphrases.PLAIN_WORDS:
        pieces = pieces[1:]
    for at, piece in enumerate(pieces[: most - 1]):
        if at and piece.casefold() in _BE:
            rest = pieces[at + 1 : at + 3]
            more = 2 if rest and rest[0].casefold() in ("not", "never") else 1
            said = pieces[: at + 1 + more]
            return " ".join(said).strip(".,;:") if len(said) <= most else ""
    return ""


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})


def glossed(candidate) -> bool:
    """A point of symbols only ("TP", "CP") says nothing on its own: it becomes "CP:
    refuses requests to stay consistent", with what the answer says of it; one with a
    name in parentheses ("PQ (Product Quantization)") may stay as it is. False when
    neither: the point goes."""
    text = candidate.gloss.strip()
    said = gloss_of(text, candidate.term) if text else ""
    if text and not said and not text.startswith("**"):
        said = _whole(text)
    if said:
        candidate.term = f"{candidate.term}: {said}"
    return bool(said) or not keyphrases.symbolic(candidate.term)


def _name(term: str) -> bool:
    """Whether a lead names a thing ("Atomicity", "Partition tolerance") rather than
    says an action or a clause ("Use connection pooling", "Keep it short")."""
    from studyapp.core.keyclauses import verb  # (it imports keyphrases)

    found = words(term)
    if not found or len(found) > NAME_WORDS or found[0] in keyphrases.PLAIN_WORDS:
        return False  # ("Use validation")
    # A verb with its object is an action ("Avoid global state"); a verb with a
    # participle or alone names a thing ("Read committed", "Open/closed", "Cache").
    return len(found) == 1 or not verb(found[0]) or found[1].endswith("ed")


def _examples(meaning: str) -> bool:
    """Whether what an item says of its name only lists examples or other names
    ("ChatGPT, Claude", "Sora OpenAI", "Machine Learning"): no meaning to say."""
    found = meaning.split()
    names = sum(1 for w in found[1:] if w[:1].isupper() or not w[:1].isalpha())
    return ("," in meaning and names * 2 >= len(found) - 1) or (
        len(found) > 1 and names == len(found) - 1
    )


def _what_is_said(candidate, least: int = GLOSS_WORDS) -> str:
    if not candidate.entry or not candidate.gloss or split_point(candidate.term)[1]:
        return ""
    if not _name(candidate.term):
        return ""
    text = _LEADING_ARROW.sub("", candidate.gloss.strip())  # "**Temperature = 0** → makes …"
    if _ARROW.search(text):  # what the chain leads to ("in image generation → Fixing
        text = _ARROW.split(text)[-1].strip()  # the seed ensures repeatability")
    if known_phrase(text):
        return text.strip(" .;:!")  # "**Atomicity**: all or nothing": small words, one idea
    said = (
        clean_term(text)
        if text.startswith("**")
        else with_contrast(keyphrases.gloss(text, MEANING_WORDS) or _whole(text), text)
    )
    content = [w for w in words(said) if w not in keyphrases.PLAIN_WORDS]
    if len(content) < least and not text.startswith("**"):  # ("once signed, the record …")
        said = _whole(text)
        content = [w for w in words(said) if w not in keyphrases.PLAIN_WORDS]
    return said if len(content) >= least and not _examples(said) else ""


def _defined_alone(candidate) -> bool:
    """Whether a list item's lead is one word that what follows defines ("- **Idempotent**:
    repeating it has the same effect"): a point with its meaning even as the list's only
    entry, where the word alone is what any answer naming it says. Not what a setting
    leads to ("**Temperature = 0** → always the likeliest token")."""
    return len(candidate.term.split()) == 1 and not _LEADING_ARROW.match(candidate.gloss)


def with_meanings(candidates: Sequence, question: str = "") -> None:
    """Each entry of a glossary (see the module's docstring) among the points becomes
    "Name: what the answer says of it", in place; when the answer marks fewer than
    `GLOSSARY_ENTRIES` such names, each with something said of it, only a one-word name
    defined (`_defined_alone`); none when the
    question asks for names ("Which models …?", "What types of …?"): naming them
    answers it."""
    if _ASKS_NAMES.search(question):
        return
    said = [(c, _what_is_said(c)) for c in candidates]
    entries = [(c, s) for c, s in said if s]
    # (a numbered step's name says what it means in a word too: "Situation: the context")
    briefly = [(c, s or (_what_is_said(c, least=1) if c.step else "")) for c, s in said]
    if len(entries) < GLOSSARY_ENTRIES and sum(bool(s) for _, s in briefly) < GLOSSARY_ENTRIES:
        entries = [(c, s) for c, s in entries if _defined_alone(c)]
    else:
        entries = [(c, s) for c, s in briefly if s]
    for candidate, meaning in entries:
        candidate.term = f"{candidate.term}: {meaning}"


# What a point says its name does ("Load balancer: spreads incoming requests across the
# app servers"): said without the name when this many of its own words at least, and
# this share of them, are typed in one clause, in a sentence that names no other point;
# never where another point says half the same words ("and: returns the first falsy …",
# "or: returns the first truthy …"), which only their names tell apart.
WORK_WORDS = 3
WORK_SHARE = 2 / 3


def said_by_its_work(point: str, points: Sequence[str], text: Heard, question: str = "") -> bool:
    """Whether the typed answer says what a point's name does, in its own words, without
    the name: "requests are spread across the app servers by something in front" says
    "Load balancer: spreads incoming requests across the app servers". Not in a clause
    that names another point ("the cache spreads requests across the app servers")."""
    from studyapp.core.keyclauses import own_words  # (it imports keymatch)

    name, gloss = split_point(point)
    if not gloss or not statement(gloss):
        return False
    glossed = [split_point(p) for p in points if p != point and split_point(p)[1]]
    named = {stem(w) for w in words(name)}
    own = [w for w in own_words(gloss, asked_stems(question)) if stem(w) not in named]
    own = list(dict.fromkeys(own))
    mine = {stem(w) for w in own}
    if len(own) < WORK_WORDS or any(  # a mirror of another's: its name tells them apart
        2 * len(mine & {stem(w) for w in words(said_of)}) >= len(mine) for _, said_of in glossed
    ):
        return False
    layout = text.layout  # (in one clause: not a list of words, "decouples, producer, …")
    clauses: dict[int, list[int]] = {}
    sentences: dict[int, list[int]] = {}
    for i, (c, s) in enumerate(zip(layout.clause, layout.sentence, strict=True)):
        clauses.setdefault(c, []).append(i)
        sentences.setdefault(s, []).append(i)
    for at in sorted(clauses):
        part = text.part(clauses[at])
        found = sum(1 for w in own if part.positions(w) or part.derived(w))
        if found < WORK_WORDS or found < WORK_SHARE * len(own):
            continue
        sentence = text.part(sentences[layout.sentence[clauses[at][0]]])
        if not any(_names(other, named, sentence) for other, _ in glossed):
            return True
    return False


def _names(other: str, named: set[str], text: Heard) -> bool:
    """Whether the typed words name another point by the words that tell its name from
    this one's ("POST" of "Use POST" beside "Use GET"), asked about or not."""
    telling = [w for w in words(other) if stem(w) not in named and w not in STOPWORDS]
    if not telling:  # a keyword in capitals, typed so: "IN" beside "EXISTS"
        keywords = [k for k in re.findall(r"\b[A-Z]{2,}\b", other) if k.casefold() in STOPWORDS]
        typed = text.spelling.typed  # (what the typed answer writes in capitals)
        return bool(keywords) and all(
            k.casefold() in typed and k.casefold() in text.tokens for k in keywords
        )
    from studyapp.core.keysides import numbered_opening  # (it imports keymatch)

    # (or by the numbered word it opens with, as sides are: "IPv4" of "IPv4 addresses")
    return (
        all(text.positions(w) for w in telling)
        or bool(written_together(telling, text))
        or numbered_opening(telling, text)
    )

"""A denial a model answer stresses, as a key point of its own. No Qt here.

Bold on a negated verb ("It **does not imply** that one variable causes the other",
"A hash index **cannot serve** range queries") marks the claim the answer warns about:
the misconception it sets right, often the very fact the question is asked for
("Correlation vs Causation"). The bold words alone are no point ("does not imply"); the
clause they stand in is, with its subject ("Correlation: does not imply that one
variable causes the other"), its "it" or "this" read as what the section's paragraph
defined last. Its "not" is then kept as any point's is (`keydenial`): an answer that
asserts the claim ("correlation implies causation") does not say it.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import word_set, words

# Negations of a verb (not of a noun: "**without a lock**" stresses a condition).
_VERB_NEGATIONS = word_set("not never cannot")
_NT = re.compile(r"\w+n[’']t\b", re.I)  # "doesn't", "can't"
# Words that stand for the thing the paragraph before spoke of.
_REFERRING = word_set("it this")
# Where a stressed clause ends: a sentence's end, a semicolon or colon, a dash.
_CLAUSE_EDGE = re.compile(r"[.;:!?]\s|[.;:!?]$|\s[–—]\s")
CLAIM_WORDS = 12  # a longer clause is an example's detail, not a claim to hear


def denied_verb(span: str) -> bool:
    """Whether a marked span negates a verb ("does not imply", "can't scale", "never
    blocks"), not a noun ("without a lock", "no labels") nor a state ("not the same")."""
    from studyapp.core.keyclauses import verb  # (it imports keyphrases)

    found = words(span)
    if not (set(found) & _VERB_NEGATIONS or _NT.search(span)):
        return False
    return any(verb(w) for w in found if w not in _VERB_NEGATIONS and w != "t")


def stressed_claim(text: str, span: str, subject: str) -> str:
    """The clause of `text` the stressed denial `span` stands in, as a point: "Subject:
    what is denied" where the clause opens with "it"/"this" (`subject`: what the
    paragraph before defined), else the clause whole; "" where there is no such clause,
    it refers to nothing known, or it is too long to be one claim."""
    at = text.find(span)
    if at < 0:
        return ""
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)]
    start = edges[-1] if edges else 0
    end_match = _CLAUSE_EDGE.search(text, at + len(span))
    clause = text[start : end_match.start() if end_match else len(text)].strip(" *_,")
    clause = re.sub(r"[*_]{1,2}", "", clause)
    found = words(clause)
    if not found or len(found) > CLAIM_WORDS:
        return ""
    if found[0] in _REFERRING:
        if not subject:
            return ""
        return f"{subject}: {clause.split(None, 1)[1]}"
    if found[0] in _PLURAL_REFERRING:
        return ""  # (whom "they" are is not told by one name)
    return clause


_PLURAL_REFERRING = word_set("they these those he she we you")

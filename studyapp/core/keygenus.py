"""The kind of thing a model answer says the asked thing is, which goes without saying.
No Qt here.

"What is a generator in Python?" answered "A generator is a function defined with
**yield** …": the point "function defined with yield" is said by "it uses yield instead
of return", whose "it" is the generator, a function already. The word that names the
kind ("function", the genus the answer's first sentence puts the asked thing in) is
then heard as the question's own words are: it may be left out where the rest is said.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, stem, words

# "A generator is a function …", "React.memo is a higher-order component …"
_DEFINES = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?P<subject>[^\s,;:]+(?:\s+[^\s,;:]+){0,2}?)\s+(?:is|are)\s+"
    r"(?:(?:an?|the)\s+)?(?P<kind>(?:[^\W\d_][\w-]*\s+){0,2}?[^\W\d_][\w-]*)"
    r"\s+(?:defined|declared|written|that|which|who|with|used|whose|made|built)\b",
    re.IGNORECASE,
)


def kind_of_asked(question: str, answer: str) -> str:
    """The kind the answer's opening says the asked thing is ("function"), or "" when it
    does not open by saying what the asked thing is."""
    opening = re.sub(r"[*_`]", "", answer.strip()).split("\n", 1)[0]
    found = _DEFINES.match(opening)
    if not found:
        return ""
    asked = {stem(w) for w in words(question)}
    subject = [w for w in words(found["subject"]) if w not in STOPWORDS]
    kind = [w for w in words(found["kind"]) if w not in STOPWORDS]
    if not subject or not kind or not all(stem(w) in asked for w in subject):
        return ""
    return "" if any(stem(w) in asked for w in kind) else " ".join(kind)


def with_kind(question: str, answer: str) -> str:
    """The question, with the kind the answer says the asked thing is before it, so its
    words go without saying as the question's do; a question comparing two things as it
    is (its sides are read from it: `keymarksides.question_sides`)."""
    from studyapp.core.keymarksides import question_sides

    if not question or not answer or question_sides(question):
        return question
    kind = kind_of_asked(question, answer)
    return f"({kind}) {question}" if kind else question

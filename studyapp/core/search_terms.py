"""A search as typed, read as Anki's browser reads it: words, and terms that name
what a question is rather than what it says.

- ``tag:NAME`` (core.question_tags), ``flag:1`` … ``flag:7``, ``flag:0``,
  ``is:flagged`` (core.flags), as before;
- ``is:due``, ``is:new``, ``is:learn``, ``is:review``, ``is:suspended``,
  ``is:buried``: the question's card, as Anki's are (`STATES`);
- ``deck:NAME``: a deck and what is under it, its topics being its sub-decks
  (``deck:Backend::Networking``); ``*`` stands for any letters and ``_`` for one, as
  in Anki; ``deck:"System Design"`` (or ``"deck:System Design"``) for a name with
  spaces;
- ``-`` before a term or a word leaves those questions out (``-is:suspended``,
  ``-tag:easy``, ``-recursion``).

Each term narrows the search (several flags: any of them, as "flag:1 flag:4" reads
as a list of colours). A term not understood (``prop:ivl>10``, ``is:nonsense``,
``flag:9``) is said (`Search.problems`): before, "is:due" was searched as the words
"is" and "due", and "deck:…" matched nothing with no word of why. No Qt and no SQL
here: the store runs the search (core.store.decks), the window shows its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.core.flags import FLAG_NAMES
from studyapp.core.question_tags import NAMELESS_TAG_HINT

__all__ = ["STATES", "Search", "Term", "deck_test", "parse_search"]

# Anki's card states a search may name (is:STATE), in Anki's words.
STATES = ("due", "new", "learn", "review", "suspended", "buried")

KNOWN_TERMS = (
    "tag:NAME, deck:NAME, flag:0–7, is:flagged, is:due, is:new, is:learn, is:review,"
    " is:suspended, is:buried; - before a term or a word leaves those out"
)
NAMELESS_DECK_HINT = (
    "“deck:” takes a deck's name after it: deck:Backend, deck:Backend::Networking for"
    " a topic, deck:Back* for every deck starting so."
)

# A token: letters and quoted parts glued together ('deck:"System Design"' is one).
_TOKEN_RE = re.compile(r'(?:[^\s"]+|"[^"]*"?)+')
# A term: a name of letters, one colon, then its value. Two colons ("std::vector")
# or a slash after ("https://…") are a word as written, not a term.
_TERM_RE = re.compile(r"([^\W\d_]+):(?![:/])(.*)", re.DOTALL)


_KEYS = ("tag", "deck", "flag", "is")


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a search: `kind` "tag", "deck", "is" or "flag", its `value` (a
    tag's or deck's name, a state of `STATES`, flag numbers joined by commas),
    `negated` for one written with a "-" before it."""

    kind: str
    value: str
    negated: bool = False

    def flags(self) -> frozenset[int]:
        """The flag numbers of a "flag" term."""
        return frozenset(int(f) for f in self.value.split(","))


@dataclass(frozen=True, slots=True)
class Search:
    """A search read (`parse_search`): the words the index matches, those written with
    a "-" (questions with them are left out), the terms, and what was not understood."""

    words: str = ""
    without_words: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def plain(self) -> bool:
        """Only words: the search index alone answers it, ranked."""
        return not (self.terms or self.without_words or self.problems)

    @property
    def understood(self) -> bool:
        return not self.problems


def parse_search(text: str) -> Search:
    """`text` read as Anki's browser reads a search (see the module)."""
    words: list[str] = []
    without: list[str] = []
    terms: list[Term] = []
    problems: list[str] = []
    for token in _TOKEN_RE.findall(text):
        bare = token.replace('"', "")
        negated = bare.startswith("-") and len(bare) > 1
        body = bare[1:] if negated else bare
        found = _TERM_RE.fullmatch(body)
        if found is None or (found.group(1).casefold() not in _KEYS and not found.group(2)):
            # (a word and its colon, "Note:", is the word)
            (without if negated else words).append(body)
            continue
        term, problem = _term(found.group(1).casefold(), found.group(2).strip(), negated)
        if problem:
            problems.append(problem.replace("{token}", token))
        elif term is not None:
            terms.append(term)
    return Search(" ".join(words), tuple(without), _flags_joined(terms), tuple(problems))


def _term(key: str, value: str, negated: bool) -> tuple[Term | None, str]:
    """The term `key:value`, or what is wrong with it."""
    not_understood = f"“{{token}}” is not understood. A search takes words and {KNOWN_TERMS}."
    if key == "tag":
        name = value.strip(":/")
        return (Term("tag", name, negated), "") if name else (None, NAMELESS_TAG_HINT)
    if key == "deck":
        return (Term("deck", value, negated), "") if value else (None, NAMELESS_DECK_HINT)
    if key == "flag":
        if value.isdigit() and (int(value) in FLAG_NAMES or value == "0"):
            return Term("flag", str(int(value)), negated), ""
        return None, not_understood
    if key == "is":
        state = value.casefold()
        if state == "flagged":
            return Term("flag", ",".join(str(f) for f in FLAG_NAMES), negated), ""
        if state in STATES:
            return Term("is", state, negated), ""
    return None, not_understood


def _flags_joined(terms: list[Term]) -> tuple[Term, ...]:
    """The terms with the flags asked for in one term: a question with any of them
    ("flag:1 flag:4"); flags left out stay each a term of their own."""
    wanted = [t for t in terms if t.kind == "flag" and not t.negated]
    rest = tuple(t for t in terms if t not in wanted)
    if not wanted:
        return rest
    flags = sorted(set().union(*(t.flags() for t in wanted)))
    return (Term("flag", ",".join(str(f) for f in flags)), *rest)


def deck_test(pattern: str) -> Callable[[str], bool]:
    """Whether a deck's path ("Backend::Networking::TCP", a topic's path under its
    deck) is the deck `pattern` names or lies under it, as Anki's ``deck:``: case
    aside, ``*`` for any letters, ``_`` for one."""
    wanted = re.escape(pattern.casefold()).replace(r"\*", ".*").replace("_", ".")
    found = re.compile(rf"{wanted}(?:::.*)?", re.DOTALL)
    return lambda path: found.fullmatch(path.casefold()) is not None

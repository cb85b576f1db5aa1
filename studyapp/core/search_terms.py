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
- ``prop:due=1`` (due tomorrow), ``prop:due<=0`` (due by the end of today),
  ``prop:due=-1`` (due yesterday, not answered since), with ``=``, ``!=``, ``<``,
  ``>``, ``<=`` or ``>=`` and whole days from today, as Anki's: a question in its
  steps or in review, neither suspended nor buried (`due_days_test`); before, "not
  understood". Anki's other properties (``prop:ivl>10``) are not;
- ``-`` before a term or a word leaves those questions out (``-is:suspended``,
  ``-tag:easy``, ``-recursion``);
- ``"tcp handshake"``: words in quotes are a phrase, those words whole, in that
  order, next to each other within a sentence of a title or an answer (`phrase_test`); ``*`` in it
  stands for any characters and ``_`` for one, as in Anki. Before, they were searched
  as words apart, each a word's start, the exact wording only ranked first.

Each term narrows the search (several flags: any of them, as "flag:1 flag:4" reads
as a list of colours); ``and`` (any case, as Anki's ``AND``) between two parts says
so aloud, as a space does (``dog and cat`` is ``dog cat``; before, "and" was
searched as a word). ``or`` (any case, as Anki's ``OR``) between two parts finds
either, and brackets group, "and" binding tighter than ``or``:
``(is:new or is:due) deck:Backend*``, ``-(tcp or udp)``; in quotes ``or``, ``and`` and
brackets are words ("tcp or udp"), and a bracket glued to a word is the word's
("O(n)", "f(x)": a call, as the index searches it). A term not understood
(``prop:ivl>10``, ``prop:due=soon``, ``is:nonsense``, ``flag:9``), a bracket without its pair and an
``or`` or ``and`` with nothing on a side are said (`Search.problems`): before, "is:due" was
searched as the words "is" and "due", "deck:…" matched nothing with no word of why,
and "or" and brackets were searched as words. No Qt and no SQL here: the store runs
the search (core.store.decks, core.store.term_search), the window shows its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.core.flags import FLAG_NAMES
from studyapp.core.question_tags import NAMELESS_TAG_HINT, anki_wildcards

__all__ = [
    "STATES",
    "TIMED_STATES",
    "Group",
    "Search",
    "Term",
    "deck_test",
    "parse_search",
    "phrase_test",
    "phrase_words",
]

# Anki's card states a search may name (is:STATE), in Anki's words.
STATES = ("due", "new", "learn", "review", "suspended", "buried")
# Those the clock moves a question in and out of: a step or a review falls due, a
# burial ends with its day (and a buried learning step counts as learning again).
TIMED_STATES = frozenset({"due", "learn", "buried"})

KNOWN_TERMS = (
    "tag:NAME, deck:NAME, flag:0–7, is:flagged, is:due, is:new, is:learn, is:review,"
    " is:suspended, is:buried, prop:due=1 (days from today: = < > <= >= !=); - before"
    " a term or a word leaves those out; or between two finds either, and brackets"
    " group: (is:new or is:due) and deck:Backend"
)
NAMELESS_DECK_HINT = (
    "“deck:” takes a deck's name after it: deck:Backend, deck:Backend::Networking for"
    " a topic, deck:Back* for every deck starting so."
)
GROUPING_HINT = "Brackets come in pairs, with a search inside: (tcp or udp) deck:Backend."
PHRASE_HINT = 'A phrase\'s words go inside its quotes: "tcp handshake".'
MINUS_HINT = "-tag:easy, -recursion, -(tcp or udp)."
OR_HINT = "“or” between two parts finds either: tcp or udp, is:new or is:due."
AND_HINT = "“and” between two parts asks for both, as a space does: tcp and udp."

# The search's pieces: whitespace; a bracket opening a group ("-(" leaves the group
# out) or closing one; or a token, letters and quoted parts glued together
# ('deck:"System Design"' is one), a bracket glued after a letter with its pair close
# by being the token's ("O(log n)", "f(x)": a call, as the index searches it).
_LEX_RE = re.compile(
    r'\s+|(?P<open>-?\()|(?P<close>\))|(?P<token>(?:"[^"]*"?|(?<=\w)\([^()"]{1,40}\)|[^\s"()])+)'
)
# A term: a name of letters, one colon, then its value. Two colons ("std::vector")
# or a slash after ("https://…") are a word as written, not a term.
_TERM_RE = re.compile(r"([^\W\d_]+):(?![:/])(.*)", re.DOTALL)


_KEYS = ("tag", "deck", "flag", "is", "prop")
# Anki's prop:due: a comparison and a whole number of days from today (- before).
_DUE_RE = re.compile(r"due(<=|>=|!=|=|<|>)([-+]?\d{1,6})", re.IGNORECASE)
PROP_HINT = (
    "“prop:” takes due, a comparison and whole days from today: prop:due=1 (due"
    " tomorrow), prop:due<=0 (due by today), prop:due=-1 (due yesterday), prop:due>7."
)
_COMPARISONS: dict[str, Callable[[int, int], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
}
_OR = "or"  # Anki's OR, in any case; "or" in quotes is the word
_AND = "and"  # Anki's AND, in any case: what a space says; in quotes the word


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a search: `kind` "tag", "deck", "is", "flag", "prop" or "phrase",
    its `value` (a tag's or deck's name, a state of `STATES`, flag numbers joined by
    commas, a due day's comparison as "due<=1", the words in quotes),
    `negated` for one written with a "-" before it. In a `Group`, words are terms
    too: kind "word", the words that follow each other in its value."""

    kind: str
    value: str
    negated: bool = False

    def flags(self) -> frozenset[int]:
        """The flag numbers of a "flag" term."""
        return frozenset(int(f) for f in self.value.split(","))

    def due_days_test(self) -> Callable[[int], bool]:
        """Of a "prop" term ("due<=1"): whether a question due that many days from
        today (core.clock.days_from_today) is one it names."""
        found = _DUE_RE.fullmatch(self.value)
        assert found is not None, self.value
        compare, days = _COMPARISONS[found.group(1)], int(found.group(2))
        return lambda due_in: compare(due_in, days)


@dataclass(frozen=True, slots=True)
class Group:
    """A search with ``or``, brackets or a phrase: its parts, each of which must hold, or, with
    `any_of` ("a or b"), one of them; `negated` for "-( … )", those left out."""

    parts: tuple[Term | Group, ...]
    any_of: bool = False
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Search:
    """A search read (`parse_search`): the words the index matches, those written with
    a "-" (questions with them are left out), the terms, and what was not understood.
    A search with ``or``, brackets or a phrase is its `group` instead, its words (those found,
    not left out) in `words` for the answer to mark."""

    words: str = ""
    without_words: tuple[str, ...] = ()
    terms: tuple[Term, ...] = ()
    problems: tuple[str, ...] = ()
    group: Group | None = None
    whole: tuple[str, ...] = ()  # the words of `words` a phrase holds whole ("b" of '"b"')

    @property
    def plain(self) -> bool:
        """Only words: the search index alone answers it, ranked."""
        return not (self.terms or self.without_words or self.problems or self.group)

    @property
    def understood(self) -> bool:
        return not self.problems

    @property
    def timed(self) -> bool:
        """Whether the clock decides what it finds (a state of `TIMED_STATES`, with a
        "-" or not, anywhere in it): what it finds changes as time passes, with no
        write, so a list of its results is run again when the clock brings a change."""
        parts: list[Term | Group] = [*self.terms, *([self.group] if self.group else [])]
        while parts:
            part = parts.pop()
            if isinstance(part, Group):
                parts.extend(part.parts)
            elif (part.kind == "is" and part.value in TIMED_STATES) or part.kind == "prop":
                return True  # (a question's due day moves with today)
        return False


def parse_search(text: str) -> Search:
    """`text` read as Anki's browser reads a search (see the module)."""
    pieces = [
        (found.lastgroup, found.group()) for found in _LEX_RE.finditer(text) if found.lastgroup
    ]
    # ("or" alone is the word: the first letters of "order" typed, nothing to join)
    ors = len(pieces) > 1 and any(piece.casefold() == _OR for _kind, piece in pieces)
    # (a phrase too: its questions ranked as it finds them, not by its words apart)
    quoted = any('"' in piece and _kind_of(piece) == "phrase" for _kind, piece in pieces)
    if ors or quoted or any(kind != "token" for kind, _piece in pieces):
        return _GroupReader(text, pieces).search()
    words: list[str] = []
    without: list[str] = []
    terms: list[Term] = []
    problems: list[str] = []
    for at, (_kind, token) in enumerate(pieces):
        if len(pieces) > 1 and token.casefold() == _AND:  # (alone: "and", "android" typed)
            if not _joins(pieces, at):
                problems.append(f"“{text.strip()}” is not understood: {_AND_ALONE} {AND_HINT}")
            continue
        term, problem = _atom(token)
        if problem:
            problems.append(problem)
        elif term is not None and term.kind == "word":
            (without if term.negated else words).append(term.value)
        elif term is not None:
            terms.append(term)
    said = tuple(dict.fromkeys(problems))
    return Search(" ".join(words), tuple(without), _flags_joined(terms), said)


_AND_ALONE = "“and” needs a search on each side."


def _joins(pieces: list[tuple[str | None, str]], at: int) -> bool:
    """Whether the "and" at `at` stands between two searches (not after "(", "or" or
    another "and", nor before ")", "or", "and", nor at an end), as Anki asks."""

    def joiner(piece: tuple[str | None, str]) -> bool:
        return piece[0] == "token" and piece[1].casefold() in (_OR, _AND)

    before = pieces[at - 1] if at else None
    after = pieces[at + 1] if at + 1 < len(pieces) else None
    return (
        before is not None
        and after is not None
        and before[0] != "open"
        and after[0] != "close"
        and not joiner(before)
        and not joiner(after)
    )


def _kind_of(token: str) -> str | None:
    term, _problem = _atom(token)
    return None if term is None else term.kind


def _atom(token: str) -> tuple[Term | None, str]:
    """A token read: a term, a word (kind "word"), or what is wrong with it."""
    if token == "-":  # the first key of "-tag:easy", "-(tcp or udp)": nothing left out yet
        return None, f"“-” leaves out what follows it, with no space: {MINUS_HINT}"
    bare = token.replace('"', "")
    if '"' in token and not bare.strip():  # '""', as "()": said (it matched nothing)
        return None, f'“{token}” is not understood: “""” holds no search. {PHRASE_HINT}'
    negated = bare.startswith("-") and len(bare) > 1
    body = bare[1:] if negated else bare
    found = _TERM_RE.fullmatch(body)
    if found is None or (found.group(1).casefold() not in _KEYS and not found.group(2)):
        # (a word and its colon, "Note:", is the word; in quotes, a phrase)
        quoted = '"' in token and re.search(r"[^\W_]|[*_]", body) is not None
        if quoted and token.count('"') % 2 and body[-1:].isalnum():
            body += "*"  # a quote not closed: its last word is being typed, a start
        return Term("phrase" if quoted else "word", body, negated), ""
    term, problem = _term(found.group(1).casefold(), found.group(2).strip(), negated)
    return term, problem.replace("{token}", token)


class _GroupReader:
    """A search with ``or``, brackets or a phrase read into a `Group` (Anki's grammar: parts
    side by side must each hold, and bind tighter than ``or``)."""

    def __init__(self, text: str, pieces: list[tuple[str | None, str]]) -> None:
        self.text = text.strip()
        self.pieces = pieces
        self.at = 0
        self.problems: list[str] = []
        self.words: list[str] = []
        self.whole: list[str] = []

    def search(self) -> Search:
        found = self._either(negated=False)
        while self.at < len(self.pieces):  # a ")" closing no "(": said, read on
            self._problem("a “)” closes no “(”.")
            self.at += 1
            if self.at < len(self.pieces):
                found = Group((found, self._either(negated=False)))
        group = found if isinstance(found, Group) else Group((found,))
        return Search(
            " ".join(self.words),
            problems=tuple(dict.fromkeys(self.problems)),
            group=group,
            whole=tuple(self.whole),
        )

    def _problem(self, why: str, hint: str = GROUPING_HINT) -> None:
        self.problems.append(f"“{self.text}” is not understood: {why} {hint}")

    def _peek(self) -> tuple[str | None, str] | None:
        return self.pieces[self.at] if self.at < len(self.pieces) else None

    def _is_or(self) -> bool:
        piece = self._peek()
        return piece is not None and piece[0] == "token" and piece[1].casefold() == _OR

    def _either(self, negated: bool) -> Term | Group:
        """Parts joined by ``or`` (`negated`: under a "-", its words not marked)."""
        parts = [self._all_of(negated)]
        while self._is_or():
            self.at += 1
            parts.append(self._all_of(negated))
        return parts[0] if len(parts) == 1 else Group(tuple(parts), any_of=True)

    def _all_of(self, negated: bool) -> Term | Group:
        parts: list[Term | Group] = []
        start = self.at
        while (piece := self._peek()) is not None and piece[0] != "close" and not self._is_or():
            self.at += 1
            if piece[0] == "open":
                parts.append(self._bracketed(piece[1].startswith("-"), negated))
                continue
            if piece[1].casefold() == _AND:  # what a space says, said aloud
                if not _joins(self.pieces, self.at - 1):
                    self._problem(_AND_ALONE, AND_HINT)
                continue
            term, problem = _atom(piece[1])
            if problem:
                self.problems.append(problem)
            elif term is not None:
                if term.kind == "word" and not (term.negated or negated):
                    self.words.append(term.value)
                elif not negated:
                    marked = _marked(term)
                    self.words += [word for word, _whole in marked]
                    self.whole += [word for word, whole in marked if whole]
                parts.append(term)
        if not parts:  # "or" at an end, "or or", "( or" (a term not understood: said)
            after_or = self.at > 0 and self.pieces[self.at - 1][1].casefold() == _OR
            if self.at == start and (after_or or self._is_or()):
                self._problem("“or” needs a search on each side.", OR_HINT)
            return Group(())
        return _joined(parts)

    def _bracketed(self, minus: bool, negated: bool) -> Term | Group:
        piece = self._peek()
        if piece is not None and piece[0] == "close":
            self.at += 1
            self._problem("“()” holds no search.")
            return Group(())
        inner = self._either(negated or minus)
        piece = self._peek()
        if piece is not None and piece[0] == "close":
            self.at += 1
        else:
            self._problem("a “(” has no “)”.")
        if not minus:
            return inner
        if isinstance(inner, Term):
            return Term(inner.kind, inner.value, not inner.negated)
        return Group(inner.parts, inner.any_of, not inner.negated)


def _joined(parts: list[Term | Group]) -> Term | Group:
    """Parts side by side, each to hold: the words found in one term (one search of the
    index, ranked as typed) and the flags asked for in one (any of them)."""
    words = [p for p in parts if isinstance(p, Term) and p.kind == "word" and not p.negated]
    rest = [p for p in parts if not any(p is w for w in words)]
    terms = [p for p in rest if isinstance(p, Term)]
    joined: list[Term | Group] = list(_flags_joined(terms))
    if words:
        joined.insert(0, Term("word", " ".join(w.value for w in words)))
    joined += [p for p in rest if isinstance(p, Group)]
    return joined[0] if len(joined) == 1 else Group(tuple(joined))


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
    if key == "prop":
        found = _DUE_RE.fullmatch(value)
        if found is None:  # Anki's other properties (ivl, reps, ease) are not read here
            due = value[:3].casefold() == "due"
            return None, f"“{{token}}” is not understood. {PROP_HINT}" if due else not_understood
        return Term("prop", f"due{found.group(1)}{int(found.group(2))}", negated), ""
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
    wanted = anki_wildcards(pattern.casefold())
    found = re.compile(rf"{wanted}(?:::.*)?", re.DOTALL)
    return lambda path: found.fullmatch(path.casefold()) is not None


# A phrase's pieces: a run of letters and digits (a name's symbols after it kept, as
# an unquoted word's: "c++", "c#"), a wildcard ("*" any characters, "_" one), or what
# parts words (spaces, punctuation, Markdown's marks).
_PHRASE_RE = re.compile(r"(?P<word>[^\W_]+[+#]*)|(?P<any>\*)|(?P<one>_)|(?P<gap>[^\w*]+)")
_GAP = r"(?![+#])[\W_]+"  # between two words
# Where a sentence ends: its mark with a space after it (so not the dot of "node.js",
# "3.14"), closing marks between ("TCP.) Next", "**TCP.** Next"); a CJK full stop,
# which no space follows; a blank line (a paragraph's end).
_SENTENCE_END_RE = re.compile(r"[.!?…](?=[\W_]*\s)|[。！？]|\n[^\S\n]*\n")
# What a reader does not see of a text: a link's address, an HTML tag, an entity.
_UNSEEN_RE = re.compile(r"(?<=\])\([^()\s]*\)|</?[A-Za-z][^<>]*>|&#?\w+;")


def _phrase_pieces(phrase: str) -> list[tuple[str, str]]:
    return [(found.lastgroup or "", found.group()) for found in _PHRASE_RE.finditer(phrase)]


def phrase_test(phrase: str) -> Callable[[str], bool]:
    """Whether a title's or an answer's text holds `phrase` as Anki reads words in
    quotes: its words whole, in its order, next to each other, case aside; between two
    words anything but a letter or a digit (spaces, punctuation, Markdown's marks:
    "**TCP** handshake", "TCP, handshake", "three-way" for "three way"), so "TCP's
    handshake" is not "tcp handshake" (its "s" is a word between), nor is "over TCP.
    Handshake…" (a sentence ends between: `_SENTENCE_END_RE`). A link's address and an
    HTML tag are not read, as the answer shows neither. ``*`` stands for any run of
    characters within a sentence ("hand*", "*shake", "tcp * handshake"), and ``_``
    for one, as in Anki (unquoted, every word is a word's start already)."""
    pattern = ""
    for kind, piece in _phrase_pieces(phrase.strip(' \t\n"')):
        if kind == "word":
            # No letter before the first: said after it, not before (checked at every
            # place of a text, a look back took five times as long as the search).
            after = rf"(?<![^\W_].{{{len(piece)}}})" if not pattern else ""
            pattern += re.escape(piece) + after
        elif kind == "any":
            pattern += r"[^\n]*?"
        elif kind == "one":
            pattern += r"[^\n]" if pattern else r"(?<![^\W_])[^\n]"
        elif pattern:
            pattern += _GAP
    pattern = pattern.removesuffix(_GAP)
    # (a word ends where no letter, "+" or "#" follows: "c" is not the "C" of "C++")
    found = re.compile(rf"{pattern}(?![^\W_]|[+#])", re.IGNORECASE | re.DOTALL)

    def test(text: str) -> bool:
        if "](" in text or "<" in text or "&" in text:
            text = _UNSEEN_RE.sub(" ", text)
        # A hit running across a sentence's end is none ("over TCP. Handshake…"): the
        # next one looked for from the letter after its start. (Sentence ends kept out
        # of the pattern's gaps took 10 % longer on every text.)
        at = 0
        while (hit := found.search(text, at)) is not None:
            if _SENTENCE_END_RE.search(text, hit.start(), hit.end()) is None:
                return True
            at = hit.start() + 1
        return False

    return test


def phrase_words(phrase: str) -> list[tuple[str, bool]]:
    """The words of `phrase` a search index can look up, each with whether it is
    whole: a word between gaps is ("tcp"), one a wildcard follows is a word's start
    ("hand" of "hand*"); one after a wildcard ("shake" of "*shake") is none, being
    a word's end."""
    pieces = _phrase_pieces(phrase)
    found = []
    for at, (kind, piece) in enumerate(pieces):
        before = pieces[at - 1][0] if at else "gap"
        after = pieces[at + 1][0] if at + 1 < len(pieces) else "gap"
        if kind == "word" and before == "gap":
            found.append((piece, after == "gap"))
    return found


def _marked(term: Term) -> list[tuple[str, bool]]:
    """The words of a phrase found (not left out), for the answer to mark, each with
    whether it is whole (as the phrase finds it: "b" is not the "b" of "brown")."""
    if term.kind != "phrase" or term.negated:
        return []
    return phrase_words(term.value)

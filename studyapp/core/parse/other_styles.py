"""Questions written in another style than the note's own, each a question of its own.

A note may ask most of its questions one way (``##`` headings, ``Q:`` lines, numbered
items) and a few another way: a ``**What is a metaclass?**`` line over its answer
between two heading questions, a ``Q:``/``A:`` pair, an item that asks with its answer
indented under it. The chosen unit (choice.py) sees only its own kind, so such a
question was pasted into the answer above it, or read as the note's intro, and nothing
said so. Here, once the unit is chosen, a place another kind finds becomes a question
of its own, in the same topic, where it is one beyond doubt in its style, as each
finder would take it in a note written all that way:

- a ``Q:`` line with its ``A:`` (in its paragraph or opening the next one; in any
  language units.py knows): by its marks alone, asking or not, one pair as well as
  many, each pair of a run written without blank lines between too;
- a flashcard: marked, asking, answered;
- a ``<details>`` toggle whose summary asks, over an answer of its own (Notion's
  toggles after its ``- ▸`` ones were named a footer);
- a bold line: the whole line bold, opening as a question and ending with a question
  mark ("**Trade-offs?**" is a part of an answer), opening a paragraph, with its
  answer (text or a list) right below it (its number alone in bold too: "**1.** What
  is a mutex?"); or a numbered bold question with its answer after it on the line
  ("**1. What is a mutex?** A lock …");
- a list item: at the margin, asking so, its answer inside the item, and every item
  of its list so (a list of questions without answers is a list in the answer); above
  the first question, a numbered item's answer may be the paragraph under it;
- a heading above the first question, or after the last one where it closes the
  answers (a last part written as headings, not a footer): asking so, over text of its
  own and over no question, not the note's title nor of a level that names groups of
  questions.

Lines that ask, ``<details>`` blocks and table rows take only the ``Q:``/``A:`` pairs
beside them (a pair after a table was named a footer); toggles and rows, whose answers
end with their containers, take the lists that ask too (an item after two toggles was
named a footer). A list of questions takes the rows of a table headed "Question" that
ask beside it (they were read as its intro).

This holds under a split the person chooses too (``--split-at``, the import preview):
the choice says where the note's own questions start, not that a question written
otherwise is none; and reparse.py's patching of a small edit, which parses the edited
question's lines alone under the file's unit, then sees what a full parse would. (Not
at the level of a note's one title, chosen: that gives the title over the whole note,
one question of the unit its name says; engine.py does not offer it as a split.)

Each starts a block of its own that no line introduces ("For example:" then ``Q: …``
is an example dialogue in the answer), outside a quote and outside another place's
container. A bold line is the one style an answer uses for its own parts too: it stays
in the answer where it follows the answer up, naming a word of the question or answer
it sits in ("**Why three steps and not two?**" under a three-way handshake; not a word
of the note's title or sections, "Python" in notes headed so), pointing back at it
("**Why does it matter?**") or going on from it ("**What about writes?**"); so does a
list whose items do. And a place is added only where the question above it keeps an
answer: bold questions right under "## What is Python?" are grouped by it, as before.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from studyapp.core.parse.answer_text import answered_inline
from studyapp.core.parse.choice import HEADING_KINDS, PROPERTY_RE, Candidate
from studyapp.core.parse.ends import before_closing_heading, nonblank_prefix
from studyapp.core.parse.group_labels import names_a_group
from studyapp.core.parse.titles import INTERROGATIVE_RE, ends_asking, whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import (
    ANSWER_RE,
    BOLD_NUMBER_RE,
    INLINE_ANSWER_RE,
    LEAD_BOLD_RE,
    PREFIX_RE,
    TASK_RE,
    WHOLE_BOLD_RE,
    Unit,
    is_question_like,
)

# The kinds whose questions this reads inside another kind's answers.
_MARKED = ("prefix", "card")
# The chosen kinds it adds to: those that split a note into questions over answers.
_HOSTS = (*HEADING_KINDS, "list-item", "bold", "prefix", "card")
# Kinds that take only the ``Q:``/``A:`` pairs beside them (by their marks alone): lines
# that ask, <details> blocks, table rows.
_PAIRS_ONLY = ("asked", "details", "table")
# Of those, the kinds whose answers end with their container (a toggle, a row): a list
# after them is in no answer, so its items that ask with answers of their own are
# questions too ("- What is dropout?" after two Notion toggles was named a footer).
_CONTAINED = ("details", "table")
_WORD_RE = re.compile(r"[^\W_]+")
# Words that say nothing of a question's subject: asking words, pronouns, auxiliaries.
_PLAIN_RE = re.compile(
    r"(?:an?|the|and|or|but|not|nor|so|yet|if|then|than|of|to|in|on|at|by|for|with|from|"
    r"into|onto|about|over|under|between|after|before|during|without|within|via|per|as|"
    r"what|which|who|whom|whose|when|where|why|how|is|are|was|were|be|been|being|am|"
    r"do|does|did|done|doing|can|could|should|would|will|shall|may|might|must|"
    r"ha(?:ve|s|d|ving)|i|me|my|we|us|our|you|your|he|she|him|his|her|ones?|there|here|"
    r"all|any|some|each|every|more|most|less|much|many|very|also|just|only|too|no|yes|"
    r"us(?:e|ed|es|ing)|gets?|makes?|like|ways?|things?|differen(?:ce|t)|explain|describe|"
    r"tell|give|means?|works?|versus|vs|e|g|etc)"
)
# Words that point back at what was just said: a follow-up's.
# ("What does it mean to …" asks afresh: titles.PRONOUN_RE reads headings so too.)
_BACK_RE = re.compile(
    r"\b(?:its|this|that|these|those|they|them|their|such)\b|\bit\b(?!\s+means?\b)", re.I
)
# How far above a bold question a follow-up's word is looked for, in lines.
_SAID_LINES = 40
# A question that goes on from the one before: "And …?", "What about writes?"
_GOING_ON_RE = re.compile(r"^(?:and|but|so|or|also|then|what about|how about|why not)\b", re.I)


def other_styles(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """The chosen unit with the questions other kinds find beyond doubt (see the module)."""
    if chosen.kind not in (*_HOSTS, *_PAIRS_ONLY) or not chosen.units:
        return chosen
    places = _Places(doc, chosen.units)
    places.asking = chosen.kind in HEADING_KINDS and _headings_ask(chosen.units)
    others = [c for c in cands if c.kind != chosen.kind and c.units]
    if chosen.kind in _PAIRS_ONLY:
        lists = ("list-item",) if chosen.kind in _CONTAINED else ()
        others = [c for c in others if c.kind == "prefix" or c.kind in lists]
    places.examples([u for c in others for u in c.units])
    added: list[Unit] = []
    closed: int | None = None  # where a heading closes the last answer (`_closed_at`)
    for cand in others:
        if cand.kind in _MARKED:
            added += [
                u for u in cand.units if places.free(u) and _marked_pair(doc, u, places, cand.kind)
            ]
        elif cand.kind == "bold":
            since = [0, *(u.line for u in cand.units)]  # (each one's bold line above)
            added += [
                u
                for u, above in zip(cand.units, since, strict=False)
                if places.free(u) and _bold_question(doc, u, places, above)
            ]
        elif cand.kind == "details":
            added += [u for u in cand.units if places.free(u) and _asking_toggle(u)]
        elif cand.kind == "list-item":
            added += _asking_lists(doc, [u for u in cand.units if places.free(u)], places)
        elif cand.kind == "table" and chosen.kind == "list-item":
            added += _asking_rows(doc, [u for u in cand.units if places.free(u)])
        elif cand.kind == "asked" and chosen.kind in _MARKED:
            added += _asked_above(doc, cand.units, places)
        elif cand.kind in HEADING_KINDS and chosen.kind not in HEADING_KINDS:
            if closed is None and cand.units[-1].line > places.starts[-1]:
                closed = _closed_at(doc, chosen)
            added += _headings_above(doc, cand.units, places, closed or len(doc.lines))
    if not added:
        return chosen
    taken = {u.line for u in chosen.units}
    fresh = sorted({u.line: u for u in added if u.line not in taken}.values(), key=_at)
    units = _leaving_answers(doc, chosen.units, _apart(fresh))
    return Candidate(chosen.kind, units, chosen.score)


def _leaving_answers(doc: Document, units: list[Unit], fresh: list[Unit]) -> list[Unit]:
    """The places with the new ones that leave the question above each an answer: a
    bold question right under "## What is Python?" leaves it none, so the heading
    groups the questions in its answer (as before) rather than asking unanswered."""
    counts = nonblank_prefix(doc)
    fresh_lines = {u.line for u in fresh}
    kept: list[Unit] = []
    host: Unit | None = None  # the chosen place whose answer the line is in
    grouping = False  # that place holds nothing before its first new one
    for unit in sorted([*units, *fresh], key=_at):
        if unit.line not in fresh_lines:
            host, grouping = unit, False
        elif grouping:
            continue
        elif kept:
            above = kept[-1]
            said = counts[unit.line - 1] - counts[max(above.title_end, above.answer_start - 1)]
            if not said and not above.answer_prefix.strip() and not _answered_on_line(doc, above):
                grouping = above is host
                continue
        kept.append(unit)
    return kept


def _asks(title: str) -> bool:
    """A question as a sentence: opening as one asks or sets a task, ending with a
    question mark ("What is CAP?", not "Trade-offs?", a part of an answer)."""
    return ends_asking(title) and bool(INTERROGATIVE_RE.match(title) or TASK_RE.match(title))


def _asking_toggle(unit: Unit) -> bool:
    """A ``<details>`` toggle whose summary asks, over an answer of its own: a question
    wherever it stands ("Show answer" under a question is that question's answer)."""
    answered = unit.end > unit.title_end or bool(unit.answer_prefix.strip())  # (on its line)
    return answered and (ends_asking(unit.title) or is_question_like(unit.title))


def _at(unit: Unit) -> int:
    return unit.line


def _apart(units: list[Unit]) -> list[Unit]:
    """Places of several kinds found on the same lines (a bold ``**Q:**`` line is a
    marked pair and a bold line): the first one only."""
    kept: list[Unit] = []
    for unit in units:
        if kept and unit.line <= max(kept[-1].title_end, kept[-1].end):
            continue
        kept.append(unit)
    return kept


class _Places:
    """The chosen places: the lines each holds as its own (title, answer mark,
    container) and the question whose answer a line is in."""

    def __init__(self, doc: Document, units: list[Unit]) -> None:
        self.doc = doc
        self.units = sorted(units, key=_at)
        self.starts = [u.line for u in self.units]
        self.own: set[int] = set()
        for unit in self.units:
            last = max(unit.title_end, unit.answer_start - 1, unit.end)
            self.own.update(range(unit.line, last + 1))
        self.subject: set[str] | None = None  # words of the headings that are no question
        # an answer (its next question's index) → the first and last line of an example
        # it introduces
        self.example_from: dict[int, tuple[int, int]] = {}
        self.paragraphs: dict[int, Block] | None = None  # by each of their lines (lazily)
        self.blocks: dict[int, Block] = {}  # by the line each starts on
        self.items: dict[int, Block] = {}  # list items, likewise
        self.in_item = bytearray(len(doc.lines) + 2)  # 1 on each line of a list item
        self.headings: list[int] = []  # the lines headings start on, in order
        # The questions are headings that ask (`_headings_ask`): what a bold question
        # takes up is in its question's title or the block right above it.
        self.asking = False
        for block in doc.blocks:
            (self.items if block.kind == "item" else self.blocks).setdefault(block.start, block)
            if block.kind == "heading":
                self.headings.append(block.start)
            if block.kind == "item":
                self.in_item[block.start : block.end + 1] = b"\x01" * (block.end - block.start + 1)

    def examples(self, units: list[Unit]) -> None:
        """Where an answer introduces what follows ("What I said last time:" over a
        ``Q:``/``A:`` dialogue), its rest is the example, up to the next question."""
        for unit in units:
            if _introduced(self.doc, unit.line, unit.explicit):
                index = bisect.bisect_right(self.starts, unit.line)  # (the answer's)
                end = self._list_end(unit.line) if unit.line in self.items else len(self.doc.lines)
                start, stop = self.example_from.get(index, (unit.line, end))
                self.example_from[index] = (min(start, unit.line), max(stop, end))

    def _list_end(self, line: int) -> int:
        """The last line of the list whose item starts on `line`: a list a line
        introduces ("Common algorithms:") is that list, not the rest of the answer (a
        bold question after it was read as the example's and merged into the answer)."""
        last = n = line
        while n <= len(self.doc.lines):
            if self.in_item[n]:
                last = n
            elif self.doc.line(n).strip():
                break
            n += 1
        return last

    def free(self, unit: Unit) -> bool:
        """Whether a place of another kind stands on lines no chosen place holds (nor an
        example an answer introduces)."""
        example = self.example_from.get(bisect.bisect_right(self.starts, unit.line))
        if (
            example is not None
            and example[0] <= unit.line <= example[1]
            and not self._heading_between(example[0], unit.line)
        ):
            return False  # (a section's heading ends the example: "Three ways:" over a
            # list, then "## Data structures" over a Q:/A: pair, folded the pair)
        last = max(unit.title_end, unit.end)
        return not any(n in self.own for n in range(unit.line, last + 1))

    def _heading_between(self, first: int, last: int) -> bool:
        at = bisect.bisect_right(self.headings, first)
        return at < len(self.headings) and self.headings[at] < last

    def paragraph_at(self, line: int) -> Block | None:
        """The paragraph `line` is in (None: no paragraph)."""
        if self.paragraphs is None:
            self.paragraphs = {}
            for block in self.doc.blocks:
                if block.kind == "paragraph":
                    self.paragraphs.update(dict.fromkeys(range(block.start, block.end + 1), block))
        return self.paragraphs.get(line)

    def above(self, line: int) -> Unit | None:
        """The chosen question whose answer `line` is in (None: above the first)."""
        index = bisect.bisect_right(self.starts, line) - 1
        return self.units[index] if index >= 0 else None

    def follows_up(self, unit: Unit, since: int = 0) -> bool:
        """Whether a place takes up the answer it stands in (`_follows_up`), the words
        that name the note's subject aside (its title's and sections': "Python" in a
        note headed so is in every answer and follows nothing up)."""
        if self.subject is None:
            starts = set(self.starts)
            heads = (b for b in self.doc.blocks if b.kind == "heading")
            self.subject = _words(" ".join(b.text for b in heads if b.start not in starts))
        return _follows_up(unit.title, self.said_before(unit.line, since), self.subject)

    def said_before(self, line: int, since: int = 0) -> str:
        """The question `line` is in and what its answer says last before `line`, from
        `since` on (the bold line before it: what that one asked is its own) and a
        few dozen lines at most (thousands of bold lines under one heading each read
        a few lines, not the whole answer)."""
        unit = self.above(line)
        if unit is None:
            return ""
        first = max(unit.line, since, line - _SAID_LINES)
        if self.asking:
            first = max(first, _block_above(self.doc, line))
        lines = (self.doc.line(n) for n in range(first, line))
        return " ".join([unit.title, unit.answer_prefix, *lines])


# The share of heading questions that ask for a note's questions to be "headings
# that ask" (one "## Explain decorators" among ten that end in "?" is one of them).
_ASKING_SHARE = 0.8


def _headings_ask(units: list[Unit]) -> bool:
    """Whether a note's heading questions ask (nearly all of them). In such notes the
    author marks each question; a bold question on a line of its own between answers
    is one more, written another way, unless it takes up its question's title or the
    block right above it: a word met further up that answer ("memory-heavy" in the
    answer above "**How do you scale a read-heavy database?**") merged a question
    into the one before it without a word."""
    asking = sum(1 for u in units if _asks(u.title) or is_question_like(u.title))
    return len(units) >= 2 and asking >= _ASKING_SHARE * len(units)


def _block_above(doc: Document, line: int) -> int:
    """The first line of the block right above `line` (blank lines between skipped)."""
    n = line - 1
    while n > 1 and not doc.line(n).strip():
        n -= 1
    while n > 1 and doc.line(n - 1).strip():
        n -= 1
    return n


def _starts_apart(doc: Document, line: int) -> bool:
    """Whether `line` opens a block after a blank line (or the note's start). (One that
    the text above introduces, "From my mock:", is an example: `_Places.examples`.) A
    label written right above it ("SQL drills:" / "Q: …", group_labels.py) is apart."""
    return line == 1 or not doc.line(line - 1).strip() or line - 1 in doc.glued


def _introduced(doc: Document, line: int, marked: bool = False) -> bool:
    """Whether the text above `line` (blank lines aside) ends with a colon; above a
    question marked so (``Q:``), one that is no label naming the questions below it
    ("SQL drills:" heads its pairs; "From my mock:" introduces its example dialogue:
    `names_a_group`; "Things people confuse:" over a list is the answer's)."""
    above = next((n for n in range(line - 1, 0, -1) if doc.line(n).strip()), 0)
    if not doc.line(above).rstrip().endswith(":"):
        return False
    return not (marked and names_a_group(doc, above))


def _in_the_open(doc: Document, unit: Unit, places: _Places) -> bool:
    """At the margin: not in a quote, not in a list item's text (a list item is its own
    block at depth 0), and opening a block of its own."""
    block = places.blocks.get(unit.line)
    if block is None or block.quoted or block.depth:
        return False
    return _starts_apart(doc, unit.line)


def _marked_pair(doc: Document, unit: Unit, places: _Places, kind: str = "card") -> bool:
    """A ``Q:`` with its answer marked (``A:``), or a flashcard, that asks. A ``Q:`` whose
    ``A:`` follows it (in its paragraph or the next) is a question by its marks alone,
    asking or not ("Q: WHERE vs HAVING"), and so is each pair of a run of them written
    without blank lines between (`_in_a_run`)."""
    if PROPERTY_RE.match(doc.line(unit.line)):
        return False
    if kind == "prefix" and _answer_marked(doc, unit):
        return _in_the_open(doc, unit, places) or _in_a_run(doc, unit, places)
    if not unit.explicit:
        return False
    if not is_question_like(unit.title) or not _in_the_open(doc, unit, places):
        return False
    if unit.answer_prefix.strip() or unit.container:
        return True
    return bool(ANSWER_RE.match(_line_below(doc, unit.title_end)))


def _asking_rows(doc: Document, units: list[Unit]) -> list[Unit]:
    """Rows of a table whose header names its questions ("| Question | Answer |"), each
    asking over its answer cell, the table at the margin and introduced by no line:
    beside a list of questions, they were read as the list's intro."""
    tables = [b for b in doc.blocks if b.kind == "table" and not b.depth and not b.quoted]
    starts = [b.start for b in tables]
    kept = []
    for unit in units:
        index = bisect.bisect_right(starts, unit.line) - 1
        if index < 0 or tables[index].end < unit.line:
            continue
        table = tables[index].start
        if _starts_apart(doc, table) and not _introduced(doc, table, marked=True):
            asks = is_question_like(unit.title)
            kept += [unit] if unit.explicit and asks and unit.answer_prefix.strip() else []
    return kept


def _answer_marked(doc: Document, unit: Unit) -> bool:
    """Whether a ``Q:`` line's answer is marked ``A:`` (``Answer:``, ``Antwort:`` …): on
    the line after its question, or as the next paragraph's first line."""
    if not PREFIX_RE.match(doc.line(unit.line)):
        return False
    if unit.answer_prefix.strip() and ANSWER_RE.match(doc.line(unit.title_end + 1)):
        return True
    if unit.answer_prefix.strip() and INLINE_ANSWER_RE.search(doc.line(unit.title_end)):
        return True  # "**Q:** … **A:** …" on one line
    return not unit.answer_prefix.strip() and bool(
        ANSWER_RE.match(_line_below(doc, unit.title_end))
    )


def _line_below(doc: Document, line: int) -> str:
    """The first line after `line` that says anything ("" at the note's end)."""
    return next(
        (doc.line(n) for n in range(line + 1, len(doc.lines) + 1) if doc.line(n).strip()), ""
    )


def _in_a_run(doc: Document, unit: Unit, places: _Places) -> bool:
    """Whether a ``Q:`` line follows another pair's answer in one paragraph at the margin
    ("Q: …" / "A: …" / "Q: …" / "A: …"), that paragraph opening a block of its own."""
    block = places.paragraph_at(unit.line)
    if block is None:
        return False
    if block.quoted or block.depth:
        return False
    return bool(PREFIX_RE.match(doc.line(block.start))) and _starts_apart(doc, block.start)


def _bold_question(doc: Document, unit: Unit, places: _Places, since: int = 0) -> bool:
    """A whole line in bold that asks, opening its paragraph, its answer right below it,
    and no follow-up of the answer it stands in."""
    if unit.title_end != unit.line:
        return False
    line = doc.line(unit.line)
    whole = WHOLE_BOLD_RE.match(line) or (
        unit.number is not None and BOLD_NUMBER_RE.match(line) and not unit.answer_prefix.strip()
    )  # ("**1.** What is a mutex?": its number in bold, the question after it)
    if not whole:
        # "**1. What is a mutex?** A lock one thread holds.": numbered, answered inline
        lead = LEAD_BOLD_RE.match(doc.line(unit.line))
        if lead is None or unit.number is None or not unit.answer_prefix.strip():
            return False
        return (
            _asks(unit.title)
            and _in_the_open(doc, unit, places)
            and (not places.follows_up(unit, since))
        )
    if not _asks(unit.title) or not _in_the_open(doc, unit, places):
        return False
    block = places.blocks.get(unit.line)
    below = unit.line + 1
    if block is None or block.end < below:  # its answer in the next paragraph
        below = next((n for n in range(below, len(doc.lines) + 1) if doc.line(n).strip()), 0)
        after = places.blocks.get(below)
        if after is None and below in places.items:  # a list answers it
            return not places.follows_up(unit, since)
        if after is None or after.kind != "paragraph" or WHOLE_BOLD_RE.match(doc.line(below)):
            return False
    return not places.follows_up(unit, since)


def _words(text: str) -> set[str]:
    """The words of `text` that name something (not a number or a letter alone)."""
    found = (m.casefold() for m in _WORD_RE.findall(text))
    return {w for w in found if len(w) > 1 and not w.isdigit() and not _PLAIN_RE.fullmatch(w)}


def _follows_up(title: str, said: str, known: set[str]) -> bool:
    """Whether a question takes up what was just said: a word of it (not one of the
    `known` words every answer may use), a word that points back ("it", "this"), or
    an opening that goes on from it ("And …?", "What about …?")."""
    if _goes_on(title):
        return True
    asked = _words(title)
    if not asked:
        return True  # it names nothing of its own ("Why?")
    named = asked - known
    return bool(named) and any(m.casefold() in named for m in _WORD_RE.findall(said))


def _goes_on(title: str) -> bool:
    """Whether a question points back or goes on from what was said before it."""
    return bool(_GOING_ON_RE.match(title) or _BACK_RE.search(title))


def _asking_lists(doc: Document, units: list[Unit], places: _Places) -> list[Unit]:
    """Items at the margin that ask with their answers inside them, taken a whole list
    at a time (items with only blank lines between are one list); not a list whose
    questions go on from the answer above ("- Is it a protocol?" under REST's)."""
    counts = nonblank_prefix(doc)
    added: list[Unit] = []
    for run in _lists(doc, units, counts):
        if any(_goes_on(_item_question(doc, u)) for u in run):
            continue
        if all(_answered_item(doc, u, counts, places) for u in run):
            added += run
    return added


def _lists(doc: Document, units: list[Unit], counts: list[int]) -> Iterable[list[Unit]]:
    run: list[Unit] = []
    for unit in sorted(units, key=_at):
        if run and counts[unit.line - 1] != counts[max(run[-1].end, run[-1].title_end)]:
            yield run
            run = []
        run.append(unit)
    if run:
        yield run


def _answered_item(doc: Document, unit: Unit, counts: list[int], places: _Places) -> bool:
    """An item that asks, with its answer inside it: on the lines under its question,
    or on its line after the question mark ("1. What is a slice? A window onto an
    array.", as assemble reads it: `answered_inline`)."""
    item = places.items.get(unit.line)
    if item is None or item.depth or item.quoted:
        return False
    question = _item_question(doc, unit)
    if not _asks(question):
        return False
    if not _starts_apart(doc, unit.line) and not _after_item(unit.line, places):
        return False
    if question != unit.title:
        return True  # answered on its line
    if unit.end > unit.title_end and counts[unit.end] > counts[unit.title_end]:
        return True
    return places.above(unit.line) is None and _answered_below(doc, unit, places)


def _answered_on_line(doc: Document, unit: Unit) -> bool:
    """Whether a place's line goes on past its question with its answer."""
    return unit.end == unit.title_end and bool(answered_inline(unit, doc.plain)[1])


def _item_question(doc: Document, unit: Unit) -> str:
    """An item's question: its title, less the answer that goes on after its question
    mark on its line where nothing is under it ("What is a slice? A window …")."""
    if unit.end > unit.title_end:
        return unit.title
    return answered_inline(unit, doc.plain)[0]


def _answered_below(doc: Document, unit: Unit, places: _Places) -> bool:
    """A numbered item that only asks ("1. What is starvation?"), the paragraph under it
    at the margin its answer: a question of the note's intro, above its first question."""
    if unit.number is None or unit.end > unit.title_end:
        return False
    below = next((n for n in range(unit.end + 1, len(doc.lines) + 1) if doc.line(n).strip()), 0)
    block = places.blocks.get(below)
    if block is None or block.kind != "paragraph" or block.quoted or block.depth:
        return False
    text = doc.line(below)
    return not (PREFIX_RE.match(text) or WHOLE_BOLD_RE.match(text) or ends_asking(text))


def _after_item(line: int, places: _Places) -> bool:
    """Whether the line above `line` is in a list item (the list's next item, not its first)."""
    return bool(places.in_item[line - 1])


def _closed_at(doc: Document, chosen: Candidate) -> int:
    """The line after which a heading closes the last answer and starts a part of its
    own (`ends.before_closing_heading`; the note's last line: none does)."""
    units = sorted(chosen.units, key=_at)
    stops = [u.line - 1 for u in units[1:]] + [len(doc.lines)]
    return before_closing_heading(doc, chosen.kind, units, stops)


def _asked_above(doc: Document, units: list[Unit], places: _Places) -> list[Unit]:
    """Lines that ask, each over an answer of its own, above the first marked pair
    ("What is a thread?" / its answer lines …, then "SQL drills:" over ``Q:``/``A:``
    pairs): the note's first questions, written plainly, not its intro. Two or more,
    every one of them asking and answered, at the margin, and nothing between the
    first of them and the pairs but their answers and a label naming the pairs."""
    first = places.starts[0]
    above = [u for u in units if u.line < first]
    # (a label that names them, "Networking basics:", introduces no example)
    if len(above) < 2 or _introduced(doc, above[0].line, marked=True):
        return []
    ends = [u.line for u in above[1:]] + [first]
    for unit, stop in zip(above, ends, strict=True):
        block = places.blocks.get(unit.line) or places.paragraph_at(unit.line)
        if block is None or block.quoted or block.depth or not _asks(unit.title):
            return []
        said = [n for n in range(unit.title_end + 1, stop) if doc.line(n).strip()]
        if not said:
            return []  # a question without an answer: a list of them is the intro's
        if unit is above[-1] and names_a_group(doc, said[-1]):
            said.pop()  # "SQL drills:" over the pairs: no part of the answer
            above[-1] = replace(unit, end=said[-1] if said else unit.title_end, container=True)
        if not said or any(PREFIX_RE.match(doc.line(n)) for n in said):
            return []
    return above


def _headings_above(
    doc: Document, units: list[Unit], places: _Places, closed: int = 0
) -> list[Unit]:
    """Headings above the first chosen question that ask over text of their own and over
    no question (a lone "## Tell me about a conflict?" above ``Q:`` pairs); not the
    note's title (its only top heading, first in the note), nor one of a level whose
    other headings stand over the questions (sections, named here in prose), nor one
    that asks about the note ("What is this list?", "What's in here?"). Likewise from
    the heading that closes the last answer (the line after `closed`, `_closed_at`) on,
    where nothing but headings stands before the first such question: a last part
    written as heading questions
    ("## What is a socket?" after bold ones, under "# Part two" or not) is no footer."""
    counts = nonblank_prefix(doc)
    blocks = [b for b in doc.blocks if b.kind == "heading" and not b.depth]
    heads = sorted((b.start, b.level) for b in blocks)
    by_line = {b.start: b for b in blocks}
    starts = [line for line, _ in heads]
    first = places.starts[0]
    tops = [level for _, level in heads if level == 1]
    # levels whose headings stand over questions: sections ("## What should I know
    # about DNS?" over its cards), so a heading of theirs that asks names a part too
    sections: set[int] = set()  # their lines
    levels: Counter[int] = Counter()  # how many of them each level has
    for index, (line, level) in enumerate(heads):
        stop = starts[index + 1] if index + 1 < len(starts) else len(doc.lines) + 1
        held = bisect.bisect_left(places.starts, line)
        if held == bisect.bisect_left(places.starts, stop):
            continue  # over no question
        head = by_line[line]
        if counts[places.starts[held] - 1] > counts[head.end] and _asks(
            whole_title(head.text, plain=doc.plain)
        ):
            continue  # a question with its own answer above them: "## What is a mutex?"
            # over its answer, then numbered questions written right after it
        sections.add(line)
        levels[level] += 1
    added = []
    for unit in units:
        if first <= unit.line <= max(closed, first) or not _asks(unit.title):
            continue
        if _goes_on(unit.title) or not _words(unit.title):
            continue  # "## What is this list?", "## What's in here?": the note's own
        index = bisect.bisect_left(starts, unit.line)
        if index >= len(heads) or heads[index][0] != unit.line:
            continue
        if heads[index][1] == 1 and len(tops) == 1 and index == 0:
            continue  # the note's title
        if levels[heads[index][1]] > (unit.line in sections):
            continue  # a level that names groups of questions elsewhere
        stop = starts[index + 1] - 1 if index + 1 < len(starts) else len(doc.lines)
        if unit.line < first:
            stop = min(stop, first - 1)
        if counts[stop] > counts[unit.title_end]:
            added.append(unit)
    below = [u for u in added if u.line > first]
    if below and _said_between(doc, closed + 1, below[0].line):
        # the part closing the answers says something of its own and asks nothing
        # ("## Questions to ask them" over its list): what follows is that part's
        return [u for u in added if u.line < first]
    return added


def _said_between(doc: Document, first: int, stop: int) -> bool:
    """Whether a line from `first` up to `stop` (not included) says something other
    than a heading ("# Part two" over the questions names them)."""
    heading = set()
    for block in doc.blocks:
        if block.kind == "heading" and block.start < stop and block.end >= first:
            heading.update(range(block.start, block.end + 1))
    return any(doc.line(n).strip() and n not in heading for n in range(first, stop))

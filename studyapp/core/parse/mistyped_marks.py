"""Questions whose mark the person mistyped, each a question of its own.

Once the unit is chosen, its questions share a shape: a numbered item ("7. …"), a
line all in bold, a heading of one level, a ``Q:`` mark. A question whose mark was
typed wrong ("7 What is a context manager?", the dot forgotten; ``**How do you …?``,
the bold never closed; ``##What is X?``, no space; ``Q What is X?``) is no place of
that kind, so it was read as a line of the answer above it, with its own answer, and
nothing said so. Here such a line becomes a question where the evidence is its
siblings', all of it:

- the siblings' mark, damaged in one way: a number without its "." or ")" or with a
  stray space ("7 .", "7)" beside "6."), a bold opened and never closed or closed and
  never opened (``**Question?``, ``Question?**``, ``**Question?*``), a heading's
  marks without their space, a ``Q``/``Question`` word without its colon;
- its place, where a sibling would stand: at the siblings' margin, opening its
  paragraph (or right under an answer, where the siblings stand so), never in fenced
  or indented code, a quote, a table or HTML; unnumbered, with text below it before
  the next question (its answer), marked as theirs are ("A:" under "Q What …?");
- its sequence: where the siblings are numbered, its number is the next one after
  the question above it, and the question below (if any) goes on from it;
- it asks, as the siblings do (most of them ask): it ends with a question mark or
  opens with a question word.

A numbered step ("2 cups of flour") asks nothing and stands inside an answer's
indent; a line of a paragraph that ends with "?" has no damaged mark; code is code.

A line with every mark of the missing question but a title that asks nothing ("7
Context managers" between "6." and "8.") may be a topic of the answer: it is not made
a question, but neither is it left in the answer above unsaid. It and its lines are
named as a skipped region (`DOUBT`), which the import preview and `studyapp parse`
list, so the person sees it and can fix the mark. (A region covers no question's
lines: naming it inside the answer, the answer kept whole, would need a field of its
own on the parsed document.)

So is a line that asks with the siblings' number mark damaged but its number out of
their sequence ("5 What about fibers?" inside the answer of "2.", between "2." and
"3."): two slips at once is too little to split on, and a follow-up the answer asks
itself would become a question of its own; it is named instead (`OUT_OF_SEQUENCE`).
Not a line of a numbered run of the answer's own ("1 Why?" / "2 How?" under one
question), nor a number far from the siblings' (a year: "2019 What changed?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from studyapp.core.model import ParsedQuestion, SkippedRegion
from studyapp.core.parse.choice import HEADING_KINDS, Candidate
from studyapp.core.parse.ends import nonblank_prefix
from studyapp.core.parse.titles import ends_asking, whole_title
from studyapp.core.parse.tree import Document, indent_width
from studyapp.core.parse.units import (
    ANSWER_RE,
    NUMBER_RE,
    PREFIX_RE,
    WHOLE_BOLD_RE,
    Unit,
    is_question_like,
    mostly_asking,
    opens_with_code,
)

# A number at a line's start with its mark damaged: none ("7 What"), a space before it
# ("7 . What", "7 ) What"), or none after it ("7.What"); never a decimal ("7.5 s").
_NUMBER_RE = re.compile(r"^(?P<indent> {0,3})(?P<n>\d{1,4})(?:[ \t]*[.)](?!\d)[ \t]*|[ \t]+)(?=\S)")
# An ordered item's own mark, as CommonMark reads it ("7. ", "7) ").
_ITEM_RE = re.compile(r"^ {0,3}\d{1,9}([.)])(?:[ \t]|$)")
# A bullet typed without its space ("-What is a set?", "-**What …?**", "-`git …`"): a
# letter right after it, or bold, code or a link opening on one; not a rule, an option
# ("--verbose"), a number ("-5"), emphasis ("*word*") nor "**bold" after no bullet.
_BULLET_RE = re.compile(
    r"^(?P<indent> {0,3})(?P<bullet>[-*+])(?=(?:\*\*|__)?[^\W\d_]|`[^`\s]|\[[^\]\s])"
)
# A bullet item's own mark, as CommonMark reads it ("- ", "* ").
_BULLET_ITEM_RE = re.compile(r"^ {0,3}([-*+])(?:[ \t]|$)")
# A line in bold at one end only, or with its two ends unlike: "**Q?", "Q?**", "**Q?*".
_BOLD_ENDS_RE = re.compile(r"^ {0,3}(?P<open>[*_]{0,3})(?P<core>.*?)(?P<close>[*_]{0,3})[ \t]*$")
# Headings' marks with no space before the title ("##What is X?"), not "#tag" words.
_HEADING_RE = re.compile(r"^ {0,3}(?P<marks>#{1,6})(?=[^\s#])(?P<rest>.*\S)\s*$")
# A question's word without its mark's end ("Q What is X?", "Question 3 What …").
_WORD_RE = re.compile(
    r"^ {0,3}(?P<word>[^\W\d_]{1,12})[ \t]*(?P<n>\d{1,4})?[ \t]*[.;,]?[ \t]+(?=\S)"
)
# The word that marks a question ("Q", "Question"), after a bullet or bold.
_MARK_WORD_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*\[?([^\W\d_]+)")
# Blocks whose lines are never a question's mark: code, HTML, tables, front matter.
_OPAQUE = ("code", "html", "table", "front_matter")


# What a line named for its mistyped mark is called where it is not split off.
DOUBT = "a question? its mark looks mistyped"
OUT_OF_SEQUENCE = "a question? its number is out of sequence"


def mistyped_marks(doc: Document, chosen: Candidate) -> tuple[Candidate, dict[int, str]]:
    """The chosen unit with the questions whose marks were mistyped (see the module),
    and the lines of those that have every mark of one but ask nothing ("7 Context
    managers" between "6." and "8."): places too, for their lines to end the answer
    above, named (`named_doubts`) rather than made questions."""
    units = chosen.units
    if len(units) < 2 or not mostly_asking(units):
        return chosen, {}
    lines = [doc.line(u.line) for u in units]
    maker = _READERS.get("heading" if chosen.kind in HEADING_KINDS else chosen.kind)
    read = maker(doc, chosen.kind, units, lines) if maker else None
    if read is None:
        return chosen, {}
    margin = max(indent_width(line) for line in lines)
    # where a sibling follows the answer above it with no blank line, so may this one
    tight = any(doc.line(u.line - 1).strip() for u in units[1:])
    closed = _closed_lines(doc)
    counts = nonblank_prefix(doc)
    starts = [u.line for u in units]
    added: list[Unit] = []
    doubts: dict[int, str] = {}
    # the highest number a slip of the siblings' could be (not a year: "2019 What …?")
    top = 2 * max(len(units), *(u.number or 0 for u in units)) + 10
    for index, unit in enumerate(units):
        stop = starts[index + 1] if index + 1 < len(starts) else len(doc.lines) + 1
        previous = unit
        first = max(unit.title_end, unit.answer_start - 1) + 1
        for line in range(first, stop):
            text = doc.line(line)
            if closed[line] or indent_width(text) > margin or not _opens(doc, line, tight):
                continue
            found = read(text, line)
            if found is None:
                continue
            raw, number = found
            if number is None:
                number = _number(raw)
            title = whole_title(raw, plain=doc.plain)
            if not _in_sequence(previous.number, number, units, index + 1):
                if (
                    number is not None
                    and previous.number is not None
                    and 0 < number <= top
                    and (ends_asking(title) or is_question_like(title))
                    and not _in_a_run(read, doc, first, stop, line, number)
                ):
                    doubts[line] = OUT_OF_SEQUENCE  # "5 What about fibers?" after "2."
                    added.append(Unit(line, line, raw, title, line + 1, number=number))
                continue
            if not (ends_asking(title) or is_question_like(title)):
                if not title or not _between(previous.number, number, units, index + 1):
                    continue
                doubts[line] = DOUBT  # the number missing between its two neighbours
            elif number is None and counts[stop - 1] == counts[line]:
                continue  # unnumbered, with nothing below it: no place of a question
            fresh = Unit(line, line, raw, title, line + 1, number=number)
            added.append(fresh)
            previous = fresh
    if not added:
        return chosen, doubts
    merged = sorted([*units, *added], key=lambda u: u.line)
    return Candidate(chosen.kind, merged, chosen.score), doubts


def named_doubts(
    questions: list[ParsedQuestion], skipped: list[SkippedRegion], doubts: dict[int, str]
) -> tuple[list[ParsedQuestion], list[SkippedRegion]]:
    """The places in `doubts` out of the questions, each named as a skipped region: the
    person sees the line and its answer in the preview and in `studyapp parse`, the
    answer above keeps none of it."""
    if not doubts:
        return questions, skipped
    named = [
        SkippedRegion(
            q.source_line,
            max(q.end_line, q.source_line),
            doubts[q.source_line],
            q.source_file,
            check=True,  # (the import's summary says where: the person decides)
        )
        for q in questions
        if q.source_line in doubts
    ]
    kept = [q for q in questions if q.source_line not in doubts]
    return kept, sorted([*skipped, *named], key=lambda r: (r.start_line, r.end_line))


def _in_sequence(before: int | None, number: int | None, units: list[Unit], after: int) -> bool:
    """Where the siblings are numbered, the line's number follows the question above it
    and the question below it (if any) follows on from the line's."""
    if number is None or before is None:
        return number is None and before is None
    following = units[after].number if after < len(units) else None
    return number == before + 1 and (following is None or following > number)


def _in_a_run(read: Reader, doc: Document, first: int, stop: int, line: int, number: int) -> bool:
    """Whether another line of the same answer bears the same damaged mark with the number
    before or after `number`: a numbered run of the answer's own ("1 Why?", "2 How?")."""
    for other in range(first, stop):
        found = read(doc.line(other), other) if other != line else None
        if found is not None and found[1] in (number - 1, number + 1):
            return True
    return False


def _between(before: int | None, number: int | None, units: list[Unit], after: int) -> bool:
    """Whether the line's number is the one missing between the questions around it."""
    following = units[after].number if after < len(units) else None
    return None not in (before, number, following) and before + 1 == number == following - 1


def _opens(doc: Document, line: int, tight: bool) -> bool:
    """Whether `line` stands where a sibling would: opening a paragraph, out of the
    indented answer above it, or (where the siblings do so) right under an answer."""
    above = doc.line(line - 1)
    return tight or not above.strip() or indent_width(above) > indent_width(doc.line(line))


def _closed_lines(doc: Document) -> bytearray:
    """1 on each line a mark can never be on: code, HTML, tables, quotes."""
    closed = bytearray(len(doc.lines) + 2)
    for block in doc.blocks:
        if block.kind in _OPAQUE or block.quoted:
            closed[block.start : block.end + 1] = b"\x01" * (block.end - block.start + 1)
    return closed


# Each reader is made for the chosen unit's siblings and reads one line: its title and
# number where it bears their mark, damaged (None otherwise); None where the siblings
# have no mark it knows.
Reader = Callable[[str, int], "tuple[str, int | None] | None"]


def _most(flags: Iterable[object]) -> bool:
    flags = [bool(f) for f in flags]
    return sum(flags) * 3 >= len(flags) * 2


def _numbered(doc: Document, kind: str, units: list[Unit], lines: list[str]) -> Reader | None:
    """ "7 What …", "7 . What …", "7.What …" or "7) What …" among "6." and "8."."""
    marks = [m[1] for m in map(_ITEM_RE.match, lines) if m]
    if not _most(marks) or not _most(u.number is not None for u in units):
        return None
    delimiter = max((".", ")"), key=marks.count)

    def read(text: str, _line: int) -> tuple[str, int | None] | None:
        match = _NUMBER_RE.match(text)
        if match is None:
            return None
        item = _ITEM_RE.match(text)
        if item is not None and item[1] == delimiter:
            return None  # an item as its siblings are: a list of the answer's own
        return text[match.end() :].strip(), int(match["n"])

    return read


def _bulleted(doc: Document, kind: str, units: list[Unit], lines: list[str]) -> Reader | None:
    """ "-What is a set?" among "- What is a list?" items: the bullet without its space."""
    matches = [_BULLET_ITEM_RE.match(line) for line in lines]
    marks = [m[1] for m in matches if m]
    if not marks or not _most(matches):
        return None
    bullet = max(set(marks), key=marks.count)

    def read(text: str, _line: int) -> tuple[str, int | None] | None:
        match = _BULLET_RE.match(text)
        if match is None or match["bullet"] != bullet:
            return None
        rest = text[match.end() :].strip()
        if bullet == "*" and "*" in rest:
            return None  # "*What is hoisting?*": emphasis, closed
        return rest, None

    return read


def _listed(doc: Document, kind: str, units: list[Unit], lines: list[str]) -> Reader | None:
    """The reader for list items: numbered ones' or bullets'."""
    return _numbered(doc, kind, units, lines) or _bulleted(doc, kind, units, lines)


def _bold(doc: Document, kind: str, units: list[Unit], lines: list[str]) -> Reader | None:
    """``**Question?``, ``Question?**``, ``**Question?*`` among lines all in bold."""
    if not _most(map(WHOLE_BOLD_RE.match, lines)):
        return None

    def read(text: str, _line: int) -> tuple[str, int | None] | None:
        if WHOLE_BOLD_RE.match(text) or opens_with_code(text):
            return None  # (not "**kwargs collects …": a name in code, no bold)
        match = _BOLD_ENDS_RE.match(text)
        if match is None:
            return None
        opening, core, closing = match["open"], match["core"].strip(), match["close"]
        if max(len(opening), len(closing)) < 2 or opening == closing[::-1]:
            return None
        if not core or "**" in core or "__" in core:
            return None  # "**Note:** …": bold closed within the line
        return core, None

    return read


def _heading(doc: Document, kind: str, units: list[Unit], lines: list[str]) -> Reader | None:
    """``##What is X?`` among ``## …`` headings (not a "#tag" word alone)."""
    level = int(kind[1:])

    def read(text: str, _line: int) -> tuple[str, int | None] | None:
        match = _HEADING_RE.match(text)
        if match is None or len(match["marks"]) != level or " " not in match["rest"]:
            return None
        return match["rest"], None

    return read


def _marked(doc: Document, kind: str, units: list[Unit], lines: list[str]) -> Reader | None:
    """``Q What is X?`` among ``Q:`` lines, with an answer marked below it where the
    siblings' answers are marked."""
    if not all(map(PREFIX_RE.match, lines)):
        return None
    names = {_mark_word(line) for line in lines}
    if len(names) != 1:
        return None
    (name,) = names
    answered = _most(u.answer_prefix for u in units)

    def read(text: str, line: int) -> tuple[str, int | None] | None:
        if PREFIX_RE.match(text):
            return None
        match = _WORD_RE.match(text)
        if match is None or match["word"] != name:
            return None
        if answered and not ANSWER_RE.match(doc.line(line + 1)):
            return None
        return text[match.end() :].strip(), None

    return read


_READERS: dict[str, Callable[[Document, str, list[Unit], list[str]], Reader | None]] = {
    "list-item": _listed,
    "bold": _bold,
    "heading": _heading,
    "prefix": _marked,
}


def _number(raw: str) -> int | None:
    match = NUMBER_RE.match(raw)
    return int(match.group(1)) if match else None


def _mark_word(line: str) -> str:
    word = _MARK_WORD_RE.match(line)
    return word[1] if word else ""

"""Definition lists: a glossary's terms as cards.

PHP Markdown Extra and pandoc write a term on its own line and its definition below
it on lines that open with ``:`` (pandoc also ``~``)::

    Batch normalization
    : Normalises each layer's inputs over the mini-batch.
    : Allows higher learning rates.

AsciiDoc's labelled lists (``Term::``, ``[qanda]``) reach the engine in this form too
(`markup.py`). Each term is a question, its definitions (and the lines that go on
with them, indented or not) the answer. A blank line may stand between a term and its
first definition, and between definitions; an indented paragraph after a blank line
still belongs to the definition.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from studyapp.core.parse.blocks import FenceCloses
from studyapp.core.parse.ends import nonblank_between
from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.minutes import record_pairs
from studyapp.core.parse.titles import ANSWER_WORDS, QUESTION_WORDS, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

# ": definition" / "~ definition", at most three spaces in.
DEFINITION_RE = re.compile(r"^ {0,3}[:~][ \t]+(?=\S)")
_INDENTED_RE = re.compile(r"^(?: {2,}|\t)(?=\S)")
# Lines that never are a term, nor go on with a definition.
_NOT_TEXT_RE = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|```|~~~|>|\||[-*+]\s|\d{1,3}[.)]\s)")
_FENCE_RE = re.compile(r"^ {0,3}(?:```|~~~)")
_HINT_RE = re.compile(r"\n {0,3}[:~][ \t]+\S")  # a definition (never on line 1)


def definitions(doc: Document) -> list[Unit]:
    """A unit per term of the document's definition lists (outside code and HTML)."""
    if not any_line(_HINT_RE, doc.text()):
        return []
    opaque = bytearray(len(doc.lines) + 2)
    for block in doc.blocks:
        if block.kind == "code" and not _FENCE_RE.match(doc.line(block.start)):
            continue  # indented: a definition's own paragraph, four spaces in
        if block.kind in ("code", "html", "front_matter", "table", "heading"):
            opaque[block.start : block.end + 1] = b"\x01" * (block.end - block.start + 1)
    units: list[Unit] = []
    closes = FenceCloses(doc.lines if "```" in doc.text() or "~~~" in doc.text() else [])
    marked = [
        n
        for n, line in enumerate(doc.lines, 1)
        if line[:4].lstrip(" ")[:1] in (":", "~") and DEFINITION_RE.match(line)
    ]
    terms = sorted({n - gap for n in marked for gap in (1, 2) if n - gap >= 1})
    for number in terms:  # a term stands one line above its definition, or two
        if units and number <= units[-1].end:
            continue
        follows = bool(units) and units[-1].end == number - 1  # a tight list's next term
        first = _first_definition(doc, opaque, number, follows)
        if first is None:
            continue
        end, answer = _definition(doc, opaque, first, closes)
        term = doc.line(number).strip()
        units.append(
            Unit(
                number,
                number,
                term,
                whole_title(term, plain=doc.plain),
                end + 1,
                end=end,
                answer_prefix=answer,
                container=True,
                explicit=True,
            )
        )
    return units if len(units) >= 2 else []


_ATX_RE = re.compile(r"^ {0,3}#{1,6}[ \t]")  # a heading, as a wiki writes one over its terms


def _first_definition(doc: Document, opaque: bytearray, number: int, follows: bool) -> int | None:
    """The line of the first definition when line `number` is a term, else None."""
    line = doc.line(number)
    if opaque[number] or not line.strip() or line[:1].isspace() or DEFINITION_RE.match(line):
        return None
    above = doc.line(number - 1)
    if _NOT_TEXT_RE.match(line) or (above.strip() and not follows and not _ATX_RE.match(above)):
        return None  # a term stands alone, after a blank line, a definition or a heading
    after = number + 1
    if not doc.line(after).strip():
        after += 1  # pandoc's loose form: a blank line before the definition
    if opaque[after] or not DEFINITION_RE.match(doc.line(after)):
        return None
    return after


def _definition(
    doc: Document, opaque: bytearray, first: int, closes: FenceCloses
) -> tuple[int, str]:
    """The last line of the definitions starting at line `first`, and their text."""
    parts: list[str] = []
    end = first
    number = first
    total = len(doc.lines)
    while number <= total:
        line = doc.line(number)
        mark = DEFINITION_RE.match(line)
        fence = _fenced(doc, closes, number) if parts and _INDENTED_RE.match(line) else None
        if fence is not None:  # code fenced in the definition, indented with its text
            margin = len(line) - len(line.lstrip())
            parts += [doc.line(n)[margin:].rstrip() for n in range(number, fence + 1)]
            end = number = fence
            number += 1
            continue
        if opaque[number]:
            break
        if mark:
            if parts:
                parts.append("")
            parts.append(line[mark.end() :].rstrip())
        elif not line.strip():
            following = number + 1
            while following <= total and not doc.line(following).strip():
                following += 1
            nxt = doc.line(following)
            if following > total or not (DEFINITION_RE.match(nxt) or _INDENTED_RE.match(nxt)):
                break
            if parts and parts[-1]:
                parts.append("")
        elif _INDENTED_RE.match(line):
            parts.append(line.strip())
        elif _NOT_TEXT_RE.match(line) or DEFINITION_RE.match(doc.line(number + 1)):
            break  # a heading, a fence, a list; or the next term
        else:
            parts.append(line.rstrip())  # a lazy line of the definition
        end = number if line.strip() else end
        number += 1
    while parts and not parts[-1]:
        parts.pop()
    return end, "\n".join(parts)


def _fenced(doc: Document, closes: FenceCloses, number: int) -> int | None:
    """The line closing a code fence opened on line `number`, or None: no fence opens
    there, or none closes it."""
    opening = _FENCE_OPEN_RE.match(doc.line(number))
    if opening is None:
        return None
    close = closes.after(number - 1, opening.group(1))  # (its indexes count from 0)
    return None if close is None else close + 1


_FENCE_OPEN_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


# A glossary written as a list: "- **Quorum**: the minimum …", "- **Fencing token** — …",
# "1. **Recall:** of the positive items …" (the colon inside the bold).
_TERM_ITEM_RE = re.compile(
    r"^(?:\*\*|__)(?P<term>[^*_\n]{1,60}?)(?::(?:\*\*|__)|(?:\*\*|__)\s*(?::|[-–—]))"
    r"\s+(?P<definition>\S.*)$"
)
_BOLD_ITEM_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)", re.M)
_GLOSSARY_ITEMS = 3


def glossary_items(doc: Document) -> list[Unit]:
    """A unit per item of a top-level list whose every item is a bold term and its
    definition, three items or more (beside such a list, two that open a section, or
    one that is all of its section), where no heading above the list asks (a list of
    "**Pros**: …" points in an answer is not a glossary); and those of a glossary
    written with plain terms (`plain_glossary_items`)."""
    text = doc.text()
    if ("**" not in text and "__" not in text) or not any_line(_BOLD_ITEM_RE, text):
        return plain_glossary_items(doc)  # no list item opens with bold
    glossaries = []
    for items in _top_lists(doc):
        terms = [_term(doc, index) for index in items]
        if all(terms) and (len(terms) >= _GLOSSARY_ITEMS or _opens_section(doc, items)):
            glossaries.append([term for term in terms if term])
    if not any(len(terms) >= _GLOSSARY_ITEMS for terms in glossaries):
        return []
    # One glossary of three terms or more says how the notes are written: a shorter
    # list of terms opening a section of its own (two under "## Models") is more of the
    # same glossary. (Two bold points in an answer, under its text, are the answer's.)
    return [term for terms in glossaries for term in terms]


def _opens_section(doc: Document, items: list[int]) -> bool:
    """Whether the list at `items` opens a section: a heading right above it; a list of
    one term is all of its section (another heading, or the end, right below it)."""
    above = next((b for b in reversed(doc.blocks[: items[0]]) if not b.depth), None)
    below = next((b for b in doc.blocks[items[-1] + 1 :] if not b.depth), None)
    if above is None or above.kind != "heading":
        return False
    return len(items) > 1 or below is None or below.kind == "heading"


_PLAIN_ITEMS = 4  # a plain glossary's items, at the least
_PLAIN_TERM_WORDS = 4  # a term's words, at the most
# The labels of an answer's points, no terms: "Pros", "Cons", "Use cases", "Example".
_POINT_LABEL_RE = re.compile(
    r"^(?:pros|cons|pros and cons|advantages?|disadvantages?|benefits?|drawbacks?"
    r"|trade-?offs?|limitations?|uses?|use cases?|usage|when to use|examples?|why|how"
    r"|summary|complexity|time complexity|space complexity|alternatives?|caveats?|tips?)$"
)


def plain_glossary_items(doc: Document) -> list[Unit]:
    """A unit per item of a glossary written as lists of plain terms ("- HTTP: the
    protocol of the web", "* Index - a structure that …"), where the notes are clearly
    a glossary: four such items or more, in lists of two or more whose every item is a
    short term (a few words) and its definition, no list right under a line that asks (an answer's
    "- Pros: fast" points), no term twice in the notes ("Pros" under every answer),
    and these items most of the notes' lines, their headings aside."""
    units: list[Unit] = []
    for items in _top_lists(doc):
        terms = [_plain_term(doc, index) for index in items]
        if len(terms) >= 2 and all(terms) and not _under_asking(doc, items[0]):
            units.extend(term for term in terms if term)
    names = [u.title.casefold() for u in units]
    if len(units) < _PLAIN_ITEMS or len(set(names)) < len(names):
        return []
    if any(_POINT_LABEL_RE.match(name) for name in names):
        return []  # "- Pros: fast", "- Use cases: …": the points of a note, no glossary
    if record_pairs((u.title, u.answer_prefix) for u in units):
        return []  # "- Date: 2024-03-05", "- Attendees: Ana, Bo": a record's fields
    covered = sum(u.end - u.line + 1 for u in units)
    text_lines = sum(
        nonblank_between(doc, b.start, b.end)
        for b in doc.blocks
        if b.kind not in ("heading", "front_matter", "hr") and not b.depth
    )
    return units if covered >= text_lines * _TERM_SHARE else []


def _plain_term(doc: Document, index: int) -> Unit | None:
    return _item_term(doc, index, _plain_term_line)


def _plain_term_line(line: str) -> re.Match[str] | None:
    """ "HTTP: the protocol …": a short term, a definition that does not ask."""
    match = _TERM_LINE_RE.match(line.strip())
    if match is None or len(match["term"].split()) > _PLAIN_TERM_WORDS:
        return None
    if _asks(match["definition"].rstrip()) or _NOT_A_TERM_RE.match(match["term"]):
        return None
    return match


def _under_asking(doc: Document, index: int) -> bool:
    """Whether the block right above the list at `index` asks (a question over its
    answer's points)."""
    start = doc.blocks[index].start
    k = index - 1
    while k >= 0 and (doc.blocks[k].depth or doc.blocks[k].end >= start):
        k -= 1
    if k < 0 or doc.blocks[k].kind != "paragraph":
        return False
    line = doc.line(doc.blocks[k].end).strip()
    return _asks(line.rstrip("*_ ")) or is_question_like(whole_title(line, plain=doc.plain))


def _top_lists(doc: Document) -> list[list[int]]:
    """The indexes of the items of each top-level list, under no heading that asks."""
    lists: list[list[int]] = []
    current: list[int] = []
    asked_above = False
    for index, block in enumerate(doc.blocks):
        if block.depth or block.quoted:
            continue
        if block.kind == "item" and not asked_above:
            current.append(index)
            continue
        if current:
            lists.append(current)
            current = []
        if block.kind == "heading":
            asked_above = is_question_like(whole_title(block.text, plain=doc.plain))
    return [*lists, current] if current else lists


def _term(doc: Document, index: int) -> Unit | None:
    return _item_term(doc, index, _TERM_ITEM_RE.match)


def _item_term(
    doc: Document, index: int, read: Callable[[str], re.Match[str] | None]
) -> Unit | None:
    """The card of the list item at `index` whose first line `read` reads as a term and
    its definition (groups "term" and "definition"), else None."""
    item = doc.blocks[index]
    lead = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    if lead is None or not lead.lead or lead.kind != "paragraph":
        return None
    match = read(lead.text.split("\n", 1)[0])
    if match is None:
        return None
    return Unit(
        item.start,
        item.start,
        match["term"],
        whole_title(match["term"], plain=doc.plain),
        item.start + 1,
        end=item.end,
        answer_prefix=match["definition"],
        container=True,
        explicit=True,
    )


# A glossary written as lines: "Bias: error from wrong assumptions", "Pod - the smallest
# unit", "Epoch — one pass", "Power = the chance of …" (an equals sign, spaced),
# "HTTP:Hypertext transfer protocol" (the colon typed without
# its space, where words follow: not "http://…", "localhost:8080" nor "std::vector").
# The term is a name (up to six words, no sentence in it)...
_NOT_A_TERM = rf"(?i:{QUESTION_WORDS}|{ANSWER_WORDS}|note|tip|see|e\.g)\s*+\d*"  # (`\s*+`, below
# too: a run of spaces split between two `\s*` is tried every way, its length squared)
_TERM_LINE_RE = re.compile(
    rf"^(?!{_NOT_A_TERM}\s*+[:\-–—])(?P<term>[^\W_](?:[^:\n.?!;,]{{0,48}}?[^\s:.?!;,])?)"
    r"(?::[ \t]+|:(?=[^\W\d_][^\s:/]*[ \t]+\S)|[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*"
    r"|[ \t]+:?=[ \t]+)"  # "Power = the chance of …", "Rank := the number of …"
    r"(?P<definition>\S.*)$"
)
# ... or a question, its answer after a dash, colon, arrow or pipe: "Is null an object? -
# no", "What is a mutex? | a lock" (a term before a pipe is no card: "ps aux | grep x").
_ASKED_LINE_RE = re.compile(
    r"^(?P<term>[^\s>|#*+-][^\n]{1,200}?[?？])[ \t]*(?:[-–—:|]|→|->|=>)[ \t]+(?P<definition>\S.*)$"
)
# ... or its term in bold, the colon or dash inside or after: "**Quorum** — the minimum …",
# "**Quorum:** the minimum …" (a paragraph a term, as people write a glossary in Markdown).
_BOLD_TERM_LINE_RE = re.compile(
    rf"^(?P<b>\*\*|__)(?!{_NOT_A_TERM}\s*+(?:[:\-–—]|(?P=b)))"
    r"(?P<term>[^\W_](?:[^*_:\n.?!;,]{0,48}?[^\s*_:.?!;,])?)"
    r"(?::(?P=b)[ \t]+|(?P=b)(?::[ \t]+|[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*))(?P<definition>\S.*)$"
)
_NOT_A_TERM_RE = re.compile(rf"^{_NOT_A_TERM}$")


def _term_line(line: str) -> re.Match[str] | None:
    """A glossary line's term and definition, its term plain or in bold."""
    return _TERM_LINE_RE.match(line) or (
        _BOLD_TERM_LINE_RE.match(line) if line[:2] in ("**", "__") else None
    )


_TERM_LINES = 3


def _asks(text: str) -> bool:
    return text.endswith(("?", "？"))


_TERM_SHARE = 0.6  # of the document's non-blank lines


def glossary_lines(doc: Document) -> list[Unit]:
    """A unit per line of a glossary written one term (or question) a line at the margin,
    its answer after a colon or dash, where such lines, three or more with every term
    different (not fields: "Problem:" in each record; not "Q:"/"A:" marks), are most
    of the document's lines (its headings counted: a note's metadata lines under its
    questions are no glossary). A line under a term line, in its paragraph, goes on
    with the definition."""
    if not _mostly_term_lines(doc.lines):
        return []  # the usual document, told from a sample of its lines
    units: list[Unit] = []
    text_lines = others = 0
    allowed = len(doc.lines) * (1 - _TERM_SHARE)  # other lines past this: no glossary
    for block in doc.blocks:
        if block.kind in ("front_matter", "hr"):
            continue
        lines = nonblank_between(doc, block.start, block.end)
        text_lines += lines
        if block.kind != "paragraph" or block.depth or block.quoted:
            others += lines
        else:
            others += sum(
                _glossary_line(doc, number, block.start, units)
                for number in range(block.start, block.end + 1)
            )
        if others > allowed:
            return []
    if len(units) > 2 and _titled(doc, units):
        units = units[1:]  # "Amazon onsite - leadership principles" over questions: a title
    terms = {u.title.casefold() for u in units}
    covered = sum(u.end - u.line + 1 for u in units)
    # Three terms make a glossary; lines that each ask ("What is X? - …") are questions
    # by their own words, as many as there are: two such lines are two questions.
    fewest = 1 if all(_asks(u.title) for u in units) else _TERM_LINES
    if len(units) < fewest or len(terms) < len(units) or covered < text_lines * _TERM_SHARE:
        return []
    if fewest > 1 and record_pairs((u.title, u.answer_prefix) for u in units):
        return []  # "Date: 2024-03-05" / "Day one: we landed …": minutes or a diary
    return units


def _titled(doc: Document, units: list[Unit]) -> bool:
    """Whether the first line that reads as a term is the note's title: a paragraph of
    its own above lines that all ask ("What is X? - …"), none of them a term."""
    first = units[0]
    alone = not doc.line(first.line + 1).strip() and (
        first.line == 1 or not doc.line(first.line - 1).strip()
    )
    return alone and not _asks(first.title) and all(_asks(u.title) for u in units[1:])


_SAMPLE = 200
_STRIDE = 7919  # a prime; a note whose length it divides takes the odd number after it


def _mostly_term_lines(lines: list[str]) -> bool:
    """Whether a sample of the lines (all of a short note's) is two fifths term or
    question lines or more: a glossary's are three fifths, a sample rarely less."""
    count = len(lines)
    numbers: Iterable[int] = range(count)
    if count > _SAMPLE:  # lines spread over the note by a prime stride: the same each parse
        step = _STRIDE if count % _STRIDE else _STRIDE + 2
        numbers = ((k * step) % count for k in range(_SAMPLE))
    text = [lines[n] for n in numbers if lines[n].strip()]
    terms = [bool(_term_line(line)) for line in text]
    asked = [
        not t and "?" in line and bool(_ASKED_LINE_RE.match(line))
        for t, line in zip(terms, text, strict=True)
    ]
    found = sum(terms) + sum(asked)
    enough = found >= min(_TERM_LINES, len(text)) or (any(asked) and not any(terms))
    return enough and found * 5 >= len(text) * 2


def _glossary_line(doc: Document, number: int, first: int, units: list[Unit]) -> bool:
    """Read line `number` of a paragraph starting at `first` into `units`: a term's line
    (whose definition does not ask: "He asked: Why …?" is a question), or a line its
    definition wraps onto. True when it is neither."""
    match = _term_line(doc.line(number))
    asked = None if match else _ASKED_LINE_RE.match(doc.line(number))
    term = (match or asked)["term"] if match or asked else ""
    definition = (match or asked)["definition"].rstrip() if match or asked else ""
    named = asked or len(term.split()) <= 6
    if term and named and not _NOT_A_TERM_RE.match(term) and not _asks(definition):
        title = whole_title(term, plain=doc.plain)
        units.append(
            Unit(
                number,
                number,
                term,
                title,
                number + 1,
                end=number,
                answer_prefix=definition,
                container=True,
                explicit=True,
            )
        )
        return False
    if units and units[-1].end == number - 1 and first < number:
        units[-1].end = number  # the definition wraps onto this line
        units[-1].answer_start = number + 1
        units[-1].answer_prefix += "\n" + doc.line(number).strip()
        return False
    return True

"""Bold paragraphs as question units: "**What is X?**" over its answer, "**1. What is X?**",
"**What is X?** the answer on its line", bold questions a line each with no blank
between them, and (where nothing is bold) questions set in italics a line each.
"""

from __future__ import annotations

import re

from studyapp.core.parse.titles import ends_asking, tags_after_asking, whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import (
    BOLD_NUMBER_RE,
    ESCAPED_NUMBER_RE,
    PREFIX_RE,
    WHOLE_BOLD_RE,
    Unit,
    _label,
    _labelled_question,
    _number,
    _title_cut,
    _unit,
    asks_marked,
    bold_lead,
    numbered_lead,
    sentence_lead,
)

_HASHTAGS_RE = re.compile(r"\s*(?:#[^\s#]+\s*)+")
_LEAD_SEPARATOR_RE = re.compile(r"(?<=\*\*|__)[ \t]*[:\-\u2013\u2014]?[ \t]*$")
# A line all in italics: "*What is a p-value?*", "_Explain the CLT._" (not bold).
WHOLE_ITALIC_RE = re.compile(
    r"^\s*+(?P<mark>[*_])(?![*_\s])(?P<q>[^*_\n]+?)(?<!\s)(?P=mark)\s*(?P<tail>[^\w\s*]{0,6})\s*$"
)


def _bold_lines_below(doc: Document, block: Block) -> list[Unit]:
    """Bold questions typed a line each with no blank line between the cards: in a
    paragraph that opens with one, each later line in bold that asks, not right under
    a bold title, starts a question too ("**What is X?**" / "answer" / "**Why Y?**" …,
    or "**What is X?** answer" / "**Why Y?** answer")."""
    units = []
    lines = block.text.split("\n")
    for offset in range(1, len(lines)):
        line = lines[offset]
        if line.lstrip()[:2] not in ("**", "__") or PREFIX_RE.match(line):
            continue
        above = WHOLE_BOLD_RE.match(lines[offset - 1])  # a title: this line answers it
        whole = WHOLE_BOLD_RE.match(line)
        lead = None if whole else bold_lead(line)
        if above or not (lead or (whole and ends_asking(whole["q"]))):
            continue
        number = block.start + offset
        raw = lead["q"] if lead else line
        units.append(
            Unit(
                number,
                number,
                raw,
                whole_title(raw, plain=doc.plain),
                number + 1,
                answer_prefix=lead["a"] if lead else "",
            )
        )
    return units


def _run_lead(doc: Document, index: int) -> re.Match[str] | None:
    """A bold lead sentence in a run of paragraphs that open with prompts in bold
    ("**Design a cache.** …" / "**Sketch a rate limiter.** …" / "**Explain CAP.** …"):
    a question like its neighbours, whatever verb it opens with. A heading beside it
    opens or closes the run."""
    lead = sentence_lead(doc.blocks[index].text.partition("\n")[0])
    if lead is None:
        return None
    neighbours = [
        doc.blocks[n]
        for n in (index - 1, index + 1)
        if 0 <= n < len(doc.blocks) and doc.blocks[n].kind != "heading"
    ]
    return lead if neighbours and all(_opens_with_prompt(b) for b in neighbours) else None


def _opens_with_prompt(block: Block) -> bool:
    return (
        block.kind == "paragraph"
        and block.depth == 0
        and not block.quoted
        and bold_lead(block.text.partition("\n")[0]) is not None
    )


def _lead(doc: Document, index: int, first: str, structure: bool) -> re.Match[str] | None:
    """A paragraph's bold lead that is a question: one that asks with its mark; one
    that commands ("**Design a cache.** …") only where bold prompts are the notes'
    structure."""
    lead = bold_lead(first)
    if lead is not None and asks_marked(lead):
        return lead
    if not structure:
        return None
    return lead or _run_lead(doc, index)


_BOLD_START_RE = re.compile(r"^\s*+(\*\*|__)(?:(?!\1).)+\1")


def _prompts_are_structure(doc: Document) -> bool:
    """Whether bold prompts, each over its answer, may be the notes' structure: no
    heading below the title, or every paragraph under the first such heading opens in
    bold and every heading's section opens with one. Headings over sections of prose
    already split the text; bold commands there ("**Create a replication user.**",
    "**Never push on Friday.**") are steps and advice inside those sections."""
    headed = False
    opening = False  # just below a heading: its section must open in bold
    for block in doc.blocks:
        if block.depth > 0 or block.quoted:
            continue
        if block.kind == "heading":
            headed = headed or block.level > 1
            opening = block.level > 1
            continue
        bold = block.kind == "paragraph" and _BOLD_START_RE.match(block.text) is not None
        if not bold and (opening or (headed and block.kind == "paragraph")):
            return False
        opening = False
    return True


_OPEN_BOLD_RE = re.compile(r"^\s*+(\*\*|__)(?![\s*_])(?:(?!\*\*|__).)*$")
_WRAP_LINES = 3  # a title wraps over a few lines; more is a paragraph set in bold


def _wrapped_bold(text: str) -> int | None:
    """The last line of a bold question wrapped over the paragraph's first lines, its
    answer below ("**How do you avoid a cache stampede when a hot key" / "expires?**":
    Google Docs' Markdown export keeps a long paragraph's line breaks inside its bold),
    by its offset in the paragraph: the bold opened on the first line and closed at the
    end of a later one, as a bold line over its answer is. Its first line alone was the
    title, and "expires?" the answer's."""
    lines = text.split("\n")
    if len(lines) < 2 or PREFIX_RE.match(lines[0]) or not _OPEN_BOLD_RE.match(lines[0]):
        return None
    for last in range(1, min(len(lines), _WRAP_LINES)):
        joined = " ".join(line.strip() for line in lines[: last + 1])
        if WHOLE_BOLD_RE.match(joined):
            return last if ends_asking(WHOLE_BOLD_RE.match(joined)["q"]) else None
        if "**" in lines[last] or "__" in lines[last]:
            return None  # closed inside the line: a lead, text after it
    return None


def bold_paragraphs(doc: Document) -> list[Unit]:
    units = []
    italic: list[Unit] = []
    structure = _prompts_are_structure(doc)
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("paragraph", "heading") or block.depth > 0 or block.quoted:
            continue
        first = block.text.partition("\n")[0]
        # "**Question 1**", "Question 1", "### Question 1" (a label is short)
        label = _label(first) if len(first) <= 30 and first.count(" ") <= 4 else None
        if label is not None:
            # "**Answer**" marks the answer of the question above; "**Question 1**"
            # labels the question below it
            unit = _labelled_question(doc, index) if label["question"] else None
            if unit is not None:
                units.append(unit)
            continue
        if block.kind == "heading":
            continue
        escaped = "\\" in first[:8] and ESCAPED_NUMBER_RE.match(doc.line(block.start))
        if BOLD_NUMBER_RE.match(first) or escaped:
            # "**1)** The number of active ads." — the whole paragraph is the question,
            # unless its answer follows on the next line ("**1. What is a closure?**")
            # or on its own line after the bold ("**1. What is a heap?** A tree …")
            lead = numbered_lead(first)
            cut = 0 if lead else _title_cut(block.text.split("\n"), doc.plain)
            if lead:
                units.append(
                    _unit(
                        doc,
                        block,
                        # in its bold, as a numbered title over its answer is written: the
                        # same numbering ("**Q3) …?** answer" beside "**Q4. …?**")
                        _LEAD_SEPARATOR_RE.sub("", lead.string[: lead.start("a")]),
                        title_end=block.start,
                        answer_start=block.start + 1,
                        number=_number(first),
                        answer_prefix=lead["a"],
                    )
                )
            elif cut is None:
                units.append(_unit(doc, block, block.text, number=_number(first)))
            else:
                raw = "\n".join(block.text.split("\n")[: cut + 1])
                end = block.start + cut
                units.append(
                    _unit(
                        doc, block, raw, title_end=end, answer_start=end + 1, number=_number(first)
                    )
                )
        elif (whole := WHOLE_BOLD_RE.match(first)) and not PREFIX_RE.match(first):
            units.append(
                _unit(doc, block, first, title_end=block.start, answer_start=block.start + 1)
            )
            if ends_asking(whole["q"]) and "\n" in block.text:
                units.extend(_bold_lines_below(doc, block))
        elif (wrapped := _wrapped_bold(block.text)) is not None:
            raw = "\n".join(block.text.split("\n")[: wrapped + 1])
            end = block.start + wrapped
            units.append(_unit(doc, block, raw, title_end=end, answer_start=end + 1))
        elif (lead := _lead(doc, index, first, structure)) and not PREFIX_RE.match(first):
            # "**What is an SCP?** An org-level guardrail.": the answer on its line;
            # "**What is an index?** #db": the question's tags, the answer below
            tags = tags_after_asking(first) if _HASHTAGS_RE.fullmatch(lead["a"]) else ()
            units.append(
                _unit(
                    doc,
                    block,
                    lead["q"],
                    title_end=block.start,
                    answer_start=block.start + 1,
                    answer_prefix="" if tags else lead["a"],
                    tags=tags,
                )
            )
            if "\n" in block.text:
                units.extend(_bold_lines_below(doc, block))
        elif (
            first.lstrip()[:1] in ("*", "_")
            and WHOLE_ITALIC_RE.match(first)
            and not PREFIX_RE.match(first)
        ):
            italic.append(
                _unit(doc, block, first, title_end=block.start, answer_start=block.start + 1)
            )
    # Questions set in italics a line each ("*What is a p-value?*"), where the notes put
    # nothing in bold: beside bold questions, italics are an answer's emphasis.
    return units or italic

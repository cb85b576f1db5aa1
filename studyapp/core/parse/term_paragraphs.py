"""A glossary written a term a line, its definition on the lines below it, a blank line
between entries (as a flashcard set is pasted, or a vocabulary list typed):

    Polymorphism
    One interface, many implementations: a call dispatches on the object's type.

    Encapsulation
    Hiding state behind methods so invariants hold.

Each such paragraph is a card: its first line the term (a name of a few words, no
sentence: no full stop, comma or colon at its end), the rest its definition. Only
where such paragraphs are three or more, every term different, and most of the note's
text, its headings aside.

A document in parts reads the same way ("Installation" over how to install, "Goals",
"Scope", "Risks" in a project plan, "Ingredients" and "Method" in a recipe, "What went
well" in a retro): where half its paragraphs or more are such parts, it is no glossary.
A part is named as documents' parts are (`_PART_NAMES`, the parts of a README, a plan,
a design doc, meeting notes, a recipe, a report, a changelog's "Added" / "Fixed"), or
its text tells the reader what to do ("Download the binary …", "Mash the bananas …"):
a definition says what a thing is, not what to do. A part whose text opens on a gerund
defines it ("Design" over "Deciding the architecture …", the phases of the SDLC).
Text that tells what to do only counts beside two parts named so: a cheat sheet's
answers tell how to do a thing too ("Rate limiter" over "Use a token bucket …", "Two
Sum" over "Keep a dict …"), and a recipe or a README names its parts."""

from __future__ import annotations

import re

from studyapp.core.parse.choice import furniture
from studyapp.core.parse.ends import nonblank_between
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

# A term: up to six words, a letter first, no sentence's end or a list's mark.
_TERM_RE = re.compile(r"^(?![-*+>#|]|\d{1,3}[.)])[^\W_][^\n.,:;!?]{0,60}$")
_MARKED_RE = re.compile(r"^[:~][ \t]")  # a definition list's mark


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The parts documents are divided into, not a glossary's terms.
_PART_NAMES = _words(
    """
    abstract acknowledgements actions added agenda alternatives appendix approach architecture
    assumptions attendees authors background baking budget changelog changes configuration
    constraints contact contributing cooking credits decisions dependencies deployment
    deliverables description design directions discussion equipment examples faq features
    findings goals ingredients installation instructions introduction issues license
    licence limitations links method methods methodology milestones motivation next
    non-goals notes objectives outcomes overview owners participants preparation
    prerequisites problem proposal purpose recommendations references requirements
    resources results risks roadmap schedule scope serving servings setup solution
    stakeholders status steps storage summary support testing timeline tips
    troubleshooting updates usage variations
    changed deprecated fixed removed unreleased
    """
)
_PART_PHRASES = re.compile(
    r"^(?:what (?:went|did not go|didn't go|could have gone) (?:well|badly|better)"
    r"|(?:action|open) items|next steps|open questions|getting started|how to (?:run|use|install)"
    r"|(?:lessons|things) learned|to ?do|(?:key )?(?:decisions|risks|takeaways)(?: made)?)$",
    re.I,
)
# Words that open an instruction ("Run the tests", "Pour into a tin"); not those that
# open a definition as a noun too ("Set of rules", "Map from keys …": see _part).
_INSTRUCTIONS = _words(
    """
    add apply bake beat boil bring check choose click clone combine configure copy cover
    create cut deploy download drain edit enable enter ensure fill fold follow heat install
    keep leave let make mash melt mix move open paste place pour preheat press pull push
    put read remove replace restart run save select serve sift simmer slice sprinkle start
    stir stop take turn type update upload use wait whisk write
    """
)
# A definition of a process or phase opens on what is done: "Deciding …", "Gathering …".
_GERUND_RE = re.compile(r"^\W*[A-Z][a-z]{2,}ing\b")
_WORDS = 6
_FEWEST = 3
_SHARE = 0.6


def term_paragraphs(doc: Document) -> list[Unit]:
    """A unit per paragraph that is a term over its definition (see the module)."""
    units: list[Unit] = []
    text_lines = 0
    furnished = 0  # parts named as furniture ("License" over its text): no terms
    for block in doc.blocks:
        if block.kind in ("front_matter", "hr", "heading"):
            continue
        text_lines += nonblank_between(doc, block.start, block.end)
        if block.kind != "paragraph" or block.depth or block.quoted or block.end == block.start:
            continue
        term = doc.line(block.start).strip()
        if not _TERM_RE.match(term) or len(term.split()) > _WORDS:
            continue
        if furniture(term):
            furnished += 1  # (a part of a document, "License" over its text, is no term)
            continue
        definition = [doc.line(n).strip() for n in range(block.start + 1, block.end + 1)]
        if len(definition[0].split()) < 2 or _MARKED_RE.match(definition[0]):
            continue  # "Paris" / "France": two names; ": …" a definition list's (deflists)
        units.append(
            Unit(
                block.start,
                block.start,
                term,
                whole_title(term, plain=doc.plain),
                block.end + 1,
                end=block.end,
                answer_prefix="\n".join(definition),
                container=True,
                explicit=True,
            )
        )
    if _in_parts([_part(u) for u in units], furnished):
        return []  # a document in parts: a README, a plan, a recipe (see the module)
    terms = {u.title.casefold() for u in units}
    covered = sum(u.end - u.line + 1 for u in units)
    if len(units) < _FEWEST or len(terms) < len(units) or covered < text_lines * _SHARE:
        return []
    return units


def _part(unit: Unit, text: str | None = None) -> str:
    """How a term paragraph (or a heading over `text`) is a document's part (see the
    module): "named", "told" (its text tells what to do), or "" (none)."""
    term = unit.title.strip().casefold()
    text = unit.answer_prefix if text is None else text
    if term.rstrip("s") in text.casefold():
        return ""  # "Methods": "What the methods of a paper hold": a card on the part
    if _GERUND_RE.match(text):
        return ""  # "Design": "Deciding the architecture …": a definition of a phase
    if names_a_part(term):
        return "named"
    words = text.split()[:2]
    told = (
        len(words) == 2
        and words[0].casefold() in _INSTRUCTIONS
        and words[1].casefold() not in ("of", "for", "to", "in", "that", "which")
    )
    return "told" if told else ""


def names_a_part(title: str) -> bool:
    """Whether a title is the name documents give their parts ("Methods", "Results",
    "Next steps"), by its whole."""
    term = title.strip().casefold()
    return term in _PART_NAMES or term.rstrip("s") in _PART_NAMES or bool(_PART_PHRASES.match(term))


def _in_parts(parts: list[str], furnished: int = 0) -> bool:
    """Whether terms or headings so judged (`_part`) are a document's parts: half or
    more named as parts are, or half or more parts where two are named so, counting
    the `furnished` parts beside them that are no terms ("License"; see the module)."""
    named = parts.count("named")
    told = parts.count("told")
    return named * 2 >= len(parts) or (named + furnished >= 2 and (named + told) * 2 >= len(parts))


def headed_parts(doc: Document, units: list[Unit]) -> bool:
    """Whether headings found as questions are a document's parts ("## Ingredients",
    "## Method" in a recipe, "## Installation" in a README): three or more, none asks,
    half or more named or written as parts are (see the module)."""
    if len(units) < _FEWEST or any(is_question_like(u.title) for u in units):
        return False
    parts = []
    for unit in units:
        after = (doc.line(n).strip() for n in range(unit.title_end + 1, len(doc.lines) + 1))
        parts.append(_part(unit, next((line for line in after if line), "")))
    levels = {b.start: b.level for b in doc.blocks if b.kind == "heading"}
    level = levels.get(units[0].line)
    starts = {u.line for u in units}
    # (a footer after the last of them, "## Resources" over links, ends cards as well)
    furnished = sum(
        1
        for b in doc.blocks
        if b.kind == "heading"
        and b.level == level
        and b.start not in starts
        and b.start < units[-1].line
        and furniture(b.text)
    )
    return _in_parts(parts, furnished)

"""A heading after the cards that names the notes' own matter, not one card more::

    ## Two Sum (Easy)
    Use a hash map value→index; one pass.

    ## Merge k Sorted Lists (Hard)
    Min-heap of list heads: O(N log k).

    ## Notes
    Most of these reduce to picking the right data structure first.

"Notes", "Summary", "Misc", "Next steps", "Open questions", "Resources" close the
notes: an aside of the person's about the cards, no card of its own (it was one,
"Notes", since named headings over answers became cards). Where the cards ask (Q&A
headings) the questions' consistency drops such a place already (`mostly_asking`);
named cards ask nothing, so the run of such headings at their end goes here, and
their lines are the notes' footer, named as skipped.

A heading names such a part by its whole title, in the words the importer knows the
parts of notes by (`DOCUMENT_PART_RE`, footers, sources, the study's own parts): a
card on a subject that opens with one of them stays a card ("Summary statistics",
"Notes on CAP", "Support vector machines"). A document whose headings are its parts
("Introduction", "Background", "Method", "Conclusion": an article, a recipe) keeps
them all, for `headed_parts` to read it as a document in parts, no deck of cards; and
so do cards whose subjects are such parts ("Abstract", "Methods", "Conclusion": cards
on the parts of a paper), where one before them is named so too.
"""

from __future__ import annotations

import re

from studyapp.core.parse import units as found
from studyapp.core.parse.ends import names_sources, names_study_part
from studyapp.core.parse.term_paragraphs import headed_parts, names_a_part
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

__all__ = ["names_own_matter", "without_closing_asides"]


def _whole(match: re.Match[str] | None, title: str) -> bool:
    """Whether a match covers the whole title, its closing punctuation aside."""
    return match is not None and not title[match.end() :].strip(" \t:.!*_")


def names_own_matter(title: str) -> bool:
    """Whether a heading's whole title names a part of the notes about the notes
    themselves ("Notes", "Summary", "Misc", "Open questions", "References"), not a
    subject ("Summary statistics", "Notes on CAP", "Support vector machines")."""
    text = title.strip().strip("*_ ")
    if not text or found.is_question_like(text):
        return False
    if found.DOCUMENT_PART_RE.match(text) or found.TOC_RE.match(text) or names_sources(text):
        return True
    if _whole(found.FOOTER_RE.match(text), text):
        return True
    return names_study_part(text, whole=True)


def without_closing_asides(doc: Document, units: list[Unit]) -> list[Unit]:
    """Heading `units` without the run of headings at their end that name the notes'
    own matter (see the module); all of them where they are a document's parts, or
    where nothing else would be left."""
    end = len(units)
    while end > 0 and names_own_matter(units[end - 1].title):
        end -= 1
    if end == len(units) or end == 0 or headed_parts(doc, units):
        return units
    if any(names_own_matter(u.title) or names_a_part(u.title) for u in units[:end]):
        return units  # the cards' own subjects: the parts of a paper, a document
    return units[:end]

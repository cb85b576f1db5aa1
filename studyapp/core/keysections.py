"""Sections each named by a heading and filled with a list of examples: the headings
are the points. No Qt here.

An answer organized as sections ("### 1. Churn Prediction", "### 2. Finance", …)
whose bodies list short examples ("* Portfolio optimization", "* Credit scoring")
says its ideas in the headings; the items illustrate them. Taken as points, the items
are products and cases a right answer seldom names ("It helped find which customers
churn" says none of "Portfolio optimization, Credit scoring, …"), and their many
short leads outrank the headings. Where two sections or more, each under a heading
that names something, list two plain items or more (a short phrase, no "**Term**:
meaning" entry, nothing said after a colon), those items are marked as illustrating
(`keyterms` then keeps what the answer says, not its examples). A heading that only
labels ("Use cases", "How it helps") names nothing and makes no section here; a list of
entries, each a term with its meaning, is a glossary and stays the points.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import words

SECTIONS_ENOUGH = 2  # this many sections of examples: the headings are the points
ITEMS_ENOUGH = 2  # a section's plain items, at least, to be a list of examples


def _example_item(candidate) -> bool:
    """A list item's short lead with nothing said of it ("Credit scoring"; its gloss,
    if any, only its own words: "bundles" of "JavaScript bundles")."""
    if candidate.source != "lead" or candidate.entry:
        return False
    return set(words(candidate.gloss)) <= set(words(candidate.term))


def mark_examples(candidates: Sequence) -> None:
    """Mark the plain items under named headings as illustrating, when two sections or
    more are lists of such items (candidates in the answer's order)."""
    sections: list[list] = []
    for candidate in candidates:
        if candidate.source == "heading":
            sections.append([])
        elif sections and _example_item(candidate):
            sections[-1].append(candidate)
    listing = [items for items in sections if len(items) >= ITEMS_ENOUGH]
    if len(listing) < SECTIONS_ENOUGH:
        return
    for items in listing:
        for item in items:
            item.illustrating = True

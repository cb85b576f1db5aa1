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

A list item that holds a list of its own is a section as a heading is: "1. Key-value
stores: look up a value by its key" over "- Redis", "- DynamoDB", and "- **Message
queues** decouple producers …" over "- RabbitMQ" make their items' names the points.

A section's name ends, often, in a word the answer says all over ("Churn Prediction"
in an answer that predicts in every section, "Demand Forecasting" over items that
forecast): that word tells no section from another, and the name is said by its other
words ("finds which customers churn", `said_by_its_topic`), as a kind is by what tells
it from its siblings (`keykinds`).
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import stem, words

SECTIONS_ENOUGH = 2  # this many sections of examples: the headings are the points
ITEMS_ENOUGH = 2  # a section's plain items, at least, to be a list of examples


def _example_item(candidate) -> bool:
    """A list item's short lead with nothing said of it ("Credit scoring"; its gloss,
    if any, only its own words: "bundles" of "JavaScript bundles")."""
    if candidate.source != "lead" or candidate.entry:
        return False
    return set(words(candidate.gloss)) <= set(words(candidate.term))


def mark_examples(candidates: Sequence) -> None:
    """Mark the plain items under named headings, or nested under list items, as
    illustrating, when two sections or more are lists of such items (candidates in the
    answer's order)."""
    sections: list[list] = []
    opened_at = -1  # the list depth of the item that opened the section; -1: a heading
    for k, candidate in enumerate(candidates):
        later = candidates[k + 1] if k + 1 < len(candidates) else None
        if candidate.source == "heading":
            sections.append([])
            opened_at = -1
        elif candidate.depth and later is not None and later.depth > candidate.depth:
            sections.append([])  # an item with a list of its own ("1. Key-value stores")
            opened_at = candidate.depth
        elif sections and candidate.depth > opened_at and _example_item(candidate):
            sections[-1].append(candidate)
    listing = [items for items in sections if len(items) >= ITEMS_ENOUGH]
    if len(listing) < SECTIONS_ENOUGH:
        return
    for items in listing:
        for item in items:
            item.illustrating = True


TOPIC_REPEATS = 2  # a head word the answer says this often elsewhere tells no section


def said_by_its_topic(point: str, points: Sequence[str], heard, question: str, answer: str) -> bool:
    """Whether the typed answer says a section's name by the words that tell it: a
    name of two words or more ("Churn Prediction") among points that are all names,
    whose last word the answer says all over (predictions in every section) and so
    tells no section from another, is said by its other words ("finds which customers
    churn")."""
    from studyapp.core.keymatch import said, significant, split_point, statement

    def name_words(text: str) -> list[str]:
        name, gloss = split_point(text)
        return [] if gloss or statement(name) else significant(name)

    wanted = name_words(point)
    if len(wanted) < 2 or len(points) < 3 or not all(name_words(p) for p in points):
        return False
    head = stem(wanted[-1])
    outside = [stem(w) for w in words(answer)]
    if outside.count(head) - 1 < TOPIC_REPEATS:
        return False
    own = [w for w in wanted[:-1] if len(w) > 2]
    return bool(own) and said(" ".join(own), heard, question)

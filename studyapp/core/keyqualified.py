"""A point's verb done to what another point qualifies. No Qt here.

Two points may do two things to kinds of one thing: "coalesces partitions" and "splits
skewed partitions". A typed answer that swaps them ("splits small partitions and merges
the skewed ones") says the first point's verb only of the second point's kind: the
point is not said where every typed clause that says its verb names that other kind
("skewed") there. A clause that says the verb without it ("merges small shuffle
partitions") says the point as before. The other way round, the second point's kind
said only with the first point's verb ("merges the skewed ones") says no "splits skewed
partitions" either. A point of a side and its value ("useMemo: computed value") beside
a clause about that side ("useMemo caches a computed value") is no verb and its object
done otherwise: the clause's first word is the side, not another verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words


def _content(point: str) -> list[str]:
    """A point's content words, after its side's name or its condition ("On insert, it
    splits full nodes": splits, full, nodes)."""
    clause = point.split(": ")[-1].split(", ")[-1]
    return [w for w in words(clause) if w not in STOPWORDS]


def _qualifiers(point: str, others: Sequence[str]) -> set[str]:
    """The stems of the words that qualify the point's object in another point that does
    another thing to it ("skewed" of "splits skewed partitions" beside "coalesces
    partitions"); none unless the point is a verb and its object."""
    own = _content(point)
    if len(own) != 2:
        return set()
    verb, thing = (stem(w) for w in own)
    side, gloss = point.split(": ", 1) if ": " in point else ("", "")
    named = {stem(w) for w in words(side)} if gloss else set()
    found: set[str] = set()
    for other in others:
        told = [stem(w) for w in _content(other)]
        if told and told[0] in named:
            continue  # (the point's side as the subject: "useMemo caches a computed value")
        if len(told) >= 3 and told[-1] == thing and told[0] != verb:
            found |= set(told[1:-1]) - {verb, thing}
    return found


def said_of_the_other_kind(point: str, points: Sequence[str], heard: Heard) -> bool:
    """Whether every typed clause that says the point's verb names the kind another
    point gives its object, or every one that names the point's kind says another
    point's verb and not its own (see the module's docstring)."""
    others = [p for p in points if p != point]
    clause = heard.layout.clause
    if _kind_done_otherwise(point, others, heard):
        return True
    qualifiers = _qualifiers(point, others)
    if not qualifiers:
        return False
    verbs = _verb_at(_content(point)[0], heard)
    if not verbs:
        return False
    qualified = {clause[i] for q in qualifiers for i in heard.positions(q)}
    return all(clause[i] in qualified for i in verbs)


def _verb_at(verb: str, heard: Heard) -> list[int]:
    """Where the typed answer says a verb, not inside a hyphened name ("sort-merge joins"
    names a join, merges nothing)."""
    joined = heard.layout.hyphened
    return [i for i in heard.positions(verb) if i not in joined and i - 1 not in joined]


def _kind_done_otherwise(point: str, others: Sequence[str], heard: Heard) -> bool:
    """Whether a point "splits skewed partitions" has its kind ("skewed") said only in
    typed clauses that say another point's verb on the same thing ("coalesces
    partitions": "merges the skewed ones") and not its own."""
    own = _content(point)
    if len(own) < 3:
        return False
    verb, kinds, thing = own[0], own[1:-1], stem(own[-1])
    theirs = [
        told[0]
        for other in others
        if len(told := _content(other)) == 2
        and stem(told[1]) == thing
        and stem(told[0]) != stem(verb)
    ]
    said = [i for kind in kinds for i in heard.positions(kind)]
    if not theirs or not said:
        return False
    clause = heard.layout.clause
    mine = {clause[i] for i in _verb_at(verb, heard)}
    other = {clause[i] for v in theirs for i in _verb_at(v, heard)}
    return all(clause[i] in other and clause[i] not in mine for i in said)

"""Terms marked in a prose answer that are what its actors pass in turns. No Qt here.

"The client sends a **SYN**, the server answers with a **SYN-ACK**, and the client
replies with an **ACK**": the bold names the messages, but the answer's ideas are who
sends which. Taken as points on their own ("SYN", "SYN-ACK", "ACK"), they are said by
an answer that swaps the client and the server. Where every marked term of a prose
answer stands in one of its clauses that take turns between actors
(`keysides.said_on_its_side`: "client sends a SYN", "server answers with a SYN-ACK"),
the marks are the stress of those clauses: the answer is read as prose, its points
the clauses, each heard on its own actor's side.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core.keyheard import stem, words


def marks_in_turns(tokens: Sequence) -> bool:
    """Whether an answer's marked terms (bold or italic) all stand, one each, in clauses
    of its prose that take turns between actors, after the actor (see the module's
    docstring); False for an answer with no such clauses or a mark elsewhere."""
    from studyapp.core import keyclauses, keysides
    from studyapp.core.keyinline import read
    from studyapp.core.keylabels import clean_term

    marks: list[str] = []
    texts: list[str] = []
    for token in tokens:
        if token.type != "inline":
            continue
        inline = read(token)
        marks += [clean_term(span) for span in (*inline.strong, *inline.em)]
        texts.append(keyclauses.inline_text(token))
    marks = [m for m in marks if words(m)]
    if len(marks) < 2:
        return False
    points = keyclauses.clause_points(texts, "", most=len(marks) + 2)
    turns = keysides._contrasted(points)  # clause → the actor it is about
    if len({stem(w) for side in turns.values() for w in words(side)}) < 2:
        return False
    # (each held after its clause's actor, what is passed: not the actor itself, as
    # "**Stateful** services keep …" beside "**Stateless** ones …" marks the sides)
    holding = [
        sum(
            1
            for point, side in turns.items()
            if _holds(point, mark) and not set(words(side)) & set(words(mark))
        )
        for mark in marks
    ]
    return all(held == 1 for held in holding)


def _holds(point: str, mark: str) -> bool:
    """Whether a clause point holds a marked term whole, as its own pieces in a row
    ("SYN" in "client sends a SYN", not in "… with a SYN-ACK")."""

    def pieces(text: str) -> list[str]:
        return [p.strip(".,;:!?()\"'`").casefold() for p in text.split()]

    own, told = pieces(point), pieces(mark)
    return any(own[i : i + len(told)] == told for i in range(len(own) - len(told) + 1))

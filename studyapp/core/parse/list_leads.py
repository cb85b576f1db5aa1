"""Questions each written as one line over a bulleted answer, as notes in Apple Notes,
Keep or a text file are written::

    Tell me about yourself
    • 3 parts: present role, past highlights, why this job
    • Keep it under 2 minutes

    Why do you want to leave your current job?
    • Growth: I want a bigger scope

Most such lines ask with a question mark; some ask as a task ("Tell me about
yourself") or name the question ("Biggest weakness"). Where the notes are written so
throughout, every line over a list is a question and the list its answer, not each
bullet a question of its own. "Written so throughout": two or more such lines, at
least half of them asking, and (nearly) every list at the top level under one.
"""

from __future__ import annotations

from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import PREFIX_RE, Unit, is_question_like

_LONGEST = 150  # a line over a list longer than this is an answer's sentence


def _top_lists(doc: Document) -> list[int]:
    """Indexes (in doc.blocks) of the first item of each list at the top level."""
    firsts = []
    previous: Block | None = None  # the last block at the top level
    for index, block in enumerate(doc.blocks):
        if block.depth or block.quoted:
            continue
        if block.kind == "item" and not (previous is not None and previous.kind == "item"):
            firsts.append(index)
        previous = block
    return firsts


def list_leads(doc: Document) -> list[Unit]:
    """A unit per line over a list, in notes written so throughout (see the module)."""
    firsts = _top_lists(doc)
    if len(firsts) < 2:
        return []
    leads: list[Unit] = []
    for index in firsts:
        above = doc.blocks[index - 1] if index else None
        if (
            above is None
            or above.kind != "paragraph"
            or above.depth
            or above.quoted
            or above.start != above.end
            or doc.blocks[index].start > above.end + 2  # at most a blank line between
        ):
            continue
        raw = doc.line(above.start).strip()
        if len(raw) > _LONGEST or PREFIX_RE.match(raw):
            continue
        title = whole_title(raw, plain=doc.plain)
        if title:
            leads.append(Unit(above.start, above.start, raw, title, above.start + 1))
    asking = sum(1 for u in leads if is_question_like(u.title))
    if len(leads) < 2 or asking * 2 < len(leads) or len(leads) * 5 < len(firsts) * 4:
        return []
    return leads

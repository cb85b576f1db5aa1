"""A footer in the middle of the notes: "## References" (or "Resources", "Further
reading", "Links") with its own lines under it, then more questions::

    ## What is IP?
    The network layer.

    ## References
    - Stevens, TCP/IP Illustrated

    ### What is QUIC?
    A transport over UDP with TLS built in.

The footer ends at the next heading of its own level or higher, or at the next heading
that asks: what asks after it is a question again, whatever its level (read as the
footer's sub-headings, "What is QUIC?" was skipped with the footer). A footer heading
with nothing of its own under it, right over its questions, names their group: it is
no footer.
"""

from __future__ import annotations

from studyapp.core.parse import units as found
from studyapp.core.parse.choice import HEADING_KINDS, Candidate
from studyapp.core.parse.ends import names_sources, nonblank_prefix
from studyapp.core.parse.heading_levels import asks_or_compares
from studyapp.core.parse.titles import section_title
from studyapp.core.parse.tree import Block, Document


def footer_blocks(doc: Document) -> list[Block]:
    """The headings at the margin that name the notes' sources ("References", "Further
    reading"), each with lines of its own under it before the next heading (works
    cited, not a group's name). (A project's "Contributing" or "License" may hold its
    own questions, "### How do I add a question?": those are no notes' questions.)"""
    heads = [b for b in doc.blocks if b.kind == "heading" and not b.depth and not b.quoted]
    counts = nonblank_prefix(doc)
    footers = []
    for index, block in enumerate(heads):
        nxt = heads[index + 1] if index + 1 < len(heads) else None
        title = section_title(block.text, plain=doc.plain)
        if not names_sources(title) or found.is_question_like(title):
            continue
        stop = nxt.start - 1 if nxt is not None else len(doc.lines)
        if counts[stop] > counts[block.end]:
            footers.append(block)
    return footers


def after_footers(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """The chosen heading unit with the headings deeper than a footer's, under it, that
    ask (see the module): questions again, not lines of the footer."""
    if chosen.kind not in HEADING_KINDS or not chosen.units:
        return chosen
    footers = footer_blocks(doc)
    if not footers:
        return chosen
    levels = {b.start: b.level for b in doc.blocks if b.kind == "heading" and not b.depth}
    taken = {u.line for u in chosen.units}
    added = []
    for footer in footers:
        # The footer's region: to the next heading as high as it.
        end = min(
            (n for n, level in levels.items() if n > footer.start and level <= footer.level),
            default=len(doc.lines) + 1,
        )
        for cand in cands:
            if cand.kind not in HEADING_KINDS or int(cand.kind[1:]) <= footer.level:
                continue
            added += [
                u
                for u in cand.units
                if footer.start < u.line < end and u.line not in taken and asks_or_compares(u.title)
            ]
    if not added:
        return chosen
    units = sorted([*chosen.units, *added], key=lambda u: u.line)
    return Candidate(chosen.kind, units, chosen.score)

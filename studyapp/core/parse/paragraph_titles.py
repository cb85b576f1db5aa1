"""A title for a question whose notes start with its answer's paragraph, phrased as a
question from that paragraph's opening ("Yes, X is a Y" asks "Is X a Y?")."""

from __future__ import annotations

import re

from studyapp.core.parse.titles import clean_title, plain_text

_YES_IS_RE = re.compile(
    r"^(?:yes|no)[,!.]?[\s—–-]+(.+?)\s+is\s+(an?|the)\s+(.+?)(?:\s+[—–-]\s+|[,.;]|$)", re.I
)
_YES_CAN_RE = re.compile(r"^(?:yes|no)[,!.]?[\s—–-]+(.+?)\s+can\s+be\s+(\w+)", re.I)
_LOOKING_RE = re.compile(r"^if you(?:'|’)re looking (?:for|to)\s+(.+?),", re.I)
_SUBJECT_RE = re.compile(r"^(?:an?|the)\s+(\w+ that .+?)\s+(?:is|are)\b", re.I)
_THAT_RE = re.compile(r"^(?:an?\s+|the\s+)?(\w+(?:\s+\w+)?)\s+that\s+(\w+)\s+(.+)$", re.I)


def title_from_paragraph(markdown: str) -> str:
    """A title for a question that starts with a paragraph, phrased as a question."""
    first_line = markdown.strip().splitlines()[0] if markdown.strip() else ""
    plain = plain_text(first_line)
    yes_is = _YES_IS_RE.match(plain)
    if yes_is:
        return clean_title(f"Is {yes_is.group(1)} {yes_is.group(2)} {yes_is.group(3)}?")
    yes_can = _YES_CAN_RE.match(plain)
    if yes_can:
        return clean_title(f"Can {yes_can.group(1)} be {yes_can.group(2)}?")
    looking = _LOOKING_RE.match(plain)
    subject = _SUBJECT_RE.match(plain)
    if looking:
        phrase = looking.group(1)
    elif subject:
        phrase = subject.group(1)
    else:
        bold = re.search(r"\*\*(.+?)\*\*", first_line)
        phrase = plain_text(bold.group(1)) if bold else re.split(r"(?<=[.?!])\s", plain)[0]
    that = _THAT_RE.match(phrase.rstrip(".?!"))
    if that:
        noun, verb, rest = that.groups()
        if verb.lower() in ("is", "are"):
            return clean_title(f"Which {noun} {verb} {rest}?")
        verb = re.sub(r"s$", "", verb) if noun.lower().endswith("s") else verb
        return clean_title(f"Which {noun} {verb} {rest}?")
    return clean_title(phrase)

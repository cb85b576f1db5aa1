"""Lines that name a group of questions in notes without headings ("DATABASES",
"**Networking**", "[Storage]", "Topic: Go"), and such a line written right above its
group's first question with no blank line between ("KUBERNETES" / "What is a pod?" /
"The smallest deployable unit."): that paragraph is read as the label's line and the
question's paragraph, so the question is found and the label can name its group.
"""

from __future__ import annotations

import re

from studyapp.core.parse import units as found
from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit

# A line standing alone that names a group of questions, in notes without headings:
# "**Networking**", "=== Graphs ===", "DATABASES", "Part B - Memory", "Topic: Go".
LABEL_LINE_RE = re.compile(
    r"^ {0,3}(?:(?P<mark>\*\*|__)(?P<bold>[^*_\n]{2,60}?)(?P=mark)\s*+:?"
    r"|={2,}[ \t]+(?P<banner>[^=\n]{2,60}?)[ \t]+={2,}"
    r"|-{2,}[ \t]+(?P<dashed>[^-\n]{2,60}?)[ \t]+-{2,}"
    r"|\*{2,}[ \t]+(?P<starred>[^*\n]{2,60}?)[ \t]+\*{2,}"
    r"|\[[ \t]*+(?P<bracketed>(?!(?i:todo|tbd|fixme|note|image|figure|fig\b|diagram|see)\b)"
    r"[A-Z0-9][^\[\]:\n]{1,59}?)[ \t]*\]"
    r"|(?P<caps>(?=(?:[^a-z\n]*?[A-Z]){3})[A-Z0-9][^a-z\n]{2,60}?)"
    r"|(?P<named>(?i:part|section|chapter|module|unit|lesson|lecture|week|day|round)"
    r"\s++(?:\d{1,3}|[A-Z]|[IVX]{1,5})\b[^\n]{0,60}?"
    r"|(?i:topic|category|subject|area)\s*+[:\-–—]\s*+[^\n]{2,60}?)"
    r"|(?P<colon>[A-Z][\w&/+#'’\-]*+(?:[ \t][\w&/+#'’\-]++){0,3}):)\s*$"
    # an outline's part, lettered or in Roman numerals ("II. Unsupervised learning")
    r"|^ {0,3}(?:[IVX]{1,5}|[A-Z])[.)][ \t]+(?P<lettered>[A-Z][^\n]{1,58}?)[ \t]*:?[ \t]*$"
)
LABEL_WORD_RE = re.compile(r"^(?i:topic|category|subject|area)\s*[:\-–—]\s*")
CLAUSE_RE = re.compile(r"[.;:!]\s")  # a sentence, not a name
_KINDS = ("bold", "banner", "dashed", "starred", "bracketed", "caps", "named", "colon", "lettered")

# A name written plainly ("Kubernetes:", "kubernetes stuff", "Data structures"): a few
# words of letters, digits and the marks names use, a colon at most after it.
_PLAIN_NAME_RE = re.compile(r"^ {0,3}(?P<name>[^\W\d_][\w&/+#.'’ \-]{0,40}?)[ \t]*:?[ \t]*$")
# Words that lead into a sentence rather than name a group ("In Python," / "For a web app").
_LEAD_IN_RE = re.compile(
    r"^(?:in|on|for|with|when|if|given|so|and|but|or|as|then|also|to|from|by|at|of|"
    r"the|a|an|this|that|these|those|it|i|we|you|my|our|see|note|todo|tbd|fixme)\b",
    re.I,
)
# A line that stops on a word no name ends with: the next line goes on with it.
_OPEN_END_RE = re.compile(r"\b(?:a|an|the|of|and|or|but|between|vs|versus|than|to)$", re.I)


def shaped_label(line: str) -> tuple[str, bool] | None:
    """The name a line shaped as a label gives (all bold, all capitals, "[…]", "Part B"),
    and whether its shape alone says so (bold, capitals): None for any other line."""
    match = LABEL_LINE_RE.match(line)
    if match is None:
        return None
    title = " ".join(next(match[k] for k in _KINDS if match[k]).split()).rstrip(":")
    return LABEL_WORD_RE.sub("", title), bool(match["bold"] or match["caps"])


# A section numbered as an outline's are ("2 Networking", "2. Networking"), over the
# questions numbered under it ("2.1 What is a socket?"): a Word document's numbered
# headings, saved as text.
_OUTLINE_LABEL_RE = re.compile(
    r"^ {0,3}(?P<n>\d{1,3})\.?[ \t]+(?P<name>[^\W\d_][^\n]{0,58}?)[ \t]*:?[ \t]*$"
)


_OUTLINE_NUMBER_RE = re.compile(r"\s*+(?:\*\*|__)?(?P<n>\d{1,3})\.\d")
_OUTLINE_LINE_RE = re.compile(r"^[ \t]*+(?:\*\*|__)?\d{1,3}\.\d", re.M)


def outline_label(line: str, below: str) -> str:
    """The name a line numbered as a section gives where the question `below` it is
    numbered under it ("2 Networking" over "2.1 What is a socket?"), else ""."""
    match = _OUTLINE_LABEL_RE.match(line)
    under = _OUTLINE_NUMBER_RE.match(below) if match is not None else None
    if under is None or under["n"] != match["n"]:
        return ""
    return match["name"]


def outline_sections(doc: Document, units: list[Unit]) -> list[Unit]:
    """The units less the sections numbered as an outline's, written as list items
    ("1. Operating systems" over "1.1. What is a process?"): each asks nothing and the
    line after it is numbered under it; two or more, half the units or more (one such
    item among questions is a question over its numbered steps)."""
    if not units or not any_line(_OUTLINE_LINE_RE, doc.text()):
        return units  # (no line numbered under a section: the usual notes)
    sections = set()
    for index, unit in enumerate(units):
        after = unit.title_end + 1
        while after <= len(doc.lines) and not doc.line(after).strip():
            after += 1
        below = doc.line(after) if after <= len(doc.lines) else ""
        if outline_label(doc.line(unit.line), below) and not found.is_question_like(unit.title):
            sections.add(index)
    if len(sections) < 2 or len(sections) * 2 < len(units):
        return units
    return [u for index, u in enumerate(units) if index not in sections]


def _plain_name(line: str) -> str:
    match = _PLAIN_NAME_RE.match(line)
    if match is None:
        return ""
    name = match["name"].strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or _LEAD_IN_RE.match(name) or _OPEN_END_RE.search(name):
        return ""
    return name


def glued_label(first: str, second: str, plain: bool) -> str:
    """The name ``first`` gives a group when it stands right above ``second``, a line
    that asks by itself or is marked "Q:": a line shaped as a label, or a few words naming something
    ("Kubernetes:", "kubernetes stuff"), asking nothing and ending no sentence."""
    second = second.strip()
    if not second or len(second) > 200:
        return ""
    if not (found.PREFIX_RE.match(second) or found._ends_asking(second, plain)):
        return ""  # neither "Q: …" nor a line that asks
    shaped = shaped_label(first)
    name = shaped[0] if shaped else _plain_name(first)
    if not name or name[-1] in ".?!;," or found.is_question_like(name):
        return ""
    if len(name.split()) > 5 or CLAUSE_RE.search(name) or not any(c.isalpha() for c in name):
        return ""
    return name


def split_glued_labels(doc: Document) -> Document:
    """Each paragraph opened by a label glued to the question below it, read as two
    paragraphs: the label's line and the question with its answer. ``doc.glued``
    keeps the labels' lines (their names are read from them as labels, not captions)."""
    cuts: dict[int, str] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "paragraph" or block.end == block.start or block.depth or block.quoted:
            continue
        lines = block.text.split("\n")
        if len(lines) != block.end - block.start + 1:
            continue
        name = glued_label(lines[0], lines[1], doc.plain)
        if name:
            cuts[index] = name
    if not cuts:
        return doc
    blocks: list[Block] = []
    moved: dict[int, int] = {}
    for index, block in enumerate(doc.blocks):
        moved[index] = len(blocks)
        if index not in cuts:
            blocks.append(block)
            continue
        first, rest = block.text.split("\n", 1)
        label = Block("paragraph", block.start, block.start, first, lead=block.lead)
        question = Block("paragraph", block.start + 1, block.end, rest)
        blocks += [label, question]
        doc.glued[block.start] = cuts[index]
    for block in blocks:
        if block.item >= 0:
            block.item = moved[block.item]
    doc.blocks = blocks
    return doc


# A name for one instance of what the answer says, not for a group of questions:
# "Example:", "Sample dialogue:", "Mock interview transcript:" quote what follows.
_QUOTING_RE = re.compile(
    r"\b(?:examples?|e\.g|dialogues?|conversations?|transcripts?|scripts?|exchanges?|"
    r"answers?|responses?|replies|reply|outputs?|results?|quotes?)\W*$",
    re.I,
)
# Words that point at what follows rather than name it ("Like this:", "As follows:").
_POINTING_RE = re.compile(r"\b(?:this|these|those|that|here|below|follows?|following)\b", re.I)


def names_a_group(doc: Document, line: int) -> str:
    """The name a line gives the questions below it, where it stands alone in its
    paragraph as a section's label does: shaped as one ("**Part 2: SQL**", "DATABASES")
    or a few words naming something before a colon ("SQL drills:"); not a line that
    leads into what follows as a sentence does ("From my mock:", "What I said last
    time:", "Like this:") or names what follows as one instance quoted ("Example:",
    "Sample dialogue:"), nor the end of the answer's paragraph above it ("Give a
    range. What I said last time:" introduces the dialogue it quotes)."""
    text = doc.line(line)
    if not text.strip() or (line > 1 and doc.line(line - 1).strip() and line not in doc.glued):
        return ""  # (in a paragraph: the answer's sentence goes on into it)
    below = line < len(doc.lines) and doc.line(line + 1).strip()
    if below and line not in doc.glued and not _glued_below(doc, line):
        return ""
    shaped = shaped_label(text)
    if line in doc.glued:  # written right above its first question (split_glued_labels)
        name = doc.glued[line]
    elif shaped is not None:
        name = shaped[0]
    elif text.rstrip().endswith(":"):
        name = _plain_name(text)
    else:
        return ""
    if not name or name[-1] in ".?!;," or found.is_question_like(name):
        return ""
    if _POINTING_RE.search(name) or _LEAD_IN_RE.match(name) or _QUOTING_RE.search(name):
        return ""
    words = len(name.split())
    if words > 5 or (CLAUSE_RE.search(name) and not NAMED_PART_RE.match(name)):
        return ""  # a sentence, not a name ("Part 2: SQL" is a part, named)
    return name if any(c.isalpha() for c in name) else ""


NAMED_PART_RE = re.compile(
    r"^(?:part|section|chapter|module|unit|lesson|lecture|week|day|round|stage|phase)"
    r"\s+(?:\d{1,3}|[A-Z]|[IVX]{1,5})\b",
    re.I,
)


def _glued_below(doc: Document, line: int) -> bool:
    """Whether the line below opens a question marked "Q:" (a label written right
    above its first pair)."""
    return bool(found.PREFIX_RE.match(doc.line(line + 1)))

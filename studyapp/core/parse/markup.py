"""Notes in Org mode or AsciiDoc, read as the Markdown they mean, line for line (so every
question keeps its source line): headings, code blocks and the lines that only set
things (Org drawers and keywords, AsciiDoc attributes) become their Markdown, or blank.

Org: ``* Section`` / ``** TODO Question :tag:`` headings (keyword, priority and tags
left out), ``#+BEGIN_SRC python`` … ``#+END_SRC`` code, ``#+TITLE:`` the title,
``:PROPERTIES:`` … ``:END:`` drawers blank.
AsciiDoc: ``= Title`` / ``== Section`` / ``=== Question`` headings, ``[source,python]``
then ``----`` (or ``....``) blocks as code, ``:attribute:`` lines blank.
"""

from __future__ import annotations

import re

ORG_SUFFIXES = (".org",)
ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc")
SUFFIXES = (*ORG_SUFFIXES, *ASCIIDOC_SUFFIXES)

_ORG_HEADING_RE = re.compile(
    r"^(?P<stars>\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)\s+)?(?:\[#[A-Z]\]\s+)?"
    r"(?P<title>.*?)(?:\s+:[\w@#%:]+:)?\s*$"
)
_ORG_BLOCK_RE = re.compile(
    r"^\s*#\+(?P<edge>begin|end)_(?P<kind>\w+)(?:\s+(?P<lang>[\w+-]+))?", re.I
)
_ORG_TITLE_RE = re.compile(r"^\s*#\+title:\s*(?P<title>.+)$", re.I)
_ORG_KEYWORD_RE = re.compile(r"^\s*#\+\w+:")
_ORG_DRAWER_RE = re.compile(r"^\s*:(?P<name>[A-Za-z_-]+):\s*$")

_ADOC_HEADING_RE = re.compile(r"^(?P<marks>={1,6})\s+(?P<title>\S.*?)\s*$")
# Example, sidebar, quote and passthrough blocks: their delimiters say nothing.
_ADOC_BLOCK_RE = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|\+{4,})\s*$")
_ORG_COMMENT_RE = re.compile(r"^\s*#(?:\s|$)")
_ADOC_SOURCE_RE = re.compile(r"^\[(?:source|listing)(?:,\s*(?P<lang>[\w+-]+))?[^\]]*\]\s*$", re.I)
_ADOC_DELIMITER_RE = re.compile(r"^(?:-{4,}|\.{4,})\s*$")
_ADOC_ATTRIBUTE_RE = re.compile(r"^:[\w-]+:(?:\s.*)?$")


def to_markdown(text: str, suffix: str) -> str:
    """`text` as Markdown when `suffix` names Org or AsciiDoc, else as it is."""
    suffix = suffix.lower()
    if suffix in ORG_SUFFIXES:
        return "\n".join(_org(text.split("\n")))
    if suffix in ASCIIDOC_SUFFIXES:
        return "\n".join(_asciidoc(text.split("\n")))
    return text


def _org(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_block = ""
    drawer = False
    for line in lines:
        block = _ORG_BLOCK_RE.match(line)
        if block:
            kind = block["kind"].lower()
            if block["edge"].lower() == "begin" and not in_block:
                in_block = kind
                fenced = kind in ("src", "example")
                out.append(f"```{block['lang'] or ''}" if fenced else "")
            elif block["edge"].lower() == "end" and kind == in_block:
                out.append("```" if in_block in ("src", "example") else "")
                in_block = ""
            else:
                out.append(line)
            continue
        if in_block:
            out.append(line)
            continue
        drawer_line = _ORG_DRAWER_RE.match(line)
        if drawer_line:
            drawer = drawer_line["name"].upper() != "END"
            out.append("")
            continue
        if drawer:
            out.append("")
            continue
        title = _ORG_TITLE_RE.match(line)
        heading = _ORG_HEADING_RE.match(line)
        if title:
            out.append(f"# {title['title'].strip()}")
        elif heading and heading["title"]:
            out.append(f"{'#' * min(len(heading['stars']) + 1, 6)} {heading['title']}")
        elif _ORG_KEYWORD_RE.match(line) or _ORG_COMMENT_RE.match(line):
            out.append("")  # settings and comments ("# TODO add a note on JIT")
        else:
            out.append(line)
    return out


def _asciidoc(lines: list[str]) -> list[str]:
    out: list[str] = []
    fence = ""  # the delimiter of the open block
    lang = ""
    for line in lines:
        if fence:
            if line.strip() == fence:
                out.append("```")
                fence = ""
            else:
                out.append(line)
            continue
        source = _ADOC_SOURCE_RE.match(line)
        if source:
            lang = source["lang"] or ""
            out.append("")
            continue
        if _ADOC_DELIMITER_RE.match(line):
            fence = line.strip()
            out.append(f"```{lang}")
            lang = ""
            continue
        lang = ""
        heading = _ADOC_HEADING_RE.match(line)
        if _ADOC_BLOCK_RE.match(line):
            out.append("")
        elif heading:
            marks, title = heading["marks"], heading["title"]
            if title.endswith(f" {marks}"):  # the symmetric form: "== Title =="
                title = title[: -len(marks)].rstrip()
            out.append(f"{'#' * len(marks)} {title}")
        elif _ADOC_ATTRIBUTE_RE.match(line):
            out.append("")
        else:
            out.append(line)
    return out

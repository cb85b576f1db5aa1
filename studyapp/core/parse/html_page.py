"""A web page saved as HTML ("Save page as…", a wiki page exported) → Markdown, line for
line, so every question keeps the lines it came from.

A line that is one block element becomes the Markdown it shows: ``<h3>…</h3>`` a
heading, ``<p>…</p>`` a paragraph's line, ``<li>…</li>`` a list item, ``<dt>`` and
``<dd>`` a term over its definition (": …", as Markdown Extra writes it). What is no part
of the page's text is a blank line (accounted for as skipped, as any line outside the
questions): the ``<head>``, scripts, styles, a site's ``<nav>`` and ``<footer>``,
comments, and the lines that only open or close containers (``<body>``, ``<div>``);
a blank line also ends any HTML block the lines above left open, so a heading after a
table is read as a heading. ``<details>`` blocks, tables and ``<pre>`` code with text
on its opening line stay as written (the engine reads them as HTML); a ``<pre>`` on a
line of its own becomes a fence. (Paragraphs on consecutive lines read as one, as
Markdown has no blank line between them to part them.) A line holding several blocks
(Google Docs exports its whole page on one line: ``<p>…</p><p>…</p>``) is parted into
its blocks, a blank line between them, as the page shows them: there, and below it,
a line of the Markdown is no longer a line of the file.
"""

from __future__ import annotations

import html
import re

from studyapp.core.note_kinds import HTML_PAGE_SUFFIXES
from studyapp.core.parse.html_text import field_markdown, field_text

_PAGE_START_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.I)
# What holds no text of the page: from its opening tag to its closing one.
_HIDDEN = "head|title|script|style|noscript|template|nav|footer"  # (a site's menus too)
_HIDDEN_SPAN_RE = re.compile(rf"<({_HIDDEN})\b[^>]*>.*?</\1\s*>", re.I)
_HIDDEN_RE = re.compile(rf"<({_HIDDEN})\b", re.I)
_CONTAINERS = (
    "html|head|body|main|article|section|header|footer|nav|aside|div|span|center|font"
    "|ul|ol|dl|table|tbody|thead|tfoot|tr|form|figure|meta|link|base|br|hr"
)
# A line of tags only that open or close containers (and comments, the doctype).
_FRAME_LINE_RE = re.compile(
    rf"^\s*(?:(?:<!--.*?-->|<!doctype[^>]*>|<\?xml[^>]*>|</?(?:{_CONTAINERS}|p|li)\b[^>]*>)\s*)+$",
    re.I,
)
# Container tags at a line's ends, around the text or block they hold.
_INLINE = "b|strong|i|em|u|s|strike|mark|code|a|sub|sup|kbd|tt"
_EDGE_FRAME_RE = re.compile(
    rf"^\s*(?:</?(?:{_CONTAINERS})\b[^>]*>\s*)*"
    rf"(?=<(?:h[1-6]|p|li|blockquote|dt|dd|{_INLINE})\b|[^<\s])"
    rf"|(?:\s*</?(?:{_CONTAINERS})\b[^>]*>)*\s*$",
    re.I,
)
_LIST_TAG_RE = re.compile(r"<(?P<close>/?)(?P<name>ul|ol)\b[^>]*>", re.I)
# A line of text set in inline tags (Apple Notes' "<div><b>Question?</b></div>"), closed
# on the line: its Markdown, as a line of plain text is.
_INLINE_LINE_RE = re.compile(rf"^<({_INLINE})\b[^>]*>.*</\1\s*>[^<]*$", re.I)
# Opening a table opens a block whose lines stay as written.
_KEEP_OPEN_RE = re.compile(r"^\s*<(?:table|tr)\b", re.I)
_BLOCK_LINE_RE = re.compile(
    r"^\s*<(?P<tag>h[1-6]|p|li|blockquote|dt|dd)\b[^>]*>(?P<inner>.*?)(?:</(?P=tag)>)?\s*$",
    re.I,
)
_PRE_OPEN_RE = re.compile(r"^\s*<pre\b[^>]*>\s*(?:<code\b(?P<attrs>[^>]*)>)?\s*$", re.I)
_PRE_CLOSE_RE = re.compile(r"^(?P<code>.*?)(?:</code>\s*)?</pre>\s*$", re.I)
_PRE_END_RE = re.compile(r"(?:</code>\s*)?</pre>\s*$", re.I)
_PRE_CODE_RE = re.compile(r"^\s*<pre\b[^>]*>\s*(?:<code\b(?P<attrs>[^>]*)>)?(?=.*\S)", re.I)
_LANGUAGE_RE = re.compile(r"""(?:language|lang)-([\w+-]+)""", re.I)
_TAG_RE = re.compile(r"<[^>]*>")
# A paragraph set in the Title style (Google Docs' class "title", Word's "MsoTitle"): the
# page's title, as an <h1> would be ("subtitle" is not).
_TITLE_CLASS_RE = re.compile(r"""^\s*<p\b[^>]*\bclass=["']?[^"'>]*?\b(?:mso)?title\b""", re.I)


def html_page(text: str, suffix: str) -> bool:
    """Whether `text` is a whole HTML page (by its name, or its first tag)."""
    return suffix.lower() in HTML_PAGE_SUFFIXES or bool(_PAGE_START_RE.match(text[:2048]))


# Where a block starts inside a line: where a line holding several is parted.
_BLOCK_START_RE = re.compile(
    r"(?=<(?:p|h[1-6]|li|ul|ol|/ul|/ol|blockquote|dt|dd|body|/body)\b)", re.I
)
_LIST_PART_RE = re.compile(r"<(?:li|/ul|/ol|dd)\b", re.I)
_BLOCK_OPEN_RE = re.compile(r"<(?:p|h[1-6]|li|dt|dd)\b", re.I)
# What stays on its line, as written: code, a table.
_WHOLE_RE = re.compile(r"<(pre|table)\b.*?</\1\s*>", re.I | re.S)


def _parted(line: str) -> list[str]:
    """A line of several blocks (``<p>…</p><p>…</p>``) as one line a block, a blank line
    between them; a line of one block, or none, as it is."""
    if len(_BLOCK_OPEN_RE.findall(line)) < 2:
        return [line]
    kept = [m.span() for m in _WHOLE_RE.finditer(line)]
    cuts = [
        m.start()
        for m in _BLOCK_START_RE.finditer(line)
        if m.start() and not any(a < m.start() < b for a, b in kept)
    ]
    parts = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    out: list[str] = []
    for part in filter(str.strip, parts):
        if out and not _LIST_PART_RE.match(part):
            out.append("")  # blocks apart, a list's items together
        out.append(part)
    return out or [line]


_BREAK_RE = re.compile(r"<br\s*/?>", re.I)
_KEPT_RE = re.compile(r"<(?:table|tr|td|th|pre|code)\b", re.I)  # breaks there stay as written


def _broken(line: str) -> list[str]:
    """A line whose text is parted by ``<br>`` (a Keep or Evernote note's lines in one
    ``<div>``) as those lines, ``<br><br>`` a blank line between them; a table's or a
    code block's line as it is."""
    if "<br" not in line.lower() or _KEPT_RE.search(line):
        return [line]
    parts = _BREAK_RE.split(line)
    if len(parts) < 2:
        return [line]
    while len(parts) > 1 and not _TAG_RE.sub("", parts[-1]).strip():
        last = parts.pop()  # "…<br></div>": the break ends the text, no line of its own
        parts[-1] += last
    # the lines after the first go on inside the block the first opened: their text
    rest = (" ".join(field_markdown(part, html=True).split("\n")).strip() for part in parts[1:])
    return [parts[0], *rest]


def to_markdown(text: str) -> str:
    """The page as Markdown, one line for each of its lines (a line of several blocks,
    several)."""
    out: list[str] = []
    hidden = ""  # the tag whose content is being left out
    fenced = False  # inside a <pre> that became a fence
    lists: list[str] = []  # the marks of the lists open, innermost last
    lines = [
        piece for line in text.split("\n") for part in _parted(line) for piece in _broken(part)
    ]
    for number, line in enumerate(lines):
        if hidden:
            if f"</{hidden}" in line.lower():
                hidden = ""
            out.append("")
            continue
        if fenced:
            if _PRE_CLOSE_RE.match(line):
                out.append("```")
                fenced = False
            else:
                out.append(_code_text(line))
            continue
        if "<" in line:
            line = _HIDDEN_SPAN_RE.sub("", line)  # "<title>Git</title>", a one-line script
            if opened := _HIDDEN_RE.search(line):  # and its end on a later line
                hidden, line = opened[1].lower(), line[: opened.start()]
        pre = _PRE_OPEN_RE.match(line)
        if pre and _closes(lines, number + 1):
            out.append("```" + _language(pre["attrs"]))
            fenced = True
            continue
        code = _PRE_CODE_RE.match(line)
        if code:
            rest = line[code.end() :]
            after_blank = bool(out) and not out[-1].strip()
            if after_blank and not _PRE_END_RE.search(rest) and _closes(lines, number + 1):
                out[-1] = "```" + _language(code["attrs"])  # the blank line above opens it
                out.append(_code_text(rest))
                fenced = True
                continue
        out.append(_line(line, lists))
    return "\n".join(out)


def _language(attributes: str | None) -> str:
    found = _LANGUAGE_RE.search(attributes or "")
    return found[1] if found else ""


def _code_text(line: str) -> str:
    return html.unescape(_TAG_RE.sub("", line))


def _closes(lines: list[str], start: int) -> bool:
    """Whether the <pre> opened above ends on a line of its own closing tags (the fence's
    end needs a line to itself; else the block stays HTML, as written)."""
    for line in lines[start:]:
        if "</pre>" in line.lower():
            close = _PRE_CLOSE_RE.match(line)
            return close is not None and not close["code"].strip()
    return False


def _line(line: str, lists: list[str]) -> str:
    for tag in _LIST_TAG_RE.finditer(line):  # the lists open here, for their items' marks
        if tag["close"]:
            del lists[-1:]
        else:
            lists.append("1." if tag["name"].lower() == "ol" else "-")
    if _FRAME_LINE_RE.match(line) and not _KEEP_OPEN_RE.match(line):
        return ""
    inner = _EDGE_FRAME_RE.sub("", line)  # "<footer><p>…</p></footer>", "<div>…</div>"
    block = _BLOCK_LINE_RE.match(inner)
    if block is None:
        inline = _INLINE_LINE_RE.match(inner) and _TAG_RE.sub("", inner).strip()
        if (inner == line.strip() or inner.startswith("<")) and not inline:
            return line  # a table, <details>, a tag this reader does not know: as written
        return " ".join(field_markdown(inner, html=True).split("\n")).strip()
    tag, opening, inner = block["tag"].lower(), block.group(0), block["inner"]
    titled = tag == "p" and _TITLE_CLASS_RE.match(opening)  # Docs' or Word's Title style
    if tag.startswith("h") or titled:
        title = field_text(inner, html=True)
        return f"{'#' * (1 if titled else int(tag[1]))} {title}" if title else ""
    shown = " ".join(field_markdown(inner, html=True).split("\n")).strip()
    if tag == "li":
        indent = "   " * max(len(lists) - 1, 0)
        return f"{indent}{lists[-1] if lists else '-'} {shown}" if shown else ""
    if tag == "blockquote":
        return f"> {shown}" if shown else ""
    if tag == "dd":  # a definition under its term (<dt>), as Markdown Extra writes it
        return f": {shown}" if shown else ""
    return shown

"""Containers fenced with colons, as pandoc and Quarto (``::: {.callout-tip}`` …
``:::``), Docusaurus (``:::tip Title``) and VuePress (``::: details Title``) write
them. Their fence lines are no text: each is left blank (the line numbers kept), so
what they hold reads as the notes it is ("## Answer" inside a callout, an answer's
text). A container with a title that folds ("details", "spoiler", a Quarto callout
with ``collapse``) is the toggle it shows: ``<details><summary>Title</summary>`` …
``</details>``, its title the question where it asks (toggles.py).
"""

from __future__ import annotations

import html
import re

from studyapp.core.parse.line_search import lines_of

_OPEN_RE = re.compile(
    r"^ {0,3}(?P<fence>:{3,})[ \t]*"
    r"(?:\{(?P<attrs>[^}\n]*)\}|(?P<kind>[A-Za-z][\w-]*)(?:\[(?P<bracket>[^\]\n]*)\])?"
    r"(?:[ \t]+(?P<title>\S.*?))?)[ \t]*$"
)
_CLOSE_RE = re.compile(r"^ {0,3}(?P<fence>:{3,})[ \t]*$")
_CODE_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TITLE_ATTR_RE = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_FOLDING = frozenset(("details", "spoiler", "toggle", "collapse", "dropdown"))


def _folds(match: re.Match[str]) -> tuple[bool, str]:
    """Whether the container folds (a toggle), and its title."""
    attrs = match["attrs"]
    if attrs is not None:
        title = _TITLE_ATTR_RE.search(attrs)
        text = (title[1] or title[2] or "") if title else ""
        return ("collapse" in attrs or "dropdown" in attrs) and bool(text.strip()), text
    text = (match["bracket"] or match["title"] or "").strip().strip("\"'")
    return match["kind"].lower() in _FOLDING and bool(text), text


def fenced_divs(text: str) -> str:
    """`text` with its colon-fenced containers' fences blank (or a toggle's tags);
    `text` itself where it has none."""
    if ":::" not in text:
        return text
    lines = lines_of(text)
    out = list(lines)
    stack: list[tuple[int, str]] = []  # the containers open: their first line, fence
    code = ""
    pairs: list[tuple[int, int, bool, str]] = []
    for index, line in enumerate(lines):
        if mark := _CODE_FENCE_RE.match(line):
            if not code:
                code = mark[1]
            elif mark[1][0] == code[0] and len(mark[1]) >= len(code):
                code = ""
            continue
        if code or ":::" not in line:
            continue
        if (close := _CLOSE_RE.match(line)) and stack:
            start, fence = stack[-1]
            if len(close["fence"]) >= len(fence):
                stack.pop()
                toggle, title = _folds(_OPEN_RE.match(lines[start]))
                pairs.append((start, index, toggle, title))
            continue
        if opened := _OPEN_RE.match(line):
            stack.append((index, opened["fence"]))
    if not pairs:
        return text
    for start, end, toggle, title in pairs:
        if toggle:
            out[start] = f"<details><summary>{html.escape(title, quote=False)}</summary>"
            out[end] = "</details>"
        else:
            out[start] = out[end] = ""
    return "\n".join(out)

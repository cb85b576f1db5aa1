"""A reStructuredText note (``.rst``) read as the Markdown it means, line for line.

Its section titles are underlined (and perhaps overlined) as Markdown does or with
marks Markdown does not read (markup.py turns those into headings). Its directives
(``.. code-block:: bash``, ``.. note::``) and literal blocks (a paragraph ending ``::``)
hold their content indented below them: a code block becomes Markdown's indented code
(the directive's line left blank, the code set four spaces in), a note or a warning a
quote opened by its name in bold. A directive that may ask (``.. admonition:: What is
XSS?``, ``.. dropdown::``) is left for the admonition finder (admonitions.py).
"""

from __future__ import annotations

import re

_DIRECTIVE_RE = re.compile(
    r"^(?P<indent>[ \t]*)\.\.[ \t]+(?P<kind>[\w:-]+)[ \t]*::(?:[ \t]+(?P<arg>.*))?$"
)
_CODE_KINDS = frozenset(("code-block", "code", "sourcecode", "literalinclude", "highlight"))
_BOX_KINDS = frozenset(
    (
        "note",
        "tip",
        "hint",
        "important",
        "warning",
        "caution",
        "attention",
        "danger",
        "error",
        "seealso",
    )
)
_OPTION_RE = re.compile(r"^[ \t]*:[\w-]+:(?:\s|$)")


def _width(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _body(lines: list[str], start: int, margin: int) -> int:
    """The last line of the block indented deeper than `margin` from line `start` on."""
    last = start - 1
    for n in range(start, len(lines)):
        if not lines[n].strip():
            continue
        if _width(lines[n]) <= margin:
            break
        last = n
    return last


def _name(kind: str) -> str:
    return kind.capitalize() if kind != "seealso" else "See also"


def to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    n = 0
    while n < len(lines):
        line = lines[n]
        directive = _DIRECTIVE_RE.match(line)
        literal = (
            not directive and line.rstrip().endswith("::") and not line.lstrip().startswith("..")
        )
        if not directive and not literal:
            n += 1
            continue
        margin = _width(line)
        last = _body(lines, n + 1, margin)
        kind = directive["kind"].lower() if directive else ""
        if last <= n:
            if kind in _BOX_KINDS and directive["arg"]:  # ".. warning:: Do not …" alone
                out[n] = f"> **{_name(kind)}** {directive['arg']}"
            n += 1
            continue
        if literal:  # "Example::" over its code
            out[n] = line.rstrip()[:-1]
        elif kind in _CODE_KINDS:
            out[n] = ""
        elif kind in _BOX_KINDS:
            out[n] = f"> **{_name(kind)}**" + (f" {directive['arg']}" if directive["arg"] else "")
        else:
            n += 1
            continue  # an admonition that may ask, a directive of another kind
        code = literal or kind in _CODE_KINDS
        options = n + 1
        while options <= last and _OPTION_RE.match(lines[options]):
            out[options] = "" if code else ">"  # ":linenos:", ":caption: …", ":class: …"
            options += 1
        body = [k for k in range(options, last + 1) if lines[k].strip()]
        inner = min((_width(lines[k]) for k in body), default=0)
        for k in range(options, last + 1):
            text = lines[k][inner:] if lines[k].strip() else ""
            if code:
                out[k] = f"    {text}" if text else ""
            else:
                out[k] = f"> {text}" if text else ">"
        n = last + 1
    return out

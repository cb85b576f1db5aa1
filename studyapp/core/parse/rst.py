"""A reStructuredText note (``.rst``) read as the Markdown it means, line for line.

Its section titles are underlined (and perhaps overlined) as Markdown does or with
marks Markdown does not read (markup.py turns those into headings). Its directives
(``.. code-block:: bash``, ``.. note::``) and literal blocks (a paragraph ending ``::``)
hold their content indented below them: a code block becomes Markdown's indented code
(the directive's line left blank, the code set four spaces in), a note or a warning a
quote opened by its name in bold. A directive that may ask (``.. admonition:: What is
XSS?``, ``.. dropdown::``) is left for the admonition finder (admonitions.py).
In a note of terms (no section title asks), a ``.. glossary::`` directive's terms and
a definition list's ("Term" over its definition indented right under it) become a
Markdown definition list, each term a card (deflists.py); where the titles ask, a term
over an indented line is an answer's text, left as written.
"""

from __future__ import annotations

import re
from itertools import pairwise

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


# The code directives whose argument is the code's language (not literalinclude's file).
_LANGUAGE_KINDS = frozenset(("code-block", "code", "sourcecode"))


def _fence(lines: list[str], at: int, body: list[int], last: int) -> tuple[int, int] | None:
    """The lines a code directive's fence can open and close on: the blank line right
    above its code (else the directive's own line) and the blank line right below it;
    None where no blank line follows the code (it stays indented code)."""
    if not body or last + 1 >= len(lines) or lines[last + 1].strip():
        return None
    above = body[0] - 1
    return (above if above > at and not lines[above].strip() else at), last + 1


def _name(kind: str) -> str:
    return kind.capitalize() if kind != "seealso" else "See also"


_UNDERLINE_RE = re.compile(r"^([=\-~^\"'`*+#])\1{2,}\s*$")


def _titles_ask(lines: list[str]) -> bool:
    """Whether a section title of the note asks: its questions are its titles, and a
    term over an indented line inside an answer stays the answer's text."""
    return any(
        line.rstrip().endswith("?") and _UNDERLINE_RE.match(below)
        for line, below in pairwise(lines)
    )


def to_markdown(lines: list[str], *, terms: bool = True) -> list[str]:
    """The note's lines as Markdown, line for line (see the module); `terms` False: no
    line is read as a definition list's term (inside a definition's own lines)."""
    out = list(lines)
    glossary = terms and not _titles_ask(lines)  # a note of terms: its lists are its cards
    n = 0
    while n < len(lines):
        line = lines[n]
        directive = _DIRECTIVE_RE.match(line)
        literal = (
            not directive and line.rstrip().endswith("::") and not line.lstrip().startswith("..")
        )
        if not directive and not literal:
            if glossary and _term_at(lines, n):
                n = _definition(lines, out, n, n)
            else:
                n += 1
            continue
        margin = _width(line)
        last = _body(lines, n + 1, margin)
        kind = directive["kind"].lower() if directive else ""
        if kind == "glossary" and glossary and last > n:
            n = _glossary(lines, out, n, last)
            continue
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
        named = kind in _LANGUAGE_KINDS and directive["arg"]  # ".. code-block:: python"
        # (in a definition, whose lines the definition list cuts to their text: fenced)
        fence = _fence(lines, n, body, last) if named or (code and not terms) else None
        for k in range(options, last + 1):
            text = lines[k][inner:] if lines[k].strip() else ""
            if fence is not None:
                out[k] = text
            elif code:
                out[k] = f"    {text}" if text else ""
            else:
                out[k] = f"> {text}" if text else ">"
        if fence is not None:  # "```python" … "```": the language kept for its colours
            language = directive["arg"].split()[0] if named else ""
            out[fence[0]], out[fence[1]] = f"```{language}", "```"
        n = last + 1
    return out


# A line that is no definition list's term: a list item, a directive or comment, a
# field, a quote or table line, a title's underline.
_NOT_TERM_RE = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.)]\s|#\.\s|\.\.|:|>|\|)")


def _term_at(lines: list[str], n: int) -> bool:
    """Whether line `n` is a definition list's term (reStructuredText's "Term" over its
    definition indented right under it, no blank line between): at the margin, after a
    blank line or another definition, the line below indented."""
    line = lines[n]
    if not line.strip() or _width(line) or n + 1 >= len(lines) or _NOT_TERM_RE.match(line):
        return False  # (a title's underline is at the margin, so never below a term)
    below = lines[n + 1]
    if not below.strip() or not _width(below) or line.rstrip().endswith(":"):
        return False
    return n == 0 or not lines[n - 1].strip() or _width(lines[n - 1]) > 0


def _definition(lines: list[str], out: list[str], term: int, margin_line: int) -> int:
    """Line `term` and the definition indented under it written as a Markdown definition
    list ("Term" over ": definition", the lines that go on with it indented); the index
    after it."""
    margin = _width(lines[margin_line])
    last = _body(lines, term + 1, margin)
    out[term] = lines[term].strip()
    body = [k for k in range(term + 1, last + 1) if lines[k].strip()]
    inner = min((_width(lines[k]) for k in body), default=0)
    # its directives and literal blocks read as in the note's body ("..  code-block::
    # bash" in a definition: code of its answer, no term over a definition of "bash")
    own = [lines[k][inner:].rstrip() for k in range(term + 1, last + 1)]
    blank_after = last + 1 < len(lines) and not lines[last + 1].strip()
    if not blank_after:
        own = to_markdown(own, terms=False)
    else:  # the blank line below it: a fence round its last code may close there
        *own, closing = to_markdown([*own, ""], terms=False)
        out[last + 1] = f"  {closing}" if closing else ""
    for k, text in enumerate(own, term + 1):
        out[k] = (f": {text}" if k == body[0] else f"  {text}") if text.strip() else ""
    return last + 1


def _glossary(lines: list[str], out: list[str], at: int, last: int) -> int:
    """A ``.. glossary::`` directive's terms, each over its indented definition, as a
    Markdown definition list; the index after the directive."""
    out[at] = ""
    k = at + 1
    while k <= last and _OPTION_RE.match(lines[k]):
        out[k] = ""  # ":sorted:"
        k += 1
    body = [i for i in range(k, last + 1) if lines[i].strip()]
    margin = min((_width(lines[i]) for i in body), default=0)
    while k <= last:
        if lines[k].strip() and _width(lines[k]) == margin:
            out[k] = lines[k].strip()
            end = _body(lines, k + 1, margin)
            if end > k:
                end = _definition(lines, out, k, k) - 1
            k = end + 1
        else:
            out[k] = lines[k].strip() and lines[k][margin:]
            k += 1
    return last + 1

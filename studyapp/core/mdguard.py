"""Limits that keep python-markdown from hanging on hostile Markdown.

python-markdown is fine on notes as people write them, but a notes file can come
from anywhere, and some inputs make it recurse or go quadratic (measured on the
project's machine, python-markdown 3.11):

- ``"- " * 10_000 + "x"`` (10,000 nested lists on one line) and 400 list levels by
  indentation raise RecursionError;
- an unclosed ``[a](`` repeated in one paragraph: 32 KB took 23 s, and ``<a``,
  ``![a](``, ``<https://…`` behave alike; 20,000 headings with no blank line
  between them (80 KB) took 21 s; 8,000 unclosed code fences (40 KB) 4.7 s.

`check` estimates the work before rendering, deterministically (the same answer
always renders the same way, so cached HTML never depends on machine speed), and
names the reason when an answer is too large, too deeply nested or too costly;
`render.render_markdown` then shows it as plain text (`plain_html`) instead. The
estimate is an upper bound per construct, calibrated so the worst input it lets
through renders in about a second; real notes sit orders of magnitude below it
(tests/core/test_hostile_inputs.py checks the bundled deck and the shared corpora
never trip it).
"""

from __future__ import annotations

import bisect
import html
import re

# An answer longer than this is shown as plain text. Answers are a few KB; a whole
# notes file that failed to split into questions is the usual way to get here.
MAX_MARKDOWN_CHARS = 300_000
# List / block-quote levels on one line (indentation counts a level per 4 columns).
# Each level costs python-markdown about ten stack frames.
MAX_NESTING = 32
# Estimated work units (≈ nanoseconds on the measuring machine); see _chunk_cost.
WORK_BUDGET = 1_000_000_000
# Plain text beyond this is not shown at all (QTextBrowser lays out every character).
MAX_PLAIN_CHARS = 1_000_000

# Work per (occurrence × characters in its scope), from timing each pathological
# shape at several sizes and taking the worst ratio, rounded up.
_W_BRACKET = 300  # "[" (links, images): an unclosed one scans the rest of its paragraph
_W_ANGLE = 80  # "<" (raw HTML, autolinks)
_W_LINE = 35  # each line of a chunk (headings, setext underlines, list items split it)
_W_LIGHT = 5  # emphasis, code spans, entities, escapes
_W_FENCE = 20  # a fence-looking line: the fence regex scans the whole answer from each
_W_BLOCKS = 5  # (number of blocks)²: the block parser pops from the front of a list
# Work per occurrence, whatever its scope (a table row of links costs ~0.2 ms).
_W_EACH_HEAVY = 100_000  # per "[" or "<"
_W_EACH_LINE = 2_000
_W_CODE_CHAR = 13_000  # Pygments with inline styles: 147 KB of code took 1.9 s
# core.mdlists reads the block structure with markdown-it-py first: about 30 µs a
# line, 120 µs a list item line (5,000 items took 0.6 s).
_W_STRUCTURE_LINE = 30_000
_W_LIST_LINE = 100_000

_LIGHT = 3  # emphasis, code spans, entities, escapes
_W_FENCE = 20  # a fence-looking line: the fence regex scans the whole answer from each
_W_BLOCKS = 2  # (number of blocks)²: the block parser pops from the front of a list

_LIGHT = "*_`&\\!"
_OPENING_FENCE = re.compile(r"(`{3,}|~{3,})[ ]*\.?[\w#.+-]*[ ]*")  # a subset of fenced_code's
_FENCE_LIKE = re.compile(r"`{3}|~{3}")
_MARKER = re.compile(r"(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")
# A line that could nest deeper than MAX_NESTING: each level takes at least one
# character of indentation or of a marker, and all of those are in this set.
_DEEP_START = re.compile(rf"^[ \t*+>.)\d-]{{{MAX_NESTING + 1}}}", re.MULTILINE)


def check(md: str) -> str | None:
    """Why `md` must be shown as plain text, or None when it can be rendered."""
    if len(md) > MAX_MARKDOWN_CHARS:
        return f"it is longer than {MAX_MARKDOWN_CHARS:,} characters"
    if _DEEP_START.search(md) is None and _work_bound(md) <= WORK_BUDGET:
        return None  # notes as people write them: far from both limits, known in a few scans
    return _measured(md)


def _measured(md: str) -> str | None:
    """`check` line by line: the nesting of each line and the estimated work."""
    lines = md.split("\n")
    in_fence = _fenced_lines(lines)
    depth = max(
        (_nesting(line) for line, fenced in zip(lines, in_fence, strict=True) if not fenced),
        default=0,
    )
    if depth > MAX_NESTING:
        return f"it nests lists or quotes {depth} levels deep"
    if _work(md, lines, in_fence) > WORK_BUDGET:
        return "its Markdown is too costly to format"
    return None


def plain_html(md: str, reason: str) -> str:
    """`md` as escaped paragraphs, under a note saying why it is not formatted.

    A fenced code block is kept as code (<pre>, monospace, its lines as written, the
    fences left out): a 3,000-line listing read in the body font, its indentation
    lost, was no use to anyone.

    Safe by construction: every character of text goes through html.escape, and the
    only tags are <p>, <br>, <em> and <pre>, so it needs no sanitizer pass.
    """
    shown = md[:MAX_PLAIN_CHARS]
    parts = [f"<p><em>Shown as plain text: {html.escape(reason)}.</em></p>"]
    lines = shown.split("\n")
    fenced = _fenced_lines(lines)
    paragraph: list[str] = []
    code: list[str] = []
    for line, in_code in zip([*lines, ""], [*fenced, False], strict=True):
        if in_code:
            if paragraph:
                parts.append("<p>" + "<br>".join(paragraph) + "</p>")
                paragraph = []
            if line[:3] not in ("```", "~~~"):  # the fences themselves are not code
                code.append(html.escape(line))
            continue
        if code:
            parts.append("<pre>" + "\n".join(code) + "</pre>")
            code = []
        if line.strip():
            paragraph.append(html.escape(line))
        elif paragraph:
            parts.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph = []
    if len(md) > MAX_PLAIN_CHARS:
        parts.append(f"<p><em>({len(md) - MAX_PLAIN_CHARS:,} more characters not shown.)</em></p>")
    return "".join(parts)


def _fenced_lines(lines: list[str]) -> list[bool]:
    """Which lines are inside (or are) a fenced code block python-markdown will see.

    A fence opens at column 0 and closes at the next line that is the same fence
    (trailing spaces allowed); one that never closes is not a fence, as in
    python-markdown. Closing lines are indexed up front, so this stays linear.
    """
    closers: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line[:3] in ("```", "~~~"):
            closers.setdefault(line.rstrip(" "), []).append(i)
    fenced = [False] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _OPENING_FENCE.fullmatch(line) if line[:3] in ("```", "~~~") else None
        if match:
            candidates = closers.get(match.group(1), [])
            k = bisect.bisect_right(candidates, i)
            if k < len(candidates):
                end = candidates[k]
                for j in range(i, end + 1):
                    fenced[j] = True
                i = end + 1
                continue
        i += 1
    return fenced


def _nesting(line: str) -> int:
    """List / quote levels a line opens: its indentation (4 columns a level) plus the
    markers chained at its start ("- - 1. > x" is four)."""
    stripped = line.lstrip(" \t")
    indent = line[: len(line) - len(stripped)].expandtabs(4)
    depth = len(indent) // 4
    pos = 0
    while (match := _MARKER.match(stripped, pos)) is not None and match.end() > pos:
        depth += 1
        pos = match.end()
        if depth > MAX_NESTING:
            break
    return depth


def _work(md: str, lines: list[str], in_fence: list[bool]) -> int:
    """Estimated work. Fenced code is opaque to the block and inline parsers but is
    highlighted by Pygments, which costs per character."""
    fence_like = sum(1 for line in lines if _FENCE_LIKE.match(line))
    list_lines = sum(1 for line in lines if _LIST_ITEM.match(line))
    total = (
        _W_FENCE * fence_like * len(md)
        + _W_EACH_LINE * len(lines)
        + _W_STRUCTURE_LINE * len(lines)
        + _W_LIST_LINE * list_lines
    )
    blocks = 0
    chunk: list[str] = []
    for i, (line, fenced) in enumerate([*zip(lines, in_fence, strict=True), ("", False)]):
        if not fenced and line.strip():
            chunk.append(line)
            continue
        if chunk:
            total += _chunk_cost(chunk)
            blocks += 1
            chunk = []
        if fenced:
            total += _W_CODE_CHAR * (len(line) + 1)
            if i == 0 or not in_fence[i - 1]:
                blocks += 1  # a whole fenced block becomes one placeholder
        if total > WORK_BUDGET:
            break
    return total + _W_BLOCKS * blocks * blocks


def _work_bound(md: str) -> int:
    """An upper bound of `_work`, from counts over the whole answer: each term with
    its scope (a chunk, a unit of inline text, the fenced lines) widened to all of it
    and each kind of line counted as any line."""
    size = len(md)
    lines = md.count("\n") + 1
    brackets, angles = md.count("["), md.count("<")
    light = sum(md.count(c) for c in _LIGHT)
    per_char = _W_BRACKET * brackets + _W_ANGLE * angles + _W_LIGHT * light
    return (
        (_W_FENCE * size + _W_EACH_LINE + _W_STRUCTURE_LINE + _W_LIST_LINE) * lines
        + _W_LINE * lines * size
        + _W_EACH_HEAVY * (brackets + angles)
        + size * per_char
        + _W_CODE_CHAR * (size + lines)
        + _W_BLOCKS * (lines + 1) ** 2
    )


def _chunk_cost(chunk: list[str]) -> int:
    """A run of non-blank lines. Block structure is paid for over the whole chunk;
    inline markup over the text python-markdown processes it in: a paragraph, a list
    item (from its marker to the next), a table row."""
    size = sum(map(len, chunk)) + len(chunk) - 1
    heavy = sum(line.count("[") + line.count("<") for line in chunk)
    cost = _W_LINE * len(chunk) * size + _W_EACH_HEAVY * heavy
    if len(chunk) > 1 and all("|" in line for line in chunk):
        units = chunk
    elif _LIST_ITEM.match(chunk[0]):
        units, item = [], []
        for line in chunk:
            if item and _LIST_ITEM.match(line):
                units.append("\n".join(item))
                item = []
            item.append(line)
        units.append("\n".join(item))
    else:
        units = ["\n".join(chunk)]
    return cost + sum(_inline_cost(unit) for unit in units)


def _inline_cost(text: str) -> int:
    light = sum(text.count(c) for c in _LIGHT)
    per_char = _W_BRACKET * text.count("[") + _W_ANGLE * text.count("<") + _W_LIGHT * light
    return len(text) * per_char

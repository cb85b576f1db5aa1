"""A card's front that asks about code under its question: "What does this print?"
over the lines of a program. Anki writes those lines as HTML: each after a
``<br>``, each in a ``<div>``, indented with ``&nbsp;``, or in ``<pre><code>``; a
sheet or a plain export writes them on lines of the field. Read as one line of text,
the program was squashed into the card's title ("What does this print? a = [1,2] b
= a b += [3] print(a)").

The question is the title; the code, its lines and indents as written, is a code
block of the question's body, shown with the title before the answer, as notes
written in Markdown keep code under a question (core.question_body: the body is
what comes before the answer's label). The lines under the question are code when
they stand in ``<pre>`` or each reads as code (`chat_code.code_line`: a statement,
an assignment, a call, a block's opening) or is indented under one.
"""

from __future__ import annotations

import html as html_lib
import re
import textwrap

from studyapp.core.parse.chat_code import code_line

__all__ = ["code_front", "with_answer_label"]

_LINE_BREAK_RE = re.compile(r"<br\s*/?>|</?(?:div|p|li|tr|h[1-6])\b[^>]*>", re.I)
_NEXT_BLOCK_RE = re.compile(r"</(?:div|p|li|tr|h[1-6])>\s*(?=<(?:div|p|li|tr|h[1-6])\b)", re.I)
_PRE_RE = re.compile(r"<pre\b[^>]*>(.*?)</pre>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]+>")
# Lines of code kept apart from the text while the tags around them go.
_CODE_START, _CODE_END = "\x02", "\x03"
_LETTER_RE = re.compile(r"[^\W\d_]")


def code_front(raw: str, *, html: bool) -> tuple[str, str] | None:
    """(the title, the code as a fenced block) of a front that asks over code (see the
    module), or None for any other front."""
    lower = raw.lower()
    if "\n" not in raw and not (html and any(tag in lower for tag in ("<br", "<div", "<pre"))):
        return None
    lines, in_pre = _lines(raw, html=html)
    while lines and not lines[0].strip():
        lines, in_pre = lines[1:], in_pre[1:]
    while lines and not lines[-1].strip():
        lines, in_pre = lines[:-1], in_pre[:-1]
    if len(lines) < 2 or in_pre[0]:
        return None
    title = " ".join(lines[0].split())
    code = lines[1:]
    if not _LETTER_RE.search(title) or code_line(title) or not _is_code(code, in_pre[1:]):
        return None
    body = textwrap.dedent("\n".join(code)).strip("\n")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return title, f"{fence}\n{body}\n{fence}"


def with_answer_label(answer: str) -> str:
    """The answer under a body of code, under its label so that what comes before it
    is the question's (core.question_body): "**Answer:**" on a line of its own, the
    answer whole below it (a mock's key points are drawn from that)."""
    return f"**Answer:**\n\n{answer}" if answer.strip() else ""


def _lines(raw: str, *, html: bool) -> tuple[list[str], list[bool]]:
    """The front's lines as plain text, indents kept, and whether each stood in
    ``<pre>`` (code by its markup)."""
    text = raw.replace("\r\n", "\n")
    if html:
        text = _PRE_RE.sub(lambda m: f"\n{_CODE_START}{_pre_text(m.group(1))}{_CODE_END}\n", text)
        text = _NEXT_BLOCK_RE.sub("", text)  # "<div>x = 5</div><div>f()</div>": a line each
        text = _LINE_BREAK_RE.sub("\n", text)
        text = html_lib.unescape(_TAG_RE.sub("", text))
    text = text.replace("\xa0", " ").replace("\t", "    ")
    lines: list[str] = []
    in_pre: list[bool] = []
    inside = False
    for line in text.split("\n"):
        opened = _CODE_START in line
        inside = inside or opened
        lines.append(line.replace(_CODE_START, "").replace(_CODE_END, "").rstrip())
        in_pre.append(inside)
        if _CODE_END in line:
            inside = False
    return lines, in_pre


def _pre_text(inner: str) -> str:
    """A ``<pre>``'s lines: its ``<br>`` line breaks, its tags gone."""
    inner = re.sub(r"<br\s*/?>", "\n", inner, flags=re.I)
    return html_lib.unescape(_TAG_RE.sub("", inner)).replace("\n", f"{_CODE_END}\n{_CODE_START}")


def _is_code(lines: list[str], in_pre: list[bool]) -> bool:
    """Whether the lines under a question are its code: each in ``<pre>``, reads as
    code or is indented under a line that does; one of them at least reads so."""
    said = [(line, pre) for line, pre in zip(lines, in_pre, strict=True) if line.strip()]
    if not said:
        return False
    if all(pre for _line, pre in said):
        return True
    reads = 0
    for line, pre in said:
        if pre or code_line(line):
            reads += 1
        elif not (line[:1] == " " and reads):
            return False
    return reads > 0

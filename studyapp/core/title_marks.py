"""A question title's display form: the plain title with its inline code marked again.

The stored title is plain text (ids, search and matching read it), so the code
spans of "How does `is` differ from `==`?" are gone from it and it reads "How does
is differ from ==?". The display form puts them back, as Markdown code spans,
from the title as the notes wrote it: each code span of the raw title is found,
in order, in the plain one. Only code is put back: it changes what the words say
(`is` is Python's operator, not the verb); bold, italics and links only style them.

Pure functions: the store calls `marked` at an import, and core.answer_look draws
the result (`code_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from studyapp.core.html_escape import unescape_html
from studyapp.core.title_math import may_hold_math, readable

# A code span of Markdown (a run of backticks and the same run closing it) or of HTML.
_RAW_CODE = re.compile(r"(`+)(.+?)\1|<code>(.*?)</code>", re.S | re.I)
_TAG = re.compile(r"<[^<>]*>")
# A code span of the display form (see `fenced`).
_MARKED_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)


def _wordlike(char: str) -> bool:
    return char.isalnum() or char == "_"


def _places(text: str, code: str, apart_before: bool, apart_after: bool) -> Iterator[int]:
    """Where `code` stands in `text` as it stood in the notes: not inside a word where
    the notes set it apart from the words around it."""
    at = text.find(code)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(code)] if at + len(code) < len(text) else " "
        if not (apart_before and _wordlike(code[0]) and _wordlike(before)) and not (
            apart_after and _wordlike(code[-1]) and _wordlike(after)
        ):
            yield at
        at = text.find(code, at + 1)


def fenced(code: str) -> str:
    """`code` as a Markdown code span: a fence longer than any run of backticks in
    it, and a space inside it where the code starts or ends with one."""
    longest = max((len(run) for run in re.findall("`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def marked(title: str, raw: str) -> str:
    """`title` with the code spans of `raw` (the text it was made from) marked as code,
    or "" when none of them is in it.

    A span is looked for after the one before it, where it stands as in `raw`: a span
    set apart from the words around it ("does `is` differ") is not taken from inside
    a word of the title ("This"), and its text written plain before it in `raw` is
    passed over as often ("What does map do? `map` …" marks the second "map").

    >>> marked("How does is differ from ==?", "### Q3. How does `is` differ from `==`?")
    'How does `is` differ from `==`?'
    """
    if "`" not in raw and "<code" not in raw.lower():
        return ""
    coded = sum(span.group(2).count("`") for span in _RAW_CODE.finditer(raw) if span.group(1))
    if title.count("`") > coded:
        return ""  # (a title that kept its backticks shows them as written; a backtick
        # that is code, "`` ` ``", is marked as the code it is)
    out: list[str] = []
    cursor = 0  # in `title`, after the last span marked
    raw_cursor = 0  # in `raw`, after that span
    for span in _RAW_CODE.finditer(raw):
        if span.group(1):
            codes = [" ".join(span.group(2).split())]
        else:  # HTML's: the title may have its text with entities read ("a &amp;&amp; b")
            code = " ".join(_TAG.sub("", span.group(3)).split())
            codes = [code, unescape_html(code)]
        apart = (
            span.start() == 0 or not _wordlike(raw[span.start() - 1]),
            span.end() == len(raw) or not _wordlike(raw[span.end()]),
        )
        for code in filter(None, codes):
            passed = sum(1 for _ in _places(raw[raw_cursor : span.start()], code, *apart))
            at = next(islice(_places(title[cursor:], code, *apart), passed, None), -1)
            if at >= 0:
                out += [title[cursor : cursor + at], fenced(code)]
                cursor += at + len(code)
                raw_cursor = span.end()
                break
    if not out:
        return ""
    return "".join([*out, title[cursor:]])


def typed(title: str) -> tuple[str, str]:
    """A title as a person typed it, its code in backticks: (the plain title, its display
    form or "" when it has no code), as an import of the same words would store them.

    >>> typed("When is `__slots__` worth it?")
    ('When is __slots__ worth it?', 'When is `__slots__` worth it?')
    """
    plain = _MARKED_CODE.sub(lambda span: _unpadded(span.group(2)), title)
    plain = " ".join(plain.split())
    return plain, marked(plain, title) if plain != title else ""


def _unpadded(code: str) -> str:
    """A code span's text without the padding `fenced` adds around a backtick."""
    if code.startswith(" ") and code.endswith(" ") and code.strip():
        return code[1:-1]
    return code


def code_parts(markup: str) -> list[tuple[str, bool]]:
    """A display form as its runs of text: (text, whether it is code), in order."""
    parts: list[tuple[str, bool]] = []
    last = 0
    for span in _MARKED_CODE.finditer(markup):
        parts += [(markup[last : span.start()], False), (_unpadded(span.group(2)), True)]
        last = span.end()
    parts.append((markup[last:], False))
    return [(text, code) for text, code in parts if text]


# Markdown's inline marks in a title typed in the app (the notes' own titles come in
# plain): a link or image's text, then strong and emphasis, whose marks stand apart
# from the words around them ("2*3*4" and "snake_case" keep theirs).
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")


def _unmarked(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    while (plain := _EMPHASIS.sub(r"\2", text)) != text:
        text = plain
    return text


def listed_parts(shown: str, *, typed_here: bool = False) -> list[tuple[str, bool]]:
    """A title as a list of titles shows it, as its runs of text (text, whether it is
    code) without Markdown's marks: `shown` is its display form (code spans in
    backticks); `typed_here`, a title typed in the app, may also hold **strong**,
    *emphasis* and [links](…), which go too (the notes' own titles have none left).
    Its TeX formulas read as plain text ("$O(n^2)$" as "O(n²)").

    >>> listed_parts("Why **force-push** after a `git rebase`?", typed_here=True)
    [('Why force-push after a ', False), ('git rebase', True), ('?', False)]
    """
    parts = code_parts(shown) if "`" in shown else [(shown, False)]
    if typed_here:
        parts = [(text if code else _unmarked(text), code) for text, code in parts]
    if may_hold_math(shown):  # its formulas read as text
        parts = [(text if code else readable(text), code) for text, code in parts]
    return [(text, code) for text, code in parts if text]

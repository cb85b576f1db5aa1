"""Card fields (HTML from Anki, or plain text from a spreadsheet) → titles and Markdown.

Anki stores fields as HTML fragments: ``<br>`` and ``<div>`` for lines,
``<ul><li>`` lists, ``<b>``, ``<code>``, ``<pre>``, ``<img src>``, entities. A
question's title becomes plain text on one line; an answer becomes Markdown that
renders as the card did and cannot be misread as Markdown structure (text such as
``# not a heading`` or ``<T>`` is escaped). Plain-text fields keep their own
Markdown but get the same escaping of what would change a card's shape.

Sub- and superscripts stay as ``<sub>``/``<sup>`` (the renderer's allow-list
keeps them; Markdown has no syntax for them).
"""

from __future__ import annotations

import html
import re

from studyapp.core.named_tags import named_in_prose

__all__ = ["data_image_text", "field_markdown", "field_text", "looks_like_html"]

_HTML_TAG_RE = re.compile(
    r"<(?:br|div|p|b|i|u|s|em|strong|ul|ol|li|code|pre|font|span|img|a|sub|sup|hr|"
    r"table|tr|td|th|h[1-6]|blockquote|strike|del|mark)\b[^>]*>|&(?:nbsp|lt|gt|amp|quot|#\d+);",
    re.I,
)
_BLOCK_TAGS = frozenset({"div", "p", "blockquote", "table", "tr", "h1", "h2", "h3", "h4", "h5"})
_TABLE_TAGS = frozenset({"table", "thead", "tr", "td", "th"})
_WRAPS = {"b": "**", "strong": "**", "i": "*", "em": "*", "h6": "**"}
_KEEP_TAGS = frozenset({"sub", "sup", "s", "del", "strike"})
_DROP_CONTENT = frozenset({"script", "style", "head", "title"})
_MD_INLINE_RE = re.compile(r"([\\`*\[\]])")
_LINE_START_RE = re.compile(r"^(\s*)([#>+]|[-*](?=\s)|\d+(?=[.)]\s))", re.M)
_TAG_LIKE_RE = re.compile(r"<(?=[A-Za-z/!?])")
_SETEXT_RE = re.compile(r"^(\s*)([=-]{2,}\s*)$", re.M)
_FENCE_RE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN_RE = re.compile(r"(`+)(.+?)\1", re.S)
_PLAIN_MARKUP_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`")
# A tolerant tokenizer (the stdlib HTMLParser is five times slower on 10,000 cards):
# comments, tags with their attribute text, and the text between them. A tag's name
# runs, as in HTML, to a space, "/" or ">", and its attribute text may hold a "<":
# "<a<>" and "<a <>" are tags to a browser, which shows nothing of them.
_TOKEN_RE = re.compile(
    r"<!--.*?(?:-->|$)|<(/?)([A-Za-z][^\s/>]*)((?:\"[^\">]*\"|'[^'>]*'|[^'\">])*)>|([^<]+|<)",
    re.S,
)
_ATTR_RE = re.compile(r"([\w:-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
# Math Anki writes: MathJax \( … \) and \[ … \], and LaTeX-style [$] … [/$], [$$] … [/$$].
_ANKI_MATH_RE = re.compile(r"\[(\$\$?)\](.+?)\[/\1\]", re.S)
_MATH_RE = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]|\[(\$\$?)\](.+?)\[/\3\]", re.S)
_MAX_LIST_DEPTH = 8  # deeper lists are drawn at this depth (no runaway indentation)
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
# A run of underscores that is not inside a word ("snake_case" is): each one escaped, or
# "__init__" read "_", then "init" in italics, then "_".
_UNDERSCORE_RE = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
_SPECIAL_RE = re.compile(r"[\\`*\[\]_<#>+\-=]|\d[.)]")
_TRAILING_SPACE_RE = re.compile(r"[ \t]+\n")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
_NEEDS_ESCAPE_RE = re.compile(r"^\s*(?:#|[=-]{2,}\s*$|`{3}|~{3})|<[A-Za-z/!?]", re.M)


def looks_like_html(text: str) -> bool:
    """Whether a file's fields are HTML (tags or entities Anki writes)."""
    return _HTML_TAG_RE.search(text) is not None


# StudyApp's own drawn formula (core.texmath.formula_html), as its Anki exports up to
# 0.x carried them: an SVG data: URI with the TeX as its alt, set on the text's middle.
_FORMULA_SRC = "data:image/svg+xml"
_FORMULA_STYLE_RE = re.compile(r"vertical-align\s*:\s*middle", re.I)


def data_image_text(attrs: dict[str, str | None], *, display: bool = False) -> str | None:
    """What an ``<img>`` whose source is a ``data:`` URI reads as, never its data (the
    base64 of a picture is thousands of characters, not text to learn): a StudyApp
    formula picture as its formula, MathJax-delimited (``\\[…\\]`` when `display`,
    else ``\\(…\\)``), which the renderer draws again; another as ``[image: its
    alt]``, else ``[image]``. Decoded text; None for a source that is not a data: URI."""
    src = (attrs.get("src") or "").strip()
    if src[:5].lower() != "data:":
        return None
    alt = " ".join((attrs.get("alt") or "").split())
    if (
        alt
        and src[: len(_FORMULA_SRC)].lower() == _FORMULA_SRC
        and _FORMULA_STYLE_RE.search(attrs.get("style") or "")
    ):
        return f"\\[{alt}\\]" if display else f"\\({alt}\\)"
    return f"[image: {alt}]" if alt else "[image]"


def tag_attributes(text: str) -> dict[str, str | None]:
    """A tag's attribute text (``src="a.png" alt='x'``) as names → decoded values."""
    return dict(_attributes(text))


def field_text(raw: str, *, html: bool) -> str:
    """A field as one line of plain text: tags and Markdown markers gone, entities decoded."""
    plain = _Converter(markdown=False).convert if html else _unmark
    return " ".join(plain(raw).replace("\xa0", " ").split())


def _unmark(raw: str) -> str:
    return _PLAIN_MARKUP_RE.sub(_unmarked, raw)


def _unmarked(match: re.Match[str]) -> str:
    """A marker's text without it; a dunder ("__init__", "__slots__") is a name as
    typed, not "init" in bold (a Python deck's fronts lost their underscores)."""
    bold, under, code = match.groups()
    if under is not None and under.isidentifier():
        return match.group(0)
    return next(g for g in (bold, under, code) if g)


# "$$O(\log n)$$": display math as genanki, many card makers and Anki text exports
# write it (Anki's own is \[…\] or [$$]…[/$$]), kept as math, not read as text whose
# backslashes are escaped. Bounded, and without "$" inside: a lone "$$" costs little.
# (Not the "$$" of Anki's own "[$$]" and "[/$$]".)
_DOLLAR_MATH_RE = re.compile(r"(?<![\[/])\$\$(?!\])([^$]{1,4000})(?<![\[/])\$\$(?!\])")


def field_markdown(raw: str, *, html: bool) -> str:
    """A field as Markdown that shows what the card showed."""
    if html:
        return _Converter(markdown=True).convert(_DOLLAR_MATH_RE.sub(r"[$$]\1[/$$]", raw))
    return _escape_plain(raw.replace("\r\n", "\n").replace("\xa0", " ")).strip("\n")


def _escape_plain(text: str) -> str:
    """Escape what would turn a plain line into a heading or a tag; fences stay as written."""
    if not _NEEDS_ESCAPE_RE.search(text):
        return text
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        marker = _FENCE_RE.match(line)
        if fence:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = ""
            out.append(line)
            continue
        if marker:
            fence = marker.group(1)
            out.append(line)
            continue
        line = re.sub(r"^(\s*)#", r"\1\\#", line)
        line = _SETEXT_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        out.append(_outside_code_spans(line, lambda s: _TAG_LIKE_RE.sub("&lt;", s)))
    return "\n".join(out)


def _outside_code_spans(line: str, change) -> str:
    parts: list[str] = []
    end = 0
    for match in _CODE_SPAN_RE.finditer(line):
        parts.append(change(line[end : match.start()]))
        parts.append(match.group(0))
        end = match.end()
    parts.append(change(line[end:]))
    return "".join(parts)


class _Converter:
    """One pass over an HTML fragment, writing Markdown (or plain text) pieces."""

    def __init__(self, *, markdown: bool) -> None:
        self.markdown = markdown
        self.out: list[str] = []
        self.lists: list[list] = []  # [kind, next number] per open list
        self.open: list[tuple[str, int, str]] = []  # (tag, index in out, extra) for wraps
        self.pre = 0
        self.code = 0
        self.drop = 0
        self.tables: list[list[list[str]]] = []  # rows of cells per open <table>
        self.headed: list[bool] = []  # per open <table>: its first row is a header (<th>)

    def convert(self, raw: str) -> str:
        raw = raw.replace("\r\n", "\n")
        for match in _TOKEN_RE.finditer(raw):
            closing, tag, attrs, text = match.groups()
            if text is not None:
                self.handle_data(html.unescape(text))
            elif tag is None:
                continue  # a comment
            elif closing:
                self.handle_endtag(tag.lower())
            elif named_in_prose(raw, match.start(), match.end()):
                # "e.g. <br> or <img>": an element's name, not a break and no picture;
                # kept as written (not "&lt;br>": the editor, a search and a write-back
                # see the cell's text), the render showing it by the same rule
                if not self.drop:
                    self.out.append(match.group(0))
            elif attrs.rstrip().endswith("/"):
                self.handle_startendtag(tag.lower(), _attributes(attrs.rstrip()[:-1]))
            else:
                self.handle_starttag(tag.lower(), _attributes(attrs))
        while self.open:  # unclosed inline tags at the end of a field
            self._close_wrap(self.open[-1][0])
        text = "".join(self.out)
        text = _TRAILING_SPACE_RE.sub("\n", text)
        text = _BLANK_LINES_RE.sub("\n\n", text)
        return text.strip("\n ").rstrip()

    # -- output helpers

    def _tail(self) -> str:
        for piece in reversed(self.out):
            if piece:
                return piece
        return ""

    def _at_line_start(self) -> bool:
        tail = self._tail()
        return not tail or tail.endswith("\n")

    def _newline(self, count: int = 1) -> None:
        """End the current line; `count` 2 leaves a blank line (a new paragraph)."""
        have = 0
        for piece in reversed(self.out):  # the newlines that end the output so far
            stripped = piece.rstrip("\n")
            have += len(piece) - len(stripped)
            if stripped:
                break
        else:
            return  # nothing written yet: no blank lines at the top
        if have < count:
            self.out.append("\n" * (count - have))

    # -- parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag in _DROP_CONTENT:
            self.drop += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag == "pre":
            self._newline(2)
            self.pre += 1
            self.open.append(("pre", len(self.out), ""))
        elif tag == "code" and not self.pre:
            self.code += 1
            self.open.append(("code", len(self.out), ""))
        elif tag == "code":
            language = re.search(r"language-([\w+#-]+)", attr.get("class") or "")
            if language and self.open and self.open[-1][0] == "pre":
                self.open[-1] = ("pre", self.open[-1][1], language.group(1))
        elif self.markdown and tag in _TABLE_TAGS:
            self._table_start(tag)
        elif tag in ("ul", "ol"):
            self._newline(1 if self.lists else 2)
            self.lists.append([tag, 1])
        elif tag == "li":
            self._list_item()
        elif tag in _BLOCK_TAGS:
            self._newline(1 if tag in ("div", "tr") else 2)
            if tag == "blockquote" and self.markdown:
                self.open.append(("blockquote", len(self.out), ""))
            elif tag in ("h1", "h2", "h3", "h4", "h5") and self.markdown:
                self.open.append((tag, len(self.out), "**"))
        elif tag in ("td", "th"):
            if not self._at_line_start():
                self.out.append(" | ")
        elif tag == "hr":
            self._newline(2)
            self.out.append("---\n\n" if self.markdown else "\n")
        elif tag == "img":
            self._image(attr)
        elif tag == "a" and self.markdown and attr.get("href"):
            self.open.append(("a", len(self.out), attr["href"] or ""))
        elif self.markdown and (tag in _WRAPS or tag in _KEEP_TAGS):
            self.open.append((tag, len(self.out), _WRAPS.get(tag, "")))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self.drop = max(0, self.drop - 1)
        elif tag == "code" and not self.pre:
            self.code = max(0, self.code - 1)
            self._close_wrap("code")
        elif tag == "pre":
            self._close_wrap("pre")
            self.pre = max(0, self.pre - 1)
            self._newline(2)
        elif self.markdown and tag in _TABLE_TAGS:
            self._table_end(tag)
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._newline(1 if self.lists else 2)
        elif tag in _BLOCK_TAGS:
            if tag in ("blockquote", "h1", "h2", "h3", "h4", "h5"):
                self._close_wrap(tag)
            self._newline(1 if tag in ("div", "tr") else 2)
        elif tag == "a" or tag in _WRAPS or tag in _KEEP_TAGS:
            self._close_wrap(tag)

    def handle_data(self, data: str) -> None:
        if self.drop:
            return
        if self.pre or self.code:
            self.out.append(data)
            return
        data = _SPACES_RE.sub(" ", data.replace("\xa0", " "))
        line_start = self._at_line_start()
        if line_start:
            data = data.lstrip(" ")
        if self.markdown and _SPECIAL_RE.search(data):
            data = _outside_math(data, _escape_text)
            if line_start and not self.lists:
                data = _LINE_START_RE.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), data)
        elif not self.markdown:
            data = _ANKI_MATH_RE.sub(lambda m: m.group(2), data)
        self.out.append(data)

    # -- structures

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            self._newline(2)
            self.tables.append([])
            self.headed.append(False)
            self.open.append(("table", len(self.out), ""))
        elif not self.tables:
            return  # a row or cell outside any table: its text flows on
        elif tag == "tr":
            self.tables[-1].append([])
        else:
            if tag in ("th", "thead") and len(self.tables[-1]) <= 1:
                self.headed[-1] = True  # (a <th> of the first row, or a <thead>)
            if tag != "thead":
                self.open.append(("cell", len(self.out), ""))

    def _table_end(self, tag: str) -> None:
        if not self.tables:
            return
        if tag in ("td", "th") and self.open and self.open[-1][0] == "cell":
            _, start, _ = self.open.pop()
            cell = "".join(self.out[start:]).strip()
            del self.out[start:]
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.tables[-1][-1].append(cell.replace("|", "\\|").replace("\n", "<br>"))
        elif tag == "table":
            while self.open and self.open[-1][0] == "cell":
                self.open.pop()
            for position in range(len(self.open) - 1, -1, -1):
                if self.open[position][0] == "table":
                    del self.out[self.open.pop(position)[1] :]
                    break
            self.out.append(_markdown_table(self.tables.pop(), headed=self.headed.pop()))
            self._newline(2)

    def _list_item(self) -> None:
        self._newline(1)
        depth = max(len(self.lists), 1)
        kind, number = self.lists[-1] if self.lists else ("ul", 1)
        if self.lists:
            self.lists[-1][1] += 1
        indent = "    " * min(depth - 1, _MAX_LIST_DEPTH)
        marker = f"{number}. " if kind == "ol" else "- "
        self.out.append(indent + marker if self.markdown else indent)

    def _image(self, attr: dict[str, str | None]) -> None:
        src = (attr.get("src") or "").strip()
        alt = (attr.get("alt") or "").strip()
        embedded = data_image_text(attr)
        if embedded is not None:
            if embedded.startswith("\\("):  # a formula: kept for the math renderer
                self.out.append(embedded if self.markdown else alt)
            else:
                self.out.append(_escape_text(embedded) if self.markdown else embedded)
        elif self.markdown and src:
            self.out.append(f"![{alt}]({src.replace(' ', '%20')})")
        elif alt:
            self.out.append(alt)

    def _close_wrap(self, tag: str) -> None:
        """Close the innermost open `tag`: wrap what was written since it opened."""
        for position in range(len(self.open) - 1, -1, -1):
            if self.open[position][0] == tag:
                break
        else:
            return
        _, start, extra = self.open.pop(position)
        inner = "".join(self.out[start:])
        del self.out[start:]
        self.out.append(self._wrapped(tag, inner, extra))

    def _wrapped(self, tag: str, inner: str, extra: str) -> str:
        if tag == "pre":
            body = inner.strip("\n")
            fence = "`" * max(3, *(len(run) + 1 for run in re.findall(r"`+", body)), 3)
            return f"{fence}{extra}\n{body}\n{fence}\n" if self.markdown else body + "\n"
        if tag == "code":
            if not self.markdown:
                return inner
            ticks = "`" * (max((len(r) for r in re.findall(r"`+", inner)), default=0) + 1)
            pad = " " if inner.startswith("`") or inner.endswith("`") else ""
            return f"{ticks}{pad}{inner}{pad}{ticks}" if inner.strip() else inner
        if tag == "blockquote":
            lines = inner.strip("\n").split("\n")
            return "\n".join("> " + line for line in lines) + "\n\n"
        if tag == "a":
            text = inner.strip() or extra
            return f"[{text}]({extra.replace(' ', '%20')})"
        if tag in _KEEP_TAGS:
            html_tag = "s" if tag in ("del", "strike") else tag
            return f"<{html_tag}>{inner}</{html_tag}>" if inner.strip() else inner
        # ** or * around the text, with the spaces moved outside the markers
        core = inner.strip()
        if not core:
            return inner
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]
        return f"{lead}{extra}{core}{extra}{trail}"


def _markdown_table(rows: list[list[str]], *, headed: bool = True) -> str:
    """`rows` as a Markdown table; one whose first row is no header (`headed`: no <th>
    there) gets an empty header row, which the answer draws as none."""
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    if not headed:
        rows = [[""] * width, *rows]
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines) + "\n"


def _attributes(text: str) -> list[tuple[str, str | None]]:
    found = []
    for name, value in _ATTR_RE.findall(text):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.append((name.lower(), html.unescape(value) if value else None))
    return found


def _escape_text(text: str) -> str:
    # "[" as an entity, not "\[": the renderer reads "\[ … \]" as display math, so a
    # field's "a[i]" or "[image: x.png]" showed as a formula.
    text = _MD_INLINE_RE.sub(r"\\\1", text).replace("\\[", "&#91;")
    text = _UNDERSCORE_RE.sub(lambda run: "\\_" * len(run.group()), text)
    return _TAG_LIKE_RE.sub("&lt;", text)


def _outside_math(text: str, change) -> str:
    """Apply `change` to the text outside math, which is kept for the math renderer:
    MathJax ``\\(…\\)`` / ``\\[…\\]`` as written, Anki's ``[$]…[/$]`` as ``$…$``."""
    parts: list[str] = []
    end = 0
    for match in _MATH_RE.finditer(text):
        parts.append(change(text[end : match.start()]))
        anki = _ANKI_MATH_RE.fullmatch(match.group(0))
        if anki:
            fence = "$$" if anki.group(1) == "$$" else "$"
            parts.append(f"{fence}{anki.group(2)}{fence}")
        else:
            parts.append(match.group(0))
        end = match.end()
    parts.append(change(text[end:]))
    return "".join(parts)


def _escape_marker(marker: str) -> str:
    if marker[0].isdigit():
        return marker + "\\"  # "1." → "1\." (the dot follows)
    return "\\" + marker

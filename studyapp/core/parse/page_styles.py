"""What a saved page says with its stylesheet, made the HTML it means: code, bold,
italics and nesting.

Google Docs' "Download → Web page" (and other editors that export styled HTML) says
nothing with tags about code, bold or nested lists. Code is a run set in a monospace
font by a class (``.c7{font-family:"Courier New"}``, or the same in a ``style``
attribute); bold is a run or a paragraph whose class or ``style`` sets its weight
(``.c2{font-weight:700}``, Word's and LibreOffice's ``style="font-weight:bold"``),
italics one that sets ``font-style:italic``; a nested bullet is a list of its own
whose class names its level (``<ul class="lst-kix_a1-1">`` under ``lst-kix_a1-0``).
Read as tags alone, code came out as one line of plain text, a page of bold questions
had no bold at all, and every bullet sat at the first level.

`styled` rewrites such a page before core.parse.html_page reads it:
- a run in a monospace font is ``<code>``; a paragraph all in one is a line of code,
  and the paragraphs of code in a row (their ``<br>`` too) one ``<pre>`` block, its
  spaces kept;
- a run (or a paragraph, an item, a cell) in bold is in ``<b>``, in italics in ``<i>``
  (runs with no run inside them; a paragraph whose runs are marked already is left
  as they say);
- a run of lists whose classes name levels is one nested list.
A page without a stylesheet's fonts, weights or levels is returned as it is.
"""

from __future__ import annotations

import html
import re

from studyapp.core.parse.fonts import MONOSPACE_RE

_STYLE_BLOCK_RE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_CLASS_RULE_RE = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")
# A rule and its selectors ("p.MsoNormal, li.MsoNormal {…}", ".c2{…}").
_RULE_RE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR_RE = re.compile(r"^\s*[\w-]*\.([\w-]+)\s*$")
_FONT_RE = re.compile(r"font-family\s*:\s*([^;]+)", re.I)
# (not Word's "mso-bidi-font-weight", the weight of right-to-left text only)
_BOLD_RE = re.compile(r"(?<![\w-])font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)
_ITALIC_RE = re.compile(r"(?<![\w-])font-style\s*:\s*(?:italic|oblique)\b", re.I)
# A run with no run inside it, and a block of text with no block inside it.
_INNER_SPAN_RE = re.compile(r"<span\b([^>]*)>((?:(?!<span\b).)*?)</span\s*>", re.I | re.S)
_TEXT_BLOCK_RE = re.compile(
    r"<(p|li|td|th|dt|dd)\b([^>]*)>((?:(?!<(?:p|li|ul|ol|table|div)\b).)*?)</\1\s*>",
    re.I | re.S,
)
_SPAN_RE = re.compile(r"<span\b([^>]*)>(.*?)</span\s*>", re.I | re.S)
_CLASS_ATTR_RE = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# (Word's "Save as Web Page" leaves a single class unquoted: class=MsoNormal)
_ANY_CLASS_RE = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
# (a value in double quotes may hold single ones: "font-family:'Roboto Mono'")
_STYLE_ATTR_RE = re.compile(r"""\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# A paragraph whose text is only code runs (and breaks between them).
_CODE_PARAGRAPH_RE = re.compile(
    r"<p\b[^>]*>((?:\s*<code>.*?</code>\s*(?:<br\s*/?>)?)+)</p\s*>", re.I | re.S
)
_CODE_RUN_RE = re.compile(r"<code>(.*?)</code>|<br\s*/?>", re.I | re.S)
# A list whose class names its level: Google Docs' "lst-kix_<id>-<level>".
_LEVELLED_LIST_RE = re.compile(
    r"""<(ul|ol)\b(?=[^>]*\bclass=["'][^"']*\blst-[\w]+-(\d+)\b)[^>]*>(.*?)</\1\s*>""",
    re.I | re.S,
)


def styled(page: str) -> str:
    """`page` with its code and nesting in tags (see the module docstring)."""
    if "<span" in page.lower():
        mono = _monospace_classes(page)
        page = _SPAN_RE.sub(lambda span: _code_span(span, mono), page)
        if "<code>" in page:
            page = _code_blocks(page)
    if _BOLD_RE.search(page) or _ITALIC_RE.search(page):
        page = _looks(page)
    if "lst-" in page:
        page = _nested_lists(page)
    return page


def _looks(page: str) -> str:
    """Runs, paragraphs, items and cells set in bold or italics by a class or a
    ``style`` attribute, in ``<b>`` and ``<i>`` (the innermost run first; a paragraph
    whose runs say so already is left as they say)."""
    bold, italic = _classes_with(page, _BOLD_RE), _classes_with(page, _ITALIC_RE)

    def marked(attrs: str, inner: str) -> str:
        if not inner.strip():
            return inner
        lower = inner.lower()
        if "<b>" not in lower and _says(attrs, bold, _BOLD_RE):
            inner = f"<b>{inner}</b>"
        if "<i>" not in lower and _says(attrs, italic, _ITALIC_RE):
            inner = f"<i>{inner}</i>"
        return inner

    page = _INNER_SPAN_RE.sub(lambda m: f"<span{m[1]}>{marked(m[1], m[2])}</span>", page)
    return _TEXT_BLOCK_RE.sub(lambda m: f"<{m[1]}{m[2]}>{marked(m[2], m[3])}</{m[1]}>", page)


def _classes_with(page: str, look: re.Pattern[str]) -> frozenset[str]:
    """The classes whose rule in the page's stylesheet sets `look`."""
    classes = set()
    for block in _STYLE_BLOCK_RE.finditer(page):
        for rule in _RULE_RE.finditer(block[1]):
            if look.search(rule[2]):
                for selector in rule[1].split(","):
                    if found := _CLASS_SELECTOR_RE.match(selector):
                        classes.add(found[1])
    return frozenset(classes)


def _says(attrs: str, classes: frozenset[str], look: re.Pattern[str]) -> bool:
    """Whether a tag's class or ``style`` attribute sets `look`."""
    named = _ANY_CLASS_RE.search(attrs)
    if named and any(name in classes for name in (named[1] or named[2] or named[3]).split()):
        return True
    style = _STYLE_ATTR_RE.search(attrs)
    return bool(style and look.search(style[1] or style[2] or ""))


def _monospace_classes(page: str) -> frozenset[str]:
    classes = set()
    for block in _STYLE_BLOCK_RE.finditer(page):
        for rule in _CLASS_RULE_RE.finditer(block[1]):
            font = _FONT_RE.search(rule[2])
            if font and MONOSPACE_RE.search(font[1]):
                classes.add(rule[1])
    return frozenset(classes)


def _code_span(span: re.Match[str], mono: frozenset[str]) -> str:
    attrs, inner = span[1], span[2]
    classes = _CLASS_ATTR_RE.search(attrs)
    style = _STYLE_ATTR_RE.search(attrs)
    names = (classes[1] or classes[2] or "").split() if classes else []
    in_class = any(name in mono for name in names)
    font = _FONT_RE.search(style[1] or style[2] or "") if style else None
    if (in_class or (font is not None and MONOSPACE_RE.search(font[1]))) and inner.strip():
        return f"<code>{inner}</code>"
    return span[0]


def _code_blocks(page: str) -> str:
    """Paragraphs of code in a row as one <pre> block, on lines of their own."""
    out: list[str] = []
    last = 0
    lines: list[str] = []
    for paragraph in _CODE_PARAGRAPH_RE.finditer(page):
        between = page[last : paragraph.start()]
        if lines and between.strip():
            out.append(_pre(lines))
            lines = []
        out.append(between)
        lines += _code_lines(paragraph[1])
        last = paragraph.end()
    if lines:
        out.append(_pre(lines))
    out.append(page[last:])
    return "".join(out)


def _code_lines(inner: str) -> list[str]:
    lines = [""]
    for part in _CODE_RUN_RE.finditer(inner):
        if part[1] is None:  # a break: a new line
            lines.append("")
        else:
            lines[-1] += html.unescape(re.sub(r"<[^>]*>", "", part[1])).replace("\xa0", " ")
    return lines


def _pre(lines: list[str]) -> str:
    return "<pre>\n" + "\n".join(html.escape(line, quote=False) for line in lines) + "\n</pre>\n"


def _nested_lists(page: str) -> str:
    """Lists in a row whose classes name their levels, as one list nested by them."""
    out: list[str] = []
    last = 0
    run: list[tuple[str, int, str]] = []  # (tag, level, items) of the lists in a row
    for found in _LEVELLED_LIST_RE.finditer(page):
        if run and page[last : found.start()].strip():
            out.append(_nested(run))
            run = []
        elif not run:
            out.append(page[last : found.start()])
        run.append((found[1].lower(), int(found[2]), found[3]))
        last = found.end()
    if run:
        out.append(_nested(run))
    out.append(page[last:])
    return "".join(out)


_ITEM_END_RE = re.compile(r"</li\s*>\s*$", re.I)


def _nested(run: list[tuple[str, int, str]]) -> str:
    """One list of the lists of a run, each level's items inside the item above."""
    base = min(level for _, level, _ in run)
    html_out = ""
    open_tags: list[str] = []  # the lists open, outermost first
    for tag, level, items in run:
        depth = level - base + 1
        while len(open_tags) > depth:
            html_out += f"</{open_tags.pop()}></li>"
        if len(open_tags) == depth and open_tags[-1] != tag:
            html_out += f"</{open_tags.pop()}>"
            if open_tags:
                html_out += "</li>"
        while len(open_tags) < depth:
            if open_tags:  # inside the last item of the list above: reopen it
                html_out = _ITEM_END_RE.sub("", html_out)
            html_out += f"<{tag}>"
            open_tags.append(tag)
        html_out += items
    while open_tags:
        html_out += f"</{open_tags.pop()}>"
        if open_tags:
            html_out += "</li>"
    return html_out

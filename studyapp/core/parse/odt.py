"""An OpenDocument text (``.odt``: LibreOffice's and OpenOffice's own format, and one of
Google Docs' downloads) as the HTML it shows, for core.parse.wordproc to read as it
reads a Word document's.

The document's ``content.xml`` holds its text; its styles (there and in
``styles.xml``) say what a paragraph or a run is. Headings (``text:h``, by their
outline level), paragraphs (the Title style the page's title, a code style's lines
one ``<pre>``), bulleted and numbered lists (by their list style, nested), tables,
bold and italic runs (their style's font weight and style, through its parents),
links and line breaks become their HTML. A table of contents, footnotes, tracked
deletions and the like are no part of the notes; a picture reads as ``[image]``.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass

from studyapp.core.parse.fonts import MONOSPACE_RE

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_XLINK = "http://www.w3.org/1999/xlink"


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


# Paragraph styles (by name, as LibreOffice writes it, or by display name) that hold code.
_CODE_STYLES = frozenset(
    ("preformatted text", "source text", "code", "source code", "code block", "html code")
)
# What holds no text of the notes.
_LEFT_OUT = frozenset(
    _t(name)
    for name in (
        "table-of-content",
        "alphabetical-index",
        "illustration-index",
        "bibliography",
        "note",
        "tracked-changes",
        "sequence-decls",
        "variable-decls",
        "user-field-decls",
    )
)


@dataclass(slots=True)
class _Style:
    parent: str
    display: str
    bold: bool | None = None
    italic: bool | None = None
    mono: bool | None = None  # set in a monospace font: code


class _Reader:
    def __init__(self, content: ET.Element, styles: ET.Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.lists: dict[str, dict[int, bool]] = {}  # list style → level → numbered
        for root in (styles, content):
            if root is not None:
                self._read_styles(root)

    def _read_styles(self, root: ET.Element) -> None:
        for style in root.iter(f"{{{_STYLE}}}style"):
            name = style.get(f"{{{_STYLE}}}name", "")
            found = _Style(
                style.get(f"{{{_STYLE}}}parent-style-name", ""),
                style.get(f"{{{_STYLE}}}display-name", "") or name.replace("_20_", " "),
            )
            props = style.find(f"{{{_STYLE}}}text-properties")
            if props is not None:
                weight = props.get(f"{{{_FO}}}font-weight")
                if weight is not None:
                    found.bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
                slant = props.get(f"{{{_FO}}}font-style")
                if slant is not None:
                    found.italic = slant in ("italic", "oblique")
                font = props.get(f"{{{_STYLE}}}font-name") or props.get(f"{{{_FO}}}font-family")
                if font:
                    found.mono = bool(MONOSPACE_RE.search(font))
            self.styles[name] = found
        for list_style in root.iter(_t("list-style")):
            levels: dict[int, bool] = {}
            for level in list_style:
                depth = int(level.get(_t("level"), "1") or 1)
                levels[depth] = level.tag == _t("list-level-style-number")
            self.lists[list_style.get(f"{{{_STYLE}}}name", "")] = levels

    def _lineage(self, name: str) -> list[_Style]:
        out: list[_Style] = []
        while name and name in self.styles and len(out) < 20:
            out.append(self.styles[name])
            name = self.styles[name].parent
        return out

    def _is(self, name: str, flag: str) -> bool:
        for style in self._lineage(name):
            value = getattr(style, flag)
            if value is not None:
                return value
        return False

    def _named(self, name: str) -> set[str]:
        """The names a paragraph's style goes by, its parents' included (lower case)."""
        names = {name.replace("_20_", " ").lower()} if name else set()
        for style in self._lineage(name):
            names.add(style.display.lower())
            names.add(style.parent.replace("_20_", " ").lower())
        return names

    def _code(self, paragraph: ET.Element) -> bool:
        """A paragraph of code: in a code style, in a monospace font, or all its text in
        runs set in one."""
        style = paragraph.get(_t("style-name"), "")
        if self._named(style) & _CODE_STYLES or self._is(style, "mono"):
            return True
        spans = [c for c in paragraph if c.tag == _t("span")]
        if not spans or (paragraph.text or "").strip():
            return False
        if any((c.tail or "").strip() for c in spans):
            return False
        shown = [c for c in spans if "".join(c.itertext()).strip()]
        return bool(shown) and all(self._is(c.get(_t("style-name"), ""), "mono") for c in shown)

    # --- blocks ------------------------------------------------------------

    def blocks(self, parent: ET.Element, list_style: str = "", depth: int = 0) -> list[str]:
        out: list[str] = []
        code: list[str] = []
        for node in parent:
            if node.tag == _t("p") and self._code(node):
                code.append(html.escape(self._plain(node)))
                continue
            if code:
                out.append("<pre>" + "\n".join(code) + "</pre>")
                code = []
            out += self._block(node, list_style, depth)
        if code:
            out.append("<pre>" + "\n".join(code) + "</pre>")
        return out

    def _block(self, node: ET.Element, list_style: str, depth: int) -> list[str]:
        tag = node.tag
        if tag in _LEFT_OUT:
            return []
        if tag == _t("h"):
            level = min(max(int(node.get(_t("outline-level"), "1") or 1), 1), 6)
            return [f"<h{level}>{self.inline(node)}</h{level}>"]
        if tag == _t("p"):
            names = self._named(node.get(_t("style-name"), ""))
            inner = self.inline(node)
            if "title" in names:
                return [f'<p class="title">{inner}</p>']
            return [f"<p>{inner}</p>"] if inner.strip() else []
        if tag == _t("list"):
            style = node.get(_t("style-name"), "") or list_style
            numbered = self.lists.get(style, {}).get(depth + 1, False)
            kind = "ol" if numbered else "ul"
            items = []
            for item in node:
                if item.tag in (_t("list-item"), _t("list-header")):
                    inner = "".join(self.blocks(item, style, depth + 1))
                    items.append(f"<li>{_unwrapped(inner)}</li>")
            return [f"<{kind}>{''.join(items)}</{kind}>"] if items else []
        if tag == f"{{{_TABLE}}}table":
            rows = []
            for row in node.iter(f"{{{_TABLE}}}table-row"):
                cells = [
                    "<td>" + _unwrapped("".join(self.blocks(cell))) + "</td>"
                    for cell in row
                    if cell.tag == f"{{{_TABLE}}}table-cell"
                ]
                rows.append("<tr>" + "".join(cells) + "</tr>")
            return ["<table>" + "".join(rows) + "</table>"] if rows else []
        if tag in (_t("section"), f"{{{_OFFICE}}}text", _t("index-body")):
            return self.blocks(node, list_style, depth)
        return []

    # --- runs --------------------------------------------------------------

    def inline(self, node: ET.Element) -> str:
        parts = [html.escape(node.text or "")]
        for child in node:
            parts.append(self._run(child))
            parts.append(html.escape(child.tail or ""))
        return "".join(parts)

    def _run(self, node: ET.Element) -> str:
        tag = node.tag
        if tag in _LEFT_OUT or tag == _t("bookmark-ref"):
            return ""
        if tag == _t("s"):
            return " " * int(node.get(_t("c"), "1") or 1)
        if tag == _t("tab"):
            return " "
        if tag == _t("line-break"):
            return "<br>"
        if tag == f"{{{_DRAW}}}frame":
            return '<img src="data:," alt="">'
        inner = self.inline(node)
        if tag == _t("a"):
            href = node.get(f"{{{_XLINK}}}href", "")
            return f'<a href="{html.escape(href)}">{inner}</a>' if href else inner
        if tag == _t("span"):
            style = node.get(_t("style-name"), "")
            if inner.strip() and self._is(style, "italic"):
                inner = f"<em>{inner}</em>"
            if inner.strip() and self._is(style, "bold"):
                inner = f"<strong>{inner}</strong>"
            if inner.strip() and self._is(style, "mono"):
                inner = f"<code>{inner}</code>"
        return inner

    def _plain(self, node: ET.Element) -> str:
        """A code line's text: its spaces and tabs as written."""
        parts = [node.text or ""]
        for child in node:
            if child.tag == _t("s"):
                parts.append(" " * int(child.get(_t("c"), "1") or 1))
            elif child.tag == _t("tab"):
                parts.append("\t")
            elif child.tag == _t("line-break"):
                parts.append("\n")
            elif child.tag not in _LEFT_OUT:
                parts.append(self._plain(child))
            parts.append(child.tail or "")
        return "".join(parts)


def _unwrapped(inner: str) -> str:
    """A list item's or a cell's one paragraph without its <p> (as Word's HTML has it)."""
    if inner.startswith("<p>") and inner.endswith("</p>") and inner.count("<p>") == 1:
        return inner[3:-4]
    return inner


def odt_html(package: zipfile.ZipFile) -> str:
    """The HTML an OpenDocument text shows (see the module docstring). ET.ParseError or
    KeyError for a damaged document."""
    return odt_page(package)[0]


def odt_page(package: zipfile.ZipFile) -> tuple[str, bool]:
    """`odt_html`'s page, and whether its headings went a level down under its Title."""
    content = ET.fromstring(package.read("content.xml"))
    try:
        styles = ET.fromstring(package.read("styles.xml"))
    except KeyError:
        styles = None
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        return "", False
    blocks = _Reader(content, styles).blocks(body)
    down = any(b.startswith('<p class="title">') for b in blocks) and any(
        b.startswith("<h1>") for b in blocks
    )
    if down:  # Under a title, a level-1 heading is a section of the document it names.
        blocks = [_lowered(b) for b in blocks]
    return "".join(blocks), down


def _lowered(block: str) -> str:
    if block[:3] in ("<h1", "<h2", "<h3", "<h4", "<h5") and block[3] == ">":
        level = int(block[2]) + 1
        return f"<h{level}>{block[4:-5]}</h{level}>"
    return block


def is_odt(package: zipfile.ZipFile) -> bool:
    names = package.namelist()
    if "content.xml" not in names:
        return False
    if "mimetype" in names:
        return package.read("mimetype").startswith(b"application/vnd.oasis.opendocument.text")
    return True

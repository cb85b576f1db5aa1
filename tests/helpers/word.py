"""Word documents (.docx) written for tests, as Word lays them out: styles named in
styles.xml ("heading 1", "Title", "List Bullet"), lists numbered in numbering.xml,
bold runs. Standard library only (no python-docx in the test set)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# style id → its name, as Word's English template writes them
STYLES = {
    "Title": "Title",
    "Heading1": "heading 1",
    "Heading2": "heading 2",
    "Heading3": "heading 3",
    "ListBullet": "List Bullet",
    "ListNumber": "List Number",
    "ListBullet2": "List Bullet 2",
    "Code": "Code",
}
# numId per list style; "List Bullet 2" numbers by its style in Word, at level 0
_LISTS = {"ListBullet": 1, "ListNumber": 2, "ListBullet2": 1}


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def mono(text: str, font: str = "Courier New", *, breaks: bool = False) -> str:
    """A run set in a monospace font, as Word users write code; `breaks`: its lines
    parted by Shift+Enter (line breaks inside the paragraph)."""
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
    lines = text.split("\n") if breaks else [text]
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{fonts}{body}</w:r>"


def paragraph(style: str | None, *runs: str | tuple[str, bool]) -> str:
    """A paragraph: a style id (or None), then its runs ("text", ("text", bold), or a
    run made by `mono`)."""
    props = ""
    if style:
        numbering = ""
        if style in _LISTS:
            numbering = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{_LISTS[style]}"/></w:numPr>'
        props = f'<w:pPr><w:pStyle w:val="{style}"/>{numbering}</w:pPr>'
    body = "".join(
        r
        if isinstance(r, str) and r.startswith("<w:r>")
        else _run(r)
        if isinstance(r, str)
        else _run(*r)
        for r in runs
    )
    return f"<w:p>{props}{body}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{paragraph(None, c)}</w:tc>" for c in row) + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def write_docx(path: Path, *blocks: str) -> Path:
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in STYLES.items()
    )
    levels = {1: ("bullet", "•"), 2: ("decimal", "%1.")}
    numbering = "".join(
        f'<w:abstractNum w:abstractNumId="{n}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        for n, (fmt, text) in levels.items()
    ) + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n in levels)
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{_TYPES}">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_DOC_TYPE}'
            '.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            f'<Relationships xmlns="{_PKG}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument'
            '/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument'
            '/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'
        ),
        "word/styles.xml": f'<w:styles xmlns:w="{_W}">{styles}</w:styles>',
        "word/numbering.xml": f'<w:numbering xmlns:w="{_W}">{numbering}</w:numbering>',
        "word/document.xml": (
            f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{"".join(blocks)}'
            "</w:body></w:document>"
        ),
    }
    with zipfile.ZipFile(path, "w") as package:
        for name, xml in parts.items():
            package.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml)
    return path


# --- OpenDocument text (.odt), as LibreOffice writes it -------------------------------

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)
# Automatic styles as LibreOffice names them: P1 a paragraph in the Title style, P2 in
# Preformatted Text, T1 a bold run, L1 bullets, L2 numbers (two levels each).
_ODT_AUTOMATIC = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    '<style:style style:name="P2" style:family="paragraph"'
    ' style:parent-style-name="Preformatted_20_Text"/>'
    '<style:style style:name="T1" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text">'
    '<style:text-properties style:font-name="Liberation Mono"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph">'
    '<style:text-properties style:font-name="DejaVu Sans Mono"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1"/>'
    '<text:list-level-style-bullet text:level="2"/></text:list-style>'
    '<text:list-style style:name="L2"><text:list-level-style-number text:level="1"/>'
    '<text:list-level-style-number text:level="2"/></text:list-style>'
)
_ODT_STYLES = (
    '<style:style style:name="Title" style:family="paragraph"/>'
    '<style:style style:name="Preformatted_20_Text" style:display-name="Preformatted Text"'
    ' style:family="paragraph"/>'
)


def odt_heading(level: int, text: str) -> str:
    return f'<text:h text:outline-level="{level}">{escape(text)}</text:h>'


def odt_text(text: str) -> str:
    """Text as OpenDocument writes it: a run of spaces (or one at the start) as
    <text:s text:c="n"/>, which readers count; plain spaces there collapse."""
    return re.sub(r"^ +| {2,}", lambda m: f'<text:s text:c="{len(m.group())}"/>', escape(text))


def odt_mono(text: str) -> str:
    """A run in a monospace font (the automatic style T2: Liberation Mono)."""
    return f'<text:span text:style-name="T2">{odt_text(text)}</text:span>'


def odt_paragraph(*runs: str | tuple[str, bool], style: str = "") -> str:
    """A paragraph of runs ("text", ("text", bold), or `odt_mono`'s); `style` an
    automatic one (P1 Title, P2 Preformatted Text, P3 a monospace font)."""
    body = "".join(
        r
        if isinstance(r, str) and r.startswith("<text:span")
        else odt_text(r)
        if isinstance(r, str)
        else f'<text:span text:style-name="T1">{escape(r[0])}</text:span>'
        for r in runs
    )
    named = f' text:style-name="{style}"' if style else ""
    return f"<text:p{named}>{body}</text:p>"


def odt_list(items: list[str], numbered: bool = False) -> str:
    inner = "".join(f"<text:list-item>{odt_paragraph(i)}</text:list-item>" for i in items)
    return f'<text:list text:style-name="{"L2" if numbered else "L1"}">{inner}</text:list>'


def odt_table(rows: list[list[str]]) -> str:
    body = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell>{odt_paragraph(c)}</table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in rows
    )
    return f'<table:table table:name="T">{body}</table:table>'


def write_odt(path: Path, *blocks: str) -> Path:
    content = (
        f"<office:document-content {_ODT_NS}><office:automatic-styles>{_ODT_AUTOMATIC}"
        f"</office:automatic-styles><office:body><office:text>{''.join(blocks)}"
        "</office:text></office:body></office:document-content>"
    )
    styles = f"<office:document-styles {_ODT_NS}><office:styles>{_ODT_STYLES}</office:styles></office:document-styles>"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", '<?xml version="1.0" encoding="UTF-8"?>' + content)
        package.writestr("styles.xml", '<?xml version="1.0" encoding="UTF-8"?>' + styles)
    return path

"""Word documents (.docx) written for tests, as Word lays them out: styles named in
styles.xml ("heading 1", "Title", "List Bullet"), lists numbered in numbering.xml,
bold runs. Standard library only (no python-docx in the test set)."""

from __future__ import annotations

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
    "Code": "Code",
}
_LISTS = {"ListBullet": 1, "ListNumber": 2}  # numId per list style


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(style: str | None, *runs: str | tuple[str, bool]) -> str:
    """A paragraph: a style id (or None), then its runs ("text" or ("text", bold))."""
    props = ""
    if style:
        numbering = ""
        if style in _LISTS:
            numbering = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{_LISTS[style]}"/></w:numPr>'
        props = f'<w:pPr><w:pStyle w:val="{style}"/>{numbering}</w:pPr>'
    body = "".join(_run(r) if isinstance(r, str) else _run(*r) for r in runs)
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

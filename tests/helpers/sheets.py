"""Small spreadsheets written by hand (no spreadsheet library): an Excel workbook
(.xlsx) or an OpenDocument one (.ods), each sheet a name and its rows of cells."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

Sheets = list[tuple[str, list[list[object]]]]
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ODS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(path: Path, sheets: Sheets, *, inline: bool = False) -> Path:
    """Strings shared, as Excel writes them, or `inline` in their cells, as other programs
    do; numbers as numbers; empty cells left out."""
    strings: list[str] = []
    with zipfile.ZipFile(path, "w") as package:
        listed, rels = [], []
        for n, (name, rows) in enumerate(sheets, 1):
            listed.append(f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>')
            rels.append(f'<Relationship Id="rId{n}" Target="worksheets/sheet{n}.xml"/>')
            cells = []
            for r, row in enumerate(rows, 1):
                cells.append(f'<row r="{r}">')
                for c, value in enumerate(row):
                    ref = f"{_column(c)}{r}"
                    if value == "":
                        continue
                    if isinstance(value, (int, float)):
                        cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                    elif inline:
                        text = escape(str(value))
                        cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
                    else:
                        strings.append(str(value))
                        cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
                cells.append("</row>")
            package.writestr(
                f"xl/worksheets/sheet{n}.xml",
                f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(cells)}</sheetData></worksheet>',
            )
        package.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_R}"><sheets>{"".join(listed)}</sheets></workbook>',
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>',
        )
        shared = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
        package.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_MAIN}">{shared}</sst>')
    return path


def write_ods(path: Path, sheets: Sheets) -> Path:
    """Each cell's lines a paragraph; every row and sheet padded with repeated empty
    cells and rows to the sheet's edge, as LibreOffice writes them."""
    body = []
    for name, rows in sheets:
        body.append(f'<table:table table:name="{escape(name)}">')
        for row in rows:
            body.append("<table:table-row>")
            for value in row:
                lines = "".join(f"<text:p>{escape(p)}</text:p>" for p in str(value).split("\n"))
                body.append(f"<table:table-cell>{lines if value != '' else ''}</table:table-cell>")
            body.append(
                '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
            )
        body.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
            "</table:table>"
        )
    content = (
        f"<office:document-content {_ODS}><office:body><office:spreadsheet>"
        f"{''.join(body)}</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)
    return path

"""A spreadsheet of cards (``.xlsx``: Excel's, and Google Sheets' and Numbers' download;
``.ods``: LibreOffice's and OpenOffice's own) as the CSV text of its cells, for
core.parse.tabular to read as it reads a CSV file: a header that names the question and
answer columns, or rows that ask, each row a card.

A cell reads as the text it shows: a shared or inline string, a number, a date (its
day, where its format shows one), TRUE/FALSE, a formula's last value; its lines and a
rich text's runs kept. Empty rows and columns
past the last cell are no part of the sheet (LibreOffice repeats an empty cell a
thousand times to the sheet's edge).

Sheets that hold cells under the same header (one sheet a topic: "SQL", "Python") are
read as one table, each row with its sheet's name in a "Topic" column of its own, and so
are the sheets whose headers differ but name a question and an answer column (their
other columns by name; a sheet that names neither is no cards); where none names both,
the first sheet that holds cells is read.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, timedelta

from studyapp.core.model import NotesFileError

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_MAX_REPEAT = 10_000  # an empty cell or row repeated past this is the sheet's edge
_CELL_RE = re.compile(r"^([A-Z]{1,3})\d*$")

Sheet = tuple[str, list[list[str]]]  # a sheet's name and its rows of cells


def sheet_csv(data: bytes, name: str) -> str:
    """The cards of a spreadsheet's bytes (a .xlsx or .ods package) as CSV text (see
    the module). Raises NotesFileError for a package that is not a spreadsheet."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise NotesFileError(
                    f"{name}: the spreadsheet unpacks to {unpacked // (1024 * 1024)} MB, more"
                    f" than StudyApp reads ({MAX_UNPACKED_BYTES // (1024 * 1024)} MB)."
                    " Split it into smaller sheets"
                )
            names = set(package.namelist())
            if "xl/workbook.xml" in names:
                sheets = _xlsx_sheets(package)
            elif "content.xml" in names:
                sheets = _ods_sheets(package)
            else:
                raise NotesFileError(
                    f"{name}: this is not a spreadsheet that can be read. Save the sheet"
                    " as .xlsx, .ods or CSV, and import that"
                )
    except (zipfile.BadZipFile, ET.ParseError, KeyError, ValueError) as exc:
        raise NotesFileError(f"{name}: the spreadsheet is damaged ({exc})") from exc
    rows = _one_table([(title, _trimmed(rows)) for title, rows in sheets])
    if not rows:
        raise NotesFileError(f"{name}: the spreadsheet is empty")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """The rows without empty cells at their ends, nor empty rows before the first
    cells or after the last."""
    rows = [_without_empty_end(row) for row in rows]
    while rows and not rows[-1]:
        rows.pop()
    first = next((i for i, row in enumerate(rows) if row), len(rows))
    return rows[first:]


def _without_empty_end(row: list[str]) -> list[str]:
    while row and not row[-1].strip():
        row = row[:-1]
    return row


def _one_table(sheets: list[Sheet]) -> list[list[str]]:
    """The rows of the sheets that hold cells, as one table (see the module)."""
    full = [(title, rows) for title, rows in sheets if any(rows)]
    if not full:
        return []
    if len(full) == 1:
        return full[0][1]
    if any(rows[0] != full[0][1][0] for _, rows in full):
        full = _in_one_header(full)
        if len(full) == 1:
            return full[0][1]
    header = full[0][1][0]
    table = [["Topic", *header]]
    for title, rows in full:
        table.extend([title, *row] for row in rows[1:] if any(cell.strip() for cell in row))
    return table


def _in_one_header(sheets: list[Sheet]) -> list[Sheet]:
    """Sheets whose headers differ, those with a column for the question and one for the
    answer ("Question | Answer" in one, "Front | Back | Notes" in another), written
    under one header: the question's, the answer's, then every other column by its name
    (a sheet that names neither, a log's "Date | Score", is no cards). Where no sheet
    names both, the first sheet alone."""
    from studyapp.core.parse.tabular_columns import column_role

    named = [(sheet, [column_role(cell) for cell in sheet[1][0]]) for sheet in sheets]
    named = [(sheet, r) for sheet, r in named if "question" in r and "answer" in r]
    if not named:
        return sheets[:1]
    sheets, roles = [sheet for sheet, _ in named], [r for _, r in named]
    others = list(
        dict.fromkeys(
            cell.strip()
            for (_, rows), sheet_roles in zip(sheets, roles, strict=True)
            for cell, role in zip(rows[0], sheet_roles, strict=True)
            if role not in ("question", "answer") and cell.strip()
        )
    )
    header = ["Question", "Answer", *others]
    moved = []
    for (title, rows), sheet_roles in zip(sheets, roles, strict=True):
        at = {role: i for i, role in reversed(list(enumerate(sheet_roles)))}
        columns = {cell.strip(): i for i, cell in enumerate(rows[0])}
        order = [at["question"], at["answer"], *(columns.get(name, -1) for name in others)]
        body = [[row[i] if 0 <= i < len(row) else "" for i in order] for row in rows[1:]]
        moved.append((title, [header, *body]))
    return moved


# --- Office Open XML (.xlsx) -------------------------------------------------------


def _x(tag: str) -> str:
    return f"{{{_MAIN}}}{tag}"


def _xlsx_sheets(package: zipfile.ZipFile) -> list[Sheet]:
    shared = _shared_strings(package)
    dated = _date_styles(package)
    workbook = ET.fromstring(package.read("xl/workbook.xml"))
    targets = {}
    if "xl/_rels/workbook.xml.rels" in package.namelist():
        rels = ET.fromstring(package.read("xl/_rels/workbook.xml.rels"))
        for rel in rels.iter(f"{{{_PACKAGE_REL}}}Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = posixpath.normpath(path)
    sheets = []
    for index, sheet in enumerate(workbook.iter(_x("sheet")), start=1):
        path = targets.get(sheet.get(f"{{{_REL}}}id"), f"xl/worksheets/sheet{index}.xml")
        if path not in package.namelist():
            continue
        root = ET.fromstring(package.read(path))
        sheets.append((sheet.get("name", f"Sheet{index}"), _xlsx_rows(root, shared, dated)))
    return sheets


def _shared_strings(package: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in package.namelist():
        return []
    root = ET.fromstring(package.read("xl/sharedStrings.xml"))
    return [_runs_text(item) for item in root.iter(_x("si"))]


def _runs_text(item: ET.Element) -> str:
    """A string item's text: its runs' text joined, phonetic readings left out."""
    parts = []
    for element in item.iter():
        if element.tag == _x("rPh"):
            break  # (a Japanese reading follows the text)
        if element.tag == _x("t") and element.text:
            parts.append(element.text)
    return "".join(parts)


def _xlsx_rows(root: ET.Element, shared: list[str], dated: set[int]) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in root.iter(_x("row")):
        number = int(row.get("r") or len(rows) + 1)
        if number - 1 - len(rows) > _MAX_REPEAT:
            break  # a row far below the others: past the sheet's cards
        while len(rows) < number - 1:
            rows.append([])  # rows left out of the file are empty
        cells: list[str] = []
        for cell in row.iter(_x("c")):
            column = _column(cell.get("r", ""), len(cells))
            if column - len(cells) > _MAX_REPEAT:
                break
            cells.extend([""] * (column - len(cells)))
            cells.append(_xlsx_value(cell, shared, dated))
        rows.append(cells)
    return rows


def _column(reference: str, after: int) -> int:
    """The 0-based column of a cell reference ("C7" → 2); the next one where it has none."""
    match = _CELL_RE.match(reference)
    if match is None:
        return after
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return column - 1


# Excel's built-in number formats that show a day (14–17, 22; 18–21 and 45–47 show a
# time), and the codes of a format written out that show one ("yyyy-mm-dd", "d/m/yy",
# "mmm yyyy"; not "0.00", "[Red]0" nor a time's "h:mm").
_DATE_FORMATS = frozenset((14, 15, 16, 17, 22))
_DATE_CODE_RE = re.compile(r"[dy]|m{3,}", re.I)
_EPOCH = date(1899, 12, 30)  # day 0 of Excel's dates (its 1900 leap-year bug included)


def _date_styles(package: zipfile.ZipFile) -> set[int]:
    """The cell styles (their index) whose number format shows a date."""
    if "xl/styles.xml" not in package.namelist():
        return set()
    root = ET.fromstring(package.read("xl/styles.xml"))
    dates = set(_DATE_FORMATS)
    for fmt in root.iter(_x("numFmt")):
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", fmt.get("formatCode", ""))
        if _DATE_CODE_RE.search(code):
            dates.add(int(fmt.get("numFmtId", "0")))
    styles = root.find(_x("cellXfs"))
    if styles is None:
        return set()
    return {i for i, xf in enumerate(styles) if int(xf.get("numFmtId", "0")) in dates}


def _xlsx_value(cell: ET.Element, shared: list[str], dated: set[int]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_x("is"))
        return _runs_text(inline) if inline is not None else ""
    value = cell.find(_x("v"))
    text = value.text or "" if value is not None else ""
    if kind == "s":
        index = int(text) if text.strip().isdigit() else -1
        return shared[index] if 0 <= index < len(shared) else ""
    if kind == "b":
        return "TRUE" if text.strip() == "1" else "FALSE"
    if kind == "n" and int(cell.get("s", "0")) in dated:
        try:  # a date, as it shows: its day
            return (_EPOCH + timedelta(days=int(float(text)))).isoformat()
        except (ValueError, OverflowError):
            return text
    if kind == "n" and text.endswith(".0"):
        return text[:-2]  # a whole number as it shows
    return text


# --- OpenDocument (.ods) -----------------------------------------------------------


def _ods_sheets(package: zipfile.ZipFile) -> list[Sheet]:
    root = ET.fromstring(package.read("content.xml"))
    sheets = []
    for table in root.iter(f"{{{_TABLE}}}table"):
        rows: list[list[str]] = []
        for row in table.iter(f"{{{_TABLE}}}table-row"):
            cells = _ods_cells(row)
            repeat = int(row.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
            if not any(cells):
                repeat = min(repeat, _MAX_REPEAT)  # the empty rows to the sheet's edge
            rows.extend(list(cells) for _ in range(min(repeat, _MAX_REPEAT)))
        sheets.append((table.get(f"{{{_TABLE}}}name", ""), rows))
    return sheets


def _ods_cells(row: ET.Element) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
            continue
        text = "\n".join(_paragraph_text(p) for p in cell.iter(f"{{{_TEXT}}}p"))
        if not text and cell.get(f"{{{_OFFICE}}}value") is not None:
            text = cell.get(f"{{{_OFFICE}}}value", "")
        repeat = int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
        cells.extend([text] * min(repeat, _MAX_REPEAT))
    return _without_empty_end(cells)


def _paragraph_text(paragraph: ET.Element) -> str:
    """A paragraph's text, its spaces, tabs and line breaks as written."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        tag = child.tag
        if tag == f"{{{_TEXT}}}s":
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif tag == f"{{{_TEXT}}}tab":
            parts.append("\t")
        elif tag == f"{{{_TEXT}}}line-break":
            parts.append("\n")
        else:
            parts.append(_paragraph_text(child))
        parts.append(child.tail or "")
    return "".join(parts)

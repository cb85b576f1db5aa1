"""Questions inside HTML blocks.

- ``<details>`` toggles: the ``<summary>`` is the question and the toggle's content
  its answer (GitHub READMEs, Notion exports). A toggle inside the answer of another
  is part of that answer unless it asks. A toggle whose summary only labels what it
  hides ("Show answer", "Показать ответ") is no question: it answers the one above it;
  so is one that shows something else ("Show code", "Click to expand"), and one named
  in a few words that do not ask ("Hint", "Output") right under a question.
- The rows of an HTML ``<table>`` with a Question and an Answer column (a table
  pasted into Typora or Obsidian from a course site), read as Markdown tables are.
"""

from __future__ import annotations

import html
import re

from studyapp.core.parse.html_text import field_markdown
from studyapp.core.parse.table_units import (
    ANSWER_HEADERS,
    QUESTION_HEADERS,
    STRONG_QUESTION_HEADERS,
    header_index,
)
from studyapp.core.parse.titles import ANSWER_WORDS, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like, line_above

SUMMARY_RE = re.compile(r"<summary[^>]*>(.*?)</summary>", re.I | re.S)
DETAILS_OPEN_RE = re.compile(r"<details\b", re.I)
DETAILS_CLOSE_RE = re.compile(r"</details\s*>", re.I)


def details(doc: Document) -> list[Unit]:
    units = []
    lines = doc.lines
    ends: list[int] | None = None  # where the <details> opened on each line closes
    held = 0  # where the last toggle that belongs to the question above it closes
    for block in doc.blocks:
        if block.kind != "html" or not DETAILS_OPEN_RE.search(block.text) or block.quoted:
            continue
        start = block.start
        for offset, line in enumerate(block.text.split("\n")):
            if not DETAILS_OPEN_RE.search(line):
                continue
            first = start + offset
            window = "\n".join(lines[first - 1 : first + 3])
            summary = SUMMARY_RE.search(window)
            if not summary:
                continue
            if ends is None:
                ends = _details_ends(lines)
            end = ends[first]
            if answer_toggle(summary.group(1)) or _attached(doc, first, summary.group(1), held):
                held = end
                continue  # "Show answer", "Hint" under a question: part of its answer
            title_end = first + window[: summary.end()].count("\n")
            summary_line = first + window[: summary.start()].count("\n")
            rest = lines[title_end - 1][len(window[: summary.end()].split("\n")[-1]) :]
            rest = DETAILS_CLOSE_RE.split(rest, maxsplit=1)[0]  # closed on the same line
            units.append(
                Unit(
                    summary_line,
                    title_end,
                    summary.group(1),
                    whole_title(summary.group(1), plain=doc.plain),
                    title_end + 1,
                    end=end,
                    answer_prefix=rest,
                    container=True,
                )
            )
    return _outer_details(units)


# What a toggle's summary says to show, when it only labels what it hides: a verb that
# shows ("Show", "Click here to see", "Mostrar", "Показать", "查看"), before or after
# the word for an answer ("Antwort anzeigen").
_SHOW = (
    r"(?:(?:(?:click|tap|press)(?: here)? (?:to |for )?)?(?:show|see|view|reveal|expand|open"
    r"|display|check|toggle|get)"
    r"|mostrar|ver|voir|afficher|montrer|r[ée]v[ée]ler|anzeigen|zeigen|aufdecken|mostra|vedi"
    r"|visualizza|показать|посмотреть|открыть|раскрыть|pokaż|zobacz|göster"
    r"|(?:点击|點擊)?(?:显示|顯示|查看|展开|展開|看)|보기)"
)
_HIDDEN = (
    rf"(?:{ANSWER_WORDS}|solution|soluci[oó]n|solu[çc][ãa]o|soluzione|l[öo]sung|решение"
    r"|rozwiązanie|çözüm|explanation|erklärung|explicaci[oó]n|explication|объяснение"
    r"|spoiler|спойлер|details|more|答え|解説|정답|해설)"
)
_ARTICLE = r"(?:the|an?|la|le|l'|el|die|den|o|il|my|your)"
ANSWER_TOGGLE_RE = re.compile(
    rf"^(?:{_SHOW}\s*(?:{_ARTICLE}\s*)?)?(?:{_HIDDEN}s?)?(?:\s*{_SHOW})?\s*[:.!?]?$", re.I
)


def answer_toggle(summary: str) -> bool:
    """A toggle's summary that only labels what it hides ("Show answer", "Answer",
    "Click to see the solution", "👀 Reveal", "Antwort anzeigen", "Spoiler"), not a
    question: the toggle is the answer of the question above it."""
    plain = re.sub(r"<[^>]*>|[*_]", "", html.unescape(summary)).strip()
    plain = re.sub(r"^\W+|\W+$", "", plain).strip()  # "▶ Answer", "Answer 👇"
    return bool(ANSWER_TOGGLE_RE.match(plain))


# A summary led by a verb that shows, over what it shows ("Show code", "Click to expand",
# "Expand to see the diagram"): a few words, no clause that asks ("Show that …").
_SHOWS_RE = re.compile(
    rf"^(?:(?!check\b|get\b|open\b){_SHOW}|(?:click|tap)(?: here| me)?)"
    r"(?:\s+(?!(?:that|how|why|whether|if|what|when)\b)[\w'’.-]+){0,3}\s*[:.!]?$",
    re.I,
)


def _attached(doc: Document, line: int, summary: str, held: int) -> bool:
    """A toggle that belongs to the answer above it, not a question: its summary shows
    something ("Show code", "Click to expand"); or it names in a word or three, not
    asking, what it holds ("Hint", "Output", "Sample run") right under a question or
    under another such toggle."""
    plain = re.sub(r"<[^>]*>|[*_`]", "", html.unescape(summary)).strip()
    plain = re.sub(r"^\W+|\W+$", "", plain).strip()
    if _SHOWS_RE.match(plain):
        return True
    if not plain or len(plain.split()) > 3 or is_question_like(plain):
        return False
    above = line_above(doc, line)
    if above and above == held:
        return True
    asked = re.sub(r"<[^>]*>|^[#>\s]+|[*_]", "", doc.line(above)).strip()
    return asked.endswith(("?", "？")) or is_question_like(asked)


def _outer_details(units: list[Unit]) -> list[Unit]:
    """A <details> inside the answer of another that does not ask ("Deep dive: the
    formula" under "How do you prevent a stampede?") is part of that answer; nested
    ones that ask are questions, whatever holds them ("What they asked in round 1")."""
    kept: list[Unit] = []
    open_units: list[Unit] = []
    for unit in units:
        open_units = [u for u in open_units if u.end >= unit.line]
        outer = open_units[-1] if open_units else None
        if outer is None or is_question_like(unit.title):
            kept.append(unit)
        open_units.append(unit)
    return kept


def _details_ends(lines: list[str]) -> list[int]:
    """For each line (numbered from 1), the line where the <details> nesting that begins
    there comes back to the level before it: the first line from it on where the
    <details> opened so far are closed; the last line when they never are. All at
    once, by a stack over the running depth (scanning on from each opening was
    quadratic where tags never close: 0.5 MB of them took seconds)."""
    depth = [0]  # the running depth before each line, and after the last
    for line in lines:
        depth.append(
            depth[-1] + len(DETAILS_OPEN_RE.findall(line)) - len(DETAILS_CLOSE_RE.findall(line))
        )
    ends = [len(lines)] * (len(lines) + 2)
    waiting: list[int] = []  # depths not yet returned to, rising
    for number, level in enumerate(depth):
        while waiting and level <= depth[waiting[-1]]:
            ends[waiting.pop() + 1] = number
        waiting.append(number)
    return ends


_ROW_RE = re.compile(r"<tr\b[^>]*>(?P<cells>.*?)</tr\s*>", re.I | re.S)
_CELL_RE = re.compile(r"<t[hd]\b[^>]*>(?P<cell>.*?)</t[hd]\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]+>")
_CODE_RE = re.compile(r"<code>(.*?)</code>", re.I | re.S)


def _without_grid(rows: list) -> list:
    """A table's rows (each cells' first lines, last lines, HTML) without a spreadsheet's
    grid, as Google Sheets saves a sheet as a web page: a first row of its column
    letters ("", "A", "B", "C") and a first column of its row numbers (1, 2, 3 …).
    "A | B | C" was read as the header, so no column was named Question and the sheet
    gave no questions; its own first row ("Topic | Question | Answer") is the header."""
    letters = [_TAG_RE.sub("", cell).strip() for cell in rows[0][2]] if rows else []
    if (
        len(letters) < 3
        or letters[0]
        or letters[1:] != [chr(65 + n) for n in range(len(letters) - 1)]
    ):
        return rows
    rows = rows[1:]
    numbers = [_TAG_RE.sub("", cells[0]).strip() if cells else "" for _, _, cells in rows]
    if numbers != [str(n) for n in range(1, len(rows) + 1)]:
        return rows
    return [(at[1:], ends[1:], cells[1:]) for at, ends, cells in rows]


def html_table_rows(doc: Document) -> list[Unit]:
    """The rows of HTML tables whose header names a question and an answer column."""
    units: list[Unit] = []
    for block in doc.blocks:
        if block.kind != "html" or block.quoted or "<tr" not in block.text.lower():
            continue
        text = "\n".join(doc.lines[block.start - 1 : block.end])
        rows = []  # (each cell's first line, each cell's last line, the cells' HTML)
        for m in _ROW_RE.finditer(text):
            cells = list(_CELL_RE.finditer(m["cells"]))
            at = [block.start + text[: m.start("cells") + c.start()].count("\n") for c in cells]
            ends = [block.start + text[: m.start("cells") + c.end()].count("\n") for c in cells]
            rows.append((at, ends, [c["cell"].strip() for c in cells]))
        rows = _without_grid(rows)
        if len(rows) < 2:
            continue
        header = [_TAG_RE.sub("", cell) for cell in rows[0][2]]
        q = header_index(header, QUESTION_HEADERS)
        a = header_index(header, ANSWER_HEADERS)
        if q is None or a is None:
            continue
        marked = header_index(header, STRONG_QUESTION_HEADERS) is not None
        for at, ends, cells in rows[1:]:
            if max(q, a) >= len(cells):
                continue
            # the cell's HTML as Markdown, as an Anki field's: a list in it is a list
            answer = field_markdown(cells[a], html=True)
            # code in the question cell is text: its entities are its characters
            raw = _CODE_RE.sub(lambda c: f"<code>{html.unescape(c[1])}</code>", cells[q])
            units.append(
                Unit(
                    at[q],
                    at[q],
                    raw,
                    whole_title(raw, plain=doc.plain),
                    max(ends[q], ends[a]) + 1,
                    end=max(ends[q], ends[a]),
                    answer_prefix=answer,
                    container=True,
                    explicit=marked,
                )
            )
    return units

"""CSV, TSV and Anki "Notes in Plain Text" files → one question per record.

What this module owns:

- telling a table of cards from prose (`sniff_tabular`): the file's suffix, Anki's
  ``#separator:`` style header lines, or records that split the same way on tabs;
- choosing the delimiter (tab, comma, semicolon) by how consistently each one
  splits the records, and reading the records with the `csv` module so quoted
  fields may hold delimiters, ``""`` quotes and newlines;
- the records' columns: which is the question, the answer, the tags and the deck
  (`tabular_columns`: a header row that names them, Anki's ``#… column:N`` headers,
  or else the first two columns that hold text);
- turning HTML fields (Anki's default) into Markdown-safe text (`html_text.py`).

Each record keeps the physical lines it came from: ``source_line`` is its first,
``end_line`` its last. A deck column (``ML::Trees``) becomes the topic path, in an
Anki export by the rule an Anki package follows (anki_decks: the deck the notes share
names the deck, the path below it is the topic); tags are kept on every question, the
first becomes the topic only where nothing else groups the rows, and the tags the
topic does not say end the answer as ``#tag`` labels (tag_labels).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Collection, Iterator

from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion, StudyAppError
from studyapp.core.parse.anki_decks import file_by_deck, top_deck_parts
from studyapp.core.parse.anki_header import (
    ANKI_SEPARATORS,
    AnkiHeader,
    declared_width,
    read_anki_header,
)
from studyapp.core.parse.code_fronts import code_front, with_answer_label
from studyapp.core.parse.flashcards import CLOZE_RE
from studyapp.core.parse.html_text import field_markdown, field_text, looks_like_html
from studyapp.core.parse.meta_columns import meta_tags, record_keeping
from studyapp.core.parse.surplus_fields import PROSE_DELIMITERS, note_width, rejoined
from studyapp.core.parse.tabular_columns import (  # (which column is what)
    _anki_layout,
    _assigned,
    _cell,
    _data_layout,
    _header_layout,
    _label_row,
    _Layout,
    _layout_fields,
    _merge,
    _Record,
    summary_row,
)
from studyapp.core.parse.tabular_columns import (
    column_role as column_role,  # (card_shape, table_units and yaml_cards import it here)
)
from studyapp.core.parse.tag_columns import spaced_tags
from studyapp.core.parse.tag_labels import (
    lists_tags,
    split_tags,
    tags_as_topics,
)
from studyapp.core.parse.titles import ends_asking
from studyapp.core.topic_cells import OWN_CSV_HEADERS, topic_parts

__all__ = ["parse_tabular", "sniff_tabular"]

TABULAR_SUFFIXES = (".csv", ".tsv")
_PROSE_SUFFIXES = (".md", ".markdown")
# Tie order when two delimiters split the records equally well: the one least
# likely to occur in prose first (a tab almost never does, a comma often).
_DELIMITERS = ("\t", ";", ",", "|")
_SAMPLE_LINES = 400
_CONSISTENT = 0.9  # share of sampled records that must split into the same number of fields

_CLOZE_RE = CLOZE_RE  # "{{c1::answer::hint}}"
_SOUND_RE = re.compile(r"\[sound:[^\]]*\]")
_IMAGE_MD_RE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_EXCEL_SEP_RE = re.compile(r"^sep=(.)\r?$")
_JUNK_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _rows_in_line(fields: list[str]) -> list[list[str]] | None:
    """A line of tab-parted fields that is several cards, their rows parted by
    semicolons ("term<TAB>definition;term<TAB>definition;", a Quizlet export's
    "Between rows: Semicolon"): the cards, when every part pairs a term with its
    definition by one tab (else None: a ";" in a definition is its own)."""
    if len(fields) < 3 or not all(";" in field for field in fields[1:-1]):
        return None
    parts = _row_parts("\t".join(fields))
    if not parts[-1].strip():
        parts.pop()  # the ";" after the last card
    rows = [part.split("\t") for part in parts]
    if len(rows) < 2 or not all(len(row) == 2 and all(c.strip() for c in row) for row in rows):
        return None
    return rows


# The end of an entity a field holds ("the&nbsp;Docker"): its ";" parts no rows.
_ENTITY_START_RE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6})$")


def _row_parts(line: str) -> list[str]:
    parts: list[str] = []
    for piece in line.split(";"):
        if parts and _ENTITY_START_RE.search(parts[-1]):
            parts[-1] += ";" + piece
        else:
            parts.append(piece)
    return parts


def _split_rows(rows: list[list[str]]) -> list[list[str]]:
    """Rows with their ";"-parted cards apart (`_rows_in_line`), where every line of
    more than two fields so parts and some line shows it is such a set: three cards or
    more on it, or the ";" after its last card. In a table of three columns ("Q<TAB>A;
    B<TAB>tag" lines), a line that does not part, or no line that shows more, says the
    ";" are the fields' own."""
    wide = [row for row in rows if len(row) > 2]
    if not any(len(row) > 3 or row[-1].rstrip().endswith(";") for row in wide):
        return rows
    split = [_rows_in_line(row) for row in rows]
    if any(cards is None and len(row) > 2 for cards, row in zip(split, rows, strict=True)):
        return rows
    out: list[list[str]] = []
    for cards, row in zip(split, rows, strict=True):
        out.extend(cards or [row])
    return out


# --- sniffing ------------------------------------------------------------------


def sniff_tabular(text: str, suffix: str) -> bool:
    """Whether `text` (a file with this suffix) is a table of cards rather than prose."""
    suffix = suffix.lower()
    if suffix in TABULAR_SUFFIXES:
        return True
    if suffix in _PROSE_SUFFIXES:
        return False
    text = text.lstrip("\ufeff")
    if read_anki_header(text.split("\n")).lines:
        return True
    lines = text.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES]
    if any(line.startswith(("#", "```", "    ", "\t")) for line in lines if line.strip()):
        return False  # Markdown headings, fences and indented code are prose
    if sum(line.lstrip().startswith("|") for line in lines if line.strip()) * 2 > len(lines):
        return False  # a Markdown table, read by the engine
    # A tab and "|" plain prose hardly ever holds; ";" it does, but Anki's import
    # takes "front;back" lines, each front a question.
    for delimiter in ("\t", "|", ";"):
        rows = _sample_records(lines, delimiter)
        if delimiter == "\t":
            rows = _folded(_split_rows(rows))
        rows = rows[_title_rows(rows) :]
        fraction, width = _consistency(rows)
        if delimiter == ";" and width >= 2 and note_width([len(r) for r in rows], 0) == width:
            # a ";" typed inside a field splits its row once more: still a card
            fraction = sum(len(row) >= width for row in rows) / len(rows)
        if len(rows) < 2 or fraction < _CONSISTENT or width < 2:
            continue
        marked = sum(bool(_LIST_MARK_RE.match(row[0])) for row in rows)
        if delimiter == "\t" and marked * 2 >= len(rows):
            continue  # "1.<TAB>What is RAII?" / "o<TAB>point": a list pasted from Word
        # Terms and questions mixed ("GIL | global interpreter lock", "What is a
        # generator? | …"): a third that ask is cards; a pipeline or a truth table never asks.
        asking = sum(ends_asking(row[0]) for row in rows) * 3 >= len(rows)
        if delimiter != "\t" and _header_layout(rows[0]) is None and not asking:
            continue  # shell pipelines, truth tables, prose: a named header or questions say cards
        # Cards ask different things; "Q:<tab>…" / "A:<tab>…" lines repeat a label instead.
        if len({row[0].strip().casefold() for row in rows}) * 2 > len(rows):
            return True
    return False


# A list's mark alone in a first cell: Word writes a tab after each ("1.", "a)", "o", "·").
_LIST_MARK_RE = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-z][.)]|[-*o§·•\uf0b7\uf0a7])\s*$")


def _title_rows(rows: list[list[str]]) -> int:
    """How many rows at the top are a title over the cards ("Python flashcards"): one
    or two lines without the delimiter, followed by at least two rows that split."""
    top = next((i for i, row in enumerate(rows) if len(row) > 1), len(rows))
    return top if top <= 2 and sum(len(row) > 1 for row in rows[top:]) >= 2 else 0


def _sample_records(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        rows = list(csv.reader((line + "\n" for line in lines), delimiter=delimiter))
    except csv.Error:
        return []
    return [row for row in rows if any(cell.strip() for cell in row)]


def _quotes_close(lines: list[str], delimiter: str) -> bool:
    """Whether every quoted field closes where a field ends, before `delimiter` or the
    line's end: '"a; b";"c"' read by "," opens a field at '"a; b"' that ";" goes on
    after, so "," is not the delimiter its writer quoted for."""
    try:
        for _ in csv.reader((line + "\n" for line in lines), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return False
    return True


def _folded(rows: list[list[str]]) -> list[list[str]]:
    """Tab-separated rows with a definition that runs over several lines (a Quizlet
    set exported as "term<TAB>definition", one card a line): a line without a tab
    after a card goes on with that card's last field. Rows from the first one on
    must be cards for this (a file that opens with prose is not such a set), and a
    third of them at least, else the tabs are a few stray ones in prose."""
    if not rows or len(rows[0]) < 2 or all(len(row) > 1 for row in rows):
        return rows
    folded: list[list[str]] = []
    for row in rows:
        if len(row) == 1 and folded:
            _go_on(folded[-1], row[0])
        else:
            folded.append(list(row))
    return folded if len(folded) * 3 >= len(rows) else rows


def _go_on(fields: list[str], line: str) -> None:
    last = max((i for i, cell in enumerate(fields) if cell.strip()), default=len(fields) - 1)
    fields[last] = f"{fields[last]}\n{line}"


def _consistency(rows: list[list[str]]) -> tuple[float, int]:
    """The share of rows with the most common field count, and that count."""
    if len(rows) < 2:
        return (1.0, len(rows[0])) if rows else (0.0, 0)
    width, count = Counter(len(row) for row in rows).most_common(1)[0]
    return count / len(rows), width


# --- reading records ------------------------------------------------------------


def _choose_delimiter(lines: list[str], suffix_hint: str, *, rows_in_line: bool = True) -> str:
    """The delimiter that splits the sampled records most consistently into ≥ 2 fields.

    A header row that names its columns decides; then consistency, then quoted fields
    that close at the delimiter, then the number of columns; on a tie the delimiter
    rarer in prose wins (a tab, then ``;``), since two consistent splits are less
    often a coincidence for it. `suffix_hint` is the
    answer when nothing splits at all. `rows_in_line`: whether a line may hold several
    cards parted by ``;`` (not in a file whose header says how its lines read).
    """
    sample = lines[:_SAMPLE_LINES]
    best: tuple[tuple[int, float, int, int, int], str] | None = None
    for rank, delimiter in enumerate(_DELIMITERS):
        rows = _sample_records(sample, delimiter)
        if delimiter == "\t" and rows_in_line:
            cards = _split_rows(rows)
            if len(cards) > len(rows) and _consistency(cards) == (1.0, 2):
                return delimiter  # cards parted by ";" within a line: the ";" parts rows
            rows = _folded(cards)
        fraction, width = _consistency(rows)
        if width < 2:
            continue
        # (a header that names columns splits into as many: one cell names none)
        named = bool(rows) and len(rows[0]) == width and _header_layout(rows[0]) is not None
        quoted = _quotes_close(sample, delimiter)
        spread = width if fraction >= _CONSISTENT else 0
        key = (int(named), round(fraction, 2), int(quoted), spread, -rank)
        if best is None or key > best[0]:
            best = (key, delimiter)
    return best[1] if best else suffix_hint


def _records(
    lines: list[str], start: int, delimiter: str, name: str, quoting: int = csv.QUOTE_MINIMAL
) -> Iterator[_Record]:
    """Records with the physical lines they span; `start` is the 1-based number of lines[0]."""
    reader = csv.reader((line + "\n" for line in lines), delimiter=delimiter, quoting=quoting)
    consumed = 0
    try:
        for row in reader:
            first, consumed = start + consumed, reader.line_num
            if any(cell.strip() for cell in row):
                cells = [c.replace("\r", "") for c in row]
                if delimiter == "|":  # "front | back": the spaces frame the bar
                    cells = [c.strip() for c in cells]
                yield _Record(first, start + consumed - 1, cells)
    except csv.Error as exc:
        line = start + reader.line_num - 1
        raise StudyAppError(f"{name}: cannot read line {line} as CSV ({exc})") from None


def _unclosed_quote(lines: list[str], start: int, record: _Record, delimiter: str) -> bool:
    """Whether the last record only ends because the file did, inside a quoted field."""
    if record.first == record.last:
        return False
    tail = lines[record.first - start :]
    try:
        list(csv.reader((line + "\n" for line in tail), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _read_records(
    lines: list[str], start: int, delimiter: str, name: str, *, rows_in_line: bool = True
) -> list[_Record]:
    """All records; a quote that never closes is a stray quote in a TSV, an error in a CSV.
    `rows_in_line` as for `_choose_delimiter`."""
    records = list(_records(lines, start, delimiter, name))
    if records and _unclosed_quote(lines, start, records[-1], delimiter):
        if delimiter != "\t":
            raise StudyAppError(
                f'{name}: line {records[-1].first}: a quoted field is never closed (a " '
                'opens it and no " ends it before the end of the file)'
            )
        records = list(_records(lines, start, delimiter, name, csv.QUOTE_NONE))
    if rows_in_line and delimiter == "\t" and any(len(r.fields) > 2 for r in records):
        parted = _split_rows([r.fields for r in records])
        if len(parted) > len(records):  # (every wide line parts, as `_split_rows` says)
            records = [
                _Record(r.first, r.last, row)
                for r in records
                for row in (_rows_in_line(r.fields) or [r.fields])
            ]
    if delimiter == "\t" and records and len(records[0].fields) > 1:
        records = _folded_records(records)
    return records


def _folded_records(records: list[_Record]) -> list[_Record]:
    """As `_folded`, keeping the lines each card spans."""
    if len(_folded([r.fields for r in records])) == len(records):
        return records
    folded: list[_Record] = []
    for record in records:
        if len(record.fields) == 1 and folded:
            _go_on(folded[-1].fields, record.fields[0])
            folded[-1].last = record.last
        else:
            folded.append(record)
    return folded


# --- columns --------------------------------------------------------------------


# --- questions ------------------------------------------------------------------


def _front(raw: str, html: bool) -> tuple[str, str]:
    """(title, Markdown shown above the answer) for a question field. A cloze reads
    as its blanks, with the filled sentence above the answer; a front with a picture
    is shown above the answer too (titled after the picture when it has no text).
    A question over code is titled by its words, the code shown above the answer
    (`code_fronts`). Anything else is its title alone: no Markdown made for it, half
    the work of a big export."""
    raw = _SOUND_RE.sub("", raw)
    if _CLOZE_RE.search(raw):
        blank = _CLOZE_RE.sub(lambda m: f"[{m.group(2) or '…'}]", raw)
        full = _CLOZE_RE.sub(lambda m: m.group(1), raw)
        return field_text(blank, html=html), field_markdown(full, html=html)
    coded = code_front(raw, html=html)
    if coded is not None:
        return coded
    title = field_text(raw, html=html)
    if not (html and "<img" in raw.lower()):
        return title, ""
    shown = field_markdown(raw, html=html)
    picture = _IMAGE_MD_RE.search(shown)
    if not title and picture:
        title = f"Picture: {picture.group(1) or picture.group(2)}"
    return title, shown


# A field that is only a picture's web address (Quizlet's and Brainscape's "Image"
# column): shown as the picture.
_PICTURE_URL_RE = re.compile(
    r"https?://[^\s()<>]+?\.(?:png|jpe?g|gif|webp|svg|bmp)(?:\?[^\s()<>]*)?", re.I
)


def _question(
    record: _Record,
    layout: _Layout,
    *,
    html: bool,
    anki: AnkiHeader,
    listed: bool,
    markdown: bool = False,
    kept_out: Collection[int] = (),
    deck_named: bool = False,
) -> ParsedQuestion | None:
    asked = _cell(record, layout.question)
    title, shown = _front(asked, html)
    parts = [shown] if shown else []
    if not title:
        return None
    answer = _cell(record, layout.answer)
    if markdown:
        answer = answer.replace("\r\n", "\n").strip("\n")
    else:
        answer = field_markdown(_SOUND_RE.sub("", answer), html=html)
    if _PICTURE_URL_RE.fullmatch(answer):
        answer = f"![]({answer})"  # a picture's address alone: the picture is the answer
    if shown.startswith("```"):  # code under the question: its body, before the answer
        answer = with_answer_label(answer)
    if answer:
        parts.append(answer)
    assigned = _assigned(layout)
    for index in range(len(record.fields)):
        if index in assigned or index in kept_out:
            continue
        extra = field_markdown(record.fields[index], html=html)
        if extra:
            label = layout.names.get(index, "")
            if _PICTURE_URL_RE.fullmatch(extra):  # Quizlet's "Image" column: the picture
                parts.append(f"![{field_text(label, html=False)}]({extra})")
                continue
            parts.append(f"**{field_text(label, html=False)}:** {extra}" if label else extra)
    tags = anki.tags + split_tags(_cell(record, layout.tags), listed=listed)
    topic = "" if deck_named and layout.topic == layout.deck else _cell(record, layout.topic)
    deck = field_text(topic, html=False) or anki.deck
    if layout.deck >= 0 and layout.deck != layout.topic and not deck_named:
        # rows of several decks: each row's deck above its topic ("ML › Trees")
        above = field_text(_cell(record, layout.deck), html=False)
        deck = f"{above}::{deck}" if above and deck else above or deck
    topic_path = topic_parts(deck)  # '"Networking / TCP"::Sockets': a name in quotes is one
    return ParsedQuestion(
        title,
        "\n\n".join(parts),
        record.first,
        topic_path,
        end_line=record.last,
        tags=tuple(dict.fromkeys(tags)),
        raw_title=asked,
        source_key=_cell(record, layout.key).strip(),
    )


# A line of an answer cell that opens a Markdown block: a heading, a bullet, a numbered
# item, a fence. Anki writes a field's lines as <br> and <div>, not as such lines.
_MARKDOWN_BLOCK_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|[*+-][ \t]|\d{1,3}[.)][ \t]|```|~~~)", re.M)
_HTML_BLOCK_RE = re.compile(r"<(?:div|p|ul|ol|li|table|tr|td)\b", re.I)


def _markdown_answers(records: list[_Record], layout: _Layout) -> bool:
    """Whether the answers are Markdown though the file holds a tag or entity Anki writes
    (StudyApp's own CSV of an answer with a <br>, a sheet of Markdown notes): some answer
    has lines that open Markdown blocks, and none holds HTML's own blocks."""
    cells = [_cell(r, layout.answer) for r in records] if layout.answer >= 0 else []
    return any(_MARKDOWN_BLOCK_RE.search(c) for c in cells) and not any(
        _HTML_BLOCK_RE.search(c) for c in cells
    )


def _one_deck(records: list[_Record], layout: _Layout) -> str | None:
    """The deck's name a "Deck" column gives: the value every row holds (StudyApp's own
    CSV writes its deck's name on each row); None without the column, or where rows
    hold different decks (those sort the rows as topics instead)."""
    if layout.deck < 0 or not records:
        return None
    values = {field_text(_cell(r, layout.deck), html=False).strip() for r in records}
    if len(values) != 1:
        return None
    return values.pop() or None


def _named_cells(record: _Record, columns: Collection[int], layout: _Layout) -> dict[str, str]:
    return {layout.names[i]: _cell(record, i) for i in columns}


def _reject_junk(text: str, name: str) -> None:
    if "\x00" in text or len(_JUNK_CHARS_RE.findall(text[:100_000])) > 0.01 * min(
        len(text), 100_000
    ):
        raise StudyAppError(f"{name}: not a CSV/TSV file of cards: it holds binary data")


def parse_tabular(text: str, *, name: str, suffix: str = "") -> ParsedDocument:
    """One question per record of a CSV, TSV or Anki plain-text export.

    Raises StudyAppError (one line) when no column holds question text.
    """
    text = text.lstrip("\ufeff")
    _reject_junk(text, name)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    anki = read_anki_header(lines)
    skipped: list[SkippedRegion] = []
    if anki.lines:
        skipped.append(SkippedRegion(1, anki.lines, "Anki export header"))
    excel = _EXCEL_SEP_RE.match(lines[anki.lines]) if len(lines) > anki.lines else None
    if excel:  # Excel's "sep=;" line names the delimiter
        anki.lines += 1
        anki.separator = anki.separator or excel.group(1)
        skipped.append(SkippedRegion(anki.lines, anki.lines, "separator line"))
    body = lines[anki.lines :]
    hint = "\t" if suffix.lower() == ".tsv" else ","
    # A file whose header says how it is written (Anki's "#separator:tab", "#tags
    # column:3", Excel's "sep=") is read as it says: one note a line (or a quoted
    # field's lines), a ";" inside a field its own, never Quizlet's cards parted by ";".
    declared = anki.lines > 0
    delimiter = anki.separator or _choose_delimiter(body, hint, rows_in_line=not declared)
    if anki.columns:
        anki.columns = next(csv.reader([anki.columns[0]], delimiter=delimiter), [])
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    records = _read_records(body, anki.lines + 1, delimiter, name, rows_in_line=not declared)
    is_anki = any(r.reason == "Anki export header" for r in skipped)
    title = 0 if is_anki else _title_rows([r.fields for r in records])
    if title:
        skipped.append(SkippedRegion(records[0].first, records[title - 1].last, "title line"))
        records = records[title:]
    layout = _anki_layout(anki) if is_anki else None
    declared = declared_width(anki)
    own = False  # StudyApp's own CSV export: its answers are Markdown as stored
    if layout is None or (layout.question < 0 and layout.answer < 0):
        header = _header_layout(records[0].fields) if records else None
        own = bool(records) and tuple(c.strip() for c in records[0].fields) in OWN_CSV_HEADERS
        if header is None and layout is None and _label_row(records):
            header = _Layout(names=dict(enumerate(c.strip() for c in records[0].fields)))
        if header is not None:
            skipped.append(SkippedRegion(records[0].first, records[0].last, "header row"))
            declared = declared or len(records[0].fields)
            records = records[1:]
            layout = header if layout is None else _merge(layout, header)
    if delimiter in PROSE_DELIMITERS:
        records = _rejoined(records, layout, declared, delimiter, skipped)
    layout = _data_layout(records, layout or _Layout())
    if layout.question < 0:
        raise StudyAppError(
            f"{name}: no column holds question text (read {len(records)} records split by "
            f"{_delimiter_name(delimiter)}); a CSV/TSV needs a question column, "
            "ideally under a header row such as question,answer"
        )
    # StudyApp's own CSV export holds its answers' Markdown as stored: kept as written
    # (escaped as HTML for an inline <br>, or as plain text, its headings, bullets and
    # ** came back as raw marks). A sheet of Markdown answers with an inline <br> is not
    # Anki's HTML either: read as plain text, its ** stays bold.
    markdown = anki.html is None and own
    if markdown:
        html = False
    elif anki.html is not None:
        html = anki.html
    else:
        html = looks_like_html(text) and not _markdown_answers(records, layout)
    questions: list[ParsedQuestion] = []
    # "go,concurrency" in one row: the column's tags are parted by "," and ";", not
    # spaces ("system design" in another row is one tag); Anki's never are
    # spaces part a cell's tags in Anki's column; in another, named "Tags" or not, where
    # its words show they are tags each (tag_columns): "Deep Learning", "System
    # Design" and "data structures" there are one label each
    cells = [_cell(r, layout.tags) for r in records]
    guessed = not spaced_tags(cells)
    # (StudyApp's own export writes Anki's: no spaces in a tag, parted by spaces)
    listed = not (is_anki or own) and (lists_tags(cells) or guessed)
    kinds = record_keeping(records, layout)  # "Difficulty", "Last reviewed": no answer
    named_kinds = {layout.names[i]: kind for i, kind in kinds.items()}
    labels: list[tuple[str, ...]] = []
    one_deck = None if is_anki else _one_deck(records, layout)
    name = one_deck or name
    for record in records:
        if summary_row(record, layout):
            skipped.append(SkippedRegion(record.first, record.last, "summary row"))
            continue
        question = _question(
            record,
            layout,
            html=html,
            markdown=markdown,
            anki=anki,
            listed=listed,
            kept_out=kinds,
            deck_named=one_deck is not None,
        )
        if question is None:
            skipped.append(SkippedRegion(record.first, record.last, "row without a question"))
        else:
            questions.append(question)
            labels.append(meta_tags(_named_cells(record, kinds, layout), named_kinds))
    decks, file_name = [q.topic_path for q in questions], name  # (an Anki export's decks)
    if is_anki:  # decks and tags as an Anki package's (anki_decks)
        shared, grouped = file_by_deck(questions, decks)
        name = shared or name
    else:
        # (an own export's questions outside every topic stay so: its tags are no topics)
        grouped = any(q.topic_path for q in questions) or (not own and tags_as_topics(questions))
    # (after the topics, as they name none; no answer text, meta_columns)
    for question, tags in zip(questions, labels, strict=True):
        question.tags = tuple(dict.fromkeys((*question.tags, *tags)))
    fmt = "anki-text" if is_anki else ("tsv" if delimiter == "\t" else "csv")
    doc = _document(name, fmt, questions, grouped)
    doc.skipped = skipped
    if is_anki:  # notes in several top-level decks: a part each, as a package's (anki.py)
        for top, named, own, in_topics in top_deck_parts(questions, decks, file_name):
            doc.parts.append(_document(named, fmt, own, in_topics))
            doc.parts[-1].part = top
    return doc


def _document(name: str, fmt: str, questions: list[ParsedQuestion], grouped: bool):
    return ParsedDocument(
        name,
        fmt,
        questions,
        has_sections=grouped,
        unit="row",
        candidates={"row": len(questions)},
        line_breaks="break",
    )


def _rejoined(
    records: list[_Record],
    layout: _Layout | None,
    declared: int,
    delimiter: str,
    skipped: list[SkippedRegion],
) -> list[_Record]:
    """The records with the pieces of a field split at an unquoted delimiter joined
    back (`surplus_fields`), where the header or the other rows tell a note's width. A
    row two readings of which read as well is named in `skipped`, for the person to
    look at: read the answer's way, as a guess."""
    width = note_width([len(r.fields) for r in records], declared)
    if not width or all(len(r.fields) <= width for r in records):
        return records
    fits = [r for r in records if len(r.fields) <= width]
    known = _data_layout(fits, _Layout(**_layout_fields(layout))) if fits else layout
    if known is None:
        return records
    seen = [
        set() if i in (known.question, known.answer) else {_cell(r, i).strip() for r in fits}
        for i in range(width)
    ]
    kept: list[_Record] = []
    for r in records:
        fields, sure = rejoined(r.fields, width, known.question, known.answer, delimiter, seen=seen)
        if not sure:  # (kept, its answer holding the surplus: the person is told where)
            surplus = len(r.fields) - len(fields)
            skipped.append(SkippedRegion(r.first, r.last, _unclear(delimiter, surplus), check=True))
        kept.append(_Record(r.first, r.last, fields))
    return kept


def _unclear(delimiter: str, surplus: int) -> str:
    name = _delimiter_name(delimiter)
    many = f"a {name}" if surplus == 1 else f"{surplus} {name}s"
    return (
        f"a row with {many} too many, put in its answer as a guess (quote the field that holds it)"
    )


def _delimiter_name(delimiter: str) -> str:
    names = {v: k for k, v in ANKI_SEPARATORS.items()}
    return names.get(delimiter, repr(delimiter))

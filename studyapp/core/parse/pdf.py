"""Notes kept as a PDF (exported from Notion, Google Docs or Word, or a downloaded
"top 50 questions" guide): read as the Markdown its pages show.

pypdf (pure Python, no dependencies) gives each run of text on a page with its
position, its font (bold, italic, monospace) and its size. The runs are put together
into lines in reading order (top to bottom, left to right on each line; a page set
in columns a column at a time: core.parse.pdf_columns), the pages' furniture
(running headers and footers, page numbers: core.parse.pages) is left out, and
core.parse.pdf_layout makes the lines Markdown: headings from their size against the
body text's, lists, code in a monospace font (core.parse.fonts) fenced, and
paragraphs whole again across line wraps and page breaks. The importer then reads it
as it reads any notes.

A PDF that is locked with a password, damaged, only pictures of pages (a scan with
no text layer) or longer than MAX_PDF_PAGES says so, naming the file.
"""

from __future__ import annotations

import io
import logging
import math
import re
from dataclasses import dataclass

from studyapp.core.model import NotesFileError
from studyapp.core.parse.fonts import MONOSPACE_RE
from studyapp.core.parse.pdf_drawing import PageDrawing

__all__ = ["MAX_PDF_PAGES", "Line", "Span", "ems_of", "pdf_markdown"]

# Reading is linear in the pages (up to a tenth of a second each here: 300 pages, half a
# minute on a busy machine, on the import's worker thread); a book-length
# PDF is not notes, and would keep the import busy for minutes.
MAX_PDF_PAGES = 300
# Letters a page, on average: fewer is pictures of pages (a scan's text layer holds at
# most a page number or a scanner app's name).
_FEWEST_LETTERS = 10


@dataclass
class Span:
    """A run of text in one font on one line of a page: where it starts and ends."""

    text: str
    x: float
    end: float
    y: float
    size: float
    bold: bool
    mono: bool
    italic: bool = False
    widths: dict[str, float] | None = None  # its font's letters' (core.parse.pdf.ems_of)


@dataclass
class Line:
    """A line of a page: its spans left to right."""

    page: int
    spans: list[Span]
    margin: float = 0.0  # the page's right edge, as far in as the text's left
    frame: int = 0  # a page set in columns: which part of it (core.parse.pdf_columns)
    right: float = 0.0  # there, where the part's full lines end
    column: bool = False  # and whether the part is a column

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    @property
    def place(self) -> tuple[int, int]:
        """The page and the column it stands in: text runs on from one place to the
        next as from one page to the next."""
        return self.page, self.frame

    @property
    def x(self) -> float:
        return self.spans[0].x

    @property
    def y(self) -> float:
        return self.spans[0].y

    @property
    def end(self) -> float:
        return self.spans[-1].end

    @property
    def size(self) -> float:
        """The size most of its letters are set in."""
        weights: dict[float, int] = {}
        for span in self.spans:
            weights[span.size] = weights.get(span.size, 0) + len(span.text.strip())
        return max(weights, key=weights.__getitem__)

    @property
    def mono(self) -> bool:
        return all(span.mono for span in self.spans if span.text.strip())

    @property
    def bold(self) -> bool:
        return all(span.bold for span in self.spans if span.text.strip())


def pdf_markdown(data: bytes, name: str, *, own_refused: bool = True) -> str:
    """The Markdown the PDF `data` shows; NotesFileError (naming the file `name`) when
    it is locked, damaged, has no text or too many pages, or (`own_refused`) is
    StudyApp's own weak-topics PDF."""
    from studyapp.core.parse import pdf_layout

    pages = _page_lines(data, name, own_refused)
    letters = sum(len(line.text.strip()) for page in pages for line in page)
    # (a scan's text layer may hold a page number or a scanner app's name on each
    # page: left out as the pages' furniture, nothing is left)
    markdown = pdf_layout.to_markdown(pages) if letters >= _FEWEST_LETTERS * len(pages) else ""
    if not markdown.strip():
        raise NotesFileError(
            f"{name}: this PDF has no text to read: it is pictures of pages (a scan, or"
            " pages saved as images). Run text recognition (OCR) on it, in a PDF app or"
            " a scanner's, and import the PDF it saves, or copy the text into a .txt or"
            " .md file and import that"
        )
    return markdown + "\n"


def _reader(data: bytes, name: str, own_refused: bool = True):
    from pypdf import PdfReader  # (loaded by a PDF import only)
    from pypdf.errors import PyPdfError

    # pypdf logs each flaw it reads past ("EOF marker not found"); the person is told
    # of the ones that stop the reading, in one line, naming the file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    damaged = (
        f"{name}: the PDF is damaged (%s). Open it in a PDF app and save or print it to a"
        " new PDF, and import that"
    )
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _unlocked(reader, name):
            raise NotesFileError(
                f"{name}: the PDF is locked with a password. Open it, save or print it"
                " as a new PDF without the password, and import that"
            )
        count = len(reader.pages)
    except NotesFileError:
        raise
    except (PyPdfError, *_DAMAGE) as exc:
        raise NotesFileError(damaged % (exc or type(exc).__name__)) from exc
    except RecursionError as exc:  # a loop of objects
        raise NotesFileError(damaged % "its objects refer to themselves") from exc
    if count > MAX_PDF_PAGES:
        raise NotesFileError(
            f"{name}: the PDF has {count} pages, more than StudyApp reads in one file"
            f" ({MAX_PDF_PAGES}). Print the pages of your notes to a new PDF, or split it"
            " into smaller PDFs, and import those"
        )
    if count == 0:
        raise NotesFileError(f"{name}: the PDF has no pages")
    if own_refused:
        _refuse_own_pdf(reader, name)
    return reader


def _refuse_own_pdf(reader, name: str) -> None:
    """StudyApp's weak-topics PDF is refused, saying why: its questions are a deck's
    already, and its cover and "Why it is weak" lines are no notes."""
    from pypdf.errors import PyPdfError

    from studyapp.core.own_files import weak_pdf_deck

    try:
        info = reader.metadata or {}
        deck = weak_pdf_deck(info.get("/Creator"), info.get("/Title"))
    except (PyPdfError, *_DAMAGE):  # a damaged info dictionary: the pages are read
        return
    if deck is not None:
        raise NotesFileError(
            # (`deck` may be every deck's report, "All decks": the words fit either)
            f"{name}: this is StudyApp's weak-topics PDF (\u201c{deck}\u201d), a reading"
            " list of questions your decks hold already. Import the notes they were made"
            " from instead"
        )


def _unlocked(reader, name: str) -> bool:
    """A PDF locked only against changes (an owner password) opens with no password."""
    from pypdf.errors import DependencyError

    try:
        return bool(reader.decrypt(""))
    except DependencyError as exc:
        raise NotesFileError(_aes(name)) from exc
    except Exception:  # (NotImplementedError: an encryption pypdf does not know, …)
        return False


def _aes(name: str) -> str:
    # pypdf reads AES only with the `cryptography` package (pypdf[crypto] in the
    # project's dependencies): an install without it says what to do.
    return (
        f"{name}: the PDF is encrypted with AES (against copying or changes), which"
        " StudyApp cannot read. Open it, print it to a new PDF (Print → Save as PDF),"
        " and import that"
    )


# What pypdf raises on a PDF it cannot make sense of, besides its own errors.
_DAMAGE = (ValueError, LookupError, TypeError, AttributeError, ArithmeticError, OSError)


def _page_lines(data: bytes, name: str, own_refused: bool = True) -> list[list[Line]]:
    """Each page's lines, top to bottom."""
    from pypdf.errors import DependencyError, PyPdfError

    reader = _reader(data, name, own_refused)
    fonts: dict[int, tuple] = {}  # a font's id → (the font, its kind)
    pages: list[list[Line]] = []
    columns: list[tuple[float, float]] = []  # the columns' edges, pages set in columns
    gutters: list[float] = []  # and the gutters between them
    for number in range(len(reader.pages)):
        try:
            spans, marks, (left, right) = _page_spans(reader.pages[number], fonts)
        except DependencyError as exc:
            raise NotesFileError(_aes(name)) from exc
        except (PyPdfError, RecursionError, *_DAMAGE) as exc:
            raise NotesFileError(
                f"{name}: page {number + 1} of the PDF is damaged ({exc or type(exc).__name__})."
                " Open it in a PDF app and save or print it to a new PDF, and import that"
            ) from exc
        lines = _framed(spans, number, columns, gutters)
        _bulleted(lines, marks)
        if lines:  # margins are alike on the left and the right, as a rule
            inset = min(line.x for line in lines) - left
            for line in lines:
                line.margin = right - inset
        pages.append(lines)
    return pages


# Letters a PDF's fonts set as one glyph ("ﬁ" in "ﬁller"): the letters people type.
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    | {"\ufb05": "st", "\ufb06": "st", "\t": " ", "\xa0": " ", "\n": " ", "\r": " "}
    | {"\x00": None}
)
_SOFT_HYPHEN_RE = re.compile("\u00ad(?=.*\\S)")
_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# "Times-Italic", "Helvetica-Oblique", "Arial,BoldItalic", Adobe's "MinionPro-BoldIt"
_ITALIC_RE = re.compile(r"(?i:italic|oblique|slanted|kursiv)|(?<=[a-z-])It(?:MT)?$")
# Letters leaning right this much (the tangent of their slant) are slanted on purpose:
# an app without an italic face for the font draws the upright one sheared.
_SLANT = 0.1


def _page_spans(page, fonts: dict[int, tuple]) -> tuple[list[Span], list, tuple]:
    """The page's runs of text that show on it, upright, with where each ends; the
    small shapes it draws (bullets, core.parse.pdf_drawing); and its left and right
    edges. All turned the way most of its text runs: a landscape page printed to PDF
    (its text drawn turned, the page turned back by /Rotate) or a page scanned
    sideways and recognised is read upright."""
    box = page.mediabox
    left, bottom = float(box.left), float(box.bottom)
    right, top = float(box.right), float(box.top)
    raw: list[tuple] = []
    clip = PageDrawing((left, bottom, right, top))

    def visit(text, cm, tm, font, size) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and not clip.shows(x, y):
            return  # drawn where it is clipped away: not shown
        forward = (tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3])
        upward = (tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        kind = _font_kind(font, fonts)
        raw.append((text, x, y, forward, upward, size or 0, *kind, _font_widths(font, fonts)))

    page.extract_text(visitor_text=visit, visitor_operand_before=clip.operator)
    turn = _Turn(_quarter(raw))
    calls: list[tuple[str, float, float, float, bool, bool, bool, dict]] = []
    for text, x, y, forward, upward, size, bold, mono, italic, widths in raw:
        a, b = turn(*forward)
        c, d = turn(*upward)
        if abs(b) > 0.01 * abs(a) or a <= 0 or d <= 0:
            continue  # turned or mirrored against the page's text: a watermark, a note
        size *= math.sqrt(abs(a * d - b * c))
        calls.append((text, *turn(x, y), size, bold, mono, italic or c > _SLANT * d, widths))
    spans: list[Span] = []
    for index, (text, x, y, size, bold, mono, italic, widths) in enumerate(calls):
        # (pypdf adds a space where it sees a gap, beside a space the PDF drew)
        text = text.replace(" \t", " ").replace("\t ", " ").translate(_LIGATURES)
        # A soft hyphen shows only where a line breaks at it: there it is a hyphen.
        text = _SOFT_HYPHEN_RE.sub("", text).replace("\u00ad", "-")
        if not text.strip() or size <= 0:
            continue
        end = x + 0.5 * size * len(text)  # a guess, where the pen's next place is unknown
        if index + 1 < len(calls):
            _, nx, ny, *_ = calls[index + 1]
            # (the next run on the line, not the next column's: no letter is wider
            # than its size)
            if abs(ny - y) < 0.3 * size and x < nx <= x + size * len(text.rstrip()) + size:
                end = nx
        if mono:  # monospace letters are 0.6 of the size wide (Courier, Menlo, DejaVu)
            end = max(end, x + 0.6 * size * len(text))
        rounded = round(size * 2) / 2
        spans.append(Span(text, x, end, y, rounded, bold, mono, italic, widths or None))
    marks = [(*turn(x, y), size) for x, y, size in clip.marks]
    corners = [turn(x, y)[0] for x in (left, right) for y in (bottom, top)]
    return spans, marks, (min(corners), max(corners))


def _quarter(raw: list[tuple]) -> int:
    """The quarter turns, clockwise, that make the way most of a page's letters run
    rightwards (0 for a page as most are)."""
    letters = [0, 0, 0, 0]
    for text, _x, _y, (a, b), *_ in raw:
        if abs(a) > 20 * abs(b):
            letters[0 if a > 0 else 2] += len(text.strip())
        elif abs(b) > 20 * abs(a):
            letters[1 if b > 0 else 3] += len(text.strip())
    return max(range(4), key=lambda q: (letters[q], q == 0))


class _Turn:
    """A point or a direction turned clockwise by a number of quarter turns."""

    def __init__(self, quarter: int) -> None:
        self.quarter = quarter % 4

    def __call__(self, x: float, y: float) -> tuple[float, float]:
        for _ in range(self.quarter):
            x, y = y, -x
        return x, y


def _font_kind(font, fonts: dict[int, tuple]) -> tuple[bool, bool, bool]:
    """(bold, monospace, italic) of a font, by its name and its descriptor's flags and
    slant."""
    if not font:
        return False, False, False
    known = fonts.get(id(font))
    if known is not None:
        return known[1]
    name = _SUBSET_RE.sub("", str(font.get("/BaseFont", "")).lstrip("/"))
    flags, weight, angle = 0, 0, 0.0
    try:
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        if descriptor is not None:
            descriptor = descriptor.get_object()
            flags = int(descriptor.get("/Flags", 0))
            weight = int(descriptor.get("/FontWeight", 0))
            angle = float(descriptor.get("/ItalicAngle", 0))
    except Exception:  # (a damaged descriptor says nothing)
        flags, weight, angle = 0, 0, 0.0
    kind = (
        bool(_BOLD_RE.search(name)) or weight >= 600 or bool(flags & (1 << 18)),
        bool(MONOSPACE_RE.search(name)) or bool(flags & 1) or _fixed_pitch(font, fonts),
        bool(_ITALIC_RE.search(name)) or bool(flags & (1 << 6)) or abs(angle) >= 5,
    )
    fonts[id(font)] = (font, kind)  # (the font held: its id is not another's later)
    return kind


# Letters of one width, at least: a font's own (a subset holds the letters used), not
# a proportional font's digits, which are set alike wide.
_FEWEST_LETTERS_ALIKE = 6


def _fixed_pitch(font, fonts: dict[int, tuple]) -> bool:
    """Whether the font's letters are all one width, as a monospace font's are, whatever
    its name ("NimbusMonoPS-Regular") and flags (Qt sets none) say."""
    widths = _font_widths(font, fonts)
    letters = {width for char, width in widths.items() if char.isalpha()}
    count = sum(char.isalpha() for char in widths)
    return count >= _FEWEST_LETTERS_ALIKE and len(letters) == 1 and next(iter(letters)) > 0


def ems_of(text: str, widths: dict[str, float] | None) -> float | None:
    """How wide `text` is set in a font of these `widths` (_font_widths), in ems of
    its size: the PDF's widths of its letters (a standard font's, as PDF readers know
    them, where it gives none); None where the font says too little (a Type 3 font,
    letters it has no width for). Whether the next line's first word would have
    fitted on a line (core.parse.pdf_layout) is told by it: in a narrow column, a
    guess from the number of letters ("m" as wide as "i") is off by more than a
    word's room."""
    if not widths or not text:
        return None
    known = [widths.get(char) for char in text]
    if sum(width is None for width in known) > 0.1 * len(text):
        return None
    space = widths.get(" ", 0.0)  # (a space pypdf adds where it sees a gap)
    return sum(space if width is None else width for width in known) / 1000


def _font_widths(font, fonts: dict[int, tuple]) -> dict[str, float]:
    """A font's letters' widths (thousandths of an em), read by pypdf; empty where
    it cannot tell them."""
    if not font:
        return {}
    key = -id(font)  # (beside _font_kind's entry for the font)
    if key not in fonts:
        fonts[key] = (font, _read_widths(font))
    return fonts[key][1]


def _read_widths(font) -> dict[str, float]:
    try:  # (pypdf's own reading of a font, as its layout extraction uses it)
        from pypdf.generic._font import Font

        metrics = Font.from_font_resource(font)
    except Exception:  # (a pypdf without it, a damaged font: the guess)
        return {}
    coded = metrics.character_widths
    if metrics.sub_type == "Type0":  # widths by glyph code (else its /DW): by its letter
        default = coded.get("default")
        widths = {
            char: float(coded.get(code, default))
            for code, char in metrics.character_map.items()
            if isinstance(char, str) and len(char) == 1 and (code in coded or default)
        }
    elif metrics.sub_type in ("Type1", "MMType1", "TrueType"):
        widths = {char: float(width) for char, width in coded.items() if len(char) == 1}
    else:
        return {}
    if "\t" in widths and " " not in widths:  # (Qt's PDFs map a space's glyph to a tab)
        widths[" "] = widths["\t"]
    return widths if any(widths.values()) else {}


def _lines(spans: list[Span], page: int) -> list[Line]:
    """Spans gathered into lines by their baselines, top to bottom, left to right."""
    lines: list[Line] = []
    for span in sorted(spans, key=lambda s: -s.y):
        last = lines[-1] if lines else None
        if last is not None and abs(last.y - span.y) <= 0.35 * max(last.size, span.size):
            last.spans.append(span)
        else:
            lines.append(Line(page, [span]))
    for line in lines:
        line.spans.sort(key=lambda s: s.x)
        line.spans = _spaced(line.spans)
    return lines


def _framed(
    spans: list[Span], page: int, columns: list[tuple[float, float]], gutters: list[float]
) -> list[Line]:
    """The page's lines in the order they read: a page set in columns a column at a
    time (core.parse.pdf_columns), each line knowing its column and where the
    column's full lines end. (`columns`, `gutters`: the columns' edges and gutters
    found so far, the document's pages set alike: a page's text standing in one
    column alone, as the last page's may, is in it too.)"""
    from studyapp.core.parse.pdf_columns import body_size, frames

    parts = frames(spans, gutters)
    if len(parts) == 1:
        lines = _lines(spans, page)
        # (most of its lines: a footer runs across; and not counting what is set
        # smaller, a footer or a page's number under three lines of text)
        body = body_size(spans)
        text = [line for line in lines if line.size >= body] or lines
        for edge, right in columns:
            reach = right + 0.1 * (right - edge)  # (a line's end a guess)
            inside = sum(edge - 2 <= line.x and line.end <= reach for line in text)
            if inside >= 0.8 * len(text):
                for line in lines:
                    line.right = right
                break
        return lines
    lines = []
    for frame, (part, column) in enumerate(parts):
        found = _lines(part, page)
        # (past the furthest few: where a line's last run ends is a guess, a size-wide
        # letter each, and a guess too far would break every line of the column)
        ends = sorted((line.end for line in found), reverse=True)
        right = ends[min(len(ends) - 1, max(1, len(ends) // 10))]
        for line in found:
            line.frame, line.right, line.column = frame, right, column
        if column:
            columns.append((min(line.x for line in found), right))
        lines.extend(found)
    return lines


def _bulleted(lines: list[Line], marks: list[tuple[float, float, float]]) -> None:
    """A "•" before each line a bullet is drawn before (a dot, a ring, a square about
    the height of its small letters, centred on them, a little to the line's left)."""
    for x, y, size in marks:
        for line in lines:
            first = line.spans[0]
            if (
                size <= 0.8 * first.size
                and line.y <= y <= line.y + 0.7 * first.size
                and line.x - 3 * first.size <= x < line.x
            ):
                if not line.spans[0].text.startswith("• "):
                    line.spans.insert(
                        0, Span("• ", x, line.x, line.y, first.size, first.bold, first.mono)
                    )
                break
    for line in lines:  # Word's second-level bullet: an "o" in Courier New, set apart
        first = line.spans[0]
        if (
            len(line.spans) > 1
            and first.mono
            and first.text.strip() == "o"
            and not line.spans[1].mono
            and line.spans[1].x - first.x > first.size
        ):
            first.text, first.mono = "◦ ", line.spans[1].mono


def _spaced(spans: list[Span]) -> list[Span]:
    """A line's spans with a space where there is a gap between two of them, and a span
    drawn twice over itself (bold faked by overprinting) once."""
    out: list[Span] = []
    for span in spans:
        if out:
            before = out[-1]
            if span.text == before.text and abs(span.x - before.x) < 1:
                continue
            gap = span.x - before.end
            if before.text.endswith(" ") and span.text.startswith(" "):
                span.text = span.text.lstrip(" ")  # a space each side of the join: one
            elif gap > 0.15 * span.size and not before.text.endswith(" ") and span.text[0] != " ":
                before.text += " "
        out.append(span)
    return out

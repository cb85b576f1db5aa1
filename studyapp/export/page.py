"""What the parts of the weak-topics PDF share: the A4 page at the layout resolution
(96 dpi, CSS px), its margins, colours and body font, and what an export returns or
raises. export.pdf lays the pages out and paints them; export.report_html writes the
HTML they are laid out from.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QImage

from studyapp.core.model import StudyAppError

Progress = Callable[[str, int], None]  # (step, percent done)

BODY_FONTS = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica", "Arial")

BODY_POINTS = 10.0
CODE_POINTS = 8.5  # a code block's text
LAYOUT_DPI = 96.0  # the document is laid out in these units (CSS px)
WRITER_DPI = 300
MM = LAYOUT_DPI / 25.4  # layout units per millimetre
PAGE_W, PAGE_H = 210 * MM, 297 * MM  # A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * MM
MARGIN_TOP = 22 * MM  # the running header sits in it
MARGIN_BOTTOM = 18 * MM  # the page number sits in it
CONTENT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
# Qt paginates in fixed point (1/64 px): a text height in between was rounded, and
# Qt's page n started n times that rounding away from n * CONTENT_H, past half a
# pixel by page 50, where what starts a page was drawn at the foot of the one before.
CONTENT_H = math.floor((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) * 64) / 64

# Layout px. Qt paginates in fixed point: the line it moves to the top of a page can
# sit a hair above the page's edge (1942.66 for 1942.68), and would count as the
# last line of the page before.
EDGE = 0.5


def page_of(y: float) -> int:
    """The page (0-based) that a line or block starting at `y` is on."""
    return max(0, int((y + EDGE) // CONTENT_H))


TEXT = "#1f2328"
MUTED = "#57606a"
RULE = "#d0d7de"
WEAK = "#cf222e"
ACCENT = "#0969da"


class ExportError(StudyAppError):
    """The PDF cannot be written where asked (a missing folder, no permission, full disk)."""


class ExportCancelled(StudyAppError):
    """The user cancelled the export; no file was written."""


@dataclass(frozen=True, slots=True)
class PdfResult:
    pages: int
    questions: int
    path: Path | None = None


def layout_device() -> QImage:
    """A 96-dpi paint device, so layout does not depend on the screen's dpi."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def body_font() -> QFont:
    font = QFont()
    font.setFamilies(list(BODY_FONTS))
    font.setPointSizeF(BODY_POINTS)
    return font

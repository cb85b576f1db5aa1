"""An image taller than a page in the weak-topics PDF, as a reader sees it: Qt moves
a line to the next page but never splits one, so a tall chart was drawn to the first
page's foot, the rest of it lost, and the pages it reached into were left blank. It
is scaled down to three quarters of a page, keeping its proportions, room left for
its title and the line that leads into it."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import page_of
from studyapp.export.pdf import build_document, ensure_gui_app, export_weak_pdf
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


@pytest.mark.parametrize(("width", "height"), [(400, 2600), (1200, 5000)])
def test_an_image_taller_than_a_page_is_drawn_whole_on_one_page(app, tmp_path, width, height):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b82f6"))
    assert image.save(str(tmp_path / "chart.png"))
    answer = "The whole pipeline, top to bottom:\n\n![chart](chart.png)\n\nAfter the chart."
    question = WeakQuestion("q", "The chart?", 0.7, "recall 50 %", answer, None, base_dir=tmp_path)
    topic = WeakTopic(1, "Charts", 0.7, 0.0, [question], 1, 1, 1)
    out = tmp_path / "chart.pdf"
    report = WeakReport("Deck", 1, 0.0, [topic], NOW, 1)
    result = export_weak_pdf(report, out)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    # no page left blank but for its header and footer
    for text in pages[1:]:
        body = re.sub(r"^Weak topics Charts|Deck · \d+ \w+ \d{4} Page \d+ of \d+$", "", text)
        assert body.strip(), text
    assert result.pages <= 3 and "After the chart." in pages[-1]
    # and the chart is on its title's page, under the line that leads into it
    doc, _headers, _device = build_document(report)
    layout = doc.documentLayout()
    tops = {}
    block = doc.begin()
    while block.isValid():
        text = block.text()
        key = "image" if text.strip() == "\ufffc" else text[:9]
        tops.setdefault(key, layout.blockBoundingRect(block).top())
        block = block.next()
    assert page_of(tops["The chart"]) == page_of(tops["The whole"]) == page_of(tops["image"])

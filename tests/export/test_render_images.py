"""Formulas and images as the pane and the PDF draw them (ui.doc_images), SVG that
reaches outside the notes folder, and the hostile table laid out by Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from studyapp.core.render import MAX_TABLE_CELLS, answer_css, render_markdown
from studyapp.core.svgclean import clean_svg
from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import ensure_gui_app, render_page_images
from studyapp.ui.answer_view import AnswerView
from studyapp.ui.doc_images import load_image
from tests.history import NOW

RED = QColor("#ff0000")
MATH = r"Attention: $\text{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V$ and $\gamma$."


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


@pytest.fixture
def notes(tmp_path) -> Path:
    """A notes folder; a red image outside it, and SVGs inside that try to draw it."""
    folder = tmp_path / "notes"
    folder.mkdir()
    red = QImage(40, 40, QImage.Format.Format_RGB32)
    red.fill(RED)
    assert red.save(str(tmp_path / "outside.png"))
    outside = tmp_path / "outside.png"
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' width="40" height="40">'
        '<image href="../outside.png" width="40" height="40"/>'
        f'<image xlink:href="{outside}" x="0" y="0" width="40" height="40"/>'
        f'<image xlink:href="{outside.as_uri()}" width="40" height="40"/>'
        '<circle cx="20" cy="20" r="4" fill="#0000ff"/></svg>'
    )
    (folder / "drawing.svg").write_text(svg, encoding="utf-8")
    (folder / "renamed.png").write_text(svg, encoding="utf-8")  # SVG under another name
    return folder


def _reds(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (c := image.pixelColor(x, y)).red() > 240
        and max(c.green(), c.blue()) < 30
        and c.alpha() > 200
    )


@pytest.mark.parametrize("name", ["drawing.svg", "renamed.png"])
def test_an_svg_in_the_notes_folder_draws_nothing_from_outside_it(app, notes, name):
    image = load_image(QUrl.fromLocalFile(str(notes / name)), [notes], scale=1.0)
    assert image is not None and not image.isNull()
    assert _reds(image) == 0
    assert image.pixelColor(20, 20).blue() > 200  # its own drawing is kept


def test_the_pdf_draws_no_outside_image_through_an_svg(app, notes):
    question = WeakQuestion("q", "Q?", 0.7, "", "![d](drawing.svg)", None, base_dir=notes)
    report = WeakReport("Deck", 1, 0.0, [WeakTopic(1, "T", 0.7, 0.0, [question], 1, 1, 1)], NOW, 1)
    (page,) = render_page_images(report, [0], dpi=96)  # the cover, the question under it
    assert _reds(page) == 0


def test_svg_cleaning_keeps_internal_references_and_refuses_entities():
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<defs><path id="p" d="M0 0L1 1"/></defs><use xlink:href="#p" fill="url(#g)"/>'
        b'<use href="other.svg#p"/><rect style="fill: url(http://x/y.png)" onclick="x()"/></svg>'
    )
    cleaned = clean_svg(svg).decode()
    assert 'xlink:href="#p"' in cleaned and 'fill="url(#g)"' in cleaned
    assert "other.svg" not in cleaned and "http://x" not in cleaned and "onclick" not in cleaned
    bomb = b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    assert clean_svg(bomb) is None
    assert clean_svg(b"not xml") is None


def _ink(image: QImage, dark_background: bool) -> int:
    """Pixels drawn in a text colour on the given background."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            color = image.pixelColor(x, y)
            if color.alpha() > 128 and (color.lightness() > 180) == dark_background:
                count += 1
    return count


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_pane_shows_formulas_as_images_in_the_theme_colour(app, qtbot, theme):
    view = AnswerView()
    qtbot.addWidget(view)
    view.set_css(answer_css(theme))
    view.set_answer(render_markdown(MATH, theme=theme))
    document = view.browser.document()
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    assert len(names) == 2 and all(n.startswith("data:image/svg+xml;base64,") for n in names)
    assert "\\frac" not in view.browser.toPlainText()
    kind = QTextDocument.ResourceType.ImageResource
    image = view.browser.loadResource(kind, QUrl(names[0]))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.devicePixelRatio() == view.browser.devicePixelRatioF()  # sharp on HiDPI
    assert _ink(image, dark_background=theme == "dark") > 100
    assert view.browser.refused == []


def _image_widths(document: QTextDocument) -> list[float]:
    widths = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    return widths


def test_formulas_grow_with_the_pane_zoom(app, qtbot):
    view = AnswerView()
    qtbot.addWidget(view)
    view.set_answer(render_markdown(MATH))
    base = _image_widths(view.browser.document())
    view.set_zoom(5)
    zoomed = _image_widths(view.browser.document())
    assert len(base) == len(zoomed) == 2
    assert all(z > b * 1.3 for z, b in zip(zoomed, base, strict=True))


def test_the_pdf_draws_formulas(app):
    question = WeakQuestion("q", "Q?", 0.7, "", MATH, None)
    plain = WeakQuestion("q", "Q?", 0.7, "", "Attention: and.", None)
    pages = []
    for q in (question, plain):
        report = WeakReport("Deck", 1, 0.0, [WeakTopic(1, "T", 0.7, 0.0, [q], 1, 1, 1)], NOW, 1)
        pages += render_page_images(report, [0], dpi=96)  # (under the cover)
    with_math, without = (_ink(page, dark_background=False) for page in pages)
    assert with_math > without + 300


def test_the_hostile_table_lays_out_as_a_bounded_document(app):
    row = '<tr><td colspan="2000">a</td><td colspan="2000">b</td></tr>'
    document = QTextDocument()
    document.setHtml(render_markdown("<table>" + row * 100 + "</table>"))
    cells = 0
    for frame in document.rootFrame().childFrames():
        table = frame if hasattr(frame, "columns") else None
        if table is not None:
            cells = max(cells, table.rows() * table.columns())
    assert cells <= MAX_TABLE_CELLS
    assert "a | b" in document.toPlainText()

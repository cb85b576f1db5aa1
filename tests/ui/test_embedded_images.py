"""A picture the notes carry themselves (a data: URI, as Google Docs exports one) is
drawn in the answer pane at its own size, and nothing else is asked for."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from studyapp.ui.doc_images import load_image
from tests.ui.conftest import qid
from tests.ui.window_helpers import window_on_notes


def encoded(width: int, height: int, kind: str) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6ebb"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, kind)
    return base64.b64encode(bytes(data)).decode()


def test_a_google_docs_picture_shows_in_the_answer(make_window, tmp_path):
    png = f"data:image/png;base64,{encoded(180, 60, 'PNG')}"
    jpeg = f"data:image/jpeg;base64,{encoded(90, 40, 'JPG')}"
    notes = (
        "# Data Engineering\n\n**Q1\\. What is bucketing?**\n\nHashing into files.\n\n"
        "![][image1]\n\n**Q2\\. What is skew?**\n\nOne key holds most rows: "
        f"![skew]({jpeg})\n\n[image1]: <{png}>\n"
    )
    with window_on_notes(make_window, tmp_path, notes) as (window, store):
        for title, source, size in (
            ("What is bucketing?", png, (180, 60)),
            ("What is skew?", jpeg, (90, 40)),
        ):
            window.controllers["browse"].show_question(qid(store, title))
            browser = window.answer.browser
            document = browser.document()
            document.size()  # laid out: its images loaded
            image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(source))
            assert isinstance(image, QImage)
            assert (image.width(), image.height()) == size
            assert "[image:" not in browser.toPlainText()
            assert browser.refused == []


def test_an_svg_dressed_as_a_png_is_not_drawn():
    """The renderer lets a data: URI through by its first bytes; the pane reads it by
    its whole content, and an SVG named PNG is not read uncleaned."""
    svg = b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>"
    source = "data:image/png;base64," + base64.b64encode(svg).decode()
    assert load_image(QUrl(source), []) is None

"""A bare URL in an answer (https://…, www.…) read as plain text: nothing to click,
where GitHub and every Markdown viewer link it. Now it is a link, opened in the system
browser when clicked, as a [written](…) link is; code and unsafe schemes stay text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from studyapp.core.render import answer_css, render_markdown
from studyapp.ui.answer_view import AnswerView
from tests.ui.test_answer_reading import blocks

LORA = (
    "See https://huggingface.co/docs/peft/main/en/conceptual_guides/"
    "lora_and_other_adapters_for_parameter_efficient_finetuning_explained_in_detail for details."
)
WWW = "Docs at www.example.org/guide, or ask."


def links(view) -> list[str]:
    """The link targets the answer shows, in order."""
    found = []
    for block in blocks(view):
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() and fmt.anchorHref() not in found:
                found.append(fmt.anchorHref())
            it += 1
    return found


def shown(qtbot, markdown: str, opened: list[str]) -> AnswerView:
    view = AnswerView(open_url=lambda url: opened.append(QUrl(url).toString()))
    qtbot.addWidget(view)
    view.resize(420, 600)
    view.set_css(answer_css("light"))
    view.set_answer(render_markdown(markdown, line_breaks="space"))
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize(
    ("markdown", "url"),
    [
        (LORA, LORA.split()[1]),
        (WWW, "http://www.example.org/guide"),
    ],
    ids=["https URL", "www address"],
)
def test_a_bare_url_is_a_link_that_opens_in_the_browser(qtbot, markdown, url):
    opened: list[str] = []
    view = shown(qtbot, markdown, opened)
    assert links(view) == [url]
    browser = view.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(browser.document().toPlainText().index(url.split("//")[-1][:3]) + 1)
    point = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [url]


def test_a_url_in_code_or_with_an_unsafe_scheme_stays_text(qtbot):
    """Not drawn as a link that does nothing when clicked (a written link to ftp: was)."""
    view = shown(
        qtbot,
        "Run `curl https://example.org/x` then javascript:alert(1) and ftp://x.org/y, [a copy](ftp://files.example.org/y).",
        [],
    )
    assert links(view) == []

"""How an answer reads in the pane: lines no longer than a comfortable measure on a
wide window, at every zoom; list indents that grow with the text; code blocks padded,
their wrapped lines keeping their indent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from studyapp.core.render import _PALETTES, answer_css, render_markdown
from studyapp.ui.answer_view import AnswerView

PROSE = " ".join(f"word{n}" for n in range(400))
LISTS = "Intro paragraph.\n\n- first item\n- second item\n    - nested item\n"


def shown(qtbot, markdown: str, width: int, *, zoom: int = 0, theme: str = "light"):
    view = AnswerView()
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.set_css(answer_css(theme))
    view.set_zoom(zoom)
    view.set_answer(render_markdown(markdown, theme=theme))
    view.show()
    qtbot.waitExposed(view)
    return view


def blocks(view):
    document = view.browser.document()
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def block_with(view, text: str):
    return next(b for b in blocks(view) if text in b.text())


def first_line_characters(view, text: str) -> int:
    return block_with(view, text).layout().lineAt(0).textLength()


@pytest.mark.parametrize("zoom", [-2, 0, 4, 10])
def test_on_a_wide_window_a_line_holds_a_comfortable_measure(qtbot, zoom):
    view = shown(qtbot, PROSE, 1900, zoom=zoom)
    assert 60 <= first_line_characters(view, "word0 ") <= 95


def test_a_narrow_pane_keeps_its_whole_width_for_text(qtbot):
    view = shown(qtbot, PROSE, 420)
    assert view.browser.text_width() > 420 - 2 * 18 - 40  # margins and a scroll bar
    assert first_line_characters(view, "word0 ") < 60


def test_the_column_is_centred_with_the_title_over_it(qtbot):
    view = shown(qtbot, PROSE, 1900)
    view.set_header("A title", "")
    margins = view.browser.viewportMargins()
    assert margins.left() > 300 and abs(margins.left() - margins.right()) <= 1
    title_x = view.title.mapTo(view, view.title.rect().topLeft()).x()
    text_x = view.browser.viewport().mapTo(view, view.browser.viewport().rect().topLeft()).x()
    assert abs(title_x - (text_x + 18)) <= 4  # the title starts where the text does


def text_x(view, text: str) -> int:
    """Where the block holding `text` starts its text, on screen."""
    return view.browser.cursorRect(QTextCursor(block_with(view, text))).left()


def list_indent(view) -> int:
    return text_x(view, "first item") - text_x(view, "Intro paragraph")


def test_list_indents_grow_and_shrink_with_the_zoom(qtbot):
    small, normal, large = (list_indent(shown(qtbot, LISTS, 900, zoom=z)) for z in (-3, 0, 8))
    assert small < normal < large
    assert large > 1.5 * normal  # as much as the text grew (11 pt to 19 pt)


LONG_CODE = (
    "```python\ndef f():\n    if True:\n        return call_something(first_argument, "
    + ", ".join(f"argument_{n}" for n in range(12))
    + ")\n    return 0\n```\n"
)


@pytest.mark.parametrize("zoom", [0, 5])
def test_a_wrapped_code_line_carries_on_right_of_its_indent(qtbot, zoom):
    view = shown(qtbot, LONG_CODE, 700, zoom=zoom)
    block = block_with(view, "return call_something")
    lines = block.layout()
    assert lines.lineCount() >= 2
    indent = block.text().index("return")
    code_starts = lines.lineAt(0).cursorToX(indent)[0]
    for n in range(1, lines.lineCount()):
        assert lines.lineAt(n).x() > code_starts  # not back at the left edge
    # and a line that does not wrap starts where it always did
    unwrapped = block_with(view, "if True:").layout()
    assert unwrapped.lineCount() == 1


def test_ctrl_home_and_ctrl_end_go_to_the_top_and_the_bottom_of_the_answer(qtbot):
    view = shown(qtbot, "\n\n".join(PROSE for _ in range(6)), 700)
    browser = view.browser
    bar = browser.verticalScrollBar()
    middle = bar.maximum() // 2
    assert middle > 0
    bar.setValue(middle)
    qtbot.keyClick(browser, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()  # it did nothing: the middle still shown
    qtbot.keyClick(browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    bar.setValue(middle)  # plain End and Home as before
    qtbot.keyClick(browser, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(browser, Qt.Key.Key_Home)
    assert bar.value() == 0


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_code_block_has_room_between_its_edge_and_its_text(qtbot, theme):
    view = shown(qtbot, "Before.\n\n```\nXXXXXXXX\n```\n\nAfter.\n", 700, theme=theme)
    image = view.browser.viewport().grab().toImage()
    shade = QColor(_PALETTES[theme]["pre_bg"]).name()
    text = QColor(_PALETTES[theme]["code_text"])
    layout = view.browser.document().documentLayout()
    code = layout.blockBoundingRect(block_with(view, "XXXXXXXX"))
    y = round(code.center().y())
    row = [image.pixelColor(x, y) for x in range(image.width())]
    tinted = [x for x, c in enumerate(row) if c.name() == shade]
    assert tinted
    inside = range(tinted[0], tinted[-1])
    inked = [x for x in inside if abs(row[x].lightness() - text.lightness()) < 60]
    assert inked
    assert inked[0] - tinted[0] >= 6  # padding on the left
    # and above the code's first line
    column = [image.pixelColor(tinted[0] + 2, yy).name() for yy in range(image.height())]
    top = column.index(shade)
    assert round(code.top()) - top >= 6


def test_the_wheel_scrolls_the_answer_beside_the_column_too(qtbot):
    view = shown(qtbot, "\n\n".join(PROSE for _ in range(6)), 1900)
    browser = view.browser
    bar = browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    beside = QPointF(browser.viewportMargins().left() / 2, browser.height() / 2)
    wheel = QWheelEvent(
        beside,
        QPointF(browser.mapToGlobal(beside.toPoint())),
        QPoint(),
        QPoint(0, -120),  # one notch down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(browser, wheel)
    assert bar.value() > 0


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_rule_between_sections_is_soft_not_text_black(qtbot, theme):
    view = shown(qtbot, "Above.\n\n---\n\nBelow.\n", 700, theme=theme)
    image = view.browser.viewport().grab().toImage()
    x = image.width() // 2  # right of both words: only the rule is drawn here
    drawn = {image.pixelColor(x, y).name() for y in range(image.height())}
    assert QColor(_PALETTES[theme]["quote_border"]).name() in drawn
    assert QColor(_PALETTES[theme]["text"]).name() not in drawn


TABLE = (
    "| Property | Clustered index | Non-clustered index |\n|---|---|---|\n"
    "| Cardinality | One per table | Many per table |\n"
    "| Performance | Faster range scans | Extra lookup (bookmark) |\n"
    "| Implementation | Leaf pages hold the data | Leaf pages hold row locators |\n"
)


@pytest.mark.parametrize(("width", "zoom"), [(460, 6), (380, 10), (700, 0)])
def test_a_table_in_a_narrow_pane_breaks_no_word(qtbot, width, zoom):
    """Qt squeezed a table's columns below their longest words at a narrow window or a
    large zoom, and broke them: "Cardinalit / y", "Performa / nce", "(bookmar / k)"."""
    view = shown(qtbot, TABLE + "\nChoose the clustered key with care.\n", width, zoom=zoom)
    view.browser.document().size()  # every block laid out, not only the first screen
    broken = []
    for block in blocks(view):
        text, layout = block.text(), block.layout()
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            if start and text[start - 1].isalnum() and text[start].isalnum():
                broken.append(f"{text[:start]} / {text[start:]}")
    assert not broken
    # Whole, or hyphenated at a soft hyphen where the table needs it (test_wide_tables).
    assert "Cardinality" in {b.text().replace("\u00ad", "") for b in blocks(view)}


def _gaps_above_nested_lists(md: str) -> list[float]:
    """The room between each item that holds a nested list and that list's first line,
    as QTextDocument lays the answer out with its stylesheet."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultStyleSheet(answer_css("light"))
    document.setHtml(render_markdown(md))
    document.setTextWidth(600)
    layout = document.documentLayout()
    gaps, block = [], document.begin()
    while block.isValid() and block.next().isValid():
        below = block.next()
        outer, inner = block.textList(), below.textList()
        if outer and inner and inner.format().indent() > outer.format().indent():
            above = layout.blockBoundingRect(block)
            gaps.append(layout.blockBoundingRect(below).top() - above.bottom())
        block = block.next()
    return gaps


@pytest.mark.parametrize(
    "md",
    [
        "Architecture:\n\n- **Ingest**\n    - Kafka\n    - Producers\n- **Serve**\n"
        "    - Aggregates\n\nTrade-offs:\n",
        "1. Write\n2. Keep a run ledger:\n    1. run id\n    2. skip runs\n\n```\ncode\n```\n",
        "- a\n    - b\n        - c\n    - d\n        - e\n- f\n    - g\n",
    ],
    ids=["bullets", "numbered-last-only", "three-levels"],
)
def test_a_nested_list_sits_as_close_under_the_last_item_as_under_the_others(md):
    """The list's space below it went to its last item's own line, above that item's
    nested list: a gap there only (tester1 08_clickstream_answer.png)."""
    gaps = _gaps_above_nested_lists(md)
    assert gaps and all(gap == pytest.approx(0, abs=0.5) for gap in gaps), gaps


def test_a_list_keeps_its_room_above_the_paragraph_after_it():
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultStyleSheet(answer_css("light"))
    document.setHtml(render_markdown("- a\n    - b\n\nAfter the list.\n"))
    layout, last = document.documentLayout(), document.lastBlock()
    gap = layout.blockBoundingRect(last).top() - layout.blockBoundingRect(last.previous()).bottom()
    assert gap >= 10

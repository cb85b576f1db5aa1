"""A table wider than the pane at its narrowest (each column as wide as its longest
word) made the whole answer scroll sideways: the default deck's first answer showed
a horizontal scroll bar under its opening prose at 1024×600. Such a table now has
its text made smaller until it fits (words still whole); one too wide even then
scrolls, as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from studyapp.core.importer import import_default_deck
from studyapp.core.store import Store
from studyapp.ui.answer_view import MIN_TABLE_SCALE, table_scale
from tests.ui.test_answer_reading import blocks, shown


def tables(view):
    from PySide6.QtGui import QTextTable

    root = view.browser.document().rootFrame()
    return [f for f in root.childFrames() if isinstance(f, QTextTable)]


def sideways(view) -> int:
    """How far the pane scrolls sideways, all laid out (0: not at all)."""
    view.browser.document().size()
    QApplication.processEvents()  # the scroll bars follow a turn of the event loop
    bar = view.browser.horizontalScrollBar()
    return bar.maximum() if bar.isVisible() else 0


def broken_words(view) -> list[str]:
    broken = []
    for block in blocks(view):
        text, layout = block.text(), block.layout()
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            if start and text[start - 1].isalnum() and text[start].isalnum():
                broken.append(f"{text[:start]} / {text[start:]}")
    return broken


FIVE_COLUMNS = (
    "Some prose above the table, which wraps to the pane.\n\n"
    "| Algorithm | Complexity | Stability | Memory | Typical use |\n|---|---|---|---|---|\n"
    "| Quicksort | Logarithmic | Unstable | In-place | General-purpose sorting |\n"
    "| Mergesort | Linearithmic | Stable | Auxiliary | Linked lists, external sorting |\n"
    "| Heapsort | Linearithmic | Unstable | In-place | Guaranteed worst-case bounds |\n"
)
SIX_COLUMNS = (
    "| Optimizer | Momentum | Adaptive | Hyperparameters | Convergence | Regularization |\n"
    "|---|---|---|---|---|---|\n"
    "| Adagrad | No | Per-parameter | Learning-rate | Diminishing | Implicit |\n"
    "| RMSprop | Optional | Exponential | Decay-factor | Reasonable | Weight-decay |\n"
)


@pytest.mark.parametrize(
    ("markdown", "width", "zoom"),
    [(FIVE_COLUMNS, 440, 0), (FIVE_COLUMNS, 600, 4), (SIX_COLUMNS, 640, 2)],
)
def test_a_table_wider_than_the_pane_fits_with_smaller_text(qtbot, markdown, width, zoom):
    view = shown(qtbot, markdown, width, zoom=zoom)
    assert sideways(view) == 0
    assert not broken_words(view)
    (table,) = tables(view)
    assert MIN_TABLE_SCALE <= table_scale(table) < 1.0
    # The prose around it keeps the answer's size.
    for prose in (b for b in blocks(view) if b.text().startswith("Some prose")):
        size = prose.begin().fragment().charFormat().fontPointSize()
        assert size in (0.0, view.browser.font().pointSizeF())


def test_a_wider_pane_gives_the_table_its_text_back(qtbot):
    view = shown(qtbot, FIVE_COLUMNS, 440)
    (table,) = tables(view)
    assert table_scale(table) < 1.0
    view.resize(1100, 700)
    qtbot.waitUntil(lambda: table_scale(tables(view)[0]) == 1.0)
    assert sideways(view) == 0


def test_a_table_too_wide_even_smaller_still_scrolls(qtbot):
    columns = 14
    header = "| " + " | ".join(f"Characteristic{n}" for n in range(columns)) + " |\n"
    rule = "|" + "---|" * columns + "\n"
    view = shown(qtbot, header + rule + header.replace("Char", "Val"), 500)
    (table,) = tables(view)
    assert table_scale(table) == pytest.approx(MIN_TABLE_SCALE)
    assert sideways(view) > 0
    assert not broken_words(view)


@pytest.fixture
def default_store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "default.sqlite3") as s:
        import_default_deck(s)
        yield s


def test_the_default_decks_first_answer_has_no_sideways_bar_at_1024_by_600(
    qtbot, make_window, default_store
):
    window = make_window(store=default_store, show=True)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert "Types of data analysis" in window.answer.title.text()
    browser = window.answer.browser
    qtbot.waitUntil(lambda: browser.viewport().width() < 600)
    browser.document().size()  # all laid out, the table at its end too
    QApplication.processEvents()
    assert not browser.horizontalScrollBar().isVisible()
    assert browser.horizontalScrollBar().maximum() <= 3

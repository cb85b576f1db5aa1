"""A first start shows the bundled deck as "AI and ML Questions" in the tree (before:
"Ai and Ml Questions", the notes' title-cased heading)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.core.importer import import_default_deck
from studyapp.core.store import Store
from tests.ui.window_helpers import QT_WARNINGS_FAIL

pytestmark = QT_WARNINGS_FAIL


@pytest.fixture
def first_start(tmp_path):
    with Store.open(tmp_path / "first-start.sqlite3") as store:
        import_default_deck(store)
        yield store  # closed after the window (make_window is set up after this)


def test_the_default_deck_reads_ai_and_ml_in_the_tree(first_start, make_window):
    window = make_window(store=first_start, show=True)
    root = window.tree.model().index(0, 0)
    assert root.data(Qt.ItemDataRole.DisplayRole) == "AI and ML Questions"

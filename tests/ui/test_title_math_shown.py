"""A question whose title holds TeX: its header draws the formula, and the topic tree
and the window's title read it as plain text ("Ω(n log n)"), never as its TeX."""

from __future__ import annotations

import re

from tests.ui.conftest import qid
from tests.ui.window_helpers import click_question, tree_index, window_on_notes


def test_a_formula_in_a_title_is_drawn_in_the_header_and_read_elsewhere(
    qtbot, make_window, tmp_path
):
    notes = (
        "# Algorithms\n\n## Why is comparison sorting $\\Omega(n \\log n)$?\n\n"
        "A decision tree over $n!$ orderings.\n\n## When is $O(n^2)$ fine?\n\nFor small $n$.\n"
    )
    with window_on_notes(make_window, tmp_path, notes) as (window, store):
        for stored, read in (
            (
                "Why is comparison sorting $\\Omega(n \\log n)$?",
                "Why is comparison sorting Ω(n log n)?",
            ),
            ("When is $O(n^2)$ fine?", "When is O(n²) fine?"),
        ):
            question = qid(store, stored)  # stored as the notes wrote it
            click_question(qtbot, window, question)
            assert tree_index(window, question).data() == read
            assert window.windowTitle().startswith(read)
            header = window.answer.title.text()
            assert '<img src="data:image/svg+xml;base64,' in header  # the formula drawn
            assert "$" not in re.sub(r"<img[^>]*>", "", header)  # nor any TeX beside it

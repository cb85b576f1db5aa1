"""A formula left to be drawn later stands as a blank box about its width
(texmath.later_html), and keeps its TeX for the drawing (texmath.draw_later)."""

from __future__ import annotations

import pytest

from studyapp.core import texmath


def box_width(tex: str) -> int:
    """The box's width, in the no-break spaces it holds."""
    return texmath.later_html(tex, False).count("&#160;")


def test_a_fraction_s_box_is_as_wide_as_its_wider_part_not_both():
    assert box_width(r"\frac{abc}{d}") == box_width("abc")
    assert box_width(r"\frac{a_{1} + 1}{\sqrt{b_{1}}}") == box_width("a_{1} + 1")
    assert box_width(r"\frac{a}{b}") < box_width("a + b")


def test_a_long_formula_s_box_stops_short_of_running_past_the_pane():
    assert box_width("x" * 500) == box_width("x" * texmath.LATER_MAX_SYMBOLS)


@pytest.mark.parametrize(
    ("tex", "display"), [(r"a < b", False), (r"\sum_{k=1}^{n} \frac{k}{2}", True)]
)
def test_the_box_keeps_its_tex_for_the_drawing(tex, display):
    texmath._cache.clear()
    box = texmath.later_html(tex, display)
    assert texmath.is_unfinished(box) and tex not in box.split(">", 1)[1]  # not shown
    assert texmath.draw_later(box, color="#000000", budget=10**6)
    assert texmath._drawn(tex, display, "#000000", texmath.SIZE)

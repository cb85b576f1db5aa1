"""TeX in a question's title reads as plain text where only text fits (the topic tree,
the window's title, lists of titles), and is drawn in the answer's header: the header,
tree and window title showed "Why is comparison sorting $\\Omega(n \\log n)$?"."""

from __future__ import annotations

import pytest

from studyapp.core.answer_look import title_html
from studyapp.core.title_marks import listed_parts
from studyapp.core.title_math import readable

CASES = [
    ("Why is comparison sorting $\\Omega(n \\log n)$?", "Why is comparison sorting Ω(n log n)?"),
    ("What is $O(n^2)$ vs $O(n \\log_2 n)$?", "What is O(n²) vs O(n log₂ n)?"),
    ("Is $x_i \\le \\alpha$ enough?", "Is xᵢ ≤ α enough?"),
    ("Why $\\frac{a+b}{c}$ and $\\sqrt{n}$?", "Why (a + b)/c and √n?"),
    ("What is $\\mathcal{N}(\\mu, \\sigma^2)$?", "What is 𝒩(μ, σ²)?"),
    ("Why does $e^{-\\lambda t}$ decay?", "Why does e^(−λt) decay?"),
    ("What is \\(\\bar X\\)?", "What is X̄?"),
    ("When is $\\epsilon$-greedy enough?", "When is ϵ-greedy enough?"),
]


@pytest.mark.parametrize(("title", "shown"), CASES)
def test_a_titles_formulas_read_as_plain_text(title, shown):
    assert readable(title) == shown
    assert listed_parts(title) == [(shown, False)]


@pytest.mark.parametrize(
    "title",
    [
        "Is a $5 and $10 plan worth it?",  # prices, not a formula
        'Why does "$@" keep each argument apart but "$*" joins them?',  # shell, not math
        "Why does $ a$ stay?",  # a space just inside: not a formula
        "What does \\$HOME hold?",
        "What is $\\alpah + 1$ here?",  # a command it does not know: as written
        "What is $\\begin{x}$ here?",  # TeX it cannot read
    ],
)
def test_what_is_no_formula_stays_as_written(title):
    assert readable(title) == title


def test_code_in_a_title_keeps_its_dollars():
    shown = "Why does `echo $x$` print $O(1)$ times?"
    assert listed_parts(shown) == [
        ("Why does ", False),
        ("echo $x$", True),
        (" print O(1) times?", False),
    ]
    header = title_html("Why does echo $x$ print $O(1)$ times?", shown)
    assert "<code" in header and ">echo $x$</code> print O(1) times?" in header


def test_the_header_draws_a_titles_formula_and_text_elsewhere_reads_it():
    title = "Why is comparison sorting $\\Omega(n \\log n)$?"
    drawn = title_html(title, formulas=("#1f2328", 24.0))
    assert drawn.startswith('Why is comparison sorting <img src="data:image/svg+xml;base64,')
    assert 'alt="\\Omega(n \\log n)"' in drawn and drawn.endswith(">?")
    assert title_html(title) == "Why is comparison sorting Ω(n log n)?"

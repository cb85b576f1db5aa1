"""A letter and its combining marks stay together in everything the app inserts into
an answer's or a title's text: break opportunities in long runs (the pane and the
PDF), a title's long words, search highlights. m̂ written as "m" + U+0302 cut apart
shows the hat alone, on the wrong letter."""

from __future__ import annotations

import unicodedata

import pytest

from studyapp.core.answer_look import title_html
from studyapp.core.clusters import is_mark
from studyapp.core.render import breakable, highlight, render_markdown

ZWSP = "\u200b"
VIRAMA = "\u094d"

# A formula written without spaces, each hat a letter + U+0302 (the Adam update).
HATS_RUN = "m\u0302/(\u221av\u0302+\u03b5)·" * 12
# Vietnamese as macOS writes file text: decomposed (NFD), one long run (a URL slug).
VIETNAMESE = unicodedata.normalize("NFD", "Nguyễn-Thị-Thường-học-tiếng-Việt-ở-Huế-") * 4
# Devanagari: vowel signs and viramas joining consonants into conjuncts.
DEVANAGARI = "क्षत्रियोंकीस्वतंत्रताप्राप्तिकेलिएसंघर्ष" * 4


def inserted_inside_a_letter(text: str) -> list[int]:
    """Places where something the app inserts (a zero-width space, a soft hyphen, a
    tag) stands before a mark, or after a virama before the letter it joins."""
    bad = []
    for i in range(1, len(text)):
        if text[i - 1] in (ZWSP, "\u00ad", ">") and is_mark(text[i]):
            bad.append(i)
        if text[i - 1] == VIRAMA and text[i] in (ZWSP, "\u00ad", "<"):
            bad.append(i)
    return bad


def shifted(run: str, size: int) -> str:
    """`run` written `size` times, each time after one more letter: the place of every
    cut made each so many characters falls once on each of its characters."""
    return " ".join("x" * shift + run for shift in range(size))


@pytest.mark.parametrize("run", [HATS_RUN, VIETNAMESE, DEVANAGARI], ids=["hats", "vi", "hi"])
def test_a_long_run_breaks_between_letters_never_inside_one(run):
    text = shifted(run, 12)
    out = breakable(f"<p>{text}</p>")
    assert out.count(ZWSP) >= 12  # still breakable: the layout would freeze on a huge run
    assert out.replace(ZWSP, "") == f"<p>{text}</p>"
    assert inserted_inside_a_letter(out) == []


def test_a_wrapped_paragraph_with_hats_keeps_each_hat_on_its_letter():
    md = (
        "Adam divides m\u0302 by the square root of v\u0302 plus epsilon; the estimates are "
        + shifted("m\u0302/(\u221av\u0302+\u03b5)" * 10, 9)
        + " and this line is long enough to wrap."
    )
    out = breakable(render_markdown(md))
    assert out.count("m\u0302") == 91 and out.count("v\u0302") == 91
    assert inserted_inside_a_letter(out) == []


@pytest.mark.parametrize("word", [HATS_RUN[:40], VIETNAMESE[:40], DEVANAGARI[:40]])
def test_a_long_title_word_breaks_between_letters(word):
    shown = title_html(shifted(word, 20))
    assert ZWSP in shown
    assert inserted_inside_a_letter(shown) == []


@pytest.mark.parametrize(
    ("text", "term", "hit"),
    [
        ("steps by m\u0302 and v\u0302", "m", "m\u0302"),
        ("steps by m\u0302 and v\u0302", "v", "v\u0302"),
        (
            unicodedata.normalize("NFD", "Nguyễn học"),
            "Nguye",
            unicodedata.normalize("NFD", "Nguyễ"),
        ),
    ],
)
def test_a_search_hit_ends_with_the_marks_of_its_last_letter(text, term, hit):
    shown = highlight(f"<p>{text}</p>", [term])
    assert f'<span class="hit">{hit}</span>' in shown
    assert inserted_inside_a_letter(shown) == []


def test_a_search_hit_does_not_start_on_a_mark_inside_a_word():
    # "x" after "m̂" is inside the word "m̂x", as "x" inside "max" is.
    assert "hit" not in highlight("<p>m\u0302x</p>", ["x"])

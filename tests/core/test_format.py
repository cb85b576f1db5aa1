"""File sizes read as a file manager (macOS, GNOME) shows them: decimal units, one
function for every size on screen, and a size over a limit never reads within it."""

from __future__ import annotations

import random

import pytest

from studyapp.core.format import size_label


@pytest.mark.parametrize(
    ("size", "label"),
    [
        (19_499_861, "19.5 MB"),  # the tester's: it read "18.6 MB" (MiB labelled MB)
        (7_340_032, "7.3 MB"),  # 7 MiB, a size not tried while fixing: not "7.0 MB"
        (150_000, "150 KB"),
        (999_499, "999 KB"),
        (999_500, "1.0 MB"),  # not "1,000 KB"
        (20_000_000, "20 MB"),  # a limit, whole
        (2_000_000_000, "2 GB"),
        (2_147_483_648, "2.1 GB"),
        (300, "1 KB"),
    ],
)
def test_sizes_read_in_decimal_units(size: int, label: str) -> None:
    assert size_label(size) == label


def _megabytes(label: str) -> float:
    number, unit = label.split()
    return float(number.replace(",", "")) * {"KB": 1e-3, "MB": 1.0, "GB": 1e3}[unit]


@pytest.mark.parametrize("limit", [1_000, 1_000_000, 20_000_000, 100_000_000, 2_000_000_000])
def test_a_size_over_a_limit_rounded_up_never_reads_as_the_limit_or_less(limit: int) -> None:
    sizes = [limit + 1, limit + 49, limit * 2 - 1]
    sizes += random.Random(limit).sample(range(limit + 1, limit * 11 // 10), 50)
    shown_limit = _megabytes(size_label(limit))
    for size in sizes:
        shown = size_label(size, up=True)
        assert _megabytes(shown) > shown_limit, (size, shown, size_label(limit))


@pytest.mark.parametrize(
    ("fraction", "text"),
    [
        (0.125, "13 %"),  # 1 of 8: round() took the half to the even 12
        (0.625, "63 %"),
        (0.875, "88 %"),
        (0.145, "15 %"),  # 14.499999999999998 in floating point: a half as written
        (2 / 3, "67 %"),
        (0.444, "44 %"),
        (0.005, "1 %"),
        (0.0, "0 %"),
        (None, "–"),
    ],
)
def test_every_percentage_rounds_a_half_up(fraction, text) -> None:
    from studyapp.core.format import percent, score_text

    assert percent(fraction) == text
    if fraction is not None:
        assert score_text(fraction * 100) == text


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "the one question"),
        (2, "both questions"),
        (3, "all 3 questions"),
        (12, "all 12 questions"),
    ],
)
def test_all_of_a_count_reads_as_a_person_says_it(n, words) -> None:
    """ "All 1 that can be asked today" read as a form's template."""
    from studyapp.core.format import capitalized, every

    assert every(n, "question") == words
    assert every(n, "box", "boxes").endswith("box" if n == 1 else "boxes")
    assert capitalized(words) == words[0].upper() + words[1:]


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [
        (1, "question", "1 question"),  # the preview said "Comparing 1 questions"
        (2, "page", "2 pages"),
        (12_500, "question", "12,500 questions"),  # grouped as the window's counts are
        (1.5, "year", "1.5 years"),
        (0, "box", "0 boxes"),
    ],
)
def test_a_count_says_its_noun_in_the_number_it_needs(n, noun, said) -> None:
    from studyapp.core.format import plural

    assert plural(n, noun, "boxes" if noun == "box" else None) == said

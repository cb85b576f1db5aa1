"""A point cut from what it is said of ("…, which wears out the flash cells"), said by
the typed answer of another thing the model answer names (`keyantecedent`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

SSD = (
    "What is write amplification in an SSD?",
    "Rewriting a few bytes erases a whole block, which wears out the flash cells; reading"
    " never erases anything.",
)
LINKS = (
    "What is a hard link?",
    "Hard links point to the same inode, which keeps the data alive until every link is"
    " removed. Symbolic links store a path instead.",
)


def _ticks(case: tuple[str, str], typed: str) -> dict[str, bool]:
    question, answer = case
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (SSD, "wears out the flash cells", "Reading wears out the flash cells."),
        (
            LINKS,
            "keeps the data alive until every link is removed",
            "Symbolic links keep the data alive until every link is removed.",
        ),
    ],
)
def test_a_cut_point_said_of_another_thing_of_the_answer_is_not_said(case, point, typed):
    assert not _ticks(case, typed)[point]


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (SSD, "wears out the flash cells", "Erasing a whole block wears out the flash cells."),
        (
            SSD,
            "wears out the flash cells",
            "Small rewrites erase entire blocks, and that wears out the flash cells.",
        ),
        (
            LINKS,
            "keeps the data alive until every link is removed",
            "Hard links keep the data alive until every link is removed.",
        ),
        (
            LINKS,
            "keeps the data alive until every link is removed",
            "It keeps the data alive until each link is deleted.",
        ),
    ],
)
def test_a_cut_point_said_of_its_own_thing_or_a_pronoun_still_is(case, point, typed):
    assert _ticks(case, typed)[point]

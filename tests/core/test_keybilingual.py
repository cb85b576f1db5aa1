"""Lines that say one idea in two languages at once (`keybilingual`): each half a point
of its version, so an answer in either language earns the card whole.

The report (a tester's decks): "Qu'est-ce qu'un index de base de données ? (What is a
database index?)", each line French then English in parentheses, gave the French
halves only, and a right English answer earned 0 of 3; "Was ist Overfitting? / What
is overfitting?", German / English, gave "Regularisierung hilft. / Regularization
helps" and two cut phrases, and a right English answer earned a third."""

from __future__ import annotations

import pytest

from studyapp.core.keybilingual import parted
from studyapp.core.keyterms import coverage, key_terms, ticked_terms


def _covered(question: str, answer: str, typed: str) -> float:
    points = key_terms(answer, question=question)
    return coverage(points, ticked_terms(points, typed, question, answer))


def test_french_lines_with_english_in_parentheses_are_earned_in_english():
    question = "Qu'est-ce qu'un index de base de données ? (What is a database index?)"
    answer = (
        "- Un index accélère les lectures. (An index speeds up reads.)\n"
        "- Il ralentit les écritures. (It slows down writes.)\n"
        "- Un index n'est pas gratuit : il prend de l'espace. (An index is not free: it"
        " takes space.)"
    )
    points = key_terms(answer, question=question)
    assert "An index speeds up reads" in points, points
    typed = "An index speeds up reads but it slows down writes. It is not free, it takes space."
    assert _covered(question, answer, typed) >= 0.5


def test_german_and_english_after_a_slash_are_each_a_point():
    question = "Was ist Overfitting? / What is overfitting?"
    answer = (
        "- Das Modell lernt das Rauschen der Trainingsdaten. / The model learns the noise"
        " of the training data.\n"
        "- Es generalisiert schlecht auf neue Daten. / It generalizes poorly to new data.\n"
        "- Regularisierung hilft. / Regularization helps."
    )
    points = key_terms(answer, question=question)
    assert not any("/" in p for p in points), points
    typed = (
        "The model learns the noise of the training data, so it generalizes poorly to new"
        " data. Regularization helps."
    )
    assert _covered(question, answer, typed) == 1.0
    assert _covered(question, answer, "It is when the model is too simple.") == 0.0


# Written after the fix, as a check (not tuned on): Spanish first with English in
# parentheses; English first, then Italian after a slash.
SECOND_CARDS = [
    (
        "¿Qué es una clave primaria? (What is a primary key?)",
        "- Identifica cada fila de la tabla. (It identifies each row of the table.)\n"
        "- No puede ser nula. (It cannot be null.)\n"
        "- Sus valores son únicos. (Its values are unique.)",
        "It identifies each row of the table; its values are unique and it cannot be null.",
    ),
    (
        "What is a cache? / Che cos'è una cache?",
        "- A cache keeps recent data close to the reader. / Una cache tiene i dati"
        " recenti vicino al lettore.\n"
        "- A hit avoids the slow store. / Un hit evita la memoria lenta.\n"
        "- Stale entries must be evicted. / Le voci vecchie devono essere rimosse.",
        "A cache keeps recent data close to the reader, so a hit avoids the slow store;"
        " stale entries must be evicted.",
    ),
]


@pytest.mark.parametrize(("question", "answer", "typed"), SECOND_CARDS)
def test_a_second_card_in_another_layout_is_earned_in_english(question, answer, typed):
    assert parted(answer, question).count("\n") == 5
    assert _covered(question, answer, typed) >= 0.5


def test_a_line_with_an_english_aside_in_parentheses_is_not_parted():
    question = "What is a B-tree?"
    answer = (
        "- A balanced tree whose nodes hold many keys (good for disks).\n"
        "- Every leaf is at the same depth.\n"
        "- Lookups take O(log n) (reads of a few pages)."
    )
    assert parted(answer, question) == answer

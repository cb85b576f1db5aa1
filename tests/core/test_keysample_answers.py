"""What two new users typed in a mock interview on the app's own sample deck and on their
own notes (the twenty-first round), each with a fresh input of the same kind.

The sample deck's answers are read as the app reads them (the bundled deck, parsed); the
typed answers are the users' own (tests/core/fixtures/round21)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from studyapp.core.importer import DEFAULT_DECK_FILE, parse_notes
from studyapp.core.keyterms import key_terms, ticked_terms
from studyapp.resource_files import resource

TYPED = Path(__file__).parent / "fixtures" / "round21"


@lru_cache(maxsize=1)
def _sample_deck() -> dict[str, str]:
    parsed = parse_notes(resource("decks", DEFAULT_DECK_FILE))
    return {q.title: q.answer_markdown for q in parsed.questions}


def _ticks(question: str, typed: str, answer: str | None = None) -> dict[str, bool]:
    answer = _sample_deck()[question] if answer is None else answer
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def _typed(name: str) -> str:
    return (TYPED / name).read_text(encoding="utf-8")


# --- 2. a name with one of its words replaced ---------------------------------------


def test_an_expansion_with_one_word_replaced_does_not_earn_the_name():
    ticks = _ticks("What does GPT stand for?", _typed("gpt.txt"))
    assert not ticks["Generative Pre-trained Transformer"], ticks
    right = _ticks("What does GPT stand for?", "Generative pre-trained transformer.")
    assert right["Generative Pre-trained Transformer"], right


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        ("Long Short-Term Memory", "A Long Short-Term Network.", "long short term memory"),
        (
            "Stochastic Gradient Descent with Momentum",
            "Stochastic Coordinate Descent with Momentum, I believe.",
            "stochastic gradient descent with momentum",
        ),
    ],
)
def test_a_proper_name_with_one_word_replaced_does_not_earn_it(name, wrong, right):
    answer = f"It was built on **{name}**, trained with a decaying rate."
    question = "Which network did the team use?"
    ticks = _ticks(question, wrong, answer)
    assert not ticks[name], ticks
    ticks = _ticks(question, right, answer)
    assert ticks[name], ticks

"""Key points of the answers a new user reported (emphasis on a small word, answers in
other languages, TeX formulas, a sentence with an aside), and fresh answers of the same
kinds: what the mock panel would show."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms


@pytest.mark.parametrize(
    ("question", "marked"),
    [
        (
            "What is a write-through cache?",
            "Every write goes to the cache **and** the backing store synchronously. Reads"
            " are fast and data is never stale, but writes are slower.",
        ),
        (
            "Does correlation imply causation?",
            "Correlation does *not* imply causation: two variables can move together"
            " because a third one drives both. Only a randomized experiment shows a causal"
            " effect.",
        ),
        (
            "Mutex or semaphore?",
            "A mutex is __always__ released by the thread that holds it; a semaphore counts"
            " permits, so _any_ thread may signal it.",
        ),
    ],
)
def test_emphasis_on_a_small_word_keeps_the_answers_points(question, marked):
    plain = marked.replace("**", "").replace("__", "").replace("*", "").replace("_", "")
    points = key_terms(marked, question=question)
    assert len(points) >= 2, points
    assert points == key_terms(plain, question=question)


@pytest.mark.parametrize(
    ("answer", "point"),
    [
        (
            "When write latency matters more than durability: the cache acknowledges the"
            " write and flushes later. Risk: data loss on crash.",
            "Risk: data loss on crash",
        ),
        (
            "Unabhängiges Deployment, Skalierung pro Dienst. Nachteil: höhere Komplexität"
            " im Betrieb.",
            "Nachteil: höhere Komplexität im Betrieb",
        ),
    ],
)
def test_a_clause_point_keeps_its_colon_as_written(answer, point):
    assert point in key_terms(answer)

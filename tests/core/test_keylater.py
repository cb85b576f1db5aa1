"""A later step of a model answer ("…, then it grows linearly") said as the first one:
the step stays with what it follows where that is short (`keyclauses`), and where it is
a point of its own a typed answer that puts it at the start says no such point
(`keylater`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

CONGESTION = (
    "How does TCP congestion control work?",
    "TCP keeps a congestion window that limits unacknowledged data in flight. Slow start"
    " grows the window exponentially until a threshold, then it grows linearly; on packet"
    " loss the sender cuts the window.",
)
JIT = (
    "How does a tracing JIT run a loop?",
    "The JIT interprets the loop for a few hundred iterations, then it compiles the hot"
    " trace into machine code.",
)
BUILD = (
    "What does the build tool do on a clean checkout?",
    "It downloads the dependencies of every module into a local cache, then it compiles"
    " the sources of all modules in parallel.",
)


def _ticks(case: tuple[str, str], typed: str) -> dict[str, bool]:
    question, answer = case
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def test_a_short_next_step_stays_with_the_step_it_follows():
    points = key_terms(CONGESTION[1], question=CONGESTION[0])
    assert "grows linearly" not in points, points
    assert any(p.endswith("then it grows linearly") for p in points), points


@pytest.mark.parametrize(
    ("case", "typed"),
    [
        (
            CONGESTION,
            "Slow start means the window grows linearly from the beginning, and packet loss"
            " makes the sender double its window.",
        ),
        (JIT, "The JIT compiles the hot trace into machine code before the loop ever runs."),
        (BUILD, "It compiles the sources of all modules in parallel right away."),
    ],
)
def test_a_later_step_said_at_the_start_says_no_point(case, typed):
    ticks = _ticks(case, typed)
    later = [p for p in ticks if "linearly" in p or "compiles" in p]
    assert later and not any(ticks[p] for p in later), ticks


@pytest.mark.parametrize(
    ("case", "typed"),
    [
        (
            JIT,
            "It interprets the loop first and, once it has run a few hundred times, compiles"
            " the hot trace to machine code.",
        ),
        (
            BUILD,
            "After fetching every module's dependencies it compiles all the sources in parallel.",
        ),
    ],
)
def test_a_later_step_said_in_its_place_still_says_it(case, typed):
    ticks = _ticks(case, typed)
    assert any(ticks[p] for p in ticks if "compiles" in p), ticks

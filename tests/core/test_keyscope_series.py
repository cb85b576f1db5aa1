"""A series a quantifier opens ("give each user, process or service only …") says whom a
claim is of, not things the answer names: its items are no points (keyphrases.series),
so an answer naming one of them in a wrong claim earns nothing for it."""

from __future__ import annotations

import pytest

from studyapp.core.keyphrases import series
from studyapp.core.keyterms import key_terms, ticked_terms


@pytest.mark.parametrize(
    ("question", "answer", "scope"),
    [
        (
            "What is the principle of least privilege?",
            "Give each user, process or service **only the permissions it needs** for its"
            " job, and no more, so a compromised account **limits the damage**.",
            {"user", "process", "service"},
        ),
        (
            "How do you trace requests across services?",
            "Tag every request, job and message with a **trace ID**, and pass it on in"
            " **each outgoing call**.",
            {"request", "job", "message"},
        ),
    ],
)
def test_a_quantified_series_gives_no_points(question, answer, scope):
    points = key_terms(answer, question=question)
    assert not scope & {p.casefold() for p in points}, points
    wrong = f"Give every {sorted(scope)[-1]} admin rights and log everything."
    assert not any(ticked_terms(points, wrong, question, answer)), points


def test_a_series_of_things_still_gives_them():
    said = "Fix it with regularization, early stopping or more data."
    assert series(said) == ["regularization", "early stopping", "more data"]

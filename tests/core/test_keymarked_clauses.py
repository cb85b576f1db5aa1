"""A marked span longer than a name that says something, a verb in it ("**differences
are applied to the real DOM**"), is a point whole: cut to the key phrase it ends on
("real DOM"), it is what any answer naming that thing says (keycandidates)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms


@pytest.mark.parametrize(
    ("question", "answer", "clause", "fragment"),
    [
        (
            "What is the virtual DOM?",
            "- An **in-memory tree** describing the UI\n"
            "- On a change, the new tree is **diffed against the old** one\n"
            "- Only the **differences are applied to the real DOM**",
            "differences are applied to the real DOM",
            "real DOM",
        ),
        (
            "What does a CDN do?",
            "- Copies of static files sit on **edge servers** around the world\n"
            "- **Requests are routed to the nearest edge server**, which cuts latency\n"
            "- The **origin gets less load**",
            "Requests are routed to the nearest edge server",
            "nearest edge server",
        ),
        (
            "How does a load balancer use health checks?",
            "The load balancer **probes each backend periodically**; a backend that fails"
            " is **taken out of rotation** and **put back when it passes again**.",
            "put back when it passes again",
            "back",
        ),
    ],
)
def test_a_marked_clause_is_a_point_whole(question, answer, clause, fragment):
    points = key_terms(answer, question=question)
    assert clause in points, points
    assert fragment not in points, points


def test_a_marked_clause_is_said_by_its_claim_not_by_its_last_noun():
    question = "What does a CDN do?"
    answer = (
        "- Copies of static files sit on **edge servers** around the world\n"
        "- **Requests are routed to the nearest edge server**, which cuts latency\n"
    )
    points = key_terms(answer, question=question)
    at = points.index("Requests are routed to the nearest edge server")
    said = "Each request is routed to the closest edge server, so latency drops."
    assert ticked_terms(points, said, question, answer)[at], points
    named = "The nearest edge server keeps copies of the files."
    assert not ticked_terms(points, named, question, answer)[at], points

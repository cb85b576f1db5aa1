"""A model answer that lists the steps or parts of something as short noun phrases
between commas gives one point per item, none dropped and none merged
(`keyenumerated`); prose with commas stays in clauses."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms

URL = "What happens when you type a URL into a browser?"


def test_the_users_pipeline_gives_every_step():
    """The report: six steps became four ("HTTP request" gone, "server response,
    rendering" one point)."""
    answer = "DNS lookup, TCP handshake, TLS handshake, HTTP request, server response, rendering."
    assert key_terms(answer, question=URL) == [
        "DNS lookup",
        "TCP handshake",
        "TLS handshake",
        "HTTP request",
        "server response",
        "rendering",
    ]


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (  # written after the fix, as a check: single words, a hyphenated one
            "What are the stages of a transformer's forward pass?",
            "Tokenization, embedding, attention, feed-forward, softmax.",
            ["Tokenization", "embedding", "attention", "feed-forward", "softmax"],
        ),
        (  # a CI pipeline: an item with a preposition inside, "and" before the last
            "What does a typical CI pipeline do?",
            "Code checkout, dependency installation, linting, unit tests, a Docker image"
            " build and deployment to staging.",
            [
                "Code checkout",
                "dependency installation",
                "linting",
                "unit tests",
                "Docker image build",
                "deployment to staging",
            ],
        ),
        (  # "then" before the last
            "What are the phases of a compiler?",
            "Lexing, parsing, semantic analysis, optimization, then code generation.",
            ["Lexing", "parsing", "semantic analysis", "optimization", "code generation"],
        ),
    ],
)
def test_another_listed_pipeline_gives_every_item(question, answer, expected):
    assert key_terms(answer, question=question) == expected


def test_a_list_after_a_lead_that_only_announces_it():
    """ "The main stages:" names nothing the items do not."""
    answer = "The main stages: linting, unit tests, image build, and deployment to staging."
    assert key_terms(answer, question="What does a CI pipeline do?") == [
        "linting",
        "unit tests",
        "image build",
        "deployment to staging",
    ]


@pytest.mark.parametrize(
    "answer",
    [
        "Acquire locks in a fixed global order, use timeouts, or avoid holding several locks.",
        "The client sends SYN, the server answers SYN-ACK, and the client replies ACK.",
        "The model fits noise, memorizes outliers, and fails on new data.",
    ],
)
def test_prose_with_commas_is_no_list(answer):
    """A piece with a verb is a clause, not an item: no point is a lone piece of it cut
    at a comma into a single word or a verb's object alone."""
    points = key_terms(answer, question="How does it work?")
    assert len(points) <= 4, points
    assert "use timeouts" not in points and "outliers" not in points, points

"""A point's action said by the typed answer of another thing the model answer names
(`keyantecedent`): the point's subject's ("the kubelet places pods") or, for a point
cut from what it is said of ("…, which wears out the flash cells"), the sentence's."""

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

DEPLOY = (
    "What happens when you deploy to Kubernetes?",
    "The scheduler places pods on nodes, and the kubelet starts the containers.",
)
CDN = (
    "How does a CDN serve a page?",
    "The edge server returns the cached copy, and the origin server builds the page on a miss.",
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
        (DEPLOY, "scheduler places pods on nodes", "The kubelet places pods on nodes."),
        (CDN, "edge server returns the cached copy", "The origin server returns the cached copy."),
    ],
)
def test_a_points_action_said_of_another_thing_of_the_answer_is_not_said(case, point, typed):
    assert not _ticks(case, typed)[point]


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (DEPLOY, "scheduler places pods on nodes", "The Kubernetes scheduler places the pods."),
        (DEPLOY, "scheduler places pods on nodes", "It places pods on nodes."),
        (DEPLOY, "scheduler places pods on nodes", "Pods are placed on nodes by the scheduler."),
        (
            DEPLOY,
            "kubelet starts the containers",
            "The kubelet on each node starts the containers.",
        ),
        (CDN, "edge server returns the cached copy", "A nearby edge node returns its cached copy."),
    ],
)
def test_a_points_action_said_of_its_own_thing_still_is(case, point, typed):
    assert _ticks(case, typed)[point]


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


@pytest.mark.parametrize(
    ("question", "answer", "point", "right", "wrong"),
    [
        (
            "What happens in a TLS handshake?",
            "1. The client and server agree on a **cipher suite**\n"
            "2. The server sends its **certificate**, which the client verifies\n"
            "3. They run a **key exchange** to derive a shared **session key**",
            "certificate",
            "The server sends its certificate and the client checks it.",
            "The client sends its certificate to the server.",
        ),
        (
            "How does the OAuth authorization code flow work?",
            "1. The user logs in and the app gets an **authorization code**\n"
            "2. The authorization server issues an **access token** for that code\n"
            "3. The app calls the API with the token",
            "access token",
            "The authorization server issues an access token in exchange for the code.",
            "The app issues an access token to the authorization server.",
        ),
    ],
)
def test_a_thing_marked_alone_is_not_given_by_another(question, answer, point, right, wrong):
    """A marked thing ("**certificate**") is what its sentence's doer does to it ("The
    server sends its …"): the same verb said of another thing the answer names ("the
    client sends its certificate") says no such point."""
    points = key_terms(answer, question=question)
    at = points.index(point)
    assert ticked_terms(points, right, question, answer)[at], points
    assert not ticked_terms(points, wrong, question, answer)[at], points

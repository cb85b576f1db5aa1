"""A clause point said by its nouns alone, the subject's part turned (`keyroles`): where
the typed answer never says the point's verb and names the point's other thing first,
doing something to the subject, it says no such point."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

TLS = (
    "What happens in a TLS handshake?",
    "The server replies with its certificate, and the client verifies it against trusted"
    " certificate authorities.",
)
OAUTH = (
    "How does an OAuth login work?",
    "The authorization server issues an access token to the client.",
)
ARP = (
    "What does ARP do?",
    "A host broadcasts a request asking who has the IP, and the owner replies with its MAC"
    " address.",
)


def _ticks(case: tuple[str, str], typed: str) -> dict[str, bool]:
    question, answer = case
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (
            TLS,
            "server replies with its certificate",
            "The certificate authority encrypts every packet between client and server.",
        ),
        (
            TLS,
            "client verifies it against trusted certificate authorities",
            "The certificate authority encrypts every packet between client and server.",
        ),
        (
            OAUTH,
            "authorization server issues an access token to the client",
            "The access token encrypts everything between the client and the authorization server.",
        ),
        (
            ARP,
            "host broadcasts a request asking who has the IP",
            "ARP assigns IP addresses to hosts when they join the network.",
        ),
    ],
)
def test_the_points_other_thing_acting_on_its_subject_says_no_point(case, point, typed):
    assert not _ticks(case, typed)[point]


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (TLS, "server replies with its certificate", "The server sends back its certificate."),
        (
            TLS,
            "client verifies it against trusted certificate authorities",
            "The client checks it against the certificate authorities it trusts.",
        ),
        (
            OAUTH,
            "authorization server issues an access token to the client",
            "The authorization server hands the client an access token.",
        ),
        (
            OAUTH,
            "authorization server issues an access token to the client",
            "An access token is handed to the client by the authorization server.",
        ),
    ],
)
def test_the_nouns_in_the_points_order_or_a_passive_still_say_it(case, point, typed):
    assert _ticks(case, typed)[point]

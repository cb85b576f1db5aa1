"""A point's subject said as the cause ("thanks to", "because of", "due to") after
what follows its verb is still its doer (`keyroles`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("an index allows fast lookups", "Lookups are fast thanks to the index."),
        ("the CDN cuts page load time", "Page load time is lower due to the CDN."),
    ],
)
def test_the_subject_named_as_the_cause_is_the_doer(point, typed):
    assert ticked_terms([point], typed, "Why use it?", point) == [True]


def test_the_subject_acted_on_is_still_no_doer():
    point = "server replies with its certificate"
    typed = "The certificate authority encrypts every packet between client and server."
    assert ticked_terms([point], typed, "How does TLS start?", point) == [False]

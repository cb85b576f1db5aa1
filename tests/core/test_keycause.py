"""Cause and effect (`studyapp.core.keycause`): said in either order they say the point;
turned round, the effect made the cause, they say its contrary. A change told of what
changes ("latency goes down because of the cache") says "caching reduces latency"
(`keychange`, `keystatement._joined_clauses`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms

QUESTION = "What follows from it?"


def said(point: str, typed: str) -> bool:
    return ticked_terms([point], typed, QUESTION, point) == [True]


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("a high bias causes underfitting", "Underfitting results from high bias."),
        ("a high bias causes underfitting", "Underfitting is caused by high bias."),
        ("a full disk makes writes fail", "Writes fail because the disk is full."),
        ("caching reduces latency", "Latency is reduced by caching."),
        ("caching reduces latency", "Latency goes down because of the cache."),
        ("more replicas increase read throughput", "Read throughput rises as replicas are added."),
    ],
)
def test_cause_and_effect_in_either_order_say_the_point(point, typed):
    assert said(point, typed)


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("a high bias causes underfitting", "Underfitting causes a high bias."),
        ("a high bias causes underfitting", "High bias is caused by underfitting."),
        ("a full disk makes writes fail", "Writes fail, so the disk fills up."),
        ("caching reduces latency", "Latency reduces the cache."),
        # the change told of what changes, the other way ("goes up" for "reduces")
        ("caching reduces latency", "The cache makes latency go up."),
        ("replication increases read throughput", "Replication makes read throughput go down."),
    ],
)
def test_the_effect_made_the_cause_says_no_point(point, typed):
    assert not said(point, typed)

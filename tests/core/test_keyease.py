"""A clause that says something gets harder (or simpler, or short) is not said by one
that says it gets easier (or harder, or long): the words of ease and of length have
their opposites (`keysynonyms`), so the share of the clause's other words says nothing."""

from __future__ import annotations

from tests.core.keyticks import ticks

SHARDING = (
    "What does sharding cost?",
    "Sharding splits the data across several databases by a shard key. Cross-shard queries"
    " and rebalancing become harder.",
)
MICROSERVICES = (  # (tried after sharding was mended)
    "What are the trade-offs of microservices?",
    "Each service can be deployed on its own, so releases get simpler. Debugging a request"
    " across services gets harder, and the network adds latency.",
)


def _ticked(case: tuple[str, str], typed: str) -> list[str]:
    question, answer = case
    return [point for point, tick in ticks(answer, question, typed).items() if tick]


def test_easier_says_no_harder():
    harder = "Cross-shard queries and rebalancing become harder"
    assert harder not in _ticked(SHARDING, "Cross-shard queries and rebalancing become easier.")
    assert harder in _ticked(SHARDING, "queries across shards and rebalancing get harder")


def test_what_gets_harder_is_said_of_its_own_thing():
    debugging = "Debugging a request across services gets harder"
    releases = "Releases get harder since each service is deployed on its own."
    assert debugging not in _ticked(MICROSERVICES, releases)
    tracing = "Tracing one request through many services is harder to debug."
    assert debugging in _ticked(MICROSERVICES, tracing)

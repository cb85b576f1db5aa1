"""A point's selecting word said as another of its kind (`keyselectors`): "the same
order" for "the original order" says it, "a different order" says another thing."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

STABLE = (
    "What does a stable sort guarantee?",
    "A stable sort keeps equal elements in their original order.",
)
KEEP_ALIVE = (
    "What does HTTP keep-alive do?",
    "Keep-alive sends many requests over one TCP connection, which saves a handshake per request.",
)
BACKOFF = (
    "How does exponential backoff work in Ethernet?",
    "After each collision the sender waits a random number of slots, and the range of"
    " slots grows exponentially with each retry.",
)
PROCESSES = (
    "Why is a crash in one process harmless to the others?",
    "Processes run in separate address spaces, so a bad write in one cannot reach"
    " another's memory.",
)

WEBSOCKET = (
    "What is a WebSocket?",
    "A WebSocket starts as an HTTP request with an Upgrade header, and after that both the"
    " client and the server can send messages at any time without polling.",
)
SHARDED = (
    "How does a sharded counter avoid contention?",
    "With a sharded counter, the threads increment different slots of an array, and a read"
    " sums the slots.",
)
MULTI_LEADER = (
    "What is multi-leader replication?",
    "In multi-leader replication, several nodes accept writes and each leader forwards"
    " its changes to the others.",
)


def _ticks(case: tuple[str, str], typed: str) -> dict[str, bool]:
    question, answer = case
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def _point(case: tuple[str, str], *wanted: str) -> str:
    points = key_terms(case[1], question=case[0])
    return next(p for p in points if all(w in p for w in wanted))


@pytest.mark.parametrize(
    ("case", "wanted", "typed"),
    [
        (STABLE, "original order", "A stable sort puts equal elements in a different order."),
        (KEEP_ALIVE, "one TCP connection", "Keep-alive opens a new TCP connection per request."),
        (BACKOFF, "exponentially", "The range of slots grows linearly with each retry."),
        (PROCESSES, "separate address", "Processes run in the same address space."),
        # a word of the kind that picks out another thing ("every few seconds") is not
        # said of the point's
        (
            WEBSOCKET,
            "both the client",
            "The client repeats an HTTP request every few seconds to check for new"
            " messages; only the client can send data.",
        ),
        (
            SHARDED,
            "different slots",
            "The threads increment the same slot of an array every few microseconds, and a"
            " read returns it.",
        ),
        (
            SHARDED,
            "different slots",
            "The threads increment one slot of the array, taking turns every few microseconds.",
        ),
    ],
)
def test_a_selecting_word_of_another_kind_says_no_point(case, wanted, typed):
    assert not _ticks(case, typed)[_point(case, wanted)]


@pytest.mark.parametrize(
    ("case", "wanted", "typed"),
    [
        (STABLE, "original order", "A stable sort keeps equal elements in the same order."),
        (STABLE, "original order", "Equal elements stay in their initial order."),
        (
            KEEP_ALIVE,
            "one TCP connection",
            "Keep-alive sends many requests over a single TCP connection.",
        ),
        (BACKOFF, "exponentially", "The range of slots grows exponentially with each retry."),
        (PROCESSES, "separate address", "Each process runs in its own address space."),
        (
            WEBSOCKET,
            "both the client",
            "Once upgraded, either side, client or server, can send messages whenever it"
            " wants, every few seconds or constantly.",
        ),
        (
            SHARDED,
            "different slots",
            "Each thread increments its own slot of the array every few microseconds, and a"
            " read sums them.",
        ),
        (
            MULTI_LEADER,
            "several nodes accept",
            "Multiple nodes accept writes, and they sync their changes every few seconds.",
        ),
    ],
)
def test_a_selecting_word_of_the_same_kind_still_says_it(case, wanted, typed):
    assert _ticks(case, typed)[_point(case, wanted)]

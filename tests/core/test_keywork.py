"""A component of a design answer ("**Load balancer**: spreads incoming requests across
the app servers") is said by saying what it does, without its label; not in a sentence
that gives the work to another component."""

from studyapp.core.keyterms import key_terms, ticked_terms

SHORTENER = """\
A URL shortener maps a short code to a long URL.

- **Load balancer**: spreads incoming requests across the app servers
- **ID generator**: hands out unique numeric IDs, encoded in base62
- **Key-value store**: keeps code → URL mappings, replicated
- **Cache**: holds the most requested codes in memory
"""
QUESTION = "Design a URL shortener"


def _ticks(points, typed, question):
    return dict(zip(points, ticked_terms(points, typed, question), strict=True))


def test_a_component_is_said_by_what_it_does_without_its_label():
    points = key_terms(SHORTENER, question=QUESTION)
    balancer = "Load balancer: spreads incoming requests across the app servers"
    ids = "ID generator: hands out unique numeric IDs"
    cache = "Cache: holds the most requested codes in memory"
    assert {balancer, ids, cache} <= set(points), points
    typed = (
        "Requests are spread across the app servers by something in front; a counter hands"
        " out unique numeric ids encoded in base62; memory holds the hottest codes."
    )
    ticks = _ticks(points, typed, QUESTION)
    assert ticks[balancer] and ticks[ids] and ticks[cache], ticks
    swapped = _ticks(
        points, "The cache spreads incoming requests across the app servers.", QUESTION
    )
    assert not swapped[balancer] and not swapped[cache], swapped
    labels = _ticks(points, "Use a load balancer, an ID generator and a cache.", QUESTION)
    assert not labels[balancer] and not labels[cache], labels


def test_a_component_of_another_design_is_said_by_what_it_does():
    # (a second case, written after the rule)
    answer = (
        "A chat system delivers messages in real time.\n\n"
        "- **WebSocket gateway**: keeps a persistent connection open to every online client\n"
        "- **Message queue**: buffers messages between senders and recipients\n"
        "- **Presence service**: tracks which users are online\n"
    )
    question = "Design a chat system"
    points = key_terms(answer, question=question)
    gateway = "WebSocket gateway: keeps a persistent connection open to every online client"
    assert gateway in points, points
    typed = (
        "Each online client holds a persistent connection that stays open to the server, and"
        " a separate piece tracks which users are online."
    )
    assert _ticks(points, typed, question)[gateway]

"""A glossary written as list items with plain terms ("- HTTP: the protocol of the web
…", "* Index - a structure …") gives a card per term, as "- **HTTP**: …" and
"term: definition" lines do, where the notes are clearly a glossary. An answer's points
("- Pros: fast" under a question, or "Pros"/"Cons" in a note about one thing) stay
points."""

from __future__ import annotations

from studyapp.core.parse import parse_path, parse_text

WEB_GLOSSARY = """\
# Web glossary

## Protocols
- HTTP: the protocol of the web, request and response over TCP.
- HTTPS: HTTP inside a TLS session.
- DNS: the system that maps names to IP addresses.

## Browsers
* CORS - browser rules for requests to another origin.
* Index - the page a server sends for a folder, index.html by default.
* Same-origin policy — scripts read only their own origin's data.
"""


def test_plain_terms_in_lists_are_cards(tmp_path):
    notes = tmp_path / "web-glossary.md"
    notes.write_text(WEB_GLOSSARY, encoding="utf-8")
    doc = parse_path(notes)
    found = [(q.title, q.answer_markdown.strip(), q.topic_path) for q in doc.questions]
    assert found == [
        (
            "HTTP",
            "the protocol of the web, request and response over TCP.",
            ("Protocols",),
        ),
        ("HTTPS", "HTTP inside a TLS session.", ("Protocols",)),
        ("DNS", "the system that maps names to IP addresses.", ("Protocols",)),
        ("CORS", "browser rules for requests to another origin.", ("Browsers",)),
        (
            "Index",
            "the page a server sends for a folder, index.html by default.",
            ("Browsers",),
        ),
        ("Same-origin policy", "scripts read only their own origin's data.", ("Browsers",)),
    ]
    # an answer's points stay points
    answer_points = (
        "**What is Redis?**\n\n"
        "- Latency: sub-millisecond reads.\n- Persistence: RDB snapshots and AOF.\n"
        "- Clustering: hash slots across nodes.\n- Eviction: LRU or LFU policies.\n\n"
        "**What is Kafka?**\n\nA distributed log.\n"
    )
    assert [q.title for q in parse_text(answer_points).questions] == [
        "What is Redis?",
        "What is Kafka?",
    ]
    one_thing = (
        "## Redis\n\n- Pros: fast, simple data structures.\n- Cons: data must fit in memory.\n"
        "- Use cases: caching, queues, counters.\n- Alternatives: Memcached, KeyDB.\n"
    )
    assert [q.title for q in parse_text(one_thing).questions] == ["Redis"]

"""An empty heading right over deeper headings that ask ("## Networking" over "### What
is TCP?") groups them: it is their topic, not a question with a heading for its answer,
even where it holds one question only and most questions have no answer yet. A heading
of that level with text of its own under it keeps its place."""

from __future__ import annotations

from studyapp.core.parse import parse_path

SYSTEM_DESIGN = """\
## What is a load balancer?

## What is a CDN?
A network of edge caches close to users.

## Networking
### What is TCP?

## What is rate limiting?

## What is a circuit breaker?
It stops calls to a failing service for a while.

## Storage

### What is RAID?

### What is an SSD's write amplification?

## What is idempotency?
"""


def test_an_empty_heading_over_one_question_is_its_topic(tmp_path):
    notes = tmp_path / "system-design.md"
    notes.write_text(SYSTEM_DESIGN, encoding="utf-8")
    doc = parse_path(notes)
    found = [(q.title, q.topic_path) for q in doc.questions]
    assert ("Networking", ()) not in found
    assert ("What is TCP?", ("Networking",)) in found
    assert ("What is RAID?", ("Storage",)) in found
    assert ("What is an SSD's write amplification?", ("Storage",)) in found
    assert [title for title, _ in found] == [
        "What is a load balancer?",
        "What is a CDN?",
        "What is TCP?",
        "What is rate limiting?",
        "What is a circuit breaker?",
        "What is RAID?",
        "What is an SSD's write amplification?",
        "What is idempotency?",
    ]
    assert not any(q.answer_markdown.lstrip().startswith("#") for q in doc.questions)

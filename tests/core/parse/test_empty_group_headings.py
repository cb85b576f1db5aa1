"""An empty heading right over deeper headings that ask ("## Networking" over "### What
is TCP?"), or right over one of its own level that asks, groups them: it is their
topic, not a question with a heading for its answer, even where it holds one question
only and most questions have no answer yet."""

from __future__ import annotations

from studyapp.core.parse import parse_path, parse_text

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


def test_an_empty_heading_of_the_questions_own_level_is_their_topic():
    text = (
        "## What is a load balancer?\n\n## What is a CDN?\nEdge caches.\n\n"
        "## Networking\n\n## What is TCP?\n\n## What is UDP?\n\n"
        "## Storage\n## What is RAID?\n\n## What is an SSD?\nFlash storage.\n"
    )
    found = [(q.title, q.topic_path) for q in parse_text(text).questions]
    assert found == [
        ("What is a load balancer?", ()),
        ("What is a CDN?", ()),
        ("What is TCP?", ("Networking",)),
        ("What is UDP?", ("Networking",)),
        ("What is RAID?", ("Storage",)),
        ("What is an SSD?", ("Storage",)),
    ]

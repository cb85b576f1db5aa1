"""A question heading with nothing under it is read by what follows it: right over
deeper headings that ask, it is their topic; right over deeper headings that ask
nothing, it is the question they answer in parts; right over a heading as high as it
(or the notes' end), it is a question still to answer, kept with no answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def _read(text):
    return {q.title: q for q in parse_text(text, name="notes").questions}


# Questions at h3 under h2 sections; one h2 asks, with nothing under it before the next
# h2 section.
BESIDE_A_SECTION = """\
# System design

## What is a load balancer?
It spreads requests over servers.

## What is rate limiting?

## Caching

### What is a CDN?
A network of edge caches.

### What is cache invalidation?
Removing stale entries when the source changes.
"""

# The same kind, written otherwise: at the notes' end, under a title of its own kind.
AT_THE_END = """\
# Operating systems

## Memory

### What is virtual memory?
Each process sees its own address space, mapped to frames.

### What is a page fault?
An access to a page not in memory; the kernel loads it.

## Processes

### What is a zombie process?
A finished child whose parent has not reaped it.

## Why do kernels have preemption?
"""


def test_an_empty_question_heading_before_a_section_is_unanswered():
    found = _read(BESIDE_A_SECTION)
    assert "What is rate limiting?" in found
    assert found["What is rate limiting?"].answer_markdown == ""
    assert found["What is a CDN?"].topic_path == ("Caching",)


def test_an_empty_question_heading_at_the_end_is_unanswered():
    found = _read(AT_THE_END)
    assert found["Why do kernels have preemption?"].answer_markdown == ""
    assert found["What is a zombie process?"].answer_markdown == (
        "A finished child whose parent has not reaped it."
    )


OVER_QUESTIONS = """\
# System design

## What is a load balancer?
It spreads requests over servers.

## What is rate limiting?

### What is a token bucket?
Tokens refill at a fixed rate; a request spends one.

### What is a leaky bucket?
Requests drain at a constant rate.

## What is a CDN?
A network of edge caches.

## What is sharding?
Splitting data over machines by key.
"""

OVER_ONE_QUESTION = """\
# Databases

## What is an index?
A structure that finds rows without a full scan.

## How do transactions stay isolated?

### What is MVCC?
Readers see a snapshot; writers add new row versions.

## What is a foreign key?
A column that must match a key of another table.
"""


def test_an_empty_question_heading_over_deeper_questions_is_their_topic():
    found = _read(OVER_QUESTIONS)
    assert "What is rate limiting?" not in found
    assert found["What is a token bucket?"].topic_path == ("What is rate limiting?",)
    assert found["What is a leaky bucket?"].answer_markdown == "Requests drain at a constant rate."
    assert found["What is a CDN?"].topic_path == ()


def test_an_empty_question_heading_over_one_deeper_question_is_its_topic():
    found = _read(OVER_ONE_QUESTION)
    assert found["What is MVCC?"].topic_path == ("How do transactions stay isolated?",)
    assert "How do transactions stay isolated?" not in found


OVER_PARTS = """\
# System design

## Scaling

### What is a load balancer?
It spreads requests over servers.

### What is horizontal scaling?
Adding machines rather than bigger ones.

## What is rate limiting?

### Algorithms
Token bucket and leaky bucket.

## Caching

### What is a CDN?
A network of edge caches.

### What is cache invalidation?
Removing stale entries when the source changes.
"""


def test_an_empty_question_heading_over_parts_that_ask_nothing_is_the_question():
    found = _read(OVER_PARTS)
    assert "Algorithms" not in found
    assert "Token bucket and leaky bucket." in found["What is rate limiting?"].answer_markdown
    assert found["What is a CDN?"].topic_path == ("Caching",)

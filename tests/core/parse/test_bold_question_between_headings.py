"""In notes whose questions are headings that ask, a question written as a bold line
alone over its answer paragraphs is one more question, not part of the answer above:
"**How do you scale a read-heavy database?**" was merged into the rate limiter's
answer because a word of it ("memory-heavy") was met further up that answer, and the
list "Common algorithms:" introduces was read as an example running to the next
heading. A bold line that takes up its question's title or the block right above it,
or a bold question inline with its answer, stays in the answer."""

from studyapp.core.parse import parse_text

RATE_LIMITER = """# Interview prep

## System Design

### What is the CAP theorem?

A store can guarantee only two of consistency, availability and partition tolerance.

### What is a rate limiter and how would you design one?

A rate limiter caps how many requests a client can make in a window. Common algorithms:

1. **Token bucket**: tokens refill at a rate; each request takes one.
2. **Sliding window log**: store timestamps; precise but memory-heavy.

Store counters in **Redis** with `INCR` and `EXPIRE`.

```python
def allow(user_id):
    return r.incr(user_id) <= LIMIT
```

**How do you scale a read-heavy database?**

Use **read replicas** for reads and a **cache** in front with cache-aside.

Add **connection pooling**.

### What is the GIL?

A mutex in CPython that lets one thread run bytecode at a time.
"""


def _titles(text: str) -> list[str]:
    return [q.title for q in parse_text(text).questions]


def test_a_bold_question_between_heading_questions_is_a_question_of_its_own():
    doc = parse_text(RATE_LIMITER)
    by_title = {q.title: q for q in doc.questions}
    scale = by_title["How do you scale a read-heavy database?"]
    assert "read replicas" in scale.answer_markdown
    assert "connection pooling" in scale.answer_markdown
    limiter = by_title["What is a rate limiter and how would you design one?"]
    assert "read replicas" not in limiter.answer_markdown
    assert scale.topic_path == limiter.topic_path == ("System Design",)


def test_another_shape_level_two_headings_and_a_word_met_further_up():
    """A second input: "## " questions, the bold one after a list, a table and a
    paragraph, in an answer that names "cache" well above it."""
    notes = """## What is a CDN?

Servers near the users that cache static files. Three things it gives:

- lower latency
- less load on the origin
- protection from traffic spikes

| Header | Meaning |
|---|---|
| Cache-Control | how long to keep it |

Set long lifetimes for files whose names change on each build.

**How do you invalidate a cache safely?**

Removing or updating stale entries everywhere a copy lives, at the right moment.

## What is a load balancer?

A proxy that spreads requests over servers.
"""
    assert _titles(notes) == [
        "What is a CDN?",
        "How do you invalidate a cache safely?",
        "What is a load balancer?",
    ]


def test_bold_lines_that_take_up_the_answer_stay_in_it():
    notes = """## What is the difference between correlation and causation?

Correlation is two things moving together; causation is one making the other happen.

**Does correlation imply causation?**

- No: a third factor can drive both.

**But does ice cream cause drowning?** No. Summer drives both.

## What is a p-value?

The chance of data this extreme if the null hypothesis holds.

The smaller it is, the stronger the evidence against the null.

**Why is a small p-value not proof?**

It only measures surprise under the null hypothesis.
"""
    assert _titles(notes) == [
        "What is the difference between correlation and causation?",
        "What is a p-value?",
    ]

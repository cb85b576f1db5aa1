"""A question's follow-ups written as headings under it ("### Follow-up: How do you
expire links?") belong to its card, as follow-up paragraphs do: they were cards of
their own, titled "Follow-up: …", cut out of the question's answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

NOTES = """\
# Onsite notes

## How would you design a URL shortener?

Base62 codes from a counter service; a KV store; a cache in front.

### Follow-up: How do you avoid collisions across regions?

Give each region its own counter range.

### Follow-up: How do you expire links?

A TTL column and a lazy check on read.

## How do you find the median of a stream?

Two heaps, one for each half.

### Follow up question 2 – What if the numbers are small integers?

Counting buckets; walk them to the middle.
"""


def test_follow_up_headings_stay_in_their_questions_answers():
    doc = parse_text(NOTES)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "How would you design a URL shortener?",
            "Base62 codes from a counter service; a KV store; a cache in front.\n\n"
            "### Follow-up: How do you avoid collisions across regions?\n\n"
            "Give each region its own counter range.\n\n"
            "### Follow-up: How do you expire links?\n\nA TTL column and a lazy check on read.",
        ),
        (
            "How do you find the median of a stream?",
            "Two heaps, one for each half.\n\n### Follow up question 2 – What if the numbers "
            "are small integers?\n\nCounting buckets; walk them to the middle.",
        ),
    ]


def test_deeper_follow_ups_under_questions_grouped_by_topic():
    text = (
        "## Messaging\n\n### Design a chat system\n\nWebSocket gateways and a log.\n\n"
        "#### Follow-up: How do you reach offline users?\n\nStore and push on reconnect.\n\n"
        "### Design a notification service\n\nA queue per channel.\n\n"
        "## Storage\n\n### What is an LSM tree?\n\nA memtable flushed to sorted runs.\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Messaging",), "Design a chat system"),
        (("Messaging",), "Design a notification service"),
        (("Storage",), "What is an LSM tree?"),
    ]
    assert doc.questions[0].answer_markdown.endswith("Store and push on reconnect.")


def test_a_follow_up_heading_under_a_topic_is_the_question_there():
    text = (
        "## Storage\n\n### Follow-up: What is write amplification?\n\nExtra physical writes.\n\n"
        "### What is an LSM tree?\n\nA memtable flushed to sorted runs.\n"
    )
    assert len(parse_text(text).questions) == 2

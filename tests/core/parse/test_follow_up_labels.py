"""A "Follow-up: …" heading under a topic (no question above it) is a question of its
own, titled without its label: a debrief's "## Follow-ups they asked" section gave
cards titled "Follow-up 2: How do you avoid a thundering herd?"."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_follow_up_headings_under_a_topic_lose_their_label():
    text = (
        "# Interview debrief\n\n## Caching\n\n### What is cache invalidation?\n\n"
        "Removing or updating entries when the source changes.\n\n"
        "## Follow-ups they asked\n\n### Follow-up: What is a write-through cache?\n\n"
        "Writes go to the cache and the store together.\n\n"
        "### Follow-up 2: How do you avoid a thundering herd?\n\n"
        "Request coalescing, jittered expiry, or a lock per key.\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Caching",),
            "What is cache invalidation?",
            "Removing or updating entries when the source changes.",
        ),
        (
            ("Follow-ups they asked",),
            "What is a write-through cache?",
            "Writes go to the cache and the store together.",
        ),
        (
            ("Follow-ups they asked",),
            "How do you avoid a thundering herd?",
            "Request coalescing, jittered expiry, or a lock per key.",
        ),
    ]


def test_numbered_follow_up_questions_with_a_dash():
    text = (
        "## Kafka\n\n"
        "### Follow up question 1 – What is a consumer group?\n"
        "Consumers sharing a topic's partitions.\n\n"
        "### Follow up question 2 – What is an offset?\n"
        "A record's position in its partition.\n\n"
        "### Follow-ups - What happens on a rebalance?\n"
        "Partitions are reassigned among the group.\n"
    )
    assert [q.title for q in parse_text(text).questions] == [
        "What is a consumer group?",
        "What is an offset?",
        "What happens on a rebalance?",
    ]


def test_follow_ups_under_a_question_stay_in_its_answer():
    text = (
        "## What is an index?\n\nA B-tree that speeds up lookups.\n\n"
        "### Follow-up: When does it hurt?\n\nOn write-heavy tables.\n\n"
        "## What is a transaction?\n\nAn atomic unit of work.\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == ["What is an index?", "What is a transaction?"]
    assert "### Follow-up: When does it hurt?" in doc.questions[0].answer_markdown

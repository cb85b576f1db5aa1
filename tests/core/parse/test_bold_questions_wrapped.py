"""A bold question wrapped over two or three lines of its paragraph, its answer below:
an editor that hard-wraps prose at 80 columns, or Google Docs' Markdown export, keeps
the line breaks inside the bold ("**How do you pick the number of partitions for a" /
"topic?**"). Its first line alone was the title, and the rest of the question, with
the closing "**", the first words of its answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

NOTES = """\
# Kafka prep

## Producers

**What does acks=all guarantee, and what does it cost in
latency?**

The leader waits for every in-sync replica before it acknowledges: no acknowledged
write is lost while one replica survives, at the price of the slowest replica's delay.

**What is an idempotent producer?**

One that numbers its batches so the broker drops duplicates after a retry.

## Consumers

**How do you pick the number of partitions for a topic that has to
grow over the next two
years?**

Enough for the peak consumer parallelism you expect, since consumers in a group cannot
outnumber partitions; adding partitions later reshuffles keyed data.

**What triggers a consumer group rebalance?**

A member joining or leaving, a missed heartbeat, or a change in subscribed partitions.
"""


def test_a_bold_question_wrapped_over_lines_is_one_title_over_its_answer():
    doc = parse_text(NOTES, name="kafka")
    assert [(q.topic_path[-1], q.title) for q in doc.questions] == [
        ("Producers", "What does acks=all guarantee, and what does it cost in latency?"),
        ("Producers", "What is an idempotent producer?"),
        (
            "Consumers",
            "How do you pick the number of partitions for a topic that has to grow over "
            "the next two years?",
        ),
        ("Consumers", "What triggers a consumer group rebalance?"),
    ]
    assert doc.questions[0].answer_markdown.startswith("The leader waits")
    assert doc.questions[2].answer_markdown.startswith("Enough for the peak")


def test_bold_words_opening_an_answer_paragraph_are_no_question():
    # a paragraph of answer text that opens in bold and closes the bold mid-line
    notes = NOTES.replace(
        "One that numbers its batches",
        "**Idempotence** is on by default since Kafka 3.0: the producer\nnumbers its batches",
    )
    doc = parse_text(notes, name="kafka")
    assert len(doc.questions) == 4
    assert doc.questions[1].answer_markdown.startswith("**Idempotence** is on")

"""Notes that are an e-mail (its header lines first) are named by its subject, without
the "Re:" or "Fwd:" a reply adds: the header is no title of its own."""

from __future__ import annotations

from studyapp.core.parse import parse_text

BODY = (
    "Hi Tom,\n\nTom wrote:\n> - What does the replication factor protect against?\n\n"
    "Losing brokers.\n\n> - Why do we set acks=all?\n\nSo a write is on every replica.\n\n"
    "> - How many partitions should a topic get?\n\nEnough for a year of consumers.\n"
)


def test_a_reply_is_named_by_its_subject():
    text = "Subject: Re: questions about our Kafka setup\n\n" + BODY
    assert parse_text(text, name="kafka-reply", suffix=".txt").deck_name == (
        "questions about our Kafka setup"
    )


def test_a_mail_s_header_block_names_it_by_its_subject():
    text = (
        "From: Ana <ana@example.com>\nTo: Tom <tom@example.com>\n"
        "Subject: RE: Fwd: Kafka onboarding\nDate: Tue, 14 May 2024 21:07:33 +0100\n\n" + BODY
    )
    doc = parse_text(text, name="mail", suffix=".txt")
    assert doc.deck_name == "Kafka onboarding"
    assert len(doc.questions) == 3

"""A short CSV without a header: its first row asks as the rows under it do, so it is
a card, not the names of the columns (a three-row file lost its first question)."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        (
            "What is Kafka,A distributed log\n"
            "What is a partition,An ordered sequence of records\n"
            "What is a consumer group,Consumers sharing the partitions of a topic\n",
            ".csv",
        ),
        (
            "Why use Redis;It keeps hot data in memory\n"
            "How does a cache miss cost;A trip to the slower store\n"
            "When to expire keys;When stale data would mislead\n",
            ".csv",
        ),
    ],
    ids=["commas", "semicolons, other question words"],
)
def test_the_first_row_of_a_headerless_file_that_asks_is_a_card(text, suffix):
    doc = parse_text(text, suffix=suffix)
    titles = [q.title for q in doc.questions]
    assert len(titles) == 3 and titles[0].startswith(("What is Kafka", "Why use Redis"))
    assert not [r for r in doc.skipped if r.reason == "header row"]


def test_a_row_of_column_names_over_longer_cells_is_still_a_header():
    text = (
        "Frage;Antwort\n"
        "Was ist ein Subnetz?;Ein Teil eines IP-Netzes mit eigener Maske\n"
        "Wofür steht DNS?;Domain Name System, das Namen in Adressen auflöst\n"
        "Was macht ein Router?;Er leitet Pakete zwischen Netzen weiter\n"
    )
    doc = parse_text(text, suffix=".csv")
    assert doc.questions[0].title == "Was ist ein Subnetz?"
    assert len(doc.questions) == 3

"""A cloze card's key point in the mock is the words it blanks, not its whole sentence."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms


def test_a_cloze_cards_point_is_the_words_it_asks():
    assert key_terms(
        "==BFS== is used in Graphs to improve throughput (#33).",
        question="[…] is used in Graphs to improve throughput (#33).",
    ) == ["BFS"]
    assert key_terms(
        "BFS is used in Graphs to improve ==throughput== (#33).",
        question="BFS is used in Graphs to improve […] (#33).",
    ) == ["throughput"]


def test_a_hinted_blank_asked_twice_is_one_point_and_the_extra_is_none():
    answer = (
        "==Dropout== zeroes activations at random; ==Dropout== is off at test time."
        "\n\n**Back Extra:** Only while *training*."
    )
    question = "[technique] zeroes activations at random; [technique] is off at test time."

    assert key_terms(answer, question=question) == ["Dropout"]


def test_a_highlight_where_the_question_has_no_blank_for_it_is_read_as_before():
    answer = "Write-ahead logging: the log is ==flushed before the page==, so a crash replays it."

    assert key_terms(answer, question="How does a database survive a crash [briefly]?") != [
        "flushed before the page"
    ]

"""A compound subject ("L1 ball", "Batch norm", "Congestion window") stays whole in
its point when the question names its first word only."""

import pytest

from studyapp.core.keyterms import key_terms


@pytest.mark.parametrize(
    ("question", "answer", "opening"),
    [
        (
            "Why does L1 regularization give sparse weights?",
            "The L1 ball has corners on the axes, so the optimum often lands where weights"
            " are zero.",
            "L1 ball has corners",
        ),
        (
            "What does batch normalization do?",
            "Batch norm normalizes layer inputs over the mini-batch. It then applies a"
            " learned scale and shift.",
            "Batch norm normalizes layer inputs",
        ),
        (
            "How does TCP congestion control work?",
            "Congestion window grows by one segment every round trip and halves when a"
            " packet is lost.",
            "Congestion window grows",
        ),
        (
            "What is a hash table?",
            "Hash map stores pairs in buckets chosen by the hash of the key.",
            "Hash map stores pairs",
        ),
    ],
)
def test_a_compound_subject_stays_whole(question, answer, opening):
    points = key_terms(answer, question=question)
    assert any(p.startswith(opening) for p in points), points


def test_the_subject_the_question_asks_about_is_still_left_out():
    points = key_terms(
        "Hash map stores pairs in buckets chosen by the hash of the key.",
        question="What is a hash map?",
    )
    assert points and not any(p.lower().startswith(("hash map", "map")) for p in points), points

"""A point that ranges over one thing for each of another ("normalizes across the
features of each example") is not said with the roles swapped ("across the batch for
each feature"): `core.keyaxes`. The reported layer-norm cases and two fresh ones."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

CASES = [
    (  # reported
        "What does layer normalization do?",
        "Layer norm normalizes across the features of each example, so it does not depend"
        " on the batch size.",
        "Layer norm normalizes across the features of each example",
        "It normalizes across the batch for each feature, so it needs large batches.",
        "For every single example it normalizes over all its features.",
    ),
    (  # reported (the twelfth round's held-out case): the other role swapped too
        "What does layer normalization do?",
        "Layer norm normalizes each example's features across the layer, so it does not"
        " depend on the batch size.",
        "Layer norm normalizes each example's features across the layer",
        "It normalizes every feature over the examples of the batch, so it needs large batches.",
        "Layer norm normalizes each example's features across the whole layer.",
    ),
    (  # fresh: softmax
        "How is softmax applied to a batch of logits?",
        "Softmax normalizes the scores across the classes of each example, so every"
        " example's probabilities sum to one.",
        "normalizes the scores across the classes of each example",
        "Softmax normalizes the scores across the examples for each class.",
        "For every example it turns the scores over all classes into probabilities.",
    ),
    (  # fresh: instance norm
        "What does instance normalization do?",
        "Instance norm normalizes across the pixels of each channel, separately for every image.",
        "Instance norm normalizes across the pixels of each channel",
        "Instance norm normalizes across the channels for each pixel.",
        "For each channel it normalizes over all its pixels, image by image.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_the_roles_of_each_and_across_swapped_do_not_say_the_point(case):
    question, answer, point, wrong, right = case
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    assert not ticked_terms(points, wrong, question, answer)[at]
    assert ticked_terms(points, right, question, answer)[at]


def test_statistics_per_mini_batch_keep_their_point():
    point = "normalizes each layer's inputs over the mini-batch"
    typed = "It normalizes the inputs of a layer per mini-batch, over the whole mini-batch."
    assert ticked_terms([point], typed, "What is batch normalization?") == [True]

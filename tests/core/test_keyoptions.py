"""A point naming alternatives ("specific task or domain") is said by either
(`studyapp.core.keyoptions`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered

FINE_TUNE = "What does it mean to fine-tune a model?"


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        (
            "specific task or domain",
            "You keep training a pretrained model on a smaller dataset for your specific task.",
            FINE_TUNE,
        ),
        ("specific task or domain", "It adapts it to one specific domain.", FINE_TUNE),
        ("lower latency or cost", "Its main win is a lower cost per request.", "Why cache?"),
        ("Freeze or Unfreeze Layers", "You usually freeze the early layers.", FINE_TUNE),
    ],
)
def test_either_alternative_says_the_point(point, typed, question):
    assert covered(point, typed, question)


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        ("specific task or domain", "It trains the model for any task at all.", FINE_TUNE),
        ("lower latency or cost", "It adds latency and cost.", "Why cache?"),
        ("Freeze or Unfreeze Layers", "You freeze nothing.", FINE_TUNE),
    ],
)
def test_an_alternative_is_said_whole(point, typed, question):
    assert not covered(point, typed, question)

"""A sentence that opens a made-up example ("Let's say you're fine-tuning a **language
model** like GPT …") gives no key point: its marked words illustrate the idea."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms

FINE_TUNING = """**Fine-tuning** is **taking a pre-trained model** and **training it further \
on a new dataset** for a **specific task**.

### How Fine-Tuning Works

Let's say you're fine-tuning a **language model** like GPT or a **vision model** like \
ResNet:

1. **Start with a Pretrained Model**
2. **Freeze or Unfreeze Layers**
3. **Train on Your Custom Dataset**
"""

CACHE = """A **cache** keeps **recently used data** in **fast memory** so repeated reads \
skip the **slow store**.

Let us say a page shows a **user profile** and a **follower count**: both are read far \
more often than written.

* **Eviction**: the least recently used entry goes first when it is full
"""


@pytest.mark.parametrize(
    ("answer", "question", "illustrations"),
    [
        (
            FINE_TUNING,
            "What does it mean to fine-tune a model?",
            ("language model", "vision model"),
        ),
        (CACHE, "What is a cache?", ("user profile", "follower count")),
    ],
)
def test_a_made_up_example_gives_no_point(answer, question, illustrations):
    points = key_terms(answer, question=question)
    assert points, points
    assert not any(i in p.casefold() for p in points for i in illustrations), points

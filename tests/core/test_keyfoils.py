"""What a model answer marks only as what the asked thing is not ("instead of
**training from scratch**", "unlike an **autoencoder**") is no point, so an answer about
that other thing earns nothing for it (keyfoils; a table's foils: test_keyterms)."""

from __future__ import annotations

import pytest

from studyapp.core.keyfoils import contrasted
from studyapp.core.keyterms import key_terms
from tests.core.test_keydenial import ticks


@pytest.mark.parametrize(
    ("question", "answer", "foil", "typed"),
    [
        (
            "What does it mean to fine-tune a model?",
            "Fine-tuning takes a **pre-trained model** and trains it on a **smaller dataset**,"
            " instead of **training from scratch**.\n\n* **Freeze layers** you don't need.\n"
            "* **Low learning rate**.\n",
            "training from scratch",
            "Training from scratch with random weights on your data.",
        ),
        (
            "What is a GAN?",
            "A **GAN** trains a **generator** against a **discriminator**, unlike an"
            " *autoencoder*, which only reconstructs its input.\n\n"
            "* **Mode collapse**: a common failure.\n",
            "autoencoder",
            "An autoencoder compresses its input and reconstructs it.",
        ),
        (
            "Why use a message queue?",
            "Services hand work to a **queue** rather than **direct calls**, so a slow"
            " consumer never blocks the producer.\n\n* **Retries**: failed jobs run again.\n",
            "direct calls",
            "Services make direct calls to each other.",
        ),
    ],
)
def test_a_foil_is_no_point(question, answer, foil, typed):
    points = key_terms(answer, question=question)
    assert foil not in {p.casefold() for p in points}, points
    assert not any(ticks(question, answer, typed).values()), points


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("it trains further instead of training from scratch", "training from scratch", True),
        ("a process is not a thread", "thread", True),
        ("training from scratch needs big data", "training from scratch", False),
        # said once as a foil and once as itself: a point still
        ("unlike a thread, a coroutine yields; a thread is preempted", "thread", False),
    ],
)
def test_contrasted_only_where_every_mention_is_a_foil(text, span, expected):
    assert contrasted(text, span) is expected

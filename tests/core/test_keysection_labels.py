"""A heading that only labels a section ("Autoencoder Architecture" over a diagram) is
no key point, nor is what is left of it without the question's words ("Architecture")."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms

AUTOENCODER = """An **Autoencoder** is a **neural network** that learns to **compress and \
reconstruct data**.

### Autoencoder Architecture

```
Input → [Encoder] → Latent Vector → [Decoder] → Output
```

### Uses

* **Denoising**: remove noise from images
"""

TRANSFORMER = """A **Transformer** is a neural network built on **self-attention** instead \
of recurrence.

### Transformer Architecture

```
Tokens → Embeddings → [N × (Attention → Feed-forward)] → Logits
```
"""


@pytest.mark.parametrize(
    ("answer", "question"),
    [(AUTOENCODER, "What is an autoencoder?"), (TRANSFORMER, "What is a Transformer?")],
)
def test_an_architecture_heading_is_no_point(answer, question):
    points = key_terms(answer, question=question)
    assert points, points
    assert not any("architecture" in p.casefold() for p in points), points

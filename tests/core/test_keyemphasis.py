"""One bold word used as a verb in its sentence ("to **create** new data") is emphasis
of what is done, not an idea to listen for (keylabels.verb_emphasis)."""

from __future__ import annotations

import pytest

from studyapp.core.keylabels import verb_emphasis
from studyapp.core.keyterms import key_terms

GENERATIVE = (
    "Generative AI uses **machine learning models** (especially deep learning) to **create**"
    " new data that is similar to the data it was trained on.\n\n"
    "### Key types\n\n* **Diffusion Models**\n* **GANs**\n* **LLMs**\n"
)


def test_a_bold_verb_is_no_point():
    points = key_terms(GENERATIVE, question="What is Generative AI?")
    assert "create" not in points, points
    assert "Diffusion Models" in points, points


@pytest.mark.parametrize(
    ("text", "span", "emphasis"),
    [
        ("uses models to create new data", "create", True),
        ("it is used to distribute incoming requests", "distribute", True),  # no list knows it
        ("the cache can evict old keys", "evict", True),
        ("maps keys to buckets", "buckets", False),  # "to" before a noun
        ("a ring of hash values", "hash", False),
        ("it is used to Index the table", "Index", False),  # capitalised: a name
        ("learns by trial and error to maximize rewards", "maximize rewards", False),
    ],
)
def test_a_verb_is_known_by_the_words_before_it(text, span, emphasis):
    assert verb_emphasis(text, span) is emphasis


def test_a_bold_verb_is_no_meaning_of_a_name_either():
    """The name the question asks about is shown with what the answer says of it; one
    bold verb after it ("is used to **distribute** …") is no such meaning."""
    answer = (
        "A **load balancer** sits in front of a pool of servers and is used to"
        " **distribute** incoming requests. It runs **health checks** and can **terminate"
        " TLS** for the backends."
    )
    points = key_terms(answer, question="What does a load balancer do?")
    assert not any("distribute" in p for p in points), points
    assert "health checks" in points, points

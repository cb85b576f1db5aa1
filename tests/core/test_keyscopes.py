"""Sub-headings that only set the scope of what follows them ("For text:", "In APIs",
"At the Edge") are no key points: the content under them is (keylabels._scope)."""

from __future__ import annotations

import pytest

from studyapp.core.keylabels import acceptable
from studyapp.core.keymatch import split_point
from studyapp.core.keyterms import key_terms, ticked_terms


def test_list_leads_that_set_a_scope_are_no_points():
    question = "How do you build a generative model on domain data?"
    answer = (
        "1. **Choose a Base Model**:\n\n"
        "   * For text: GPT-2, T5, LLaMA\n"
        "   * For images: Stable Diffusion, StyleGAN\n"
        "   * For code: CodeLLaMA, Codex\n\n"
        "2. **Gather Domain Data**:\n"
        "   Collect high-quality, domain-specific text or images.\n\n"
        "3. **Fine-tune**: use **LoRA** for a lighter, cheaper adaptation.\n"
    )
    points = key_terms(answer, question=question)
    assert not {"For text", "For images", "For code"} & set(points), points
    # (a numbered step's name with what it says: "Gather Domain Data: …")
    assert "Gather Domain Data" in {split_point(p)[0] for p in points}, points


def test_headings_that_set_a_scope_are_no_points():
    question = "Where can you cache data in a web application?"
    answer = (
        "### In the Browser\n* **HTTP cache headers** let the browser reuse responses.\n\n"
        "### On the Server\n* **Redis** keeps hot query results in memory.\n\n"
        "### At the Edge\n* A **CDN** serves static files close to users.\n"
    )
    points = key_terms(answer, question=question)
    assert points and not any(p.startswith(("In ", "On ", "At ")) for p in points), points
    typed = "You cache in the browser, on the server and at the edge."
    assert not any(ticked_terms(points, typed, question)), points


@pytest.mark.parametrize(
    ("term", "kept"),
    [
        ("For text", False),
        ("In Network Traffic", False),
        ("At the Edge", False),
        ("With replacement", True),  # (sampling): a way, not a place
        ("In-context learning", True),
        ("On-policy", True),
        ("Inverted index", True),
    ],
)
def test_a_scope_is_a_preposition_and_a_word_or_two(term, kept):
    assert acceptable(term) is kept

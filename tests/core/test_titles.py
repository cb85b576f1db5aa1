"""Normalized titles and the stable question ids derived from them."""

from __future__ import annotations

import pytest

from studyapp.core.titles import normalize_title, question_id, question_ids


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Types of data analysis", "types of data analysis"),
        ("### Q1. **Types** of data-analysis ✅¶", "types of data analysis"),
        (
            "Q.3 Correlation vs Causation in Data Analysis",
            "correlation vs causation in data analysis",
        ),
        ("Q 7. where and when", "where and when"),
        ("Q6.  Vector   Similarity", "vector similarity"),
        ("Q 10. 🖼️ Text-to-Image Generation", "text to image generation"),
        ("Question 4: What is X?", "what is x"),
        ("**Q12)** Café naïve", "café naïve"),
        ("✅ Q2. where did data analysis help?", "where did data analysis help"),
        ("1. Descriptive analysis", "descriptive analysis"),
        ("Core 5 V’s of Big Data", "core 5 vs of big data"),
        ("Core 5 V's of Big Data", "core 5 vs of big data"),
        ("[GANs](https://example.com) explained", "gans explained"),
        ("<b>Bold</b> move", "bold move"),
        # Numbers that are part of the title stay.
        ("3 Vs of big data", "3 vs of big data"),
        ("Q-Learning basics", "q learning basics"),
        ("1.5 release notes", "1 5 release notes"),
        ("ＦＵＬＬ width", "full width"),
        # Nothing but symbols: still something to tell titles apart.
        ("🧠", "🧠"),
    ],
)
def test_normalize_title(title: str, expected: str) -> None:
    assert normalize_title(title) == expected


def test_normalize_title_is_idempotent() -> None:
    once = normalize_title("### Q1. **What’s** a GAN? 🤖")
    assert normalize_title(once) == once


def test_question_id_is_short_hex_and_depends_on_deck_title_and_occurrence() -> None:
    qid = question_id("AI", "What is a GAN?")
    assert len(qid) == 16
    assert int(qid, 16) >= 0
    assert question_id("AI", "Q3. **What is a GAN**") == qid
    assert question_id("Other deck", "What is a GAN?") != qid
    assert question_id("AI", "What is a GAN?", 1) != qid
    assert question_id("AI", "What is a VAE?") != qid


def test_question_ids_number_duplicates_in_order() -> None:
    ids = question_ids("AI", ["What is a GAN?", "Other", "Q9. What is a GAN", "what is a gan"])
    assert ids == [
        question_id("AI", "What is a GAN?", 0),
        question_id("AI", "Other", 0),
        question_id("AI", "What is a GAN?", 1),
        question_id("AI", "What is a GAN?", 2),
    ]
    assert len(set(ids)) == 4

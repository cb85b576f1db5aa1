"""An outline's parts lettered or in Roman numerals ("I. Supervised learning",
"B. Networking") name the questions numbered under them, as "Part 2:" does: my own
notes in that shape had their second part glued to an answer ("…overfitting.\\n\\nII.
Unsupervised learning") and every question under the taxonomy's topics. A multiple
choice's options ("A. Paris") stay in the answer."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_path

ROMAN = """I. Supervised learning
  1. What is the bias-variance tradeoff?
     Lower bias usually means higher variance.
  2. Why regularise?
     To penalise complexity and reduce overfitting.

II. Unsupervised learning
  1. How does k-means choose clusters?
     It alternates assigning points and moving centroids.
  2. What is PCA used for?
     Reducing dimensions while keeping most variance.
"""

LETTERED = """# Interview prep

A. Databases

1. What is an index?
   A structure that speeds up lookups at the cost of writes.
2. What is a transaction?
   A unit of work that is atomic, consistent, isolated and durable.

B) Networking

1. What is DNS?
   The system that maps names to addresses.
2. What is a socket?
   An endpoint for sending and receiving data.
"""

OPTIONS = """# Geography quiz

1. What is the capital of France?

A. Paris

B. London

Answer: A

2. Which river is the longest?

A. Nile

B. Amazon

Answer: A (by most measures)
"""


def _parsed(tmp_path, text: str):
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (ROMAN, ["Supervised learning", "Unsupervised learning"]),
        (LETTERED, ["Databases", "Networking"]),
    ],
    ids=["roman numerals", "letters"],
)
def test_an_outlines_lettered_parts_are_topics(tmp_path, text, parts):
    doc = _parsed(tmp_path, text)
    assert [q.topic_path for q in doc.questions] == [(parts[0],)] * 2 + [(parts[1],)] * 2
    for question in doc.questions:
        assert parts[1] not in question.answer_markdown


def test_a_multiple_choices_options_stay_in_its_answer(tmp_path):
    doc = _parsed(tmp_path, OPTIONS)
    assert [q.title for q in doc.questions] == [
        "What is the capital of France?",
        "Which river is the longest?",
    ]
    assert doc.questions[0].answer_markdown.startswith("A. Paris\n\nB. London")
    assert "Paris" not in "/".join(p for q in doc.questions for p in q.topic_path)

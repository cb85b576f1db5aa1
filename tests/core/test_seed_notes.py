"""The user's real notes (../shared/seeds/): both exports give the same clean questions."""

from __future__ import annotations

import re

import pytest

from studyapp.core import repair, textio
from studyapp.core.importer import DEFAULT_DECK_FILE, default_deck_text, parse_notes
from studyapp.core.titles import normalize_title
from tests.conftest import CORPORA, SEED_MARKDOWN, SEED_RENDERED, require

MOJIBAKE = re.compile(r"â€|Ã|ðŸ|ğŸ|ï¸|[\u0e00-\u0e7f]|\ufffd|[\x80-\x9f]")

# The questions a reader finds in the notes, in order (see shared/seeds/README.md).
SEED_TITLES = [
    "Types of data analysis",
    "Where did data analysis help?",
    "Correlation vs Causation in Data Analysis",
    "Velocity in Big Data",
    "Core 5 V’s of Big Data",
    "Vector Similarity Search Typically Relies On",
    "ANN (Approximate Nearest Neighbor) in Vector Databases",
    "Where and when to use vector databases like ChromaDB, Qdrant, and DynamoDB",
    "Vector Database Use Cases",
    "What is Generative AI?",
    "Inventors & Pioneers in AI Fields",
    "Text-to-Image Generation in Generative AI",
    "Deepfake Technology – Explained",
    "What is a GAN?",
    "What is an Autoencoder in Generative AI?",
    "Structured comparison between VAE (Variational Autoencoder) and Diffusion Model",
    "What Does It Mean to Fine-Tune a Model?",
    "What does GPT stand for?",
    "Which generative AI tools are not text-based?",
    "What is Non-Deterministic Output?",
    "What is a Generative Model on Domain Data?",
    "What is SHAP?",
    "What is a GAN?",
    "What is a VAE (Variational Autoencoder)?",
    "Machine Learning Types That Use Labeled Data",
    "Common Algorithms Used for Classification Tasks in Machine Learning",
    "Classification Algorithms in scikit-learn (sklearn)",
    "Metrics Used for Regression Models — and Why They Matter",
    "What is Reinforcement Learning (RL)?",
    "Clustering Algorithms in Machine Learning",
    "What is Deep Learning?",
    "Machine Learning Algorithm for Grouping Similar Data",
    "Which algorithms rank features based on their importance?",
    "Which algorithm learns from the outcome?",
    "Is KNN (K-Nearest Neighbors) a classification algorithm?",
    "What is Instance-Based Learning?",
    "Can throttling be controlled?",
    "What is K-Means Clustering?",
]


@pytest.fixture(scope="module")
def markdown_seed():
    return parse_notes(require(SEED_MARKDOWN))


@pytest.fixture(scope="module")
def rendered_seed():
    return parse_notes(require(SEED_RENDERED))


def test_markdown_seed_gives_the_questions_a_reader_sees(markdown_seed):
    assert markdown_seed.format == "markdown"
    assert [q.title for q in markdown_seed.questions] == SEED_TITLES


def test_both_exports_give_the_same_questions_in_the_same_order(markdown_seed, rendered_seed):
    assert rendered_seed.format == "rendered-text"
    assert [normalize_title(q.title) for q in rendered_seed.questions] == [
        normalize_title(q.title) for q in markdown_seed.questions
    ]
    # The notes are headed "Ai and Ml Questions" (a title-cased file name): acronyms restored
    assert rendered_seed.deck_name == markdown_seed.deck_name == "AI and ML Questions"


@pytest.mark.parametrize("which", ["markdown_seed", "rendered_seed"])
def test_no_mojibake_or_chat_noise_is_left(which, request):
    doc = request.getfixturevalue(which)
    for q in doc.questions:
        assert not MOJIBAKE.search(q.title), q.title
        assert not MOJIBAKE.search(q.answer_markdown), (q.title, MOJIBAKE.search(q.answer_markdown))
        assert len(q.title) <= 120
        assert not re.match(r"(?i)(q\s*\.?\s*\d+|\d+[.)])\s", q.title), q.title
        assert "Would you like" not in q.answer_markdown, q.title
        assert not re.match(r"(Great question|Absolutely!|Perfect!)", q.answer_markdown), q.title


def test_answers_keep_their_structure(markdown_seed):
    by_title = {q.title: q for q in markdown_seed.questions}
    kmeans = by_title["What is K-Means Clustering?"].answer_markdown
    assert "Elbow Method" in kmeans and "```python" in kmeans
    assert "inertia" in kmeans
    analysis = by_title["Types of data analysis"].answer_markdown
    assert "Prescriptive Analysis" in analysis and "| **Descriptive**" in analysis


def test_items_an_emoji_parted_stay_apart_in_both_exports(markdown_seed, rendered_seed):
    """The Markdown export parts the metrics with "<br> 🔸"; the rendered page lost the
    🔸 beyond repair, and its items still read as three, not one run of words."""
    title = "Vector Similarity Search Typically Relies On"
    markdown = next(q for q in markdown_seed.questions if q.title == title).answer_markdown
    rendered = next(q for q in rendered_seed.questions if q.title == title).answer_markdown
    assert "(most common)<br> 🔸 **Euclidean Distance**<br> 🔸 **Dot Product**" in markdown
    assert "Cosine Similarity (most common) · Euclidean Distance · Dot Product |" in rendered
    assert "functions: Cosine Similarity" in rendered  # no mark before the first item


def test_source_lines_point_at_the_question(markdown_seed):
    lines = require(SEED_MARKDOWN).read_text(encoding="utf-8").splitlines()
    for q in markdown_seed.questions:
        assert lines[q.source_line - 1].strip(), q.title


def test_the_default_deck_is_the_seed_repaired_by_our_own_repair_step():
    seed_text = repair.repair_text(textio.read_notes(require(SEED_MARKDOWN)))
    assert default_deck_text() == seed_text, (
        f"resources/decks/{DEFAULT_DECK_FILE} is stale: regenerate it with "
        "`studyapp repair ../shared/seeds/000_a1f178694867faf6.txt --out "
        f"resources/decks/{DEFAULT_DECK_FILE}`"
    )


# --- public interview documents: each gives its hand-counted questions ---------

CORPUS_COUNTS = [
    ("alexeygrigorev__data-science-interviews__theory.md", 166),
    ("alexeygrigorev__data-science-interviews__technical.md", 40),
    ("aishwaryanr__awesome-generative-ai-guide__interview_prep_60_gen_ai_questions.md", 62),
    ("iamtodor__data-science-interview-questions-and-answers__README.md", 33),
]


@pytest.mark.parametrize(("name", "count"), CORPUS_COUNTS)
def test_public_documents_give_their_hand_counted_questions(name, count):
    doc = parse_notes(require(CORPORA / name))
    assert abs(len(doc.questions) - count) <= count * 0.05, len(doc.questions)


def test_sections_of_a_public_document_are_its_topics():
    doc = parse_notes(require(CORPORA / CORPUS_COUNTS[1][0]))
    counts: dict[str, int] = {}
    for q in doc.questions:
        counts[" / ".join(q.topic_path)] = counts.get(" / ".join(q.topic_path), 0) + 1
    assert counts == {"SQL": 11, "Coding (Python)": 14, "Algorithmic Questions": 15}


def test_nested_sections_stay_nested():
    doc = parse_notes(require(CORPORA / CORPUS_COUNTS[2][0]))
    paths = {q.topic_path for q in doc.questions}
    assert any(len(p) == 2 and p[-1] == "Embeddings" for p in paths), paths

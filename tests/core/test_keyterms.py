"""Key terms of model answers (the seed deck's among them) and coverage of typed answers."""

from __future__ import annotations

import pytest

from studyapp.core.importer import default_deck_text, with_topics
from studyapp.core.keyterms import clean_term, coverage, covered, key_terms, ticked_terms
from studyapp.core.parse import parse_text


@pytest.fixture(scope="module")
def seed_answers() -> dict[str, str]:
    """Title → answer Markdown of the bundled deck (the first of a repeated title)."""
    doc = with_topics(parse_text(default_deck_text(), name="AI and ML Questions"))
    answers: dict[str, str] = {}
    for question in doc.questions:
        answers.setdefault(question.title, question.answer_markdown)
    return answers


def folded(terms: list[str]) -> set[str]:
    return {t.casefold() for t in terms}


# --- the seed deck -----------------------------------------------------------------


def test_kmeans_answer_has_its_key_terms(seed_answers):
    terms = key_terms(seed_answers["What is K-Means Clustering?"])
    assert {"k-means", "centroid", "inertia", "elbow method"} <= folded(terms)
    assert len(terms) <= 12


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("What is K-Means Clustering?", {"centroid", "inertia", "elbow method"}),
        ("What is SHAP?", {"shap", "shapley values", "cooperative game theory"}),
        (
            "Clustering Algorithms in Machine Learning",
            {"k-means", "dbscan", "hierarchical clustering", "optics"},
        ),
        ("What is a VAE (Variational Autoencoder)?", {"encoder", "decoder", "kl divergence"}),
        ("What does GPT stand for?", {"generative", "pre-trained", "transformer"}),
    ],
)
def test_seed_answers_include(seed_answers, title, expected):
    assert expected <= folded(key_terms(seed_answers[title]))


# Generic section labels never come out as terms, in any answer of the deck.
GENERIC = {
    "definition",
    "simple definition",
    "example",
    "examples",
    "summary",
    "use cases",
    "interview one-liner",
    "pros & cons",
    "purpose",
    "tools",
    "key concepts",
    "tips",
    "interview line",
}


def test_no_seed_answer_yields_generic_labels_code_or_emoji(seed_answers):
    for title, answer in seed_answers.items():
        terms = key_terms(answer)
        assert len(terms) <= 12, title
        assert not folded(terms) & GENERIC, (title, terms)
        # Comments inside fenced code ("# Load data") are not headings.
        assert not folded(terms) & {"load data", "generate sample data", "apply kmeans"}
        for term in terms:
            assert term == term.strip() and not term.endswith(":"), term
            assert "**" not in term and "`" not in term, term
            assert all(ord(ch) < 0x1F000 for ch in term), term
        assert len(folded(terms)) == len(terms), (title, terms)  # no case duplicates


# --- extraction rules ----------------------------------------------------------------


ANSWER = """\
**Gradient Descent** minimises a **loss function**; see **Gradient descent** again.

### 🧠 Simple Definition (Interview-Ready):

> It steps against the **gradient**.

### 📌 Learning Rate

| Term               | Meaning          |
| ------------------ | ---------------- |
| **Momentum**       | Keeps velocity   |
| Adam               | Adaptive moments |
| 2014               | A year           |

| ✅ Pros      | ⚠️ Cons   |
| ----------- | --------- |
| Simple      | Slow      |

### 🗣 Interview One-Liner:

```python
# Not a heading
x = 1
```

**Example**: **Purpose** **Use Cases**
"""


def test_key_terms_sources_order_and_filters():
    assert key_terms(ANSWER) == [
        "Gradient Descent",
        "loss function",
        "gradient",
        "Learning Rate",
        "Momentum",
        "Adam",
    ]


def test_limit_prefers_short_terms_and_keeps_their_order():
    answer = (
        "**a very long bold phrase here** then **Bias** and **two words** and "
        "**Variance** and **three little words**"
    )
    assert key_terms(answer, limit=3) == ["Bias", "two words", "Variance"]
    assert key_terms(answer, limit=0) == []


def test_a_term_said_often_beats_a_word_bolded_once():
    answer = "**fool** the **critic**. The critic learns; the critic wins. **Zebra**"
    assert key_terms(answer, limit=1) == ["critic"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("🧠 **Centroid**:", "Centroid"),
        ("2. **Diagnostic Analysis**", "Diagnostic Analysis"),
        ("`sklearn`", "sklearn"),
        ("[FAISS](https://example.com)", "FAISS"),
        ("Bonus: **Exploratory Data Analysis (EDA)**", "Exploratory Data Analysis (EDA)"),
        ("Gradient Boosting (e.g., XGBoost)", "Gradient Boosting"),
        ("“fake”", "fake"),
        ("🛡️ Security", "Security"),
    ],
)
def test_clean_term(raw, clean):
    assert clean_term(raw) == clean


def test_names_in_parentheses_count_as_repeats():
    answer = (
        "**GAN (Generative Adversarial Network)** … **Generative Adversarial Network** … **GAN**"
    )
    assert key_terms(answer) == ["GAN (Generative Adversarial Network)"]


# --- coverage ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "term", "expected"),
    [
        ("Centroids", "centroid", True),
        ("centroid", "Centroids", True),
        ("elbow-method", "Elbow Method", True),
        ("use the ELBOW method", "Elbow Method", True),
        ("k means", "K-Means", True),
        ("kmeans", "K-Means", True),
        ("k-mean clustering", "KMeans", True),
        ("the method of the elbow", "Elbow Method", True),  # all significant words
        ("biases", "bias", True),
        ("classes", "class", True),
        ("GMM", "Gaussian Mixture Models (GMM)", True),
        ("gaussian mixture model", "Gaussian Mixture Models (GMM)", True),
        ("naïve bayes", "Naive Bayes", True),
        ("pre trained", "Pre-trained", True),
        ("elbow", "Elbow Method", False),
        ("means", "K-Means", False),
        ("centre", "centroid", False),
        ("", "centroid", False),
        ("said", "AI", False),  # no substring matches
    ],
)
def test_covered(typed, term, expected):
    assert covered(term, typed) is expected


def test_ticked_terms_and_coverage():
    terms = ["Centroid", "Inertia", "Elbow Method", "K-Means"]
    ticks = ticked_terms(terms, "Pick k with the elbow method; k-means moves centroids.")
    assert ticks == [True, False, True, True]
    assert coverage(terms, ticks) == 0.75
    assert coverage(terms, {"centroid", "INERTIA"}) == 0.5
    assert coverage(terms, []) == 0.0
    assert coverage([], []) == 0.0
    with pytest.raises(ValueError):
        coverage(terms, [True])

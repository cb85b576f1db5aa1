"""Splitting notes into questions: formats, boundaries, titles, chat noise."""

from __future__ import annotations

import textwrap
import unicodedata

import pytest

from studyapp.core.parse import detect_format, parse_text


def parse(md: str, **kwargs):
    return parse_text(textwrap.dedent(md).lstrip("\n"), **kwargs)


def titles(md: str, **kwargs) -> list[str]:
    return [q.title for q in parse(md, **kwargs).questions]


# --- the ways public interview documents mark a question -----------------------

FORMATS = [
    pytest.param(
        """
        # Quiz
        ## 1. What is overfitting?
        A model that learns noise.
        ### Why it happens
        Too many parameters.
        ## 2. What is underfitting?
        Too simple a model.
        """,
        ["What is overfitting?", "What is underfitting?"],
        id="numbered-headings-with-sub-headings",
    ),
    pytest.param(
        """
        #### 1) What is bagging?
        Bootstrap aggregating.

        #### 2) What is boosting?
        Sequential weak learners.
        """,
        ["What is bagging?", "What is boosting?"],
        id="heading-number-paren",
    ),
    pytest.param(
        """
        ## Basics

        **What is a feature? 👶**

        An input variable.

        **Bias** is not a question, it is an answer paragraph.

        **What is a label? ⭐️**

        The target.

        **Why scale features? 🚀**

        Gradient descent converges faster.
        """,
        ["What is a feature?", "What is a label?", "Why scale features?"],
        id="bold-paragraphs",
    ),
    pytest.param(
        """
        ## SQL

        **1)** The number of active ads.

        ```sql
        # not a heading
        SELECT count(*) FROM ads;
        ```

        **2) Factorial**. Calculate a factorial.

        **3)** Mean of a list.
        """,
        ["The number of active ads.", "Factorial. Calculate a factorial.", "Mean of a list."],
        id="bold-numbers",
    ),
    pytest.param(
        """
        ## Models

        1. **What is a GAN?**
        - Answer:
            A generator and a discriminator.
            1. not a question
            2. nor this

        ---

        2. What is a VAE?
        - Answer:
            An autoencoder with a latent distribution.

        ---

        **3.** What is diffusion?
        - Answer:
            Denoising steps.
        """,
        ["What is a GAN?", "What is a VAE?", "What is diffusion?"],
        id="numbered-with-answer",
    ),
    pytest.param(
        """
        ## Quiz

        <details><summary>What is PCA?</summary>
        Principal component analysis.
        </details>

        <details><summary>What is t-SNE?</summary>
        A non-linear embedding.
        </details>

        <details><summary>What is UMAP?</summary>
        Uniform manifold approximation.
        </details>
        """,
        ["What is PCA?", "What is t-SNE?", "What is UMAP?"],
        id="details-summary",
    ),
]


@pytest.mark.parametrize(("md", "expected"), FORMATS)
def test_each_public_format_gives_its_questions(md, expected):
    assert titles(md) == expected


def test_table_of_contents_is_not_questions():
    doc = parse(
        """
        # Interview questions
        - [1. Why feature selection?](#1-why)
        - [2. What is L1?](#2-what)

        ## 1. Why feature selection?
        Fewer, better features.
        ## 2. What is L1?
        The absolute-value penalty.
        """
    )
    assert [q.title for q in doc.questions] == ["Why feature selection?", "What is L1?"]


def test_answers_keep_their_sub_headings_lists_and_tables():
    doc = parse(
        """
        ### Q1. Types of data analysis
        Intro.
        ### **2. Diagnostic Analysis**
        Why did it happen?
        | Type | Purpose |
        |---|---|
        | Descriptive | What happened? |
        ### Q2. Where did it help?
        Churn.
        """
    )
    assert [q.title for q in doc.questions] == ["Types of data analysis", "Where did it help?"]
    first = doc.questions[0].answer_markdown
    assert "Diagnostic Analysis" in first and "| Descriptive |" in first


def test_code_fences_are_opaque():
    doc = parse(
        """
        ## 1. How do you load data?
        ```python
        # Load data
        X = load()
        # Fit model
        ```
        ## 2. How do you fit?
        Call fit.
        """
    )
    assert len(doc.questions) == 2
    assert "# Fit model" in doc.questions[0].answer_markdown


def test_a_heading_restated_below_itself_is_one_question():
    doc = parse(
        """
        ### What is Generative AI?
        ### 🤖 What is **Generative AI**?
        Generative AI creates new content.
        """
    )
    assert [q.title for q in doc.questions] == ["What is Generative AI?"]
    assert "creates new content" in doc.questions[0].answer_markdown


CHAT = """
### Q1. What is SHAP?
Great question!

SHAP explains predictions with **Shapley values**.

---

Would you like:

* A code example?
* A plot?

Yes, **KNN (K-Nearest Neighbors)** is a **classification algorithm** — though it can also do regression.

### What is KNN?
It looks at the nearest labelled points.

Would you like a demo?

If you're looking for **algorithms that rank features based on their importance**, you're referring to feature importance.

Random forests give one.
"""


def test_a_question_can_start_with_a_paragraph_after_a_closing_offer():
    doc = parse(CHAT)
    assert [q.title for q in doc.questions] == [
        "What is SHAP?",
        "Is KNN (K-Nearest Neighbors) a classification algorithm?",
        "Which algorithms rank features based on their importance?",
    ]
    assert [q.source_line for q in doc.questions] == [1, 13, 20]


def test_chat_noise_is_removed_by_default_and_kept_on_request():
    clean = parse(CHAT).questions[0].answer_markdown
    assert "Great question" not in clean and "Would you like" not in clean
    assert "A code example?" not in clean and clean.startswith("SHAP explains")
    raw = parse(CHAT, keep_chat_noise=True).questions[0].answer_markdown
    assert "Great question!" in raw and "Would you like:" in raw


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("### Q1. Types of data analysis", "Types of data analysis"),
        ("### Q.3 Correlation vs Causation", "Correlation vs Causation"),
        (
            "### Q 7. where and when to use vector databases",
            "where and when to use vector databases",  # as its author wrote it
        ),
        ("### 9.  Inventors & Pioneers", "Inventors & Pioneers"),
        ("### Q 10. 🖼️ Text-to-Image Generation", "Text-to-Image Generation"),
        (
            "### 2. Fill in the blank: ___ is a sorting algorithm",
            "Fill in the blank: ___ is a sorting algorithm",
        ),
        (
            "### 3. What does [`map`](https://x.org) return? [[src]](https://x.org)",
            "What does map return?",
        ),
        ("### 4. What is \u202eevil\u200b?", "What is evil?"),
        ("### ✅ Metrics Used for **Regression Models**", "Metrics Used for Regression Models"),
    ],
)
def test_titles_read_as_clean_questions(heading, title):
    assert titles(heading + "\nAnswer text.\n") == [title]


def test_long_titles_stay_whole():
    long = "What is " + "very " * 40 + "long?"
    (title,) = titles(f"## 1. {long}\nYes.\n")
    assert title == long


def test_quiz_options_show_the_right_answer():
    doc = parse(
        """
        ## 1. Which is a tree ensemble?
        - [ ] Linear regression
        - [x] Random forest
        ## 2. Which is unsupervised?
        - [x] K-Means
        - [ ] Logistic regression
        """
    )
    assert "✔ **Random forest**" in doc.questions[0].answer_markdown
    assert "[x]" not in doc.questions[1].answer_markdown


def test_sections_become_topic_paths():
    doc = parse(
        """
        # Deck title
        ## Statistics
        ### 1. What is variance?
        Spread.
        ### 2. What is a p-value?
        Evidence.
        ## Models
        ### 3. What is a tree?
        Splits.
        """
    )
    assert doc.deck_name == "Deck title"
    assert [q.topic_path for q in doc.questions] == [("Statistics",), ("Statistics",), ("Models",)]
    assert doc.has_sections


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("# Title\n\n## Q1. x\nanswer\n", "markdown"),
        ("Title¶\nSection¶\nQ1. x¶\nanswer\nQ2. y¶\nanswer\n", "rendered-text"),
    ],
)
def test_format_is_detected(text, fmt):
    assert detect_format(text) == fmt


def test_rendered_text_export_is_read_like_markdown():
    text = (
        "Notes¶\n"
        "Topic¶\n"
        "Q1. Types of data analysis¶\n"
        "Four types:\n"
        "Type | Purpose |\n"
        "---|---|\n"
        "Descriptive | What happened? |\n"
        "Q2. Where did data analysis help?¶\n"
        "- Churn prediction with\n"
        "sklearn\n"
        "- Pricing\n"
    )
    doc = parse_text(text)
    assert doc.format == "rendered-text"
    assert [q.title for q in doc.questions] == [
        "Types of data analysis",
        "Where did data analysis help?",
    ]
    assert [q.source_line for q in doc.questions] == [3, 8]
    assert "| Descriptive | What happened? |" in doc.questions[0].answer_markdown
    assert "- Churn prediction with sklearn" in doc.questions[1].answer_markdown


def test_titles_hold_no_markdown_or_emoji():
    doc = parse("### Q1. 🤖 What is **SHAP**? ✅\nShapley values.\n")
    (title,) = [q.title for q in doc.questions]
    assert title == "What is SHAP?"
    assert not any(unicodedata.category(c) == "So" for c in title)


def test_long_numbered_documents_keep_every_question():
    md = "".join(f"### {n}. What is concept {n}?\nAnswer {n}.\n\n" for n in range(9998, 10003))
    assert titles(md) == [f"What is concept {n}?" for n in range(9998, 10003)]


def test_short_answers_do_not_swallow_the_next_question():
    doc = parse(
        """
        # Deck
        ## Basics
        ### What is bias?
        Error from assumptions.

        ### What is variance?
        Spread of predictions.
        """
    )
    assert [q.title for q in doc.questions] == ["What is bias?", "What is variance?"]
    assert doc.questions[0].answer_markdown == "Error from assumptions."


def test_the_title_restated_after_an_opener_is_not_repeated_in_the_answer():
    doc = parse(
        """
        ### 1. What is an autoencoder?
        Great question!

        ## 🤖 What is an **Autoencoder**?

        A network that compresses and reconstructs.
        """
    )
    assert doc.questions[0].answer_markdown == "A network that compresses and reconstructs."

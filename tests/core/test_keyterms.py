"""Key points of real answers, and which of them a typed answer says.

The heart of it is a table of real answers (the bundled deck, and the public corpora in
../shared/corpora) with answers typed as a person would in a mock interview (good,
partial, wrong) and the points a fair examiner would tick for each.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from studyapp.core.importer import default_deck_text, parse_notes, with_topics
from studyapp.core.keymatch import Heard, mentions, said, split_point
from studyapp.core.keyterms import (
    DEFAULT_LIMIT,
    clean_term,
    coverage,
    covered,
    key_terms,
    ticked_terms,
)
from studyapp.core.parse import parse_text
from tests.conftest import CORPORA, require


@cache
def _seed_answers() -> dict[str, str]:
    doc = with_topics(parse_text(default_deck_text(), name="AI and ML Questions"))
    answers: dict[str, str] = {}
    for question in doc.questions:
        answers.setdefault(question.title, question.answer_markdown)
    return answers


@cache
def _corpus_answers(name: str) -> dict[str, str]:
    doc = parse_notes(require(CORPORA / name))
    return {q.title: q.answer_markdown for q in doc.questions}


def answer(source: str, title: str) -> str:
    answers = _seed_answers() if source == "seed" else _corpus_answers(source)
    return answers[title]


def folded(terms: list[str]) -> set[str]:
    return {t.casefold() for t in terms}


def ticks(points: list[str], typed: str, question: str = "") -> set[str]:
    return {
        p.casefold()
        for p, tick in zip(points, ticked_terms(points, typed, question), strict=True)
        if tick
    }


THEORY = "alexeygrigorev__data-science-interviews__theory.md"
TODOR = "iamtodor__data-science-interview-questions-and-answers__README.md"
VAE_DIFFUSION = "Structured comparison between VAE (Variational Autoencoder) and Diffusion Model"

# (source, question title, typed answer, points a fair examiner ticks, points left open)
# The points named must be among the answer's key points; the typed answers are written
# as a person types in a hurry (typos, British spelling, hyphens).
EXAMINED = [
    pytest.param(
        "seed",
        VAE_DIFFUSION,
        "A VAE has an encoder and decoder and learns a latent space it samples from; fast "
        "but blurry. Diffusion models start from noise and denoise it step by step: slow "
        "but high-quality, photorealistic images (Stable Diffusion).",
        {"vae (variational autoencoder)", "diffusion models", "encoder", "decoder", "latent space"},
        set(),
        id="vae-vs-diffusion-good",
    ),
    pytest.param(
        "seed",
        VAE_DIFFUSION,
        "Diffusion is the newer one, it makes better pictures.",
        {"diffusion models"},
        {"vae (variational autoencoder)", "encoder", "decoder", "latent space"},
        id="vae-vs-diffusion-partial",
    ),
    pytest.param(
        "seed",
        "What is K-Means Clustering?",
        "K-means picks k clusters, puts each point with its nearest centriod, moves the "
        "centriods to the mean and repeats; inertia tells how tight the clusters are.",
        {"k-means", "centroid", "inertia", "repeat"},
        set(),
        id="kmeans-typos",
    ),
    pytest.param(
        "seed",
        "What is K-Means Clustering?",
        "It is a supervised model that predicts labels with a decision tree.",
        set(),
        {"k-means", "centroid", "inertia"},
        id="kmeans-wrong",
    ),
    pytest.param(
        "seed",
        "What is a GAN?",
        "Two networks: a generator makes fakes and a discriminator tries to tell real from "
        "fake; they're trained adversarially (Goodfellow).",
        {"generator", "discriminator", "adversarially"},
        set(),
        id="gan-good",
    ),
    pytest.param(
        THEORY,
        "What is the bias-variance trade-off?",
        "Too simple a model has high bias and under-fits; too flexible a one has high "
        "variance and over-fits. The trade off: keep both low.",
        {"bias", "variance", "overfitting", "underfitting", "bias-variance trade-off"},
        set(),
        id="bias-variance-hyphens",
    ),
    pytest.param(
        THEORY,
        "How do we check if a variable follows the normal distribution?",
        "Look at skewness and kurtosis, or run a Shapiro Wilk test.",
        {"skewness and kurtosis", "shapiro-wilk"},
        # (the Q-Q plot's name is its step's, "Check for Quantile-Quantile plot": one point)
        {"kolmogorov-smirnov", "check for quantile-quantile plot"},
        id="normality-partial",
    ),
    pytest.param(
        THEORY,
        "What is gradient descent? How does it work?",
        "Gradient descent steps against the gradient until it reaches a minimum.",
        {"gradient descent"},
        set(),
        id="prose-defined-term",
    ),
    pytest.param(
        TODOR,
        "Explain what regularization is and why it is useful.",
        "Regularisation penalises large weights (L1 lasso or L2 ridge) so the model "
        "doesn't overfit.",
        {"regularization", "l1 (lasso)", "l2 (ridge)", "overfitting"},
        set(),
        id="regularisation-spelling",
    ),
]


@pytest.mark.parametrize(("source", "title", "typed", "ticked", "open_"), EXAMINED)
def test_a_fair_examiner_ticks(source, title, typed, ticked, open_):
    # (a point of a glossary is "Name: what it means": named here by its name; a
    # comparison table's cells, "Side: cell", by the cell, as many share the side)
    points = key_terms(answer(source, title))
    parts = [split_point(p) for p in points]
    shared = Counter(name.casefold() for name, _ in parts)
    names = {
        (gloss if gloss and shared[name.casefold()] > 1 else name).casefold(): p.casefold()
        for p, (name, gloss) in zip(points, parts, strict=True)
    }
    assert ticked | open_ <= set(names), points
    said_points = {name for name, p in names.items() if p in ticks(points, typed)}
    assert ticked <= said_points
    assert not open_ & said_points


def test_a_question_that_asks_for_names_is_answered_by_naming_them():
    # Asked "Which models …?", the models named are its answer: the mock asks with the
    # question, and a glossary's points stay names ("Linear Regression"), not "Linear
    # Regression: establishes a linear relationship …" as without the question.
    title = "What is regression? Which models can you use to solve a regression problem?"
    points = key_terms(answer(THEORY, title), question=title)
    typed = (
        "Regression predicts a number. Linear regression fits a line; ridge regression adds "
        "L2 regularisation."
    )
    said_points = ticks(points, typed, title)
    assert {"linear regression", "ridge regression"} <= said_points, points
    assert not {"polynomial regression", "lasso regression"} & said_points
    assert {"polynomial regression", "lasso regression"} <= folded(points)


@pytest.mark.parametrize(
    ("title", "typed", "at_least", "at_most"),
    [
        (VAE_DIFFUSION, EXAMINED[0].values[2], 0.6, 1.0),
        (VAE_DIFFUSION, "Diffusion is the newer one, it makes better pictures.", 0.0, 0.3),
        (VAE_DIFFUSION, "I don't know, something about neural networks.", 0.0, 0.0),
    ],
)
def test_a_correct_comparison_scores_well_and_a_wrong_one_badly(title, typed, at_least, at_most):
    # The case: a correct answer on VAE vs diffusion scored 17 % when the points
    # were the comparison table's aspect labels.
    points = key_terms(answer("seed", title))
    share = coverage(points, ticked_terms(points, typed))
    assert at_least <= share <= at_most, (points, share)


# Aspect labels of comparison tables and section labels are never key points.
LABELS = {
    "visual metaphor",
    "core idea",
    "architecture",
    "purpose",
    "training objective",
    "sampling process",
    "summary table",
    "when to use what",
    "definition",
    "simple definition",
    "example",
    "examples",
    "summary",
    "use cases",
    "interview one-liner",
    "pros & cons",
    "key concepts",
}


def test_no_answer_of_the_deck_yields_labels_code_emoji_or_too_many_points():
    answers = _seed_answers()
    assert len(answers) >= 30  # the default deck's answers, not an empty loop
    for title, markdown in answers.items():
        points = key_terms(markdown)
        assert 0 < len(points) <= DEFAULT_LIMIT, title
        assert not folded(points) & LABELS, (title, points)
        assert not folded(points) & {"load data", "generate sample data", "apply kmeans"}
        for point in points:
            assert point == point.strip() and not point.endswith((":", "?")), point
            assert "**" not in point and "`" not in point, point
            assert all(ord(ch) < 0x1F000 for ch in point), point
            # a phrase a person would say; a glossary's entry, a short name and one
            # clause of what it means ("Isolation: concurrent transactions do not see …")
            name, meaning = split_point(point)
            assert len(point.split()) <= 8 or (
                len(name.split()) <= 3 and len(meaning.split()) <= 10
            ), point
        assert len(folded(points)) == len(points), (title, points)


def test_prose_answers_have_points_too():
    answers = _corpus_answers(THEORY)
    prose = [
        "What is supervised machine learning?",
        "What is gradient descent? How does it work?",
        "What is the normal equation?",
        "What is linear regression? When do we use it?",
    ]
    for title in prose:
        assert "**" not in answers[title]
        assert key_terms(answers[title]), title
    assert "supervised learning" in folded(key_terms(answers[prose[0]]))
    assert "normal equations" in folded(key_terms(answers[prose[2]]))


# --- extraction rules on written answers ---------------------------------------------


def test_a_comparison_table_gives_the_things_compared_not_its_aspects():
    markdown = """\
| Aspect | **Bagging** | **Boosting** |
| --- | --- | --- |
| Training | parallel, independent trees | sequential, each fixes the last |
| Goal | lower variance | lower bias |
| Example | Random Forest | XGBoost |
"""
    points = folded(key_terms(markdown))
    assert {"bagging", "boosting"} <= points
    assert not points & {"aspect", "training", "goal", "example"}


def test_a_glossary_table_gives_its_row_heads_not_its_column_labels():
    markdown = """\
| Term | Meaning |
| --- | --- |
| Precision | share of predicted positives that are right |
| Recall | share of actual positives found |
"""
    assert key_terms(markdown) == ["Precision", "Recall"]


def test_list_items_give_their_lead_phrases():
    markdown = """\
Ways to fight overfitting:

- Dropout: switch off random units while training.
- **Early stopping** – stop when validation loss rises.
- Weight decay - an L2 penalty on the weights.
- Collect more data, which is the best fix when you can.
"""
    # (each with what it says of its lead, a glossary's entry, marked or not)
    points = folded([split_point(p)[0] for p in key_terms(markdown)])
    assert {"dropout", "early stopping", "weight decay"} <= points


def test_prose_gives_defined_terms_and_named_methods():
    markdown = (
        "Principal component analysis is a linear method that projects the data onto the "
        "directions of largest variance. It is computed with Singular Value Decomposition "
        "(SVD) of the centred data matrix.\n\n"
        "The variance kept by each direction falls quickly, so a few directions keep most "
        "of the variance."
    )
    points = folded(key_terms(markdown))
    assert "principal component analysis" in points
    assert "singular value decomposition (svd)" in points


def test_section_label_headings_are_not_points():
    markdown = """\
### 🧠 Simple Definition (Interview-Ready):
**Attention** weighs every token against every other.
### 🎨 Visual Metaphor
A spotlight.
### Self-Attention
### Types of Attention
"""
    points = folded(key_terms(markdown))
    assert points == {"attention", "self-attention"}


def test_limit_keeps_the_most_marked_points_in_answer_order():
    markdown = (
        "**critic** **fool** **zebra** **yak** **gnu**. The critic learns; the critic "
        "wins; the critic again."
    )
    assert key_terms(markdown, limit=2) == ["critic", "fool"]
    assert key_terms(markdown, limit=0) == []


def test_names_in_parentheses_are_one_point():
    markdown = (
        "**GAN (Generative Adversarial Network)** … **Generative Adversarial Network** … **GAN**"
    )
    assert key_terms(markdown) == ["GAN (Generative Adversarial Network)"]


def test_html_bold_and_list_items_count_as_structure():
    markdown = (
        "<ul><li><b>Hoisting</b> moves declarations up</li><li><b>Closures</b> keep scope</li></ul>"
    )
    # (a glossary: each name with what the item says of it)
    assert key_terms(markdown) == ["Hoisting: moves declarations up", "Closures: keep scope"]


def test_links_in_a_sentence_mark_terms_but_reference_lists_do_not():
    markdown = (
        "Regularization prevents [overfitting](https://example.org/o) by adding a penalty.\n\n"
        "#### Additional links\n\n"
        "- [MDN docs for closures](https://example.org/c)\n"
        '- <a href="https://example.org/r"><b>React Docs ❱❱❱</b></a>\n'
        "- [[c-regularization]]\n"
    )
    points = folded(key_terms(markdown))
    assert "overfitting" in points
    assert not {p for p in points if "docs" in p or "[[" in p}


def test_bold_that_talks_to_the_reader_is_emphasis():
    markdown = "**It’s completely fine** to mutate what **you’ve created**. Use **useState**."
    assert key_terms(markdown) == ["useState"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("🧠 **Centroid**:", "Centroid"),
        ("2. **Diagnostic Analysis**", "Diagnostic Analysis"),
        ("`sklearn`", "sklearn"),
        ("[FAISS](https://example.com)", "FAISS"),
        ("Bonus: **Exploratory Data Analysis (EDA)**", "Exploratory Data Analysis (EDA)"),
        ("Gradient Boosting (e.g., XGBoost)", "Gradient Boosting"),
        ("No correlation (consecutive errors in time series data)", "No correlation"),
        ("“fake”", "fake"),
        ("Chunk documents (e.g", "Chunk documents"),  # a remark cut off by the bold
    ],
)
def test_clean_term(raw, clean):
    assert clean_term(raw) == clean


# --- matching --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "point", "expected"),
    [
        ("Centroids", "centroid", True),
        ("the centriod moves", "Centroid", True),  # a small typo
        ("regularisation", "Regularization", True),  # British spelling
        ("we normalise", "normalization", True),
        ("it over-fits", "Overfitting", True),  # hyphenated and inflected
        ("over fitting", "overfitting", True),
        ("elbow-method", "Elbow Method", True),
        ("k means", "K-Means", True),
        ("kmeans", "K-Means", True),
        ("GMM", "Gaussian Mixture Models (GMM)", True),
        ("a gaussian mixture model", "Gaussian Mixture Models (GMM)", True),
        ("naïve bayes", "Naive Bayes", True),
        ("mixture of gaussians is a model", "Gaussian Mixture Models", True),  # any order
        ("encoding the input", "encoder", True),
        # near each other, not anywhere
        ("a random pick. " + "filler " * 12 + "a forest", "Random Forest", False),
        ("a forest of random trees", "Random Forest", True),
        # words that merely look alike are other words
        ("precision", "decision", False),
        ("images", "Imagen", False),
        ("less", "loss", False),
        ("model", "modal", False),
        ("the elbow", "Elbow Method", True),  # a generic head noun may go unsaid
        ("diffusion", "Diffusion Models", True),
        ("gradient", "Gradient Descent", False),
        ("means", "K-Means", False),
        ("", "centroid", False),
        ("said", "AI", False),
        # "vast" and "massive" are "big" (the sample deck's GPT answer: "Initially trained
        # on vast amounts of data", said "pretrained on a big corpus of books …")
        (
            "pretrained on a big corpus of books and web pages",
            "Pre-trained: Initially trained on vast amounts of data",
            True,
        ),
        ("it needs huge clusters", "needs massive clusters", True),
        ("it needs tiny clusters", "needs massive clusters", False),
        # "twice", "several times", "more than once" say "multiple times"
        (
            "the same prompt twice can give a different result each time",
            "running the same input multiple times can produce different results",
            True,
        ),
        ("the job ran more than once", "job runs multiple times", True),
    ],
)
def test_said(typed, point, expected):
    assert said(point, typed) is expected


def test_a_long_name_may_lose_one_word():
    assert said("Stochastic Gradient Descent with Momentum", "gradient descent with momentum")
    assert not said("Stochastic Gradient Descent with Momentum", "momentum")


def test_mentions_count_each_place_a_point_is_said():
    heard = Heard.of("The critic learns. A critic wins. Critics again; cynics aside.")
    assert mentions("critic", heard) == 3


def test_ticks_and_coverage():
    points = ["Centroid", "Inertia", "Elbow Method", "K-Means"]
    ticked = ticked_terms(points, "Pick k with the elbow method; k-means moves centriods.")
    assert ticked == [True, False, True, True]
    assert coverage(points, ticked) == 0.75
    assert coverage(points, {"centroid", "INERTIA"}) == 0.5
    assert coverage(points, []) == 0.0
    assert coverage([], []) == 0.0
    with pytest.raises(ValueError):
        coverage(points, [True])


def test_words_the_question_names_need_not_be_said_again():
    question = "What are the kinds of database index?"
    typed = "Indexes come as B-tree, hash and bitmap."
    assert covered("Hash Index", typed, question)  # "index" is the question's own word
    assert covered("Bitmap Index", typed, question)
    assert not covered("GiST Index", typed, question)  # its own word is not said
    assert not covered("Bitmap Index", "Indexes come as B-tree and hash.", question)
    # Without the question, a point is said whole, as before.
    assert not covered("Bitmap Index", typed)


def test_points_that_only_name_what_is_asked_are_left_out():
    answer = (
        "A **VAE** (Variational Autoencoder) learns a latent distribution.\n\n"
        "- **Encoder**: maps the input to a mean and a variance.\n"
        "- **Decoder**: rebuilds the input from a sample.\n"
        "- **KL divergence**: keeps the latent space smooth.\n"
    )
    assert "VAE" in key_terms(answer)
    points = key_terms(answer, question="What is a VAE?")
    # (the list is a glossary: its points are the names with what each does)
    assert "VAE" not in points
    assert {"Encoder", "Decoder", "KL divergence"} <= {split_point(p)[0] for p in points}
    assert "Encoder: maps the input to a mean and a variance" in points
    spelled = "**Generative Adversarial Networks** pit a **Generator** against a **Critic**.\n"
    assert key_terms(spelled, question="How are GANs trained?") == ["Generator", "Critic"]


def test_the_names_of_a_series_are_points_each():
    assert key_terms(
        "The four guarantees: Atomicity, Consistency, Isolation and Durability.",
        question="What does ACID stand for?",
    ) == ["Atomicity", "Consistency", "Isolation", "Durability"]
    points = key_terms("Stored as JSON, YAML, TOML, each parsed at start.", question="Config?")
    assert points[:3] == ["JSON", "YAML", "TOML"]


def test_a_correct_answer_to_a_one_sentence_answer_is_not_scored_zero():
    # The only point used to be a name the answer mentions in passing ("CPython"): a
    # correct answer in other words covered none of it.
    model = (
        "The Global Interpreter Lock: only one thread runs Python bytecode at a time in CPython."
    )
    points = key_terms(model, question="What is the GIL?")
    assert len(points) >= 2
    typed = "A mutex so that only one thread runs Python bytecode at a time; no parallel threads."
    assert coverage(points, ticked_terms(points, typed, "What is the GIL?")) >= 0.5
    # A fresh short answer of the same kind: a point per clause, none restating the question.
    model = "A process has its own memory space; threads share the memory of their process."
    points = key_terms(model, question="Process vs thread?")
    assert len(points) >= 2 and not any(p.casefold() == "process" for p in points)
    assert key_terms("Yes.") == []  # nothing to say: no point


def test_a_setting_and_its_value_name_the_setting():
    answer = (
        "Sampling makes it vary.\n\n### How to control it\n\n"
        "* **Temperature = 0** → always the likeliest token.\n"
        "* **top_k = 1** does the same.\n"
    )
    points = key_terms(answer, question="What is non-deterministic output?")
    assert "Temperature" in points and "top_k" in points
    assert not any("=" in p for p in points)


def test_examples_rank_below_what_the_answer_explains():
    answer = (
        "A **message queue** decouples **producers** from **consumers**: messages wait"
        " until a consumer **acknowledges** them.\n\n"
        "### How it works\n\n- **Durable queues** survive a restart.\n"
        "- **Dead-letter queues** keep what failed.\n\n"
        "### Examples\n\n" + "".join(f"- **Product{n}**: a broker.\n" for n in "ABCDEFGH")
    )
    points = key_terms(answer, question="What is a message queue?", limit=6)
    names = {split_point(p)[0] for p in points}  # ("Durable queues: survive a restart")
    assert {"producers", "consumers", "Durable queues"} <= names
    # (said only in its condition, "acknowledges" is a point with its claim, core.keyclaims)
    assert any("until a consumer acknowledges" in p for p in points), points
    assert sum(p.startswith("Product") for p in points) <= 2


def test_an_answer_with_no_marked_point_stays_unscored_and_a_long_one_gets_no_fragments():
    # A correct answer must not score 0 % against fragments ("encryption whereas
    # encryption", "Useful resources") where there used to be no point to score.
    links = "Useful resources:\n\n- [find(1)](https://man7.org/find)\n"
    # (a command the answer opens with is its substance, its point: round 39)
    command = "```bash\nfind / -type f -size +20M\n```\n\n"
    assert key_terms(command + links) == ["find / -type f -size +20M"]
    long_prose = " ".join(
        f"Hashing maps input {n} to a fixed digest whereas encryption can be reversed with a key."
        for n in range(6)
    )
    points = key_terms(long_prose, question="Encryption vs hashing?")
    assert not any("whereas" in p for p in points)


def test_a_question_that_asks_for_the_use_cases_keeps_them_as_points():
    answer = (
        "Redis is an in-memory **key-value store**.\n\n### Use Cases\n\n"
        + "".join(f"- **{case}**\n" for case in ("Caching", "Session storage", "Rate limiting"))
        + "\n### Data structures\n\n"
        + "".join(f"- **{kind}**\n" for kind in ("Strings", "Hashes", "Sets", "Streams"))
        + "\n### Persistence\n\n- **RDB snapshots** and the **AOF log**\n"
    )
    asked = key_terms(answer, question="What are the common use cases of Redis?", limit=6)
    assert {"Caching", "Session storage", "Rate limiting"} <= set(asked)
    typed = "Caching, session storage and rate limiting."
    assert coverage(asked, ticked_terms(asked, typed)) >= 0.5


@pytest.mark.parametrize(
    ("question", "answer", "good", "poor"),
    [
        (
            "Explain the different types of JOINs (INNER, LEFT, RIGHT, FULL OUTER) and"
            " when you would use each one?",
            "- **INNER JOIN**: only matching rows in both tables.\n"
            "- **LEFT JOIN**: all rows of the left table, NULLs where the right has no match.\n"
            "- **RIGHT JOIN**: the mirror of LEFT.\n"
            "- **FULL OUTER JOIN**: all rows of both, NULLs where either side is missing.\n",
            "Inner join keeps only the matching rows; left join keeps all rows of the left"
            " table; right join is its mirror; full outer keeps both sides.",
            "A join combines tables.",
        ),
    ],
    ids=["joins"],
)
def test_points_the_question_already_names_become_what_the_answer_says_of_them(
    question, answer, good, poor
):
    """A question that lists the kinds it asks about: the answer's bold leads only
    repeat it, so they were all dropped and the mock said "no key terms in this
    answer". What each item says of its kind is the point instead, and a good answer
    then covers more of them than a poor one."""
    terms = key_terms(answer, question=question)
    assert len(terms) >= 2
    assert sum(ticked_terms(terms, good, question)) == len(terms)
    assert sum(ticked_terms(terms, poor, question)) == 0


def test_a_point_rewritten_from_what_the_answer_says_is_not_another_point_again():
    question = "What are the INNER, LEFT, RIGHT and FULL OUTER joins?"
    answer = (
        "- **INNER JOIN**: only **matching rows** from both tables.\n"
        "- **LEFT JOIN**: every row of the left table, with **matching rows** of the right"
        " or NULLs.\n"
        "- **RIGHT JOIN**: the mirror of a left join.\n"
        "- **FULL OUTER JOIN**: every row of both tables, NULLs where no match.\n"
    )
    terms = key_terms(answer, question=question)
    assert terms and len(terms) == len({t.casefold() for t in terms})


@pytest.mark.parametrize(
    ("question", "markdown", "asked", "foil", "typed"),
    [
        (
            "What does it mean to fine-tune a model?",
            "### Why fine-tune instead of train from scratch?\n\n"
            "| Feature | Train from Scratch | Fine-Tuning |\n| --- | --- | --- |\n"
            "| Training time | Long | Shorter |\n| Data needed | **Huge** dataset | Small |\n",
            "fine-tuning",
            "train from scratch",
            "Training from scratch with random weights on your data.",
        ),
        (
            "What is a B-tree index?",
            "| Aspect | B-tree | Hash index |\n| --- | --- | --- |\n"
            "| Lookups | range and equality | **equality only** |\n"
            "| Order | sorted keys | no order |\n",
            "b-tree",
            "hash index",
            "A hash index: it hashes values into buckets.",
        ),
    ],
)
def test_what_a_table_sets_against_the_asked_thing_is_no_point_of_it(
    question, markdown, asked, foil, typed
):
    # (the sample deck's fine-tuning and autoencoder answers: an answer about the other
    # thing, "training from scratch", "a GAN", earned its name and its cells)
    points = key_terms(markdown, question=question)
    assert not any(foil in p.casefold() for p in points), points
    assert any(p.casefold().startswith(asked) for p in points), points
    assert not ticks(points, typed, question)
    # a question that names both keeps both sides
    both = folded(key_terms(markdown, question=f"{asked} versus {foil}?"))
    assert any(foil in p for p in both), both


@pytest.mark.parametrize(
    ("markdown", "point"),
    [
        (
            "* **Temperature = 0** → Makes output deterministic (always same result).\n"
            "* **Seed** → Fixing the seed ensures repeatability.\n",
            "Temperature: Makes output deterministic",
        ),
        (
            "* **Index** → Lets queries skip the full table scan.\n"
            "* **Vacuum** → Reclaims space from dead rows.\n",
            "Index: Lets queries skip",
        ),
    ],
)
def test_a_gloss_keeps_the_verb_that_makes_its_object_something(markdown, point):
    # ("Temperature: output deterministic" was a noun and its state, no clause)
    points = key_terms(markdown, question="How do you control it?")
    assert any(p.startswith(point) for p in points), points


def test_what_the_answer_marks_as_the_asked_thing_ranks_above_its_detail():
    # (the sample deck's fine-tuning answer: "**Fine-tuning** is the process of **taking a
    # pre-trained model** and **training it further on a new (usually smaller)
    # dataset** …" lost its definition to eight tips and steps)
    fine_tuning = answer("seed", "What Does It Mean to Fine-Tune a Model?")
    points = key_terms(fine_tuning, question="What Does It Mean to Fine-Tune a Model?")
    assert "taking a pre-trained model" in points
    assert "training it further on a new dataset" in points  # (a long mark, whole)
    cdn = (
        "A **CDN** is a **network of many edge servers** that **keep copies of static files"
        " near the users**.\n\n"
    )
    cdn += "### Setup\n\n" + "".join(
        f"* **{name}** {said}.\n"
        for name, said in [
            ("Cache headers", "decide what is cached"),
            ("Purge rules", "drop stale files"),
            ("Origin shield", "protects the origin"),
            ("Edge TLS", "ends the handshake near the user"),
            ("Brotli compression", "shrinks responses"),
            ("Image resizing", "happens at the edge"),
            ("Signed URLs", "guard private files"),
            ("Access logs", "show hit ratios"),
            ("Geo blocking", "refuses some countries"),
        ]
    )
    points = key_terms(cdn, question="What is a CDN?")
    assert "network of many edge servers" in points
    assert "keep copies of static files near the users" in points


def test_a_footnote_is_no_key_point_and_its_number_no_part_of_one():
    """A vault's "in parallel[^1]" with "[^1]: Vaswani et al." gave the point "…in
    parallel[^1]"; a source under the answer is nothing to say in an interview."""
    points = key_terms(
        "Heads look at different subspaces in parallel[^1]; their outputs are joined.\n\n"
        "[^1]: Vaswani et al. 2017, section 3.2\n"
        "    with the figure on page 5\n\n"
        "Cost stays that of one head[^cost].\n\n"
        "[^cost]: Because each head is smaller.\n"
    )
    said = " ".join(points)
    assert "[^" not in said and "Vaswani" not in said and "figure" not in said
    assert any("in parallel" in p for p in points)
    assert any("one head" in p for p in points)
    # A regular expression's class is text, not a footnote's number.
    assert any("[^0-9]" in p for p in key_terms("A class like [^0-9] matches any non-digit."))


@pytest.mark.parametrize(
    "answer, kept",
    [
        (  # a list item opening with code that holds colons: no "name: gloss" in it
            "- `items[::-1]` returns a reversed copy\n- `items.reverse()` reverses in place",
            "items[::-1] returns a reversed copy",
        ),
        (  # a sentence's code: no "stray marks" run in it
            "Slicing with `xs[::2]` keeps every second item of the list.\n\n"
            "Slicing never changes the list itself.",
            "xs[::2]",
        ),
        ("A `std::vector` grows by doubling; a `std::list` links its nodes.", "std::vector"),
    ],
)
def test_code_with_colons_stays_whole_in_a_point(answer, kept):
    """A reviewer of the mock's feedback: "`items[::-1]` returns a reversed copy" gave
    the point "items[", and in a sentence "items[:-1]", which says another thing."""
    points = key_terms(answer, question="How do you reverse a list in Python?")
    assert any(kept in p for p in points), points
    assert not any(p.endswith("[") for p in points)


@pytest.mark.parametrize(
    "answer, point, typed",
    [
        (  # the finding's wording ("so none can proceed")
            "A deadlock is when two or more threads each hold a lock the other needs,"
            " so none can proceed.",
            "none can proceed",
            "so none can proceed",
        ),
        (  # new wording of the same kind: another link word, another subject
            "Two replicas each wait for the other's vote, thus neither commits.",
            "neither commits",
            "They wait, thus neither commits.",
        ),
        (
            "Each process holds what the other wants, hence nobody progresses.",
            "nobody progresses",
            "hence nobody progresses",
        ),
    ],
)
def test_a_link_word_before_a_points_subject_still_says_it(answer, point, typed):
    """A tester of the mock's feedback: "so none can proceed" did not tick "none can
    proceed". A word that links a clause to the one before ("so", "thus", "because") was
    read as naming another kind of the point's subject (as "*origin* server" does)."""
    assert ticked_terms([point], typed, "What is a deadlock?", answer) == [True]


@pytest.mark.parametrize(
    "question, answer, right, wrong",
    [
        (  # the finding's card
            "How do you undo the last commit but keep its changes?",
            "`git reset --soft HEAD~1`: the commit is undone and its changes stay staged.",
            "git reset --soft HEAD~1, the changes stay staged",
            "git reset --hard HEAD~1, the commit is undone and its changes are discarded",
        ),
        (  # new wording of the same kind: another command, its option swapped
            "How do you push a rebased branch without clobbering a teammate's work?",
            "`git push --force-with-lease origin main`: it refuses when the remote moved.",
            "git push --force-with-lease origin main",
            "git push --force origin main, it overwrites whatever the remote has",
        ),
    ],
)
def test_a_command_point_is_not_ticked_by_another_option(question, answer, right, wrong):
    """A tester of the mock's feedback: a wrong answer, `git reset --hard HEAD~1`,
    ticked the point "git reset --soft HEAD~1" (its words but one). A point that is
    wholly the answer's inline code is said by that code, as a code point is."""
    points = key_terms(answer, question=question)
    command = next(p for p in points if p == answer.split("`")[1])
    assert ticked_terms([command], right, question, answer) == [True]
    assert ticked_terms([command], wrong, question, answer) == [False]

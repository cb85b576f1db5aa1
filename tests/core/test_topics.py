"""Topic assignment: own headings where they sort the notes, else the bundled taxonomy."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion, StudyAppError
from studyapp.core.topics import (
    Taxonomy,
    assign_topics,
    classify,
    default_taxonomy,
    load_taxonomy,
)
from tests.conftest import SEED_MARKDOWN, require

GENERATIVE = "Generative Models"
LLM = "LLMs & NLP"
CLUSTERING = "Clustering & Unsupervised Learning"
SUPERVISED = "Supervised Learning & Classification"
EXPLAIN = "Explainability & Feature Importance"

# (title, answer snippet, expected topic): interview questions as the notes
# phrase them, the answers trimmed to a few telling lines.
CLASSIFY_CASES = [
    (
        "Types of data analysis",
        "Descriptive, diagnostic, predictive and prescriptive analysis; EDA first.",
        "Data Analysis & Statistics",
    ),
    (
        "Correlation vs Causation in Data Analysis",
        "Correlation measures association; causation needs an experiment or A/B test.",
        "Data Analysis & Statistics",
    ),
    (
        "Velocity in Big Data",
        "The speed at which data arrives: streaming data through Kafka and Spark.",
        "Big Data & Data Engineering",
    ),
    (
        "Core 5 V's of Big Data",
        "Volume, Velocity, Variety, Veracity and Value.",
        "Big Data & Data Engineering",
    ),
    (
        "ANN (Approximate Nearest Neighbor) in Vector Databases",
        "HNSW and FAISS trade a little recall for fast similarity search over embeddings.",
        "Vector Databases & Search",
    ),
    (
        "What is a GAN?",
        "A generator and a discriminator compete until fakes look real.",
        GENERATIVE,
    ),
    (
        "Structured comparison between VAE (Variational Autoencoder) and Diffusion Model",
        "A VAE samples a latent space; diffusion models learn to reverse added noise.",
        GENERATIVE,
    ),
    (
        "Deepfake Technology – Explained",
        "Face swaps built with GANs and autoencoders; detection relies on artefacts.",
        GENERATIVE,
    ),
    (
        # The answer names GANs, GPT, BERT, CNNs and backpropagation: the title decides.
        "Inventors & Pioneers in AI Fields",
        "John McCarthy coined AI; Hinton, LeCun and Bengio: deep learning, CNNs, "
        "backpropagation; Ian Goodfellow invented GANs (generative adversarial "
        "networks); Radford: GPT; Devlin: BERT, transformer-based NLP; diffusion models.",
        "AI History & Pioneers",
    ),
    (
        "What does GPT stand for?",
        "Generative Pre-trained Transformer: a language model pre-trained on text.",
        LLM,
    ),
    (
        "What is non-deterministic output?",
        "The same prompt gives different output; temperature and top-p sampling.",
        LLM,
    ),
    (
        "What does it mean to fine-tune a model?",
        "Start from a pre-trained BERT and keep training on your own labelled data.",
        LLM,
    ),
    (
        "What is SHAP?",
        "SHapley Additive exPlanations: each feature's contribution to one prediction.",
        EXPLAIN,
    ),
    (
        "Algorithms That Rank Features Based on Importance",
        "Random forests expose feature importance; permutation importance; RFE.",
        EXPLAIN,
    ),
    (
        "Is KNN a classification algorithm?",
        "Yes: k-nearest neighbours classifies a point by a vote of its neighbours.",
        SUPERVISED,
    ),
    (
        "What is Instance-Based Learning?",
        "Lazy learning: the model stores the training examples, as KNN does.",
        SUPERVISED,
    ),
    (
        "Metrics Used for Regression Models",
        "MSE, RMSE, MAE and R-squared measure how far predictions fall from values.",
        "Regression & Evaluation Metrics",
    ),
    (
        "What is overfitting?",
        "The model memorises the training data; use regularization and cross-validation.",
        "Model Training & Tuning",
    ),
    (
        "Which algorithm learns from the outcome?",
        "Reinforcement learning: an agent acts, gets a reward or penalty, and adapts.",
        "Reinforcement Learning",
    ),
    (
        "What is K-Means Clustering?",
        "Partition the data into K clusters around centroids.",
        CLUSTERING,
    ),
    (
        "Machine Learning Algorithm for Grouping Similar Data",
        "Group similar data without labels: clustering such as DBSCAN.",
        CLUSTERING,
    ),
    (
        "What is Deep Learning?",
        "Neural networks with many layers: CNNs, RNNs, trained by backpropagation.",
        "Deep Learning & Neural Networks",
    ),
    (
        "How does YOLO work?",
        "A single pass predicts bounding boxes for object detection.",
        "Computer Vision",
    ),
    (
        "Can throttling be controlled?",
        "Yes: rate limits on API requests, token bucket, queues and retries.",
        "Systems & MLOps",
    ),
    # Formatting does not hide a subject.
    ("**K**-Means vs KMeans", "", CLUSTERING),
    ("🖼️ Text-to-Image Generation", "", GENERATIVE),
    # Nothing to go on: the fallback.
    ("", "", "General"),
    ("What is your favourite colour?", "Blue, and green on Sundays.", "General"),
]


@pytest.mark.parametrize(("title", "answer", "expected"), CLASSIFY_CASES)
def test_classify(title: str, answer: str, expected: str) -> None:
    assert classify(title, answer) == expected


# --- phrase matching ---------------------------------------------------------

SMALL_TOML = """
fallback = "Other"

[[topic]]
name = "Alpha"
phrases = ["k-means", "cluster*", "RAG"]

[[topic]]
name = "Beta"
phrases = ["gan", "neural network"]
weight = 2
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K Means", {"k-means": 1}),
        ("kmeans and k-means and **K**-Means", {"k-means": 3}),
        ("clusters, clustering, clustered", {"cluster*": 3}),
        ("a subcluster is no cluster", {"cluster*": 1}),
        ("GANs, a GAN, the GAN's loss", {"gan": 3}),
        ("organ and gang are other words", {}),
        ("RAG and RAGs", {"RAG": 2}),
        ("a rag doll, Rag, rag", {}),
        ("Neural Networks; a neural-network", {"neural network": 2}),
    ],
)
def test_phrase_matching(text: str, expected: dict[str, int]) -> None:
    taxonomy = load_taxonomy(SMALL_TOML)
    hits = {
        phrase: n
        for counter in taxonomy.phrase_hits(text).values()
        for phrase, n in counter.items()
    }
    assert hits == expected


def test_scores_weight_titles_and_topic_weight() -> None:
    taxonomy = load_taxonomy(SMALL_TOML)
    assert taxonomy.names == ("Alpha", "Beta", "Other")
    scores = taxonomy.scores("k-means", "GAN GAN GAN GAN GAN GAN")
    assert scores["Alpha"] == pytest.approx(5.0)  # one phrase in the title
    assert scores["Beta"] == pytest.approx(2 * 2.0)  # weight 2 x log2(1 + min(6, 3))
    assert taxonomy.classify("k-means", "GAN GAN GAN GAN GAN GAN") == "Alpha"


def test_a_tie_goes_to_the_fallback() -> None:
    taxonomy = load_taxonomy(SMALL_TOML.replace("weight = 2", ""))
    assert taxonomy.classify("k-means or GAN?", "") == "Other"


def test_a_weak_best_goes_to_the_fallback() -> None:
    taxonomy = load_taxonomy(SMALL_TOML)
    assert taxonomy.classify("", "one cluster") == "Other"  # log2(2) < min_score 2


# --- loading -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[topic]\nname = 'x'", "not valid TOML"),
        ("fallback = ", "not valid TOML"),
        ("fallback = 'General'", "no [[topic]] entries"),
        ("topic = 'x'", "no [[topic]] entries"),
        ("[[topic]]\nphrases = ['a']", "topic 1 has no name"),
        ("[[topic]]\nname = 'A'", "needs a non-empty list of phrases"),
        ("[[topic]]\nname = 'A'\nphrases = 'gan'", "needs a non-empty list of phrases"),
        ("[[topic]]\nname = 'A'\nphrases = ['✅']", "has no letters or digits"),
        ("[[topic]]\nname = 'A'\nphrases = [3]", "has no letters or digits"),
        ("[[topic]]\nname = 'A'\nphrases = ['a']\nweight = -1", "must be a number"),
        ("[[topic]]\nname = 'General'\nphrases = ['a']", "appears twice"),
        (
            "[[topic]]\nname = 'A'\nphrases = ['a']\n[[topic]]\nname = 'A'\nphrases = ['b']",
            "appears twice",
        ),
        ("fallback = 3\n[[topic]]\nname = 'A'\nphrases = ['a']", "'fallback'"),
    ],
)
def test_invalid_taxonomy_raises_a_one_line_error(text: str, message: str) -> None:
    with pytest.raises(StudyAppError, match=re.escape(message)) as caught:
        load_taxonomy(text, source="my-topics.toml")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("my-topics.toml")


def test_bundled_taxonomy() -> None:
    taxonomy = load_taxonomy()
    assert isinstance(taxonomy, Taxonomy)
    assert taxonomy.fallback == "General"
    assert len(taxonomy.topics) >= 12
    assert len(set(taxonomy.names)) == len(taxonomy.names)
    assert default_taxonomy() is default_taxonomy()


def test_bundled_phrases_match_themselves_and_are_listed_once() -> None:
    taxonomy = default_taxonomy()
    owners: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for topic in taxonomy.topics:
        for phrase in topic.phrases:
            hits = taxonomy.phrase_hits(phrase.rstrip("*")).get(topic.name, Counter())
            assert hits[phrase] >= 1, f"{phrase!r} of {topic.name!r} does not match itself"
            prefix = phrase.endswith("*")
            letters = "".join(re.findall("[a-z0-9]+", phrase.lower()))
            owners[letters if prefix else letters.rstrip("s"), prefix].append(topic.name)
    repeated = {key: names for key, names in owners.items() if len(names) > 1}
    assert not repeated, f"phrases listed more than once: {repeated}"


# --- assignment --------------------------------------------------------------


def _doc(questions: list[tuple[str, str, tuple[str, ...]]], has_sections: bool) -> ParsedDocument:
    return ParsedDocument(
        deck_name="test",
        format="markdown",
        questions=[
            ParsedQuestion(title, answer, source_line=n + 1, topic_path=path)
            for n, (title, answer, path) in enumerate(questions)
        ],
        has_sections=has_sections,
    )


def _mixed(path: tuple[str, ...], copies: int = 1) -> list[tuple[str, str, tuple[str, ...]]]:
    """The classify table's questions on real subjects, all under ``path``."""
    subjects = [(t, a) for t, a, expected in CLASSIFY_CASES if expected != "General"]
    return [(t, a, path) for t, a in subjects * copies]


def test_balanced_sections_keep_their_own_paths() -> None:
    questions = [
        (f"Question {section}{n}", "An answer about GANs and K-Means.", path)
        for section, path in [
            ("a", ("Python",)),
            ("b", ("Machine Learning",)),
            ("c", ("Machine Learning", "Clustering")),
            ("d", ("Behavioural",)),
        ]
        for n in range(6)
    ]
    paths = assign_topics(_doc(questions, has_sections=True))
    assert paths == [path for _, _, path in questions]


def test_a_big_section_on_one_subject_keeps_its_heading() -> None:
    questions = [
        (f"Clustering question {n}", "K-Means, DBSCAN and other clustering.", ("Clustering",))
        for n in range(25)
    ] + [("What is a GAN?", "Generator and discriminator.", ("GANs",))]
    paths = assign_topics(_doc(questions, has_sections=True))
    assert paths == [path for _, _, path in questions]


def test_one_section_holding_dozens_of_mixed_questions_gets_taxonomy_topics() -> None:
    dump = _mixed(("Data Analitic",))
    own = [("Explain decorators", "Functions that wrap functions.", ("Python",))] * 3
    doc = _doc(dump + own, has_sections=True)
    assert len(dump) >= 20

    paths = assign_topics(doc)

    expected = [(e,) for _, _, e in CLASSIFY_CASES if e != "General"]
    assert paths[: len(dump)] == expected
    # the whole document is sorted one way: no "Python" heading beside taxonomy topics
    taxonomy = default_taxonomy()
    assert paths[len(dump) :] == [(taxonomy.classify(*own[0][:2]),)] * 3


def test_a_dump_beside_sections_of_the_authors_own_keeps_every_section() -> None:
    dump = _mixed(("Data Analitic",))
    own = [(f"Explain decorators {n}", "Functions that wrap.", ("Python",)) for n in range(12)]
    paths = assign_topics(_doc(dump + own, has_sections=True))
    assert paths == [path for _, _, path in dump + own]


def test_assigning_again_keeps_the_topics() -> None:
    """The importer stores the paths as topic_path; a second pass must not move anything."""
    doc = _doc(_mixed(("Data Analitic",), copies=2), has_sections=True)
    first = assign_topics(doc)
    for question, path in zip(doc.questions, first, strict=True):
        question.topic_path = path
    assert assign_topics(doc) == first


def test_a_document_without_sections_gets_taxonomy_topics() -> None:
    doc = _doc([(t, a, ()) for t, a, _ in CLASSIFY_CASES], has_sections=False)
    assert assign_topics(doc) == [(e,) for _, _, e in CLASSIFY_CASES]


def test_notes_on_one_subject_are_not_split_between_it_and_the_fallback() -> None:
    """'System Design Notes': load balancers and caches found the taxonomy's systems
    topic, the CAP theorem and sharding did not; the five went into two topics, which
    looked random. One subject found, not for every question: one topic."""
    questions = [
        ("What is a load balancer?", "Spreads requests over servers; horizontal scaling.", ()),
        ("What is the CAP theorem?", "Consistency or availability under a partition.", ()),
        ("How does cache invalidation work?", "TTL, write-through, cache-aside.", ()),
        ("What is database sharding?", "Rows split across databases by a shard key.", ()),
        ("Explain idempotency in APIs.", "Repeating a request has the same effect.", ()),
    ]
    paths = assign_topics(_doc(questions, has_sections=False))
    assert len(set(paths)) == 1, paths


def test_questions_above_the_first_heading_take_no_taxonomy_topic() -> None:
    questions = [("What is a GAN?", "Generator and discriminator.", ())] + [
        (f"Q{n}", "Some answer.", ("Python",)) for n in range(5)
    ]
    paths = assign_topics(_doc(questions, has_sections=True))
    assert paths == [()] + [("Python",)] * 5


def test_assign_topics_with_a_custom_taxonomy_and_an_empty_document() -> None:
    taxonomy = load_taxonomy(SMALL_TOML)
    doc = _doc([("K-Means?", "", ()), ("Why GANs?", "", ()), ("Hello", "", ())], False)
    assert assign_topics(doc, taxonomy) == [("Alpha",), ("Beta",), ("Other",)]
    assert assign_topics(_doc([], has_sections=False)) == []


# --- the seed notes ----------------------------------------------------------


def _titles_matching(pattern: str, titles: list[str], paths: list[tuple[str, ...]]):
    return {
        title: path
        for title, path in zip(titles, paths, strict=True)
        if re.search(pattern, title, re.IGNORECASE)
    }


def test_seed_notes_come_out_in_balanced_subject_topics() -> None:
    from studyapp.core.parse import parse_file

    doc = parse_file(require(SEED_MARKDOWN))
    paths = assign_topics(doc)
    titles = [q.title for q in doc.questions]
    counts = Counter(paths)

    assert len(counts) >= 6, counts
    assert max(counts.values()) <= 0.4 * len(paths), counts

    groups = {
        "clustering": (r"cluster|k-?means|grouping similar", 3),
        "generative": (r"\bgans?\b|\bvae\b|diffusion|deepfake|autoencoder", 5),
        "explainability": (r"\bshap\b|feature|importance", 2),
    }
    for name, (pattern, at_least) in groups.items():
        found = _titles_matching(pattern, titles, paths)
        assert len(found) >= at_least, (name, found)
        assert len(set(found.values())) == 1, (name, found)


@pytest.mark.parametrize(
    ("title", "answer"),
    [
        ("What is the difference between a clustered and a non-clustered index?", "A table."),
        ("Why is grouping rows with GROUP BY slow on big tables?", "It sorts or hashes."),
    ],
)
def test_one_question_on_another_subject_is_no_field_of_the_taxonomy(title, answer) -> None:
    """A flat file of one database question went under "Clustering & Unsupervised
    Learning" for one word of its title: a single question found is no field."""
    paths = assign_topics(_doc([(title, answer, ())], has_sections=False))
    assert paths == [("General",)]


def test_two_questions_found_in_the_taxonomy_are_still_sorted() -> None:
    questions = [
        ("What is k-means clustering?", "Centroids.", ()),
        ("What is a GAN?", "A generator and a discriminator.", ()),
    ]
    paths = assign_topics(_doc(questions, has_sections=False))
    assert len(set(paths)) == 2 and ("General",) not in paths


def test_a_first_section_named_as_the_deck_is_the_deck_itself(tmp_path) -> None:
    """ "# System Design" over "## Caching", then "# Scaling": the deck System Design
    held "System Design › Caching" beside "Scaling"."""
    from studyapp.core.importer import parse_notes

    notes = tmp_path / "system_design.md"
    notes.write_text(
        "# System Design\n\n## Caching\n\n### What is a write-through cache?\nBoth at once.\n\n"
        "### What is cache-aside?\nThe app loads on a miss.\n\n"
        "# Scaling\n\n## What is horizontal scaling?\nMore machines.\n",
        encoding="utf-8",
    )
    doc = parse_notes(notes)
    assert doc.deck_name == "System Design"
    assert [q.topic_path for q in doc.questions] == [("Caching",), ("Caching",), ("Scaling",)]


def test_the_deck_s_level_goes_whatever_its_case_and_a_section_of_its_own_stays() -> None:
    named = ParsedDocument(
        deck_name="Python Notes",
        format="markdown",
        questions=[
            ParsedQuestion("What is a decorator?", "A wrapper.", 1, ("python  notes", "Functions")),
            ParsedQuestion("What is the GIL?", "A lock.", 2, ("Python Notes",)),
            ParsedQuestion("What is asyncio?", "An event loop.", 3, ("Concurrency",)),
        ],
        has_sections=True,
    )
    assert assign_topics(named) == [("Functions",), ("Python Notes",), ("Concurrency",)]

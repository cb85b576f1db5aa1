"""A small file on one subject keeps its questions together: the taxonomy sorts a
flat document only where it finds several subjects in it, each more than once; and a
card its tag did not reach follows the tagged cards beside it.

A chat session of five recommender-system questions went one each to "Recommender
Systems", "Regression & Evaluation Metrics" and "Vector Databases & Search", two to
"General"; "Deep learning" phone-screen notes went to three topics; a callout card
among `#flashcards/ml` cards went to "General"."""

from __future__ import annotations

from collections import Counter

from studyapp.core.importer import parse_notes
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.topics import assign_topics

RECOMMENDER_CHAT = """\
# ChatGPT – ML system design prep (copied 2026-11-30)

**You:** Give me 5 questions on recommender systems with answers.

**ChatGPT:** Sure! Here are five questions with detailed answers.

### Q1. What is the cold-start problem?

New users or items have no interaction history, so collaborative filtering has nothing to work with.

Common fixes:

| Approach | Works for | Cost |
|---|---|---|
| Content-based features | items | low |
| Popularity fallback | users | very low |
| Onboarding quiz | users | UX effort |

### Q2. How do you evaluate a recommender offline?

Use ranking metrics on a time-based split:

```python
def recall_at_k(recs, truth, k=10):
    hits = len(set(recs[:k]) & set(truth))
    return hits / len(truth)
```

Also track coverage and diversity, not just accuracy.

### Q3. Explain two-tower models.

One tower encodes the user, one the item; the score is the dot product of the two embeddings. Item embeddings are precomputed and served with ANN search (e.g. FAISS, ScaNN).

### Q4. What is position bias and how do you correct for it?

Users click top results more regardless of relevance. Corrections:
1. Inverse propensity weighting
2. Add position as a feature at training, set it to a constant at serving
3. Randomize a small slice of traffic

### Q5. Implicit vs explicit feedback — what's the difference?

| | Implicit | Explicit |
|---|---|---|
| Example | clicks, dwell time | star ratings |
| Volume | huge | small |
| Noise | high | lower |

Implicit feedback has **no negative signal**: a non-click is not a dislike.

---

Would you like me to generate follow-up questions on ranking models?
"""

# Another one-subject file the taxonomy guesses at from a word of each answer.
OBJECT_DETECTION = [
    (
        "How do you evaluate an object detector?",
        "Mean average precision over IoU thresholds; also recall at a fixed false positive rate.",
    ),
    (
        "How do you run a detector on a phone?",
        "Quantize the weights to int8 and prune; measure latency and throughput on the"
        " device, and cache results.",
    ),
    (
        "What augmentations help for detection?",
        "Random crops, flips and mosaic, so the CNN sees more variety and does not"
        " overfit; keep the boxes consistent.",
    ),
    (
        "How do you get labels cheaply?",
        "Pre-label with a big model and let annotators fix the boxes; active learning"
        " picks which images.",
    ),
    (
        "What is non-maximum suppression?",
        "Keep the highest-scoring box and drop boxes that overlap it by more than a threshold.",
    ),
]

DEEP_LEARNING_NOTES = """\
DEEP LEARNING — phone screen notes

Q1) What is the difference between batch GD and SGD?
Ans) Batch GD uses the whole dataset per step (stable, slow); SGD uses one sample.

Q2) Why do we need non-linear activations?
Ans) Without them a stack of layers collapses into one linear map.

Q3) What is an epoch vs an iteration vs a batch?
Ans) epoch = one pass over the data; iteration = one update; batch = samples per update.

Q4) Name 3 ways to handle class imbalance.
Ans) Resample, class weights in the loss, threshold tuning.

Q5) What is Adam?
Ans) Momentum + RMSProp, with bias correction.
"""

# NLP notes: two questions the taxonomy files under its NLP topic, one under deep
# learning (RNNs), two under none.
NLP = [
    ("What is tokenization?", "Cutting text into subword units the model has embeddings for."),
    ("What is BERT?", "An encoder pretrained by masking words and predicting them."),
    (
        "Why do RNNs struggle with long sentences?",
        "Gradients vanish over many steps, so early words are forgotten.",
    ),
    ("What is a stop word?", "A very common word such as 'the', often dropped before counting."),
    (
        "How does beam search decode?",
        "It keeps the k most likely partial sentences at each step of the LLM's output.",
    ),
]

# Two subjects, four questions each, and one question the taxonomy finds no topic for.
TWO_SUBJECTS = [
    ("What is k-means?", "Centroids, moved until the assignment is stable."),
    ("How do you choose k?", "The elbow method or the silhouette score over k-means runs."),
    ("What is DBSCAN?", "Density-based clustering; points in sparse regions are noise."),
    ("What is hierarchical clustering?", "Merges the closest clusters into a dendrogram."),
    ("What is a GAN?", "A generator and a discriminator trained against each other."),
    ("What is mode collapse in GANs?", "The generator produces few kinds of samples."),
    ("What is a VAE?", "An autoencoder whose latent space is a distribution."),
    ("How does a diffusion model generate images?", "It removes noise step by step."),
    ("What did you learn from your last project?", "To write the tests first."),
]


def _flat(questions: list[tuple[str, str]]) -> ParsedDocument:
    return ParsedDocument(
        deck_name="notes",
        format="markdown",
        questions=[ParsedQuestion(t, a, source_line=n + 1) for n, (t, a) in enumerate(questions)],
    )


def _topics(tmp_path, name: str, text: str) -> dict[str, tuple[str, ...]]:
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    return {q.title: q.topic_path for q in parse_notes(notes).questions}


# --- a small file on one subject -------------------------------------------------


def test_a_chat_of_five_questions_on_one_subject_is_not_scattered(tmp_path):
    topics = _topics(tmp_path, "chat_session.md", RECOMMENDER_CHAT)
    assert len(topics) == 5
    assert len(set(topics.values())) == 1, topics


def test_one_subject_the_taxonomy_guesses_at_answer_by_answer_stays_together():
    paths = assign_topics(_flat(OBJECT_DETECTION))
    assert paths == [("General",)] * 5


# A file kept as one subject is named by its deck: the taxonomy's guess of a name for it
# ("Regression & Evaluation Metrics" over classification metrics) is no topic the person
# wrote, and files of the same shape got "General" or a guessed name by their words.


def test_a_chat_on_a_subject_of_the_taxonomy_keeps_the_general_topic(tmp_path):
    topics = _topics(tmp_path, "chat_session.md", RECOMMENDER_CHAT)
    assert set(topics.values()) == {("General",)}, topics


def test_notes_on_one_subject_but_for_a_question_keep_the_general_topic():
    other = ("What did the business do with the segments?", "Sent each its own email campaign.")
    questions = [*TWO_SUBJECTS[:4], other]
    assert assign_topics(_flat(questions)) == [("General",)] * 5


def test_notes_most_of_which_find_one_topic_keep_the_general_topic(tmp_path):
    topics = _topics(tmp_path, "phone_screen.txt", DEEP_LEARNING_NOTES)
    assert len(topics) == 5
    assert set(topics.values()) == {("General",)}, topics


def test_untitled_questions_naming_two_subjects_are_sorted_by_their_titles():
    """Tokenization and BERT name the NLP topic, RNNs deep learning: no guess, two
    subjects; the two questions that name none keep the general topic."""
    assert assign_topics(_flat(NLP)) == [
        ("LLMs & NLP",),
        ("LLMs & NLP",),
        ("Deep Learning & Neural Networks",),
        ("General",),
        ("General",),
    ]


def test_a_titled_handful_on_one_subject_is_named_as_one_on_another(tmp_path):
    """A title and a few questions: statistics, classification metrics and SQL alike
    keep the general topic, whichever words the taxonomy knows."""
    stats = "# Stats cheat sheet\n\n**Q:** What is variance?\n**A:** The mean squared deviation.\n\n**Q:** What is a p-value?\n**A:** The chance of data this extreme under the null hypothesis.\n"
    metrics = "# Classifier checks\n\n## What is a confusion matrix?\nCounts of true and false positives and negatives.\n\n## What is precision vs recall?\nTP/(TP+FP) against TP/(TP+FN).\n"
    sql = "# SQL\n\n## What is a LEFT JOIN?\nAll left rows, matched right rows or NULL.\n\n## What is a CTE?\nA named result set made WITH.\n"
    for name, text in (("stats.md", stats), ("metrics.md", metrics), ("sql.md", sql)):
        topics = _topics(tmp_path, name, text)
        assert set(topics.values()) == {("General",)}, (name, topics)


def test_untitled_questions_naming_one_subject_keep_the_general_topic(tmp_path):
    """Each names its subject in its title, all the same subject: one subject, not sorted."""
    notes = (
        "Q: What is k-means?\nA: Centroids moved until stable.\n\n"
        "Q: What is DBSCAN clustering?\nA: Dense regions grown from core points.\n\n"
        "Q: What is hierarchical clustering?\nA: Closest clusters merged into a tree.\n"
    )
    topics = _topics(tmp_path, "clusters.txt", notes)
    assert set(topics.values()) == {("General",)}, topics


# --- files on several subjects are still sorted --------------------------------


def test_a_mid_size_file_on_two_subjects_is_sorted_into_both():
    paths = assign_topics(_flat(TWO_SUBJECTS))
    assert paths[:4] == [("Clustering & Unsupervised Learning",)] * 4
    assert paths[4:8] == [("Generative Models",)] * 4
    assert paths[8] == ("General",)


def test_a_big_file_on_many_subjects_is_still_sorted():
    questions = TWO_SUBJECTS[:8] + OBJECT_DETECTION + NLP
    counts = Counter(assign_topics(_flat(questions)))
    assert counts[("Clustering & Unsupervised Learning",)] == 4
    assert counts[("Generative Models",)] == 4
    assert counts[("LLMs & NLP",)] >= 2
    assert len(counts) >= 5, counts


# --- a card its tag did not reach -----------------------------------------------

SR_CARDS = """\
#flashcards/ml

# Evaluation

What is the F1 score::The harmonic mean of precision and recall.

Why use log loss instead of accuracy for probabilistic models?
?
Log loss rewards calibrated probabilities; accuracy only looks at the argmax.

> [!question]- What is calibration?
> A model is calibrated if, among predictions with confidence p, a fraction p are correct.

What is ROC AUC vs PR AUC?
?
ROC AUC for balanced classes, PR AUC for rare positives.

Spearman vs Pearson:::Spearman is rank-based; Pearson is linear.
"""

SR_PYTHON = """\
#flashcards/python

What is a decorator::A function that wraps another function.

What is the GIL?
?
A lock that lets one thread run Python bytecode at a time.

> [!question]- What is a generator?
> A function that yields values lazily.

What does `with` do::Calls `__enter__` and `__exit__` around a block.
"""

INLINE_TAGS = """\
**What is a goroutine?** #go
A lightweight thread managed by the Go runtime.

**What is a channel?** #go
A typed pipe between goroutines.

**What does defer do?**
Runs a call when the surrounding function returns.

**What is a slice?** #go
A view over an array with a length and a capacity.
"""


def test_a_callout_card_among_tagged_cards_takes_their_topic(tmp_path):
    topics = _topics(tmp_path, "sr_cards.md", SR_CARDS)
    assert len(topics) == 5
    assert set(topics.values()) == {("flashcards", "ml")}, topics


def test_a_callout_card_in_another_deck_tag_takes_that_topic(tmp_path):
    topics = _topics(tmp_path, "python_cards.md", SR_PYTHON)
    assert topics["What is a generator?"] == ("flashcards", "python")


def test_an_untagged_question_between_tagged_ones_follows_them(tmp_path):
    topics = _topics(tmp_path, "go.md", INLINE_TAGS)
    assert topics["What does defer do?"] == ("go",)


def _sectioned(rows: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> ParsedDocument:
    return ParsedDocument(
        deck_name="notes",
        format="markdown",
        questions=[
            ParsedQuestion(title, "An answer.", n + 1, path, tags=tags)
            for n, (title, path, tags) in enumerate(rows)
        ],
        has_sections=True,
    )


def test_an_untagged_question_between_two_tags_takes_neither():
    doc = _sectioned(
        [
            ("What is a goroutine?", ("go",), ("go",)),
            ("What is a channel?", ("go",), ("go",)),
            ("What does this print?", (), ()),
            ("What is ownership?", ("rust",), ("rust",)),
            ("What is a borrow?", ("rust",), ("rust",)),
        ]
    )
    assert assign_topics(doc)[2] == ()


def test_a_question_above_the_first_heading_takes_no_heading_of_tagged_questions():
    doc = _sectioned(
        [
            ("What is this file?", (), ()),
            ("What is a goroutine?", ("Concurrency",), ("go",)),
            ("What is a channel?", ("Concurrency",), ("go",)),
        ]
    )
    assert assign_topics(doc)[0] == ()


def test_an_untagged_question_after_differently_tagged_ones_takes_no_tag():
    doc = _sectioned(
        [
            ("What is a goroutine?", ("go",), ("go",)),
            ("What is ownership?", ("rust",), ("rust",)),
            ("What does this print?", (), ()),
        ]
    )
    assert assign_topics(doc)[2] == ()


def test_an_untagged_question_after_cards_of_one_tag_takes_it():
    doc = _sectioned(
        [
            ("What is a goroutine?", ("go",), ("go",)),
            ("What is a channel?", ("go",), ("go",)),
            ("What does defer do?", (), ()),
        ]
    )
    assert assign_topics(doc)[2] == ("go",)


# --- a handful of questions under the notes' own title ------------------------------


def test_a_handful_of_numbered_questions_under_a_title_stay_under_one_topic(tmp_path):
    """Each names a subject of the taxonomy in its title, one each: under the notes' own
    title they are the subject it names, not three topics of one question each."""
    notes = (
        "# Neural nets\n\n"
        "1. What is backpropagation?\n   The chain rule, layer by layer.\n"
        "2. What is a learning rate?\n   The size of each step.\n"
        "3. What is k-means?\n   Centroids moved until stable.\n"
    )
    topics = _topics(tmp_path, "nets.md", notes)
    assert len(topics) == 3
    assert set(topics.values()) == {("General",)}, topics


def test_q_and_a_lines_under_a_plain_first_line_title_stay_together(tmp_path):
    """The other shape: a text file's first line names it, then Q:/A: pairs."""
    notes = (
        "Phone screen, Tuesday\n\n"
        "Q: What is an LSTM?\nA: Gates that keep a memory cell.\n\n"
        "Q: What is k-means?\nA: Centroids moved until stable.\n\n"
        "Q: What is a GAN?\nA: A generator and a discriminator.\n"
    )
    topics = _topics(tmp_path, "screen.txt", notes)
    assert len(topics) == 3
    assert len(set(topics.values())) == 1, topics


def test_the_same_questions_without_a_title_are_still_sorted(tmp_path):
    notes = (
        "Q: What is an LSTM?\nA: Gates that keep a memory cell.\n\n"
        "Q: What is k-means?\nA: Centroids moved until stable.\n\n"
        "Q: What is a GAN?\nA: A generator and a discriminator.\n"
    )
    topics = _topics(tmp_path, "screen.txt", notes)
    assert len(set(topics.values())) == 3, topics

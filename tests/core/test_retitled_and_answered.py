"""A question whose title had a typo fixed and whose answer had words added, in the
same save, is still that question after a re-import: its reviews and card stay with
it ("1 updated", not "1 new … 1 removed"). A different question put in a removed
one's place, however alike it is spelled, starts new."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.helpers.cards import record

DROPOUT = """\
# Dropout

## How does dropout work at training vs inference time?

At training, each unit is zeroed with probability p and the survivors are scaled by \
1/(1-p) (inverted dropout). At inference nothing is dropped and no scaling is needed.

```python
mask = (torch.rand_like(x) > p).float()
x = x * mask / (1 - p)
```

## Why does dropout reduce overfitting?

It prevents co-adaptation; it is like averaging an ensemble of thinned networks.
"""

BIAS_VARIANCE = """\
# Bias and variance

## What is the bias-variance tradeoff?

A simpler model errs by bias, a more flexible one by variance; the best one balances both.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as opened:
        yield opened


def studied(store: Store, title: str, *ratings: int) -> str:
    """The id of the question `title`, graded `ratings` one after the other."""
    qid = next(q.id for q in store.questions() if q.title == title)
    for n, rating in enumerate(ratings):
        record(store, qid, rating, 5.0, "study", 1_000 + n * 60_000)
    return qid


def ids_by_title(store: Store) -> dict[str, str]:
    return {q.title: q.id for q in store.questions()}


def reviewed_titles(store: Store) -> set[str]:
    live = {q.id: q.title for q in store.questions()}
    return {live[r.question_id] for r in store.reviews() if r.question_id in live}


def test_a_title_typo_fixed_and_words_added_to_its_answer_keep_its_progress(store, tmp_path):
    """The Obsidian vault of the report: "overfitting" written "over-fitting" and "of
    units" added to the answer in one save; the question graded Again twice stays
    graded, not New."""
    vault = tmp_path / "vault"
    (vault / "DL").mkdir(parents=True)
    (vault / "ML").mkdir()
    dropout = vault / "DL" / "Dropout.md"
    dropout.write_text(DROPOUT, encoding="utf-8")
    (vault / "ML" / "Bias-Variance.md").write_text(BIAS_VARIANCE, encoding="utf-8")
    import_file(store, vault)
    qid = studied(store, "Why does dropout reduce overfitting?", 1, 1)

    dropout.write_text(
        DROPOUT.replace("reduce overfitting?", "reduce over-fitting?").replace(
            "co-adaptation;", "co-adaptation of units;"
        ),
        encoding="utf-8",
    )
    summary = import_file(store, vault)

    assert (summary.new, summary.updated, summary.removed) == (0, 1, 0)
    assert ids_by_title(store)["Why does dropout reduce over-fitting?"] == qid
    assert len(store.reviews(qid)) == 2
    assert store.card_json(qid) is not None  # not New


CSV = """\
question,answer
What does a hash table store?,Key-value pairs in buckets chosen by the key's hash.
What is a Python genrator?,A function with yield that produces values lazily.
What is memoization?,Caching a function's results by its arguments.
"""

NUMBERED = """\
# Algorithms

1. What is a hashmap?
   A table of buckets indexed by the key's hash; lookups take O(1) on average.
2. What is binary search?
   Halving a sorted range until the target is found, in O(log n).
3. What is a trie?
   A tree keyed by characters, where each path from the root spells a prefix.
"""

BATCH_NORM = """\
# Deep learning

## What is a residual connection?

A shortcut that adds a block's input to its output, so gradients flow through deep stacks.

## Why is batch normalisaton useful?

It keeps each layer's inputs on a steady scale, so training can use larger learning rates.
"""


@pytest.mark.parametrize(
    ("name", "text", "old", "new", "answer_edit"),
    [
        (  # a typo fixed in a word of the title, the answer said more precisely
            "cards.csv",
            CSV,
            "What is a Python genrator?",
            "What is a Python generator?",
            ("produces values lazily", "produces its values lazily, one at a time"),
        ),
        (  # a word split in two, a figure added to the answer
            "algorithms.md",
            NUMBERED,
            "What is a hashmap?",
            "What is a hash map?",
            ("on average.", "on average, O(n) at worst."),
        ),
        (  # a typo fixed and words added to the title, a word to the answer
            "deep.md",
            BATCH_NORM,
            "Why is batch normalisaton useful?",
            "Why is batch normalisation useful in deep networks?",
            ("use larger", "use much larger"),
        ),
    ],
    ids=["a CSV row", "a numbered list", "headings"],
)
def test_a_title_respelled_along_with_an_answer_edit_keeps_its_progress(
    store, tmp_path, name, text, old, new, answer_edit
):
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    import_file(store, notes)
    qid = studied(store, old, 3)

    notes.write_text(text.replace(old, new).replace(*answer_edit), encoding="utf-8")
    summary = import_file(store, notes)

    assert (summary.new, summary.updated, summary.removed) == (0, 1, 0)
    assert ids_by_title(store)[new] == qid
    assert reviewed_titles(store) == {new}


def test_two_neighbours_both_rewritten_entirely_start_new(store, tmp_path):
    notes = tmp_path / "algorithms.md"
    notes.write_text(NUMBERED, encoding="utf-8")
    import_file(store, notes)
    studied(store, "What is a hashmap?", 3)
    studied(store, "What is binary search?", 3)

    notes.write_text(
        NUMBERED.replace("What is a hashmap?", "What is a bloom filter?")
        .replace(
            "A table of buckets indexed by the key's hash; lookups take O(1) on average.",
            "A bit array set by several hashes; it may say yes wrongly, never no wrongly.",
        )
        .replace("What is binary search?", "What is quicksort?")
        .replace(
            "Halving a sorted range until the target is found, in O(log n).",
            "Partitioning around a pivot, then sorting each side, in O(n log n) on average.",
        ),
        encoding="utf-8",
    )
    summary = import_file(store, notes)

    assert (summary.new, summary.removed) == (2, 2)
    assert reviewed_titles(store) == set()


@pytest.mark.parametrize(
    ("old", "new", "answer"),
    [
        (
            "What does the encoder do in a transformer?",
            "What does the decoder do in a transformer?",
            "The {} turns the tokens into vectors with stacked self-attention layers.",
        ),
        (
            "When is supervised learning used?",
            "When is unsupervised learning used?",
            "When the data is {}: the model learns the structure of the examples.",
        ),
        (
            "What is an RNN used for?",
            "What is a CNN used for?",
            "A {} network is used for sequences of inputs such as text and speech.",
        ),
        (
            "When is supervised learning used?",
            "When is unsupervised learning used in practice?",
            "When the data is {}: the model learns the structure of the examples.",
        ),
    ],
    ids=["encoder-decoder", "supervised-unsupervised", "RNN-CNN", "a word traded, one added"],
)
def test_another_subject_in_a_removed_questions_place_starts_new(store, tmp_path, old, new, answer):
    """A question removed and another put in its place whose title differs by a word
    of its subject ("encoder" → "decoder", "supervised" → "unsupervised", "RNN" →
    "CNN"), its answer nearly the same: another question, which starts new."""
    notes = tmp_path / "ml.md"
    first = "### What is a loss function?\n\nA number the training makes smaller.\n\n"
    last = "\n### What is a learning rate?\n\nThe size of each step of gradient descent.\n"
    notes.write_text(f"# ML\n\n{first}### {old}\n\n{answer.format('one')}\n{last}", "utf-8")
    import_file(store, notes)
    studied(store, old, 3)

    notes.write_text(f"# ML\n\n{first}### {new}\n\n{answer.format('other')}\n{last}", "utf-8")
    summary = import_file(store, notes)

    assert (summary.new, summary.removed) == (1, 1)
    assert reviewed_titles(store) == set()

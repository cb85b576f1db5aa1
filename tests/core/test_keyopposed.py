"""A point said the other way round (`keyopposed`): a word swapped for its opposite
("share" for "own", "writes" for "reads"), and a claim dismissed as not needed."""

from __future__ import annotations

from studyapp.core.keyheard import Heard
from studyapp.core.keyopposed import opposite_said
from tests.core.test_keydenial import tells_apart, ticks

CONTAINERS = (
    "What does a container get from the kernel?",
    "Each container gets its own network namespace, so containers cannot see each other's ports.",
)
# (one subject, "container" and "containers": its points name no side since round 22)
POINT = "gets its own network namespace"
# Two subjects, whose points name their sides ("Container: gets its own …").
TWO_SIDES = (
    "What does a container get from the kernel, and a virtual machine?",
    "Each container gets its own network namespace, so its ports are private. A virtual"
    " machine runs its own guest kernel.",
)


def test_a_word_said_by_its_opposite_does_not_tick_the_point():
    found = ticks(*CONTAINERS, "All containers share one network namespace.")
    assert found.get(POINT) is False, found
    found = ticks(*CONTAINERS, "Every container has a private network namespace.")
    assert found.get(POINT) is True, found


def test_an_opposite_the_typed_answer_denies_is_no_contrary():
    gloss = "gets its own network namespace"
    assert opposite_said(gloss, Heard.of("Containers share a network namespace."))
    assert not opposite_said(gloss, Heard.of("Containers don't share a network namespace."))
    # (said of a side: a point of one subject, a clause, is not heard so yet: round 22)
    found = ticks(*TWO_SIDES, "Containers don't share a network namespace; each has its own.")
    assert found.get(f"Container: {POINT}") is True, found


def test_reads_and_writes_are_opposites_for_a_point_about_one_of_them():
    replica = (
        "What is a read replica?",
        "A copy of the primary database that serves read queries. It is read-only and"
        " may lag behind the primary.",
    )
    wrong = "A second database that takes all the writes so the main one only serves reads."
    assert not any(ticks(*replica, wrong).values())
    cache = (
        "What does a CDN edge do with read traffic?",
        "The edge answers read requests from its cache; the origin only sees misses.",
    )
    found = ticks(*cache, "The edge answers write requests from its cache.")
    assert not found.get("edge answers read requests from its cache", False), found


def test_a_claim_dismissed_as_not_needed_is_not_said():
    http = (
        "Is HTTP stateful?",
        "HTTP is stateless: the server does not remember earlier requests. Cookies or"
        " tokens carry the state between requests.",
    )
    right = "No: each request stands alone; state travels in cookies or tokens."
    wrong = "Yes, the server remembers earlier requests, so cookies or tokens are never needed."
    tells_apart(http, "Cookies or tokens carry the state between requests", right, wrong)
    index = (
        "Why add an index?",
        "An index speeds up lookups on the filtered column at the cost of slower writes.",
    )
    found = ticks(*index, "An index is unnecessary: lookups on the filtered column are fast.")
    assert not any(found.values()), found


def test_an_order_word_swapped_with_its_sides_says_the_same():
    point = "log is flushed before the transaction commits"
    assert opposite_said(point, Heard.of("The log is flushed after the transaction commits."))
    assert not opposite_said(point, Heard.of("The transaction commits after the log is flushed."))


def test_most_and_least_are_opposites():
    from studyapp.core.keymatch import said

    lru = ("LRU evicts the least recently used entry", "How does an LRU cache evict?")
    assert not said(*lru[:1], "It throws out the most recently used entry.", lru[1])
    assert said(*lru[:1], "It throws out the least recently used entry.", lru[1])
    endian = ("big-endian stores the most significant byte first", "What is endianness?")
    assert not said(endian[0], "big-endian stores the least significant byte first", endian[1])
    assert said(endian[0], "big-endian puts the most significant byte first", endian[1])


def test_what_a_point_bids_be_used_dismissed_as_not_needed_is_not_said():
    gil = (
        "What is the GIL?",
        "The GIL lets only one thread execute Python bytecode at a time. Use multiprocessing"
        " for CPU-bound work.",
    )
    tells_apart(
        gil,
        "Use multiprocessing for CPU-bound work",
        "For CPU-bound work you use multiprocessing instead.",
        "Threads are enough for everything. No need for multiprocessing.",
    )
    slow_query = (
        "How do you speed up a slow lookup by email?",
        "Add an index on the email column. Check the plan with EXPLAIN.",
    )
    tells_apart(
        slow_query,
        "Add an index on the email column",
        "I'd add an index on the email column.",
        "An index on the email column is unnecessary; just cache the rows.",
    )


def test_a_bidding_point_with_a_denied_effect_is_not_said_by_dismissing_what_it_bids():
    idempotency = (
        "Explain idempotency",
        "An operation is idempotent if applying it twice has the same effect as applying it"
        " once.\nUse idempotency keys on POST so retries don't double-charge.",
    )
    tells_apart(
        idempotency,
        "Use idempotency keys on POST so retries don't double-charge",
        "Send idempotency keys with each POST, so retries don't double-charge the card.",
        "POST is idempotent already, so retries never need a key.",
    )
    cache = (  # fresh: another "so … not"
        "How do you keep a hot endpoint from overloading the database?",
        "Add a cache in front of the database so repeated reads don't hit it.",
    )
    tells_apart(
        cache,
        "Add a cache in front of the database so repeated reads don't hit",
        "Put a cache in front of the database, so repeated reads don't hit it.",
        "A cache in front of the database is never needed; repeated reads are cheap.",
    )


BIAS_VARIANCE = (
    "What is the bias-variance tradeoff?",
    "**Bias** is error from wrong assumptions in the model; **variance** is error from"
    " sensitivity to small changes in the training set. Simple models have high bias and"
    " low variance; complex models have low bias and high variance. The goal is to"
    " minimise total error: $E = \\text{Bias}^2 + \\text{Variance} + \\sigma^2$.",
)
SIMPLE = "Simple models have high bias and low variance"


def test_paired_qualities_swapped_say_no_point():
    # tester, ml-prep: "high" and "low" traded between bias and variance
    right = "Simple models have high bias and low variance; complex ones the reverse."
    tells_apart(BIAS_VARIANCE, SIMPLE, right, "Simple models have low bias and high variance.")


def test_qualities_swapped_between_the_subjects_say_no_point():
    # tester, ml-prep: each subject given the other's qualities
    right = (
        "Simple models have high bias and low variance; complex models have low bias and"
        " high variance."
    )
    wrong = (
        "Complex models have high bias and low variance; simple models have low bias and"
        " high variance."
    )
    tells_apart(BIAS_VARIANCE, SIMPLE, right, wrong)
    assert not ticks(*BIAS_VARIANCE, "Complex models have high bias and low variance.")[SIMPLE]


def test_a_threshold_given_the_other_thresholds_precision_and_recall_says_no_point():
    # fresh: the same kind, a subject that is itself a degree ("a high threshold")
    case = (
        "What is the precision-recall trade-off?",
        "Raising the decision threshold trades recall for precision. A high threshold gives"
        " high precision and low recall; a low threshold gives low precision and high recall.",
    )
    point = "high threshold gives high precision and low recall"
    right = (
        "A high threshold gives high precision and low recall, while a low threshold gives"
        " low precision and high recall."
    )
    swapped = (
        "A low threshold gives high precision and low recall; a high threshold gives low"
        " precision and high recall."
    )
    tells_apart(case, point, right, swapped)
    tells_apart(case, point, right, "A high threshold gives low precision and high recall.")

"""A technical term's other established name says it (`keyaliases`): the field's
vocabulary of such names, and the names a model answer itself gives "also called"."""

from __future__ import annotations

import pytest

from studyapp.core.keyaliases import defined_aliases
from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.keypoint_cases import TWENTY_THIRD_ROUND


def ticks(question: str, answer: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        (
            "Which register holds the next instruction's address?",
            "The **program counter**.",
            "The instruction pointer.",
        ),
        (
            "How do you stop the CPU reordering memory accesses?",
            "Put a **memory barrier** between them.",
            "Use a memory fence.",
        ),
        (
            "How does a recursive call keep its locals?",
            "Each call gets its own **stack frame**.",
            "Every call gets its own activation record.",
        ),
        ("What do you tune first in gradient descent?", "The **learning rate**.", "The step size."),
        (
            "What does a time-sharing scheduler give each process?",
            "A **time slice**.",
            "A time quantum.",
        ),
    ],
)
def test_a_terms_other_established_name_says_it(question, answer, typed):
    assert all(ticks(question, answer, typed).values())


def test_a_clause_with_the_other_name_says_the_clause():
    found = ticks(
        "What happens in a context switch?",
        "The kernel saves the registers and program counter of the running task and loads"
        " those of the next one.",
        "The OS stores the CPU state of the current task (its registers and instruction"
        " pointer) and restores another's.",
    )
    assert found["kernel saves the registers and program counter of the running task"]


def test_a_name_the_answer_gives_also_called_says_it_and_no_other_does():
    question = "How does a database survive a crash?"
    answer = (
        "The write-ahead log, also known as the redo log, records every change before the"
        " data pages are written."
    )
    # one point, the name with what it does: the aside is no point, nor cuts one
    point = "write-ahead log records every change before the data pages are written"
    assert key_terms(answer, question=question) == [point]
    assert ticks(question, answer, "The redo log records each change first.")[point]
    assert ticks(question, answer, "The write-ahead log records each change first.")[point]
    assert not ticks(question, answer, "The undo log records each change first.")[point]


@pytest.mark.parametrize(
    ("question", "answer", "point", "typed"),
    [
        (  # in brackets
            "How does the CPU keep memory operations ordered?",
            "A memory barrier (also known as a fence) forces the CPU to complete earlier"
            " memory operations before later ones.",
            "memory barrier forces the CPU to complete earlier memory operations before later ones",
            "A fence forces the CPU to complete earlier memory operations before later ones.",
        ),
        (  # the alias of the question's own term: what it does is the point
            "What happens in a TLS handshake?",
            "TLS, also known as SSL, starts with the client hello listing supported cipher"
            " suites. The server replies with its certificate.",
            "starts with the client hello listing supported cipher suites",
            "SSL starts with a client hello listing the cipher suites it supports.",
        ),
        (  # "aka", the sentence's subject a name of two words
            "How does a web server handle many slow clients?",
            "An event loop, aka a reactor, waits on many sockets at once and runs the"
            " handler of each socket that is ready.",
            "event loop waits on many sockets at once",
            "The reactor waits on lots of sockets at once and runs a handler for each ready one.",
        ),
    ],
)
def test_an_also_called_aside_keeps_its_sentence_one_point(question, answer, point, typed):
    points = key_terms(answer, question=question)
    assert point in points, points
    assert not any("known as" in p or "aka" in p.split() or "also" in p for p in points)
    assert ticks(question, answer, typed)[point]


def test_a_wrong_name_beside_the_others_words_says_nothing():
    # "instruction register" shares a word with "instruction pointer" but is another thing
    found = ticks(
        "Which register holds the next instruction's address?",
        "The **program counter**.",
        "The instruction register.",
    )
    assert not any(found.values())


@pytest.mark.parametrize(
    ("question", "answer", "point"),
    [
        (
            "What does a load balancer do?",
            "It spreads requests across servers; this is sometimes called load sharing.",
            "spreads requests across servers",
        ),
        (
            "How does a hash map find a value?",
            "It hashes the key to pick a bucket; this is also called bucketing.",
            "hashes the key to pick a bucket",
        ),
    ],
)
def test_a_clause_that_only_names_the_thing_again_is_no_point(question, answer, point):
    assert key_terms(answer, question=question) == [point]


@pytest.mark.parametrize(
    ("question", "answer", "alias"),
    [
        (
            "Correlation vs Causation in Data Analysis",
            next(c for c in TWENTY_THIRD_ROUND if c.id == "sample-correlation").answer,
            "causality",
        ),
        (
            "What is dropout in a neural network?",
            "**Dropout** (or **dilution**) randomly zeroes **a fraction of the activations**"
            " during training.\n\n* **Inference**: every unit is kept.\n"
            "* **Rate**: usually 0.2 to 0.5.\n",
            "dilution",
        ),
    ],
)
def test_another_name_of_the_asked_thing_is_no_point(question, answer, alias):
    # (a wrong answer, "correlation implies causation", earned the point "causality",
    # which only names what the question asks: "Causation (or **causality**)")
    points = key_terms(answer, question=question)
    assert alias not in {p.casefold() for p in points}, points


def test_a_name_in_brackets_after_or_is_another_name_an_alternative_is_not():
    assert ("causation", "causality") in defined_aliases("Causation (or **causality**) implies")
    assert defined_aliases("Guard it with a mutex (or a semaphore).") == ()


# A table that gives each thing its class in code: the class typed names the row.
CLASSIFIERS = (
    "Classification Algorithms in scikit-learn (sklearn)",
    "| Algorithm | `scikit-learn` Class |\n"
    "| --- | --- |\n"
    "| **Logistic Regression** | `sklearn.linear_model.LogisticRegression` |\n"
    "| **K-Nearest Neighbors** | `sklearn.neighbors.KNeighborsClassifier` |\n"
    "| **Decision Tree** | `sklearn.tree.DecisionTreeClassifier` |\n"
    "| **Random Forest** | `sklearn.ensemble.RandomForestClassifier` |\n"
    "| **Gradient Boosting** | `sklearn.ensemble.GradientBoostingClassifier` |\n"
    "| **Naive Bayes** | `sklearn.naive_bayes.GaussianNB`, `MultinomialNB`, etc. |",
)
MAPS = (
    "Which Java collections implement a map?",
    "| Kind | Java class |\n| --- | --- |\n| **Hash table** | `java.util.HashMap` |\n"
    "| **Sorted tree map** | `java.util.TreeMap` |\n"
    "| **Insertion-ordered map** | `LinkedHashMap` |\n"
    "| **Thread-safe map** | `java.util.concurrent.ConcurrentHashMap` |",
)


@pytest.mark.parametrize(
    ("case", "typed", "said"),
    [
        (
            CLASSIFIERS,
            "KNeighborsClassifier, DecisionTreeClassifier, RandomForestClassifier,"
            " GradientBoostingClassifier",
            {"K-Nearest Neighbors", "Decision Tree", "Random Forest", "Gradient Boosting"},
        ),
        (CLASSIFIERS, "GaussianNB for text.", {"Naive Bayes"}),
        (
            MAPS,
            "HashMap, TreeMap, LinkedHashMap and ConcurrentHashMap.",
            {"Hash table", "Sorted tree map", "Insertion-ordered map", "Thread-safe map"},
        ),
        (MAPS, "ConcurrentHashMap only.", {"Thread-safe map"}),
        (MAPS, "ArrayList and LinkedList.", set()),
    ],
)
def test_a_class_in_a_row_of_a_table_names_its_head(case, typed, said):
    question, answer = case
    points = key_terms(answer, question=question)
    ticks = ticked_terms(points, typed, question, answer)
    assert {p for p, t in zip(points, ticks, strict=True) if t} == said

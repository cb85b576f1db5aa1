"""Key points that are fair to a person typing an answer in a mock interview.

The cases a new user reported: a wrong answer scoring 100 % against points made of
symbols or of a word the answer merely repeats; junk points (a slash compound split,
"O" from "O(1)"); ordinary prose answers with no point at all; correct paraphrases
scoring 0 %. Each case is an answer written as people write them, with a good and a
wrong typed answer.
"""

from __future__ import annotations

import re

import pytest

from studyapp.core.keymatch import split_point
from studyapp.core.keyterms import coverage, key_terms, ticked_terms


def scored(question: str, answer: str, typed: str) -> tuple[list[str], float]:
    points = key_terms(answer, question=question)
    return points, coverage(points, ticked_terms(points, typed, question))


def assert_fair(question, answer, good, wrong, most=8) -> list[str]:
    """The answer gives 2 to `most` points; the good typed answer covers half of them
    at least, the wrong one a quarter at most."""
    points, share = scored(question, answer, good)
    assert 2 <= len(points) <= most, points
    assert share >= 0.5, (points, share)
    assert scored(question, answer, wrong)[1] <= 0.25, points
    return points


def symbolic(point: str) -> bool:
    """A point made of symbols and two-letter acronyms only ("TP", "O(1)")."""
    return not re.search(r"[A-Za-z]{3,}", point)


PRECISION = (
    "Precision vs recall?",
    "Both are computed from the confusion matrix (TP, FP, FN).\n\n"
    "- **Precision** = TP / (TP + FP): of the predicted positives, how many are right.\n"
    "- **Recall** = TP / (TP + FN): of the actual positives, how many are found.\n\n"
    "Favour precision when false positives are costly (spam filter), recall when misses"
    " are costly (cancer screening).",
)
BIAS = (
    "What is the bias-variance trade-off?",
    "Total error = bias² + variance + irreducible error.\n\n"
    "**Bias** is error from wrong assumptions: a too simple model underfits.\n"
    "**Variance** is sensitivity to the training data: a too flexible model overfits.\n\n"
    "Reducing one usually increases the other, so we pick the complexity that minimises"
    " the total error.",
)
# A fresh one of the same kind: points that are symbols ("L1", "L2") or restate the question.
NORMS = (
    "L1 vs L2 regularization?",
    "- **L1** (lasso) adds |w| to the loss: it drives weights to exactly zero, a sparse"
    " model.\n"
    "- **L2** (ridge) adds w² to the loss: it shrinks all weights smoothly.\n",
)


@pytest.mark.parametrize(
    ("case", "good", "wrong"),
    [
        (
            PRECISION,
            "precision is TP over TP plus FP, how many predicted positives are correct;"
            " recall is how many of the actual positives we find",
            "TP FP FN are the cells of the confusion matrix, nothing else matters",
        ),
        (
            BIAS,
            "bias is error from wrong, too simple assumptions (underfitting), variance is"
            " sensitivity to the training data (overfitting); lowering one raises the other",
            "Total error is just the error you measure on the test set",
        ),
        (
            NORMS,
            "L1 is lasso, it drives weights to zero so the model is sparse; L2 is ridge"
            " and shrinks the weights",
            "L1 and L2 are two kinds of regularization, both add to the loss",
        ),
    ],
    ids=["precision-recall", "bias-variance", "l1-l2-fresh"],
)
def test_a_wrong_answer_does_not_cover_points_of_symbols_or_the_questions_words(case, good, wrong):
    points = assert_fair(*case, good, wrong)
    assert not [p for p in points if symbolic(p)], points


GIL = (
    "What is the GIL?",
    "The Global Interpreter Lock (GIL) is a mutex in CPython that lets only one thread"
    " execute Python bytecode at a time. Threads still help for I/O-bound work because"
    " the GIL is released while waiting. For CPU-bound work use multiprocessing.",
)
GENERATOR = (
    "What is a generator in Python?",
    "A generator is a function that uses yield: each yield returns a value and pauses the"
    " function until the next call. Values are produced lazily, so memory stays O(1) even"
    " for huge sequences.",
)
CAP = (
    "Explain the CAP theorem.",
    "In a distributed system you can only guarantee two of Consistency, Availability and"
    " Partition tolerance. Since network partitions happen, the real choice is CP or AP:"
    " a CP system refuses requests to stay consistent, an AP system answers with possibly"
    " stale data.",
)


def test_no_point_is_a_fragment_of_a_compound_or_a_clumsy_clause():
    gil = key_terms(GIL[1], question=GIL[0])
    assert "O-bound" not in gil and "thread execute Python" not in gil, gil
    assert not [p for p in gil if re.match(r"O-bound|bound\b", p)], gil
    generator = key_terms(GENERATOR[1], question=GENERATOR[0])
    assert not [p for p in generator if p.endswith(" O") or p in ("yield returns", "O")]
    assert not [p for p in generator if symbolic(p)], generator
    # A fresh one: "TCP/IP-based" and "O(n log n)" are one word each.
    fresh = key_terms(
        "Merge sort splits the list in halves, sorts each half and merges them in O(n log n)"
        " time. It is stable and works well on TCP/IP-based streams of records.",
        question="How does merge sort work?",
    )
    assert not [p for p in fresh if p.startswith(("IP", "n log", "log n")) or symbolic(p)]


def test_the_choices_an_answer_compares_are_points_alike():
    points, share = scored(
        *CAP,
        "consistency, availability and partition tolerance: pick two; when partitions"
        " happen choose CP (consistent, refuses) or AP (available, stale data)",
    )
    has = [any(re.match(rf"{name}\b", p) for p in points) for name in ("CP", "AP")]
    assert has[0] == has[1], points
    assert share >= 0.5, points
    assert scored(*CAP, "CAP means caching, availability and performance")[1] <= 0.34


PROSE = [
    (
        "What does dropout do?",
        "Dropout randomly sets a fraction of activations to zero during training. This stops"
        " neurons from co-adapting, so the network learns redundant features and overfits"
        " less. At inference nothing is dropped and the activations are scaled to match.",
        "it randomly zeroes activations during training so neurons do not co-adapt; it is"
        " regularisation against overfitting, turned off at inference",
        "dropout removes layers from the network to make it faster",
    ),
    (
        "Why use Adam over SGD?",
        "Adam adapts the learning rate for each parameter using running averages of the"
        " gradient and its square, with momentum built in. It converges fast with little"
        " tuning and copes with sparse or noisy gradients. SGD with momentum sometimes"
        " generalises better, so it is still used for large vision models.",
        "Adam has a per-parameter adaptive learning rate from running averages of the"
        " gradients, with momentum, converges faster with less tuning; SGD may generalize"
        " better",
        "Adam is just SGD with a bigger batch size",
    ),
    (
        "What are decorators?",
        "A decorator is a function that takes a function and returns a new function that"
        " wraps it. It adds behaviour such as logging, caching or access checks without"
        " changing the wrapped function's code. The @ syntax applies it at definition time.",
        "a function that wraps another function to add behavior like logging or caching"
        " without changing its code, applied with @ syntax",
        "decorators are comments that document a class",
    ),
    (
        "What is a context manager?",
        "A context manager sets up a resource on entry and releases it on exit, used with the"
        " with statement. It implements __enter__ and __exit__, and __exit__ runs even when"
        " an exception is raised. Typical uses are closing files and releasing locks.",
        "used with the with statement: __enter__ acquires the resource and __exit__ releases"
        " it even if an exception happens, like closing files",
        "a context manager stores global variables for the program",
    ),
    (
        "List vs tuple?",
        "A list is mutable: you can append, remove and change items. A tuple is immutable,"
        " so it is hashable and can be a dict key, and it is slightly faster and smaller."
        " Use a tuple for fixed records and a list for collections that change.",
        "lists are mutable, you can append; tuples are immutable and hashable so they can"
        " be dictionary keys, and a bit faster",
        "a tuple is a list that can only hold numbers",
    ),
    (
        "What is a p-value?",
        "The p-value is the probability of seeing a result at least as extreme as the"
        " observed one if the null hypothesis were true. A small p-value, below the"
        " significance level such as 0.05, is evidence against the null hypothesis.",
        "probability of a result at least as extreme as observed assuming the null"
        " hypothesis is true; below the significance level we reject the null",
        "the p-value is the probability that the experiment worked",
    ),
]


@pytest.mark.parametrize(("question", "answer", "good", "wrong"), PROSE, ids=[p[0] for p in PROSE])
def test_an_ordinary_prose_answer_has_points(question, answer, good, wrong):
    assert_fair(question, answer, good, wrong, most=4)


OVERFITTING = (
    "What is overfitting?",
    "Overfitting is when a model fits noise in the training data instead of the underlying"
    " pattern, so it does well on training data but generalises poorly. Fix it with"
    " regularization, early stopping or more data.",
)


@pytest.mark.parametrize(
    ("case", "typed"),
    [
        (
            OVERFITTING,
            "it memorises noise in the training set and generalises badly; use"
            " regularisation, early-stopping, more data",
        ),
        # A fresh one: hyphen, spelling and a typo of a long word.
        (
            (
                "What is batch normalization?",
                "Batch normalization normalizes each layer's activations over the mini-batch to"
                " zero mean and unit variance, then applies a learned scale and shift. It"
                " stabilizes training and allows higher learning rates.",
            ),
            "normalises activations per minibatch to zero mean, unit varience, with a learnt"
            " scale and shift; it stabilises training, allowing higher learning-rates",
        ),
    ],
    ids=["overfitting", "batchnorm-fresh"],
)
def test_a_correct_paraphrase_covers_most_points(case, typed):
    points, share = scored(*case, typed)
    assert len(points) >= 2, points
    assert share >= 0.5, (points, share)


def test_the_gil_paraphrase_of_the_report_covers_its_points_and_a_wrong_one_none():
    """The report's typed answer covered 0 of 3 ("O-bound", "thread execute Python"):
    the points are now the definition, I/O-bound and CPU-bound work."""
    typed = "global interpretor lock, one thread at a time, use multi-processing for cpu bound work"
    points, share = scored(*GIL, typed)
    assert len(points) >= 2 and share >= 0.3, (points, share)
    assert "O-bound" not in points and "thread execute Python" not in points
    assert scored(*GIL, "a lock on the database so two users cannot write one row")[1] == 0


def test_the_symbols_of_what_a_point_says_do_not_say_it_alone():
    # A fresh case of the first kind: the glosses hold acronyms ("TPR against FPR").
    question = "ROC AUC vs PR AUC?"
    answer = (
        "- **ROC AUC** plots TPR against FPR: how well the model ranks positives.\n"
        "- **PR AUC** plots precision against recall: better when positives are rare.\n"
    )
    points, _ = scored(question, answer, "")
    assert len(points) == 2 and not [p for p in points if symbolic(p)], points
    assert scored(question, answer, "TPR FPR AUC")[1] == 0
    assert scored(question, answer, "PR AUC plots precision against recall")[1] == 0.5


def test_the_decks_points_as_the_mock_asks_are_short_and_never_bare_symbols():
    """The mock asks with the question's title: points rewritten as "Name: what it is"
    stay phrases a person would say."""
    from tests.core.test_keyterms import _seed_answers

    for title, markdown in _seed_answers().items():
        points = key_terms(markdown, question=title)
        assert points, title
        for point in points:
            name, meaning = split_point(point)  # (a glossary's entry: one clause more)
            short = len(point.split()) <= 8 or (
                len(name.split()) <= 3 and len(meaning.split()) <= 10
            )
            assert short and not symbolic(point), (title, point)


@pytest.mark.parametrize(
    ("question", "answer", "right", "denied"),
    [
        (
            "What is TLS?",
            "TLS encrypts traffic between client and server and authenticates the server"
            " with a certificate.",
            "It encrypts the traffic between client and server, and checks the server certificate.",
            "TLS does not encrypt traffic between client and server; it only compresses it.",
        ),
        (
            "What is a foreign key?",
            "A foreign key references the primary key of another table.",
            "It points to another table's primary key.",
            "It does not reference a primary key of another table.",
        ),
        (
            "What is a hash map lookup's cost?",
            "Lookups take constant time on average.",
            "On average lookup takes constant time.",
            "Lookups never take constant time.",
        ),
        (
            "Was ist ein Primärschlüssel?",
            "Ein Primärschlüssel identifiziert jede Zeile eindeutig.",
            "Er identifiziert jede Zeile eindeutig.",
            "Er identifiziert nicht jede Zeile eindeutig.",
        ),
    ],
)
def test_an_answer_that_denies_a_point_does_not_say_it(question, answer, right, denied):
    points = key_terms(answer, question=question)
    assert all(ticked_terms(points, right, question)), points
    assert not any(ticked_terms(points, denied, question)), points


def test_a_negation_that_says_the_point_still_says_it():
    # "avoid …" is said by "don't …"; "not only … but also" denies nothing.
    points = ["avoid holding multiple locks at once"]
    question = "How do you prevent deadlocks?"
    assert ticked_terms(points, "Don't hold multiple locks at once.", question) == [True]
    points = key_terms("Bagging reduces variance by averaging many trees.", question="Why bag?")
    typed = "It not only reduces variance by averaging many trees but also parallelises."
    assert all(ticked_terms(points, typed, "Why bag?")), points


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (
            "Was ist der Unterschied zwischen Klassifikation und Regression?",
            "Klassifikation sagt Kategorien voraus, Regression sagt kontinuierliche Werte voraus.",
            "Klassifikation sagt Kategorien voraus, Regression sagt kontinuierliche Werte voraus.",
            "Klassifikation sagt kontinuierliche Werte voraus, Regression sagt Kategorien voraus.",
        ),
        (
            "What is the difference between TCP and UDP?",
            "TCP is connection-oriented and guarantees ordered, reliable delivery. UDP is"
            " connectionless and sends datagrams without guarantees.",
            "TCP gives a reliable ordered connection. UDP just sends datagrams, connectionless.",
            "TCP is connectionless and sends datagrams; UDP guarantees reliable ordered"
            " delivery over a connection.",
        ),
        (
            "Classification vs regression?",
            "Classification predicts discrete labels; regression predicts continuous values.",
            "Classification outputs discrete labels, regression continuous values.",
            "Regression predicts discrete labels and classification predicts continuous values.",
        ),
    ],
)
def test_what_one_side_does_said_of_the_other_is_not_said(question, answer, right, swapped):
    points = key_terms(answer, question=question)
    assert len(points) == 2 and all(": " in p for p in points), points  # one per side
    assert all(ticked_terms(points, right, question)), points
    assert not any(ticked_terms(points, swapped, question)), points


def test_bold_on_a_degree_of_what_is_asked_leaves_the_answer_its_clauses():
    """'**high bias**' under 'What is the bias-variance trade-off?' names what is asked:
    the points are then what the answer says, and a right paraphrase covers them."""
    question = "What is the bias-variance tradeoff?"
    answer = (
        "Bias is error from wrong assumptions in the model; variance is error from"
        " sensitivity to small fluctuations in the training set. Simple models have"
        " **high bias**, complex models have **high variance**."
    )
    points = key_terms(answer, question=question)
    assert not any(p.casefold().startswith("high ") for p in points), points
    right = (
        "Bias is error from wrong assumptions, simple models underfit. Variance is"
        " sensitivity to small changes in the training set, complex models overfit."
    )
    assert coverage(points, ticked_terms(points, right, question)) >= 0.5, points
    wrong = "Bias is about fairness and variance is the spread of the labels."
    assert coverage(points, ticked_terms(points, wrong, question)) == 0.0, points


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        (
            "What is the difference between TCP and UDP?",
            "TCP is connection-oriented and guarantees ordered, reliable delivery. UDP is"
            " connectionless and sends datagrams without guarantees.",
            "TCP, unlike UDP, is connection-oriented and guarantees ordered, reliable delivery."
            " UDP is connectionless and sends datagrams without guarantees.",
        ),
        (
            "What is the difference between TCP and UDP?",
            "TCP is connection-oriented and guarantees ordered, reliable delivery. UDP is"
            " connectionless and sends datagrams without guarantees.",
            "Connection-oriented with ordered, reliable delivery guaranteed: that is TCP."
            " Connectionless datagrams without guarantees: that is UDP.",
        ),
        (
            "Was ist der Unterschied zwischen Klassifikation und Regression?",
            "Klassifikation sagt Kategorien voraus, Regression sagt kontinuierliche Werte voraus.",
            "Kategorien sagt die Klassifikation voraus, kontinuierliche Werte sagt die"
            " Regression voraus.",
        ),
    ],
)
def test_a_side_named_after_what_it_does_or_set_against_the_other_still_says_it(
    question, answer, typed
):
    """'TCP, unlike UDP, is …', '…: that is TCP', a German sentence's own word order: each
    clause is about the side it names (not one named only to be set against it), and the
    clauses of a sentence that name none go with it."""
    points = key_terms(answer, question=question)
    assert all(ticked_terms(points, typed, question)), points


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("Queue: FIFO order", "A queue is not LIFO, FIFO order."),
        ("Queue: FIFO order", "Never LIFO. FIFO order."),
        ("Queue: FIFO order", "It is non-blocking, in FIFO order."),
        ("Queue: FIFO Reihenfolge", "Eine Queue ist nicht LIFO, sondern FIFO Reihenfolge."),
        ("Queue: FIFO Reihenfolge", "Nicht nur das: FIFO Reihenfolge."),
    ],
)
def test_a_negation_denies_only_within_its_clause(point, typed):
    """A comma, a full stop or 'sondern' ends what a negation denies; 'nicht nur' and a
    hyphenated 'non-' deny nothing."""
    assert ticked_terms([point], typed, "Stack or queue?") == [True], typed


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        (
            "What is the difference between a stack and a queue?",
            "A stack is last-in, first-out (LIFO): you push and pop at the top. A queue is"
            " first-in, first-out (FIFO): you enqueue at the back and dequeue at the front.",
            "A stack is LIFO, a queue is FIFO.",
        ),
        (
            "Stack vs queue?",
            "- **Stack**: last in, first out (LIFO): the newest item leaves first.\n"
            "- **Queue**: first in, first out (FIFO): items leave in arrival order.",
            "stack: last in first out; queue: first in first out",
        ),
    ],
)
def test_the_head_a_point_explains_is_the_point(question, answer, typed):
    """A side's point that names its idea and then explains it ("last-in, first-out
    (LIFO): you push and pop at the top") is said by the idea, in either of its names;
    said of the wrong side, it is not."""
    points, share = scored(question, answer, typed)
    assert share == 1.0, points
    swapped = "A queue is LIFO and a stack is FIFO."
    assert scored(question, answer, swapped)[1] == 0.0, points


def test_an_acronym_is_said_by_the_words_it_stands_for():
    """A point written as an acronym ("Stack: LIFO") is said by the words its letters
    stand for, in a row and in one sentence; not by the same initials across two."""
    from studyapp.core.keymatch import Heard, said

    assert said("MVCC", "It uses multi version concurrency control.")
    assert said("Stack: LIFO", "A stack is last in, first out.", "Stack vs queue?")
    assert not said("Stack: LIFO", "A stack is last. In fact, first out.", "Stack vs queue?")
    # only the acronyms the points write are spelled out: "lot" is a word, not initials
    assert Heard.of("less of that", acronyms=()).positions("lot") == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "What is the difference between horizontal and vertical scaling?",
            "Vertical scaling (scaling up) means adding CPU or RAM to one machine; it is"
            " simple but has a hardware ceiling. Horizontal scaling (scaling out) means"
            " adding more machines behind a load balancer.",
        ),
        (
            "What is sharding vs replication?",
            "Sharding (splitting up) means rows are spread across nodes. Replication"
            " (copying over) means the same data is kept on several nodes.",
        ),
    ],
)
def test_a_subject_keeps_its_aside_whole(question, answer):
    """A clause's subject with an aside ("Vertical scaling (scaling up) means …") keeps
    the aside whole: no point shows a parenthesis cut open ("(scaling:")."""
    points = key_terms(answer, question=question)
    assert points, points
    for point in points:
        assert point.count("(") == point.count(")"), points
    assert any(point.split(": ")[0].endswith(")") for point in points), points


STEPS = (
    "How does HTTPS set up a secure connection?",
    "1. The client sends a hello with its supported cipher suites.\n"
    "2. The server replies with its certificate.\n"
    "3. The client verifies the certificate against trusted authorities.\n"
    "4. They agree on a session key.\n"
    "5. Traffic is encrypted with the symmetric session key.",
    "The client sends a hello listing cipher suites, the server replies with its"
    " certificate, the client verifies it against trusted authorities, they agree a"
    " session key and encrypt traffic with it.",
    "The server sends a password and the client stores it.",
)
RECIPE = (
    "How do you deploy a change safely?",
    "- Merge the change behind a feature flag that is off.\n"
    "- Deploy it to a small canary group of servers first.\n"
    "- Watch error rates and latency on the canary dashboards.\n"
    "- Roll out to everyone, or roll back if the metrics get worse.",
    "Ship it behind a disabled feature flag, deploy to a canary group first, watch the"
    " error rates and latency, then roll out to all or roll back when metrics get worse.",
    "Deploy on Friday evening to all servers at once and fix bugs as users report them.",
)


@pytest.mark.parametrize(("question", "answer", "good", "wrong"), [STEPS, RECIPE])
def test_a_list_of_sentences_gives_its_steps(question, answer, good, wrong):
    """A list whose items are each a sentence (the steps of a handshake, of a deploy) is
    read as prose: its points are the steps' clauses, not fragments ("session key",
    "client verifies"); the steps retold in order cover them, a wrong story none."""
    points = assert_fair(question, answer, good, wrong, most=5)
    assert len(points) >= 3, points
    assert all(len(p.split()) >= 3 for p in points), points
    assert scored(question, answer, good)[1] >= 0.75, points
    assert scored(question, answer, wrong)[1] == 0.0, points


def test_the_other_side_saying_the_same_words_is_its_own_point():
    """ "INNER JOIN returns only the rows …. LEFT JOIN returns every row …": the second
    side's clause is a point of its own (not a repeat of the first's words), each named
    by its side; the sides swapped tick neither, the words they share ("rows", "table")
    telling no side from the other."""
    question = "What is the difference between INNER JOIN and LEFT JOIN?"
    answer = (
        "INNER JOIN returns only the rows that match in both tables. LEFT JOIN returns"
        " every row of the left table, with NULLs where the right table has no match."
    )
    points = key_terms(answer, question=question)
    assert [p.split(": ")[0] for p in points[:2]] == ["INNER JOIN", "LEFT JOIN"], points
    swapped = "INNER JOIN keeps every row of the left table; LEFT JOIN returns only matching rows."
    ticks = ticked_terms(points, swapped, question)
    assert ticks[:2] == [False, False], points
    right = "Inner join returns only rows that match in both tables; left join returns every row of the left table."
    assert ticked_terms(points, right, question)[:2] == [True, True], points


def test_a_clause_is_said_by_the_name_it_gives_itself():
    """ "Absorbs bursts of traffic (buffering)": the name in parentheses is the idea, and
    saying it says the clause; examples in parentheses ("e.g. Redis") are not."""
    from studyapp.core.keymatch import said

    question = "Why use a message queue?"
    assert said("Absorbs bursts of traffic (buffering)", "load spikes are buffered", question)
    assert not said("Keeps hot data in memory (e.g. Redis)", "we use Redis", question)
    assert not said("Absorbs bursts of traffic (buffering)", "it is not buffered", question)


def test_a_word_marked_inside_a_point_is_not_a_point_again():
    """Bold on a word of a list item ("Makes code **testable** (inject mocks)") marks
    the item's idea: the word is not listed again beside the item."""
    answer = (
        "**Dependency injection** means an object receives its dependencies from outside"
        " instead of creating them itself.\n\n"
        "- Makes code **testable** (inject mocks)\n"
        "- Reduces **coupling** between classes\n"
        "- Config lives in one place (the **composition root**)"
    )
    points = key_terms(answer, question="What is dependency injection?")
    assert "Makes code testable (inject mocks)" in points, points
    assert "testable" not in points and "coupling" not in points, points


def test_a_word_marked_inside_a_definition_is_not_a_point_again():
    """ "`yield` turns a function into a **generator**": the definition says the marked
    word; it is not a second point beside it."""
    answer = (
        "`yield` turns a function into a **generator**. Each `yield` returns a value to the"
        " caller and **suspends** the function, keeping its local state."
    )
    points = key_terms(answer, question="What does the `yield` keyword do in Python?")
    assert any(p.endswith("into a generator") for p in points), points
    assert "generator" not in points, points


@pytest.mark.parametrize(
    "answer",
    [
        "## Requirements\nShorten URLs, redirect fast, 100M links.\n\n## Design\n"
        "- **Key generation**: base62-encode an id\n- **Caching**: hot keys in Redis\n\n"
        "## Trade-offs\nA hash may collide; an id leaks the link count.",
        "### Assumptions\nOne region, read-heavy.\n\n### Approach\n"
        "- **Rate limiter**: a token bucket per user\n- **Storage**: counters in Redis\n\n"
        "### Follow-up\nWhat if the limits differ per endpoint?",
    ],
)
def test_a_design_answers_section_headings_are_not_points(answer):
    """ "Requirements", "Trade-offs", "Assumptions", "Approach", "Follow-up": the sections
    a system-design answer is laid out in name no idea to check."""
    points = key_terms(answer, question="How would you design it?")
    labels = {"requirements", "design", "trade-offs", "assumptions", "approach", "follow-up"}
    assert points and not labels & {p.casefold() for p in points}, points


@pytest.mark.parametrize(
    ("point", "typed", "wrong"),
    [
        (
            "identifica de forma única cada fila de una tabla y no puede ser nula",
            "Es la columna que identifica cada fila; los valores nulos no son posibles.",
            "Es la primera columna de la tabla.",
        ),
        (
            "les index ralentissent les écritures",
            "Avec un index, la base ralentit quand on ajoute des lignes.",
            "Un index est la première colonne de la table.",
        ),
    ],
)
def test_an_answer_in_another_language_is_heard_in_its_own_inflections(point, typed, wrong):
    """Spanish "nulos" says "nula", French "ralentit" says "ralentissent": words of an
    answer in another language are compared by that language's stems too."""
    from studyapp.core.keymatch import said

    assert said(point, typed)
    assert not said(point, wrong)


QUEUE = (
    "Why use a message queue?",
    "- Decouples producers from consumers\n- Absorbs bursts of traffic (buffering)\n"
    "- Lets work be processed asynchronously",
    "So the sender and the receiver are decoupled, load spikes are buffered, and the"
    " processing happens async.",
    "To make the database faster by caching queries.",
)
YIELD = (
    "What does the `yield` keyword do in Python?",
    "`yield` turns a function into a **generator**. Each `yield` returns a value to the"
    " caller and **suspends** the function, keeping its local state.",
    "It makes the function a generator that hands back a value and pauses, keeping its locals.",
    "yield returns a value and ends the function like return.",
)


@pytest.mark.parametrize(("question", "answer", "good", "wrong"), [QUEUE, YIELD])
def test_a_point_said_in_other_words_is_said(question, answer, good, wrong):
    """A person explaining from memory says "pauses" for "suspends", "sender" for
    "producer", "async" for "asynchronously": the same idea, ticked; a wrong answer
    still ticks nothing."""
    points = key_terms(answer, question=question)
    assert scored(question, answer, good)[1] == 1.0, points
    assert scored(question, answer, wrong)[1] == 0.0, points


def test_a_word_has_one_group_of_other_words_at_most():
    """Each word of the synonym groups is in one group: two groups sharing a word would
    make every word of both say each other."""
    from studyapp.core import keysynonyms
    from studyapp.core.keymatch import stem

    seen: dict[str, int] = {}
    for k, line in enumerate(keysynonyms._GROUPS.strip().split("\n")):
        for word in line.split():
            assert seen.setdefault(stem(word), k) == k, word


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (
            "Explain the difference between a list and a tuple in Python.",
            "Lists are mutable, tuples are immutable.",
            "A list is mutable while tuples are immutable.",
            "Tuples are mutable and lists are immutable.",
        ),
        (
            "How does Python differ from C?",
            "Python is interpreted, C is compiled.",
            "Python gets interpreted and C compiled.",
            "Python is compiled and C is interpreted.",
        ),
    ],
)
def test_short_sides_of_one_sentence_are_points_of_their_own(question, answer, right, swapped):
    """ "Lists are mutable, tuples are immutable": each side, one word said of it, is a
    point named by its side; the sides swapped tick neither."""
    points = key_terms(answer, question=question)
    assert len(points) == 2 and all(": " in p for p in points), points
    assert ticked_terms(points, right, question) == [True, True], points
    assert ticked_terms(points, swapped, question) == [False, False], points


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "How do you handle a conflict with a coworker?",
            "First, talk to them privately to understand their view. Second, focus on the"
            " shared goal rather than on who is right. Finally, agree on next steps.",
        ),
        (
            "How do you debug a slow endpoint?",
            "Firstly, reproduce it with production-like data. Then, profile the request to"
            " find the hot spot. Lastly, fix it and measure again.",
        ),
    ],
)
def test_a_point_does_not_open_with_the_word_that_orders_it(question, answer):
    """ "First, talk to them privately …": the point is "talk to them privately …",
    without the word that only orders the steps."""
    points = key_terms(answer, question=question)
    assert len(points) >= 2, points
    openers = {"first", "firstly", "second", "then", "finally", "lastly"}
    assert not any(p.split()[0].strip(",").casefold() in openers for p in points), points


@pytest.mark.parametrize(
    ("question", "answer", "good", "examples_only"),
    [
        (
            "What is a CDN?",
            "A content delivery network caches static content at edge servers close to"
            " users, lowering latency and origin load.\n\nExamples: **Cloudflare**, Akamai.",
            "A CDN caches static files on edge servers near the users, which cuts latency"
            " and reduces load on the origin server.",
            "Cloudflare",
        ),
        (
            "What is a message queue good for?",
            "Decoupling producers from consumers, absorbing bursts (buffering), retries,"
            " and fan-out. Examples: Kafka, RabbitMQ, SQS.",
            "It decouples producers and consumers, buffers bursts of traffic, lets you"
            " retry failed work and fan out messages to many consumers.",
            "Kafka, RabbitMQ, SQS",
        ),
    ],
)
def test_an_answers_examples_are_not_its_points(question, answer, good, examples_only):
    """ "Examples: **Cloudflare**, Akamai." illustrates the answer: its names are not
    the points (naming the products scores nothing), what the answer says is."""
    points = key_terms(answer, question=question)
    assert not any("Cloudflare" in p or "Kafka" in p for p in points), points
    assert scored(question, answer, good)[1] == 1.0, points
    assert scored(question, answer, examples_only)[1] == 0.0, points


def test_examples_asked_for_are_the_points():
    """ "Name some message queues": the examples are the answer."""
    answer = "Examples: **Kafka**, **RabbitMQ** and **SQS**."
    points = key_terms(answer, question="Name some examples of message queues.")
    assert points and all("Kafka" in p or "SQS" in p for p in points), points


def test_a_short_point_is_said_by_a_form_derived_from_its_words():
    """ "controls class creation" is said by "controls how classes are created", as a
    clause point's words are by their derived forms; "printed" is no form of it."""
    from studyapp.core.keymatch import said

    question = "What is a metaclass?"
    assert said("controls class creation", "It controls how classes are created.", question)
    assert said("frozen dataclass hashable", "A frozen dataclass can be hashed.", "Keys?")
    assert not said("controls class creation", "It controls how classes are printed.", question)


def test_an_example_given_in_passing_is_not_a_point():
    """ "It controls class creation, e.g. to register subclasses": what it does is the
    point, the example of it is not."""
    answer = (
        "The class of a class; `type` by default. It controls class creation, e.g. to"
        " register subclasses or validate attributes."
    )
    points = key_terms(answer, question="What is a metaclass?")
    assert "controls class creation" in points, points
    assert not any("register" in p for p in points), points


@pytest.mark.parametrize(
    ("question", "answer", "shown", "not_shown"),
    [
        (
            "How do lists and tuples differ in Python?",
            "Lists are mutable; tuples are immutable and hashable (if their items are),"
            " so tuples can be dict keys.",
            "Tuples: immutable and hashable",
            "if their items",
        ),
        (
            "What are context managers?",
            "They guarantee cleanup such as closing files or releasing locks."
            " `contextlib.contextmanager` builds one from a generator.",
            "contextlib.contextmanager builds one from a generator",
            "locks. contextlib",
        ),
        (
            "What are the trade-offs of microservices?",
            "Pros: independent deploys, team autonomy, scale parts separately.\n"
            "Cons: network latency, distributed transactions, harder debugging.",
            "independent deploys",
            "Pros:",
        ),
    ],
)
def test_a_clause_point_is_the_clause_whole_and_alone(question, answer, shown, not_shown):
    """A point is its clause: not cut inside an aside that only qualifies it ("(if
    their items are)"), not run into the next sentence when that one opens with code,
    not opened by the label of its line ("Pros:")."""
    points = key_terms(answer, question=question)
    assert shown in points, points
    assert not any(not_shown in p for p in points), points


@pytest.mark.parametrize(
    ("point", "right", "contrary"),
    [
        (
            "Reads may return stale data in the meantime",
            "Until then a read can return stale data.",
            "Every read always returns the newest write immediately.",
        ),
        (
            "keeps keys sorted so range scans are cheap",
            "It keeps the keys sorted, which makes range scans cheap.",
            "It keeps keys unsorted, so range scans must read every page.",
        ),
    ],
)
def test_a_clause_said_with_its_contrary_word_is_not_said(point, right, contrary):
    """A typed clause that shares a point's words but says the opposite of one of them
    ("the newest write" for "stale data", "unsorted" for "sorted") does not say it."""
    from studyapp.core.keymatch import said

    assert said(point, right, "What is eventual consistency?")
    assert not said(point, contrary, "What is eventual consistency?")


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        (
            "What are the types of joins in SQL?",
            "There are four main types: inner join, left join, right join and full outer join.",
            "Inner, left, right and full outer joins.",
        ),
        (
            "How do you deploy safely?",
            "Three steps: ship behind a flag, roll out to a canary group, and watch the"
            " error rates.",
            "Ship it behind a flag, roll it out to a canary group first, then watch errors.",
        ),
    ],
)
def test_what_only_announces_a_list_is_not_a_name_to_say(question, answer, typed):
    """ "There are four main types: inner join, …": the words before the colon only
    announce the list, so the point is the list, said by naming its items; they are not
    a name the typed answer must say first."""
    points = key_terms(answer, question=question)
    assert not any("types" in p or "steps" in p.casefold() for p in points), points
    assert scored(question, answer, typed)[1] >= 0.5, points


@pytest.mark.parametrize(
    ("point", "right", "contrary"),
    [
        (
            "elements cannot be removed from a standard Bloom filter",
            "You can't delete elements from it.",
            "Elements can be removed at any time.",
        ),
        (
            "the leader does not wait for every follower to acknowledge",
            "The leader doesn't wait for all followers to acknowledge the write.",
            "The leader waits for every follower to acknowledge the write.",
        ),
    ],
)
def test_a_point_that_says_no_is_not_said_by_saying_yes(point, right, contrary):
    """ "elements cannot be removed" is said by "can't delete elements", not by "can be
    removed": a clause point that denies in its opening words needs the typed clause to
    deny too."""
    from studyapp.core.keymatch import said

    assert said(point, right, "How does it work?")
    assert not said(point, contrary, "How does it work?")


def test_what_a_reviewer_found_ticking_by_chance_does_not_tick():
    """Chance agreements a reviewer found: three initials in a row ("POST updates the")
    are no PUT; a word of a technical term's own ("Boosting", "Isolation") is not said
    by its everyday sense; a qualifier in parentheses ("(usually)") is no name of the
    clause; "classic" is no form of "class"."""
    from studyapp.core.keymatch import said

    assert not said("PUT", "POST updates the resource", "Which HTTP verbs are idempotent?")
    assert not said("Boosting", "increasing the number of trees", "How do ensembles work?")
    assert not said("Isolation", "transactions are distinct", "What are the ACID properties?")
    point = "Indexes speed up reads but slow down writes (usually)"
    assert not said(point, "usually", "What do indexes cost?")
    assert not said("Class method", "a classic method", "What kinds of methods are there?")


def test_a_word_that_says_the_point_is_not_also_its_contrary():
    """ "lowers" says "reduces"; it is not then taken for the contrary of "increases"."""
    from studyapp.core.keymatch import said

    point = "Regularization increases bias but reduces variance"
    assert said(point, "It lowers variance; bias goes up.", "What does regularization do?")


def test_english_with_single_letters_is_not_read_as_spanish():
    """ "O(n)", "e.g.": single letters are no evidence of a language."""
    from studyapp.core.keymatch import language_of

    assert language_of("Binary search is O(log n), e.g. y = o(n), a u e") is None
    assert language_of("El modelo memoriza el ruido de los datos y falla con datos nuevos") == (
        "spanish"
    )


@pytest.mark.parametrize(
    ("question", "answer", "one_side", "formula"),
    [
        (
            "What is the difference between precision and recall?",
            "Precision is the fraction of predicted positives that are truly positive:"
            " TP / (TP + FP). Recall is the fraction of actual positives that the model"
            " finds: TP / (TP + FN).",
            "Precision is TP / (TP + FP).",
            "Precision: TP / (TP + FP)",
        ),
        (
            "What is the difference between sensitivity and specificity?",
            "Sensitivity is the share of actual positives found: TP / (TP + FN)."
            " Specificity is the share of actual negatives found: TN / (TN + FP).",
            "Sensitivity is TP / (TP + FN).",
            "Sensitivity: TP / (TP + FN)",
        ),
    ],
)
def test_a_formula_a_sentence_ends_on_is_its_subjects(question, answer, one_side, formula):
    """ "Precision is the fraction …: TP / (TP + FP)": the formula is Precision's point,
    said by the model answer itself and by "TP over TP plus FP"; an answer naming only
    one side says nothing of the other (its formula's one shared symbol is not enough)."""
    points = key_terms(answer, question=question)
    assert formula in points, points
    assert all(ticked_terms(points, answer, question)), points
    ticks = dict(zip(points, ticked_terms(points, one_side, question), strict=True))
    assert ticks[formula] and sum(ticks.values()) == 1, ticks

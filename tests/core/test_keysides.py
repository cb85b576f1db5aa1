"""Two sides an answer contrasts by marking them ("**mutable**", "**immutable**"): both
are points with what the answer says of each, and an answer that swaps them ticks
neither (`core.keysides`, `keymatch.said`)."""

from __future__ import annotations

import pytest

from studyapp.core.keymatch import Heard
from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.keypoint_cases import TWENTY_THIRD_ROUND

MUTABLE_Q = "What is the difference between mutable and immutable objects?"
MUTABLE = (
    "A **mutable** object can be changed after it is created, like a list or dict. An"
    " **immutable** object cannot be changed; operations return a new object, like a"
    " tuple or str."
)
STATE_Q = "What is the difference between stateful and stateless services?"
STATE = (
    "A **stateful** service keeps session data between requests, so a client must return"
    " to the same server. A **stateless** service keeps no session data; any server can"
    " handle any request, which makes scaling out easy."
)


def test_two_marked_adjectives_are_both_points_with_what_each_means():
    assert key_terms(MUTABLE, question=MUTABLE_Q) == [
        "mutable: object can be changed",
        "immutable: object cannot be changed",
    ]


def test_a_right_answer_ticks_both_sides_and_a_swapped_one_neither():
    points = key_terms(MUTABLE, question=MUTABLE_Q)
    right = (
        "Mutable objects like lists can be modified in place; immutable ones like tuples or"
        " strings can't be altered, you get a new object instead."
    )
    assert ticked_terms(points, right, MUTABLE_Q) == [True, True]
    swapped = (
        "Mutable objects cannot be changed after creation, immutable ones can be modified in place."
    )
    assert ticked_terms(points, swapped, MUTABLE_Q) == [False, False]


def test_a_second_pair_of_sides_is_heard_the_same_way():
    # Written after the fix, as a check: both sides stay points ("keeps no session data"
    # is not "keeps session data" again), and the swapped answer ticks neither. (A right
    # answer in other words, "store session info", ticks neither too: "keep" and
    # "store" are not one idea to the matcher.)
    points = key_terms(STATE, question=STATE_Q)
    assert points == [
        "stateful: service keeps session data between requests",
        "stateless: service keeps no session data",
    ]
    swapped = (
        "A stateful service keeps no data between requests so any server can answer; a"
        " stateless service stores the session, so clients stick to one server."
    )
    assert ticked_terms(points, swapped, STATE_Q) == [False, False]
    right = "Stateless means the service keeps no session data; stateful ones keep session data."
    assert ticked_terms(points, right, STATE_Q) == [True, True]


def test_an_article_is_not_written_together_with_the_next_word():
    # "a synchronous call" says no "asynchronous"; "k means" still says "kmeans"
    assert not Heard.of("A synchronous call blocks.").positions("asynchronous")
    assert Heard.of("k means picks k centroids").positions("kmeans")


def test_relations_swapped_between_two_sides_tick_neither():
    question = "When should you use threads vs multiprocessing in Python?"
    answer = (
        "Use threads for I/O-bound work, because the GIL is released while waiting. Use"
        " multiprocessing for CPU-bound work, because each process has its own interpreter"
        " and GIL."
    )
    points = key_terms(answer, question=question)
    assert points[0] == "Use threads: I/O-bound work", points
    swapped = "Use threads for CPU-bound work and multiprocessing for I/O-bound work."
    assert not any(ticked_terms(points, swapped, question))

    question = "When should you use SQL or NoSQL databases?"
    answer = (
        "Choose SQL databases when you need joins and strict transactions. Choose NoSQL"
        " databases when you need flexible schemas and horizontal scaling."
    )
    points = key_terms(answer, question=question)
    right = (
        "SQL for relational data with joins and ACID transactions; NoSQL when the schema"
        " changes often and you must scale out horizontally."
    )
    assert ticked_terms(points, right, question) == [True, True], points
    swapped = (
        "Choose SQL when you need flexible schemas and horizontal scaling; NoSQL when you"
        " need joins and strict transactions."
    )
    assert ticked_terms(points, swapped, question) == [False, False], points


def test_steps_taken_by_the_wrong_side_are_not_ticked():
    question = "Describe the TCP three-way handshake."
    answer = (
        "The client sends SYN, the server answers SYN-ACK, and the client replies ACK;"
        " then the connection is established."
    )
    points = key_terms(answer, question=question)
    assert points[:2] == ["client sends SYN", "server answers SYN-ACK"], points
    right = "Client sends a SYN, server responds with SYN-ACK, then the client acknowledges."
    assert ticked_terms(points, right, question)[:2] == [True, True]
    swapped = "The server sends SYN, the client answers SYN-ACK, and the server replies ACK."
    assert ticked_terms(points, swapped, question)[:2] == [False, False]


def test_a_second_pair_of_swapped_relations_ticks_neither():
    # Written after the fix, as a check (not tuned on).
    question = "Where would you store sessions and where orders?"
    answer = (
        "Use Redis for session data that can expire. Use PostgreSQL for orders that must be"
        " durable and consistent."
    )
    points = key_terms(answer, question=question)
    right = (
        "Sessions go in Redis since they can expire; orders belong in PostgreSQL because"
        " they must be durable and consistent."
    )
    assert ticked_terms(points, right, question) == [True, True], points
    swapped = (
        "Use Redis for orders that must be durable and consistent and PostgreSQL for"
        " session data that can expire."
    )
    assert ticked_terms(points, swapped, question) == [False, False], points


IS_Q = "What is the difference between `is` and `==` in Python?"
IS = (
    "`is` checks identity: whether two names refer to the same object. `==` checks"
    " equality: whether the values are equal (it calls `__eq__`)."
)


def test_sides_named_in_code_are_points_and_heard():
    points = key_terms(IS, question=IS_Q)
    assert points[0] == "is: checks identity" and points[2] == "==: checks equality", points
    swapped = "is compares values, == compares identity: whether both are the same object."
    assert not any(ticked_terms(points, swapped, IS_Q))
    said = "== checks equality of values; is checks identity, whether both are the same object."
    assert ticked_terms(points, said, IS_Q)[0::2] == [True, True]


def test_a_second_pair_of_operators_is_named_by_its_sides():
    # Written after the fix, as a check (not tuned on): the points say which operator
    # does what, and a right answer in its own order ticks them all. (The swapped answer
    # still ticks the "==" side: "compares without conversion" is said there.)
    question = "What is the difference between `==` and `===` in JavaScript?"
    answer = (
        "`==` compares after converting both operands to a common type. `===` compares"
        " without any conversion, so the types must match too."
    )
    points = key_terms(answer, question=question)
    assert [p.split(": ")[0] for p in points[:2]] == ["==", "==="], points
    right = (
        "=== is strict: no type conversion, types have to match as well; == converts the"
        " operands to a common type first and then compares."
    )
    assert all(ticked_terms(points, right, question))


def test_operators_are_words_of_their_own():
    from studyapp.core.keymatch import words

    assert words("a == b, c === d, e != f") == [
        "a",
        "opeq",
        "b",
        "c",
        "opstricteq",
        "d",
        "e",
        "opne",
        "f",
    ]
    assert words("x = y + 1") == ["x", "y", "1"]  # (a formula's signs stay signs)


def test_a_side_in_capitals_the_question_names_stays_on_its_point():
    # "GET" is a name here, not the plain word "get": the points keep their sides, and
    # an answer that swaps what each does ticks neither.
    question = "When do you use GET and when POST?"
    answer = (
        "Use GET to read data without side effects. Use POST to create resources or submit"
        " data to the server."
    )
    points = key_terms(answer, question=question)
    assert [p.split(": ")[0] for p in points] == ["Use GET", "Use POST"], points
    swapped = (
        "Use GET to create resources and submit data, and POST to read data without side effects."
    )
    assert ticked_terms(points, swapped, question) == [False, False]


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (
            "What is the difference between a list and a set in Python?",
            "A list keeps insertion order and allows duplicates. A set is unordered and"
            " stores each element only once.",
            "A list is ordered and allows duplicates, a set is unordered and holds each"
            " element once.",
            "A set keeps insertion order and allows duplicates. A list is unordered and"
            " stores each element only once.",
        ),
        (  # written after the fix, not tuned on
            "What is the difference between a cache and a store?",
            "A cache keeps a temporary copy of data for fast reads. A store holds the"
            " durable source of truth.",
            "The cache keeps a temporary copy for fast reads; the store holds the durable"
            " source of truth.",
            "A store keeps a temporary copy of data for fast reads. A cache holds the"
            " durable source of truth.",
        ),
    ],
)
def test_a_side_named_by_a_word_that_is_also_a_verb_keeps_its_points(
    question, answer, right, swapped
):
    """ "A set is unordered …": after an article, "set" names a side (not the verb "to
    set"), so each clause is said of its side and the sides swapped tick neither."""
    points = key_terms(answer, question=question)
    assert all(": " in p for p in points), points
    assert all(ticked_terms(points, right, question)), points
    assert not any(ticked_terms(points, swapped, question)), points


AND_OR = (
    "What is the difference between `and` and `or` in Python?",
    "`and` returns the first falsy operand, or the last one if all are truthy. `or` returns"
    " the first truthy operand, or the last one if all are falsy.",
)


@pytest.mark.parametrize(
    "swapped",
    [
        "and returns the first truthy operand, or returns the first falsy operand.",
        "`and` returns the first truthy operand and the last one if all are falsy, and `or`"
        " returns the first falsy operand.",
    ],
)
def test_sides_named_and_and_or_are_not_named_by_conjunctions(swapped):
    """The "or" of "…, or the last one" is no side `or`, and sides whose glosses hold the
    same words in another order ("first falsy … truthy", "first truthy … falsy") are
    told by the order: the swapped answer ticks neither, the right one both."""
    question, answer = AND_OR
    points = key_terms(answer, question=question)
    assert [p.split(": ")[0] for p in points] == ["and", "or"], points
    right = (
        "or gives back the first truthy value (else the last operand); and gives back the"
        " first falsy value, else the last operand."
    )
    assert ticked_terms(points, right, question) == [True, True], points
    assert ticked_terms(points, swapped, question) == [False, False], points


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (
            "What is the difference between `any` and `all` in Python?",
            "`any` returns True if at least one element is truthy. `all` returns True only"
            " if every element is truthy.",
            "any is true as soon as one item is truthy; all is true only when every item is"
            " truthy.",
            "all returns True if at least one element is truthy, and any returns True only if"
            " every element is truthy.",
        ),
        (  # written after the fix, not tuned on
            "What do the producer and the consumer do in a message queue?",
            "The producer publishes messages to the queue. The consumer reads messages from"
            " the queue and processes them.",
            "The sender publishes messages onto the queue; the receiver reads them off the"
            " queue and processes them.",
            "The consumer publishes messages to the queue. The producer reads messages from"
            " the queue and processes them.",
        ),
    ],
)
def test_a_side_is_named_by_its_own_word_not_a_synonym(question, answer, right, swapped):
    """ "every" says "all", but names no side `all`; nor does the side's name, said, say
    a word of its own point ("every" of "only if every element …")."""
    points = key_terms(answer, question=question)
    assert all(ticked_terms(points, right, question)), points
    assert not any(ticked_terms(points, swapped, question)), points


UNION_Q = "What is the difference between UNION and UNION ALL?"
UNION = (
    "- **UNION** removes duplicate rows, so it has to sort or hash the result.\n"
    "- **UNION ALL** keeps every row, including duplicates, and is faster."
)


def test_a_side_whose_name_holds_another_side_is_heard_by_its_whole_name():
    # "UNION" is inside "UNION ALL": where "UNION ALL" is typed, it names that side only,
    # so a swapped answer ticks neither side.
    points = key_terms(UNION, question=UNION_Q)
    assert points == ["UNION: removes duplicate rows", "UNION ALL: keeps every row"]
    swapped = "UNION ALL removes duplicate rows, so it has to sort; UNION keeps every row."
    assert ticked_terms(points, swapped, UNION_Q) == [False, False]
    right = "UNION deletes the duplicate rows; UNION ALL returns all rows, duplicates too."
    assert ticked_terms(points, right, UNION_Q) == [True, True]


def test_a_name_inside_a_longer_one_written_apart_or_joined():
    # (a second input of the kind: one name a word inside the other's, typed in two
    # words or as one)
    question = "HashMap or ConcurrentHashMap?"
    answer = (
        "- **HashMap**: unsynchronized, for a single thread.\n"
        "- **ConcurrentHashMap**: synchronized internally, for many threads at once."
    )
    points = key_terms(answer, question=question)
    assert points == ["HashMap: unsynchronized", "ConcurrentHashMap: synchronized internally"]
    swapped = "A concurrent hashmap is unsynchronized; a hashmap is synchronized internally."
    assert ticked_terms(points, swapped, question) == [False, False]
    right = "A hashmap is unsynchronized; a concurrent hashmap is synchronized internally."
    assert ticked_terms(points, right, question) == [True, True]


def test_the_longest_name_takes_the_words_it_is_typed_with():
    from studyapp.core.keysides import names_at

    said = Heard.of("A multi-set counts repeats, a set keeps each element once.")
    assert names_at(["Set", "MultiSet"], said) == {"MultiSet": [1], "Set": [6]}
    said = Heard.of("An inner join keeps matches only; a plain join is the same.")
    assert names_at(["INNER JOIN", "JOIN"], said) == {"INNER JOIN": [1], "JOIN": [8]}
    # (a name said by another word of its group is no name: "every" says "all" but
    # "UNION keeps every row" names no UNION ALL)
    said = Heard.of("UNION keeps every row.")
    assert names_at(["UNION", "UNION ALL"], said) == {"UNION ALL": [], "UNION": [0]}


LOCKS_Q = "What is the difference between a lock and a spin lock?"
LOCKS = (
    "- **Lock** (a blocking mutex): puts a waiting thread to sleep until the lock is free.\n"
    "- **Spin lock**: keeps the waiting thread busy, checking the lock in a loop."
)


def test_an_aside_after_a_name_is_no_point_and_a_side_named_later_no_subject():
    # The aside "(a blocking mutex)" names the lock again; what is said of it follows.
    # And "a spin lock puts … until the lock is free" is about the spin lock: the lock
    # named after it is what the clause speaks of, not its subject.
    points = key_terms(LOCKS, question=LOCKS_Q)
    assert points == [
        "Lock: puts a waiting thread to sleep",
        "Spin lock: keeps the waiting thread busy",
    ]
    swapped = (
        "A spin lock puts a waiting thread to sleep until the lock is free, and a lock"
        " keeps the waiting thread busy checking it in a loop."
    )
    assert ticked_terms(points, swapped, LOCKS_Q, LOCKS) == [False, False]
    right = (
        "A normal lock makes the waiting thread sleep until it is released, while a spin"
        " lock has the waiting thread busy-wait, checking it over and over in a loop."
    )
    assert ticked_terms(points, right, LOCKS_Q, LOCKS) == [True, True]


def test_a_second_aside_and_a_side_named_inside_the_others_clause():
    # (a second input of the kind, in operating systems)
    question = "What is the difference between a process and a thread?"
    answer = (
        "- **Process** (a running program): has its own address space.\n"
        "- **Thread**: shares the address space of the process it runs in."
    )
    points = key_terms(answer, question=question)
    assert points == ["Process: own address space", "Thread: shares the address space"]
    swapped = (
        "A thread has its own address space apart from the process, and a process shares"
        " the address space of its threads."
    )
    assert ticked_terms(points, swapped, question, answer) == [False, False]
    right = "A process gets a private address space; its threads all share that address space."
    assert ticked_terms(points, right, question, answer) == [True, True]


DEADLOCK = (
    "What is a deadlock?",
    "A **deadlock** means that **two threads each wait for a lock the other holds**.\n\n"
    "### Fixes\n\n"
    "* **Lock ordering**: prevents cycles with one global order.\n"
    "* **Timeouts**: abandon a wait after a limit.\n",
)


@pytest.mark.parametrize(
    ("question", "answer", "right", "elsewhere"),
    [
        (  # the sample deck's answer: "Temperature:" and "Seed:" named in another sentence
            "What is Non-Deterministic Output?",
            next(c for c in TWENTY_THIRD_ROUND if c.id == "sample-non-deterministic").answer,
            "Sending the same prompt twice can give a different result each time, because"
            " the model samples. To make it repeatable, set temperature to 0 or fix the seed.",
            "Set temperature to 0 or fix the seed.",
        ),
        (
            *DEADLOCK,
            "Two threads each wait for a lock the other one holds; timeouts abandon the wait.",
            "Timeouts abandon a wait after a limit.",
        ),
    ],
)
def test_the_asked_thing_needs_no_name_where_other_sides_are_named(
    question, answer, right, elsewhere
):
    # ("Non-deterministic output: running the same input multiple times …" went unheard
    # in a right answer whose other clause named "temperature", another point's side)
    points = key_terms(answer, question=question)
    first = points[0]
    assert ticked_terms(points, right, question, answer)[0] is True, first
    assert ticked_terms(points, elsewhere, question, answer)[0] is False, first


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (  # the sample deck's GPT answer, a tester's answer with "Pretrained" as one word
            "What does GPT stand for?",
            next(c for c in TWENTY_THIRD_ROUND if c.id == "sample-gpt").answer,
            "GPT means Generative Pretrained Transformer. It is pretrained on a big corpus of"
            " books and web pages.",
            "",
        ),
        (
            "How do clustering algorithms differ?",
            "* **K-means**: assigns each point to the nearest centroid.\n"
            "* **DBSCAN**: grows clusters from dense regions.\n",
            "Kmeans assigns each point to the nearest centroid. DBSCAN grows clusters from"
            " dense regions.",
            "DBSCAN assigns each point to the nearest centroid. Kmeans grows clusters from"
            " dense regions.",
        ),
    ],
)
def test_a_side_named_with_its_words_written_as_one_is_named(question, answer, right, swapped):
    # ("Pre-trained: Initially trained on vast amounts of data" went unheard where
    # "pretrained", one word, named no side "Pre-trained")
    points = key_terms(answer, question=question)
    side = next(p for p in points if "-" in p.split(": ")[0])
    ticked = dict(zip(points, ticked_terms(points, right, question, answer), strict=True))
    assert ticked[side] is True, ticked
    if swapped:
        assert not any(ticked_terms(points, swapped, question, answer)), points


def test_a_side_named_again_with_its_acronym_is_the_same_side():
    """ "Autoencoder: neural network" beside "Autoencoder (AE): Deterministic" (a table's
    column): one side, so what the typed answer says of the autoencoder is said of it."""
    from studyapp.core.keyterms import ticked_terms

    points = [
        "Autoencoder: neural network",
        "Autoencoder (AE): Deterministic",
        "VAE: Probabilistic",
    ]
    typed = "An autoencoder is a neural network with an encoder and a decoder."
    asked = "What is an Autoencoder in Generative AI?"
    assert ticked_terms(points, typed, asked) == [True, False, False]
    points = [
        "Gradient boosting: trees fit the residuals",
        "Gradient boosting (GBM): sequential",
        "Random forest: parallel",
    ]
    typed = "In gradient boosting the trees fit the residuals of the ones before."
    assert ticked_terms(points, typed, "Boosting vs bagging?") == [True, False, False]


# A side's point said of the other side, where a side has another point that denies
# something ("Deep copy: changes … do not affect the original"): that denial tells no
# side's points apart, so the words both sides' points share ("nested objects", "target
# file") say neither side's point.
SWAPPED_SIDES = [
    (
        "What is the difference between a shallow copy and a deep copy?",
        "A shallow copy creates a new container but shares the nested objects with the"
        " original. A deep copy recursively copies all nested objects, so changes to them"
        " do not affect the original.",
        "Deep copy: recursively copies all nested objects, so changes to them do not affect"
        " the original",
        "A deep copy creates a new container but shares the nested objects with the"
        " original. A shallow copy recursively copies all nested objects, so changes to"
        " them do not affect the original.",
    ),
    (
        "What is the difference between a soft link and a hard link?",
        "A soft link stores the path of the target file. A hard link points directly to the"
        " inode of the target file, so deleting the original name does not remove the data.",
        "Soft link: stores the path of the target file",
        "A hard link stores the path of the target file. A soft link points directly to the"
        " inode of the target file, so deleting the original name does not remove the data.",
    ),
    (
        "What is the difference between a shallow clone and a full clone in Git?",
        "A shallow clone downloads only the latest commits of the history. A full clone"
        " downloads every commit of the history, so it does not need the network for git"
        " log.",
        "Full clone: downloads every commit of the history",
        "A full clone downloads only the latest commits of the history. A shallow clone"
        " downloads every commit of the history, so it does not need the network for git"
        " log.",
    ),
]


@pytest.mark.parametrize(("question", "answer", "point", "swapped"), SWAPPED_SIDES)
def test_a_point_said_of_the_other_side_is_not_ticked(question, answer, point, swapped):
    points = key_terms(answer, question=question)
    assert point in points, points
    ticks = dict(zip(points, ticked_terms(points, swapped, question, answer), strict=True))
    assert ticks[point] is False, ticks
    assert all(ticked_terms(points, answer, question, answer)), points

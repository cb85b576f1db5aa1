"""Points that name kinds of one thing ("Key-value stores", "Column-family stores") are
said by what tells each kind apart (`core.keykinds`): a partly right answer naming two
kinds gets those two."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

NOSQL_Q = "What are the main types of NoSQL databases?"
NOSQL = (
    "There are four main types:\n\n"
    "- **Key-value stores** (Redis, DynamoDB): a value looked up by its key.\n"
    "- **Document databases** (MongoDB): JSON-like documents with nested fields.\n"
    "- **Column-family stores** (Cassandra): rows with flexible columns grouped in families.\n"
    "- **Graph databases** (Neo4j): nodes and edges for highly connected data.\n"
)


def test_a_partly_right_answer_naming_two_kinds_ticks_those_two():
    points = key_terms(NOSQL, question=NOSQL_Q)
    assert points == [
        "Key-value stores",
        "Document databases",
        "Column-family stores",
        "Graph databases",
    ]
    typed = "Key-value and document databases."
    assert ticked_terms(points, typed, NOSQL_Q) == [True, True, False, False]
    assert not any(ticked_terms(points, "Relational and SQL databases.", NOSQL_Q))


def test_a_second_list_of_kinds_is_heard_the_same_way():
    # Written after the fix, as a check (not tuned on).
    question = "Which ways of running Python code concurrently are there?"
    answer = (
        "- **Thread pools** for I/O-bound work.\n"
        "- **Process pools** for CPU-bound work.\n"
        "- **Async event loops** for many network connections.\n"
    )
    points = key_terms(answer, question=question)
    assert points == ["Thread pools", "Process pools", "Async event loops"]
    typed = "Threads and processes, or asyncio."
    assert ticked_terms(points, typed, question) == [True, True, False]
    wrong = "Using pools of GPUs and distributed clusters."
    assert not any(ticked_terms(points, wrong, question))


def test_a_word_every_kind_shares_does_not_name_one():
    points = ["Type I error", "Type II error"]  # ("type" is both's; "i", "ii" too short)
    assert ticked_terms(points, "There are two types of error.") == [False, False]
    points = ["Primary key", "Foreign key"]
    assert ticked_terms(points, "Every table has keys.") == [False, False]
    assert ticked_terms(points, "A foreign one points at another table.") == [False, True]

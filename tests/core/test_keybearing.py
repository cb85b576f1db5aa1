"""A point keeps the small word that turns or restricts its meaning: "2NF: no partial
dependency" is no "2NF: partial dependency", and "only one thread runs bytecode" no "one
thread runs bytecode"; so a typed answer that says the opposite does not tick it."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

NORMAL_FORMS = (
    "Organizing tables to reduce redundancy:\n"
    "- 1NF: atomic values\n"
    "- 2NF: no partial dependency\n"
    "- 3NF: no transitive dependency"
)


def _ticks(answer: str, typed: str, question: str) -> int:
    points = key_terms(answer, question=question)
    return sum(ticked_terms(points, typed, question, answer))


def test_a_list_items_negation_stays_in_its_point():
    points = key_terms(NORMAL_FORMS, question="What is normalization?")
    assert "2NF: no partial dependency" in points
    assert "3NF: no transitive dependency" in points


def test_the_right_answer_ticks_more_than_the_reversed_one():
    question = "What is normalization?"
    right = "1NF atomic values, 2NF no partial dependency, 3NF no transitive dependency"
    wrong = "1NF atomic values, 2NF has a partial dependency, 3NF has a transitive dependency"
    assert _ticks(NORMAL_FORMS, right, question) == 3
    assert _ticks(NORMAL_FORMS, wrong, question) == 1


def test_a_glossary_of_another_subject_keeps_its_no():
    answer = (
        "- **Stateless**: no session kept on the server\n"
        "- **Cacheable**: responses say whether they can be cached\n"
        "- **Uniform interface**: resources named by URLs"
    )
    question = "What are the properties of a REST API?"
    points = key_terms(answer, question=question)
    assert "Stateless: no session kept on the server" in points
    typed = "stateless: a session is kept on the server"
    assert not ticked_terms(points, typed, question, answer)[0]


def test_a_restricted_count_stays_and_many_do_not_say_it():
    answer = "Global Interpreter Lock: only one thread runs Python bytecode at a time"
    question = "What is the GIL?"
    points = key_terms(answer, question=question)
    assert "only one thread runs Python bytecode at a time" in points
    many = "lets many threads run python bytecode at the same time"
    assert _ticks(answer, many, question) == 0
    one = "a global interpreter lock so only one thread executes python bytecode at once"
    assert _ticks(answer, one, question) == 2


def test_a_lock_s_single_holder_stays_in_its_meaning():
    answer = (
        "- **Lock**: only one thread holds it at a time, whether it reads or writes.\n"
        "- **Read-write lock**: many readers can hold it at once, but a writer holds it"
        " alone."
    )
    points = key_terms(
        answer, question="What is the difference between a lock and a read-write lock?"
    )
    assert any(p.startswith("Lock: only one thread") for p in points), points

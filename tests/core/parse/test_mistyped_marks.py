"""A question whose mark the person mistyped ("7 What is …?" among "6." and "8.",
``**How do you …?`` with its bold never closed) is a question of its own, with its own
answer, not a line of the answer above it; a line that only looks so stays."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs, skipped


def test_a_number_without_its_dot_is_the_missing_question():
    text = (
        "# Python interview prep\n\n"
        "5. How does `is` differ from `==`?\n"
        "   `is` checks identity (same object), `==` checks equality (`__eq__`).\n\n"
        "6. What are *args and **kwargs?\n"
        "   *args collects extra positional arguments into a tuple.\n\n"
        "7 What is a context manager?\n"
        "   An object with `__enter__` and `__exit__`, used with `with`.\n\n"
        "8. Mutable default arguments - why are they a trap?\n"
        "   The default is evaluated once at def time.\n"
    )
    assert pairs(text) == [
        (
            "How does is differ from ==?",
            "`is` checks identity (same object), `==` checks equality (`__eq__`).",
        ),
        ("What are *args and **kwargs?", "*args collects extra positional arguments into a tuple."),
        (
            "What is a context manager?",
            "An object with `__enter__` and `__exit__`, used with `with`.",
        ),
        (
            "Mutable default arguments - why are they a trap?",
            "The default is evaluated once at def time.",
        ),
    ]


def test_a_bold_never_closed_is_the_question_at_its_place():
    text = (
        "# SQL & Databases\n\n## Aggregation\n\n"
        "**What does GROUP BY do?**\n"
        "Groups rows that share values.\n\n"
        "**What is a window function?**\n"
        "A function over rows related to the current row:\n\n"
        "| function | what it does |\n| --- | --- |\n| RANK() | ties share a rank |\n\n"
        "**How do you find the second highest salary?\n"
        "Use `SELECT MAX(salary) FROM emp WHERE salary < (SELECT MAX(salary) FROM emp);`.\n\n"
        "## Indexing\n\n"
        "**What is an index?**\n"
        "A B-tree that speeds up lookups.\n"
    )
    doc = parse_text(text)
    found = {q.title: q for q in doc.questions}
    assert "How do you find the second highest salary?" in found
    salary = found["How do you find the second highest salary?"]
    assert salary.answer_markdown.startswith("Use `SELECT MAX(salary)")
    assert salary.topic_path == ("Aggregation",)
    assert "salary" not in found["What is a window function?"].answer_markdown


# Other damages, other languages: each the third of four questions.
FRESH = {
    "a stray space before the mark": (
        "1) What is a goroutine?\n   A lightweight thread.\n\n"
        "2) How do channels work?\n   Typed pipes.\n\n"
        "3 ) Was ist ein Mutex?\n   Ein Lock für gegenseitigen Ausschluss.\n\n"
        "4) What does defer do?\n   Runs a call when the function returns.\n"
    ),
    "no space after the dot": (
        "## Rust\n\n1. Qu'est-ce que l'ownership ?\n   Un seul propriétaire.\n\n"
        "2. Qu'est-ce qu'un emprunt ?\n   Une référence.\n\n"
        "3.Qu'est-ce qu'une lifetime ?\n   La durée de validité d'une référence.\n\n"
        "4. Pourquoi Rust n'a pas de GC ?\n   Le compilateur sait tout.\n"
    ),
    "bold closed and never opened": (
        "**What is TCP?**\nA reliable byte stream.\n\n"
        "**What is UDP?**\nDatagrams.\n\n"
        "What is a three-way handshake?**\nSYN, SYN-ACK, ACK.\n\n"
        "**Why use QUIC?**\nFewer round trips.\n"
    ),
    "bold half closed": (
        "**¿Qué es Docker?**\n\nUna plataforma de contenedores.\n\n"
        "**¿Qué es una imagen?**\n\nUna plantilla.\n\n"
        "**¿Qué es un volumen?*\n\nAlmacenamiento persistente.\n\n"
        "**¿Qué es una red?**\n\nConecta contenedores.\n"
    ),
    "a heading's marks without their space": (
        "# Kubernetes\n\n## What is a pod?\nThe smallest unit.\n\n"
        "## What is a service?\nA stable address.\n\n"
        "##What is an ingress?\nHTTP routing into the cluster.\n\n"
        "## What is a DaemonSet?\nOne pod per node.\n"
    ),
    "a Q without its colon": (
        "Q: What is an index?\nA: A structure that speeds up reads.\n\n"
        "Q: What is a view?\nA: A stored query.\n\n"
        "Q What is a trigger?\nA: Code that runs on a table event.\n\n"
        "Q: What is a cursor?\nA: A pointer over a result set.\n"
    ),
}


@pytest.mark.parametrize("text", FRESH.values(), ids=FRESH.keys())
def test_a_mistyped_mark_of_another_kind_is_a_question_too(text):
    found = pairs(text)
    assert len(found) == 4
    title, answer = found[2]
    assert answer and answer in text and title.split()[-1].rstrip("?") in text
    assert title not in found[1][1]  # not in the answer above


def test_the_last_question_and_one_right_under_an_answer():
    text = (
        "1. What is a closure?\n   A function with its scope.\n"
        "2. What is hoisting?\n   Declarations move to the top.\n"
        "3 What is the event loop?\n   It runs queued callbacks.\n"
    )
    assert [t for t, _ in pairs(text)] == [
        "What is a closure?",
        "What is hoisting?",
        "What is the event loop?",
    ]


# Lines that look like a mistyped mark and are the answer's own.
ANSWERS = {
    "a numbered step": (
        "1. How do you make pancakes?\n   Mix:\n2 cups of flour\n   and milk.\n\n"
        "2. How do you make tea?\n   Boil water.\n\n3. What is a roux?\n   Flour and fat.\n",
        "2 cups of flour",
    ),
    "a paragraph's question": (
        "**What is CAP?**\nConsistency, availability, partition tolerance.\n"
        "But what happens when the network splits?\nYou choose C or A.\n\n"
        "**What is BASE?**\nEventual consistency.\n",
        "But what happens when the network splits?",
    ),
    "code": (
        "1. What does this print?\n   ```python\n   print(1)\n   2 What is printed here?\n"
        "   ```\n\n2. What is a list?\n   A sequence.\n\n3. What is a dict?\n   A map.\n",
        "2 What is printed here?",
    ),
    "bold closed within the line": (
        "**What is REST?**\nAn architectural style.\n\n**Note:** is it a protocol?\nNo.\n\n"
        "**What is GraphQL?**\nA query language.\n",
        "**Note:** is it a protocol?",
    ),
    "tags": (
        "## What is Git?\nA VCS.\n#git #interview\n#Why-is-this-here?\n\n"
        "## What is a rebase?\nReplaying commits.\n",
        "#Why-is-this-here?",
    ),
}


@pytest.mark.parametrize(("text", "line"), ANSWERS.values(), ids=ANSWERS.keys())
def test_a_line_of_the_answer_stays_in_it(text, line):
    found = pairs(text)
    assert any(line in answer for _, answer in found)
    assert not skipped(text)


def test_a_missing_number_that_asks_nothing_is_named_not_hidden():
    text = (
        "1. What is a list?\n   A sequence.\n\n"
        "2. What is a tuple?\n   An immutable sequence.\n\n"
        "3 Context managers\n   Objects with __enter__ and __exit__.\n\n"
        "4. What is a set?\n   Unique items.\n"
    )
    assert pairs(text)[1] == ("What is a tuple?", "An immutable sequence.")
    assert [t for t, _ in pairs(text)] == ["What is a list?", "What is a tuple?", "What is a set?"]
    assert skipped(text) == [(7, 8, "a question? its mark looks mistyped")]

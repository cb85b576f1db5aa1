"""A list of topics or prompts to prepare, without answers, is a list of questions
whatever its items' shape: nouns ("Hash maps"), imperatives ("Design a URL shortener"),
questions without their "?" ("Tell me about yourself"). No shape tells such a list from
a shopping list, and losing a person's prep list costs more than reading a list someone
imported by mistake, so a list is read as questions. A quarter's name ("Q4 goals:") is
no question number."""

from __future__ import annotations

from tests.helpers.parsing import titles


def test_a_list_of_topics_to_revise_is_read_as_questions():
    nouns = (
        "# Data structures to revise\n\n- Hash maps\n- Tries\n- Heaps\n- Segment trees\n"
        "- Union-find\n- LRU cache: how would you build one?\n"
    )
    assert titles(nouns) == [
        "Hash maps",
        "Tries",
        "Heaps",
        "Segment trees",
        "Union-find",
        "LRU cache: how would you build one?",
    ]


def test_a_list_of_prompts_without_question_marks_is_read_as_questions():
    behavioral = (
        "# Behavioral\n\n- Tell me about yourself\n- Greatest strength\n- Greatest weakness\n"
        "- A conflict with a coworker\n- Salary expectations\n- Why this company\n"
    )
    assert len(titles(behavioral)) == 6
    tasks = (
        "# System design prep\n\n1. Design a rate limiter.\n2. Sketch a news feed.\n"
        "3. Two-phase commit\n4. Consistent hashing\n5. Compare Kafka and RabbitMQ.\n"
    )
    assert titles(tasks)[0] == "Design a rate limiter."
    assert len(titles(tasks)) == 5


def test_a_quarter_is_no_question_number():
    planning = (
        "# Planning questions\n\n"
        "- What does the promo packet need?\n  A summary of impact with links.\n"
        "- Which Q3 numbers matter most?\n  Revenue and churn.\n"
        "- Q4 goals: which ones are realistic?\n  Shipping search v2.\n"
    )
    assert titles(planning)[2] == "Q4 goals: which ones are realistic?"

"""Rows of the same title told apart (a quiz's 108 "What's the output?"), and titles
listed without Markdown's marks."""

from __future__ import annotations

import pytest

from studyapp.core.title_hints import (
    Listed,
    body_hint,
    first_words,
    listed_html,
    listed_text,
    twin_hints,
)

OUTPUT = "What's the output?"


def test_twins_are_told_apart_by_the_first_words_of_their_bodies():
    rows = [
        Listed("a", OUTPUT, "```python\nprint(0.1 + 0.2 == 0.3)\n```\n\n**Answer:** False", 15),
        Listed("b", OUTPUT, "```python\nprint([] == [])\n```\n\n**Answer:** True", 28),
        Listed("c", "How does an LRU cache evict?", "Least recently used first.", 40),
    ]
    assert twin_hints(rows) == {"a": "print(0.1 + 0.2 == 0.3)", "b": "print([] == [])"}


def test_another_kind_of_quiz_a_heading_label_and_options_in_another_language():
    rows = [
        Listed("x", "Что выведет код?", "Дан код `len('abc')`.\n\n## Ответ (RU)\n\n3", 3),
        Listed("y", "что  выведет КОД?", "Дан код `len([])`.\n\n## Ответ (RU)\n\n0", 9),
    ]
    assert twin_hints(rows) == {"x": "Дан код len('abc').", "y": "Дан код len([])."}


def test_twins_without_a_body_or_with_the_same_body_are_told_apart_by_their_place():
    rows = [
        Listed("a", OUTPUT, "No label: this is the answer.", 54),
        Listed("b", OUTPUT, "No label either.", 71, "quiz/python.md"),
        Listed("c", "Same body?", "Same code.\n\nSolution: one", 5),
        Listed("d", "Same body?", "Same code.\n\nSolution: two", 9),
    ]
    assert twin_hints(rows) == {
        "a": "line 54",
        "b": "python.md, line 71",
        "c": "line 5",
        "d": "line 9",
    }


def test_twins_with_no_place_are_told_apart_by_their_answers_first_words():
    """A deck whose file the person does not have (the bundled one) gives no place:
    "What is a GAN? — line 1059 / line 1666" named lines of no file of theirs."""
    rows = [
        Listed("a", "What is a GAN?", "### **GAM (General Adversarial Mechanism)** — or…"),
        Listed("b", "What is a GAN?", "**GAN** stands for *Generative Adversarial Network*."),
        Listed("c", "Same answer?", "Yes."),
        Listed("d", "Same answer?", "Yes."),
        Listed("e", "With a body", "Given `x`.\n\nAnswer: 1"),
        Listed("f", "With a body", "Given `y`.\n\nAnswer: 1"),
    ]
    assert twin_hints(rows) == {
        "a": "GAM (General Adversarial Mechanism) — or…",
        "b": "GAN stands for Generative Adversarial Network.",
        "c": "",  # nothing tells them apart: no hint rather than a wrong one
        "d": "",
        "e": "Given x.",  # a body still comes first
        "f": "Given y.",
    }


def test_a_title_listed_once_has_no_hint_and_one_question_twice_is_no_twin():
    assert twin_hints([Listed("a", OUTPUT, "Body.\n\nAnswer: 1", 3)]) == {}
    assert twin_hints([Listed("a", OUTPUT, "x", 3), Listed("a", OUTPUT, "x", 3)]) == {}


def test_a_body_hint_is_plain_text_cut_at_a_word():
    body = "Given **this** `code` and [a link](http://x) with many more words after it\n\n" * 2
    hint = body_hint(body + "Answer: B")
    assert hint.startswith("Given this code and a link with many") and hint.endswith("…")
    assert not set("*`[]()") & set(hint)
    assert len(hint) <= 49
    assert first_words("x" * 80, 10) == "xxxxxxxxxx…"


def test_a_listed_title_has_no_markdown_marks():
    assert listed_text("What does `git rebase` do?") == "What does git rebase do?"
    assert listed_text("Why **force-push** after a `rebase`?", typed_here=True) == (
        "Why force-push after a rebase?"
    )
    assert listed_text("When is `__slots__` worth it?") == "When is __slots__ worth it?"
    html = listed_html("When is `__slots__` worth it?")
    assert "`" not in html and "<code" in html and "__slots__</code>" in html


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        ("```python\nprint(type(lambda: 0).__name__)\n```", "print(type(lambda: 0).__name__)"),
        ("```python\nx = 2 ** 3 ** 2\nprint(x)\n```\n\n- A: 64", "x = 2 ** 3 ** 2 print(x) A: 64"),
    ],
)
def test_a_body_hint_keeps_its_code_as_written(body, hint):
    """Code read as Markdown lost its marks: `__name__` showed as "name" and
    `2 ** 3 ** 2` as "2 3 2" in the mock summary, the Weak Topics list and the PDF."""
    assert body_hint(f"{body}\n\n**Answer:** B\n\nBecause.") == hint

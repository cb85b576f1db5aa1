"""Technical words said in plain English (`keyglosses`): "can be changed" says
"mutable", "cannot be changed" (or "…, a tuple cannot") says "immutable", "smaller" says
"uses less memory"; a denied phrase never says the notion itself."""

from __future__ import annotations

from studyapp.core.keymatch import Heard
from tests.core.test_keydenial import ticks

LIST_TUPLE = (
    "What is the difference between a list and a tuple?",
    "Lists are mutable, tuples are immutable. Tuples can be dict keys if their items are"
    " hashable. Tuples are slightly faster and use less memory.",
)


def test_a_right_answer_in_plain_words_ticks_the_technical_points():
    found = ticks(
        *LIST_TUPLE,
        "a list can be changed after it is made, a tuple cannot; tuples are a bit faster"
        " and smaller",
    )
    assert found["Lists: mutable"] and found["Tuples: immutable"], found
    assert found["Tuples: slightly faster and use less memory"], found
    assert not found["Tuples: dict keys if their items are hashable"], found


def test_plain_words_with_the_polarity_swapped_tick_neither_side():
    found = ticks(
        *LIST_TUPLE,
        "A tuple can be changed after it is made and a list cannot; lists are faster.",
    )
    assert not found["Lists: mutable"] and not found["Tuples: immutable"], found


def test_the_same_notion_in_another_field_and_another_negation():
    # (a second input of the kind, not tried while writing the table)
    question = "What does freezing a layer mean in fine-tuning?"
    answer = "The layer's weights are immutable during fine-tuning; only the new head is trained."
    point = "layer's weights are immutable during fine-tuning"
    assert ticks(question, answer, "Its weights can never be modified while fine-tuning.")[point]
    assert not ticks(question, answer, "Its weights can be modified while fine-tuning.")[point]


def test_a_denied_phrase_says_the_opposite_notion():
    question = "Why use a JWT instead of server-side sessions?"
    answer = "The token is self-contained, so the server stays stateless and scales horizontally."
    point = "stays stateless and scales horizontally"
    assert ticks(question, answer, "the server does not keep state, so you can scale out")[point]
    assert Heard.of("the server does not keep any state").positions("stateless")
    assert not Heard.of("the server keeps state").positions("stateless")

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


ACID = (
    "What is ACID?",
    "The guarantees of a database transaction:\n\n- **Atomicity**: all or nothing.\n-"
    " **Consistency**: constraints always hold.\n- **Isolation**: concurrent"
    " transactions don't see each other's partial work.\n- **Durability**: committed"
    " data survives a crash.",
)


def test_surviving_a_crash_said_as_kept_through_a_power_loss():
    durability = "Durability: committed data survives a crash"
    said = "Once committed, changes are kept even if the server loses power."
    assert ticks(*ACID, said)[durability]
    # (said of something else, or denied, it says nothing of the point)
    assert not ticks(*ACID, "Committed data is lost when the server loses power.")[durability]
    assert not ticks(*ACID, "Durability means the disks last for years.")[durability]


def test_a_second_paraphrase_of_the_family_in_another_field():
    # (a second input of the kind: the same notions in other plain words)
    question = "Why keep a replica of a database?"
    answer = "A replica keeps a copy on another machine, so committed data survives a crash."
    point = "committed data survives a crash"
    assert ticks(question, answer, "Committed writes are never lost if one machine dies.")[point]
    assert ticks(question, answer, "Committed data is still there after a power outage.")[point]
    assert not ticks(question, answer, "A replica makes committed queries run faster.")[point]


def test_dropping_a_thing_says_removing_it_but_a_quantity_that_drops_does_not():
    assert Heard.of("UNION drops the duplicates, which costs a sort").positions("removes")
    assert Heard.of("the duplicate rows are dropped").positions("removes")
    assert not Heard.of("latency drops to 5 ms under load").positions("removes")
    assert not Heard.of("throughput dropped sharply").positions("removes")


def test_soaking_up_says_absorbs():
    question = "What does a CDN do?"
    answer = (
        "A CDN caches content on edge servers near the users.\n\n- Lower latency\n- Absorbs"
        " traffic spikes"
    )
    found = ticks(question, answer, "Its edge servers soak up sudden spikes of traffic.")
    assert found["Absorbs traffic spikes"], found


def test_not_changed_says_equal_and_changed_says_different():
    """ "the props haven't changed" says "the props are equal"; "the source has not
    changed" the same; "the props changed" says no "equal"."""
    for typed in ("the props haven't changed", "the source has not changed since"):
        assert Heard.of(typed).positions("equal"), typed
    assert not Heard.of("the props changed").positions("equal")
    assert Heard.of("the props changed").positions("different")

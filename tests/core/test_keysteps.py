"""Steps told as short clauses ("client sends SYN", "reviewer approves changes"): a step
is said by who does it and what to, in one typed clause; the steps shuffled between
their actors or their objects tick none of them (keymatch._short_clause_said)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

HANDSHAKE = (
    "Describe the TCP three-way handshake.",
    "The client sends SYN, the server answers SYN-ACK, and the client replies ACK; then the"
    " connection is established.",
)


def test_a_step_is_not_said_by_its_subject_and_verb_alone():
    """"The client sends ACK" says who and what is done, not what is sent: no "client
    sends SYN"."""
    question, answer = HANDSHAKE
    points = key_terms(answer, question=question)
    assert points[:2] == ["client sends SYN", "server answers SYN-ACK"], points
    shuffled = "The client sends ACK, the server answers SYN, and the client replies SYN-ACK."
    assert ticked_terms(points, shuffled, question)[:2] == [False, False], points
    right = "SYN from the client, SYN-ACK back from the server, then a final ACK from the client."
    assert ticked_terms(points, right, question)[:3] == [True, True, True], points


@pytest.mark.parametrize(
    ("question", "answer", "right", "shuffled"),
    [
        (
            "How does a pull-request workflow go?",
            "The developer pushes a branch, the reviewer approves changes, and CI runs tests;"
            " then the branch is merged.",
            "CI runs the test suite, a reviewer approves the changes, and the branch gets"
            " merged.",
            "The developer approves changes, the reviewer runs tests, and CI pushes a branch.",
        ),
        (  # a verb no list knows ("broadcasts"): the step is a clause all the same
            "How does a DHCP lease start?",
            "The client broadcasts DISCOVER, the server offers an address, the client"
            " requests it, and the server acknowledges.",
            "The client sends a DISCOVER broadcast and a server offers it an IP address.",
            "The server broadcasts DISCOVER, the client offers an address, the server"
            " requests it.",
        ),
    ],
)
def test_steps_given_to_the_wrong_actor_tick_none(question, answer, right, shuffled):
    points = key_terms(answer, question=question)
    assert sum(ticked_terms(points, right, question)) >= 2, points
    assert not any(ticked_terms(points, shuffled, question)), points


def test_actors_joined_by_and_are_one_clause():
    """"the sender and the receiver are decoupled" says "Decouples producers from
    consumers" (an "and" with no comma before it joins, not parts)."""
    question = "Why use a message queue?"
    answer = "- Decouples producers from consumers\n- Absorbs bursts of traffic (buffering)"
    points = key_terms(answer, question=question)
    typed = "So the sender and the receiver are decoupled."
    assert ticked_terms(points, typed, question)[0] is True, points

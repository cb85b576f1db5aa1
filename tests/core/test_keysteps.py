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
    """ "The client sends ACK" says who and what is done, not what is sent: no "client
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
            "CI runs the test suite, a reviewer approves the changes, and the branch gets merged.",
            "The developer approves changes, the reviewer runs tests, and CI pushes a branch.",
        ),
        (  # a verb no list knows ("broadcasts"): the step is a clause all the same
            "How does a DHCP lease start?",
            "The client broadcasts DISCOVER, the server offers an address, the client"
            " requests it, and the server acknowledges.",
            "The client sends a DISCOVER broadcast and a server offers it an IP address.",
            "The server broadcasts DISCOVER, the client offers an address, the server requests it.",
        ),
    ],
)
def test_steps_given_to_the_wrong_actor_tick_none(question, answer, right, shuffled):
    points = key_terms(answer, question=question)
    assert sum(ticked_terms(points, right, question)) >= 2, points
    assert not any(ticked_terms(points, shuffled, question)), points


def test_actors_joined_by_and_are_one_clause():
    """ "the sender and the receiver are decoupled" says "Decouples producers from
    consumers" (an "and" with no comma before it joins, not parts)."""
    question = "Why use a message queue?"
    answer = "- Decouples producers from consumers\n- Absorbs bursts of traffic (buffering)"
    points = key_terms(answer, question=question)
    typed = "So the sender and the receiver are decoupled."
    assert ticked_terms(points, typed, question)[0] is True, points


@pytest.mark.parametrize(
    ("question", "answer", "right", "swapped"),
    [
        (  # actors of one word, and a verb no list knows ("rolls")
            "How does a CI pipeline ship a change?",
            "The runner builds a container image, the registry stores the image tags, and"
            " the orchestrator rolls out new pods.",
            "A runner builds the container image, the registry keeps the tagged images, and"
            " the orchestrator rolls out the new pods.",
            "The registry builds a container image, the orchestrator stores the image tags,"
            " and the runner rolls out new pods.",
        ),
        (  # actors of two words ("load balancer")
            "How is a web request served?",
            "The browser resolves the domain name, the load balancer forwards the request to"
            " a server, and the application server renders the page.",
            "First the browser looks up the domain name via DNS; then the load balancer"
            " forwards it to one of the servers, and the app server renders the HTML page.",
            "The load balancer resolves the domain name, the browser forwards the request to"
            " a server, and the application server is idle.",
        ),
    ],
)
def test_longer_steps_given_to_another_actor_tick_none(question, answer, right, swapped):
    """A step of four words or more ("registry stores the image tags") is said where its
    actor does it: the passive and other words for its verb say it, the same step given
    to another of the answer's actors does not (keymatch._actor_apart)."""
    points = key_terms(answer, question=question)
    assert all(ticked_terms(points, right, question)), points
    assert not any(ticked_terms(points, swapped, question)[:2]), points


def test_a_step_in_the_passive_or_a_relative_clause_is_its_actors():
    question = "How does a Kubernetes deployment roll out?"
    answer = (
        "The controller creates a new ReplicaSet, the scheduler places pods on nodes, and"
        " the kubelet starts containers."
    )
    points = key_terms(answer, question=question)
    typed = (
        "The controller, which creates a new ReplicaSet, hands over to the scheduler: pods"
        " are placed on nodes by the scheduler."
    )
    assert ticked_terms(points, typed, question)[:2] == [True, True], points

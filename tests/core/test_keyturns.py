"""Terms marked where actors take turns ("the client sends a **SYN**, the server answers
with a **SYN-ACK** …"): the points are who does what, so an answer that swaps the
actors earns none of them (`core.keyturns`)."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

HANDSHAKE_Q = "What happens in the TCP three-way handshake?"
HANDSHAKE = (
    "The client sends a **SYN**, the server answers with a **SYN-ACK**, and the client"
    " replies with an **ACK**; then the connection is open and both sides know the"
    " other's initial sequence number."
)


def test_marked_messages_passed_in_turns_are_points_with_their_sender():
    points = key_terms(HANDSHAKE, question=HANDSHAKE_Q)
    assert points[:3] == [
        "client sends a SYN",
        "server answers with a SYN-ACK",
        "client replies with an ACK",
    ]
    swapped = (
        "The server sends a SYN, the client answers with a SYN-ACK and the server replies"
        " with an ACK; then the connection is encrypted."
    )
    assert not any(ticked_terms(points, swapped, HANDSHAKE_Q, HANDSHAKE))
    right = (
        "First the client asks to connect with SYN, the server acknowledges and sends its"
        " own SYN back (SYN-ACK), and the client confirms with ACK. After that both ends"
        " have agreed on starting sequence numbers and data can flow."
    )
    assert all(ticked_terms(points, right, HANDSHAKE_Q, HANDSHAKE))


def test_a_second_exchange_in_turns_with_four_steps():
    # (a second input of the kind: DHCP's four messages, marked in italics)
    question = "How does a host get an address over DHCP?"
    answer = (
        "The client broadcasts a *DISCOVER*, the server answers with an *OFFER*, the"
        " client sends a *REQUEST* and the server confirms with an *ACK*."
    )
    points = key_terms(answer, question=question)
    assert "client broadcasts a DISCOVER" in points and "server answers with an OFFER" in points
    swapped = (
        "The server broadcasts a DISCOVER, the client answers with an OFFER, the server"
        " sends a REQUEST and the client confirms with an ACK."
    )
    assert not any(ticked_terms(points, swapped, question, answer))


def test_marked_sides_compared_stay_the_points_they_were():
    # (the marks are the actors themselves, not what they pass: sides, as before)
    question = "What is the difference between stateful and stateless services?"
    answer = (
        "A **stateful** service keeps session data between requests. A **stateless**"
        " service keeps no session data."
    )
    assert key_terms(answer, question=question) == [
        "stateful: service keeps session data between requests",
        "stateless: service keeps no session data",
    ]

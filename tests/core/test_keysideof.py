"""A phrase of a side's line is that side's point (studyapp/core/keysideof.py): the
TCP line's "*ordered, reliable*" was a point of no side, which an answer swapping the
protocols said."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from tests.core.keyticks import ticks as ticks_of

TCP_UDP = (
    "What is the difference between TCP and UDP?",
    "**TCP** is connection-oriented: it guarantees *ordered, reliable* delivery with"
    " retransmission and flow control.\n"
    "**UDP** is connectionless: no delivery guarantee, no ordering, but lower latency and"
    " overhead.",
)
STACK_HEAP = (
    "How do the stack and the heap differ?",
    "| | Stack | Heap |\n"
    "|---|---|---|\n"
    "| Allocation | **automatic, last in first out** | manual or by a garbage collector |\n"
    "| Size | small, fixed per thread | **large, grows as needed** |",
)


def ticks(card: tuple[str, str], typed: str) -> dict[str, bool]:
    question, answer = card
    return ticks_of(answer, question, typed)


def test_a_phrase_on_a_sides_line_carries_the_side():
    question, answer = TCP_UDP
    assert "TCP: ordered, reliable" in key_terms(answer, question=question)
    swapped = (
        "UDP is connection-oriented: it guarantees ordered, reliable delivery with"
        " retransmission. TCP is connectionless: no delivery guarantee, no ordering."
    )
    assert not any(ticks(TCP_UDP, swapped).values())
    right = "TCP is connection-oriented and its delivery is ordered and reliable; UDP is connectionless."
    assert ticks(TCP_UDP, right)["TCP: ordered, reliable"]


def test_a_phrase_in_a_sides_column_carries_the_side():
    question, answer = STACK_HEAP
    points = key_terms(answer, question=question)
    assert "Stack: automatic, last in first out" in points
    assert "Heap: large, grows as needed" in points
    swapped = "The heap is automatic, last in first out; the stack is large and grows as needed."
    said = ticks(STACK_HEAP, swapped)
    assert not said["Stack: automatic, last in first out"]
    assert not said["Heap: large, grows as needed"]


def test_a_phrase_in_a_list_item_carries_the_name_the_item_opens_with():
    question = "What are false positives and false negatives?"
    notes = (
        "- **False positive**: the test says yes **when the answer is no**\n"
        "- **False negative**: the test says no **when the answer is yes**"
    )
    points = key_terms(notes, question=question)
    assert points == [
        "False positive: when the answer is no",
        "False negative: when the answer is yes",
    ]
    swapped = (
        "False negative: the test says yes when the answer is no. False positive: the test"
        " says no when the answer is yes."
    )
    assert not ticks_of(notes, question, swapped)["False positive: when the answer is no"]


def test_the_sides_the_question_names_carry_their_phrases():
    """No point names a side, but the question does ("… hashing and encryption?"): a
    phrase is the side's its clause names before it, or whose column it is in, so the
    sides swapped say none of them."""
    question = "What is the difference between hashing and encryption?"
    answer = (
        "Hashing is one-way (you cannot recover the input), encryption is two-way (decrypt"
        " with the key)."
    )
    swapped = "Hashing is reversible, encryption is one-way."
    assert not any(ticks_of(answer, question, swapped).values())
    right = "Hashing can't be undone, you can't recover the input; encryption can be decrypted with the key."
    assert all(ticks_of(answer, question, right).values())
    question = "What is the difference between OAuth and SAML?"
    table = (
        "| | OAuth | SAML |\n|---|---|---|\n"
        "| Format | **JSON tokens** | **XML assertions** |\n"
        "| Made for | **APIs and mobile apps** | **browser single sign-on** |"
    )
    swapped = (
        "SAML passes JSON tokens for APIs and mobile apps; OAuth uses XML assertions for"
        " browser single sign-on."
    )
    assert not any(ticks_of(table, question, swapped).values())
    right = "OAuth passes JSON tokens; SAML uses XML assertions for single sign-on in the browser."
    said = ticks_of(table, question, right)
    assert said["OAuth: JSON tokens"] and said["SAML: XML assertions"]


def test_a_line_naming_both_sides_gives_a_phrase_to_the_one_its_clause_opens_with():
    """ "**Threads** of one process **share its memory**" names both sides: the phrase is
    the threads', the subject its clause names first, so the sides swapped say none."""
    cards = (
        (
            "What is the difference between a process and a thread?",
            "- A **process** has its **own address space**\n"
            "- **Threads** of one process **share its memory**",
            "Threads each have their own address space, while processes share memory.",
        ),
        (
            "What is the difference between a thread and a goroutine?",
            "- A **thread** is scheduled by the **OS kernel**\n"
            "- **Goroutines** running on a thread are **multiplexed by the Go runtime**",
            "Threads are multiplexed by the Go runtime; goroutines are scheduled by the OS kernel.",
        ),
    )
    for question, answer, swapped in cards:
        points = key_terms(answer, question=question)
        assert all(": " in p for p in points), points
        assert not any(ticks_of(answer, question, swapped).values()), swapped

"""A typed clause that denies what a key point affirms, or affirms what it denies, does
not tick it, wherever its negation stands; a right answer that denies something else
beside the point still ticks it (keydenial)."""

from __future__ import annotations

import pytest

from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms, ticked_terms


def ticks(question: str, answer: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def tells_apart(case: tuple[str, str], point: str, right: str, wrong: str) -> None:
    """The right typed answer ticks `point` of the (question, answer) case; the wrong one
    does not."""
    assert ticks(*case, right)[point] is True, ticks(*case, right)
    assert ticks(*case, wrong)[point] is False, ticks(*case, wrong)


GIL = (
    "What is the GIL?",
    "The Global Interpreter Lock lets only one thread execute Python bytecode at a time.\n"
    "It makes CPU-bound threads not run in parallel.",
)
POINT = "makes CPU-bound threads not run in parallel"


@pytest.mark.parametrize(
    "typed",
    [
        "It makes CPU-bound threads run in parallel.",
        "CPU-bound threads run in parallel thanks to it.",
    ],
)
def test_a_point_that_denies_late_in_its_clause_is_not_said_by_affirming(typed):
    """The "not" of "makes CPU-bound threads not run in parallel" comes after four
    words: it is still the point's denial, and an answer that affirms does not tick it."""
    found = ticks(*GIL, typed)
    assert found[POINT] is False, found


def test_a_point_that_denies_late_is_said_by_a_denial_in_other_words():
    typed = "One thread at a time runs bytecode, so CPU-heavy threads can't run in parallel."
    assert ticks(*GIL, typed)[POINT] is True


OVERFITTING = (
    "What is overfitting?",
    "Overfitting happens when the model fits noise in the training data. It performs well"
    " on training data but poorly on new data.",
)


def test_a_typed_clause_that_denies_the_point_does_not_tick_it():
    """The words outside the denial ("model", "training data" said again later) are no
    longer enough."""
    typed = "The model does not fit noise in the training data, and it performs poorly."
    assert ticks(*OVERFITTING, typed)["model fits noise in the training data"] is False


def test_a_right_answer_that_denies_something_else_still_ticks():
    typed = "The model fits noise in the training data, but it does not do well on new data."
    assert ticks(*OVERFITTING, typed)["model fits noise in the training data"] is True


@pytest.mark.parametrize(
    ("question", "answer", "point", "right", "denied"),
    [
        (  # the negation after the subject, the verb at the clause's end
            "What does HTTPS add over HTTP?",
            "HTTPS encrypts traffic between the client and the server with TLS. Attackers"
            " on the network cannot read or change the data.",
            "encrypts traffic between the client and the server with TLS",
            "It wraps HTTP in TLS so what the browser and server exchange is encrypted.",
            "Traffic between the client and the server is never encrypted.",
        ),
        (  # "not A or B": neither is so
            "Why are Python strings immutable?",
            "Strings are immutable so they can be hashed and used as dictionary keys.",
            "hashed and used as dictionary keys",
            "Because a string can't change, its hash stays valid, so strings work as dict keys.",
            "Strings cannot be hashed or used as dictionary keys.",
        ),
    ],
)
def test_a_denial_anywhere_in_the_clause_denies_the_point(question, answer, point, right, denied):
    assert ticks(question, answer, right)[point] is True
    assert ticks(question, answer, denied)[point] is False


def test_a_point_keeps_its_leading_neither():
    """ "Neither thread can proceed" is the point, not "thread can proceed"."""
    points = key_terms(
        "A deadlock is when two threads wait for each other forever. Neither thread can proceed.",
        question="What is a deadlock?",
    )
    assert "Neither thread can proceed" in points, points


def test_or_not_at_all_is_no_denial():
    """ "happens completely or not at all" affirms; "all or nothing" says it."""
    from studyapp.core.keydenial import denies

    assert not denies("a transaction happens completely or not at all")
    assert denies("makes CPU-bound threads not run in parallel")
    assert not denies("finds the rows that do not match the filter")
    assert not denies("PUT and DELETE are idempotent; POST is not")


def test_a_thing_a_point_says_there_is_none_of_said_as_there_is_not_ticked():
    transport = (
        "How do TCP and UDP differ?",
        "TCP guarantees ordered delivery over a connection. UDP sends datagrams with no"
        " guarantee at all.",
    )
    swapped = (
        "User datagram protocol guarantees ordered delivery; transmission control protocol"
        " sends datagrams with no guarantee."
    )
    assert not any(ticks(*transport, swapped).values())
    right = (
        "Transmission control protocol guarantees ordered delivery; user datagram protocol"
        " sends datagrams with no guarantee."
    )
    assert all(ticks(*transport, right).values())
    methods = (
        "How do GET and POST differ?",
        "GET reads a resource with no side effects. POST creates a resource and changes"
        " the server state.",
    )
    right = "GET only reads a resource, with no side effects."
    wrong = "GET reads a resource and has side effects; POST creates a resource."
    tells_apart(methods, "GET: reads a resource with no side effects", right, wrong)


@pytest.mark.parametrize(
    "question, answer, point, right, wrong",
    [
        (
            "What does git commit do?",
            "git commit records the staged changes in the repository history.",
            "records",
            "It saves what's staged as a new entry in the history of the repo.",
            "Nothing happens locally: no staged change is recorded in the repository history"
            " until you push.",
        ),
        (
            "How does a database handle deadlocks?",
            "The database detects the cycle of waiting transactions and rolls back one of"
            " them, so the others can finish.",
            "rolls back",
            "It finds the cycle of transactions waiting on each other and rolls one back so"
            " the rest can finish.",
            "The database waits until the transactions finish; no transaction is ever rolled back.",
        ),
    ],
    ids=["commit", "deadlock"],
)
def test_a_clause_whose_subject_is_none_denies_its_verb(question, answer, point, right, wrong):
    """ "no transaction is ever rolled back" says no transaction is rolled back: a "no"
    that opens a clause denies the whole clause, not only the three words after it."""
    points = key_terms(answer, question=question)
    at = next(k for k, p in enumerate(points) if point in p)
    assert not ticked_terms(points, wrong, question, answer)[at], points
    assert ticked_terms(points, right, question, answer)[at], points


def test_what_no_denies_first_denies_the_point():
    """ "with no switch to the kernel" denies "switches … to kernel mode", though another
    clause says "user mode"; a "no" of something else ("with no copy of its memory") is
    no denial of the point."""
    for point, typed, question in (
        (
            "CPU switches from user mode to kernel mode",
            "A system call runs in user mode, with no switch to the kernel.",
            "What is a system call?",
        ),
        (
            "the server validates the token on every request",
            "Every request goes through with no validation of the token by the server.",
            "How does token auth work?",
        ),
    ):
        assert not said(point, typed, question), typed
    assert said(
        "the kernel saves the registers of the running thread",
        "The kernel saves the registers of the running thread, with no copy of its memory.",
        "What happens in a context switch?",
    )


HTTP = (
    "What is the difference between HTTP/1.1 and HTTP/2?",
    "- HTTP/2 is binary instead of text\n"
    "- HTTP/2 multiplexes many requests over one connection\n"
    "- HTTP/2 compresses headers with HPACK\n"
    "- HTTP/1.1 suffers from head-of-line blocking at the application layer",
)
BLOCKING = "HTTP/1.1 suffers from head-of-line blocking at the application layer"


@pytest.mark.parametrize(
    "typed",
    [
        "HTTP/1.1 has no head-of-line blocking at the application layer.",
        "HTTP/1.1 is free of head-of-line blocking at the application layer.",
        "HTTP/1.1 works without head-of-line blocking at the application layer.",
    ],
)
def test_the_object_of_a_point_denied_does_not_say_it(typed):
    """ "suffers from … blocking": a word that says no in its meaning ("blocking") with
    a "no", "free of" or "without" before it is the point's contrary."""
    tells_apart(
        HTTP,
        BLOCKING,
        "HTTP/1.1 suffers from head-of-line blocking at the application layer.",
        typed,
    )


@pytest.mark.parametrize(
    ("point", "right", "wrong"),
    [
        (
            "a global lock blocks every writer",
            "A global lock blocks every writer.",
            "There is no global lock for every writer.",
        ),
        (
            "the producer drops messages when the buffer is full",
            "When the buffer is full the producer drops messages.",
            "The producer drops no messages when the buffer is full.",
        ),
    ],
)
def test_a_denying_verbs_object_denied_is_its_contrary(point, right, wrong):
    question = "What happens under load?"
    assert ticked_terms([point], right, question)[0] is True
    assert ticked_terms([point], wrong, question)[0] is False


TLS = (
    "What does TLS provide?",
    "TLS encrypts traffic between client and server, authenticates the server with a"
    " certificate, and protects the integrity of messages so they cannot be tampered with.",
)
INTEGRITY = "protects the integrity of messages so they cannot be tampered with"


def test_a_negation_in_a_purpose_clause_is_not_the_points_own():
    """ "… so they cannot be tampered with" is what the protecting is for: the point
    says that TLS protects, and "protects message integrity" says it; its denial does
    not."""
    tells_apart(
        TLS,
        INTEGRITY,
        "TLS encrypts traffic between client and server, authenticates the server with a"
        " certificate, and protects message integrity.",
        "TLS doesn't encrypt traffic, it doesn't authenticate the server, and it has no"
        " protection of message integrity.",
    )


@pytest.mark.parametrize(
    ("question", "point", "right", "wrong"),
    [
        (
            "What does a mutex do?",
            "a mutex serialises access to shared data so two threads cannot corrupt it",
            "A mutex serialises access to shared data.",
            "A mutex does not serialise access to shared data.",
        ),
        (
            "What does code signing do?",
            "signs each release with a private key so users cannot be tricked by a forged build",
            "It signs each release with a private key.",
            "It never signs releases with a private key.",
        ),
    ],
)
def test_a_point_with_a_denying_purpose_is_said_by_its_main_clause(question, point, right, wrong):
    assert ticked_terms([point], right, question)[0] is True
    assert ticked_terms([point], wrong, question)[0] is False

"""A clause point said by one of its compound names alone, in another relation
(`keycompound`): "runs entirely in user mode" names user mode and says no "control
returns to user mode"; the preposition or one more word of the point says it."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

SYSCALL = (
    "What happens during a system call?",
    "A user program asks the kernel for a service such as reading a file. The CPU traps"
    " into kernel mode, the kernel does the work with full privileges, and control returns"
    " to user mode.",
)
DHCP = (
    "How does DHCP work?",
    "A new client broadcasts a DHCPDISCOVER, a server answers with an offer of an IP"
    " address, the client requests it, and the server acknowledges.",
)
WRITE_BACK = (
    "What does a write-back cache do on eviction?",
    "The cache marks lines it changes as dirty, and on eviction it writes a dirty line"
    " back to main memory.",
)
BLOCKED = (
    "What happens when a thread blocks on I/O?",
    "The scheduler moves the thread to the wait queue until the I/O completes.",
)
PROXY = (
    "What does a reverse proxy do?",
    "A reverse proxy terminates the client's TLS connection and forwards each request to"
    " a backend server over the internal network.",
)


def _ticks(case: tuple[str, str], typed: str) -> dict[str, bool]:
    question, answer = case
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def _point(case: tuple[str, str], wanted: str) -> str:
    points = key_terms(case[1], question=case[0])
    return next(p for p in points if wanted in p)


@pytest.mark.parametrize(
    ("case", "wanted", "typed"),
    [
        (
            SYSCALL,
            "user mode",
            "A system call is a library function that runs entirely in user mode.",
        ),
        (
            DHCP,
            "IP address",
            "The router translates the hostname into an IP address and caches it for good.",
        ),
        (BLOCKED, "wait queue", "The thread spins in the wait queue."),
    ],
)
def test_a_compound_named_in_another_relation_says_no_point(case, wanted, typed):
    assert not _ticks(case, typed)[_point(case, wanted)]


@pytest.mark.parametrize(
    ("case", "wanted", "typed"),
    [
        (
            SYSCALL,
            "user mode",
            "The kernel handles it, then execution goes back to the program in user mode.",
        ),
        (SYSCALL, "user mode", "Afterwards control goes back to user mode."),
        (DHCP, "IP address", "A server offers the client an IP address."),
        (
            WRITE_BACK,
            "main memory",
            "When a dirty line is evicted it is copied back to main memory.",
        ),
        (PROXY, "backend server", "It passes every request on to a backend server."),
        (BLOCKED, "wait queue", "It is put on the wait queue until the I/O finishes."),
    ],
)
def test_the_relation_or_another_word_still_says_it(case, wanted, typed):
    assert _ticks(case, typed)[_point(case, wanted)]

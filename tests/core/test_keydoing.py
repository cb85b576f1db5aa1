"""A clause point's subject named doing another thing ("a Content Security Policy
*encrypts the page*") does not say the point "Content Security Policy restricts which
scripts may run", however many of its words the subject's name is; the subject doing
the point's thing in other words, or named by a passive, still does (`core.keydoing`).
The reported case and fresh ones."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms

CASES = [
    (  # reported
        "Content Security Policy restricts which scripts may run",
        "What is cross-site scripting (XSS)?",
        "The attacker sends scripts to the server; a Content Security Policy encrypts the page.",
        "A Content Security Policy limits which scripts the browser runs.",
    ),
    (  # reported, by its acronym
        "Content Security Policy restricts which scripts may run",
        "What is cross-site scripting (XSS)?",
        "A CSP encrypts the page.",
        "Which scripts may run is restricted by a CSP.",
    ),
    (  # fresh: another field, a subject of two words with a verb of its own
        "load balancer spreads requests across servers",
        "How do you keep a web service available?",
        "A load balancer caches responses from the servers.",
        "A load balancer sends each request to one of several servers.",
    ),
    (  # fresh: the subject's verb after a modal
        "garbage collector can free unreachable objects",
        "How does Java manage memory?",
        "The garbage collector can compress the objects on the heap.",
        "The garbage collector frees objects nothing can reach any more.",
    ),
]


@pytest.mark.parametrize(("point", "question", "otherwise", "said"), CASES)
def test_a_subject_doing_another_thing_does_not_say_the_point(point, question, otherwise, said):
    assert ticked_terms([point], otherwise, question) == [False]
    assert ticked_terms([point], said, question) == [True]


def test_a_subject_doing_its_job_in_general_words_still_says_it():
    point = "cyclic garbage collector finds reference cycles"
    typed = "A separate cycle collector handles the reference cycles."
    assert ticked_terms([point], typed, "How does CPython free memory?") == [True]


# --- a bare name given another thing's role (`keydoing.named_otherwise`) -------------

SCALING = (
    "How do you scale a web app?",
    "Put a **load balancer** in front of several app servers so requests are spread across"
    " them, and add a **cache** to keep hot reads in memory.",
)
HTTPS = (
    "What makes HTTPS secure?",
    "**TLS** encrypts the traffic between browser and server, and a **certificate** proves"
    " the server's identity.",
)

DURABLE = (
    "How does a database survive a crash?",
    "A **write-ahead log** records each change before it is applied, and **checkpoints**"
    " bound how much of it recovery replays.",
)


def _ticks(case: tuple[str, str], typed: str) -> dict[str, bool]:
    from studyapp.core.keyterms import key_terms, ticked_terms

    question, answer = case
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (SCALING, "load balancer", "A load balancer keeps the hot reads in memory."),
        (HTTPS, "certificate", "A certificate encrypts the traffic."),
    ],
)
def test_a_name_given_another_things_role_is_not_said(case, point, typed):
    assert not _ticks(case, typed)[point]


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (HTTPS, "certificate", "A certificate compresses the page."),
        (SCALING, "cache", "The cache encrypts the passwords."),
        (DURABLE, "write-ahead log", "The write-ahead log compresses old tables."),
    ],
)
def test_a_name_given_an_action_the_answer_never_mentions_is_not_said(case, point, typed):
    # (before: a role no other thing of the answer has was heard as a paraphrase)
    assert not _ticks(case, typed)[point]


@pytest.mark.parametrize(
    ("case", "point", "typed"),
    [
        (SCALING, "load balancer", "A load balancer spreads the requests over many servers."),
        (SCALING, "load balancer", "Use a load balancer."),
        (SCALING, "load balancer", "The load balancer distributes traffic between backends."),
        (HTTPS, "certificate", "The certificate proves who the server is."),
        (HTTPS, "certificate", "The server sends its certificate."),
        (DURABLE, "write-ahead log", "The write-ahead log logs every change first."),
        (DURABLE, "write-ahead log", "The write-ahead log writes down each change first."),
    ],
)
def test_a_name_given_its_own_role_or_none_is_said(case, point, typed):
    assert _ticks(case, typed)[point]

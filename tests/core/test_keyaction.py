"""A clause point that relates two things by an action ("removes duplicate rows from the
result", "maps domain names to IP addresses") is not said by its nouns alone: an answer
that does another thing to them, or names them as a pair, says no such relation
(`core.keyaction`). Each kind with the reported case and a fresh one."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

CASES = [
    (  # reported: another verb over the nouns, "of" for "from"
        "What does DISTINCT do in a SQL query?",
        "DISTINCT removes duplicate rows from the result, so each row appears only once.",
        "removes duplicate rows from the result",
        "DISTINCT sorts the rows of the result by every column.",
        "It drops the repeated rows from what the query returns.",
    ),
    (  # fresh: the same kind, another field
        "What does a garbage collector do?",
        "A garbage collector frees unreachable objects from the heap.",
        "frees unreachable objects from the heap",
        "The garbage collector counts the unreachable objects of the heap.",
        "Objects nothing can reach are deleted from the heap.",
    ),
    (  # reported: another relation verb over the same two things, named as a pair
        "What does DNS do?",
        "DNS maps domain names to IP addresses, so browsers can find servers by name.",
        "maps domain names to IP addresses",
        "DNS encrypts domain names and IP addresses so nobody can read them.",
        "It translates a host name into the IP address of the server.",
    ),
    (  # fresh: both things' heads one word ("addresses"), told apart by IP and MAC
        "What does ARP do?",
        "ARP maps IP addresses to MAC addresses on the local network.",
        "maps IP addresses to MAC addresses on the local network",
        "ARP encrypts IP addresses and MAC addresses on the local network.",
        "It resolves an IP address into the MAC address of the machine on the LAN.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[2] for c in CASES])
def test_the_nouns_of_a_relation_under_another_action_do_not_say_it(case):
    question, answer, point, wrong, right = case
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    assert not ticked_terms(points, wrong, question, answer)[at]
    assert ticked_terms(points, right, question, answer)[at]


def test_a_relation_said_by_another_verb_with_its_preposition_is_said():
    question = "What does a load balancer do?"
    points = ["spreads incoming requests across several servers"]
    typed = "Distributes requests over a pool of backend servers."
    assert ticked_terms(points, typed, question) == [True]
    # (a second step between them: no pair)
    typed = "DNS resolves domain names, returning their IP addresses."
    assert ticked_terms(["maps domain names to IP addresses"], typed, "What does DNS do?") == [True]
    typed = "A function with yield becomes a generator."
    assert ticked_terms(["turns a function into a generator"], typed) == [True]


PLACES = [
    (  # found with the fourteenth round: the script run elsewhere
        "What is cross-site scripting (XSS)?",
        "An attacker injects a malicious script into a page that other users view, so the"
        " script runs in the victim's browser with the site's privileges.",
        "runs in the victim's browser with the site's privileges",
        "The attacker's script runs on the database server with admin privileges.",
        "The script runs in the victim's browser with all the site's privileges.",
    ),
    (  # fresh: stored somewhere else
        "Where does a browser keep a session cookie?",
        "The browser stores the session cookie in memory and sends it with every request"
        " to the site.",
        "stores the session cookie in memory and sends it with every request",
        "The browser stores the session cookie on the server and sends it with every"
        " request to the site.",
        "The browser stores the session cookie in RAM and sends it with every request.",
    ),
]


@pytest.mark.parametrize("case", PLACES, ids=[c[2] for c in PLACES])
def test_the_action_done_in_another_place_does_not_say_it(case):
    question, answer, point, wrong, right = case
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    assert not ticked_terms(points, wrong, question, answer)[at]
    assert ticked_terms(points, right, question, answer)[at]


ACTORS = [
    (  # found with the fourteenth round: the browser's part given to the attacker
        "What is a CSRF attack and how do you prevent it?",
        "A malicious site makes the victim's browser send a request to another site where"
        " the victim is logged in; the browser attaches the session cookie, so the request"
        " is trusted.",
        "browser attaches the session cookie",
        "The attacker steals the session cookie from the victim's browser and logs in to"
        " the site with it.",
        "The browser includes the session cookie on its own, so the site trusts it.",
    ),
    (  # fresh: the client's check given to an attacker
        "How does HTTPS protect against a fake server?",
        "The client verifies the certificate against trusted certificate authorities.",
        "client verifies the certificate against trusted certificate authorities",
        "An attacker forges the certificate for the client, signed by his own authority.",
        "The client inspects the certificate and trusts it only if a known certificate"
        " authority signed it.",
    ),
]


@pytest.mark.parametrize("case", ACTORS, ids=[c[2] for c in ACTORS])
def test_another_actor_doing_another_thing_to_the_object_does_not_say_it(case):
    question, answer, point, wrong, right = case
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    assert not ticked_terms(points, wrong, question, answer)[at]
    assert ticked_terms(points, right, question, answer)[at]

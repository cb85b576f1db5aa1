"""A step named by a technology and a process noun ("DNS lookup", "HTTP request") is
said by naming the technology with a verb of that process ("resolves DNS", "sends
HTTP"), affirmed and in one clause (`keyprocess`); a name alone says no process."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import coverage, key_terms, ticked_terms

URL = (
    "What happens when you type a URL into a browser?",
    "DNS lookup, TCP handshake, TLS handshake, HTTP request, server response, rendering.",
)
ORDERS = (  # written after the fix, as a check
    "What happens when a single-page app loads a user's orders?",
    "JWT check, API call, SQL query, JSON response.",
)


def ticked(case, typed: str) -> list[str]:
    question, answer = case
    points = key_terms(answer, question=question)
    return [
        p for p, t in zip(points, ticked_terms(points, typed, question, answer), strict=True) if t
    ]


def test_the_users_answer_ticks_the_steps_it_tells():
    """The report: "resolves DNS" left "DNS lookup" unticked (25 %)."""
    question, answer = URL
    typed = "The browser resolves DNS, then opens a TCP connection and sends HTTP."
    assert ticked(URL, typed) == ["DNS lookup", "TCP handshake", "HTTP request"]
    points = key_terms(answer, question=question)
    assert coverage(points, ticked_terms(points, typed, question, answer)) == 0.5


def test_another_pipeline_told_in_verbs():
    typed = "The client calls the API, the backend queries SQL for the rows and returns JSON."
    assert ticked(ORDERS, typed) == ["API call", "SQL query", "JSON response"]


def test_a_step_told_in_other_verbs_of_its_process():
    typed = "First the DNS resolution, then it negotiates TLS and gets the page."
    assert ticked(URL, typed) == ["DNS lookup", "TLS handshake"]
    typed = "The client queries the Redis cache and the server replies with HTML."
    assert ticked(("How does a page load?", "Redis lookup, SQL query, HTML rendering."), typed) == [
        "Redis lookup"
    ]


@pytest.mark.parametrize(
    ("case", "typed"),
    [
        (URL, "DNS is not involved: the browser reads the page from a file on the disk."),
        (URL, "The browser does not resolve DNS; it reads the hosts file."),
        (URL, "DNS never resolves anything here, the page comes from the cache."),
        (ORDERS, "The page reads the orders from cookies; no API or SQL is involved."),
        (ORDERS, "The client sends JSON with the order."),  # sending is no response
        (ORDERS, "The page does not invoke the API; it returns cached HTML."),
    ],
)
def test_a_name_without_its_process_ticks_no_step(case, typed):
    assert ticked(case, typed) == [], typed

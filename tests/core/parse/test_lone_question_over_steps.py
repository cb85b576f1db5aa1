"""A note that is one question asked with a question mark, its answer a list whose
items hold lines of their own (a command under each step, a reason's detail): the
heading is the question, the items its answer's steps."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_steps_with_a_command_under_each_are_the_answer_of_the_heading_that_asks():
    notes = (
        "## How do you deploy the service?\n\n"
        "1. Build the image\n"
        "   docker build -t app .\n"
        "2. Push it to the registry\n"
        "   docker push app\n"
        "3. Roll it out\n"
        "   kubectl rollout restart deploy/app\n"
    )
    [(title, answer)] = pairs(notes)
    assert title == "How do you deploy the service?"
    assert "docker push app" in answer and "Roll it out" in answer


def test_reasons_with_a_detail_under_each_are_the_answer_too():
    notes = (
        "# Why put a message queue between two services?\n\n"
        "- Decoupling\n"
        "    the producer does not wait for the consumer\n"
        "- Smoothing bursts\n"
        "    the queue absorbs a spike the consumer drains later\n"
        "- Retries\n"
        "    a failed message is delivered again\n"
    )
    assert titles(notes) == ["Why put a message queue between two services?"]


def test_a_task_over_terms_with_their_meanings_keeps_the_terms_as_cards():
    notes = (
        "# Define the following terms\n\n"
        "1. Latency\n"
        "   Time for one request.\n"
        "2. Throughput\n"
        "   Requests served per second.\n"
    )
    assert titles(notes) == ["Latency", "Throughput"]


def test_stages_each_with_a_line_of_its_own_under_a_heading_that_asks():
    notes = (
        "### What happens when you type a URL into a browser?\n\n"
        "1. DNS lookup\n"
        "   the browser asks a resolver for the address\n"
        "2. TCP and TLS handshakes\n"
        "   SYN, SYN-ACK, ACK, then the certificate\n"
        "3. The request\n"
        "   GET / with cookies and headers\n"
    )
    assert titles(notes) == ["What happens when you type a URL into a browser?"]

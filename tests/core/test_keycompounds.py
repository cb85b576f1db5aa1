"""A compound name ("TCP handshake", "Primary key") is not made of its parts said in
different phrases: a technology named alone says no step of it, though another step's
process noun is said elsewhere (`keykinds`, `keyprocess`), and a short name's words
said near each other but across a comma are two phrases (`keymatch`)."""

from __future__ import annotations

from studyapp.core.keymatch import said
from studyapp.core.keyterms import ticked_terms

URL_Q = "What happens when you type a URL into a browser?"
URL = ["DNS lookup", "TCP handshake", "TLS handshake", "HTTP request", "server response"]


def test_a_technology_named_alone_says_no_step_of_it():
    # reported: "TCP" alone, a "TLS handshake" elsewhere, ticked "TCP handshake"
    typed = (
        "The browser looks up the IP with DNS, talks TCP to the server, does a TLS"
        " handshake and sends an HTTP request."
    )
    assert ticked_terms(URL, typed, URL_Q) == [True, False, True, True, False]
    typed = "It resolves DNS, does the TCP and TLS handshakes, then sends the HTTP request."
    assert ticked_terms(URL, typed, URL_Q) == [True, True, True, True, False]
    # fresh: another pair of steps with one process noun
    points = ["REST call", "gRPC call"]
    typed = "The app speaks REST to the gateway, which makes a gRPC call to the service."
    assert ticked_terms(points, typed) == [False, True]
    assert ticked_terms(points, "It does REST and gRPC calls.") == [True, True]


def test_a_short_names_words_across_a_comma_are_two_phrases():
    assert not said("TCP handshake", "The browser picks TCP, then the TLS handshake runs")
    assert said("TCP handshake", "The browser does the TCP handshake, then TLS")
    # fresh: a name of plain words
    typed = "Each table has a primary column, and a foreign key points at another table."
    assert not said("Primary key", typed)
    assert said("Primary key", "Each table has a primary key and some foreign keys.")

"""Acronyms and the words they stand for, heard either way (`keyacronyms`): "true
positives" ticks "TP", "TLS" ticks "Transport Layer Security …"; short acronyms are not
spelled out by chance ("the network" is no "TN")."""

from __future__ import annotations

from studyapp.core.keyacronyms import definitions
from studyapp.core.keyterms import ticked_terms
from tests.core.test_keydenial import ticks

CONFUSION = (
    "What is a confusion matrix?",
    "A table of predicted vs actual classes: TP, FP, FN, TN.",
)


def test_two_letter_acronyms_are_said_by_their_words_in_any_number_and_case():
    found = ticks(
        *CONFUSION,
        "a table of predicted against actual classes with true positives, false positives,"
        " false negatives and true negatives",
    )
    assert found == {"TP": True, "FP": True, "FN": True, "TN": True}, found
    found = ticks(
        *CONFUSION, "It counts the True Positive, False Positive and False Negative cells."
    )
    assert found == {"TP": True, "FP": True, "FN": True, "TN": False}, found


def test_a_short_acronym_is_not_spelled_out_by_small_words_or_common_verbs():
    found = ticks(
        *CONFUSION,
        "The table shows the network's loss; it is used to find the best epoch.",
    )
    assert not any(found.values()), found


def test_an_acronym_typed_in_capitals_says_the_words_it_stands_for():
    question = "What does HTTPS add over plain HTTP?"
    answer = (
        "Transport Layer Security encrypts the connection, and the server's certificate"
        " proves its identity."
    )
    found = ticks(
        question, answer, "TLS encrypts the traffic and the cert proves who the server is."
    )
    assert all(found.values()), found
    # (a second one, not tried while writing the rule)
    found = ticks(
        "How long does a resolver keep a DNS answer?",
        "Resolvers cache each answer until its time to live runs out.",
        "Until the TTL runs out the resolver serves it from its cache.",
    )
    assert all(found.values()), found


def test_acronyms_of_three_letters_and_more_are_still_said_by_their_words():
    found = ticks(
        "How do you choose an error metric for regression?",
        "RMSE punishes large errors more; MAE is more robust to outliers.",
        "Root mean squared error penalizes big errors more, while mean absolute error is"
        " more robust against outliers.",
    )
    assert all(found.values()), found


def test_a_definition_gives_an_acronym_its_words_whatever_its_letters():
    found = definitions(
        [
            "Cross-site scripting (XSS) runs a script in another user's page",
            "GIL (Global Interpreter Lock)",
        ]
    )
    assert found["xss"] == ("cross", "site", "scripting")
    assert found["gil"] == ("global", "interpreter", "lock")
    assert "sql" not in definitions(["they call it (SQL)"])


def test_an_acronym_the_points_define_is_said_by_the_definitions_words():
    points = ["Cross-site scripting (XSS)", "XSS"]
    question = "Which attack does escaping output prevent?"
    assert ticked_terms(points, "It stops cross-site scripting.", question) == [True, True]
    assert ticked_terms(points, "It stops CSRF.", question) == [False, False]


def test_a_definition_anywhere_in_the_model_answer_gives_an_acronym_its_words():
    answer = (
        "Two classic web attacks are cross-site scripting (XSS) and cross-site request"
        " forgery (CSRF).\n\n- **XSS**: escape output\n- **CSRF**: use tokens"
    )
    question = "Which attack does escaping output prevent?"
    typed = "It stops cross-site scripting."
    assert ticked_terms(["XSS", "CSRF"], typed, question, answer) == [True, False]
    answer = "Services promise a Service Level Objective (SLO); the SLA adds penalties."
    typed = "the service level objective is what the team promises"
    assert ticked_terms(["SLO"], typed, "What is an SLO?", answer) == [True]


def test_two_letters_are_not_spelled_out_by_words_that_happen_to_share_them():
    precision = ("What does precision count?", "Precision = TP / (TP + FP)")
    assert ticked_terms(["TP"], "it tracks performance", *precision) == [False]
    recall = ("What does recall miss?", "Recall = TP / (TP + FN)")
    assert ticked_terms(["FN"], "it fixes networking", *recall) == [False]
    typed = "true positives over true and false positives"
    assert ticked_terms(["TP", "FP"], typed, *precision) == [True, True]


def test_sides_named_by_acronyms_swapped_in_full_words_tick_neither():
    metrics = (
        "How do you choose an error metric for regression?",
        "RMSE punishes large errors more; MAE is more robust to outliers.",
    )
    swapped = (
        "Mean absolute error punishes large errors more; root mean squared error is"
        " robust to outliers."
    )
    assert not any(ticks(*metrics, swapped).values())
    drives = (
        "SSD or HDD for a database server?",
        "SSDs give fast random reads for busy databases. HDDs store more data per dollar"
        " for archives.",
    )
    right = (
        "Solid state drives give fast random reads; hard disk drives store more data per dollar."
    )
    assert all(ticks(*drives, right).values())
    swapped = (
        "Hard disk drives give fast random reads; solid state drives store more data per dollar."
    )
    assert not any(ticks(*drives, swapped).values())


def test_an_acronym_spelled_as_words_before_an_acronym_it_ends_in():
    """ "static RAM" is SRAM, "non-volatile RAM" NVRAM: the words' initials, then the
    acronym typed in capitals."""
    question = "What is the difference between SRAM and DRAM?"
    points = ["SRAM: needs no refresh", "DRAM: must be refreshed"]
    typed = "Dynamic RAM needs no refresh; static RAM must be refreshed."
    assert ticked_terms(points, typed, question) == [False, False]
    typed = "Static RAM needs no refresh; dynamic RAM must be refreshed."
    assert ticked_terms(points, typed, question) == [True, True]
    point = ["NVRAM keeps the configuration"]
    typed = "Non-volatile RAM keeps the configuration."
    assert ticked_terms(point, typed, "What survives a power cut in a router?") == [True]

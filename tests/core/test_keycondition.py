"""A point's condition ("assuming the null hypothesis is true", "… given the
parameters") is said as a condition, not by its words turned into what is estimated
("the probability that the null hypothesis is true"): `core.keycondition`."""

from __future__ import annotations

from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms, ticked_terms

P_VALUE_Q = "What does a p-value mean?"
P_VALUE = (
    "The p-value is the probability of seeing data at least as extreme as what was"
    " observed, assuming the null hypothesis is true. It is not the probability that the"
    " null hypothesis is true."
)


def test_the_condition_turned_into_the_thing_estimated_does_not_say_it():
    # reported: the p-value misconception earned "assuming the null hypothesis is true"
    point = "assuming the null hypothesis is true"
    assert point in key_terms(P_VALUE, question=P_VALUE_Q)
    wrong = "The p-value is the probability that the null hypothesis is true."
    assert not said(point, wrong, P_VALUE_Q)
    right = "If the null hypothesis is true, it's the chance of data this extreme or more."
    assert said(point, right, P_VALUE_Q)
    right = "How surprising the data would be in a world where the null hypothesis is true."
    assert said(point, right, P_VALUE_Q)


def test_a_condition_in_the_middle_of_a_point_is_heard_the_same_way():
    # fresh: the likelihood, whose condition ends the point
    question = "What is the likelihood in statistics?"
    answer = (
        "The likelihood is the probability of the observed data given the parameters. It"
        " is a function of the parameters, not a probability distribution over them."
    )
    points = key_terms(answer, question=question)
    point = "probability of the observed data given the parameters"
    assert point in points
    at = points.index(point)
    wrong = "The likelihood is the probability that the parameters are right, judged from the observed data."
    assert not said(point, wrong, question)
    assert not ticked_terms(points, wrong, question, answer)[at]
    right = "It tells how probable the observed data are if the parameters take given values."
    assert ticked_terms(points, right, question, answer)[at]


def test_a_given_thing_is_no_condition():
    assert said("stores each key on a given node", "each key is stored on one node")


def test_what_a_probability_is_of_said_as_what_it_is_given_does_not_say_it():
    # set 31: P(H0 | data) typed for the point P(data | H0)
    point = "probability of seeing data at least as extreme as what was observed"
    wrong = "The p-value is the probability that the null hypothesis is true given the data."
    assert not said(point, wrong, P_VALUE_Q)
    right = "The probability of seeing data at least this extreme, given that H0 holds."
    assert said(point, right, P_VALUE_Q)
    right = "Given H0, the probability of seeing data at least this extreme."
    assert said(point, right, P_VALUE_Q)


def test_a_conditional_probability_turned_around_says_no_point_of_it():
    # fresh, other conditional probabilities typed the wrong way round
    question = "What is recall?"
    point = "probability of a positive prediction for an actual positive"
    wrong = (
        "Recall is the probability that a case is an actual positive given a positive prediction."
    )
    assert not said(point, wrong, question)
    right = "The probability that an actual positive gets a positive prediction."
    assert said(point, right, question)
    question = "What is the likelihood?"
    point = "probability of the observed data under the parameters"
    assert not said(point, "The probability of the parameters given the observed data.", question)
    assert said(point, "How probable the observed data are under the parameters.", question)

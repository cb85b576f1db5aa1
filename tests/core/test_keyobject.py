"""A clause point is about what its verb is done to: a wrong answer that does the same
verb to something else ("normalizes the weights") does not say it."""

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.test_keydenial import ticks

BATCH_NORM = (
    "What does batch normalization do?",
    "Batch norm normalizes layer inputs over the mini-batch. It then applies a learned"
    " scale and shift, which stabilizes training and allows higher learning rates.",
    "Batch norm normalizes layer inputs",
)
REVERSE_PROXY = (
    "What does a reverse proxy do?",
    "A reverse proxy forwards client requests to backend servers and returns their responses.",
    "forwards client requests",
)


def _tick(case, typed: str) -> bool:
    question, answer, opening = case
    points = key_terms(answer, question=question)
    point = next(p for p in points if p.startswith(opening))
    return ticked_terms([point], typed, question, answer)[0]


@pytest.mark.parametrize(
    ("case", "wrong"),
    [
        (
            BATCH_NORM,
            "It normalizes the weights of each layer to unit norm so they cannot explode."
            " Used mostly in RNNs.",
        ),
        (REVERSE_PROXY, "It forwards the client's IP address to the backend servers."),
    ],
    ids=["batch-norm", "reverse-proxy"],
)
def test_the_same_verb_done_to_something_else_does_not_say_the_point(case, wrong):
    assert not _tick(case, wrong)


@pytest.mark.parametrize(
    ("case", "right"),
    [
        (BATCH_NORM, "It normalizes the layer inputs using the statistics of the mini-batch."),
        (BATCH_NORM, "It normalizes the inputs of each layer over the mini-batch."),
        (REVERSE_PROXY, "It forwards the requests of clients to the servers behind it."),
    ],
)
def test_the_same_verb_done_to_the_points_object_still_says_it(case, right):
    assert _tick(case, right)


def test_another_noun_for_the_object_with_the_rest_of_the_point_still_says_it():
    typed = "It forwards the calls of clients to the backend servers and returns their responses."
    assert _tick(REVERSE_PROXY, typed)


def test_a_subject_opening_with_ing_and_its_alias_are_no_object():
    # (round 27: "Learning" read as the verb and "controls" as its object; "learning
    # rate", also called "step size", heard the object "size" in the subject)
    gradient = (
        "What is gradient descent?",
        "An optimisation algorithm that updates parameters in the direction of the negative"
        " gradient.\nLearning rate η controls the step size.",
    )
    point = "Learning rate η controls the step size"
    assert ticks(*gradient, "The learning rate controls the number of epochs.")[point] is False
    assert ticks(*gradient, "The learning rate sets the step size.")[point] is True
    batching = (  # fresh: another subject in "-ing"
        "Why batch requests?",
        "Fewer round trips reach the server.\nBatching layer cuts the request overhead.",
    )
    point = "Batching layer cuts the request overhead"
    assert ticks(*batching, "The batching layer cuts the number of servers.")[point] is False
    assert ticks(*batching, "The batching layer cuts the request overhead.")[point] is True

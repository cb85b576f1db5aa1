"""A clause point about one of the two things the question compares is heard only on
that thing's side: an answer that swaps the names earns neither (`core.keyasked`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import coverage, key_terms, ticked_terms

CASES = [
    (  # the eighteenth round's, left then
        "What is the difference between a liveness probe and a readiness probe?",
        "A failing liveness probe makes the kubelet restart the container. A failing"
        " readiness probe only removes the pod from the service's endpoints, so it stops"
        " receiving traffic until the probe passes again.",
        "If liveness fails, the kubelet kills and restarts the container; if readiness fails,"
        " the pod is taken out of the service's endpoints and gets no requests until it is"
        " ready again.",
        "A failing readiness probe makes the kubelet restart the container, while a failing"
        " liveness probe only takes the pod out of the service's endpoints.",
    ),
    (  # fresh
        "What is the difference between a readiness gate and a startup probe?",
        "A failing startup probe makes the kubelet kill the container after its threshold."
        " A readiness gate holds the pod out of the service until an external controller"
        " marks it ready.",
        "If the startup probe keeps failing the kubelet kills the container; a readiness"
        " gate keeps the pod out of the service until some outside controller says it's"
        " ready.",
        "A failing readiness gate makes the kubelet kill the container, while a startup"
        " probe holds the pod out of the service until an external controller marks it"
        " ready.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=["probes", "startup"])
def test_names_swapped_between_the_compared_things_earn_no_point(case):
    question, answer, right, wrong = case
    points = key_terms(answer, question=question)
    assert len(points) >= 2, points
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0, points
    assert coverage(points, ticked_terms(points, right, question, answer)) >= 0.6, points

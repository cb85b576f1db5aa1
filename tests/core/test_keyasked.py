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


# Two names of two words or more that share one, each opening a clause point of the
# answer, the question naming neither: an answer that swaps them earns neither point.
UNASKED = [
    (  # the round's report
        "How can a pull request be merged?",
        "A squash merge combines the branch's commits into one; a merge commit keeps them"
        " and adds a commit with two parents.",
        "Squashing folds the branch's commits into a single one, while a merge commit keeps"
        " every commit and adds one with two parents.",
        "A merge commit combines the commits into one; a squash merge keeps them and adds a"
        " commit with two parents.",
    ),
    (  # fresh: names of three words
        "What does the kernel do on a page miss?",
        "A minor page fault maps a page that is already in memory. A major page fault has"
        " to read the page from disk first.",
        "For a minor fault the page is already in RAM and just gets mapped; for a major one"
        " it must be loaded from disk.",
        "A major page fault maps a page that is already in memory, while a minor page fault"
        " has to read the page from disk.",
    ),
    (  # fresh: a name's head that is also a verb ("copy"), an adverb before the verb
        "How are Python objects copied?",
        "A shallow copy creates a new object but shares the nested objects with the"
        " original. A deep copy recursively copies the nested objects too.",
        "A shallow copy makes a new outer object that still shares the nested ones with the"
        " original; a deep copy duplicates the nested objects recursively as well.",
        "A deep copy creates a new object but shares the nested objects, while a shallow"
        " copy recursively copies the nested objects too.",
    ),
    (  # fresh: a name that opens with a verb ("break statement leaves …")
        "How do Python loops stop early?",
        "A break statement leaves the loop at once. A continue statement skips the rest of"
        " the current iteration and starts the next one.",
        "The continue statement skips what's left of the current iteration and starts the"
        " next one; the break statement ends the loop and leaves it at once.",
        "A continue statement leaves the loop at once, and a break statement skips the rest"
        " of the current iteration.",
    ),
]


@pytest.mark.parametrize("case", UNASKED, ids=["squash", "page-fault", "copy", "break"])
def test_names_sharing_a_word_swapped_earn_no_point(case):
    question, answer, right, wrong = case
    points = key_terms(answer, question=question)
    assert len(points) == 2, points
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0, points
    assert coverage(points, ticked_terms(points, right, question, answer)) == 1, points


# The question names one of them ("What is a squash merge?"): its points, cut from
# their subject, are that name's, the other's as before; the words both points say
# ("nested objects") tell neither.
ASKED_ONE = [
    (
        "What is a squash merge?",
        UNASKED[0][1],
        UNASKED[0][2],
        UNASKED[0][3],
    ),
    (
        "What is a shallow copy?",
        UNASKED[2][1],
        UNASKED[2][2],
        UNASKED[2][3],
    ),
]


@pytest.mark.parametrize("case", ASKED_ONE, ids=["squash", "copy"])
def test_names_sharing_a_word_one_of_them_asked_swapped_earn_no_point(case):
    question, answer, right, wrong = case
    points = key_terms(answer, question=question)
    assert len(points) == 2, points
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0, points
    assert coverage(points, ticked_terms(points, right, question, answer)) == 1, points


# Two names sharing a word that do one thing ("copies", "blocks"): said of one, what
# tells the other's point and nothing that tells its own is the other's point swapped;
# what tells each said in other words ("single row", "entire table") is no swap.
ONE_VERB = [
    (
        "What kinds of backups are there?",
        "A full backup copies every file each time. An incremental backup copies only the"
        " files changed since the last backup.",
        "A full backup copies all the files every time; an incremental backup only copies"
        " what changed since the previous backup.",
        "An incremental backup copies every file each time, and a full backup copies only"
        " the files changed since the last backup.",
    ),
    (
        "What locks does a database take?",
        "A row lock blocks writers of one row only. A table lock blocks writers of the"
        " whole table.",
        "A row lock only stops other writers on that single row, while a table lock stops"
        " writers on the entire table.",
        "A table lock blocks writers of one row only, while a row lock blocks writers of"
        " the whole table.",
    ),
]


@pytest.mark.parametrize("case", ONE_VERB, ids=["backup", "lock"])
def test_names_sharing_a_word_doing_one_thing_swapped_earn_no_point(case):
    question, answer, right, wrong = case
    points = key_terms(answer, question=question)
    assert len(points) == 2, points
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0, points
    assert coverage(points, ticked_terms(points, right, question, answer)) >= 0.5, points

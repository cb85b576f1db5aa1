"""A clause point whose verb and object the typed answer leaves out, doing another
action to the point's destination, is not said (`core.keydisplaced`): "deletes the
remote repository" says no "uploads your local commits to the remote repository"."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import coverage, key_terms, ticked_terms

CASES = [
    (  # the nineteenth round's Git questions
        "What does git push do?",
        "git push uploads your local commits to the remote repository and updates the remote"
        " branch. It is rejected when the remote has commits you don't have, unless you force"
        " it.",
        "It sends the commits I made locally up to the remote and moves the branch there; if"
        " someone pushed before me it's refused until I pull, or I use --force.",
        "git push deletes the remote repository and replaces it with your local copy; it never"
        " fails.",
    ),
    (  # fresh
        "What does a reverse proxy do?",
        "A reverse proxy forwards incoming client requests to the backend servers behind it.",
        "It takes the requests clients send and passes them on to the servers sitting behind it.",
        "A reverse proxy shuts down the backend servers when too many clients connect.",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=["git-push", "reverse-proxy"])
def test_another_action_on_the_points_destination_says_no_point(case):
    question, answer, right, wrong = case
    points = key_terms(answer, question=question)
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0, points
    assert coverage(points, ticked_terms(points, right, question, answer)) == 1, points


@pytest.mark.parametrize(
    "wrong",
    [
        "It wipes every remote repository and puts your local copy there instead.",
        "It empties both remote repositories and puts your local copy there instead.",
    ],
    ids=["every", "both"],
)
def test_a_destination_opened_by_a_quantifier_is_still_its_verbs_object(wrong):
    """The verb before "every remote repository" is the one done to it, as before "the
    remote repository" (one walk back from a noun to its verb, `keyobject.verb_before`,
    for `keyaction` and `keydisplaced`)."""
    question, answer, _right, _wrong = CASES[0]
    points = key_terms(answer, question=question)
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0, points

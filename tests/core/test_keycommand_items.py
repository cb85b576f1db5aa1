"""A list of commands, each followed by a dash or a colon and what it does ("- git stash -
saves work in progress"), is a glossary: each point is the command with what it does,
so naming the commands, or giving one's work to another, ticks nothing; and a command
typed as written is that word, not two others clipped ("stash" is no "status shows")."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms
from tests.core.keyticks import ticks

GIT = (
    "How do you look after your changes in git?",
    "- git stash - saves work in progress\n- git status - shows changed files\n"
    "- git log - lists the commits",
)
KUBECTL = (  # (tried after the git list was mended: a colon, not a dash)
    "How do you debug a failing pod?",
    "- kubectl get pods: lists the pods of a namespace\n- kubectl logs: prints a pod's output\n"
    "- kubectl describe: shows a resource's events",
)


def test_a_command_before_a_dash_is_a_point_with_what_it_does():
    question, answer = GIT
    assert key_terms(answer, question=question) == [
        "git stash: saves work in progress",
        "git status: shows changed files",
        "git log: lists the commits",
    ]


@pytest.mark.parametrize(
    ("case", "right", "swapped", "names"),
    [
        (
            GIT,
            "git stash saves my work in progress, git status shows the changed files, git"
            " log lists the commits",
            "git log saves work in progress, git stash lists the commits",
            "git stash, git status, git log",
        ),
        (
            KUBECTL,
            "kubectl get pods lists the pods in the namespace, kubectl logs prints the pod's"
            " output, kubectl describe shows the events of a resource",
            "kubectl logs lists the pods of a namespace, kubectl get pods prints a pod's output",
            "kubectl get pods, logs and describe",
        ),
    ],
)
def test_each_command_is_ticked_for_what_it_does_not_for_its_name(case, right, swapped, names):
    question, answer = case
    assert all(ticks(answer, question, right).values())
    assert not any(ticks(answer, question, swapped).values())
    assert not any(ticks(answer, question, names).values())

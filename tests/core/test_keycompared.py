"""A side's point said of another thing the question compares is not said
(studyapp/core/keycompared.py, and keysides.about_side for a side the question names
that the typed answer leaves unnamed): "--soft resets the index and throws away
uncommitted changes" earned "--hard: throws away uncommitted changes in tracked files"."""

from __future__ import annotations

import pytest

from tests.core.keyticks import ticks

RESET = (
    "What does `git reset --hard` do compared to `--soft` and `--mixed`?",
    "`--mixed` (the default) resets the index but not the working tree.\n\n"
    "`--hard` throws away uncommitted changes in tracked files.",
)
SIGNALS = (
    "What does `SIGKILL` do compared to `SIGTERM` and `SIGINT`?",
    "| signal | can be caught | default |\n"
    "|---|---|---|\n"
    "| `SIGTERM` | yes | terminate |\n"
    "| `SIGINT` | yes | terminate |\n"
    "| `SIGKILL` | no | kill |\n"
    "\n"
    "`SIGKILL` ends the process at once without any cleanup.",
)
TAGS = (
    "What is the difference between a lightweight and an annotated tag?",
    "A **lightweight** tag is just a name pointing to a commit. An **annotated** tag"
    ' (`git tag -a v1.0 -m "msg"`) is a full object with **tagger, date, message** and'
    " can be **signed**; use annotated tags for releases.",
)
LIST_TUPLE = (
    "What is the difference between a list and a tuple in Python?",
    "A **tuple** is immutable and hashable, so it can be a dict key. A **list** is mutable.",
)


@pytest.mark.parametrize(
    ("card", "point", "of_another", "of_its_own"),
    [
        (  # reported: a side no point opens with, in a clause before the point's own
            RESET,
            "--hard: throws away uncommitted changes in tracked files",
            "--soft resets the index and throws away uncommitted changes, and --hard only"
            " moves HEAD.",
            "--hard resets the index and the working tree, so it throws away uncommitted"
            " changes in tracked files.",
        ),
        (  # reported: the point's side unnamed, another named, the clause going on
            RESET,
            "--hard: throws away uncommitted changes in tracked files",
            "--soft resets the index and throws away uncommitted changes in tracked files.",
            "It throws away uncommitted changes in tracked files.",
        ),
        (  # fresh: three signals the question names in code
            SIGNALS,
            "SIGKILL: ends the process",
            "SIGTERM asks nicely and ends the process at once without any cleanup.",
            "SIGTERM can be caught, and SIGKILL ends the process immediately with no cleanup.",
        ),
        (  # reported: every point is one side's, the other side named in the question
            TAGS,
            "annotated tag: signed",
            "An annotated tag is just a name pointing to a commit, while a lightweight tag is"
            " a full object with tagger, date and message and can be signed.",
            "A lightweight tag is just a name; an annotated tag is a full object with tagger,"
            " date and message and can be signed.",
        ),
        (  # fresh: "so it can be …" goes on from the side its sentence names
            LIST_TUPLE,
            "Tuple: dict key",
            "A list is immutable and hashable, so it can be a dict key.",
            "A tuple is immutable and hashable, so it can be a dict key.",
        ),
    ],
)
def test_a_point_is_said_of_its_own_side_not_of_another_compared_one(
    card, point, of_another, of_its_own
):
    question, answer = card
    assert ticks(answer, question, of_another)[point] is False
    assert ticks(answer, question, of_its_own)[point] is True

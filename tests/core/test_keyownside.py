"""A rule kept whole about one of the sides a question compares names its side with its
own word ("never rebase commits that others already pulled", of `git rebase`): a typed
sentence that says that word says the rule of that side, though it does not name the
side whole ("Never rebase commits others have already pulled."); one that says the
opposite ("You can always rebase commits …") does not."""

import pytest

from studyapp.core.keyterms import ticked_terms

GIT_QUESTION = "What is the difference between `git merge` and `git rebase`?"
GIT_POINTS = [
    "git merge: merge commit",
    "git rebase: replays",
    "never rebase commits that others already pulled",
]
RESET_QUESTION = "What is the difference between `git reset` and `git revert`?"
RESET_POINTS = [
    "git reset: moves the branch",
    "git revert: new commit that undoes",
    "never reset a branch that others already pulled",
]


@pytest.mark.parametrize(
    ("question", "points", "typed"),
    [
        (
            GIT_QUESTION,
            GIT_POINTS,
            "git merge adds a merge commit. git rebase replays your commits."
            " Never rebase commits others have already pulled.",
        ),
        (
            RESET_QUESTION,
            RESET_POINTS,
            "git reset moves the branch back. git revert adds a new commit that undoes"
            " one. Never reset a branch others have already pulled.",
        ),
    ],
)
def test_a_rule_said_with_its_sides_own_word_is_ticked(question, points, typed):
    assert ticked_terms(points, typed, question)[-1]


@pytest.mark.parametrize(
    ("question", "points", "typed"),
    [
        (
            GIT_QUESTION,
            GIT_POINTS,
            "git merge adds a merge commit. git rebase replays your commits."
            " You can always rebase commits that others already pulled.",
        ),
        (
            RESET_QUESTION,
            RESET_POINTS,
            "git reset moves the branch back. git revert adds a new commit that undoes"
            " one. You can always reset a branch that others already pulled.",
        ),
    ],
)
def test_the_rule_turned_round_is_not_ticked(question, points, typed):
    assert not ticked_terms(points, typed, question)[-1]

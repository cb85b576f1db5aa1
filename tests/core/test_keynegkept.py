"""A key point cut from a clause that negates it keeps the negation
(`studyapp.core.keynegkept`), and is ticked by a typed answer that says the rule, a
denied "do it" included (`studyapp.core.keyproverb`), not by one that says the opposite."""

from __future__ import annotations

import pytest

from tests.core.keyticks import ticks

REBASE = (
    "What is the difference between `git merge` and `git rebase`?",
    "`git merge` joins two histories by creating a **merge commit** that has two parents;"
    " the existing commits are not changed.\n\n"
    "`git rebase` **replays** your commits one by one on top of another base, producing"
    " **new commits** with new hashes, so history becomes linear.\n\n"
    "Rule of thumb: never rebase commits that others already pulled.",
)
PASSWORDS = (
    "How should an app store user passwords?",
    "Hash each password with a slow, salted function such as **bcrypt** or **Argon2**, and"
    " compare hashes at login.\n\n"
    "Rule: don't store passwords in plain text anywhere, not even in logs.",
)
SECRETS = (
    "What belongs in a git repository?",
    "Source code, build scripts and docs belong in **version control**.\n\n"
    "Warning: do not commit secrets such as API keys; use a **secret manager**.",
)
CARDS = {"rebase": REBASE, "passwords": PASSWORDS, "secrets": SECRETS}
# Each card's rule: the verb it denies, and the negation the point must keep before it.
RULES = {
    "rebase": ("rebase", "never"),
    "passwords": ("store", "don't"),
    "secrets": ("commit", "not"),
}


def _rule_point(card: str, typed: str) -> bool | None:
    """Whether `typed` ticks the card's point that says its rule, its negation kept;
    None where no point says it so."""
    question, answer = CARDS[card]
    found = ticks(answer, question, typed)
    return next((said for point, said in found.items() if _keeps_rule(card, point)), None)


def _keeps_rule(card: str, point: str) -> bool:
    verb, negation = RULES[card]
    told = point.split()
    return verb in told and negation in told[: told.index(verb)]


@pytest.mark.parametrize("card", list(CARDS))
def test_a_point_cut_from_a_rule_keeps_its_negation(card):
    question, answer = CARDS[card]
    verb, _ = RULES[card]
    points = [p for p in ticks(answer, question, "") if verb in p.split()]
    assert points, list(ticks(answer, question, ""))
    for point in points:  # ("rebase commits" said the opposite of the rule)
        assert _keeps_rule(card, point), point


@pytest.mark.parametrize(
    ("card", "rule", "opposite"),
    [
        (
            "rebase",
            "You should never rebase shared commits.",
            "Rebase commits others pulled, it's fine.",
        ),
        (
            "passwords",
            "Never keep passwords in plain text; hash them with bcrypt.",
            "Storing passwords in plain text is fine if the database is private.",
        ),
        (
            "secrets",
            "Code and docs go in version control, but do not commit secrets like API keys.",
            "Commit secrets like API keys so the whole team has them.",
        ),
    ],
)
def test_the_rule_is_ticked_by_saying_it_not_by_its_opposite(card, rule, opposite):
    assert _rule_point(card, rule) is True
    assert _rule_point(card, opposite) is False


@pytest.mark.parametrize(
    ("card", "typed"),
    [
        (
            "rebase",
            "Rebasing re-applies my commits onto the other branch. Don't do it to a shared branch.",
        ),
        ("passwords", "Some apps store passwords in plain text. Don't do that; hash them."),
        (
            "secrets",
            "Teams often commit secrets like API keys by accident. Never do this, use a"
            " secret manager.",
        ),
    ],
)
def test_a_denied_do_it_says_the_rule_of_the_action_before_it(card, typed):
    assert _rule_point(card, typed) is True


@pytest.mark.parametrize(
    ("card", "typed"),
    [
        (
            "rebase",
            "Rebasing re-applies my commits onto the other branch. Do it on shared branches"
            " too, that's fine.",
        ),
        (
            "secrets",
            "Teams commit secrets like API keys to version control. Do it so all see them.",
        ),
        # (a negation of another verb of the clause: the rebasing itself is not denied)
        ("rebase", "Rebase does not copy the commits, it moves the originals."),
    ],
)
def test_an_undenied_action_says_no_rule(card, typed):
    assert _rule_point(card, typed) is False


@pytest.mark.parametrize(
    ("question", "answer", "point"),
    [
        (
            "What does git rebase do to your branch?",
            "- Your commits are replayed after the new base.\n"
            "- The old commits are not changed; new ones with new hashes are made.\n"
            "- Do not rebase commits others already pulled.",
            "Do not rebase commits others already pulled",
        ),
        (
            "What do you do to make a query use an index?",
            "Index the columns you filter on. Do not wrap them in functions in the WHERE clause.",
            "Do not wrap them in functions in the WHERE clause",
        ),
    ],
)
def test_a_clause_point_keeps_the_do_its_not_leans_on(question, answer, point):
    # ("not rebase commits …" read as a fragment; the question's "do" is no subject)
    assert point in ticks(answer, question, "")

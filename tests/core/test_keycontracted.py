"""A negation says the same written short or out ("don't see", "do not see"), and a
point's own negation agrees with the same negation typed: a near-verbatim answer ticks
it, the point's claim affirmed does not (keycontracted, keydenial)."""

from __future__ import annotations

import pytest

from studyapp.core.keycontracted import expanded
from studyapp.core.keyterms import key_terms, ticked_terms


def ticks(question: str, answer: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


ACID = (
    "What are the ACID properties?",
    "- **Atomicity**: a transaction happens completely or not at all\n"
    "- **Consistency**: a transaction moves the database from one valid state to another\n"
    "- **Isolation**: concurrent transactions do not see each other's partial work\n"
    "- **Durability**: once committed, data survives a crash",
)
ISOLATION = "Isolation: concurrent transactions do not see each other's partial work"


@pytest.mark.parametrize(
    "typed",
    [
        "Isolation: concurrent transactions don't see each other's partial work.",
        "Isolation: concurrent transactions do not see each other's partial work.",
        "Isolation: concurrent transactions can’t see each other's partial work.",
    ],
)
def test_a_point_denying_a_verb_is_said_by_the_same_negation_however_spelt(typed):
    assert ticks(*ACID, typed)[ISOLATION] is True


def test_the_point_affirmed_is_still_not_said():
    typed = "Isolation: concurrent transactions see each other's partial work."
    assert ticks(*ACID, typed)[ISOLATION] is False


SCALING = ("Why scale features before training?", "Tree models don't need it.")


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("a tuple isn't mutable", "A tuple is not mutable."),
        ("Tree models don't need it", "Tree models do not need it."),
    ],
)
def test_a_contracted_point_is_said_written_out(point, typed):
    assert ticked_terms([point], typed, *SCALING)[0] is True


LOCKS = ("How does MVCC help readers?", "With MVCC, locks do not block readers.")


def test_a_denied_verb_of_denying_meaning_is_said_by_its_own_denial():
    """ "do not block": the point denies "block" itself; the same denial says it, the
    verb affirmed does not."""
    point = "locks do not block readers"
    assert ticked_terms([point], "Locks do not block readers.", *LOCKS)[0] is True
    assert ticked_terms([point], "Locks don't block readers.", *LOCKS)[0] is True
    assert ticked_terms([point], "Locks block readers.", *LOCKS)[0] is False


def test_an_acronym_typed_is_no_negation_and_its_verb():
    """ "k-NN" typed is no "not need" of a point: a wrong answer that never says the
    point's verb does not earn it."""
    question = "Why scale features before training?"
    point = "Tree models do not need it"
    typed = "Scaling makes tree models more accurate, and models like k-NN are not affected."
    assert ticked_terms([point], typed, question, "")[0] is False


def test_written_out():
    assert expanded("Don't, can't, WON'T, isn’t, shouldn't; o'clock") == (
        "Do not, cannot, WILL NOT, is not, should not; o'clock"
    )

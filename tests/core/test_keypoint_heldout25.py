"""Key points on round 25's held-out set (tests/core/keypoint_heldout25.py): written
before the round's fixes and never tuned on, so its figures say how the rules do on
answers nobody fitted them to."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms
from tests.core.keypoint_heldout25 import TWENTY_FIFTH_HELD_OUT, HeldOut


def measured(case: HeldOut) -> tuple[list[float], list[float]]:
    """The coverage of each right and of each wrong answer of the case."""
    points = key_terms(case.answer, question=case.question)

    def cover(typed: str) -> float:
        return coverage(points, ticked_terms(points, typed, case.question, case.answer))

    return [cover(a) for a in case.rights], [cover(a) for a in case.wrongs]


def figures(cases: list[HeldOut]) -> tuple[float, float, float]:
    """Mean coverage of the right answers, of the wrong ones, and the share of (right,
    wrong) pairs of a question where the right one covers more."""
    rights: list[float] = []
    wrongs: list[float] = []
    pairs: list[bool] = []
    for case in cases:
        right, wrong = measured(case)
        rights += right
        wrongs += wrong
        pairs += [r > w for r in right for w in wrong]
    return sum(rights) / len(rights), sum(wrongs) / len(wrongs), sum(pairs) / len(pairs)


def test_the_set_is_what_its_method_asks():
    assert len(TWENTY_FIFTH_HELD_OUT) >= 12
    for case in TWENTY_FIFTH_HELD_OUT:
        assert 2 <= len(case.rights) <= 3 and len(case.wrongs) == 2, case.id


def test_the_figures_hold_on_the_twenty_fifth_held_out_set():
    """First measure, before the round's fixes: right 0.53, wrong 0.35, ahead 50 % (the
    wrong answers, in the notes' own words with a cause or a side turned, earn about as
    much as terse right ones). At the end of the round, after its fixes (found on the
    deck's answers, earlier rounds and fresh probes, none on this set): unchanged, right
    0.53, wrong 0.35, ahead 50 %. In round 27 (a subject ends before an "-ly" adverb,
    `keysubject`: "Bagging mainly reduces bias …" now says its side, and the sides
    swapped say neither): wrong 0.29, ahead 55 %."""
    right, wrong, ahead = figures(TWENTY_FIFTH_HELD_OUT)
    assert right >= 0.52, right
    assert wrong <= 0.3, wrong
    assert ahead >= 0.55, ahead

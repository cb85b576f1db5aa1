"""Key points on round 27's held-out set (tests/core/keypoint_heldout27.py): written
before the round's fixes, in topics the round's report has none of, and never tuned on,
so its figures say how the rules do on answers nobody fitted them to."""

from __future__ import annotations

from tests.core.keypoint_heldout27 import TWENTY_SEVENTH_HELD_OUT
from tests.core.test_keypoint_heldout25 import figures


def test_the_set_is_what_its_method_asks():
    assert len(TWENTY_SEVENTH_HELD_OUT) >= 12
    assert len({case.id for case in TWENTY_SEVENTH_HELD_OUT}) == len(TWENTY_SEVENTH_HELD_OUT)
    for case in TWENTY_SEVENTH_HELD_OUT:
        assert 2 <= len(case.rights) <= 3 and len(case.wrongs) == 2, case.id


def test_the_figures_hold_on_the_twenty_seventh_held_out_set():
    """First measure, before the round's fixes: right 0.43, wrong 0.19, ahead 58 % (the
    wrong answers, the notes' words with two sides swapped or a verb turned into its
    antonym, earn almost half what the right ones do). At the end of the round, after
    its fixes (found on the report's cases and fresh probes, none on this set):
    unchanged, right 0.43, wrong 0.19, ahead 58 % (what its wrong answers still earn:
    two sides' clauses swapped, "Throttle waits until the events stop …"; a point cut
    short, "inference time dropout"; a LEFT JOIN's points that "only the rows that
    match in both tables" says). In round 29 (a verb of change said by a word of degree,
    `keydegree.as_degree`): right 0.44."""
    right, wrong, ahead = figures(TWENTY_SEVENTH_HELD_OUT)
    assert right >= 0.43, right
    assert wrong <= 0.19, wrong
    assert ahead >= 0.57, ahead

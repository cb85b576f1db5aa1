"""Key points on round 30's held-out set (tests/core/keypoint_heldout30.py): written
before the round's fixes, in topics no earlier set has (version control, containers
and Kubernetes, file systems, C++, algorithms, distributed commits and hashing,
compilers, release strategies), and never tuned on, so its figures say how the rules do
on answers nobody fitted them to."""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut
from tests.core.keypoint_heldout30 import THIRTIETH_HELD_OUT
from tests.core.test_keypoint_heldout25 import figures


def test_the_set_is_what_its_method_asks():
    assert len(THIRTIETH_HELD_OUT) >= 10
    assert len({case.id for case in THIRTIETH_HELD_OUT}) == len(THIRTIETH_HELD_OUT)
    for case in THIRTIETH_HELD_OUT:
        assert isinstance(case, HeldOut)
        assert len(case.rights) == 2 and len(case.wrongs) == 2, case.id


def test_the_figures_hold_on_the_thirtieth_held_out_set():
    """First measure, before the round's fixes: right 0.25, wrong 0.32, ahead 27 % (the
    wrong answers, the notes' words with the sides swapped, earn more than the right
    ones: points that are a side's bold phrase alone, "restarts the container", "switch
    all traffic at once", "before the program runs", carry no side, so the swapped
    answer says them; a right answer in other words, "a second directory entry for the
    very same file data", "acquire in ctor, release in dtor", "caches answers to
    subproblems that repeat", earns nothing). At the end of the round, after its fixes
    (found on the testers' cases and fresh probes, none on this set): right 0.25, wrong
    0.31, ahead 32 % (a phrase of a side's line or column is that side's point,
    `keysideof`: "Container: shares the host kernel" no longer ticks for the virtual
    machine; what its wrong answers still earn: points that are a bold phrase of a
    paragraph naming no side in a list or table, "restarts the container", "switch all
    traffic at once", "before the program runs", said of the other side; the heap's
    "O(1)" and "O(log n)" swapped between operations). Round 37 (every list item a point,
    a long one by its key clause): right 0.252 -> 0.237, wrong 0.295 -> 0.311; the hard
    link's last item is a point now, "Hard links cannot cross file systems or point to
    directories", and the wrong answer that turns it round ("Hard links can …; symlinks
    cannot") says it (its "cannot" is the symlinks'), while the right one in other words
    does not; the thread's "cheaper to create and to switch" is a point, said by one right
    answer of two."""
    right, wrong, ahead = figures(THIRTIETH_HELD_OUT)
    assert right >= 0.23, right
    assert wrong <= 0.32, wrong
    assert ahead >= 0.31, ahead

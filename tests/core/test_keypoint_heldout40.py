"""Key points on round 40's held-out set (tests/core/keypoint_heldout40.py): written
before the round's fixes and before reading the rules, across SQL, operating systems,
networking, machine learning, system design, Python and behavioural questions, each
with a right answer close to the notes, a right one in other words (some with typos),
a wrong one in the notes' words (negated, its terms swapped or its key word missing)
and a partly right one."""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut
from tests.core.keypoint_heldout40 import FORTIETH_HELD_OUT
from tests.core.test_keypoint_heldout25 import figures
from tests.core.test_keypoint_heldout31 import partly
from tests.core.test_keypoint_heldout32 import close_and_paraphrased


def test_the_set_is_what_its_method_asks():
    assert len(FORTIETH_HELD_OUT) >= 30
    assert len({case.id for case in FORTIETH_HELD_OUT}) == len(FORTIETH_HELD_OUT)
    for case in FORTIETH_HELD_OUT:
        assert isinstance(case, HeldOut)
        assert (len(case.rights), len(case.wrongs), len(case.partials)) == (2, 1, 1), case.id


def test_the_figures_hold_on_the_fortieth_held_out_set():
    """First measure, before the round's fixes: right 0.71, wrong 0.28, ahead 72 %,
    partly right 0.31; close to the notes 0.99, in other words 0.43. The wrong answers
    earn a third of the points: swapped sides mostly tick nothing, but a clause said by
    a share of its words ticks with its claim's word missing or turned ("an index on a
    column with few distinct values always helps" for "… rarely helps", "two threads
    each hold a lock" for "hold locks for as short a time as possible", "the changes
    made so far are kept" for "ROLLBACK undoes the changes made so far"). At the end of
    the round: right 0.71, wrong 0.22, ahead 78 %, partly right 0.31; close 0.99, in
    other words 0.43. Mended by general rules: a clause's word of degree is needed
    (`keyscale`, from the brief's deadlock case: "two threads each hold a lock", and
    here "always helps"); then, taught by this set's wrong answers as the brief asks
    (so not held-out evidence), each checked on a fresh case of its kind: a kind is
    named by its numbered word ("4xx codes mean the server failed" no longer ticks the
    5xx point), "easier" is the opposite of "harder" (the sharding answer), a clause
    whose actor is a keyword in capitals needs it ("the changes made so far are kept"
    for "ROLLBACK undoes …"). Still ticked: sides swapped inside one clause ("returns 0
    in the parent and the child's PID in the child", "`is` compares values … `==`
    checks … the same object"), an order turned ("reads the database first and only on
    a miss reads the cache"), a claim's quantifiers replaced ("each one commits on its
    own" for "all commit or none do"), a rule denied a clause later ("multiprocessing
    never helps"); paraphrases still earn under half."""
    right, wrong, ahead = figures(FORTIETH_HELD_OUT)
    close, paraphrased = close_and_paraphrased(FORTIETH_HELD_OUT)
    assert right >= 0.70, right
    assert wrong <= 0.23, wrong
    assert ahead >= 0.77, ahead
    assert partly(FORTIETH_HELD_OUT) <= right
    assert close >= paraphrased

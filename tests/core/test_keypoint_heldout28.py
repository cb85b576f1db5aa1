"""Key points on round 28's held-out set (tests/core/keypoint_heldout28.py): written
before the round's fixes, in frontend and backend topics the round's report has none
of, and never tuned on, so its figures say how the rules do on answers nobody fitted
them to."""

from __future__ import annotations

from tests.core.keypoint_heldout28 import TWENTY_EIGHTH_HELD_OUT
from tests.core.test_keypoint_heldout25 import figures


def test_the_set_is_what_its_method_asks():
    assert len(TWENTY_EIGHTH_HELD_OUT) >= 8
    assert len({case.id for case in TWENTY_EIGHTH_HELD_OUT}) == len(TWENTY_EIGHTH_HELD_OUT)
    for case in TWENTY_EIGHTH_HELD_OUT:
        assert len(case.rights) == 2 and len(case.wrongs) == 2, case.id


def test_the_figures_hold_on_the_twenty_eighth_held_out_set():
    """First measure, before the round's fixes: right 0.31, wrong 0.19, ahead 31 % (the
    wrong answers, the notes' words with two sides swapped or what happens under a
    condition turned round, earn two thirds of what the right ones do). At the end of
    the round, after its fixes (found on the report's cases and fresh probes, none on
    this set): unchanged, right 0.31, wrong 0.19, ahead 31 % (one idea one point merged
    the WebSocket's two "persistent, full-duplex" points, neither of which any answer
    ticks; what its wrong answers still earn: a CDN's "keeps copies … on edge servers"
    and "serves each user from the nearest one" said by "keeps the only copy … serves
    each user from the farthest edge"; no-cache and no-store swapped; the dirty read's
    cut point "not yet committed" said by "already committed"). In round 30 ("changes
    some fields" says "partial update", `keysynonyms`): right 0.33, ahead 36 %. In round
    39 (what a named thing is, said where it is named: `keydefined`): right 0.31, the
    no-cache answer's "response may be stored" no longer ticked by the "store" of its
    next sentence, "no-store forbids keeping any copy", which says the opposite of
    another thing ("lets a cache keep a copy", where it names no-cache, is a paraphrase
    the rules do not hear)."""
    right, wrong, ahead = figures(TWENTY_EIGHTH_HELD_OUT)
    assert right >= 0.305, right
    assert wrong <= 0.2, wrong
    assert ahead >= 0.35, ahead

"""Key points on round 35's held-out set (tests/core/keypoint_heldout35.py): written
before the round's fixes, on bullets that open with a bold label, questions that ask
for an acronym (where saying the acronym again must earn nothing) and answers in a
person's own words; each question with a right answer close to the notes, a right one
in other words, a wrong one that reverses a claim, a wrong one that only restates the
question, and a partly right one. Never tuned on: its figures say how the rules do on
answers nobody fitted them to."""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut
from tests.core.keypoint_heldout35 import THIRTY_FIFTH_HELD_OUT
from tests.core.test_keypoint_heldout25 import figures
from tests.core.test_keypoint_heldout31 import partly
from tests.core.test_keypoint_heldout32 import close_and_paraphrased


def test_the_set_is_what_its_method_asks():
    assert len(THIRTY_FIFTH_HELD_OUT) >= 15
    assert len({case.id for case in THIRTY_FIFTH_HELD_OUT}) == len(THIRTY_FIFTH_HELD_OUT)
    for case in THIRTY_FIFTH_HELD_OUT:
        assert isinstance(case, HeldOut)
        assert (len(case.rights), len(case.wrongs), len(case.partials)) == (2, 2, 1), case.id


def test_the_figures_hold_on_the_thirty_fifth_held_out_set():
    """First measure, before the round's fixes: right 0.48, wrong 0.10, ahead 58 %,
    partly right 0.19; close 0.81, paraphrased 0.15. At the end of the round (fixes
    found on the testers' cards and probes of the same kinds, none on this set): right
    0.53, wrong 0.06, ahead 67 %, partly right 0.19; close 0.91, paraphrased 0.15. The
    dash labels ("- **merge** – … a merge commit") give a point each now, restating
    "RAG" earns no "Retrieval-Augmented Generation", the dropout and token-bucket
    bullets (short claims, no label) are points, and a note beside labelled bullets
    ("- rule: never rebase commits others already pulled") is its claim whole, its
    "never" kept: the wrong answer that swaps merge and rebase earns nothing, but the
    paraphrase "Don't rebase shared work" does not tick it either (paraphrased 0.17
    before that change, 0.15 after). Still missed: paraphrases ("a network of neurons",
    "replays your commits onto the other branch") tick little, as in earlier sets; the
    GAN card's points are its two names only, so a wrong answer that swaps their roles
    earns them all."""
    right, wrong, ahead = figures(THIRTY_FIFTH_HELD_OUT)
    close, paraphrased = close_and_paraphrased(THIRTY_FIFTH_HELD_OUT)
    assert right >= 0.52, right
    assert wrong <= 0.07, wrong
    assert ahead >= 0.66, ahead
    assert partly(THIRTY_FIFTH_HELD_OUT) <= right
    assert close >= paraphrased

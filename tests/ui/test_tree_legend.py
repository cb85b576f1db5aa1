"""The tree legend's tooltip says what its Mastery column counts: the rule of
core.progress ("learned": a week of FSRS stability, not due, not struggling), not
"last rated Good or Easy and still recalled above 80 %", which a question answered
Good once meets while the column leaves it out."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from studyapp.core.progress import LEARNED_STABILITY_DAYS
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import LR, PV

BV = "What is bias-variance?"


def review(store, title, ratings, at):
    """`ratings` one after another, each when the card falls due, the first at `at`."""
    sr = SpacedRepetition()
    question = qid(store, title)
    when = at
    for i, rating in enumerate(ratings):
        card_json = store.card_json(question)
        if i:
            when = max(when, sr.due(card_json))
        card, due_iso = sr.grade(card_json, rating, when)
        store.record_review(question, rating, 3.0, "study", card, due_iso, to_ms(when))


def mastery_tip(window) -> str:
    """The tooltip's Mastery line, as text."""
    doc = QTextDocument()
    doc.setHtml(window.tree.legend.toolTip())
    lines = doc.toPlainText().splitlines()
    return next(line for line in lines if line.startswith("Mastery:"))


def test_the_mastery_tip_names_the_rule_the_column_follows(make_window):
    tip = mastery_tip(make_window())
    assert f"stability of at least {LEARNED_STABILITY_DAYS:g} days" in tip
    assert "not due" in tip and "not struggling" in tip  # the states that come first
    assert "80 %" not in tip and "Good or Easy" not in tip


def test_a_question_the_old_tip_counted_is_left_out_and_a_stable_one_counted(
    make_window, store, clock
):
    """Good twice just now (recalled near 100 %): the old tip's rule counted it, the
    column does not. Four Goods spread over days (stability past three weeks): counted."""
    sr = SpacedRepetition()
    review(store, BV, [3, 3, 3, 3], clock.now())
    stable = store.card_json(qid(store, BV))
    assert sr.stability(stable) >= LEARNED_STABILITY_DAYS
    clock.advance(seconds=(sr.due(stable) - clock.now()).total_seconds() - 2 * 3600)
    review(store, PV, [3, 3], clock.now())
    review(store, LR, [3, 3], clock.now())  # another of the first kind, in another topic
    clock.advance(hours=1)  # BV not due yet
    window = make_window()
    model = window.model
    for fresh in (PV, LR):
        card = store.card_json(qid(store, fresh))
        assert sr.retrievability(card, clock.now()) > 0.8  # "still recalled above 80 %"
        assert sr.stability(card) < LEARNED_STABILITY_DAYS
        assert model.state(qid(store, fresh)) == "learning"
    assert model.state(qid(store, BV)) == "learned"
    statistics = model.node(model.topic_index(topic_id(store, "Statistics")))
    assert (statistics.mastered, statistics.total) == (1, 2)  # BV, not PV
    optimization = model.node(model.topic_index(topic_id(store, "Optimization")))
    assert optimization.mastered == 0  # LR left out
    assert f"at least {LEARNED_STABILITY_DAYS:g} days" in mastery_tip(window)

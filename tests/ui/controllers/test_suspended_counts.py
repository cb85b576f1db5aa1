"""Suspended questions count alike everywhere, as Anki counts suspended cards: among
a deck's and a topic's questions (the tree's Qs, the status bar's total, the
statistics), in mastery as their cards stand, never as due nor new; where some are,
the tooltips say how many. Before, the tree's Qs counted them and the status bar's
total did not ("6" on the deck's row beside "4 questions"), and the tree's mastery
took them as unlearned while the statistics left them out: two percentages for one
topic."""

from __future__ import annotations

import re

import pytest

from studyapp.ui.topic_tree import DECK, TOPIC
from tests.ui.conftest import qid, settled
from tests.ui.window_helpers import QT_WARNINGS_FAIL

pytestmark = QT_WARNINGS_FAIL

GD = "What is gradient descent?"  # learned (the `studied` fixture's STRONG)
MOMENTUM = "What is momentum?"  # new
PV = "What is a p-value?"  # weak


def node(window, kind, name):
    return next(n for n in window.model._nodes if n.kind == kind and n.name == name)


def bar_total(window) -> int:
    return int(re.match(r"(\d+) questions?", window.totals_label.text()).group(1))


def toggle_suspended(window, store, title) -> None:
    browse = window.controllers["browse"]
    browse.show_question(qid(store, title))
    window.action("suspend").trigger()  # Ctrl+J, or Edit → Suspend
    browse.current_figures()  # the recount the suspension queued, done now


@pytest.mark.parametrize(
    ("titles", "where"),
    [
        ((GD, MOMENTUM), {"Interview": 2, "Optimization": 2, "Variants": 1}),
        ((PV,), {"Interview": 1, "Statistics": 1}),
    ],
)
def test_suspended_questions_count_alike_in_the_tree_the_bar_and_the_statistics(
    qtbot, make_window, studied, titles, where
):
    window = make_window(show=True)
    deck = node(window, DECK, "Interview")
    qtbot.waitUntil(lambda: deck.new == 1)
    mastered_before = deck.mastered
    for title in titles:
        toggle_suspended(window, studied, title)
    assert deck.total == bar_total(window) == 6  # still six questions, some set aside
    assert deck.mastered == mastered_before  # a learned question suspended stays learned
    assert f"{where['Interview']} suspended" in window.totals_label.toolTip()
    for name, count in where.items():
        row = node(window, DECK if name == "Interview" else TOPIC, name)
        assert f"{count} suspended" in window.model.describe(row), name
    # The statistics count each topic as the tree does: its questions and mastery.
    stats = settled(qtbot, window.controllers["insights"].show_statistics())
    for topic in stats.stats.topics:
        row = node(window, TOPIC, topic.name)
        assert (topic.total, topic.mastered) == (row.total, row.mastered), topic.name
        assert round(100 * topic.fraction) == window.model.mastery(row)
        tip = stats.mastery.tip_at(*_centre(stats.mastery, topic))
        assert ("suspended" in tip) == (topic.name in where), tip
        assert f"{where.get(topic.name)} suspended" in tip or topic.name not in where
    # The Weak Topics tab counts a topic's own questions: where it has no sub-topics,
    # as the tree does (a suspended question is never weak, but one of them).
    weak = settled(qtbot, window.controllers["insights"].show_weak_topics())
    rows = {t.name: node(window, TOPIC, t.name) for t in weak.report.topics}
    leaves = [t for t in weak.report.topics if all(c.kind != TOPIC for c in rows[t.name].children)]
    assert any(t.name == "Statistics" for t in leaves)
    for topic in leaves:
        row = rows[topic.name]
        assert (topic.total, round(100 * topic.mastery)) == (row.total, window.model.mastery(row))
    assert all(w.title not in titles for t in weak.report.topics for w in t.questions)
    window.controllers["insights"].show_questions_tab()
    for title in titles:  # taken back: nothing says suspended any more
        toggle_suspended(window, studied, title)
    assert "suspended" not in window.totals_label.toolTip()
    assert deck.total == bar_total(window) == 6
    assert "suspended" not in window.model.describe(deck)


def _centre(mastery, topic) -> tuple[float, float]:
    centre = mastery.row_rect(mastery.topics.index(topic)).center()
    return centre.x(), centre.y()

"""A table of worked examples beside the rule an answer states (`core.keyworked`): its
rows (".btn: 0,0,1,0") are no points; the rule's clauses are."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

SPECIFICITY = "How does specificity work?"
SPECIFICITY_ANSWER = (
    "Specificity is compared as (inline, IDs, classes/attributes/pseudo-classes,"
    " elements/pseudo-elements). Higher wins; equal → later rule wins. `!important` beats"
    " all normal declarations.\n\n"
    "| selector | specificity |\n"
    "|---|---|\n"
    "| `p` | 0,0,0,1 |\n"
    "| `.btn` | 0,0,1,0 |\n"
    "| `#nav .btn:hover` | 0,1,2,0 |\n"
    '| `style=""` | 1,0,0,0 |\n'
)
FLOOR = "How does // round in Python?"
FLOOR_ANSWER = (
    "Floor division rounds toward negative infinity, not toward zero. A negative result is"
    " rounded down, away from zero; `%` takes the sign of the divisor.\n\n"
    "| expression | result |\n"
    "|---|---|\n"
    "| `7 // 2` | 3 |\n"
    "| `-7 // 2` | -4 |\n"
    "| `-7 % 3` | 2 |\n"
)


def test_the_rows_of_worked_examples_are_no_points_and_the_rule_is():
    points = key_terms(SPECIFICITY_ANSWER, question=SPECIFICITY)
    assert not any("0,0" in p or "0,1" in p for p in points), points
    assert "Higher wins" in points, points
    assert "equal → later rule wins" in points, points
    right = "The higher specificity wins, and when equal the later rule wins."
    ticks = ticked_terms(points, right, SPECIFICITY)
    assert ticks[points.index("Higher wins")] and ticks[points.index("equal → later rule wins")]


def test_another_table_of_worked_examples_leaves_its_rule_whole():
    points = key_terms(FLOOR_ANSWER, question=FLOOR)
    assert points[0] == "Floor division rounds toward negative infinity, not toward zero"
    assert not any(p.startswith(("7 // 2", "-7")) for p in points), points

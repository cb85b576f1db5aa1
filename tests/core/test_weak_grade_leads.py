"""The person's own grade leads the weakness of a mock answer (core.fairness.answer_shortfall).

A tester's mock: "What is a VAE?" left blank (time ran out) and rated Again came last
of a mock summary's "Weakest", below "Text-to-Image" rated Good at 14 % of its key
points; `git reset` left blank and rated Again ranked below `git reflog` rated Hard;
and the Weak Topics tab gave a keyword-matched wrong `git bisect` answer 78 beside
56 for the blank `reset`. Key-point coverage is a lexical guess, so it may refine a
grade, never outrank it: Again (typed or blank) > Hard > Good with few points > Good.
"""

from __future__ import annotations

import itertools

import pytest

from studyapp.core.mock_results import summarize
from studyapp.core.store import Store
from studyapp.core.weak import QuestionHistory, question_weakness, weak_report
from tests.core import test_mock_weak_agree as agree
from tests.core.test_mock_weak_agree import ADAM, BIAS, GAN, INTERVAL, MOMENTUM, P_VALUE, RATE
from tests.core.test_weak import history
from tests.history import NOW, SCHEDULER, ids, mock_attempt, record, replay, run_mock

store = agree.store  # the same store fixture, over the same questions


def scores(store: Store) -> dict[str, float]:
    report = weak_report(store, None, NOW, SCHEDULER)
    return {q.qid: q.score for q in report.questions}


# Each: studies before (title → pattern), then one mock's answers as (title, rating,
# coverage, typed), and the order a person expects of its weakest (ties: either way).
SCENARIOS = {
    # The tester's first mock: the blank Again asked last, the Good at 14 % first.
    "blank Again, typed Again, Hard, thin Good, Good": (
        {},
        [
            (ADAM, 3, 0.14, "You give the model a prompt."),
            (BIAS, 1, 0.33, "It is not a binary search."),
            (RATE, 2, 0.25, "The history of HEAD."),
            (GAN, 3, 0.6, "Two nets compete."),
            (P_VALUE, 1, None, None),
        ],
        [{BIAS, P_VALUE}, {RATE}, {ADAM}],
    ),
    # Another kind: known, then left blank and rated Again; Again'ed in study, then
    # Good with few points; an Again every key word of which matched; a blank Hard; a
    # Good with next to none of the points.
    "blank Again after knowing it; Again at full coverage; blank Hard; thin Goods": (
        {ADAM: ((3, 1),), MOMENTUM: ((20, 3),)},
        [
            (ADAM, 3, 0.1, "Prompt in, picture out."),
            (GAN, 3, 0.1, "A kind of network."),
            (RATE, 2, None, None),
            (INTERVAL, 1, 1.0, "--hard does not touch the working tree."),
            (MOMENTUM, 1, None, None),
        ],
        [{INTERVAL, MOMENTUM}, {ADAM, RATE}, {GAN}],
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=list(SCENARIOS))
def test_the_person_s_grade_outranks_the_key_points(store, scenario):
    studies, answers, expected = scenario
    q = ids(store)
    for title, pattern in studies.items():
        record(store, q[title], pattern)
    session = run_mock(store, [(q[t], False, r, c, typed) for t, r, c, typed in answers], 0.5)
    weakest = [
        row.question_id for row in summarize(store, session, now=NOW, scheduler=SCHEDULER).weakest
    ]
    tiers = [{q[t] for t in tier} for tier in expected]
    assert len(weakest) == sum(map(len, tiers)), weakest
    at = 0
    for tier in tiers:
        assert set(weakest[at : at + len(tier)]) == tier, (weakest, tiers)
        at += len(tier)
    listed = scores(store)  # the Weak Topics tab: the same order by its scores
    for higher, lower in itertools.pairwise(tiers):
        assert min(listed[x] for x in higher) > max(listed[y] for y in lower), listed


def test_a_blank_again_weighs_as_much_as_a_typed_one():
    """The one signal a blank answer lacked was its coverage: it weighs in by its grade."""
    blank = question_weakness(history(((1, 1),), [mock_attempt(1, rating=1)]), NOW, SCHEDULER)
    typed = question_weakness(
        history(((1, 1),), [mock_attempt(1, rating=1, coverage=0.33)]), NOW, SCHEDULER
    )
    assert blank.score >= typed.score, (blank, typed)


@pytest.mark.parametrize(
    ("answers", "said"),
    [
        # `git bisect`: 33 % rated Again, then 33 % rated Good ("in 1 of 2 mocks")
        (((3, 1, 0.33), (1, 3, 0.33)), "covered 33 % of the key points across 2 mocks"),
        # three answers at 40 %, graded Again, Hard, Good
        (((5, 1, 0.4), (3, 2, 0.4), (1, 3, 0.4)), "covered 40 % of the key points across 3 mocks"),
        # a typed Again at 10 %, then one with nothing typed: measured in one of two
        (((3, 1, 0.1), (1, 1, None)), "covered 10 % of the key points in 1 of 2 mocks"),
    ],
    ids=["bisect", "three-at-40", "one-typed"],
)
def test_the_key_points_said_are_of_every_answer_typed(answers, said):
    card, reviews = replay(tuple((days, rating) for days, rating, _c in answers))
    reviews = [r._replace(mode="mock") for r in reviews]  # each mock's grade, as a review
    mocks = [mock_attempt(days, rating=r, coverage=c) for days, r, c in answers]
    weakness = question_weakness(
        QuestionHistory(card, tuple(reviews), tuple(mocks)), NOW, SCHEDULER
    )
    assert said in weakness.reasons, weakness.reasons


@pytest.mark.parametrize(("bisect_points", "reflog_points"), [(0.33, 0.25), (0.25, 0.33)])
def test_which_of_two_good_answers_is_listed_follows_the_grades_and_says_so(
    store, bisect_points, reflog_points
):
    """`git bisect` (Again, then Good at 33 %) was listed and `git reflog` (Hard, then Good
    at 25 %) not, which read as a Good at 33 % counting and one at 25 % not, its why
    saying "covered 33 % … in 1 of 2 mocks". Neither Good counts (not below a quarter of
    the points): the earlier Again lists `bisect`, whichever answer said more, and its
    why says so first, of both answers' key points."""
    q = ids(store)
    bisect, reflog = q[ADAM], q[RATE]
    run_mock(
        store, [(bisect, False, 1, bisect_points, "x"), (reflog, False, 2, reflog_points, "y")], 2
    )
    run_mock(
        store, [(bisect, False, 3, bisect_points, "x"), (reflog, False, 3, reflog_points, "y")], 1
    )
    listed = {w.qid: w for w in weak_report(store, None, NOW, SCHEDULER).questions}
    assert set(listed) == {bisect}, listed
    why = listed[bisect].reasons
    assert why[0] == "rated Again once in the last 7 days", why
    assert f"covered {round(bisect_points * 100)} % of the key points across 2 mocks" in why

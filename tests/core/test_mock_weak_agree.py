"""A mock summary's "Weakest" and the Weak Topics tab decide with one rule
(core.weak.question_weakness, in the order of core.weak.weakest_first): after any
mock, the summary lists exactly the mock's questions the tab lists, in the tab's
order. They used to disagree both ways: a well-known question rated Hard in a mock
was "weakest" in the summary and absent from the tab, and a question over time in
mock after mock was weak in the tab while the summary said none went wrong."""

from __future__ import annotations

import pytest

from studyapp.core.mock_results import summarize
from studyapp.core.store import Store
from studyapp.core.weak import weak_report
from tests.core.test_weak import QUESTIONS
from tests.history import NOW, SCHEDULER, STRONG, WEAK, doc, ids, record, run_mock

P_VALUE, INTERVAL, BIAS, ADAM, MOMENTUM, RATE, GAN = (q[0] for q in QUESTIONS[:7])


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as s:
        s.import_document(doc(QUESTIONS), "/notes/interview.md", "h1")
        yield s


def the_tab(store: Store, asked: list[str]) -> list[str]:
    """The tab's weak questions among `asked`, weakest first by its score."""
    report = weak_report(store, None, NOW, SCHEDULER)
    listed = [(q.score, q.qid) for topic in report.topics for q in topic.questions]
    return [qid for _score, qid in sorted(listed, key=lambda e: -e[0]) if qid in asked]


# Each: the studies before, the earlier mocks (days ago, answers), then the mock summed
# up; an answer is (title, over time, rating or None for skipped, key points covered).
SCENARIOS = {
    "a known question rated Hard": (
        {BIAS: STRONG, RATE: STRONG},
        [],
        [(BIAS, False, 2, 0.9), (RATE, False, 3, 0.9)],
    ),
    "over time mock after mock, rated Good": (
        {ADAM: STRONG, GAN: STRONG},
        [(5, [(ADAM, True, 3, 0.9)]), (3, [(ADAM, True, 3, 0.9)])],
        [(ADAM, True, 3, 0.9), (GAN, False, 4, 1.0)],
    ),
    "skipped, Again, Good with none of the points": (
        {P_VALUE: WEAK, INTERVAL: STRONG},
        [],
        [(P_VALUE, False, 1, 0.5), (INTERVAL, False, None, None), (MOMENTUM, False, 3, 0.0)],
    ),
    "nothing went wrong": (
        {BIAS: STRONG, RATE: STRONG},
        [],
        [(BIAS, False, 4, 1.0), (RATE, False, 3, 0.8)],
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=list(SCENARIOS))
def test_the_summary_lists_what_the_weak_topics_tab_lists(store, scenario):
    studies, earlier, summed = scenario
    q = ids(store)
    for title, pattern in studies.items():
        record(store, q[title], pattern)
    for days_ago, answers in earlier:
        run_mock(store, [(q[t], over, r, c, None) for t, over, r, c in answers], days_ago)
    asked = [q[t] for t, *_ in summed]
    session = run_mock(store, [(q[t], over, r, c, None) for t, over, r, c in summed], 0.5)
    summary = summarize(store, session, now=NOW, scheduler=SCHEDULER)
    weakest = [row.question_id for row in summary.weakest]
    assert weakest == the_tab(store, asked)
    # Every answer that went wrong in this mock is among them, until studied again.
    assert {row.question_id for row in summary.rows if row.is_weak} <= set(weakest)


def test_a_question_studied_well_after_the_mock_leaves_both_lists(store):
    q = ids(store)
    record(store, q[BIAS], STRONG[:-1])  # known well, last studied 20 days ago
    session = run_mock(store, [(q[BIAS], False, 2, 0.9, None)], days_ago=2)
    assert [
        r.question_id for r in summarize(store, session, now=NOW, scheduler=SCHEDULER).weakest
    ] == [q[BIAS]]
    assert the_tab(store, [q[BIAS]]) == [q[BIAS]]
    record(store, q[BIAS], ((1, 3),))  # studied the next day: Good
    assert summarize(store, session, now=NOW, scheduler=SCHEDULER).weakest == ()
    assert the_tab(store, [q[BIAS]]) == []


@pytest.mark.parametrize(
    ("source", "hints"),
    [
        # The bundled deck: its lines are of no file the person has.
        (
            "resource:decks/sample.md",
            [
                "A generator and a discriminator trained against…",
                "Generative adversarial network: two networks in…",
            ],
        ),
        ("/notes/interview.md", ["line 10", "line 20"]),  # the person's own file
    ],
)
def test_a_summary_tells_twin_titles_apart_by_what_the_person_can_find(tmp_path, source, hints):
    """Two "What is a GAN?" of the bundled deck in one mock read "— line 1059" and
    "— line 1666" in the summary, lines of a file the person does not have."""
    twins = [
        ("What is a GAN?", "A generator and a discriminator trained against each other.", ()),
        ("What is a GAN?", "Generative adversarial network: two networks in a game.", ()),
    ]
    with Store.open(tmp_path / "store.sqlite3") as store:
        store.import_document(doc(twins), source, "h1")
        qids = [q.id for q in store.questions()]
        session = run_mock(store, [(qid, False, 3, 0.5, None) for qid in qids])
        summary = summarize(store, session, now=NOW, scheduler=SCHEDULER)
    told = [row.hint for row in sorted(summary.rows, key=lambda row: qids.index(row.question_id))]
    assert told == hints

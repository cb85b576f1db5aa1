"""Weakness scoring on constructed histories, and the ranked weak-topic report."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.core.progress import is_mastered
from studyapp.core.store import Store
from studyapp.core.weak import (
    SHAKY_THRESHOLD,
    WEAK_THRESHOLD,
    QuestionHistory,
    UnknownTopicError,
    describe,
    question_weakness,
    weak_report,
)
from tests.history import (
    NOW,
    SCHEDULER,
    STRONG,
    WEAK,
    doc,
    ids,
    mock_attempt,
    record,
    replay,
    run_mock,
)


def history(pattern=(), mocks=()) -> QuestionHistory:
    """A question's history; a review at a mock's start is that mock's grade, kept as a
    review of the mock (mode "mock"), as the app keeps it: one in mode "study" read as
    the question studied since, so its mock answer no longer spoke."""
    card, reviews = replay(pattern)
    starts = {m.started_at_ms for m in mocks}
    reviews = [r._replace(mode="mock") if r.reviewed_at_ms in starts else r for r in reviews]
    return QuestionHistory(card, tuple(reviews), tuple(mocks))


def recall_of(pattern) -> int:
    card, _ = replay(pattern)
    return round(SCHEDULER.retrievability(card, NOW) * 100)


# (case, ratings as (days ago, rating), mock attempts, expected state, reasons that must appear)
CASES = [
    ("never studied", (), (), "new", ["never studied"]),
    (
        "Again twice this week",
        ((2, 1), (1, 1)),
        (),
        "weak",
        ["rated Again twice in the last 7 days"],
    ),
    (
        "Again twice after knowing it",
        WEAK,
        (),
        "weak",
        ["rated Again twice in the last 7 days", "forgotten once after knowing it"],
    ),
    (
        "recall low: one Good long ago",
        ((60, 3),),
        (),
        "weak",
        [f"recall {recall_of(((60, 3),))} %"],
    ),
    (
        "forgotten three times",
        ((90, 3), (80, 1), (70, 3), (60, 1), (50, 3), (40, 1), (30, 3), (1, 3)),
        (),
        "weak",
        ["forgotten 3 times after knowing it"],
    ),
    (
        "Again last time, weeks ago",
        ((40, 3), (20, 1)),
        (),
        "weak",
        ["rated Again last time (20 days ago)"],
    ),
    (
        "Hard three times",
        ((5, 2), (3, 2), (1, 2)),
        (),
        "shaky",
        ["rated Hard 3 times in the last 7 days"],
    ),
    (
        "over time in every mock",
        ((20, 3), (10, 3), (2, 3)),
        [mock_attempt(d, overtime=True) for d in (20, 10, 2)],
        "weak",
        ["over time in 3 of 3 mocks"],
    ),
    (
        "over time in 2 of 3 mocks only",
        ((20, 3), (10, 3), (2, 3)),
        [mock_attempt(20, overtime=True), mock_attempt(10), mock_attempt(2, overtime=True)],
        "shaky",
        ["over time in 2 of 3 mocks"],
    ),
    (
        "low key-point coverage",
        ((2, 3),),
        [mock_attempt(2, coverage=0.2)],
        "weak",
        ["covered 20 % of the key points in its mock"],
    ),
    (
        "coverage across mocks rated Hard",
        ((20, 2), (2, 2)),
        [mock_attempt(20, coverage=0.1, rating=2), mock_attempt(2, coverage=0.3, rating=2)],
        "weak",
        ["covered 20 % of the key points across 2 mocks"],
    ),
    # The person's own grade leads: coverage of a Good answer counts only below the floor.
    (
        "rated Good, half the points",
        ((2, 3),),
        [mock_attempt(2, coverage=0.4)],
        "strong",
        [],
    ),
    (
        "rated Hard, half the points",
        ((2, 2),),
        [mock_attempt(2, coverage=0.4, rating=2)],
        "weak",
        ["covered 40 % of the key points in its mock"],
    ),
    # Good or Easy in its last two reviews: never weak for coverage alone, however low.
    (
        "rated Easy twice, no points matched",
        ((20, 4), (2, 4)),
        [mock_attempt(20, coverage=0.0, rating=4), mock_attempt(2, coverage=0.0, rating=4)],
        "strong",
        [],
    ),
    (
        "skipped in its only mock",
        (),
        [mock_attempt(2, rating=None)],
        "weak",
        ["skipped in 1 of 1 mock"],
    ),
    ("strong", STRONG, [mock_attempt(1, coverage=0.9)], "strong", []),
    ("good coverage, on time", ((20, 3), (2, 3)), [mock_attempt(2, coverage=1.0)], "strong", []),
]


@pytest.mark.parametrize(
    ("pattern", "mocks", "state", "reasons"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_question_weakness(pattern, mocks, state, reasons):
    weakness = question_weakness(history(pattern, mocks), NOW, SCHEDULER)
    assert weakness.state == state, weakness
    for reason in reasons:
        assert reason in weakness.reasons, weakness.reasons
    assert 0.0 <= weakness.score <= 1.0
    if state == "weak":
        assert weakness.score >= WEAK_THRESHOLD and weakness.reasons
    elif state == "strong":
        assert weakness.score < SHAKY_THRESHOLD
        assert not any("Again" in r or "forgotten" in r for r in weakness.reasons)
    elif state == "new":
        assert weakness.score == 0.0


PRACTICE = " (a practice mock: its grade left the schedule as it was)"


@pytest.mark.parametrize(
    ("pattern", "mock", "first"),
    [
        # A new user's "What is a closure?": rated Again in a practice mock with every
        # key point said; its whole why was "covered 100 % of the key points in its mock".
        ((), mock_attempt(1, rating=1, coverage=1.0), "rated Again in its last mock" + PRACTICE),
        # the same, known before: Good a week ago, then Hard in a practice mock
        (
            ((8, 3),),
            mock_attempt(1, rating=2, coverage=0.9),
            "rated Hard in its last mock" + PRACTICE,
        ),
        # rated Good in a mock whose grades count, with next to none of the points said
        (
            ((1, 3),),
            mock_attempt(1, rating=3, coverage=0.1),
            "covered 10 % of the key points in its mock",
        ),
    ],
    ids=["again-full-coverage", "hard-after-good", "good-few-points"],
)
def test_a_weak_question_s_reasons_say_why_it_is_weak(pattern, mock, first):
    weakness = question_weakness(history(pattern, [mock]), NOW, SCHEDULER)
    assert weakness.is_weak, weakness
    assert weakness.reasons[0] == first, weakness.reasons
    assert not any("covered 9" in r or "covered 100" in r for r in weakness.reasons)


def test_a_practice_mock_s_good_grade_is_not_called_last_time():
    """ "What is a context manager?": rated Hard (0 % of its points) in a mock whose
    grades count, then Good with every point said in a practice mock; its summary's
    why said "rated Hard last time; covered 0 % of the key points in its mock"."""
    mocks = [mock_attempt(1, rating=2, coverage=0.0), mock_attempt(0.01, rating=3, coverage=1.0)]
    weakness = question_weakness(history(((1, 2),), mocks), NOW, SCHEDULER)
    assert weakness.is_weak, weakness
    text = weakness.reasons_text
    assert "last time" not in text and "in its mock" not in text, text
    assert "rated Hard when last studied" in weakness.reasons
    # The key points of both answers typed, the Hard one's 0 % and the Good one's 100 %
    # ("0 % … in 1 of 2 mocks" read as if the other had been measured otherwise).
    assert "covered 50 % of the key points across 2 mocks" in weakness.reasons
    assert weakness.reasons[-1] == "rated Good in its last mock" + PRACTICE


def test_an_again_minutes_after_the_first_good_is_not_forgetting_it():
    """A new user graded a new card Good, then Again in a mock the same hour, and read
    "forgotten once after knowing it"; a day later it is forgetting."""
    soon = question_weakness(history(((1, 3), (0.99, 1))), NOW, SCHEDULER)
    assert not any("forgotten" in r for r in soon.reasons), soon.reasons
    later = question_weakness(history(((3, 3), (1, 1))), NOW, SCHEDULER)
    assert "forgotten once after knowing it" in later.reasons


def test_reasons_read_like_the_issue():
    """ "rated Again twice in the last 7 days; recall 54 %; over time in 2 of 3 mocks"."""
    mocks = [mock_attempt(20, overtime=True), mock_attempt(10), mock_attempt(3, overtime=True)]
    weakness = question_weakness(history(((40, 3), (3, 1), (1, 1)), mocks), NOW, SCHEDULER)
    assert weakness.state == "weak"
    assert re.fullmatch(
        r"rated Again twice in the last 7 days; forgotten once after knowing it; "
        r"recall \d{1,2} %; over time in 2 of 3 mocks",
        weakness.reasons_text,
    ), weakness.reasons_text


def test_more_trouble_scores_higher():
    one_again = question_weakness(history(((30, 3), (2, 1))), NOW, SCHEDULER)
    two_agains = question_weakness(history(((30, 3), (3, 1), (2, 1))), NOW, SCHEDULER)
    plus_overtime = question_weakness(
        history(((30, 3), (3, 1), (2, 1)), [mock_attempt(2, overtime=True, rating=1)] * 2),
        NOW,
        SCHEDULER,
    )
    assert one_again.score < two_agains.score < plus_overtime.score


def test_only_the_last_five_mocks_count():
    old = [mock_attempt(30 - i, overtime=True) for i in range(5)]
    recent = [mock_attempt(5 - i) for i in range(5)]
    weakness = question_weakness(history(((40, 3), (1, 3)), old + recent), NOW, SCHEDULER)
    assert weakness.signals["overtime"] == 0.0


ratings = st.lists(
    st.tuples(st.floats(min_value=0.01, max_value=400), st.integers(min_value=1, max_value=4)),
    max_size=12,
)
attempts = st.lists(
    st.builds(
        mock_attempt,
        st.floats(min_value=0.01, max_value=400),
        overtime=st.booleans(),
        rating=st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
        coverage=st.one_of(st.none(), st.floats(min_value=0, max_value=1)),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(ratings, attempts)
def test_any_history_scores_between_0_and_1_with_a_consistent_state(pattern, mocks):
    weakness = question_weakness(history(pattern, mocks), NOW, SCHEDULER)
    assert 0.0 <= weakness.score <= 1.0
    if not pattern and not mocks:
        assert weakness.state == "new"
        return
    assert weakness.state != "new"
    expected = (
        "weak"
        if weakness.score >= WEAK_THRESHOLD
        else "shaky"
        if weakness.score >= SHAKY_THRESHOLD
        else "strong"
    )
    assert weakness.state == expected
    if weakness.state != "strong":
        assert weakness.reasons
    if pattern and sorted(pattern, key=lambda p: -p[0])[-1][1] == 1:
        assert weakness.state == "weak"  # last rated Again: weak, as in the topic tree


# --- the report -------------------------------------------------------------------------

QUESTIONS = (
    ("What is a p-value?", "Chance of data this extreme under H0.", ("Statistics",)),
    (
        "What is a confidence interval?",
        "A range that covers the truth 95 % of the time.",
        ("Statistics",),
    ),
    ("What is bias-variance?", "Error from assumptions vs noise.", ("Statistics",)),
    ("What is Adam?", "Adaptive moments.", ("Optimization",)),
    ("What is momentum?", "Running average of gradients.", ("Optimization", "Variants")),
    ("What is a learning rate?", "Step size.", ("Optimization",)),
    ("What is a GAN?", "Generator vs discriminator.", ("Generative",)),
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as s:
        s.import_document(doc(QUESTIONS), "/notes/interview.md", "h1")
        yield s


def deck_id(store: Store) -> int:
    return store.decks()[0].id


def test_nothing_studied_is_new_not_weak(store):
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert report.nothing_studied and report.topics == [] and report.studied == 0
    assert report.total == len(QUESTIONS) and report.mastery == 0.0
    assert describe(report).startswith("Nothing studied yet")


def test_topics_are_ranked_and_strong_ones_left_out(store):
    q = ids(store)
    for title in ("What is a p-value?", "What is a confidence interval?"):
        record(store, q[title], WEAK)
    record(store, q["What is bias-variance?"], STRONG)
    record(store, q["What is Adam?"], ((60, 3),))  # recall has faded: weak, but less so
    record(store, q["What is a learning rate?"], STRONG)
    record(store, q["What is a GAN?"], STRONG)

    report = weak_report(store, deck_id(store), NOW, SCHEDULER)

    assert [t.name for t in report.topics] == ["Statistics", "Optimization"]
    statistics, optimization = report.topics
    assert statistics.score > optimization.score
    assert [w.title for w in statistics.questions] == [
        "What is a p-value?",
        "What is a confidence interval?",
    ]
    assert (statistics.weak, statistics.studied, statistics.total) == (2, 3, 3)
    assert [w.title for w in optimization.questions] == ["What is Adam?"]
    assert "rated Again twice in the last 7 days" in statistics.questions[0].reasons_text
    assert optimization.questions[0].reasons_text.startswith("recall ")
    assert statistics.questions[0].answer_markdown == QUESTIONS[0][1]

    cards = store.cards(deck_id(store))
    mastered = sum(is_mastered(cards.get(x.id), NOW, SCHEDULER) for x in store.questions())
    assert report.studied == 6 and report.mastered == mastered
    assert report.mastery == pytest.approx(mastered / len(QUESTIONS))
    assert statistics.mastery == pytest.approx(1 / 3)  # bias-variance only
    assert report.weak_count == 3 and not report.nothing_weak


def test_a_suspended_question_is_never_weak_but_counted_among_the_questions(store):
    """A new user suspended a weak question (Ctrl+J): Weak Topics still listed it,
    counted it ("Study these (4)"), and a session over those found 3. Suspended is set
    aside: out of the weak questions and their counts; still one of the deck's
    questions, studied or not, as the tree and the statistics count it."""
    q = ids(store)
    for title in ("What is a p-value?", "What is a confidence interval?"):
        record(store, q[title], WEAK)
    store.set_suspended([q["What is a p-value?"]])
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    titles = [w.title for t in report.topics for w in t.questions]
    assert titles == ["What is a confidence interval?"] and report.weak_count == 1
    assert report.total == len(QUESTIONS) and report.studied == 2
    store.set_suspended([q["What is a p-value?"]], False)  # taken back: weak again
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert report.weak_count == 2 and report.total == len(QUESTIONS)


def test_all_strong_means_nothing_weak(store):
    record(store, ids(store)["What is a GAN?"], STRONG)
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert report.studied == 1 and report.nothing_weak and not report.nothing_studied
    assert describe(report).startswith("No weak questions")


def test_topic_filter_limit_and_subtopics(store):
    q = ids(store)
    for title in ("What is a p-value?", "What is Adam?", "What is momentum?", "What is a GAN?"):
        record(store, q[title], WEAK)
    record(store, q["What is momentum?"], ((1, 1),))  # weakest

    only = weak_report(store, deck_id(store), NOW, SCHEDULER, ["optimization"])
    assert {t.name for t in only.topics} == {"Optimization", "Optimization / Variants"}
    assert only.total == 3 and only.topic_filter == ("optimization",)
    sub = weak_report(store, deck_id(store), NOW, SCHEDULER, ["Optimization / Variants"])
    assert [t.name for t in sub.topics] == ["Optimization / Variants"]
    assert sub.total == 1

    limited = weak_report(store, deck_id(store), NOW, SCHEDULER, limit=1)
    assert [w.title for w in limited.questions] == ["What is momentum?"]
    assert limited.studied == 4  # the cover still counts the whole deck

    with pytest.raises(UnknownTopicError, match='No topic named "Cooking"'):
        weak_report(store, deck_id(store), NOW, SCHEDULER, ["Cooking"])
    with pytest.raises(ValueError):
        weak_report(store, deck_id(store), NOW, SCHEDULER, limit=0)


def test_mock_history_and_last_typed_answer(store):
    q = ids(store)
    gan = q["What is a GAN?"]
    run_mock(store, [(gan, True, 2, 0.2, "Two nets compete.")], days_ago=6)
    run_mock(store, [(gan, True, 3, 0.3, "   ")], days_ago=2)  # blank: not an answer
    run_mock(store, [(gan, False, None, None, None)], days_ago=1, finish=False)  # skipped

    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    (weak,) = report.questions
    assert weak.qid == gan
    assert weak.last_typed_answer == "Two nets compete."
    assert "over time in 2 of 3 mocks" in weak.reasons
    # The key points of the two answers given, 20 % and 30 %: the Good one's is said
    # too, though above the floor its coverage weighs nothing ("20 % in 1 of 3 mocks"
    # read as if the other answer had been measured otherwise). The third was skipped.
    assert "covered 25 % of the key points in 2 of 3 mocks" in weak.reasons
    assert "skipped in 1 of 3 mocks" in weak.reasons


def test_the_last_mock_answer_shown_is_one_given_not_one_skipped(store):
    gan = ids(store)["What is a GAN?"]
    run_mock(store, [(gan, False, 1, 0.1, "Two nets compete.")], days_ago=3)
    run_mock(store, [(gan, False, None, None, "skip me")], days_ago=1)  # typed, then skipped
    (weak,) = weak_report(store, deck_id(store), NOW, SCHEDULER).questions
    assert weak.last_typed_answer == "Two nets compete."


def test_all_decks_prefix_topics_with_the_deck(store):
    store.import_document(
        doc([("What is SQL?", "Queries.", ("Databases",))], deck="Data"), "/d.md", "h2"
    )
    record(store, ids(store)["What is SQL?"], WEAK)
    record(store, ids(store)["What is a GAN?"], WEAK)
    report = weak_report(store, None, NOW, SCHEDULER)
    assert report.deck == "All decks"
    assert sorted(t.name for t in report.topics) == ["Data / Databases", "Interview / Generative"]
    only_data = weak_report(store, store.decks()[0].id, NOW, SCHEDULER)
    assert only_data.deck == "Data" and [t.name for t in only_data.topics] == ["Databases"]


def test_a_deck_never_studied_says_it_is_that_deck(store):
    store.import_document(
        doc([("What is SQL?", "Queries.", ("Databases",))], deck="Data"), "/d.md", "h2"
    )
    record(store, ids(store)["What is a GAN?"], WEAK)  # studied, in the other deck
    data = next(d.id for d in store.decks() if d.name == "Data")
    report = weak_report(store, data, NOW, SCHEDULER)
    assert describe(report).startswith("Nothing studied yet in Data:")
    every = weak_report(store, None, NOW, SCHEDULER)
    assert not every.nothing_studied


def test_scores_move_with_time(store):
    gan = ids(store)["What is a GAN?"]
    record(store, gan, ((0, 3),))
    fresh = weak_report(store, deck_id(store), NOW, SCHEDULER)
    faded = weak_report(store, deck_id(store), NOW + timedelta(days=90), SCHEDULER)
    assert fresh.nothing_weak and not faded.nothing_weak


def test_an_unknown_topic_in_a_big_deck_names_the_close_ones_not_all():
    """A typo among a hundred topics gets the topics it may have meant, not a list of
    all of them; a name like none gets how many there are and where to see them."""
    from studyapp.core.weak import _unknown_topic

    names = [f"Topic {i}" for i in range(100)] + ["Databases", "Data Structures"]
    said = _unknown_topic("databse", names)
    assert said == 'No topic named "databse". Did you mean: Databases?'
    said = _unknown_topic("Cooking", names)
    assert "102 topics" in said and "Topic 7" not in said
    assert _unknown_topic("Cooking", ["Trees", "Graphs"]).endswith("Topics: Graphs, Trees.")
    # A deck of a score of topics (a new user's 21) gets them all: the list fits a
    # terminal, and "the window's topic tree shows them" sent the person elsewhere.
    score = [f"Topic {i}" for i in range(21)]
    said = _unknown_topic("nonexistent", score)
    assert all(name in said for name in score) and "window" not in said


def _graded_not_reviewed(store: Store, qid: str, days_ago: float = 1) -> None:
    """A mock whose grades do not count as reviews: graded, no review, no card."""
    started = NOW - timedelta(days=days_ago)
    session = store.create_mock_session({}, [qid], int(started.timestamp() * 1000))
    store.record_mock_answer(
        session, qid, 0, seconds=60.0, overtime=False, rating=1, coverage=0.1, typed_answer="x"
    )
    store.finish_mock_session(session, int(started.timestamp() * 1000) + 60_000)


def test_studied_counts_graded_questions_as_the_statistics_tab_does(store):
    """The cover said "6 of 6 studied" with one question only skipped in a mock."""
    from studyapp.core.stats import collect_stats

    q = ids(store)
    record(store, q["What is a p-value?"], WEAK)  # a study review
    run_mock(store, [(q["What is Adam?"], False, 2, 0.3, "moments")])  # a grade that counts
    run_mock(store, [(q["What is a GAN?"], False, None, None, None)], days_ago=2)  # skipped
    _graded_not_reviewed(store, q["What is momentum?"])  # graded, but not as a review

    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    stats = collect_stats(store, deck_id(store), NOW, SCHEDULER)
    assert report.studied == stats.studied == 2
    assert f"2 of {len(QUESTIONS)} studied" in describe(report)
    assert sum(t.studied for t in report.topics) <= 2
    # The skipped question is no answer given: it is still listed as weak.
    assert q["What is a GAN?"] in {w.qid for w in report.questions}


def test_a_deck_only_skipped_in_mocks_lists_them_and_says_none_was_studied(store):
    q = ids(store)
    run_mock(store, [(q["What is a GAN?"], False, None, None, None)])
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert report.studied == 0 and not report.nothing_studied
    assert [w.qid for w in report.questions] == [q["What is a GAN?"]]
    assert f"0 of {len(QUESTIONS)} studied" in describe(report)


def test_weak_questions_of_one_title_are_told_apart(tmp_path):
    quiz = [
        ("What's the output?", "```python\nprint(1 / 2)\n```\n\n**Answer:** 0.5", ("Basics",)),
        ("What's the output?", "```python\nprint(7 // 2)\n```\n\n**Answer:** 3", ("Basics",)),
        ("What's the output?", "No body: the answer itself.", ("Strings",)),
        ("What is `len`?", "A builtin.", ("Strings",)),
    ]
    with Store.open(tmp_path / "quiz.sqlite3") as s:
        s.import_document(doc(quiz), "/notes/quiz.md", "h1")
        for question in s.questions():
            record(s, question.id, WEAK)
        report = weak_report(s, s.decks()[0].id, NOW, SCHEDULER)
    hints = {w.listed_title: [] for w in report.questions}
    for w in report.questions:
        hints[w.listed_title].append(w.hint)
    assert sorted(hints["What's the output?"]) == ["line 30", "print(1 / 2)", "print(7 // 2)"]
    assert hints["What is len?"] == [""]  # listed once: nothing added, no backticks


def test_a_question_answered_in_a_mock_not_graded_is_counted_beside_the_studied(store):
    """ "0 of 7 studied" stood over a question listed as weak for an answer typed in a
    mock that ended before it was graded: the header counts it, asked in a mock."""
    q = ids(store)
    run_mock(store, [(q["What is a GAN?"], False, None, 0.1, "Two nets.")])
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert [w.qid for w in report.questions] == [q["What is a GAN?"]]
    assert describe(report) == (
        f"1 weak question in 1 topic; 0 of {len(QUESTIONS)} studied"
        f" and 1 more asked in a mock, 0 of {len(QUESTIONS)} learned (0 %)."
    )


def test_a_deck_only_answered_well_in_a_mock_is_not_said_never_studied(store):
    """ "Nothing studied yet: study or run a mock interview first" after a mock run."""
    q = ids(store)
    run_mock(store, [(q["What is Adam?"], False, None, 0.9, "Adaptive moments.")])
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert not report.nothing_studied and report.nothing_weak
    assert describe(report) == (
        "No weak questions among the 0 studied and 1 more asked in a mock"
        f" (0 of {len(QUESTIONS)} questions learned, 0 %)."
    )


@pytest.mark.parametrize("counted", [False, True], ids=["practice-mock", "mock-as-review"])
def test_a_good_grade_in_study_after_a_thin_mock_answer_makes_it_less_weak(counted):
    """ "What is Generative AI?": 13 % of its key points in a mock, rated Good: weakness
    60. Studied the next day and rated Good: 62. A correct review made it weaker."""
    mock = mock_attempt(2, rating=3, coverage=0.13)
    before_pattern = ((2, 3),) if counted else ()
    reviews = list(replay(before_pattern)[1])
    if counted:  # the mock's own grade, kept as a review of the mock
        reviews = [
            r._replace(mode="mock", reviewed_at_ms=r.reviewed_at_ms + 60_000) for r in reviews
        ]
    before = question_weakness(QuestionHistory(None, tuple(reviews), (mock,)), NOW, SCHEDULER)
    card, studied = replay((*before_pattern, (1, 3)))
    studied[-1] = studied[-1]._replace(id=99)
    after = question_weakness(
        QuestionHistory(card, (*reviews, studied[-1]), (mock,)), NOW, SCHEDULER
    )
    assert before.is_weak, before
    assert after.score < before.score and not after.is_weak, (before, after)
    assert not any("key points" in r for r in after.reasons), after.reasons


def test_one_thin_practice_mock_answer_is_said_once_in_the_why():
    """ "covered 13 % of the key points in its mock; rated Good but covered 13 % of the
    key points in its last mock (a practice mock: …)": one answer, said twice."""
    weakness = question_weakness(
        history((), [mock_attempt(1, rating=3, coverage=0.13)]), NOW, SCHEDULER
    )
    assert weakness.is_weak, weakness
    assert weakness.reasons_text.count("13 %") == 1, weakness.reasons_text
    assert "a practice mock" in weakness.reasons_text


def test_the_cover_says_what_its_mastery_counts(store):
    """ "No weak questions among the 24 studied (mastery 3 %)" read as 3 % of the 24
    studied; it was 2 learned of the deck's 63 questions (the tree's figure for the
    deck). The line says both numbers the share is made of."""
    q = ids(store)
    record(store, q["What is a GAN?"], STRONG)
    record(store, q["What is Adam?"], ((2, 3), (1, 3)))  # studied, not learned yet
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert report.nothing_weak and report.studied == 2 and report.mastered == 1
    share = round(100 / len(QUESTIONS))
    assert describe(report) == (
        f"No weak questions among the 2 studied (1 of {len(QUESTIONS)} questions learned,"
        f" {share} %)."
    )
    record(store, q["What is a p-value?"], WEAK)
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    assert describe(report).endswith(
        f"3 of {len(QUESTIONS)} studied, 1 of {len(QUESTIONS)} learned ({share} %)."
    )


def test_a_topic_row_counts_what_the_tree_counts_for_the_topic(store):
    """The row of a topic with a sub-topic read "1 weak of 2 · mastery 50 %", its own
    questions alone, beside the tree's 3 questions and 33 % for it. It now counts the
    same questions as the tree (its sub-topics in), and says how many weak are its own."""
    from studyapp.core.format import percent
    from studyapp.core.progress import topic_progress

    q = ids(store)
    record(store, q["What is Adam?"], WEAK)
    record(store, q["What is momentum?"], WEAK)  # Optimization / Variants
    record(store, q["What is a learning rate?"], STRONG)
    record(store, q["What is a p-value?"], WEAK)  # Statistics: no sub-topics
    report = weak_report(store, deck_id(store), NOW, SCHEDULER)
    tree = topic_progress(store, deck_id(store), NOW, SCHEDULER)
    rows = {topic.name: topic for topic in report.topics}
    for topic in report.topics:
        figures = tree[topic.topic_id]
        assert f"of {figures.total}" in topic.row_words, topic.row_words
        assert topic.row_words.endswith(f"mastery {percent(figures.mastered_fraction)}")
    optimization = rows["Optimization"]
    assert optimization.row_words == (
        f"2 weak of 3 with its sub-topics (1 here) · mastery {percent(1 / 3)}"
    )
    assert [w.title for w in optimization.questions] == ["What is Adam?"]
    assert rows["Optimization / Variants"].row_words == "1 weak of 1 · mastery 0 %"
    assert rows["Statistics"].row_words == "1 weak of 3 · mastery 0 %"


def test_one_deck_with_nothing_weak_is_named_and_says_other_decks_have_some(store):
    """Ctrl+E on one deck said "No weak questions among the 4 studied" while another
    deck had weak ones: the person could not tell the export was of one deck."""
    store.import_document(
        doc([("What is a socket?", "An endpoint.", ("Networks",))], deck="Networking"),
        "/notes/net.md",
        "h1",
    )
    q = ids(store)
    record(store, q["What is a GAN?"], STRONG)
    alone = describe(weak_report(store, deck_id(store), NOW, SCHEDULER))
    assert alone.startswith("No weak questions in Interview among the 1 studied")
    assert "Other decks" not in alone  # none weak there either

    record(store, q["What is a socket?"], WEAK)

    said = describe(weak_report(store, deck_id(store), NOW, SCHEDULER))
    assert said.startswith("No weak questions in Interview among the 1 studied")
    assert said.endswith("Other decks have 1 weak question: export all decks to list them.")

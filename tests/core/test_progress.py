"""Per-topic progress (sub-topics included) and per-question states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.progress import (
    LEARNED_STABILITY_DAYS,
    WEAK_RETRIEVABILITY,
    DueCounts,
    ProgressIndex,
    TopicProgress,
    card_info,
    due_counts,
    is_mastered,
    question_state,
    state_changes_at,
    topic_progress,
)
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from tests.core.shared import T0, question_states

# Deck "AI": ML (Q1, Q3) > Trees (Q2, Q5) > Boosting (Q6); DL (Q4). Deck "Stats": S1.
QUESTIONS = (
    ("Q1?", ("ML",)),
    ("Q2?", ("ML", "Trees")),
    ("Q3?", ("ML",)),
    ("Q4?", ("DL",)),
    ("Q5?", ("ML", "Trees")),
    ("Q6?", ("ML", "Trees", "Boosting")),
)


def doc(*specs: tuple[str, tuple[str, ...]], deck: str) -> ParsedDocument:
    return ParsedDocument(
        deck_name=deck,
        format="markdown",
        questions=[
            ParsedQuestion(title, "answer", line, path)
            for line, (title, path) in enumerate(specs, start=1)
        ],
        has_sections=True,
    )


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(doc(*QUESTIONS, deck="AI"), "x.md", "hash")
        s.import_document(doc(("S1?", ("Stats",)), deck="Stats"), "y.md", "hash2")
        yield s


def ids(store: Store) -> dict[str, str]:
    return {q.title: q.id for q in store.questions()}


def deck(store: Store, name: str) -> int:
    return next(d.id for d in store.decks() if d.name == name)


def topics(store: Store, deck_id: int) -> dict[str, int]:
    return {t.name: t.id for t in store.topics(deck_id)}


def review(store: Store, sr: SpacedRepetition, title: str, ratings: list[int], at: datetime):
    """Give `ratings` one after another, each when the card falls due, the first at `at`."""
    qid = ids(store)[title]
    when = at
    for i, rating in enumerate(ratings):
        card_json = store.card_json(qid)
        if i:
            due = sr.due(card_json)
            assert due is not None
            when = max(when, due)
        card, due_iso = sr.grade(card_json, rating, when)
        store.record_review(qid, rating, 3.0, "study", card, due_iso, to_ms(when))


@pytest.fixture
def history(store, sr):
    """Reviews whose states at T0 are known:

    Q1 Easy, then Easy again when due, just now: learned and mastered (one Easy on
    first sight is not: `test_one_easy_on_first_sight_is_not_learned`).
    Q2 Good twice, two months ago: due.
    Q3 Easy, Again just now: weak, due soon. Q4 Easy eight years ago: weak (forgotten).
    Q5 and Q6 new. S1 (other deck) Easy, then Easy when due, just now.
    """
    review(store, sr, "Q1?", [4, 4], T0 - timedelta(days=8))
    review(store, sr, "Q2?", [3, 3], T0 - timedelta(days=60))
    review(store, sr, "Q3?", [4], T0 - timedelta(days=30))
    review(store, sr, "Q3?", [1], T0)
    review(store, sr, "Q4?", [4], T0 - timedelta(days=3000))
    review(store, sr, "S1?", [4, 4], T0 - timedelta(days=8))


def test_question_states(store, sr, history):
    by_id = {qid: title for title, qid in ids(store).items()}
    states = {
        by_id[qid]: state
        for qid, state in question_states(store, deck(store, "AI"), T0, sr).items()
    }
    assert states == {
        "Q1?": "learned",
        "Q2?": "due",
        "Q3?": "weak",
        "Q4?": "weak",
        "Q5?": "new",
        "Q6?": "new",
    }
    everything = question_states(store, None, T0, sr)
    assert len(everything) == 7 and everything[ids(store)["S1?"]] == "learned"


def test_topic_progress_includes_sub_topics(store, sr, history):
    ai = deck(store, "AI")
    names = topics(store, ai)
    progress = {
        name: progress
        for name, progress in (
            (n, topic_progress(store, ai, T0, sr)[tid]) for n, tid in names.items()
        )
    }
    assert progress == {
        # Q1 mastered; Q2 due; Q3 weak (Again within the hour, so not due yet); Q5, Q6 new.
        "ML": TopicProgress(total=5, due=1, new=2, mastered=1, weak=1, studied=3),
        "Trees": TopicProgress(total=3, due=1, new=2, mastered=0, weak=0, studied=1),
        "Boosting": TopicProgress(total=1, due=0, new=1, mastered=0, weak=0),
        # Q4: last rated Easy, but long forgotten: due and weak, not mastered.
        "DL": TopicProgress(total=1, due=1, new=0, mastered=0, weak=1, studied=1),
    }
    assert progress["ML"].mastered_fraction == pytest.approx(0.2)
    assert TopicProgress().mastered_fraction == 0.0


def test_one_good_is_not_learned_and_mastery_needs_three_weeks_of_stability(store, sr):
    ai = deck(store, "AI")
    ml = topics(store, ai)["ML"]
    q1, q3 = ids(store)["Q1?"], ids(store)["Q3?"]
    review(store, sr, "Q1?", [3, 3], T0)  # one pass through the steps: stability ~2 days
    progress = topic_progress(store, ai, T0 + timedelta(hours=1), sr)[ml]
    assert progress.mastered == 0
    assert question_states(store, ai, T0 + timedelta(hours=1), sr)[q1] == "learning"
    review(store, sr, "Q3?", [3, 3, 3], T0)  # reviewed once when due: stability ~11 days
    later = sr.due(store.card_json(q3)) - timedelta(hours=1)
    assert sr.stability(store.card_json(q3)) < LEARNED_STABILITY_DAYS
    assert question_states(store, ai, later, sr)[q3] == "learning"
    review(store, sr, "Q3?", [3], later)  # and again when due: stability > 21 days
    later = sr.due(store.card_json(q3)) - timedelta(hours=1)
    assert sr.stability(store.card_json(q3)) >= LEARNED_STABILITY_DAYS
    assert question_states(store, ai, later, sr)[q3] == "learned"
    assert topic_progress(store, ai, later, sr)[ml].mastered == 1


def test_a_learned_question_falling_due_stays_mastered_until_recall_sinks(store, sr):
    """A tester's topic went from 67 % to 17 % mastered after six days away: its
    questions had fallen due, and a due question stopped counting. Due is the moment
    to refresh it (recall about 90 %); it stops counting once recall is below one half."""
    ai = deck(store, "AI")
    ml = topics(store, ai)["ML"]
    q3 = ids(store)["Q3?"]
    review(store, sr, "Q3?", [3, 3, 3, 3], T0)  # stability > 21 days
    due = sr.due(store.card_json(q3))
    a_day_late = due + timedelta(days=1)
    assert question_states(store, ai, a_day_late, sr)[q3] == "due"
    assert topic_progress(store, ai, a_day_late, sr)[ml].mastered == 1
    forgotten = sr.recall_below_at(store.card_json(q3), WEAK_RETRIEVABILITY)
    after = forgotten + timedelta(hours=1)
    assert question_states(store, ai, after, sr)[q3] == "weak"
    assert topic_progress(store, ai, after, sr)[ml].mastered == 0


def test_is_mastered_agrees_with_the_topic_figures(store, sr, history):
    cards = store.cards()
    ai = deck(store, "AI")
    for title, qid in ids(store).items():
        state = question_states(store, None, T0, sr)[qid]
        expected = state == "learned" or (
            state == "due"
            and sr.phase(cards[qid].card_json) == "review"
            and sr.stability(cards[qid].card_json) >= LEARNED_STABILITY_DAYS
        )
        assert is_mastered(cards.get(qid), T0, sr) == expected, title
    mastered = sum(is_mastered(cards.get(q), T0, sr) for q in question_states(store, ai, T0, sr))
    tops = [tid for name, tid in topics(store, ai).items() if name in ("ML", "DL")]
    assert sum(topic_progress(store, ai, T0, sr)[tid].mastered for tid in tops) == mastered


def test_every_visible_topic_is_reported_even_without_reviews(store, sr):
    ai = deck(store, "AI")
    progress = topic_progress(store, ai, T0, sr)
    assert set(progress) == set(topics(store, ai).values())
    assert progress[topics(store, ai)["ML"]] == TopicProgress(total=5, new=5)
    stats = deck(store, "Stats")
    assert list(topic_progress(store, stats, T0, sr).values()) == [TopicProgress(total=1, new=1)]


def test_user_topics_and_moved_questions(store, sr):
    ai = deck(store, "AI")
    names = topics(store, ai)
    mine = store.create_topic(ai, "Mine", parent_id=names["DL"])
    store.move_question(ids(store)["Q1?"], mine.id)
    progress = topic_progress(store, ai, T0, sr)
    assert progress[mine.id] == TopicProgress(total=1, new=1)
    assert progress[names["DL"]].total == 2
    assert progress[names["ML"]].total == 4


def test_own_questions_only(store, sr, history):
    ai = deck(store, "AI")
    names = topics(store, ai)
    direct = topic_progress(store, ai, T0, sr, include_subtopics=False)
    assert direct[names["ML"]] == TopicProgress(
        total=2, due=0, new=0, mastered=1, weak=1, studied=2
    )
    assert direct[names["Trees"]] == TopicProgress(total=2, due=1, new=1, studied=1)
    assert direct[names["Boosting"]] == TopicProgress(total=1, new=1)
    # Adding children up gives the inclusive figures.
    inclusive = topic_progress(store, ai, T0, sr)
    subtree = [direct[names[n]] for n in ("ML", "Trees", "Boosting")]
    assert inclusive[names["ML"]].total == sum(p.total for p in subtree)
    assert inclusive[names["ML"]].new == sum(p.new for p in subtree)


# --- live counts -----------------------------------------------------------------------


def test_due_counts_split_as_anki_and_say_when_they_next_change(sr):
    fresh, _ = sr.grade(None, 1, T0)  # learning step: due in a minute
    lapsed, _ = sr.grade(sr.grade(None, 4, T0 - timedelta(days=40))[0], 1, T0 - timedelta(hours=1))
    review_card, _ = sr.grade(None, 4, T0 - timedelta(days=40))  # a review, due long ago
    later, _ = sr.grade(None, 4, T0)  # a review due in 8 days
    cards = [None, None, fresh, lapsed, review_card, later]
    counts, upcoming = due_counts(cards, T0, sr)
    assert counts == DueCounts(new=2, learning=1, review=1)  # the lapse's step is due
    assert upcoming == T0 + timedelta(minutes=1)
    counts, upcoming = due_counts(cards, upcoming, sr)
    assert counts == DueCounts(new=2, learning=2, review=1)
    assert upcoming == sr.due(later)
    # Limits cap new and reviews, never learning steps; the day's end is a change too.
    end = T0 + timedelta(hours=15)
    limited, upcoming = due_counts(cards, T0, sr, new_left=1, reviews_left=0, day_ends_at=end)
    assert limited == DueCounts(new=1, learning=1, review=0)
    assert upcoming == T0 + timedelta(minutes=1)
    assert due_counts([later], T0, sr, new_left=0, day_ends_at=end)[1] == end
    assert due_counts([], T0, sr) == (DueCounts(), None)


def test_state_changes_at_due_then_when_recall_sinks(sr):
    card, _ = sr.grade(None, 4, T0)
    due = sr.due(card)
    assert state_changes_at(card, 4, T0, sr) == due
    weak_at = state_changes_at(card, 4, due, sr)
    assert weak_at is not None and weak_at > due
    assert (
        sr.retrievability(card, weak_at)
        < 0.5
        <= sr.retrievability(card, weak_at - timedelta(days=1))
    )
    failed, _ = sr.grade(card, 1, T0 + timedelta(days=30))
    # Weak after Again until answered; it still falls due after its step.
    assert state_changes_at(failed, 1, T0 + timedelta(days=30), sr) == sr.due(failed)
    assert state_changes_at(failed, 1, sr.due(failed), sr) is None
    assert state_changes_at(None, None, T0, sr) is None


def test_the_index_follows_grades_undo_and_the_clock_like_a_full_recompute(store, sr):
    """Random grades, undos and clock jumps: after each, the live index equals figures
    computed from scratch, and nothing changes before `next_change()`."""
    import random

    rnd = random.Random(7)
    ai = deck(store, "AI")
    index = ProgressIndex.build(store, sr, T0, ai)
    now = T0
    last_review: dict[str, int] = {}
    qids = [q.id for q in store.questions(deck_id=ai)]
    for _ in range(120):
        step = rnd.random()
        if step < 0.5:
            qid = rnd.choice(qids)
            rating = rnd.randint(1, 4)
            card, due_iso = sr.grade(store.card_json(qid), rating, now)
            last_review[qid] = store.record_review(
                qid, rating, 1.0, "study", card, due_iso, to_ms(now)
            )
            changes = index.update(qid, store.cards(ai).get(qid), now)
            assert (
                index.topic(store.question(qid).topic_id)
                == topic_progress(store, ai, now, sr)[store.question(qid).topic_id]
            )
            assert changes.topics or changes.questions is not None
        elif step < 0.6 and last_review:
            qid, review_id = last_review.popitem()
            store.undo_review(review_id)
            index.update(qid, store.cards(ai).get(qid), now)
        else:
            upcoming = index.next_change()
            jump = timedelta(minutes=rnd.choice([1, 5, 30, 60 * 24, 60 * 24 * 20]))
            target = now + jump
            if upcoming is not None and upcoming > now:
                # Just before the next change, nothing differs from now.
                before = upcoming - timedelta(seconds=1)
                if before > now:
                    assert question_states(store, ai, before, sr) == question_states(
                        store, ai, now, sr
                    )
            now = target
            index.advance(now)
        assert index.states() == question_states(store, ai, now, sr)
        assert index.topics() == topic_progress(store, ai, now, sr)
        fresh = ProgressIndex.build(store, sr, now, ai)
        assert index.totals() == fresh.totals()
        cards = store.cards(ai)
        assert (
            index.counts()
            == due_counts([cards[q].card_json if q in cards else None for q in qids], now, sr)[0]
        )
        assert index.totals().total == 6
        assert index.totals().new == sum(s == "new" for s in index.states().values())


def test_the_index_reports_what_changed(store, sr, history):
    ai = deck(store, "AI")
    names = topics(store, ai)
    index = ProgressIndex.build(store, sr, T0, ai)
    q5 = ids(store)["Q5?"]
    review(store, sr, "Q5?", [4], T0)
    changes = index.update(q5, store.cards(ai)[q5], T0)
    assert changes.questions == {q5}
    assert changes.topics == {names["Trees"], names["ML"]}  # its topic and the parent
    assert index.state(q5) == "learning"  # one Easy on first sight: not learned yet
    # Nothing changes before the next change; at it, Q3's relearning step falls due:
    # still weak, but its topic's due count grows.
    upcoming = index.next_change()
    assert upcoming == T0 + timedelta(minutes=10)
    assert not index.advance(upcoming - timedelta(seconds=1))
    changed = index.advance(upcoming)
    assert changed.topics == {names["ML"]} and not changed.questions
    assert index.topic(names["ML"]).learning == 1
    # Moving a question moves its figures.
    moved = index.move(q5, names["DL"])
    assert moved.topics == {names["Trees"], names["ML"], names["DL"]}
    assert index.topic(names["DL"]).total == 2


def test_index_counts_follow_the_limits_and_the_day_end_is_a_change(store, sr, history):
    ai = deck(store, "AI")
    names = topics(store, ai)
    index = ProgressIndex.build(store, sr, T0, ai)
    # ML: Q5, Q6 new; Q2 a review due; Q3's relearning step not due yet.
    assert index.counts(names["ML"]) == DueCounts(new=2, learning=0, review=1)
    assert index.counts(names["ML"], new_left=1, reviews_left=0) == DueCounts(1, 0, 0)
    assert index.counts() == DueCounts(new=2, learning=0, review=2)  # Q4 in DL too
    step = T0 + timedelta(minutes=10)
    assert index.next_change() == step
    assert index.next_change(day_ends_at=T0 + timedelta(minutes=5)) == T0 + timedelta(minutes=5)
    assert index.next_change(day_ends_at=T0 + timedelta(hours=15)) == step
    index.advance(step)
    assert index.counts(names["ML"]) == DueCounts(new=2, learning=1, review=1)


def test_card_info_reads_one_question(store, sr, history):
    cards = store.cards()
    for qid in ids(store).values():
        assert card_info(store, qid) == cards.get(qid)


def test_suspended_questions_are_counted_set_aside_as_anki_counts_them(store, sr, history):
    """Counted among the questions (the tree's Qs, the status bar's total and the
    statistics read `total`), mastered and studied as their cards stand, never due,
    new, learning nor weak. Before, they were left out of every figure, while the tree
    counted their rows."""
    ai = deck(store, "AI")
    ml = topics(store, ai)["ML"]
    before = topic_progress(store, ai, T0, sr)[ml]
    store.set_suspended([ids(store)[t] for t in ("Q1?", "Q2?", "Q3?", "Q5?")])
    after = topic_progress(store, ai, T0, sr)[ml]
    # Q1 learned, Q2 due, Q3 weak, Q5 new: all still counted, none due, weak nor new.
    assert after == before._replace(due=0, new=1, weak=0, suspended=4)
    index = ProgressIndex.build(store, sr, T0)
    assert index.totals().total == len(store.questions())
    assert index.state(ids(store)["Q2?"]) == "suspended"
    assert index.counts() == DueCounts(new=1, learning=0, review=1)  # Q6 new; Q4 due


def test_one_easy_on_first_sight_is_not_learned(store, sr):
    """One Easy on a question never seen before said "Learned" (stability 8.3 days,
    over the week the rule asked): an Anki user reads it as earned over reviews, as
    Anki's "mature" (an interval of three weeks) is. It takes a second good answer
    when the question falls due."""
    ai = deck(store, "AI")
    ml = topics(store, ai)["ML"]
    q1 = ids(store)["Q1?"]
    review(store, sr, "Q1?", [4], T0)
    card = store.card_json(q1)
    assert sr.phase(card) == "review"  # out of its steps at once
    for moment in (T0 + timedelta(minutes=1), sr.due(card) - timedelta(hours=1)):
        assert question_states(store, ai, moment, sr)[q1] == "learning"
        assert topic_progress(store, ai, moment, sr)[ml].mastered == 0
    review(store, sr, "Q1?", [3], sr.due(card))  # Good when it falls due
    now = sr.due(store.card_json(q1)) - timedelta(days=1)
    assert question_states(store, ai, now, sr)[q1] == "learned"
    assert topic_progress(store, ai, now, sr)[ml].mastered == 1


def test_a_first_grade_is_never_learned_whatever_the_weights(sr):
    """Weights fitted to a person's history can give a first Easy a stability of
    weeks: still one grade on first sight, so not learned; the next good answer is."""
    weights = list(sr.parameters)
    weights[3] = 40.0  # Easy's first stability: 40 days
    fitted = SpacedRepetition(parameters=weights)
    card, _ = fitted.grade(None, 4, T0)
    assert fitted.stability(card) >= LEARNED_STABILITY_DAYS
    assert question_state(card, 4, T0 + timedelta(days=1), fitted) == "learning"
    card, _ = fitted.grade(card, 3, fitted.due(card))
    assert question_state(card, 3, fitted.due(card) - timedelta(days=1), fitted) == "learned"


def test_a_card_in_its_learning_steps_is_not_learned_whatever_its_stability(sr):
    """A tester's question said "Learned" (its topic 100 % mastered) while its header
    said "learning step due in 6 minutes": answered Hard, then Good four days later,
    its stability was over a week (the rule then) while it still had a step to go.
    Two months late, it is over the three weeks of the rule now."""
    card, _ = sr.grade(None, 2, T0)  # Hard: its first learning step
    later = T0 + timedelta(days=60)
    card, _ = sr.grade(card, 3, later)  # Good, months late: the next step, a long stability
    assert sr.phase(card) == "learning"
    assert sr.stability(card) >= LEARNED_STABILITY_DAYS
    now = later + timedelta(minutes=4)
    assert question_state(card, 3, now, sr) == "learning"
    card, _ = sr.grade(card, 3, sr.due(card))  # the step done: out of the steps
    assert question_state(card, 3, sr.due(card) - timedelta(days=1), sr) == "learned"


def test_a_never_reviewed_question_moved_graded_and_undone_keeps_every_figure_right(store, sr):
    """Questions never reviewed are counted per topic when the index is built (most of
    a big store); one of them moved, graded, then its grade undone, moves its figures
    and its parents' as a fresh count does at each step."""
    ai = deck(store, "AI")
    names = topics(store, ai)
    index = ProgressIndex.build(store, sr, T0, ai)

    def counted(index: ProgressIndex) -> dict[int, TopicProgress]:
        # The topics a fresh count lists: the emptied one (Boosting) is hidden.
        return {t: index.topic(t) for t in topic_progress(store, ai, T0, sr)}

    q6 = ids(store)["Q6?"]  # in ML > Trees > Boosting, never reviewed

    moved = index.move(q6, names["DL"])
    store.move_question(q6, names["DL"])
    assert moved.topics == {names["Boosting"], names["Trees"], names["ML"], names["DL"]}
    assert counted(index) == topic_progress(store, ai, T0, sr)
    assert index.topic(names["DL"]).new == 2 and index.topic(names["Boosting"]).new == 0

    card, due_iso = sr.grade(None, 3, T0)
    review_id = store.record_review(q6, 3, 2.0, "study", card, due_iso, to_ms(T0))
    changes = index.update(q6, card_info(store, q6), T0)
    assert changes.questions == {q6} and changes.topics == {names["DL"]}
    assert counted(index) == topic_progress(store, ai, T0, sr)
    assert index.topic(names["DL"]).new == 1 and index.topic(names["DL"]).studied == 1

    store.undo_review(review_id)
    index.update(q6, card_info(store, q6), T0)
    assert index.state(q6) == "new"
    assert counted(index) == topic_progress(store, ai, T0, sr)
    assert index.totals() == ProgressIndex.build(store, sr, T0, ai).totals()


def test_a_learning_step_within_the_learn_ahead_limit_is_due_and_the_index_wakes_for_it(store, sr):
    """With a learn-ahead limit, a step due within it counts as due (as a session takes
    it): at once after its grade, and, for a longer step, from the moment it comes
    within the limit, when `next_change()` wakes the live index, which then equals
    one built afresh (it woke at the step's own moment, the limit's span late)."""
    ai = deck(store, "AI")
    ahead = timedelta(minutes=4)
    index = ProgressIndex.build(store, sr, T0, ai, learn_ahead=ahead)
    failed, good = ids(store)["Q1?"], ids(store)["Q4?"]
    for qid, rating in ((failed, 1), (good, 3)):  # Again: a minute; Good: ten minutes
        card, due_iso = sr.grade(None, rating, T0)
        store.record_review(qid, rating, 1.0, "study", card, due_iso, to_ms(T0))
        index.update(qid, store.cards(ai).get(qid), T0)
    assert (index.totals().due, index.totals().learning) == (1, 1)  # the minute's step
    ten = sr.due(store.card_json(good))
    index.advance(T0 + timedelta(minutes=1))  # the failed one's own step comes
    assert index.next_change() == ten - ahead  # not `ten`: 6 minutes on
    now = T0 + timedelta(minutes=1)
    while now < ten + timedelta(minutes=2):
        now = min(index.next_change() or now, now + timedelta(minutes=1))
        index.advance(now)
        fresh = ProgressIndex.build(store, sr, now, ai, learn_ahead=ahead)
        assert index.topics() == fresh.topics(), now
        assert index.totals().due == (2 if now >= ten - ahead else 1), now


def test_weights_that_give_a_first_easy_months_hold_back_no_card_reviewed_since(sr):
    """Fitted weights can set a first Easy's stability far past three weeks (80 days
    here). That one grade is still not "learned", but a card answered Good four
    times over the weeks is, as with any weights: it was held back while its
    stability stayed under the first Easy's (46 days against 80)."""
    weights = list(sr.parameters)
    weights[3] = 80.0
    fitted = SpacedRepetition(parameters=weights)
    easy, _ = fitted.grade(None, 4, T0)
    assert question_state(easy, 4, T0 + timedelta(days=1), fitted) == "learning"
    card, when = None, T0
    for _ in range(4):
        card, _ = fitted.grade(card, 3, when)
        when = fitted.due(card)
    assert LEARNED_STABILITY_DAYS <= fitted.stability(card) < 80.0
    assert question_state(card, 3, when - timedelta(days=1), fitted) == "learned"

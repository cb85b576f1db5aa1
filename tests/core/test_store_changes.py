"""Each store write says what it changed (`Store.last_changes`), so a view can refresh
only that: a grade names its question, an import its questions, a rename the topics."""

from __future__ import annotations

import pytest

from studyapp.core.store import Changes, Store
from tests.core.test_store import BASE, ids_by_title, make_doc, review


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "studyapp.sqlite3") as s:
        s.import_document(make_doc(*BASE), "/n.md", "h1")
        yield s


def test_a_grade_names_only_its_question(store):
    qid = ids_by_title(store)["What is a GAN?"]
    review(store, qid)
    assert store.last_changes == Changes(reviews=frozenset({qid}))


def test_an_undo_names_the_question_it_took_back(store):
    qid = ids_by_title(store)["What is bagging?"]
    review_id = review(store, qid)
    store.set_setting("theme", "dark")
    store.undo_review(review_id)
    assert store.last_changes == Changes(reviews=frozenset({qid}))


def test_a_reimport_names_the_questions_it_added_changed_and_removed(store):
    ids = ids_by_title(store)
    edited = [BASE[0], (BASE[1][0], "A new answer.", BASE[1][2]), BASE[2]]  # boosting gone
    edited.append(("What is dropout?", "Randomly zeroing units.", ("Deep Learning",)))
    store.import_document(make_doc(*edited), "/n.md", "h2")
    changes = store.last_changes
    new_id = ids_by_title(store)["What is dropout?"]
    assert changes.questions == {ids["What is backpropagation?"], ids["What is boosting?"], new_id}
    assert changes.decks and changes.topics and not changes.reviews


def test_an_unchanged_file_changes_nothing(store):
    store.import_document(make_doc(*BASE), "/n.md", "h1")
    assert not store.last_changes


def test_edits_name_the_topics_and_the_moved_question(store):
    deck = store.decks()[0]
    topic = store.create_topic(deck.id, "Mine")
    assert store.last_changes == Changes(topics=True)
    qid = ids_by_title(store)["What is a GAN?"]
    store.move_question(qid, topic.id)
    assert store.last_changes == Changes(questions=frozenset({qid}), topics=True)


def test_a_mock_answer_names_its_session_and_the_review_it_saved(store):
    from studyapp.core.store import MockReview

    qid = ids_by_title(store)["What is a GAN?"]
    session = store.create_mock_session({}, [qid], 1_000)
    assert store.last_changes == Changes(mocks=frozenset({session}))
    store.record_mock_answer(
        session, qid, 0, seconds=30, overtime=False, rating=3,
        review=MockReview('{"s": 1}', None, 2_000), finished_at_ms=2_000,
    )  # fmt: skip
    assert store.last_changes == Changes(reviews=frozenset({qid}), mocks=frozenset({session}))


def test_a_write_that_fails_reports_no_change(store):
    qid = ids_by_title(store)["What is a GAN?"]
    review(store, qid)
    with pytest.raises(ValueError):
        store.record_review(qid, 9, 1.0, "study", "{}", None, 1)
    with pytest.raises(KeyError):
        store.record_review("no-such-question", 3, 1.0, "study", "{}", None, 1)
    assert store.last_changes == Changes()


def test_changes_combine():
    a = Changes(reviews=frozenset({"q1"}))
    b = Changes(questions=frozenset({"q2"}), topics=True)
    assert a | b == Changes(frozenset({"q1"}), frozenset({"q2"}), topics=True)
    assert not Changes() and a and b

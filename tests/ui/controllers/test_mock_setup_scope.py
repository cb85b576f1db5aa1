"""The mock set-up as a new user meets it: it starts on the deck (or topic) picked in
the tree, and it keeps to today's new-question limit when grades count as reviews,
saying so in the dialog and when the mock starts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from studyapp.core import settings_schema as keys
from studyapp.core.mock import MockSettings, question_pool, save_settings
from studyapp.core.store import Store
from tests.ui.conftest import make_doc

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

ML = (
    ("What is a decision tree?", ("Trees",), "A **decision tree** splits on **Gini impurity**."),
    ("What is bias?", ("Basics",), "**Bias** and **Variance** trade off."),
    ("What is dropout?", ("Deep", "Regularization"), "**Dropout** zeroes **activations**."),
)
SYSTEMS = (
    ("What is a cache?", ("Caching",), "A **cache** keeps **copies** near."),
    ("What is sharding?", ("Scaling",), "**Sharding** splits data by **key**."),
    ("What is a load balancer?", ("Scaling",), "It spreads **requests** over **servers**."),
    ("What is a queue?", ("Messaging",), "A **queue** decouples **producers**."),
)


@pytest.fixture
def two_decks(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "two.sqlite3") as s:
        s.import_document(make_doc(ML, deck="Machine learning"), str(tmp_path / "a.md"), "a")
        s.import_document(make_doc(SYSTEMS, deck="Systems"), str(tmp_path / "b.md"), "b")
        yield s


def deck_id(store: Store, name: str) -> int:
    return next(d.id for d in store.decks() if d.name == name)


def top_topics(store: Store, deck: str) -> set[int]:
    return {t.id for t in store.topics(deck_id(store, deck)) if t.parent_id is None}


def open_setup(window):
    dialog = window.controllers["mock"].open_mock_setup()
    assert dialog is not None
    return dialog


@pytest.mark.parametrize("deck", ["Systems", "Machine learning"])
def test_the_set_up_starts_on_the_deck_selected_in_the_tree(make_window, two_decks, deck):
    save_settings(two_decks, MockSettings())  # last time: every topic
    window = make_window(store=two_decks)
    assert window.tree.select_deck(deck_id(two_decks, deck))
    dialog = open_setup(window)
    assert set(dialog.settings().topic_ids) == top_topics(two_decks, deck)
    held = len(SYSTEMS) if deck == "Systems" else len(ML)
    assert dialog.available.text().startswith(f"5 of the {held} questions") or (
        dialog.available.text().startswith(f"The ticked topics hold only {held}")
    )


def topic_named(store: Store, deck: str, name: str) -> int:
    return next(t.id for t in store.topics(deck_id(store, deck)) if t.name == name)


def test_a_topic_selected_is_the_choice(make_window, two_decks):
    scaling = topic_named(two_decks, "Systems", "Scaling")
    caching = topic_named(two_decks, "Systems", "Caching")
    save_settings(two_decks, MockSettings(topic_ids=(caching,)))
    window = make_window(store=two_decks)
    assert window.tree.select_topic(scaling)
    dialog = open_setup(window)
    assert dialog.settings().topic_ids == (scaling,)


def ticked_decks(dialog) -> set[str]:
    """The decks the set-up's tree ticks, wholly or in part."""
    tree = dialog.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {
        item.text(0).split("   (")[0]
        for item in items
        if item.checkState(0) != Qt.CheckState.Unchecked
    }


@pytest.mark.parametrize(
    ("title", "deck", "topic"),
    [
        ("What is sharding?", "Systems", "Scaling"),
        # A question two topics down: its own (deepest) topic, not its parent's.
        ("What is dropout?", "Machine learning", "Regularization"),
    ],
)
def test_a_question_selected_ticks_its_own_topic_and_the_mock_keeps_to_it(
    make_window, two_decks, title, deck, topic
):
    """Ctrl+M on a question row: the set-up ticks the topic the question sits in (as
    Study, Ctrl+D, studies that topic), not every deck, and the mock asks only it."""
    save_settings(two_decks, MockSettings(count=5))  # last time: every topic
    window = make_window(store=two_decks)
    question = next(q for q in two_decks.questions() if q.title == title)
    assert window.tree.select_question(question.id)
    dialog = open_setup(window)
    chosen = topic_named(two_decks, deck, topic)
    in_topic = [q for q in two_decks.questions() if q.topic_id == chosen]
    # What the set-up ticks draws that topic's questions (a parent whose only
    # sub-topic it is may stand for it).
    pool = question_pool(two_decks, dialog.settings().topic_ids)
    assert {q.id for q in pool} == {q.id for q in in_topic}
    assert ticked_decks(dialog) == {deck}
    assert dialog.available_count() == len(in_topic)
    dialog.accept()
    mock = window.controllers["mock"].mock
    assert {q.id for q in mock.questions} == {q.id for q in in_topic}


def test_a_deck_selected_ticks_that_deck_alone(make_window, two_decks):
    save_settings(
        two_decks, MockSettings(topic_ids=(topic_named(two_decks, "Systems", "Caching"),))
    )
    window = make_window(store=two_decks)
    assert window.tree.select_deck(deck_id(two_decks, "Machine learning"))
    dialog = open_setup(window)
    assert ticked_decks(dialog) == {"Machine learning"}
    dialog.count.setValue(10)
    dialog.accept()
    mock = window.controllers["mock"].mock
    ml = deck_id(two_decks, "Machine learning")
    assert len(mock.questions) == len(ML) and {q.deck_id for q in mock.questions} == {ml}


def test_new_questions_past_todays_limit_are_left_out_and_the_set_up_says_so(
    make_window, two_decks
):
    keys.write(two_decks, keys.NEW_PER_DAY, 2)
    window = make_window(store=two_decks)
    assert window.tree.select_deck(deck_id(two_decks, "Systems"))
    dialog = open_setup(window)
    dialog.count.setValue(4)
    assert dialog.available_count() == 2
    assert dialog.available.text() == (
        "Both questions that can be asked today will be asked: 2 new questions wait for"
        " another day (today's new-question limit, Preferences; grades count as reviews)."
    )
    dialog.count.setValue(1)
    assert dialog.available.text().startswith(
        "1 of the 2 questions that can be asked today: 2 new questions wait"
    )
    dialog.count.setValue(4)
    dialog.counts_as_review.setChecked(False)  # a mock that schedules nothing asks them all
    assert dialog.available_count() == 4
    assert "another day" not in dialog.available.text()
    dialog.counts_as_review.setChecked(True)
    dialog.accept()
    mock = window.controllers["mock"]
    assert window.mode == "mock" and len(mock.mock.questions) == 2
    assert "2 new questions left out of this mock" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("new_per_day", "count", "words"),
    [
        (1, 3, "The one question that can be asked today will be asked: 3 new questions wait"),
        (1, 1, "The one question that can be asked today will be asked: 3 new questions wait"),
        (3, 4, "All 3 questions that can be asked today will be asked: 1 new question waits"),
        (3, 2, "2 of the 3 questions that can be asked today: 1 new question waits"),
    ],
)
def test_the_set_up_counts_what_today_allows_as_a_person_would(
    make_window, two_decks, new_per_day, count, words
):
    """With one question left for today it read "All 1 that can be asked today will
    be: 1 new question waits for another day"."""
    keys.write(two_decks, keys.NEW_PER_DAY, new_per_day)
    window = make_window(store=two_decks)
    assert window.tree.select_deck(deck_id(two_decks, "Systems"))  # 4 new questions
    dialog = open_setup(window)
    dialog.count.setValue(count)
    assert dialog.available.text().startswith(words), dialog.available.text()
    assert "All 1 " not in dialog.available.text() and " 1 of the 1 " not in dialog.available.text()


@pytest.mark.parametrize(
    ("topics", "count", "words"),
    [
        (("Caching",), 5, "The ticked topics hold only one question: it will be asked."),
        (("Scaling",), 5, "The ticked topics hold only 2 questions: both will be asked."),
        (
            ("Scaling", "Caching"),
            5,
            "The ticked topics hold only 3 questions: all 3 will be asked.",
        ),
        (("Scaling",), 2, "Both questions in the ticked topics will be asked."),
        (("Scaling", "Caching"), 2, "2 of the 3 questions in the ticked topics."),
    ],
)
def test_the_set_up_says_how_many_the_ticked_topics_hold_as_a_person_would(
    make_window, two_decks, topics, count, words
):
    save_settings(
        two_decks,
        MockSettings(
            topic_ids=tuple(topic_named(two_decks, "Systems", t) for t in topics),
            counts_as_review=False,  # no new-question limit: every question can be asked
        ),
    )
    window = make_window(store=two_decks)
    dialog = open_setup(window)
    dialog.set_checked_topics([topic_named(two_decks, "Systems", t) for t in topics])
    dialog.count.setValue(count)
    assert dialog.available.text() == words


def test_with_the_limit_used_up_the_set_up_says_how_to_practise_anyway(make_window, two_decks):
    keys.write(two_decks, keys.NEW_PER_DAY, 0)
    window = make_window(store=two_decks)
    dialog = open_setup(window)
    assert dialog.available_count() == 0 and not dialog.start_button.isEnabled()
    assert "new-question limit is used up" in dialog.available.text()
    assert "Count each grade as a review" in dialog.available.text()
    dialog.counts_as_review.setChecked(False)
    assert dialog.start_button.isEnabled()


def test_the_time_typed_in_the_set_up_says_how_it_reads(qtbot, make_window, two_decks):
    window = make_window(store=two_decks)
    dialog = open_setup(window)
    dialog.time.setFocus()
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "0100")
    assert dialog.time_reading.text() == "= 1 min"  # not 100 seconds
    dialog.time.interpretText()
    assert dialog.settings().seconds_per_question == 60


@pytest.mark.parametrize("typed", ["99999", "0", "1:75"])
def test_start_waits_while_the_time_typed_is_no_time(qtbot, make_window, two_decks, typed):
    """A tester typed 99999 (the field said "Not a time yet") and clicked Start: the
    mock ran at the 2:00 before, without a word. Start now waits for a time."""
    window = make_window(store=two_decks)
    dialog = open_setup(window)
    assert dialog.start_button.isEnabled()
    dialog.time.setFocus()
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, typed)
    assert dialog.time_reading.isVisibleTo(dialog) and not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and window.mode != "mock"
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "1:30")  # a time: Start takes it
    assert dialog.start_button.isEnabled()
    dialog.time.interpretText()
    assert dialog.settings().seconds_per_question == 90


def test_the_set_up_s_fields_stay_where_they_are_as_its_notes_change(qtbot, make_window, two_decks):
    """A tester's clicks missed: the Questions field moved (y 455, 459, 483) as the line
    under it said more or less, and as the time typed was read out under its field.
    The notes keep the height of the longest they say: the fields stay put."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    keys.write(two_decks, keys.NEW_PER_DAY, 0)  # "Today's new-question limit is used up …"
    window = make_window(store=two_decks)
    dialog = open_setup(window)
    fields = (dialog.count, dialog.time, dialog.order, dialog.counts_as_review, dialog.tree)

    def places() -> list[tuple[int, int, int]]:
        QApplication.processEvents()
        return [
            (f.mapTo(dialog, QPoint(0, 0)).y(), f.height(), f.mapTo(dialog, QPoint(0, 0)).x())
            for f in fields
        ]

    first = places()
    notes = {dialog.available.text()}
    dialog.counts_as_review.setChecked(False)  # "All N questions in the ticked topics …"
    assert places() == first
    notes |= {dialog.available.text()}
    dialog.count.setValue(1)  # "1 of the N questions in the ticked topics."
    assert places() == first
    dialog.count.setValue(200)  # "The ticked topics hold only N questions: all N …"
    assert places() == first
    for i in range(dialog.tree.topLevelItemCount()):  # "Tick at least one topic …"
        dialog.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
    dialog._update_available()
    assert places() == first
    notes |= {dialog.available.text()}
    dialog.time.setFocus()
    for typed in ("0100", "99999", "1:75"):  # "= 1 min", too long, "Not a time yet: try …"
        dialog.time.selectAll()
        qtbot.keyClicks(dialog.time, typed)
        assert places() == first, typed
    assert dialog.time_reading.text().startswith("Not a time yet")
    assert len(notes) == 3

"""The daily limits per deck, as the window shows them: a new user studied the sample
deck on day one, and the decks imported after it said "Study   daily limits reached"
and "Today's plan is done" before anything in them was studied; a topic page said
"13 new" while its Study button said "3 new"."""

from __future__ import annotations

from studyapp.core import settings_schema as schema

from ..conftest import make_doc, topic_id

JS = (
    ("What is hoisting?", ("Scope",), "Declarations move up."),
    ("What is a closure?", ("Scope",), "A function with its scope."),
    ("What is the event loop?", ("Runtime",), "It runs queued tasks."),
)


def js_deck(store, notes_dir) -> int:
    store.import_document(
        make_doc(JS, deck="JavaScript quick ones"), str(notes_dir / "js.md"), "hash-js"
    )
    return next(d.id for d in store.decks() if d.name == "JavaScript quick ones")


def study_new(window, count: int) -> None:
    study = window.controllers["study"]
    study.start_study()
    for _ in range(count):
        window.reveal()
        window.grade(4)  # Easy: out of the session, today's new questions taken
    study.stop_study()


def test_a_deck_imported_after_studying_another_offers_its_own_new(
    qtbot, make_window, store, notes_dir
):
    schema.write(store, schema.NEW_PER_DAY, 2)
    js = js_deck(store, notes_dir)
    window = make_window()
    interview = next(d.id for d in store.decks() if d.name == "Interview")
    window.tree.select_deck(interview)
    study_new(window, 2)  # the first deck's two new for today
    window.tree.select_deck(interview)
    qtbot.waitUntil(lambda: window.grading.study_button.text() == "Study   daily limits reached")
    # The other deck has its own two: the button, its page and a session agree.
    window.tree.select_deck(js)
    assert window.grading.study_button.text() == "Study   0 due · 2 new"
    assert "3 new (2 today)" in window.answer.notice_label.text()
    study = window.controllers["study"]
    study.start_study()
    assert study.session.counts().new == 2
    titles = []
    while (question := study.session.current()) is not None:
        titles.append(question.title)
        window.reveal()
        window.grade(4)
    assert titles == [title for title, _, _ in JS[:2]]
    assert "Today's plan is done" in window.answer.notice_label.text()
    assert "1 new question" in window.answer.notice_label.text()


def test_a_topic_page_and_its_study_button_agree(qtbot, make_window, store):
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window()
    window.controllers["browse"].refresh_progress()
    optimization = topic_id(store, "Optimization")  # three new, with its sub-topic
    window.tree.select_topic(optimization)
    page = window.answer.notice_label.text()
    assert "3 new (1 today)" in page
    assert window.grading.study_button.text() == "Study   0 due · 1 new"
    study = window.controllers["study"]
    study.start_study()
    assert study.session.counts().new == 1


def test_study_all_due_and_the_status_bar_count_each_deck_s_allowance(
    qtbot, make_window, store, notes_dir
):
    schema.write(store, schema.NEW_PER_DAY, 2)
    js_deck(store, notes_dir)
    window = make_window()
    window.controllers["browse"].refresh_progress()
    # 6 new in the first deck, 3 in the other: two today from each.
    assert window.totals_label.text() == "9 questions · 0 due · 9 new (4 today)"
    study = window.controllers["study"]
    study.start_study(all_topics=True)
    assert study.session.counts().new == 4
    study.stop_study()

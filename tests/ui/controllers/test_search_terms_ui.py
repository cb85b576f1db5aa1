"""The search field reads Anki's terms as a tester typed them: "is:due" found five
unrelated questions holding "is" (highlighted) and "due"; "is:suspended" and
"deck:Backend::Networking" said "No question matches" with no hint; "prop:ivl>10"
matched nothing in silence."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import Qt

from studyapp.core import settings_schema as schema
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms
from tests.ui.conftest import qid
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press, shown_questions, start_studying

pytestmark = QT_WARNINGS_FAIL

OPTIMIZATION = ("What is gradient descent?", "What is a learning rate?", "What is momentum?")


def search(qtbot, window, text):
    """`text` typed into the search field, as a person does, and the pause after it."""
    window.search.focus()
    qtbot.keyClicks(window.search.field, text)
    window.search.flush()


def test_is_due_finds_the_learning_step_that_fell_due_not_the_words(
    qtbot, make_window, store, clock
):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    failed = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_1)  # Again: a learning step
    press(qtbot, window, Qt.Key.Key_Escape)
    # Due in a minute, within the learn-ahead limit: due, as the status bar says.
    search(qtbot, window, "is:due")
    assert shown_questions(window) == [failed]
    qtbot.waitUntil(lambda: " 1 due (1 learning) · " in window.totals_label.text())
    window.search.clear()
    clock.advance(minutes=15)  # the step has come
    search(qtbot, window, "is:due")
    assert shown_questions(window) == [failed]
    assert window.current_qid == failed
    assert 'class="hit"' not in window.answer.answer_html()  # no "is" marked
    assert window.search.count.text() == "1 found"
    search(qtbot, window, " is:suspended")  # "is:due is:suspended": none is both
    said = window.answer.notice_label.text()
    assert shown_questions(window) == [] and "No question matches" in said
    window.search.clear()
    press(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # suspend
    search(qtbot, window, "is:suspended")
    assert shown_questions(window) == [window.current_qid]


def test_deck_finds_a_topic_as_a_sub_deck_and_a_minus_leaves_out(qtbot, make_window, store):
    window = make_window(show=True)
    search(qtbot, window, "deck:Interview::Optimization")
    assert sorted(shown_questions(window)) == sorted(qid(store, t) for t in OPTIMIZATION)
    window.search.clear()
    search(qtbot, window, "deck:interview::optim* -deck:*::Variants -learning")
    assert shown_questions(window) == [qid(store, "What is gradient descent?")]


def test_a_term_not_understood_says_so(qtbot, make_window, store):
    window = make_window(show=True)
    every = shown_questions(window)
    assert every
    search(qtbot, window, "prop:ivl>10")
    said = window.search.count.toolTip()
    assert shown_questions(window) == []  # not the questions shown before, as its results
    assert "“prop:ivl>10” is not understood" in said and "is:due" in said, said
    assert window.search.count.text() == "not understood"  # not "no match"
    assert "is:due" in window.search.field.toolTip()  # the field names its terms


def test_or_finds_both_sides_and_a_bracket_alone_says_not_understood(qtbot, make_window, store):
    window = make_window(show=True)
    search(qtbot, window, "p-value or variance")
    assert sorted(shown_questions(window)) == sorted(
        qid(store, t) for t in ("What is a p-value?", "What is bias-variance?")
    )
    assert window.search.count.text() == "2 found"
    window.search.clear()
    search(qtbot, window, "(is:new or is:due) -deck:*::Variants deck:Interview::Optim*")
    assert sorted(shown_questions(window)) == sorted(qid(store, t) for t in OPTIMIZATION[:2])
    window.search.clear()
    search(qtbot, window, "(variance or p-value")
    said = window.search.count.toolTip()
    assert shown_questions(window) == [] and "is not understood" in said, said
    assert window.search.count.text() == "not understood"


def test_words_in_quotes_show_only_the_questions_saying_that_phrase(qtbot, make_window, store):
    window = make_window(show=True)
    search(qtbot, window, '"is a"')  # not "Is this answer safe?", nor "a" after "is …"
    assert sorted(shown_questions(window)) == sorted(
        qid(store, t) for t in ("What is a learning rate?", "What is a p-value?")
    )
    assert window.search.count.text() == "2 found"
    window.search.clear()
    # Typed letter by letter, the quote not yet closed: the word typed is a start.
    search(qtbot, window, '"the ste')  # not gradient descent's "steps" and "the" apart
    assert shown_questions(window) == [qid(store, "What is a learning rate?")]
    qtbot.keyClicks(window.search.field, 'p"')  # typed on
    window.search.flush()
    assert window.search.field.text() == '"the step"'
    assert shown_questions(window) == [qid(store, "What is a learning rate?")]
    assert window.search.count.text() == "1 found"


def test_a_search_typed_on_keeps_the_results_and_question_while_not_understood(
    qtbot, make_window, store
):
    """At "variance or" (half typed) the Study button offered every deck; at "variance
    or p-value" the selection went to another question. The tree lists nothing while
    the search is not understood (the last one's results read as its own), the
    question on screen kept."""
    window = make_window(show=True)
    search(qtbot, window, "variance")
    variance = qid(store, "What is bias-variance?")
    assert shown_questions(window) == [variance] and window.current_qid == variance
    study = window.grading.study_button.text()
    for typed in (" or", " (", " -"):  # each key of an unfinished search
        qtbot.keyClicks(window.search.field, typed)
        window.search.flush()
        assert shown_questions(window) == [], typed
        assert window.current_qid == variance
        assert window.search.count.text() == "not understood"
        assert window.grading.study_button.text() == study
        assert "No question matches" not in window.answer.notice_label.text()
    window.search.field.setText("variance or p-value")
    search(qtbot, window, "")
    assert sorted(shown_questions(window)) == sorted([variance, qid(store, "What is a p-value?")])
    # Whole, it is a new search: its best match, listed first, is shown (the one
    # the last search showed was no choice of the person's).
    best = shown_questions(window)[0]
    assert window.current_qid == best != variance
    assert window.tree.current_question_id() == best
    assert window.search.count.text() == "2 found"


def test_an_empty_phrase_says_it_holds_no_search(qtbot, make_window, store):
    """'""' said "No question matches “""”", as if it had been searched."""
    window = make_window(show=True)
    every = shown_questions(window)
    search(qtbot, window, '""')
    assert window.search.count.text() == "not understood"  # not "no match"
    assert "holds no search" in window.search.count.toolTip()
    assert every and shown_questions(window) == []


def test_a_phrases_words_are_marked_whole_as_it_finds_them(qtbot, make_window, store):
    """'"b"' found only "b" alone, but the answer marked the "b" of "brown" too."""
    window = make_window(show=True)
    search(qtbot, window, '"a running"')  # "A running average of gradients."
    assert window.current_qid == qid(store, "What is momentum?")
    marked = re.findall(r'<span class="hit">([^<]*)</span>', window.answer.answer_html())
    assert marked == ["A", "running"], marked  # not the "a" of "average"
    window.search.clear()
    search(qtbot, window, "a running")  # unquoted, each word is a word's start, marked so
    marked = re.findall(r'<span class="hit">([^<]*)</span>', window.answer.answer_html())
    assert marked == ["A", "running", "a"], marked


def test_a_topics_qs_column_counts_what_the_search_lists(qtbot, make_window, store):
    """ "Networking 6" stood beside the 2 questions a search listed in it."""
    window = make_window(show=True)
    model = window.tree.source
    delegate = window.tree.itemDelegate()
    variance = qid(store, "What is bias-variance?")
    statistics = model.parent_node(model.node(model.question_index(variance)))
    deck = model.parent_node(statistics)
    assert delegate.count_text(statistics) == "2" and delegate.count_text(deck) == "6"
    search(qtbot, window, "variance")
    assert shown_questions(window) == [variance]
    assert delegate.count_text(statistics) == "1" and delegate.count_text(deck) == "1"
    said = model.describe(statistics)
    assert "1 found by the search" in said and "The whole topic: 2 questions" in said
    qtbot.keyClicks(window.search.field, " or momentum")  # typed on
    window.search.flush()
    assert delegate.count_text(deck) == str(len(shown_questions(window))) == "3"
    window.search.clear()
    assert delegate.count_text(statistics) == "2" and delegate.count_text(deck) == "6"
    assert "found by the search" not in model.describe(statistics)


def test_a_search_the_clock_decides_follows_it_the_selection_kept(qtbot, make_window, store, clock):
    """A step that fell due while "is:due" was listed never showed (nor left "-is:due"):
    the search runs again when the tree's counts wake for it, as Anki's browser runs its
    search again, the question selected staying selected and on screen."""
    schema.write(store, schema.LEARN_AHEAD, 4)
    window = make_window(show=True)
    browse = window.controllers["browse"]
    graded = []
    for minutes in (3, 2, 0):  # Good on a new question: a 10-minute step, due 6 minutes on
        start_studying(qtbot, window, store)
        graded.append(window.current_qid)
        window.reveal()
        window.grade(3)
        window.controllers["study"].stop_study()
        qtbot.waitUntil(lambda: not browse.figures._pending)  # its row counted, idle
        clock.advance(minutes=minutes)
    first, second, _ = graded  # due 6, 9 and 11 minutes from the start; 5 on now
    wake = browse.figures._clock_timer.timeout.emit  # what the tree's one timer does
    search(qtbot, window, "is:due")
    assert shown_questions(window) == [] and "No question matches" in (
        window.answer.notice_label.text()
    )
    clock.advance(minutes=1)
    wake()  # first is due
    assert shown_questions(window) == [first] and window.current_qid == first
    assert window.search.count.text() == "1 found"
    window.search.clear()
    search(qtbot, window, "-is:due")  # another search of the kind: one leaves it
    every = shown_questions(window)
    assert second in every and first not in every
    browse.show_question(second)
    clock.advance(minutes=3)
    wake()  # second is due
    assert window.search.count.text() == f"{len(every) - 1} found"
    assert set(shown_questions(window)) == set(every)  # second no longer found, in sight
    assert window.current_qid == second == window.tree.current_question_id()
    window.search.clear()
    search(qtbot, window, "is:due or deck:Nothing*")  # and one joins it
    assert sorted(shown_questions(window)) == sorted([first, second])
    browse.show_question(second)
    clock.advance(minutes=2)
    wake()  # the third is due
    assert sorted(shown_questions(window)) == sorted(graded)
    assert window.search.count.text() == "3 found"
    assert window.current_qid == second == window.tree.current_question_id()
    schema.write(store, schema.LEARN_AHEAD, 0)  # Preferences: no learning ahead
    browse.plan_changed()  # only first's step has come (10 minutes after it)
    assert window.search.count.text() == "1 found"
    assert set(shown_questions(window)) == {first, second}  # second in sight still
    assert window.current_qid == second == window.tree.current_question_id()


def test_a_rows_due_and_mastery_count_what_the_search_lists(qtbot, make_window, store, clock):
    """With "is:flagged" on, the deck read "Qs 1, Due 13, 5 %": the 1 question listed,
    the whole deck's due and mastery. In a search a row's Due and Mastery are of the
    questions its Qs counts, the caption says so, and the whole figures come back."""
    # Easy, then Easy again when it fell due: learned, not due (one Easy on first
    # sight is not learned: core.progress.is_mature).
    graded = {4: qid(store, OPTIMIZATION[0])}
    sr, when, card = SpacedRepetition(), clock.now() - timedelta(days=9), None
    for _ in range(2):
        card, due = sr.grade(card, 4, when)
        store.record_review(graded[4], 4, 3.0, "study", card, due, to_ms(when))
        when = sr.due(card)
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    graded[1] = window.current_qid  # Again: due again in a step
    window.reveal()
    window.grade(1)
    window.controllers["study"].stop_study()
    browse = window.controllers["browse"]
    qtbot.waitUntil(lambda: not browse.figures._pending)
    model, delegate, legend = window.model, window.tree.itemDelegate(), window.tree.legend
    topic = model.parent_node(model.node(model.question_index(graded[1])))
    deck = model.parent_node(topic)
    whole = {row.id: (delegate.due_text(row), delegate.mastery_text(row)) for row in (deck, topic)}
    assert whole[deck.id][0] == whole[topic.id][0] == "1"  # the step of the Again
    assert whole[deck.id][1] != "100%" and legend.caption() == "Topic"
    search(qtbot, window, "is:review")  # the Easy one alone
    assert shown_questions(window) == [graded[4]]
    for row in (deck, topic):
        assert (delegate.count_text(row), delegate.due_text(row)) == ("1", "–")
        assert delegate.mastery_text(row) == "100%"
    assert "1 found by the search · 0 due · 0 new" in model.describe(deck)
    assert "Mastered: 1 of 1 (100 %)" in model.describe(deck)
    assert "The whole deck: 6 questions · 1 due" in model.describe(deck)
    assert "search" in legend.caption() and "only the questions the search lists" in (
        legend.toolTip()
    )
    window.search.clear()
    search(qtbot, window, "is:learn")  # another search: the Again one, due, not learned
    assert shown_questions(window) == [graded[1]]
    for row in (deck, topic):
        assert (delegate.count_text(row), delegate.due_text(row)) == ("1", "1")
        assert delegate.mastery_text(row) == "0%"
    window.search.clear()
    assert whole == {
        row.id: (delegate.due_text(row), delegate.mastery_text(row)) for row in (deck, topic)
    }
    assert legend.caption() == "Topic" and "search" not in legend.toolTip()
    assert "found by the search" not in model.describe(deck)


def test_a_searchs_row_figures_follow_the_clock(qtbot, make_window, store, clock):
    """The search's figures are kept as the tree's are: a step falling due while a
    search lists its question makes its rows' Due 1, with no search run again."""
    schema.write(store, schema.LEARN_AHEAD, 0)  # the step is due when it comes
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    failed = window.current_qid
    window.reveal()
    window.grade(1)  # Again: a step, due in minutes
    window.controllers["study"].stop_study()
    browse = window.controllers["browse"]
    qtbot.waitUntil(lambda: not browse.figures._pending)
    search(qtbot, window, "deck:Interview::Optimization")
    model, delegate = window.model, window.tree.itemDelegate()
    topic = model.parent_node(model.node(model.question_index(failed)))
    assert (delegate.count_text(topic), delegate.due_text(topic)) == ("3", "–")
    clock.advance(minutes=15)
    browse.figures._clock_timer.timeout.emit()  # what the tree's one timer does
    assert (delegate.count_text(topic), delegate.due_text(topic)) == ("3", "1")
    assert "1 due" in model.describe(model.parent_node(topic)).split("\n")[1]


def test_a_search_not_understood_after_one_that_was_lists_none_of_its_results(
    qtbot, make_window, store, clock
):
    """A tester searched is:due, then Ctrl+F and typed "is:new prop:ivl>1": "not
    understood", over the tree still listing is:due's results as if they were its own."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_1)  # Again: a learning step, due within a minute
    press(qtbot, window, Qt.Key.Key_Escape)
    search(qtbot, window, "is:due")
    assert len(shown_questions(window)) == 1
    for typed in ("is:new prop:ivl>1", "rated:1"):
        press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.search.field, typed)  # over the search selected
        window.search.flush()
        assert window.search.field.text() == typed
        assert window.search.count.text() == "not understood"
        assert shown_questions(window) == [], typed
        assert window.tree.legend.caption() == "None listed: the search is not understood"
    clock.advance(minutes=15)  # a step falls due: is:due is not run again meanwhile
    window.controllers["browse"].figures.clock_moved.emit()
    assert shown_questions(window) == []
    window.search.clear()  # "rated:1" cleared: every question, captioned so
    assert window.tree.legend.caption() == "Topic" and len(shown_questions(window)) > 1


def test_prop_due_finds_what_falls_due_tomorrow(qtbot, make_window, store, clock):
    """An Anki user's ``prop:due=1`` (due tomorrow) said "not understood"."""
    sr = SpacedRepetition()
    now = clock.now()
    for title, days in (("What is momentum?", 1), ("What is a learning rate?", 4)):
        card, _ = sr.grade(None, 4, now - timedelta(days=30))
        card, due = sr.with_due(card, now + timedelta(days=days))
        reviewed = to_ms(now - timedelta(days=30))
        store.record_review(qid(store, title), 4, 3.0, "study", card, due, reviewed)
    window = make_window(show=True)
    search(qtbot, window, "prop:due=1")
    assert shown_questions(window) == [qid(store, "What is momentum?")]
    assert window.search.count.text() == "1 found"
    window.search.clear()
    search(qtbot, window, "prop:due>=1 prop:due<=7")
    assert len(shown_questions(window)) == 2

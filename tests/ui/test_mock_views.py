"""The mock-interview widgets on their own (clock format, set-up tree, timer panel,
summary, history) and the resume question at start-up, through `app.run` too."""

from __future__ import annotations

import os
import signal
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QMessageBox

from studyapp import app as app_module
from studyapp.core.format import format_clock
from studyapp.core.mock import (
    MockHistoryRow,
    MockSession,
    MockSettings,
    MockSummary,
    MockSummaryRow,
    MockTrend,
)
from studyapp.core.paths import store_path
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.ui.mock_history import MockHistoryView, trend_text
from studyapp.ui.mock_setup import MockSetupDialog
from studyapp.ui.mock_summary import MockSummaryView, weak_reasons
from studyapp.ui.theme import COLORS
from studyapp.ui.timer_panel import TimerPanel
from tests.history import doc as history_doc

from .conftest import FakeClock, make_doc, topic_id

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.mark.parametrize(
    ("seconds", "countdown", "text"),
    [
        (0, False, "00:00"),
        (0, True, "00:00"),
        (59.9, False, "00:59"),
        (59.1, True, "01:00"),
        (120, True, "02:00"),
        (119.999, True, "02:00"),
        (3725, False, "1:02:05"),
        (-3, True, "00:00"),
        (None, False, "–"),
    ],
)
def test_format_clock(seconds, countdown, text):
    assert format_clock(seconds, countdown=countdown) == text


# --- set-up ---------------------------------------------------------------------------


def setup_dialog(qtbot, store, settings=None):
    settings = settings or MockSettings()
    decks = store.decks()
    dialog = MockSetupDialog(
        decks,
        {deck.id: store.topics(deck.id) for deck in decks},
        Counter(q.topic_id for q in store.questions()),
        settings,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_setup_tree_nests_topics_with_counts_and_ticks_parents(qtbot, store):
    dialog = setup_dialog(qtbot, store)
    deck = dialog.tree.topLevelItem(0)
    names = {deck.child(i).text(0) for i in range(deck.childCount())}
    assert {"Optimization   (3)", "Statistics   (2)", "Security   (1)"} <= names
    assert deck.text(0) == "Interview   (6)"
    assert dialog.checked_topic_ids() == ()
    # A topic is chosen as a whole (MockSettings.topic_ids include sub-topics), and Qt
    # derives a parent's tick from its children: "Optimization" (two questions of its
    # own) follows its one sub-topic "Variants". The count always says what is asked.
    variants = topic_id(store, "Variants")
    optimization = topic_id(store, "Optimization")
    dialog.set_checked_topics([optimization])
    assert dialog.checked_topic_ids() == (optimization,)
    assert dialog.available_count() == 3
    dialog._topic_items[variants].setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog._topic_items[optimization].checkState(0) == Qt.CheckState.Unchecked
    assert dialog.available_count() == 0
    qtbot.waitUntil(lambda: not dialog.start_button.isEnabled())  # counted once ticks settle
    dialog.set_checked_topics([topic_id(store, "Statistics"), topic_id(store, "Security")])
    assert deck.checkState(0) == Qt.CheckState.PartiallyChecked
    assert set(dialog.checked_topic_ids()) == {
        topic_id(store, "Statistics"),
        topic_id(store, "Security"),
    }
    assert dialog.available_count() == 3
    dialog.count.setValue(9)
    assert "only 3" in dialog.available.text()


def test_setup_counts_the_questions_once_for_a_choice_of_many_topics(qtbot, tmp_path):
    """A deck of one file a question has a topic a question: set up again on the 3,000
    topics it remembered, the dialog counted the questions ticked at each tick and
    froze the window for minutes. However many topics are ticked, it counts once, and
    the count it shows is the choice's."""
    questions = [(f"Question {n}?", f"Answer {n}.", (f"Topic {n}",)) for n in range(300)]
    with Store.open(tmp_path / "many.sqlite3") as store:
        store.import_document(history_doc(questions), "/notes/many", "h")
        deck_id = store.decks()[0].id
        chosen = [t.id for t in store.topics(deck_id)][::2]
        dialog = setup_dialog(qtbot, store)
    counted = []
    count = dialog.available_count
    dialog.available_count = lambda: counted.append(1) or count()
    dialog.set_checked_topics(chosen)
    assert len(counted) == 1
    assert dialog.available_count() == 150
    assert f"{150}" in dialog.available.text()
    counted.clear()
    dialog.set_checked_deck(deck_id)
    assert len(counted) == 1 and dialog.available_count() == 300
    # Unticked by hand (Space on the deck's row): every topic follows, counted once.
    counted.clear()
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not dialog.start_button.isEnabled())
    assert len(counted) == 1
    assert dialog.available.text() == "Tick at least one topic with questions."


def test_setup_opens_on_given_settings_and_ignores_removed_topics(qtbot, store):
    settings = MockSettings(
        topic_ids=(topic_id(store, "Security"), 999_999),
        count=7,
        seconds_per_question=45,
        order="due",
        counts_as_review=False,
    )
    dialog = setup_dialog(qtbot, store, settings)
    assert dialog.settings() == MockSettings(
        topic_ids=(topic_id(store, "Security"),),
        count=7,
        seconds_per_question=45,
        order="due",
        counts_as_review=False,
    )
    assert dialog.order.currentText() == "Due first"
    assert dialog.time.text() == "00:45"


@pytest.mark.parametrize("chosen", ["deck", "topic"])
def test_setup_opens_with_the_keys_on_the_ticked_row_so_space_unticks_it(
    qtbot, store, notes_dir, chosen
):
    """With the choice further down the list the keyboard sat on the first deck, and
    Space ticked that deck into the mock instead of acting on the one chosen."""
    for name in ("Algebra", "Biology"):  # sorted before "Interview"
        store.import_document(make_doc(deck=name), str(notes_dir / f"{name}.md"), name)
    dialog = setup_dialog(qtbot, store)
    interview = next(d for d in store.decks() if d.name == "Interview")
    if chosen == "deck":
        dialog.set_checked_deck(interview.id)
        wanted = "Interview"
    else:
        stats = next(t.id for t in store.topics(interview.id) if t.name == "Statistics")
        dialog.set_checked_topics([stats])
        wanted = "Statistics"
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tree.currentItem().text(0).startswith(wanted)
    before = dialog.checked_topic_ids()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    assert dialog.checked_topic_ids() == ()  # the chosen row unticked, no other ticked
    assert before


# --- timer panel ------------------------------------------------------------------


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_timer_panel_colours_follow_the_theme(qtbot, store, theme):
    clock = FakeClock()
    session = MockSession(
        store,
        SpacedRepetition(),
        clock,
        MockSettings(seconds_per_question=50),
        [q.id for q in store.questions()][:2],
    )
    session.start()
    panel = TimerPanel()
    qtbot.addWidget(panel)
    panel.set_theme(theme)
    panel.show_session(session)
    assert panel.look == "normal"
    assert panel.countdown_color() == QColor(COLORS[theme].text)
    clock.advance(seconds=41)
    panel.show_session(session)
    assert (panel.look, panel.countdown_text()) == ("warning", "00:09")
    assert panel.countdown_color() == QColor(COLORS[theme].due)
    assert COLORS[theme].due in panel.bar.styleSheet()
    session.pause()
    panel.show_session(session)
    assert panel.look == "paused" and panel.pause_button.text().startswith("Resume")
    session.resume()
    clock.advance(seconds=20)
    assert session.check_time()
    panel.show_session(session)
    assert panel.look == "up" and panel.countdown_color() == QColor(COLORS[theme].weak)


# --- summary and history ----------------------------------------------------------


def row(position, rating, coverage=None, overtime=False, seconds=30.0):
    return MockSummaryRow(
        position,
        f"q{position}",
        f"Question {position}",
        seconds,
        overtime,
        rating,
        coverage,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("summary_row", "reasons"),
    [
        (row(1, None), "skipped"),
        (row(1, 1, 0.9), "rated Again"),
        (row(1, 3, 0.2, overtime=True), "over time, 20 % of the key points"),
        (row(1, 2, None, overtime=True), "rated Hard, over time"),
    ],
)
def test_weak_reasons(summary_row, reasons):
    assert weak_reasons(summary_row) == reasons


def test_summary_of_a_session_with_nothing_graded(qtbot):
    view = MockSummaryView()
    qtbot.addWidget(view)
    view.set_summary(
        MockSummary(session_id=1, rows=(row(1, None),), planned=3, weakest=(row(1, None),))
    )
    assert view.title.text() == "Mock interview ended early"
    # No figure (a dash at the score's size read as a heavy bar): the words say it.
    assert view.score.isHidden() and "–" not in view.score.text()
    assert view.score_caption.text() == "no score:\nnothing graded"
    assert view.rows_text() == [["1", "Question 1", "00:30", "", "skipped", ""]]
    assert "0 of 3 graded" in view.totals_text() and "2 not asked" in view.totals_text()
    left = MockSummary(session_id=1, rows=(row(1, None),), planned=3, state="abandoned")
    view.set_summary(left)  # the app closed on question 2, and it was not resumed
    assert view.title.text() == "Mock interview abandoned"
    assert "1 skipped · 1 not answered · 1 not asked" in view.totals_text()
    view.set_summary(
        MockSummary(session_id=1, rows=(row(1, None),), planned=3, weakest=(row(1, None),))
    )
    assert view.retry_button.isEnabled()
    # The next summary, graded, shows its figure again.
    view.set_summary(MockSummary(session_id=2, rows=(row(1, 3, 0.5),), planned=1))
    assert not view.score.isHidden() and view.score.text() == "67 %"


def test_the_score_says_in_words_what_it_is(qtbot):
    """ "50 %" over "score of your grades" left a new user guessing: key points said?
    answers right? It is the average of the person's own grades, said under it."""
    view = MockSummaryView()
    qtbot.addWidget(view)
    rows = (row(1, 3, 0.0), row(2, 1, 0.0), row(3, None))  # Good, Again: as Hard; no points
    view.set_summary(MockSummary(session_id=1, rows=rows, planned=3))
    assert view.score.text() == "33 %"
    words = view.score_caption.text()
    assert words.startswith("average of your\nown grades")
    assert "Again 0 · Hard 33\nGood 67 · Easy 100" in words
    assert "not the share of key points" in view.score_caption.toolTip()
    history = MockHistoryView()
    qtbot.addWidget(history)
    assert "average of the grades you gave yourself" in (
        history.table.horizontalHeaderItem(2).toolTip()
    )


def test_the_score_and_the_key_points_round_a_half_the_same_way(qtbot):
    """Both figures of the summary and its weakest list through one rule: a half up.
    Three Hard and five Again score 12.5, shown "12 %" beside 62.5 % of the key points
    shown "62 %" (Python's round() takes a half to the even number)."""
    rows = tuple(row(i, 2 if i <= 3 else 1, 0.625) for i in range(1, 9))
    view = MockSummaryView()
    qtbot.addWidget(view)
    weakest = (row(9, 2, 0.125),)  # 1 of 8 key points
    view.set_summary(MockSummary(session_id=1, rows=rows, planned=8, weakest=weakest))
    assert view.score.text() == "13 %"
    assert view.tiles["coverage"][0].text() == "63 %"
    assert "13 % of the key points" in view.weak_list.text()
    history = MockHistoryView()
    qtbot.addWidget(history)
    history.set_history([replace(history_row(1, 12.5, 1), coverage=0.625)], MockTrend())
    shown = history.rows_text()[0]
    assert (shown[2], shown[6]) == ("13 %", "63 %")  # Score, Points


def test_a_mock_ended_before_any_answer_does_not_claim_good_grades(qtbot):
    view = MockSummaryView()
    qtbot.addWidget(view)
    view.set_summary(MockSummary(session_id=1, rows=(), planned=3))
    assert view.weak_list.text() == "None yet: no question was graded in this mock."
    assert not view.retry_button.isEnabled()


def test_the_time_tile_says_the_answering_apart_from_the_whole_mock(qtbot):
    """A mock left open for minutes after its time ran out read "07:00 total time"
    beside questions whose clocks added up to two minutes."""
    view = MockSummaryView()
    qtbot.addWidget(view)
    rows = (row(1, 3, seconds=50.0), row(2, None, seconds=14.0), row(3, 2, seconds=60.0))
    view.set_summary(MockSummary(session_id=1, rows=rows, planned=3, elapsed_seconds=420.0))
    figure, caption = view.tiles["total"]
    assert figure.text() == "02:04"
    assert caption.text() == "answering · 07:00 in all"


def test_summary_without_weak_questions_offers_no_retry(qtbot):
    view = MockSummaryView(can_export=False)
    qtbot.addWidget(view)
    good = row(1, 3, 0.8)
    view.set_summary(MockSummary(session_id=1, rows=(good,), planned=1))
    assert not view.retry_button.isEnabled()
    assert view.export_button.isHidden()
    assert "None" in view.weak_list.text()
    assert view.score.text() == "67 %"


def history_row(session_id, score, day, state="finished"):
    return MockHistoryRow(
        session_id=session_id,
        date=datetime(2030, 3, day, 9, tzinfo=UTC),
        topics=("Trees",) if session_id % 2 else (),
        score=score,
        avg_seconds=61.0,
        questions=4,
        planned=5,
        skipped=1,
        overtime=2,
        coverage=0.5,
        elapsed_seconds=300.0,
        state=state,
    )


@pytest.mark.parametrize(
    ("trend", "words"),
    [
        (MockTrend(), "No finished mock interview with a grade yet. The trend shows once 3"),
        (MockTrend(scores=(40.0,)), "1 finished mock interview so far (last 40 %)"),
        (MockTrend(scores=(40.0, 60.0)), "2 finished mock interviews so far (last 60 %)"),
        (
            MockTrend((40.0, 60.0, 80.0), 20.0, 50.0, 30.0, "up"),
            "improving</b>: last score <b>80 %</b>, 30 points above the mean of the 2 before"
            " it (50 %) · +20 on the one before",
        ),
        (
            MockTrend((60.0, 40.0), -20.0, 60.0, -20.0, "down"),
            "slipping</b>: last score <b>40 %</b>, 20 points below the mean of the one before",
        ),
        (MockTrend((50.0, 50.0, 50.2), 0.2, 50.0, 0.2, "flat"), "steady</b>: last score"),
        (MockTrend((50.0, 50.0, 50.2), 0.2, 50.0, 0.2, "flat"), "level with the mean"),
        # Mocks on other topics left out: said (a Git mock was set against others).
        (
            MockTrend((90.0, 40.0, 60.0, 80.0), 20.0, 50.0, 30.0, "up", alike=(40.0, 60.0, 80.0)),
            "30 points above the mean of the 2 before it on its topics (50 %) · +20 on the one"
            " before on its topics",
        ),
        (
            MockTrend((33.0, 33.0, 44.0), alike=(33.0, 44.0)),
            "3 finished mock interviews so far (last 44 %). The trend shows once 2 mocks"
            " before the last one share a topic with it (1 so far)",
        ),
    ],
)
def test_trend_text(trend, words):
    assert words in trend_text(trend)


def test_a_mock_ended_early_is_listed_as_ended_early(qtbot):
    """Esc after two of five questions: the history listed it as any finished mock."""
    view = MockHistoryView()
    qtbot.addWidget(view)
    early = replace(history_row(1, 50.0, 1), questions=1, skipped=1, planned=5)
    rows = [early, history_row(2, 80.0, 2)]  # four graded and one skipped of five: whole
    view.set_history(rows, MockTrend((50.0, 80.0), 50.0, 50.0, "up"))
    assert [t[7] for t in view.rows_text()] == ["", "ended early"]


def test_history_view_lists_newest_first_and_marks_abandoned(qtbot):
    view = MockHistoryView()
    qtbot.addWidget(view)
    rows = [history_row(1, 40.0, 1), history_row(2, None, 2, "abandoned"), history_row(3, 80.0, 3)]
    view.set_history(rows, MockTrend((40.0, 80.0), 40.0, 40.0, "up"))
    texts = view.rows_text()
    assert [t[2] for t in texts] == ["80 %", "–", "40 %"]
    assert [t[1] for t in texts] == ["Trees", "–", "Trees"]
    assert texts[1][7] == "abandoned"
    assert texts[0][3:7] == ["4 of 5", "01:01", "2", "50 %"]
    assert view.chart.scores == (40.0, 80.0)
    assert not view.chart.grab().isNull()
    with qtbot.waitSignal(view.session_activated) as signal:
        view.table.itemActivated.emit(view.table.item(2, 0))
    assert signal.args == [1]


def test_history_view_empty(qtbot):
    view = MockHistoryView()
    qtbot.addWidget(view)
    view.set_history([], MockTrend())
    assert view.table.isHidden() and not view.empty.isHidden()
    assert not view.chart.grab().isNull()


def test_the_empty_history_keeps_its_title_on_top_and_its_buttons_compact(qtbot):
    view = MockHistoryView()
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.set_history([], MockTrend())
    view.show()
    qtbot.waitExposed(view)

    def top(widget) -> int:
        return widget.mapTo(view, widget.rect().topLeft()).y()

    # Without the table, the title, the trend and the chart spread down the card.
    assert top(view.title) < 40
    assert top(view.empty) - (top(view.chart) + view.chart.height()) < 40  # right below
    assert top(view.empty) < 300  # in the card's upper part, not down by the buttons
    for button in (view.new_button, view.done_button):  # not stretched across the card
        assert button.width() <= button.sizeHint().width() * 1.2, button.text()
    assert top(view.new_button) > 600  # the buttons at the bottom, as with sessions


# --- resuming at start-up ------------------------------------------------------------------


def test_the_resume_box_answers_resume_abandon_or_later(qtbot, make_window):
    window = make_window()
    answers, seen = [], []
    for label in ("Resume", "Leave as abandoned", "Not now"):

        def click(label=label):
            boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
            if not boxes:  # not shown yet: look again on the box's own event loop
                QTimer.singleShot(10, lambda: click(label))
                return
            (box,) = boxes
            seen.append([b.text() for b in box.buttons()])
            next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

        QTimer.singleShot(0, click)
        answers.append(app_module.ask_resume(window, "text"))
    assert answers == [app_module.RESUME, app_module.ABANDON, None]
    # Each with an Alt key of its own.
    assert all(set(buttons) == {"&Resume", "&Leave as abandoned", "&Not now"} for buttons in seen)


def test_run_offers_to_resume_an_unfinished_mock(tmp_path, qapp, monkeypatch):
    data = tmp_path / "data-mock"
    data.mkdir()
    clock = FakeClock()
    with Store.open(store_path(data)) as store:
        store.import_document(make_doc(), str(data / "notes.md"), "h")
        ids = [q.id for q in store.questions()][:3]
        session = MockSession(store, SpacedRepetition(), clock, MockSettings(), ids)
        session.start()
        session.reveal()
        session.grade(3)
    asked, windows = [], []
    original = app_module.create_window

    def spy(*args, **kwargs):
        window = original(*args, **kwargs)
        windows.append(window)
        QTimer.singleShot(0, qapp.quit)  # once the loop runs: the question came before
        return window

    monkeypatch.setattr(app_module, "create_window", spy)
    monkeypatch.setattr(
        app_module, "ask_resume", lambda window, text: asked.append(text) or app_module.RESUME
    )
    assert app_module.run(data_dir=data) == 0
    assert len(asked) == 1 and "1 of its 3 questions answered, and saved" in asked[0]
    (window,) = windows
    mock = window.controllers["mock"]
    assert window.mode == "mock" and mock.mock.position() == (2, 3)
    assert mock.mock.current().id == ids[1]


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM is POSIX's")
def test_a_sigterm_under_the_resume_question_ends_the_start_without_a_loop(
    tmp_path, qapp, monkeypatch
):
    """A logout while "resume the mock left running?" is asked at start: the box and the
    window close, and the start ends there. Had it gone on into the event loop, with
    no window left to close, the process would have run on, unseen, until killed."""
    data = tmp_path / "data-mock"
    data.mkdir()
    with Store.open(store_path(data)) as store:
        store.import_document(make_doc(), str(data / "notes.md"), "h")
        ids = [q.id for q in store.questions()][:3]
        session = MockSession(store, SpacedRepetition(), FakeClock(), MockSettings(), ids)
        session.start()
    windows, loops = [], []
    original = app_module.create_window
    monkeypatch.setattr(
        app_module,
        "create_window",
        lambda *a, **k: windows.append(original(*a, **k)) or windows[-1],
    )
    # The event loop the start would run after the question (recorded, not run).
    monkeypatch.setattr(qapp, "exec", lambda: loops.append(True) or 0)

    def ask(window, _text):
        box = QMessageBox(QMessageBox.Icon.Question, "Unfinished mock interview", "Resume?")
        QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
        QTimer.singleShot(10_000, lambda: box.done(99))  # (the test's own way out)
        assert box.exec() != 99  # closed by the signal
        return None  # unanswered, as Esc leaves it

    monkeypatch.setattr(app_module, "ask_resume", ask)
    assert app_module.run(data_dir=data) == 0
    assert loops == []
    (window,) = windows
    assert not window.isVisible()
    with Store.open(store_path(data)) as store:
        assert store.unfinished_mock() is not None  # not answered: still there to resume


@pytest.mark.parametrize("smoke", [True, False])
def test_run_in_process_leaves_qt_usable_for_what_comes_next(tmp_path, qapp, monkeypatch, smoke):
    """Closing the last window after the loop posts a Quit, and the smoke timeout would
    exit() 30 s later: either would end every later event loop in this process."""
    if not smoke:
        monkeypatch.setattr(
            app_module,
            "create_window",
            lambda *a, create=app_module.create_window, **k: (
                QTimer.singleShot(0, qapp.quit),
                create(*a, **k),
            )[1],
        )
    assert app_module.run(data_dir=tmp_path / "data", smoke=smoke) == 0
    assert not [t for t in qapp.findChildren(QTimer) if t.isActive()]
    QCoreApplication.processEvents()  # would deliver a stray Quit to the application
    fired = []
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: (fired.append(True), loop.quit()))
    assert loop.exec() == 0 and fired  # -1 at once if Qt's quit flag were set


def test_the_coverage_line_counts_one_key_point_in_the_singular():
    from studyapp.core.mock import KeyPoint
    from studyapp.ui.mock_panel import coverage_text

    one = coverage_text(1.0, [KeyPoint("GIL", True)])
    assert one.endswith("1 of 1 key point")
    two = coverage_text(0.5, [KeyPoint("GIL", True), KeyPoint("bytecode", False)])
    assert two.endswith("1 of 2 key points")


def test_before_a_trend_the_history_draws_no_trend_line_and_counts_every_row(qtbot):
    """Two finished mocks and one abandoned: the words said "2 finished… the trend shows
    once 3 are finished" under a trend line, over a table of 3 rows."""
    view = MockHistoryView()
    qtbot.addWidget(view)
    rows = [history_row(1, 33.0, 1), history_row(2, None, 2, "abandoned"), history_row(3, 67.0, 3)]
    view.set_history(rows, MockTrend((33.0, 67.0)))
    words = view.trend_label.text()
    assert "2 finished mock interviews so far (last 67 %)" in words
    assert "not counted: 1 abandoned" in words.lower()
    assert "trend shows once 3" in words
    assert view.chart.scores == (33.0, 67.0) and not view.chart.line  # the dots alone
    assert len(view.rows_text()) == 3
    view.set_history(
        [*rows, history_row(5, 80.0, 4)], MockTrend((33.0, 67.0, 80.0), 13.0, 50.0, 30.0, "up")
    )
    assert view.chart.line and "improving" in view.trend_label.text()


@pytest.mark.parametrize("word", ["x" * 60, "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2])
def test_a_long_unbroken_title_wraps_in_the_weakest_list(qtbot, word):
    view = MockSummaryView()
    qtbot.addWidget(view)
    long = MockSummaryRow(1, "q1", f"Define {word} please", 30.0, False, 1, 0.2, None, None)
    view.set_summary(MockSummary(session_id=1, rows=(long,), planned=1, weakest=(long,)))
    one_line = QFontMetrics(view.weak_list.font()).horizontalAdvance(word)
    # the list can be narrower than the word: it wraps it instead of widening the window
    assert view.weak_list.minimumSizeHint().width() < one_line / 2
    assert word in view.weak_list.text().replace("\u200b", "")  # the whole title still


def test_the_guide_says_when_the_trend_shows_as_the_history_does():
    """The guide said "The trend needs three finished mocks" while the history, after
    three on other topics, said it shows once 2 mocks before the last one share a
    topic with it: the guide now says what the history does."""
    from pathlib import Path

    guide = " ".join(
        (Path(__file__).parents[2] / "docs" / "mock-interviews.md").read_text().split()
    )
    said = trend_text(MockTrend((33.0, 33.0, 44.0), alike=(33.0, 44.0)))
    needed = said[said.index("The trend shows once") : said.index(" (")]
    assert needed in guide
    assert "The trend needs three finished mocks" not in guide

"""How a mock interview ends, as a tester met it: Enter pressed again after "End now"
starts nothing; a mock ended with Esc reads the same on its summary, in the history
and on its summary reopened from there; a question on screen when the mock is ended,
left untouched, is "not asked" as the rest, never "skipped"; and the offer to resume a mock quit mid-question says what became of the
answer typed so far."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.app import ABANDON, RESUME, offer_resume
from studyapp.core.weak import weak_among
from tests.ui.controllers.test_mock import (
    BACKPROP,
    CTRL,
    KM,
    TREE,
    current_title,
    mock_store,
    press,
    start,
    type_text,
)

__all__ = ["mock_store"]  # the fixture, used by name

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]


def sessions(store) -> int:
    return store._conn.execute("SELECT count(*) FROM mock_sessions").fetchone()[0]


def end_with_keys(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Return)  # End now


@pytest.mark.parametrize("titles", [(KM,), (KM, TREE)])
def test_enter_again_after_end_now_leaves_the_summary_and_starts_no_mock(
    qtbot, make_window, mock_store, clock, titles
):
    """Esc, Enter, Enter: the summary's Retry weak had the focus, so the second Enter
    started a new timed mock at once and a third typed a line into its answer."""
    window = start(make_window, mock_store, *titles, show=True)
    mock = window.controllers["mock"]
    type_text(qtbot, "half an answer")  # kept as skipped: a weak question to retry
    clock.advance(seconds=8)
    end_with_keys(qtbot, window)
    view = mock.summary_view
    assert window.current_page() is view and view.retry_button.isEnabled()
    assert view.done_button.hasFocus() and not view.retry_button.hasFocus()
    before = sessions(mock_store)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.mode == "browse" and mock.mock is None
    assert sessions(mock_store) == before  # no new mock started
    assert window.current_page() is window.main_page  # Done: back to browsing


def ended_alike(mock, window) -> tuple[str, str, str]:
    """The live summary's title, the history's label of that mock, and the title of
    its summary reopened from the history."""
    live = mock.summary_view.title.text()
    session_id = mock.summary_view.summary.session_id
    mock.show_mock_history()
    label = mock.history_view.rows_text()[0][-1]  # newest first
    mock.show_past_mock(session_id)
    return live, label, mock.summary_view.title.text()


@pytest.mark.parametrize("typed", ["", "centroids"])
def test_a_mock_ended_on_its_last_question_finished_only_if_it_was_answered(
    qtbot, make_window, mock_store, clock, typed
):
    """Ended with Esc then End now on its last question: with an answer typed, every
    question was answered (finished, the last not graded); with nothing typed the
    last was never answered: not asked, and the mock ended early (it was "skipped",
    and so weak, though the person never chose to skip it)."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    window.reveal()
    window.grade(3)
    assert current_title(window) == TREE
    if typed:
        type_text(qtbot, typed)
    clock.advance(seconds=8)
    end_with_keys(qtbot, window)
    totals = mock.summary_view.totals_text()
    if typed:
        assert "0 skipped · 1 not graded" in totals and "not asked" not in totals
        assert ended_alike(mock, window) == (
            "Mock interview finished",
            "",
            "Mock interview finished",
        )
    else:
        assert "0 skipped · 1 not asked" in totals
        assert ended_alike(mock, window) == (
            "Mock interview ended early",
            "ended early",
            "Mock interview ended early",
        )


def test_a_mock_ended_before_its_last_question_reads_ended_early_everywhere(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, TREE, BACKPROP, show=True)
    mock = window.controllers["mock"]
    window.reveal()
    window.grade(3)
    clock.advance(seconds=8)  # the second question on screen, nothing typed
    end_with_keys(qtbot, window)
    totals = mock.summary_view.totals_text()
    assert "0 skipped · 2 not asked" in totals  # TREE on screen untouched, BACKPROP never
    assert ended_alike(mock, window) == (
        "Mock interview ended early",
        "ended early",
        "Mock interview ended early",
    )


def test_a_mock_left_as_abandoned_reads_abandoned_and_its_question_not_answered(
    qtbot, make_window, mock_store, clock
):
    """Its summary from the history said "ended early" beside the history's
    "abandoned", and "2 not asked" of a question that had been on screen."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    clock.advance(seconds=8)
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)  # quit now
    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda *_: ABANDON) == ABANDON
    mock = again.controllers["mock"]
    mock.show_mock_history()
    assert mock.history_view.rows_text()[0][-1] == "abandoned"
    mock.history_view.table.setFocus()
    press(qtbot, again, Qt.Key.Key_Return)  # its summary
    view = mock.summary_view
    assert again.current_page() is view
    assert view.title.text() == "Mock interview abandoned"
    assert "0 skipped · 1 not answered · 1 not asked" in view.totals_text()


def weakness_of(window, title: str):
    """The question's standing as the Weak Topics tab scores it, now."""
    from studyapp.core.weak import question_histories, question_weakness

    ctx = window.controllers["mock"].ctx
    qid = next(q.id for q in ctx.store.questions() if q.title == title)
    history = question_histories(ctx.store, None)[qid]
    return question_weakness(history, ctx.clock.now(), ctx.scheduler)


@pytest.mark.parametrize(
    ("typed", "reveal", "coverage"),
    [
        ("k-means moves each centroid", True, "50 %"),
        ("inertia and the elbow method", False, "50 %"),
    ],
)
def test_a_question_answered_when_the_mock_is_ended_is_kept_as_answered_not_skipped(
    qtbot, make_window, mock_store, clock, typed, reveal, coverage
):
    """A tester typed an answer, revealed it (its coverage on screen), pressed Esc and
    Enter: the summary said "skipped" with no coverage, and Weak Topics counted the
    question skipped. Typed (revealed or not), it is answered, not graded."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, show=True)
    mock = window.controllers["mock"]
    type_text(qtbot, typed)
    clock.advance(seconds=20)
    if reveal:
        press(qtbot, window, Qt.Key.Key_Return, CTRL)
        assert mock.mock.state == "revealed"
    session_id = mock.mock.session_id
    end_with_keys(qtbot, window)
    view = mock.summary_view
    assert view.rows_text() == [["1", KM, "00:20", "", "not graded", coverage]]
    totals = view.totals_text()
    assert "0 of 3 graded" in totals and "0 skipped · 1 not graded" in totals
    assert f"{coverage} key points covered" in totals  # as its row: measured, not graded
    (answer,) = mock_store.mock_answers(session_id)
    assert (answer.rating, answer.typed_answer) == (None, typed)
    assert mock_store.reviews() == []  # not graded: nothing for the scheduler
    weakness = weakness_of(window, KM)
    assert weakness.signals["skipped"] == 0
    assert not any("skipped" in reason for reason in weakness.reasons)
    assert view.title.text() == "Mock interview ended early"  # TREE, BACKPROP never came


def test_a_question_ended_with_nothing_typed_nor_revealed_is_not_asked_not_skipped(
    qtbot, make_window, mock_store, clock
):
    """A tester answered Q1 (Good), typed nothing on Q2 and pressed Esc, Enter: the
    summary said "1 skipped · 1 not asked" and named Q2 among the weakest "— skipped",
    and Weak Topics listed it "skipped in 1 of 1 mock"."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, show=True)
    mock = window.controllers["mock"]
    type_text(qtbot, "k-means moves each centroid")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal
    press(qtbot, window, Qt.Key.Key_3)  # Good
    assert current_title(window) == TREE
    clock.advance(seconds=8)
    end_with_keys(qtbot, window)
    view = mock.summary_view
    assert [row[1] for row in view.rows_text()] == [KM]  # TREE is no row: never answered
    totals = view.totals_text()
    assert "1 of 3 graded" in totals and "0 skipped · 2 not asked" in totals
    assert TREE not in [row.title for row in view.summary.weakest]
    ctx = mock.ctx  # the Weak Topics tab's rule: TREE is not weak
    tree_id = next(q.id for q in ctx.store.questions() if q.title == TREE)
    assert tree_id not in weak_among(ctx.store, [tree_id], ctx.clock.now(), ctx.scheduler)
    mock.show_mock_history()
    assert mock.history_view.rows_text()[0][-1] == "ended early"


def test_a_mock_ended_on_its_first_question_untouched_shows_no_empty_table(
    qtbot, make_window, mock_store, clock
):
    """Nothing answered: the summary showed the table's header over an empty band."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    clock.advance(seconds=8)
    end_with_keys(qtbot, window)
    view = mock.summary_view
    assert view.rows_text() == [] and not view.table.isVisibleTo(view)
    assert "0 of 2 graded" in view.totals_text()
    assert "0 skipped · 2 not asked" in view.totals_text()
    assert mock.start_mock_on([q.id for q in mock_store.questions() if q.title in (TREE, KM)])
    mock.skip_mock_question()
    end_with_keys(qtbot, window)  # one skipped: the table again, with its row
    assert len(view.rows_text()) == 1 and view.table.isVisibleTo(view)


def test_skip_then_end_now_keeps_the_skip(qtbot, make_window, mock_store, clock):
    """The skip action is a choice: its question stays skipped (and weak) when the
    mock is ended on the next one."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, show=True)
    mock = window.controllers["mock"]
    clock.advance(seconds=8)
    mock.skip_mock_question()
    end_with_keys(qtbot, window)
    assert mock.summary_view.rows_text() == [["1", KM, "00:08", "", "skipped", ""]]
    assert "1 skipped · 2 not asked" in mock.summary_view.totals_text()
    assert any("skipped" in reason for reason in weakness_of(window, KM).reasons)


def quit_while_typing(qtbot, window, clock, text: str) -> None:
    type_text(qtbot, text)
    clock.advance(seconds=8)
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)  # quit now
    assert not window.isVisible()


@pytest.mark.parametrize("graded_first", [False, True])
def test_the_offer_to_resume_says_a_typed_draft_is_kept_and_what_leaving_does(
    qtbot, make_window, mock_store, clock, graded_first
):
    """Quit mid-question with an answer typed: the offer said "none of its 2 questions
    answered yet … Leave as abandoned closes it, with nothing answered to keep", not a
    word of the draft that Resume then put back."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    if graded_first:
        window.reveal()
        window.grade(3)
    quit_while_typing(qtbot, window, clock, "a draft answer")
    asked: list[str] = []
    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda _parent, text: asked.append(text) or RESUME) == RESUME
    number = 2 if graded_first else 1
    assert f"what you typed for question {number} is kept as a draft" in asked[0]
    assert f"continues at question {number} with your draft and 01:32 left" in asked[0]
    assert "discards the draft" in asked[0]
    resumed = again.controllers["mock"]
    assert resumed.mock_panel.typed_text() == "a draft answer"


def test_the_offer_to_resume_says_nothing_of_a_draft_when_none_was_typed(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, TREE, show=True)
    clock.advance(seconds=8)
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)
    asked: list[str] = []
    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda _parent, text: asked.append(text) or ABANDON) == ABANDON
    assert "draft" not in asked[0] and "with nothing answered to keep" in asked[0]


def wrapped_lines(text: str, font, width: int) -> list[str]:
    """`text` broken into lines `width` px wide, as a word-wrapped label breaks it."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [" ".join(line.split()) for line in lines]


@pytest.mark.parametrize("seconds", [45, 150])
def test_the_summary_header_never_breaks_a_time_from_its_unit(
    qtbot, make_window, mock_store, clock, seconds
):
    """At 1200 px the subtitle wrapped "0:45 per" / "question"; a tile's caption
    wrapped "1 not" / "asked"."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, seconds=seconds, show=True)
    mock = window.controllers["mock"]
    window.reveal()
    window.grade(3)
    mock.end_mock_now()
    view = mock.summary_view
    per = f"{seconds // 60}:{seconds % 60:02d} per question"
    caption = view.tiles["skipped"][1]
    for label, units in (
        (view.subtitle, (per, "2030-03-01 09:00")),
        (caption, ("2 not asked",)),
    ):
        kept_whole(label, units, 900)


def kept_whole(label, units, up_to: int) -> None:
    """Each of `units` on one line of `label`, at every width it fits on a line."""
    plain = " ".join(label.text().split())
    assert all(unit in plain for unit in units), plain
    widest = max(label.fontMetrics().horizontalAdvance(unit) for unit in units)
    for width in range(widest + 2, up_to, 7):
        lines = wrapped_lines(label.text(), label.font(), width)
        for unit in units:
            assert any(unit in line for line in lines), (width, lines)


def test_the_session_line_over_the_question_wraps_only_between_its_parts(make_window, mock_store):
    """At 800 px the timer panel's line read "… · 2 more" over "after this one"."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, show=True)
    label = window.controllers["mock"].timer_panel.elapsed_label
    kept_whole(label, ("Session 00:00", "01:40 per question", "2 more after this one"), 700)


@pytest.mark.parametrize("over_time", [False, True])
def test_at_800_px_the_summary_gives_empty_columns_room_to_the_titles(
    qtbot, make_window, mock_store, clock, over_time
):
    """At 800 px the Question column was cut ("Which generative A…") beside an empty
    "Over time" and an empty "Coverage", each as wide as its header."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, seconds=60, show=True)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() <= 800)
    mock = window.controllers["mock"]
    clock.advance(seconds=61 if over_time else 4)
    mock.tick_mock()
    if not over_time:
        mock.skip_mock_question()
    mock.end_mock_now()
    view = mock.summary_view
    table = view.table
    shown = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    shown = [name for c, name in enumerate(shown) if not table.isColumnHidden(c)]
    expected = ["#", "Question", "Time", "Over time", "Rating", "Coverage"]
    if not over_time:  # skipped in time: nothing over time, no coverage
        expected = ["#", "Question", "Time", "Rating"]
    else:  # the clock ran out: revealed, so answered, its coverage measured
        assert view.rows_text()[0][3:] == ["over time", "not graded", "0 %"]
    assert shown == expected
    title = table.item(0, 1).text()
    needed = table.fontMetrics().horizontalAdvance(title)
    if not over_time:
        assert table.columnWidth(1) > needed, (table.columnWidth(1), needed)
    assert len(view.rows_text()[0]) == 6  # every column read back, shown or not

"""The note a mock keeps ("what to remember next time", typed after the reveal) is
shown where the person meets the question again: the next mock's reveal of it (a
Retry weak too), the answer pane, the mock's summary from the history, and the
weak-topics report beside the last mock answer. It was saved and shown nowhere."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextCursor

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.weak import weak_report
from studyapp.export.report_html import report_html
from tests.ui.conftest import make_doc
from tests.ui.controllers.test_mock import KM, QUESTIONS, TREE, ids, start

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),
]


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "notes.sqlite3") as s:
        s.import_document(make_doc(QUESTIONS, deck="Mock deck"), str(tmp_path / "m.md"), "h")
        yield s


NOTE = "review batch norm: per mini-batch, <not> per layer"


def noted_mock(window, clock):
    """One mock over KM and TREE: TREE graded Again with NOTE written after its reveal."""
    mock = window.controllers["mock"]
    for rating, note in ((3, ""), (1, NOTE)):
        clock.advance(seconds=10)
        window.reveal()
        mock.mock_panel.note.setText(note)
        window.grade(rating)
    return mock


def test_a_mock_note_shows_again_in_the_retry_the_pane_the_summary_and_the_pdf(
    qtbot, make_window, store, clock
):
    window = start(make_window, store, KM, TREE)
    mock = noted_mock(window, clock)
    session = mock.summary_view.summary.session_id
    summary = mock.summary_view
    assert not summary.notes_list.isHidden()
    assert NOTE in summary.notes_list.text().replace("&lt;", "<").replace("&gt;", ">")
    assert "What is a decision tree?" in summary.notes_list.text()
    # the only note is the list's first, not "2." (its row in the table): the
    # weakest questions just above number their own list the same way
    assert summary.notes_list.text().startswith("1. What is a decision tree?")

    # Retry weak: the question comes again, and its reveal shows the note above the answer
    assert mock.retry_weak_mock()
    assert mock.mock.current().title == TREE
    assert NOTE not in window.answer.browser.toPlainText()  # asking: the answer hidden
    window.reveal()
    shown = window.answer.browser.toPlainText()
    assert NOTE in shown and "Gini impurity" in shown
    assert shown.index(NOTE) < shown.index("Gini impurity")  # read before the answer
    mock.end_mock_now()
    mock.leave_mock_pages()

    # the answer pane, outside a mock
    window.tree.select_question(ids(store, TREE)[0])
    window.reveal()
    assert NOTE in window.answer.browser.toPlainText()
    window.tree.select_question(ids(store, KM)[0])
    window.reveal()
    assert "Your note" not in window.answer.browser.toPlainText()  # no note: none shown

    # the summary from the history
    mock.show_past_mock(session)
    assert NOTE in summary.notes_list.text().replace("&lt;", "<").replace("&gt;", ">")

    # the weak-topics report, beside the last mock answer
    report = weak_report(store, None, clock.now(), SpacedRepetition())
    html, _headers = report_html(report)
    assert "YOUR NOTE FOR NEXT TIME" in html
    assert "review batch norm: per mini-batch, &lt;not&gt; per layer" in html


def test_the_latest_note_is_the_one_shown(qtbot, make_window, store, clock):
    window = start(make_window, store, KM, TREE)
    noted_mock(window, clock)
    mock = window.controllers["mock"]
    mock.leave_mock_pages()
    assert mock.start_mock_on(ids(store, TREE))
    clock.advance(seconds=10)
    window.reveal()
    mock.mock_panel.note.setText("now: normalise activations, then scale and shift")
    window.grade(2)
    assert store.last_mock_note(ids(store, TREE)[0]).text.startswith("now:")
    mock.leave_mock_pages()
    window.tree.select_question(ids(store, TREE)[0])
    window.reveal()
    shown = window.answer.browser.toPlainText()
    assert "now: normalise activations" in shown and "review batch norm" not in shown


def test_the_note_box_starts_its_words_where_the_answer_s_lines_start(
    qtbot, make_window, store, clock
):
    window = start(make_window, store, KM, TREE)
    mock = noted_mock(window, clock)
    mock.leave_mock_pages()
    window.tree.select_question(ids(store, TREE)[0])
    window.reveal()
    browser = window.answer.browser
    shown = browser.toPlainText()

    def left(text: str) -> int:
        cursor = QTextCursor(browser.document())
        cursor.setPosition(shown.index(text))
        return browser.cursorRect(cursor).left()

    # the note's first word was 6 px right of the answer's (the box's padding)
    assert left("Your note from the mock") == left("A decision tree")

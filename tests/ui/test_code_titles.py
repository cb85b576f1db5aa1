"""A question title's inline code, where the window shows it: the tree shows the
author's backticks (it draws plain text), the answer pane draws the code in the code
face. Both read "How does is differ from ==?" before."""

from __future__ import annotations

from studyapp.core.answer_look import TITLE_CODE_STYLE
from studyapp.core.model import ParsedDocument, ParsedQuestion

from .window_helpers import QT_WARNINGS_FAIL, click_question, tree_index

pytestmark = QT_WARNINGS_FAIL

PLAIN = "How does is differ from ==?"
MARKED = "How does `is` differ from `==`?"


def test_a_titles_code_shows_in_the_tree_and_the_answer_pane(qtbot, store, make_window, notes_dir):
    doc = ParsedDocument(
        "Python",
        "markdown",
        [ParsedQuestion(PLAIN, "Identity, not value.", 3, ("Operators",), raw_title=MARKED)],
    )
    store.import_document(doc, str(notes_dir / "python.md"), "hash-py")
    (qid,) = [q.id for q in store.questions() if q.title == PLAIN]
    window = make_window(show=True)

    assert tree_index(window, qid).data() == MARKED
    click_question(qtbot, window, qid)
    code = f'<code style="{TITLE_CODE_STYLE}">'
    assert window.answer.title.text() == f"How does {code}is</code> differ from {code}==</code>?"
    assert window.windowTitle().startswith(PLAIN)  # (a window title is plain text)


def test_a_mock_asks_and_sums_up_a_title_with_its_code(qtbot, store, make_window, notes_dir):
    from studyapp.core.mock import MockSettings, save_settings

    doc = ParsedDocument(
        "Python",
        "markdown",
        [ParsedQuestion(PLAIN, "Identity, not value.", 3, ("Operators",), raw_title=MARKED)],
    )
    store.import_document(doc, str(notes_dir / "python.md"), "hash-py")
    (qid,) = [q.id for q in store.questions() if q.title == PLAIN]
    save_settings(store, MockSettings(seconds_per_question=60))
    window = make_window(show=True)
    mock = window.controllers["mock"]
    assert mock.start_mock_on([qid])
    code = f'<code style="{TITLE_CODE_STYLE}">'
    assert window.answer.title.text() == f"How does {code}is</code> differ from {code}==</code>?"
    window.reveal()
    window.grade(1)
    view = mock.summary_view
    assert view.rows_text()[0][1] == MARKED
    assert f"How does {code}is</code>" in view.weak_list.text()

"""A question whose answer is only labels (a sheet's record-keeping columns:
``#Difficulty/Medium``) says the notes give no answer, its labels still shown under
the message; it showed the labels alone, read as the answer."""

from __future__ import annotations

import pytest

from tests.ui.conftest import make_doc, qid

NO_ANSWER = "Your notes give no answer to this question"


def shown_for(make_window, store, tmp_path, answer: str) -> str:
    """What the pane shows for a question of a sheet whose answer is `answer`."""
    doc = make_doc([("What is a heap kept in?", ("Data",), answer)])
    store.import_document(doc, str(tmp_path / "sheet.csv"), "h")
    window = make_window(store=store)
    window.controllers["browse"].show_question(qid(store, "What is a heap kept in?"))
    return window.answer.browser.toPlainText().replace("\u2060", "")


@pytest.mark.parametrize(
    ("answer", "labels"),
    [
        ("#Difficulty/Medium", ["#Difficulty/Medium"]),
        ("#status/todo, #priority-high\n\n#Graphs", ["#status/todo", "#priority-high", "#Graphs"]),
    ],
)
def test_an_answer_of_labels_alone_says_there_is_no_answer(
    make_window, store, tmp_path, answer, labels
):
    shown = shown_for(make_window, store, tmp_path, answer)
    assert NO_ANSWER in shown
    for label in labels:  # still there, under the message
        assert label in shown
        assert shown.index(label) > shown.index(NO_ANSWER)


def test_an_answer_with_words_beside_its_labels_is_an_answer(make_window, store, tmp_path):
    shown = shown_for(make_window, store, tmp_path, "A tree kept in order. #Difficulty/Medium")
    assert "A tree kept in order." in shown
    assert NO_ANSWER not in shown

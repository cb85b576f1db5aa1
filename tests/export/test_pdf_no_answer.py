"""A weak question whose notes give no answer, as a reader of the PDF sees it: its
title and why it is weak, then nothing, read as an answer lost in the export. It
says so, as the answer pane does (a sheet's labels still shown under the line)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import ensure_gui_app, export_weak_pdf
from tests.history import NOW

NO_ANSWER = "Your notes give no answer to this question."


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _text(tmp_path, answers: list[str]) -> str:
    questions = [
        WeakQuestion(f"q{n}", f"Question {n}?", 0.8, "recall 40 %", answer, None)
        for n, answer in enumerate(answers)
    ]
    topic = WeakTopic(1, "Notes", 0.8, 0.0, questions, 3, 3, 3)
    out = tmp_path / "answers.pdf"
    export_weak_pdf(WeakReport("Deck", 3, 0.1, [topic], NOW, 3), out)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())


@pytest.mark.parametrize("empty", ["", "  \n\n  "])
def test_a_question_without_an_answer_says_so(app, tmp_path, empty):
    text = _text(tmp_path, ["First answer.", empty, "Third answer."])
    assert text.count(NO_ANSWER) == 1
    assert text.index("Question 1?") < text.index(NO_ANSWER) < text.index("Question 2?")


def test_an_answer_of_labels_alone_says_so_its_labels_under_it(app, tmp_path):
    text = _text(tmp_path, ["First answer.", "#Difficulty/Medium #sql", "Third answer."])
    assert text.index("Question 1?") < text.index(NO_ANSWER) < text.index("Medium")
    assert text.count(NO_ANSWER) == 1

"""The weak-topics PDF's headings as a new user read them: questions of one title
("What's the output?") could not be told apart; a title typed in the app kept its
Markdown marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import ensure_gui_app, export_weak_pdf
from studyapp.export.report_html import heading_html
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_questions_of_one_title_are_told_apart_in_their_headings(app, tmp_path):
    same = [
        WeakQuestion("a", "What's the output?", 0.9, "why", "x", None, hint="print(1 / 2)"),
        WeakQuestion("b", "What's the output?", 0.8, "why", "y", None, hint="line 54"),
    ]
    report = WeakReport("Deck", 2, 0.0, [WeakTopic(1, "Quiz", 0.9, 0.0, same, 2, 2, 2)], NOW, 2)
    out = tmp_path / "same.pdf"
    export_weak_pdf(report, out)
    text = " ".join(_pages(out))
    assert "What's the output? — print(1 / 2)" in text
    assert "What's the output? — line 54" in text


def test_a_title_typed_in_the_app_loses_its_marks_in_its_heading():
    typed = WeakQuestion(
        "t",
        "Why **force-push** after a git rebase?",
        0.9,
        "why",
        "x",
        None,
        title_markup="Why **force-push** after a `git rebase`?",
        edited=True,
    )
    html = heading_html(typed)
    assert "**" not in html and "`" not in html
    assert html.startswith("Why force-push after a <code") and "git rebase</code>?" in html

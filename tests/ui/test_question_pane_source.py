"""The question pane is a view: what it shows of a question beyond the question itself
(its card's state and recall, a burial, the note a mock left, its answer's HTML)
comes from the `PaneSource` it is given, not from a store it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.model import Question
from studyapp.core.store import MockNote
from studyapp.ui.question_pane import CardFacts, QuestionPane

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


class FakeCache:
    """An answer cache that renders nothing: each answer is its own words in a <p>."""

    pending = 0
    unfinished = 0

    def html(self, question: Question, theme: str) -> str:
        return f"<p>{question.answer_markdown}</p>"

    def body_html(self, question: Question, theme: str) -> str:
        return ""

    def flush(self) -> bool:
        return True


class FakeSource:
    """Facts given per question id; every read counted."""

    read_only = True

    def __init__(self, facts: dict[str, CardFacts], notes: dict[str, MockNote]) -> None:
        self.facts, self.notes = facts, notes
        self.reads: list[str] = []

    def card_facts(self, question: Question) -> CardFacts:
        self.reads.append("card_facts")
        return self.facts[question.id]

    def last_mock_note(self, qid: str) -> MockNote | None:
        self.reads.append("last_mock_note")
        return self.notes.get(qid)

    def media_folder(self) -> Path:
        return Path("/nowhere")

    def answer_cache(self, base_dir) -> FakeCache:
        return FakeCache()


# (the source's facts of the question, what its header's line ends with)
CASES = [
    (CardFacts("new", "new", False, None), "New"),
    (CardFacts("learned", "review", False, "due in 6 days · 92 % recall now"), "92 % recall now"),
    (CardFacts("due", "relearning", False, "relearning step due in 7 minutes"), "in 7 minutes"),
    (CardFacts("weak", "review", True, None), "Buried until tomorrow"),
]


@pytest.mark.parametrize(("facts", "ends"), CASES)
def test_the_pane_shows_what_its_source_says_of_the_question(make_window, facts, ends):
    window = make_window()
    question = window.model.question(window.model.question_order()[0])
    source = FakeSource({question.id: facts}, {question.id: MockNote("say the base case", 0)})
    pane = QuestionPane(source, window, window.theme)
    pane.stop_idle(for_good=True)
    pane.display(question, reveal=True)
    meta = window.answer.header.meta.text()
    assert meta.endswith(ends), meta
    html = window.answer.answer_html()
    assert "say the base case" in html and question.answer_markdown.split()[0] in html
    assert source.reads == ["card_facts", "last_mock_note"]  # one of each a showing

"""The question pane is a view: what it shows of a question beyond the question itself
(its card's state and recall, a burial, the note a mock left, its answer's HTML)
comes from the `PaneSource` it is given, not from a store it reads; and what it
renders ahead is what its source says has no HTML kept. Each pane here is on a bare
shell (a MainWindow no controller was built on), so nothing else reads the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studyapp.core.model import Question
from studyapp.core.store import MockNote
from studyapp.ui.main_window import MainWindow
from studyapp.ui.question_pane import CardFacts, QuestionPane

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


class FakeCache:
    """An answer cache that renders nothing: each answer is its own words in a <p>,
    its key the answer itself; what is rendered ahead is counted."""

    pending = 0
    unfinished = 0

    def __init__(self) -> None:
        self.ahead: list[str] = []

    def html(self, question: Question, theme: str) -> str:
        return f"<p>{question.answer_markdown}</p>"

    def key(self, question: Question) -> str:
        return question.answer_markdown

    def render_ahead(self, question: Question, theme: str) -> None:
        self.ahead.append(question.id)

    def finish_step(self, theme: str) -> str | None:
        return None

    def clear_memory(self) -> None:
        pass

    def body_html(self, question: Question, theme: str) -> str:
        return ""

    def flush(self) -> bool:
        return True


class FakeSource:
    """Facts given per question id; every read counted."""

    read_only = True

    def __init__(
        self,
        facts: dict[str, CardFacts],
        notes: dict[str, MockNote],
        kept: list[tuple[int, Question, str | None]] = (),
    ) -> None:
        self.facts, self.notes, self.kept = facts, notes, list(kept)
        self.reads: list[str] = []
        self.cache = FakeCache()

    def card_facts(self, question: Question) -> CardFacts:
        self.reads.append("card_facts")
        return self.facts[question.id]

    def last_mock_note(self, qid: str) -> MockNote | None:
        self.reads.append("last_mock_note")
        return self.notes.get(qid)

    def media_folder(self) -> Path:
        return Path("/nowhere")

    def kept_answers(self, theme: str, after: int, limit: int):
        return [row for row in self.kept if row[0] > after][:limit]

    def answer_cache(self, base_dir) -> FakeCache:
        return self.cache


@pytest.fixture
def shell(qtbot, settings_path):
    """A bare window: its views, no controller, no pane."""
    window = MainWindow(settings=QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


class Theme:
    effective = "light"


# (the source's facts of the question, what its header's line ends with)
CASES = [
    (CardFacts("new", "new", False, None), "New"),
    (CardFacts("learned", "review", False, "due in 6 days · 92 % recall now"), "92 % recall now"),
    (CardFacts("due", "relearning", False, "relearning step due in 7 minutes"), "in 7 minutes"),
    (CardFacts("weak", "review", True, None), "Buried until tomorrow"),
]


@pytest.mark.parametrize(("facts", "ends"), CASES)
def test_the_pane_shows_what_its_source_says_of_the_question(shell, store, facts, ends):
    question = store.questions()[0]
    source = FakeSource({question.id: facts}, {question.id: MockNote("say the base case", 0)})
    pane = QuestionPane(source, shell, Theme())
    pane.stop_idle(for_good=True)
    pane.display(question, reveal=True)
    meta = shell.answer.header.meta.text()
    assert meta.endswith(ends), meta
    html = shell.answer.answer_html()
    assert "say the base case" in html and question.answer_markdown.split()[0] in html
    assert source.reads == ["card_facts", "last_mock_note"]  # one of each a showing


def test_the_pane_renders_ahead_what_its_source_says_has_no_html_kept(qtbot, shell, store):
    first, second, third = store.questions()[:3]
    kept = [(1, first, None), (2, second, second.answer_markdown), (3, third, "an older answer")]
    source = FakeSource({}, {}, kept)
    source.read_only = False  # (its answers may be kept)
    pane = QuestionPane(source, shell, Theme())
    pane.wake_idle()
    qtbot.waitUntil(lambda: not pane._idle_held and not pane._idle.isActive(), timeout=5000)
    # None kept, or kept from other Markdown: rendered; the second's is up to date.
    assert source.cache.ahead == [first.id, third.id]

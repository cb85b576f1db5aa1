"""What the window is doing, as one value, and which actions that allows.

`UiState` replaces the mode strings the window used to check everywhere: the mode
(browsing, studying, a mock interview), the tab and page on show, whether this
window may write, and the few facts of the session on screen that decide what a
key may do (a question shown, its answer revealed, an undo possible …).
Controllers change it with `MainWindow.set_state(...)`; `enabled(...)` is a pure
function of it, so the rules are tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple


class Mode(StrEnum):
    BROWSE = "browse"
    STUDY = "study"
    MOCK = "mock"


class Tab(StrEnum):
    QUESTIONS = "questions"
    WEAK = "weak"
    STATS = "stats"


class Page(StrEnum):
    """The pages of the questions tab."""

    ANSWER = "answer"
    SUMMARY = "summary"  # a mock interview's summary
    HISTORY = "history"  # past mock interviews


class MockStep(StrEnum):
    NONE = ""
    ASKING = "asking"  # the answer hidden, the clock running
    REVEALED = "revealed"  # the model answer and key points shown, waiting for a grade


class UiState(NamedTuple):
    mode: Mode = Mode.BROWSE
    tab: Tab = Tab.QUESTIONS
    page: Page = Page.ANSWER
    read_only: bool = False
    on_question: bool = False  # studying: a question is on screen (not "all done")
    revealed: bool = False  # studying: its answer is shown
    question_selected: bool = False  # browsing: the tree's current row is a question
    # ... and that question keeps a text edited in the app apart from its notes'
    question_edited: bool = False
    mock_step: MockStep = MockStep.NONE
    confirming_end: bool = False  # a mock's "end now?" question is open
    summary_has_weak: bool = False  # the mock summary on show has weak questions
    # An import is saving: its one transaction holds the store's write lock for seconds
    # (a big file's), and a grade meanwhile froze the window until it was saved.
    saving_import: bool = False
    # Browsing while a study session waits (a row of the tree clicked in it): its queue,
    # counts and undo kept; Space goes back to it, Esc ends it.
    session_paused: bool = False


# --- predicates: each action's "enabled when" -----------------------------------------


def always(_state: UiState) -> bool:
    return True


def _on_questions(s: UiState) -> bool:
    return s.tab is Tab.QUESTIONS


def _studying_here(s: UiState) -> bool:
    """Studying, with the questions tab on show (elsewhere a session waits)."""
    return s.mode is Mode.STUDY and _on_questions(s)


def _mock_step(s: UiState) -> MockStep:
    if s.mode is not Mode.MOCK or s.confirming_end:
        return MockStep.NONE
    return s.mock_step


def _may_write(s: UiState) -> bool:
    """This window writes, and no import's save holds the store meanwhile."""
    return not s.read_only and not s.saving_import


def can_reveal(s: UiState) -> bool:
    studying = _studying_here(s) and s.on_question
    return (studying and not s.revealed) or _mock_step(s) is MockStep.ASKING


def can_grade(s: UiState) -> bool:
    studying = _studying_here(s) and s.on_question and s.revealed
    return (studying or _mock_step(s) is MockStep.REVEALED) and not s.saving_import


def can_answer_good(s: UiState) -> bool:
    """Space on a revealed question of a session or a mock: Good, as in Anki (in a
    mock's note or key points, Space types or ticks: those boxes keep it)."""
    studying = _studying_here(s) and s.on_question and s.revealed
    return (studying or _mock_step(s) is MockStep.REVEALED) and not s.saving_import


def can_bury(s: UiState) -> bool:
    """Bury ("-"): the question on screen in a session, or the one selected while
    browsing the questions. Not with a topic or deck selected: "-" is then the
    tree's, and collapses it (a disabled action leaves its key to the focus)."""
    return _may_write(s) and _question_on_screen(s)


def can_flag(s: UiState) -> bool:
    """Anki's flags (Ctrl+1–7): the question on screen in a session or selected while
    browsing, as Bury. Never in a mock, where Ctrl+1–4 grade."""
    return _may_write(s) and _question_on_screen(s)


def _question_on_screen(s: UiState) -> bool:
    """A question on the answer page: a session's, or the one selected while browsing."""
    studying = _studying_here(s) and s.on_question
    browsing = (
        s.mode is Mode.BROWSE and _on_questions(s) and s.page is Page.ANSWER and s.question_selected
    )
    return studying or browsing


def can_take_notes_text(s: UiState) -> bool:
    """Use the Notes' Text: the question selected while browsing keeps an edit made in
    the app (its notes could not take it), which this drops for the notes' text."""
    return can_write(s) and s.mode is Mode.BROWSE and s.question_selected and s.question_edited


def can_undo(s: UiState) -> bool:
    """Ctrl+Z in a session: always, to take back the most recent step or say there is
    none (it was off with no grade of the session's own, and said nothing)."""
    return _studying_here(s) and not s.saving_import


def can_stop_study(s: UiState) -> bool:
    """Esc: ends the session on show, or the one paused while browsing the questions
    (on another page Esc goes back from it: `can_go_back`)."""
    return _studying_here(s) or (_paused_here(s) and s.page is Page.ANSWER)


def _paused_here(s: UiState) -> bool:
    """Browsing the questions while a study session waits (`session_paused`)."""
    return s.mode is Mode.BROWSE and s.session_paused and _on_questions(s)


def can_resume(s: UiState) -> bool:
    """Space while a session is paused (browsing): back to it, where it was."""
    return _paused_here(s) and s.page is Page.ANSWER and not s.saving_import


def key_mode(s: UiState) -> Mode:
    """Whose keys the actions hold: a mock's, a session's (its extra keys, Anki's E and
    @, only while its question is on show: E typed elsewhere edits nothing), or
    browsing's."""
    if s.mode is Mode.STUDY and not (_studying_here(s) and s.on_question):
        return Mode.BROWSE
    return s.mode


def _on_page(s: UiState) -> bool:
    """Away from the answer page: another tab, or a mock's summary or history."""
    return not _on_questions(s) or s.page is not Page.ANSWER


def can_step(s: UiState) -> bool:
    return s.mode is Mode.BROWSE and not _on_page(s)


def in_mock(s: UiState) -> bool:
    return s.mode is Mode.MOCK


def mock_running(s: UiState) -> bool:
    """Pause and skip: a mock on, its "end now?" question not open."""
    return s.mode is Mode.MOCK and not s.confirming_end


def can_retry_weak(s: UiState) -> bool:
    """Ctrl+R on a summary: a new mock, which writes (not in a read-only window)."""
    return (
        s.mode is not Mode.MOCK and s.page is Page.SUMMARY and s.summary_has_weak and _may_write(s)
    )


def can_go_back(s: UiState) -> bool:
    return _on_page(s) and s.mode is not Mode.MOCK and not _studying_here(s)


def not_in_mock(s: UiState) -> bool:
    return s.mode is not Mode.MOCK


def can_write(s: UiState) -> bool:
    """Actions that write (study, import, edit): not during a mock, not read-only, not
    while an import is saved."""
    return s.mode is not Mode.MOCK and _may_write(s)


Predicate = Callable[[UiState], bool]


def enabled(rules: dict[str, Predicate], state: UiState) -> dict[str, bool]:
    """Action id → enabled, for `state` (pure: no widget involved)."""
    return {action_id: rule(state) for action_id, rule in rules.items()}


def refused_read_only(rules: dict[str, Predicate], state: UiState) -> set[str]:
    """The actions disabled in `state` only because the window is read-only: the
    same state in a writing window would enable them. Their keys say why instead of
    doing nothing (a disabled action's key reaches nothing)."""
    if not state.read_only:
        return set()
    writable = state._replace(read_only=False)
    return {action_id for action_id, rule in rules.items() if not rule(state) and rule(writable)}


def refused_while_saving(rules: dict[str, Predicate], state: UiState) -> set[str]:
    """The actions disabled in `state` only because an import is being saved: their
    keys say they wait for it, as a read-only window's say why (`refused_read_only`)."""
    if not state.saving_import:
        return set()
    free = state._replace(saving_import=False)
    return {action_id for action_id, rule in rules.items() if not rule(state) and rule(free)}

"""A quiz card's body (core.question_body) as a person meets it: in a study session
and in a mock the code and options show with the title while the answer is hidden
(before, only the title showed: "What's the output?" could not be answered), the
answer stays hidden, and a mock's key points come from the answer, not the code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from studyapp.core.store import Store
from tests.ui.conftest import make_doc
from tests.ui.controllers.test_mock import press, start, type_text
from tests.ui.window_helpers import QT_WARNINGS_FAIL

pytestmark = [*QT_WARNINGS_FAIL, pytest.mark.usefixtures("no_voice")]  # no voice probe

CTRL = Qt.KeyboardModifier.ControlModifier
OUTPUT = """\
```javascript
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 1);
}
```

- A: `0 1 2`
- B: `3 3 3`

#### Answer: B

Because of the **event queue**, the callback runs after the **loop** ends.
"""
# The second shape of the kind: a scenario over a bold label, no code.
SCENARIO = (
    "Your table of orders has duplicate rows after a retry storm.\n\n"
    "**Solution:** delete with a **window function**, keeping the first **row number**."
)
PLAIN = "A **process** owns its memory; a **thread** shares it."
QUESTIONS = (
    ("What's the output?", ("JS",), OUTPUT),
    ("How do you remove the duplicates?", ("SQL",), SCENARIO),
    ("Process or thread?", ("OS",), PLAIN),
)
OUT, DUPES, PROC = (title for title, _, _ in QUESTIONS)


@pytest.fixture
def quiz_store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "quiz.sqlite3") as s:
        s.import_document(make_doc(QUESTIONS, deck="Quiz"), str(tmp_path / "q.md"), "h")
        yield s


def hidden_face(window) -> tuple[str, str]:
    """(the question body shown over the prompt, as plain text; the prompt)."""
    answer = window.answer
    assert not answer.is_answer_visible()
    body = answer.body
    text = body.toPlainText() if body is not None and body.isVisible() else ""
    return text, answer.hidden_label.text()


def study(window, store) -> None:
    """ "Study these" over the three questions, in their order."""
    by_title = {q.title: q.id for q in store.questions()}
    assert window.controllers["study"].start_study_on([by_title[t] for t in (OUT, DUPES, PROC)])
    assert window.mode == "study"


def test_a_study_card_shows_its_code_and_options_before_the_answer(qtbot, make_window, quiz_store):
    window = make_window(store=quiz_store, show=True)
    study(window, quiz_store)
    seen, prompt_points = {}, {}
    for _ in QUESTIONS:
        title = window.model.question(window.current_qid).title
        seen[title] = hidden_face(window)
        prompt_points[title] = window.answer.hidden_label.font().pointSizeF()
        press(qtbot, window, Qt.Key.Key_Space)  # reveal
        assert window.answer.is_answer_visible()
        press(qtbot, window, Qt.Key.Key_4)  # Easy: the next card
    body, prompt = seen[OUT]
    assert "setTimeout" in body and "A: 0 1 2" in body and "B: 3 3 3" in body
    assert "Answer" not in body and "event queue" not in body  # the answer stays hidden
    assert "press <b>Space</b>" in prompt
    body, _ = seen[DUPES]
    assert body == "Your table of orders has duplicate rows after a retry storm."
    assert seen[PROC][0] == ""  # no body: the prompt alone, as before
    # Under a body the prompt is in the text's type (the body needs the room); alone,
    # in its large type.
    assert prompt_points[OUT] == prompt_points[DUPES] < prompt_points[PROC]


def test_a_mock_shows_the_body_while_asking_and_takes_key_points_from_the_answer(
    qtbot, make_window, quiz_store, clock
):
    window = start(make_window, quiz_store, OUT, DUPES)
    mock = window.controllers["mock"]
    body, prompt = hidden_face(window)
    assert "Ctrl+Enter" in prompt
    assert "setTimeout" in body and "B: 3 3 3" in body and "event queue" not in body
    # Paused: the body is out of sight with the answer.
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert mock.mock.paused
    assert hidden_face(window)[0] == ""
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert not mock.mock.paused
    assert "setTimeout" in hidden_face(window)[0]
    type_text(qtbot, "B, the event queue runs them after the loop")
    clock.advance(seconds=20)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal
    assert window.answer.is_answer_visible()
    assert "setTimeout" in window.answer.browser.toPlainText()  # the whole card shows
    points = mock.mock_panel
    said = [points.points.item(i).text() for i in range(points.points.count())]
    assert said and all("javascript" not in p.lower() for p in said)
    assert "event queue" in [p.lower() for p in said]
    # The right option is the first point, said by its letter ("B, …").
    assert said[0] == "B: 3 3 3" and points.ticks()[0]
    press(qtbot, window, Qt.Key.Key_3)  # grade: the next question, with its body
    body, _ = hidden_face(window)
    assert body == "Your table of orders has duplicate rows after a retry storm."
    type_text(qtbot, "a window function numbers the rows; delete all but the first")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    # Its points are the solution's: the scenario's "duplicate rows" is the question.
    said = [points.points.item(i).text() for i in range(points.points.count())]
    assert said == ["window function", "row number"]


# Another quiz card of the kind: a scenario and six options, no code.
SIX_OPTIONS = (
    "A service logs every request twice after a deploy. Which change caused it?\n\n"
    + "".join(
        f"- {letter}: the {what}\n"
        for letter, what in zip(
            "ABCDEF",
            (
                "retry middleware added in front of the logger",
                "second handler attached to the root logger",
                "load balancer health checks now logged",
                "log level lowered from WARNING to INFO",
                "sidecar that copies stdout to the collector",
                "request id no longer deduplicated downstream",
            ),
            strict=True,
        )
    )
    + "\n**Answer:** B, a second **handler** on the **root logger**.\n"
)


@pytest.fixture
def card_store(request, tmp_path) -> Iterator[Store]:
    """A store of a quiz card (the test's parameter) and a plain question."""
    questions = (("Which is it?", ("Quiz",), request.param), (PROC, ("OS",), PLAIN))
    with Store.open(tmp_path / "cards.sqlite3") as s:
        s.import_document(make_doc(questions, deck="Cards"), str(tmp_path / "c.md"), "h")
        yield s


@pytest.mark.parametrize(
    ("size", "card_store"),
    [((1366, 698), OUTPUT), ((1280, 650), SIX_OPTIONS)],
    ids=["1366x768 code and options", "1280x720 six options"],
    indirect=["card_store"],
)
def test_a_mock_gives_a_quiz_card_s_body_the_room_to_show_whole(
    qtbot, make_window, card_store, size
):
    """On a 768-px-high screen the typing box kept its share of the page (3 to the
    answer's 2) and the body's box scrolled: its last options were out of sight. The
    body now shows whole, the typing box keeps a few lines, and a question without
    a body gives the typing box its room back."""
    window = start(make_window, card_store, "Which is it?", PROC)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    body, typed = window.answer.body, window.controllers["mock"].mock_panel.typed

    def whole() -> bool:
        window.layout().activate()
        return body.verticalScrollBar().maximum() == 0

    qtbot.waitUntil(whole)
    assert body.viewport().height() >= body.document().size().height()
    lines = typed.viewport().height() / typed.fontMetrics().lineSpacing()
    assert lines >= 4
    quiz_box = typed.height()
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal
    press(qtbot, window, Qt.Key.Key_3)  # the next question: no body
    assert not window.answer.body.isVisible()
    qtbot.waitUntil(lambda: typed.height() > quiz_box + 40)

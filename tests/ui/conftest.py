"""Widget-test fixtures: a temporary store with a small deck, settings in tmp_path,
a fake clock, scripted messages and a window factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QUrl
from PySide6.QtWidgets import QApplication

from studyapp.app import create_window
from studyapp.core.clock import FakeClock
from studyapp.core.importer import import_default_deck
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from studyapp.ui.main_window import MainWindow
from studyapp.ui.messages import Messages
from tests.helpers.fake_voice import FakeVoiceKit
from tests.history import STRONG, WEAK, record

T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)

RICH_ANSWER = """\
Gradient descent moves **against** the gradient.

| optimizer | momentum |
| --- | --- |
| SGD | no |
| Adam | yes |

```python
for step in range(10):
    w -= lr * grad(w)
```

> Small steps, many times. 🚀

- one
- two
"""

EVIL_ANSWER = """\
Before <script>alert('owned')</script> after.

<img src="x.png" onerror="alert('img')">

[click me](javascript:alert('link'))

![tracker](https://example.com/pixel.png)

[safe link](https://example.org/docs)
"""

QUESTIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("What is gradient descent?", ("Optimization",), RICH_ANSWER),
    ("What is a learning rate?", ("Optimization",), "The step size of each update."),
    ("What is momentum?", ("Optimization", "Variants"), "A running average of gradients."),
    ("What is a p-value?", ("Statistics",), "The chance of data this extreme under H0."),
    ("What is bias-variance?", ("Statistics",), "Error from assumptions vs from noise."),
    ("Is this answer safe?", ("Security",), EVIL_ANSWER),
)


def make_doc(questions=QUESTIONS, deck: str = "Interview") -> ParsedDocument:
    return ParsedDocument(
        deck_name=deck,
        format="markdown",
        questions=[
            ParsedQuestion(title, answer, line * 10, path)
            for line, (title, path, answer) in enumerate(questions, start=1)
        ],
        has_sections=True,
    )


class DeferredPool:
    """A thread pool that holds its tasks until the test runs them (`tasks`), so a
    cancel or a window closing can come first."""

    def __init__(self) -> None:
        self.tasks: list = []

    def start(self, task) -> None:
        self.tasks.append(task)

    def activeThreadCount(self) -> int:  # held tasks are under way
        return len(self.tasks)


class ScriptedMessages(Messages):
    """Records what would be shown and answers questions from a script: no dialogs."""

    def __init__(self) -> None:
        super().__init__(None)
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.answers: list[Any] = []
        self.preselected: list[str] = []  # what each choice list had chosen on opening
        self.asked: list[tuple[str, str]] = []  # (title, label) of each text asked for
        self.actions: dict[str, tuple[Any, Any]] = {}  # a notice's title → (button, work)

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def reference(self, title: str, text: str) -> None:
        self.shown.append(("reference", title, text))

    def crash(self, summary: str, details: str) -> None:
        self.shown.append(("crash", summary, details))

    def notice(
        self, title: str, text: str, action: Any = None, on_action: Any = None, *, wait=False
    ) -> None:
        """A notice that stops nothing: recorded, its button's work kept (`actions`)."""
        self.shown.append(("notice", title, text))
        self.actions[title] = (action, on_action)

    def confirm(
        self,
        title: str,
        headline: str,
        text: str,
        action: str,
        *,
        until: Any = None,
        cancel: str = "Cancel",
        over: Any = None,
        keeps: bool = False,
    ) -> bool | None:
        """The next scripted answer; a callable one runs while the question is open
        (what happens meanwhile) and gives the answer, unless `until` fired meanwhile:
        then the question was withdrawn (None), as Messages.confirm does."""
        self.shown.append(("confirm", title, headline))
        answer = self.answers.pop(0)
        if not callable(answer):
            return bool(answer)
        fired: list[bool] = []

        def withdraw(*_args: object) -> None:
            fired.append(True)

        if until is not None:
            until.connect(withdraw)
        try:
            answer = answer()
        finally:
            if until is not None:
                until.disconnect(withdraw)
        return None if fired else bool(answer)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append((title, label))
        return self.answers.pop(0)

    def ask_choice(
        self, title: str, label: str, choices: list[str], current: int = 0
    ) -> int | None:
        self.preselected.append(choices[current])
        answer = self.answers.pop(0)
        return choices.index(answer) if isinstance(answer, str) else answer

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]


def settled(qtbot, view):
    """A Weak Topics or Statistics view once the figures it asked for have come (the
    window computes them on another thread, after the tab is on screen)."""
    assert view is not None
    qtbot.waitUntil(lambda: not view.waiting)
    return view


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path):
    """Default-constructed QSettings (app.run) write under tmp_path, not the user's home."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def notes_dir(tmp_path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    return folder


@pytest.fixture
def store(store_path, notes_dir) -> Iterator[Store]:
    with Store.open(store_path) as s:
        s.import_document(make_doc(), str(notes_dir / "interview.md"), "hash-1")
        yield s


@pytest.fixture
def default_store(tmp_path) -> Iterator[Store]:
    """A store with the deck the app brings (a first start's sample deck)."""
    with Store.open(tmp_path / "default.sqlite3") as s:
        import_default_deck(s)
        yield s


@pytest.fixture
def no_voice(monkeypatch):
    """No voice and no microphone: the real probe would load Qt's voice plug-ins. (A
    mock's tests take it for every test: `pytest.mark.usefixtures("no_voice")`.)"""
    monkeypatch.setattr("studyapp.ui.controllers.mock.qt_voice_kit", FakeVoiceKit)


@pytest.fixture
def studied(store, clock) -> Store:
    """The test deck with a history: weak, p-value (the weakest), bias-variance and
    learning rate; strong, gradient descent and the answer that is safe. By topic,
    Statistics: two weak of two; Optimization: one weak, one strong; Security: strong.
    (The statistics' tests keep their own, with mock interviews in it.)"""
    now = clock.now()
    for title in ("What is a p-value?", "What is bias-variance?", "What is a learning rate?"):
        record(store, qid(store, title), WEAK, now)
    record(store, qid(store, "What is a p-value?"), ((0.5, 1),), now)  # the weakest
    record(store, qid(store, "What is gradient descent?"), STRONG, now)
    record(store, qid(store, "Is this answer safe?"), STRONG, now)
    return store


@pytest.fixture
def settings_path(tmp_path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def opened_urls() -> list[str]:
    return []


def let_dialogs_go(window: MainWindow) -> None:
    """The test is over: the dialogs it left open go without asking (closing the window
    closes them as their close buttons would, and an unsaved edit would ask)."""
    from studyapp.ui.own_windows import open_windows

    for widget in open_windows(window):
        widget.hide()


@pytest.fixture
def make_window(
    qtbot, store, settings_path, clock, opened_urls
) -> Iterator[Callable[..., MainWindow]]:
    """Builds windows on the test's store; closes them before the store closes."""
    windows: list[MainWindow] = []

    def make(*, show: bool = False, **kwargs: Any) -> MainWindow:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        kwargs.setdefault("messages", ScriptedMessages())
        kwargs.setdefault("clock", clock)
        window = create_window(
            kwargs.pop("store", store),
            settings,
            open_url=lambda url: opened_urls.append(QUrl(url).toString()),
            **kwargs,
        )
        qtbot.addWidget(window, before_close_func=let_dialogs_go)
        windows.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()  # shortcuts need the active window
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield make
    for window in windows:
        window.close()
    QThreadPool.globalInstance().waitForDone(5000)


def qid(store: Store, title: str) -> str:
    return next(q.id for q in store.questions() if q.title == title)


def topic_id(store: Store, name: str) -> int:
    deck = store.decks()[0]
    return next(t.id for t in store.topics(deck.id) if t.name == name)

"""The search field above the tree: debounced, so typing never waits for a query.

Each keystroke only restarts a 150 ms single-shot timer; when typing pauses,
`search_requested` carries the text (empty: the search was cleared). Escape
clears the field and hands focus back to the tree at once, so the browsing keys
(j, k, Space) are the tree's again; Down/Enter move into the results.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from studyapp.ui.theme import mute

DEBOUNCE_MS = 150


def _field_key(event: QKeyEvent) -> bool:
    """Esc, or Enter alone (Ctrl+Enter still reveals from here, as everywhere)."""
    if event.key() == Qt.Key.Key_Escape:
        return True
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    alone = modifiers == Qt.KeyboardModifier.NoModifier
    return alone and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchBar(QWidget):
    search_requested = Signal(str)
    leave_requested = Signal()  # Escape, Down or Enter: focus back to the tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText("Search titles and answers   Ctrl+F")
        # Anki's browser terms (core.search_terms), which no placeholder has room for.
        self.field.setToolTip(
            "Words of titles and answers, and Anki's terms: flag:1 … flag:7 for a flag's"
            " questions (1 red, 2 orange, 3 green, 4 blue), is:flagged for any flag;"
            " tag:NAME for a tag's questions (tag:Difficulty finds Difficulty::Hard);"
            " deck:NAME for a deck's (deck:Backend::Networking for a topic, deck:Back*);"
            " is:due, is:new, is:learn, is:review, is:suspended, is:buried;"
            " -term or -word leaves those out; or finds either side, and both (as a"
            " space does), brackets group: (is:new or is:due) and deck:Backend, -(tcp or udp)"
        )
        self.field.installEventFilter(self)
        self.count = QLabel()
        mute(self.count)
        self.count.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self.field.textEdited.connect(self._on_edited)
        self.field.textChanged.connect(self._on_changed)
        self._last = ""

    def text(self) -> str:
        return self.field.text().strip()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()
        self.flush()

    def flush(self) -> None:
        """Run the pending search now (the timer's job, or when leaving the field)."""
        self.timer.stop()
        text = self.text()
        if text != self._last:
            self._last = text
            self.search_requested.emit(text)

    def not_understood(self, problems: Iterable[str]) -> None:
        """A search not understood (often one half typed): said quietly, the why in the
        label's tip, while the results of the last search understood stay listed."""
        self.count.setText("not understood")
        self.count.setToolTip("\n".join(problems))
        self.count.show()

    def set_count(self, shown: int | None, total: int | None = None, ranked: bool = True) -> None:
        """'12 found', or '300 best of 2500' when only the best matches are listed;
        'first 300 of 2500' when nothing ranks them (terms alone: "is:new"), those
        listed being the first in the tree."""
        if shown is None:
            self.count.hide()
            return
        cut = total is not None and total > shown
        if shown == 0:
            text = "no match"
        elif cut:
            text = f"{shown} best of {total}" if ranked else f"first {shown} of {total}"
        else:
            text = f"{shown} found"
        self.count.setText(text)
        tip = "Type more words to narrow the search"
        if not ranked:
            tip = (
                f"The first {shown} in the tree are listed. Add words or terms to narrow the search"
            )
        self.count.setToolTip(tip if cut else "")
        self.count.show()

    def _on_edited(self, _text: str) -> None:
        self.timer.start()

    def _on_changed(self, text: str) -> None:
        # The clear button only shows on text; enabling it loads the style's icon
        # (8 ms), so that waits for the first text instead of delaying start-up.
        if text and not self.field.isClearButtonEnabled():
            self.field.setClearButtonEnabled(True)
            # Its ⊗ clears as Esc does, and leaves the field as Esc does: a Space
            # typed next (resume a paused session) is the tree's, not a space typed
            # into the field. (Qt's own name for the button's action.)
            button = self.field.findChild(QAction, "_q_qlineeditclearaction")
            if button is not None:
                button.triggered.connect(
                    self.leave_requested.emit, Qt.ConnectionType.QueuedConnection
                )
        # The clear button and programmatic clears do not emit textEdited.
        if not text:
            self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _field_key(event)
        ):
            # Esc and Enter here are the field's (clear it, then leave it; into the
            # results), not the window's actions on the same keys (stop studying, go
            # back; reveal, grade Good): taken before they fire.
            event.accept()
            return True
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:
                # One press: a person who cleared a search goes back to browsing, and
                # a key typed next ("j") must not start a new search.
                if self.field.text():
                    self.clear()
                self.leave_requested.emit()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                self.leave_requested.emit()
                return True
        return super().eventFilter(watched, event)

"""Study → Mock Interview…: the set-up dialog.

Topics in a checkable tree (a deck or a parent checks all below it), the number of
questions, the time per question, the order (weakest first, due first, random) and
whether grades count as reviews. It opens on the last choices (core.mock
load_settings), or on the deck or topic selected in the window's tree, and returns a
`MockSettings`; `MockSession.create` remembers them. When grades count as reviews, the
count of what it can ask leaves out the new questions past today's new-question limit
(core.mock_choice), and says so.
Keyboard: the tree has the focus (arrows move, Space ticks), Tab walks the fields,
Enter starts.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import capitalized, every, plural
from studyapp.core.mock import ORDERS, MockSettings
from studyapp.core.mock_duration import reading
from studyapp.core.model import Deck, Topic
from studyapp.ui.duration_box import DurationBox
from studyapp.ui.screen_fit import fitted_layout
from studyapp.ui.steady_note import SteadyNote
from studyapp.ui.theme import mute

if TYPE_CHECKING:
    from studyapp.ui.mock_voice import VoiceChoice
    from studyapp.ui.voice import VoiceSupport

ORDER_LABELS = {
    "weakest": "Weakest first",
    "due": "Due first",
    "random": "Random",
}
ORDER_TIPS = {
    "weakest": "Questions you rated Again or Hard, then weak and unseen ones",
    "due": "Questions due for review, then unseen ones",
    "random": "A random sample of the chosen topics",
}
MIN_SECONDS, MAX_SECONDS = 10, 59 * 60 + 59
MAX_COUNT = 200
FIELD_NOTE_WIDTH = 360  # px: the lines under a field wrap at about the column's width
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # questions under the item, sub-topics included
NEW_ROLE = Qt.ItemDataRole.UserRole + 3  # of them, never studied


def voice_words(voice: VoiceSupport) -> tuple[str, str]:
    """The set-up's line on spoken answers where they cannot work here, in a person's
    words, and its tooltip (the fix). Without the voice add-on the line says only that;
    the install command (this install's Python, but no path to it) is in the tooltip
    and the README's "Spoken mocks"."""
    import sys

    from studyapp.ui.mock_voice import offer_text
    from studyapp.ui.voice import EXTRA_HINT, LINUX_HINT

    if EXTRA_HINT in voice.problems:
        import PySide6

        tip = (
            "To add it: quit StudyApp, install Qt's add-ons with the pip of the Python "
            f'StudyApp runs on (pip install "PySide6-Addons=={PySide6.__version__}"), then '
            'start StudyApp again. The README\'s "Spoken mocks" tells more.'
        )
        if sys.platform.startswith("linux"):
            tip += f" {LINUX_HINT}"
        return "Spoken answers need the voice add-on, which is not installed here.", tip
    if any(problem.startswith("Spoken mocks need a system library") for problem in voice.problems):
        return "Spoken answers need a sound library that is not installed here.", voice.message
    return (offer_text(voice) if not voice.any else voice.message), voice.message


WHY_LINK = "why"


def voice_line(voice: VoiceSupport) -> str:
    """The set-up's one line where spoken answers cannot (all) work here, with a "why?"
    link to the full words (`voice_words`). Everyone saw three lines of what to
    install, a sudo command among them, though most never asked for voice."""
    if not voice.any:
        what = "Voice"
    elif not voice.speech:
        what = "Reading questions aloud"
    else:
        what = "Answering aloud"
    return f'{what}: not available here (<a href="{WHY_LINK}">why?</a>)'


def voice_explained(voice: VoiceSupport) -> str:
    """The full words behind `voice_line`: what is missing and how to add it."""
    text, tip = voice_words(voice)
    return text if tip in text else f"{text} {tip}"


class WhyLine(QLabel):
    """A line with a "why?" link that Enter or Space follows once Tab has reached it (a
    label lets Enter through: it started the mock)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self.textFormat() != Qt.TextFormat.PlainText:
            self.linkActivated.emit(WHY_LINK)
            return
        super().keyPressEvent(event)


class MockSetupDialog(QDialog):
    """Choose what a mock interview asks and how long each question gets."""

    def __init__(
        self,
        decks: Iterable[Deck],
        topics: dict[int, list[Topic]],
        counts: Counter[int],
        settings: MockSettings,
        parent: QWidget | None = None,
        *,
        voice: VoiceSupport | None = None,
        voice_choice: VoiceChoice | None = None,
        new_counts: Counter[int] | None = None,
        new_left: Mapping[int, int | None] | None = None,
    ) -> None:
        """decks with their topics (store.topics order), question counts per topic id
        (direct questions only), and the settings to start from. `voice`: what spoken
        mocks can do here (None: not asked); `voice_choice`: the last choice.
        `new_counts`: of the counts, the never-studied ones per topic; `new_left`:
        deck id → new questions today still allows (None: no limit)."""
        super().__init__(parent)
        self.setWindowTitle("Mock interview")
        self._settings = settings
        self._direct = counts
        self._new = new_counts or Counter()
        self._new_left = dict(new_left or {})
        # The tree's row selected when the dialog opened, and its deck (ui.mock_start)
        self.opened_on: tuple[tuple[int, int | str], int] | None = None

        intro = QLabel(
            "Each question is asked with a countdown and its answer hidden. Type or "
            "outline your answer, reveal the model answer (or let the time run out), "
            "then grade yourself."
        )
        intro.setWordWrap(True)
        mute(intro)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName("Topics")
        self._fill(list(decks), topics)
        # A tick runs down to every sub-topic and up to the deck, a change each: the
        # questions ticked are counted once they are all made (a deck of 3,000 topics
        # ticked by hand counted 6,000 times, each count over all 3,000).
        self._recount = QTimer(self, singleShot=True, interval=0)
        self._recount.timeout.connect(self._update_available)
        self.tree.itemChanged.connect(lambda *_: self._recount.start())

        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setAccessibleName("Number of questions")
        self.count.valueChanged.connect(lambda *_: self._update_available())
        self.available = SteadyNote(_longest_availability())
        mute(self.available)

        self.time = DurationBox(MIN_SECONDS, MAX_SECONDS)
        self.time.setAccessibleName("Time per question (minutes:seconds)")
        # how a time being typed reads ("= 1 min 30 s"), or why it is none yet; its line
        # is there, empty, while nothing is being typed
        self.time_reading = SteadyNote(_longest_readings())
        mute(self.time_reading)
        self.time.reading_changed.connect(self._show_reading)

        self.order = QComboBox()
        for i, order in enumerate(ORDERS):
            self.order.addItem(ORDER_LABELS[order], order)
            self.order.setItemData(i, ORDER_TIPS[order], Qt.ItemDataRole.ToolTipRole)

        self.counts_as_review = QCheckBox("Count each grade as a review for spaced repetition")
        self.counts_as_review.toggled.connect(lambda *_: self._update_available())

        for note in (self.available, self.time_reading):  # a sentence: wrapped in the column
            note.setMinimumWidth(FIELD_NOTE_WIDTH)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("&Questions:", self.count)
        form.addRow("", self.available)
        form.addRow("&Time per question:", self.time)
        form.addRow("", self.time_reading)
        form.addRow("&Order:", self.order)
        form.addRow("", self.counts_as_review)
        self.voice_note = self._add_voice_rows(form, voice, voice_choice)

        topics_label = QLabel("T&opics:")
        topics_label.setBuddy(self.tree)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText("Start mock interview")
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(topics_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        if self.voice_note is not None:  # the whole width: a sentence or two
            layout.addWidget(self.voice_note)
        # On a short screen the fields scroll; Start and Cancel stay in sight.
        self.scroll = fitted_layout(self, body, self.buttons, QSize(520, 560))

        self.set_settings(settings)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- spoken mock ----------------------------------------------------------------------

    def _add_voice_rows(
        self, form: QFormLayout, voice: VoiceSupport | None, choice: VoiceChoice | None
    ) -> QLabel | None:
        """Read questions aloud where there is a voice, Answer aloud where there is a
        microphone; where either is missing, returns a line that says why and the fix."""
        self.read_aloud: QCheckBox | None = None
        self.answer_aloud: QCheckBox | None = None
        if voice is None:
            return None
        if voice.speech:
            self.read_aloud = QCheckBox("&Read questions aloud")
            self.read_aloud.setToolTip(f"The interviewer reads each question ({voice.engine}).")
            self.read_aloud.setChecked(bool(choice and choice.read_aloud))
            form.addRow("Spoken:", self.read_aloud)
        if voice.recording:
            self.answer_aloud = QCheckBox("&Answer aloud: record while the clock runs")
            self.answer_aloud.setToolTip(
                "Your spoken answer is kept with the mock and plays back after the reveal "
                "and on the summary. The microphone is chosen in Preferences."
            )
            self.answer_aloud.setChecked(bool(choice and choice.answer_aloud))
            form.addRow("" if voice.speech else "Spoken:", self.answer_aloud)
        if not voice.message:
            return None
        note = WhyLine(voice_line(voice))
        note.setWordWrap(True)
        note.setToolTip(voice_explained(voice))
        note.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        note.linkActivated.connect(lambda _link: self._explain_voice(note, voice))
        mute(note)
        return note

    @staticmethod
    def _explain_voice(note: QLabel, voice: VoiceSupport) -> None:
        """The person reached for voice ("why?"): the full words, selectable, so the
        install command can be copied. The focus stays on it (it went on to Cancel,
        which the next Enter pressed)."""
        had_focus = note.hasFocus()
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setText(voice_explained(voice))
        note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        if had_focus:
            note.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_reading(self, text: str) -> None:
        self.time_reading.setText(text)
        self._update_available()  # Start waits while the time typed is none

    def voice_choice(self) -> VoiceChoice:
        """The spoken-mock options as ticked (off where they are not offered)."""
        from studyapp.ui.mock_voice import VoiceChoice

        return VoiceChoice(
            read_aloud=self.read_aloud is not None and self.read_aloud.isChecked(),
            answer_aloud=self.answer_aloud is not None and self.answer_aloud.isChecked(),
        )

    # --- the topic tree ------------------------------------------------------------------

    def _fill(self, decks: list[Deck], topics: dict[int, list[Topic]]) -> None:
        self.tree.clear()
        self._topic_items: dict[int, QTreeWidgetItem] = {}
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsAutoTristate
        )
        with self._ticking():
            for deck in decks:
                deck_item = QTreeWidgetItem([deck.name])
                deck_item.setData(0, KIND_ROLE, "deck")
                deck_item.setData(0, ID_ROLE, deck.id)
                deck_item.setFlags(flags)
                # Every item needs a state of its own: a parent's tri-state is read from
                # its children, and it sets only children that have one.
                deck_item.setCheckState(0, Qt.CheckState.Checked)
                self.tree.addTopLevelItem(deck_item)
                for topic in topics.get(deck.id, []):
                    parent = (
                        self._topic_items.get(topic.parent_id)
                        if topic.parent_id is not None
                        else deck_item
                    ) or deck_item
                    item = QTreeWidgetItem([topic.name])
                    item.setData(0, KIND_ROLE, "topic")
                    item.setData(0, ID_ROLE, topic.id)
                    item.setFlags(flags)
                    item.setCheckState(0, Qt.CheckState.Checked)
                    parent.addChild(item)
                    self._topic_items[topic.id] = item
            for i in range(self.tree.topLevelItemCount()):
                self._label_counts(self.tree.topLevelItem(i))
        if self.tree.topLevelItemCount() == 1:
            self.tree.expandItem(self.tree.topLevelItem(0))
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _label_counts(self, item: QTreeWidgetItem) -> tuple[int, int]:
        """Show each item's question count (sub-topics included); returns it and how
        many of them are new."""
        topic = self._kind(item) == "topic"
        total = self._direct.get(item.data(0, ID_ROLE), 0) if topic else 0
        new = self._new.get(item.data(0, ID_ROLE), 0) if topic else 0
        for i in range(item.childCount()):
            child_total, child_new = self._label_counts(item.child(i))
            total, new = total + child_total, new + child_new
        item.setData(0, COUNT_ROLE, total)
        item.setData(0, NEW_ROLE, new)
        item.setText(0, f"{item.text(0)}   ({total})")
        return total, new

    @staticmethod
    def _kind(item: QTreeWidgetItem) -> str:
        return str(item.data(0, KIND_ROLE))

    def set_checked_topics(self, topic_ids: Iterable[int]) -> None:
        """Tick these topics (their sub-topics with them); empty ticks everything. The
        count of questions is taken once, after: taken at each tick, the 3,000 topics a
        deck of one file a question remembers froze the window for minutes."""
        wanted = {t for t in topic_ids if t in self._topic_items}
        with self._ticking():
            for i in range(self.tree.topLevelItemCount()):
                self.tree.topLevelItem(i).setCheckState(
                    0, Qt.CheckState.Unchecked if wanted else Qt.CheckState.Checked
                )
            for topic_id in wanted:
                self._topic_items[topic_id].setCheckState(0, Qt.CheckState.Checked)
        for topic_id in wanted:  # show where the choice is
            item = self._topic_items[topic_id].parent()
            while item is not None:
                item.setExpanded(True)
                item = item.parent()
        self._current_on_ticked()
        self._update_available()

    def set_checked_deck(self, deck_id: int) -> None:
        """Tick one deck, all of it (the deck selected in the window's tree)."""
        with self._ticking():
            for i in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(i)
                chosen = item.data(0, ID_ROLE) == deck_id
                item.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
                if chosen:
                    item.setExpanded(True)
        self._current_on_ticked()
        self._update_available()

    @contextlib.contextmanager
    def _ticking(self) -> Iterator[None]:
        """Ticks set together: the tree's own tri-state follows each, its itemChanged
        (which counts the questions ticked) waits for the caller's one count after."""
        self.tree.blockSignals(True)
        try:
            yield
        finally:
            self.tree.blockSignals(False)

    def deck_of_topic(self, topic_id: int) -> int | None:
        """The deck a topic sits in; None: not in the dialog."""
        item = self._topic_items.get(topic_id)
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else int(item.data(0, ID_ROLE))

    def is_ticked(self, deck_id: int, topic_id: int | None = None) -> bool:
        """Whether the topic (None: the whole deck) is ticked, all of it."""
        if topic_id is not None:
            item = self._topic_items.get(topic_id)
        else:
            decks = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
            item = next((d for d in decks if d.data(0, ID_ROLE) == deck_id), None)
        return item is not None and item.checkState(0) == Qt.CheckState.Checked

    def ticked_decks(self) -> list[int]:
        """The decks with a topic ticked."""
        decks = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [
            int(d.data(0, ID_ROLE)) for d in decks if d.checkState(0) != Qt.CheckState.Unchecked
        ]

    def _current_on_ticked(self) -> None:
        """The keyboard's place on the first ticked row, scrolled into sight: left on the
        first row, Space (which ticks) changed a deck the person had not chosen."""
        rows = QTreeWidgetItemIterator(self.tree)  # in the order the rows show
        while (item := rows.value()) is not None:
            if item.checkState(0) == Qt.CheckState.Checked:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return
            rows += 1

    def checked_topic_ids(self) -> tuple[int, ...]:
        """The choice as MockSettings.topic_ids: the highest fully ticked topics;
        () when everything is ticked (every question, whatever is imported later)."""
        if self._all_checked():
            return ()
        chosen: list[int] = []

        def walk(item: QTreeWidgetItem) -> None:
            state = item.checkState(0)
            if state == Qt.CheckState.Checked and self._kind(item) == "topic":
                chosen.append(int(item.data(0, ID_ROLE)))
            elif state != Qt.CheckState.Unchecked:
                for i in range(item.childCount()):
                    walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return tuple(chosen)

    def _all_checked(self) -> bool:
        top = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return bool(top) and all(item.checkState(0) == Qt.CheckState.Checked for item in top)

    def available_count(self) -> int:
        """Questions in the ticked topics that a mock so set up can ask today."""
        if self._all_checked():
            total = sum(self._direct.values())
        else:
            total = sum(
                int(self._topic_items[t].data(0, COUNT_ROLE)) for t in self.checked_topic_ids()
            )
        return total - self.held_back()

    def held_back(self) -> int:
        """New questions of the ticked topics past their deck's new-question allowance
        for today: left out while grades count as reviews (core.mock_choice)."""
        if not self.counts_as_review.isChecked():
            return 0
        held = 0
        for i in range(self.tree.topLevelItemCount()):
            deck = self.tree.topLevelItem(i)
            left = self._new_left.get(deck.data(0, ID_ROLE))
            if left is not None:
                held += max(0, _ticked_new(deck) - left)
        return held

    def _update_available(self) -> None:
        self._recount.stop()  # counted now
        available = self.available_count()
        self.available.setText(available_words(available, self.count.value(), self.held_back()))
        self.start_button.setEnabled(available > 0 and self.time.holds_a_time())

    # --- settings ------------------------------------------------------------------------

    def set_settings(self, settings: MockSettings) -> None:
        self.count.setValue(min(settings.count, MAX_COUNT))
        seconds = max(MIN_SECONDS, min(MAX_SECONDS, settings.seconds_per_question))
        self.time.setValue(seconds)
        self.order.setCurrentIndex(max(0, self.order.findData(settings.order)))
        self.counts_as_review.setChecked(settings.counts_as_review)
        self.set_checked_topics(settings.topic_ids)

    def seconds_per_question(self) -> int:
        return self.time.value()

    def settings(self) -> MockSettings:
        """The set-up as chosen."""
        return MockSettings(
            topic_ids=self.checked_topic_ids(),
            count=self.count.value(),
            seconds_per_question=max(MIN_SECONDS, self.seconds_per_question()),
            order=str(self.order.currentData()),
            counts_as_review=self.counts_as_review.isChecked(),
        )


def available_words(available: int, wanted: int, held: int) -> str:
    """How many of the `wanted` questions a mock so set up asks, of the `available`
    ones, and why not more (`held` new ones wait for another day), counted as a person
    counts ("The one question that can be asked today will be asked", not "All 1
    that can be asked today will be")."""
    if available == 0 and held:
        return (
            "Today's new-question limit is used up, and the ticked topics hold only "
            "new questions: untick \u201cCount each grade as a review\u201d to practise "
            "them without scheduling them."
        )
    if available == 0:
        return "Tick at least one topic with questions."
    asked = min(available, wanted)
    if held:  # what today allows, and why not all
        wait = "waits" if held == 1 else "wait"
        why = (
            f"{plural(held, 'new question')} {wait} for another day (today's new-question"
            " limit, Preferences; grades count as reviews)"
        )
        if asked == available:
            every_one = capitalized(every(available, "question"))
            return f"{every_one} that can be asked today will be asked: {why}."
        return f"{asked} of the {plural(available, 'question')} that can be asked today: {why}."
    if asked < wanted:  # fewer than asked for
        held_only = "one question" if available == 1 else plural(available, "question")
        they = {1: "it", 2: "both"}.get(available, f"all {available}")
        return f"The ticked topics hold only {held_only}: {they} will be asked."
    if asked == available:
        return f"{capitalized(every(available, 'question'))} in the ticked topics will be asked."
    return f"{asked} of the {plural(available, 'question')} in the ticked topics."


def _longest_availability() -> list[str]:
    """The longest of what `available_words` says: each case, with counts of the most
    digits a set-up shows."""
    big = 99_999
    return [
        available_words(available, wanted, held)
        for available in (0, 1, 2, big - 1, big)
        for wanted in (1, MAX_COUNT, big)
        for held in (0, 1, big)
    ]


def _longest_readings() -> list[str]:
    """What the time box's reading says at its longest: no time, too short, too long."""
    return [
        reading(typed, MIN_SECONDS, MAX_SECONDS) for typed in ("1:75", "0:01", "99:59", "99999")
    ]


def _ticked_new(item: QTreeWidgetItem) -> int:
    """The never-studied questions under `item` that are ticked."""
    state = item.checkState(0)
    if state == Qt.CheckState.Checked:
        return int(item.data(0, NEW_ROLE))
    if state == Qt.CheckState.Unchecked:
        return 0
    return sum(_ticked_new(item.child(i)) for i in range(item.childCount()))

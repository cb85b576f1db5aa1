"""Spoken mock interviews in the window, on fakes (no voice, microphone or sound here):
the set-up offers the options only where they can work and says why not, the
interviewer reads each question, the answer is recorded while the clock runs, kept
with the mock answer and played back after the reveal and on the summary."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.core import settings_schema
from studyapp.core.mock import MockSettings, save_settings
from studyapp.core.store import Store
from studyapp.ui.voice import EXTRA_HINT, NO_MICROPHONE, NO_VOICE, VoiceSupport
from tests.helpers.fake_voice import FakeVoiceKit

from .conftest import make_doc

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

QUESTIONS = (
    ("What is k-means?", ("Clustering",), "**K-Means** moves each **Centroid** to the mean."),
    ("What is dropout?", ("Deep",), "**Dropout** randomly zeroes **activations**."),
)
KM, DROPOUT = (title for title, _, _ in QUESTIONS)


@pytest.fixture
def voice_store(tmp_path) -> Iterator[Store]:
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "voice.sqlite3") as s:
        s.import_document(make_doc(QUESTIONS, deck="Voice deck"), str(tmp_path / "v.md"), "h")
        save_settings(s, MockSettings(count=2, order="random"))
        yield s


def window_with(make_window, store, kit):
    window = make_window(store=store)
    window.controllers["mock"].make_voice_kit = lambda: kit
    return window


def setup_dialog(window):
    """The set-up on the whole deck (its row selected in the tree: a question row
    would choose that question's topic alone)."""
    assert window.tree.select_deck(window.controllers["mock"].store.decks()[0].id)
    dialog = window.controllers["mock"].open_mock_setup()
    assert dialog is not None
    return dialog


def visible_voice_options(dialog) -> list[str]:
    boxes = (dialog.read_aloud, dialog.answer_aloud)
    return [box.text().replace("&", "") for box in boxes if box is not None]


@pytest.mark.parametrize(
    ("speech", "recording", "options", "why"),
    [
        (True, True, ["Read questions aloud", "Answer aloud: record while the clock runs"], None),
        (True, False, ["Read questions aloud"], NO_MICROPHONE),
        (False, True, ["Answer aloud: record while the clock runs"], NO_VOICE),
        (False, False, [], NO_VOICE),
    ],
)
def test_the_setup_offers_only_what_works_here_and_says_why_not(
    make_window, voice_store, speech, recording, options, why
):
    window = window_with(make_window, voice_store, FakeVoiceKit(speech=speech, recording=recording))
    dialog = setup_dialog(window)
    assert visible_voice_options(dialog) == options
    if why is None:
        assert dialog.voice_note is None
    else:
        assert why not in dialog.voice_note.text() and why in dialog.voice_note.toolTip()
    dialog.reject()


def tab_to(qtbot, dialog, widget) -> None:
    """Tab from the topics as a person does until `widget` has the focus."""
    from PySide6.QtCore import Qt

    dialog.tree.setFocus()
    for _ in range(20):
        if dialog.focusWidget() is widget:
            return
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


@pytest.mark.parametrize(
    ("speech", "recording", "line"),
    [
        (False, False, "Voice: not available here (why?)"),
        (True, False, "Answering aloud: not available here (why?)"),
    ],
)
def test_the_setup_says_voice_is_missing_in_one_line_and_why_when_asked(
    qtbot, make_window, voice_store, speech, recording, line
):
    """Everyone saw three lines about missing voice support, "sudo apt-get install
    libpulse0 speech-dispatcher" among them, though they never asked for voice: one
    short line now, the full words when the person follows its "why?"."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocumentFragment

    window = window_with(make_window, voice_store, FakeVoiceKit(speech=speech, recording=recording))
    dialog = setup_dialog(window)
    dialog.show()
    note = dialog.voice_note
    shown = QTextDocumentFragment.fromHtml(note.text()).toPlainText()
    assert shown == line and "sudo" not in shown
    assert note.height() < 2 * note.fontMetrics().lineSpacing()  # one line
    tab_to(qtbot, dialog, note)
    qtbot.keyClick(note, Qt.Key.Key_Return)  # follows "why?"
    assert dialog.isVisible() and window.mode == "browse"  # Enter did not start the mock
    assert dialog.focusWidget() is note  # not on to Cancel, for the next Enter
    assert (NO_MICROPHONE if speech else NO_VOICE) in note.text() and "why?" not in note.text()
    dialog.reject()


def test_without_the_extra_the_setup_names_it(make_window, voice_store):
    kit = FakeVoiceKit()
    kit._support = VoiceSupport(problems=(EXTRA_HINT,))
    window = window_with(make_window, voice_store, kit)
    dialog = setup_dialog(window)
    assert visible_voice_options(dialog) == []
    # In a person's words: what is missing; the command in the tip, no venv path at all
    # (it read "…need the voice extra (Qt's add-ons): quit StudyApp, run /work/…/python3
    # -m pip install "PySide6-Addons==6.11.3"…").
    note = dialog.voice_note
    assert "Voice: not available here" in note.text() and "pip" not in note.text()
    assert "Spoken answers need the voice add-on, which is not installed here." in note.toolTip()
    assert 'pip install "PySide6-Addons==' in note.toolTip()
    note.linkActivated.emit("why")  # "why?" followed: the words and the command
    assert note.text().startswith("Spoken answers need the voice add-on, which is not installed")
    assert 'pip install "PySide6-Addons==' in note.text()
    assert sys.executable not in note.toolTip() and "/bin/" not in note.toolTip()
    dialog.accept()  # a mock without voice: nothing read, nothing recorded
    assert window.mode == "mock" and kit.speakers == [] and kit.recorders == []


def test_a_spoken_mock_reads_records_keeps_and_plays_back(
    make_window, voice_store, clock, tmp_path
):
    settings_schema.write(voice_store, settings_schema.MICROPHONE, "USB headset")
    kit = FakeVoiceKit(speech=True, recording=True)
    window = window_with(make_window, voice_store, kit)
    dialog = setup_dialog(window)
    dialog.read_aloud.setChecked(True)
    dialog.answer_aloud.setChecked(True)
    dialog.accept()
    assert window.mode == "mock"
    mock = window.controllers["mock"]
    (speaker,), (recorder,) = kit.speakers, kit.recorders
    assert kit.microphones == ["USB headset"]  # the microphone of the settings
    first = mock.mock.current().title
    assert speaker.said == [first] and not recorder.recording
    speaker.finish()  # the question has been read: the answer is recorded
    assert recorder.recording
    clock.advance(seconds=30)
    window.reveal()
    assert not recorder.recording
    recording = mock.mock.recording_path
    assert recording is not None and Path(recording).parent == tmp_path / "data" / "recordings"
    panel = mock.mock_panel
    assert panel.play_button.isVisibleTo(panel)  # beside the model answer
    panel.play_button.click()
    assert kit.fake_player.played == [Path(recording)]
    window.grade(3)

    second = mock.mock.current().title
    assert speaker.said == [first, second]
    assert not panel.play_button.isVisibleTo(panel)
    mock.skip_mock_question()  # skipped before the reading ended: nothing recorded
    assert window.mode == "browse"
    answers = voice_store.mock_answers(mock.summary_view.summary.session_id)
    assert [a.recording_path for a in answers] == [recording, None]

    summary = mock.summary_view
    assert summary.play_button.isVisibleTo(summary) and summary.play_button.isEnabled()
    summary.play_button.click()
    assert kit.fake_player.played == [Path(recording)] * 2
    summary.table.setCurrentCell(1, 1)  # the skipped one has no recording
    assert not summary.play_button.isEnabled()


def test_the_choice_is_remembered_and_off_means_no_voice_at_all(make_window, voice_store):
    kit = FakeVoiceKit(speech=True, recording=True)
    window = window_with(make_window, voice_store, kit)
    dialog = setup_dialog(window)
    dialog.read_aloud.setChecked(True)
    dialog.accept()
    assert len(kit.speakers) == 1 and kit.recorders == []
    mock = window.controllers["mock"]
    assert mock.end_mock_now() is not None
    dialog = setup_dialog(window)
    assert dialog.read_aloud.isChecked() and not dialog.answer_aloud.isChecked()
    dialog.read_aloud.setChecked(False)
    dialog.accept()
    assert window.mode == "mock"
    assert len(kit.speakers) == 1  # no new voice for a silent mock
    assert mock.mock_panel.play_button.isHidden()


def test_quitting_a_spoken_mock_stops_the_recording(make_window, voice_store):
    kit = FakeVoiceKit(recording=True)
    window = window_with(make_window, voice_store, kit)
    dialog = setup_dialog(window)
    dialog.answer_aloud.setChecked(True)
    dialog.accept()
    (recorder,) = kit.recorders
    assert recorder.recording  # no voice: recording from the start
    mock = window.controllers["mock"]
    assert mock.ask_to_quit()
    mock.timer_panel.confirm_button.click()
    assert not recorder.recording

"""Spoken mocks: the voice modules load only when asked, the app says plainly when voice
cannot work and why, and the interviewer reads each question, records the answer and
hands the recording over. Fakes stand in for the voice and the microphone; the real Qt
pieces are tried where this machine has them, and skipped cleanly where it has not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import pytest

from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.scheduler import SpacedRepetition
from studyapp.ui.voice import (
    EXTRA_HINT,
    LINUX_PACKAGES,
    NO_MICROPHONE,
    NO_VOICE,
    SpokenAnswers,
    probe,
    recordings_dir,
)
from tests.helpers.fake_voice import FakePlayer, FakeRecorder, FakeSpeaker

VOICE_MODULES = ("PySide6.QtTextToSpeech", "PySide6.QtMultimedia")


def test_start_up_imports_no_voice_module():
    code = (
        "import sys\n"
        "import studyapp.app, studyapp.ui.main_window\n"
        "assert 'studyapp.ui.voice' not in sys.modules\n"
        "import studyapp.ui.voice\n"  # even the voice module alone loads no Qt voice code
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtTextToSpeech',"
        " 'PySide6.QtMultimedia'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- saying when voice cannot work -------------------------------------------------------


def failing_import(message: str):
    def importer(name: str):
        raise ImportError(message)

    return importer


def test_without_the_extra_the_app_says_how_to_get_it():
    support = probe(failing_import("No module named 'PySide6.QtTextToSpeech'"))
    assert not support.any
    assert support.message == EXTRA_HINT


def test_a_missing_system_library_is_named_with_the_packages_to_install():
    support = probe(failing_import("libpulse.so.0: cannot open shared object file"))
    assert not support.any
    assert "libpulse.so.0" in support.message and LINUX_PACKAGES in support.message


class FakeVoiceEngine:
    """QTextToSpeech as probe() reads it: engines, each with a state and voices."""

    engines: ClassVar[dict[str, tuple[str, list[str]]]] = {}
    State = SimpleNamespace(Ready="ready", Error="error")

    def __init__(self, engine: str) -> None:
        self._state, self._voices = self.engines[engine]

    @classmethod
    def availableEngines(cls) -> list[str]:
        return list(cls.engines)

    def state(self) -> str:
        return self._state

    def availableVoices(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(name=lambda v=v: v) for v in self._voices]


def fake_modules(engines: dict[str, tuple[str, list[str]]], microphones: list[str]):
    engine = type("Engine", (FakeVoiceEngine,), {"engines": engines})
    devices = [SimpleNamespace(description=lambda m=m: m) for m in microphones]
    modules = {
        "PySide6.QtTextToSpeech": SimpleNamespace(QTextToSpeech=engine),
        "PySide6.QtMultimedia": SimpleNamespace(
            QMediaDevices=SimpleNamespace(audioInputs=lambda: devices)
        ),
    }
    return modules.__getitem__


@pytest.mark.parametrize(
    ("engines", "microphones", "speech", "recording", "problems"),
    [
        ({"speechd": ("ready", ["Anna"])}, ["USB mic"], True, True, []),
        # Qt's test engine and a speech-dispatcher that is not running are no voice.
        (
            {"mock": ("ready", ["Bob"]), "speechd": ("error", [])},
            ["USB mic"],
            False,
            True,
            [NO_VOICE],
        ),
        ({"sapi": ("ready", ["Zira"])}, [], True, False, [NO_MICROPHONE]),
        ({}, [], False, False, [NO_VOICE, NO_MICROPHONE]),
    ],
)
def test_voice_options_only_where_a_voice_or_a_microphone_exists(
    engines, microphones, speech, recording, problems
):
    support = probe(fake_modules(engines, microphones))
    assert (support.speech, support.recording) == (speech, recording)
    assert support.microphones == tuple(microphones)
    for problem in problems:
        assert problem in support.message
    assert bool(support.message) == bool(problems)


# --- the interviewer's voice and the person's ----------------------------------------------


@pytest.fixture
def folder(tmp_path) -> Path:
    return recordings_dir(tmp_path / "data")


def test_the_question_is_read_then_the_answer_recorded_into_its_own_file(folder):
    speaker, recorder = FakeSpeaker(), FakeRecorder()
    spoken = SpokenAnswers(speaker, recorder, folder)
    spoken.ask("What is a GAN?", session_id=7, position=0)
    assert speaker.said == ["What is a GAN?"]
    assert not recorder.recording  # not while the question is read
    speaker.finish()
    assert recorder.recording
    path = spoken.answered()
    assert path == folder / "mock-7-1.m4a" and path.exists()
    assert not recorder.recording


def test_revealing_during_the_reading_records_nothing(folder):
    speaker, recorder = FakeSpeaker(), FakeRecorder()
    spoken = SpokenAnswers(speaker, recorder, folder)
    spoken.ask("What is a GAN?", 7, 0)
    assert spoken.answered() is None
    speaker.finish()  # a late end of the reading starts no recording
    assert recorder.started == []


class LateSpeaker(FakeSpeaker):
    """A speaker that reports the end of a reading even after it was stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list = []

    def say(self, text, on_done=None) -> None:
        self.said.append(text)
        self.pending.append(on_done)

    def stop(self) -> None:
        pass


def test_a_late_end_of_an_earlier_reading_starts_no_recording(folder):
    speaker, recorder = LateSpeaker(), FakeRecorder()
    spoken = SpokenAnswers(speaker, recorder, folder)
    spoken.ask("Q1?", 7, 0)
    spoken.ask("Q2?", 7, 1)  # skipped on before Q1 was read out
    first, second = speaker.pending
    first()
    assert recorder.started == []  # Q2 is still being read
    second()
    assert recorder.started == [folder / "mock-7-2.m4a"]


def test_the_next_question_ends_the_last_recording(folder):
    speaker, recorder = FakeSpeaker(), FakeRecorder()
    spoken = SpokenAnswers(speaker, recorder, folder)
    spoken.ask("Q1?", 7, 0)
    speaker.finish()
    spoken.ask("Q2?", 7, 1)
    speaker.finish()
    assert recorder.started == [folder / "mock-7-1.m4a", folder / "mock-7-2.m4a"]
    assert spoken.answered() == folder / "mock-7-2.m4a"


def test_without_a_microphone_questions_are_still_read(folder):
    speaker = FakeSpeaker()
    spoken = SpokenAnswers(speaker, None, folder)
    spoken.ask("Q1?", 7, 0)
    speaker.finish()
    assert speaker.said == ["Q1?"] and spoken.answered() is None


def test_without_a_voice_the_answer_is_recorded_at_once(folder):
    recorder = FakeRecorder()
    spoken = SpokenAnswers(None, recorder, folder)
    spoken.ask("Q1?", 7, 0)
    assert recorder.recording


def test_the_recording_is_kept_with_the_mock_answer_and_plays_back(store, clock, folder):
    question = store.questions()[0]
    session = MockSession(store, SpacedRepetition(), clock, MockSettings(), [question.id])
    session.start()
    speaker, recorder, player = FakeSpeaker(), FakeRecorder(), FakePlayer()
    spoken = SpokenAnswers(speaker, recorder, folder)
    spoken.ask(question.title, session.session_id, 0)
    speaker.finish()
    session.recording_path = str(spoken.answered())
    session.reveal("")
    session.grade(3)
    (answer,) = store.mock_answers(session.session_id)
    assert answer.recording_path == str(folder / f"mock-{session.session_id}-1.m4a")
    player.play(Path(answer.recording_path))
    assert player.played == [Path(answer.recording_path)]


# --- the real Qt pieces, where this machine has them ------------------------------------------


def voice_modules_or_skip() -> None:
    try:
        for name in VOICE_MODULES:
            __import__(name)
    except ImportError as exc:
        pytest.skip(f"the voice modules do not load here ({exc})")


def test_probe_on_this_machine_is_consistent(qapp):
    support = probe()
    assert support.any or support.message  # either it works or it says why
    assert support.speech == (support.engine is not None)


def test_qt_speaker_reads_and_says_when_done(qtbot):
    voice_modules_or_skip()
    from PySide6.QtTextToSpeech import QTextToSpeech

    from studyapp.ui.voice import QtSpeaker

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's test speech engine is not installed")
    speaker = QtSpeaker("mock")  # Qt's test engine: speaks to nobody, on a timer
    done: list[bool] = []
    speaker.say("What is a GAN?", on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=10_000)
    assert not speaker.speaking


def test_qt_recorder_records_from_the_microphone(qtbot, folder):
    voice_modules_or_skip()
    if not probe().recording:
        pytest.skip("no microphone on this machine")
    from studyapp.ui.voice import QtRecorder

    recorder = QtRecorder()
    recorder.start(folder / f"probe{recorder.suffix}")
    qtbot.waitUntil(lambda: recorder.recording, timeout=10_000)
    path = recorder.stop()
    assert path is not None
    qtbot.waitUntil(path.exists, timeout=10_000)

"""The spoken mock as the mock controller uses it: what voice this machine offers (a
`VoiceKit`), and one mock's voices (`MockVoice`): each question read aloud, the
answer recorded while the clock runs, its file handed back to be kept with the
answer.

This module is imported when a mock interview is set up, never at start-up; the Qt
voice modules load only when `QtVoiceKit` is first asked (ui/voice.py). Tests pass
a kit of fakes instead, so no voice, microphone or sound plays there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings

from studyapp.core.mock import MockSession
from studyapp.ui.voice import (
    Player,
    Recorder,
    Speaker,
    SpokenAnswers,
    VoiceSupport,
    probe,
    recordings_dir,
)

K_READ_ALOUD = "mock/read_aloud"  # QSettings keys: the last choice in the set-up
K_ANSWER_ALOUD = "mock/answer_aloud"


class VoiceKit(Protocol):
    """Where the voice pieces come from: the real Qt ones, or fakes in tests."""

    def support(self) -> VoiceSupport: ...
    def speaker(self) -> Speaker | None: ...
    def recorder(self, microphone: str) -> Recorder | None: ...
    def player(self) -> Player | None: ...


class QtVoiceKit:
    """QtTextToSpeech and QtMultimedia, as `probe()` finds them (once per run: the
    first probe loads the modules and asks the system for voices and devices)."""

    def __init__(self) -> None:
        self._support: VoiceSupport | None = None

    def support(self) -> VoiceSupport:
        if self._support is None:
            self._support = probe()
        return self._support

    def speaker(self) -> Speaker | None:
        support = self.support()
        if not support.speech:
            return None
        from studyapp.ui.voice import QtSpeaker

        return QtSpeaker(support.engine)

    def recorder(self, microphone: str) -> Recorder | None:
        if not self.support().recording:
            return None
        from studyapp.ui.voice import QtRecorder

        return QtRecorder(microphone or None)

    def player(self) -> Player | None:
        if not self.support().any:  # the voice modules do not load here
            return None
        from studyapp.ui.voice import QtPlayer

        return QtPlayer()


@dataclass(frozen=True, slots=True)
class VoiceChoice:
    """What the person ticked in the set-up (only what the machine offers is offered)."""

    read_aloud: bool = False
    answer_aloud: bool = False

    @property
    def any(self) -> bool:
        return self.read_aloud or self.answer_aloud


class SpokenMocks:
    """The mock controller's voice side: what this machine offers (probed once, when a
    mock is first set up), the choice remembered in the window's settings, each
    mock's voices, and playing answers back."""

    def __init__(self, settings: QSettings, make_kit: Callable[[], VoiceKit]) -> None:
        self._settings = settings
        self._make_kit = make_kit
        self._kit: VoiceKit | None = None
        self._player: Player | None = None

    @property
    def kit(self) -> VoiceKit:
        if self._kit is None:
            self._kit = self._make_kit()
        return self._kit

    def support(self) -> VoiceSupport:
        return self.kit.support()

    def choice(self) -> VoiceChoice:
        """The options ticked last time (on this machine: they depend on its devices)."""

        def ticked(key: str) -> bool:
            return str(self._settings.value(key, "false")).lower() == "true"

        return VoiceChoice(ticked(K_READ_ALOUD), ticked(K_ANSWER_ALOUD))

    def set_choice(self, choice: VoiceChoice) -> None:
        self._settings.setValue(K_READ_ALOUD, choice.read_aloud)
        self._settings.setValue(K_ANSWER_ALOUD, choice.answer_aloud)

    def voice_for(self, microphone: Callable[[], str], data: Path) -> MockVoice | None:
        """The voices of a mock starting now, as last chosen, on `microphone()` (the
        settings' choice, asked only when a voice is on), recording under the data
        folder `data`; None when none is on."""
        choice = self.choice()
        if not choice.any:  # the voice modules stay unloaded
            return None
        voice = MockVoice(self.kit, choice, microphone(), data)
        return voice if voice.on else None

    def play(self, path: str) -> bool:
        """Play a recording; False when it is gone or nothing can play it here."""
        if self._player is None:
            self._player = self.kit.player()
        if self._player is None or not Path(path).is_file():
            return False
        self._player.play(Path(path))
        return True


class MockVoice:
    """One mock's voices, made at its start from the choice and what the kit has."""

    def __init__(self, kit: VoiceKit, choice: VoiceChoice, microphone: str, data: Path) -> None:
        support = kit.support()
        speaker = kit.speaker() if choice.read_aloud and support.speech else None
        recorder = kit.recorder(microphone) if choice.answer_aloud and support.recording else None
        self._spoken = (
            SpokenAnswers(speaker, recorder, recordings_dir(data))
            if speaker is not None or recorder is not None
            else None
        )

    @property
    def on(self) -> bool:
        return self._spoken is not None

    def ask(self, question: str, session_id: int, position: int) -> None:
        """A question shows: read it, then record the answer (as chosen)."""
        if self._spoken is not None:
            self._spoken.ask(question, session_id, position)

    def keep_in(self, session: MockSession) -> None:
        """The question is revealed or skipped: its recording goes with the answer."""
        path = self.answered()
        if path is not None:
            session.recording_path = path

    def answered(self) -> str | None:
        """The question is revealed or skipped: its recording's path, if one was made."""
        path = self._spoken.answered() if self._spoken is not None else None
        return str(path) if path is not None else None

    def stop(self) -> None:
        if self._spoken is not None:
            self._spoken.stop()


def offer_text(support: VoiceSupport) -> str:
    """The set-up's line on spoken mocks where they cannot work here: why, and the fix."""
    return f"Spoken answers are not available here. {support.message}"

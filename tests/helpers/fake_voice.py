"""Fakes of the voice pieces (studyapp.ui.voice's Speaker, Recorder and Player), so the
spoken-mock paths run in tests without a voice, a microphone or the voice extra."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class FakeSpeaker:
    """Reads nothing aloud: remembers what it was asked to say; `finish()` plays the
    moment the reading ends."""

    def __init__(self) -> None:
        self.said: list[str] = []
        self._on_done: Callable[[], None] | None = None
        self.speaking = False

    def say(self, text: str, on_done: Callable[[], None] | None = None) -> None:
        self.stop()
        self.said.append(text)
        self._on_done = on_done
        self.speaking = True

    def stop(self) -> None:
        self._on_done = None
        self.speaking = False

    def finish(self) -> None:
        done, self._on_done = self._on_done, None
        self.speaking = False
        if done is not None:
            done()


class FakeRecorder:
    """Records nothing: writes a small file where a recording would go."""

    suffix = ".m4a"

    def __init__(self) -> None:
        self.started: list[Path] = []
        self._path: Path | None = None

    def start(self, path: Path) -> None:
        self.stop()
        self.started.append(path)
        self._path = path

    def stop(self) -> Path | None:
        path, self._path = self._path, None
        if path is not None:
            path.write_bytes(b"fake audio")
        return path

    @property
    def recording(self) -> bool:
        return self._path is not None


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[Path] = []
        self.playing = False

    def play(self, path: Path) -> None:
        self.played.append(path)
        self.playing = True

    def stop(self) -> None:
        self.playing = False


class FakeVoiceKit:
    """What ui/mock_voice.QtVoiceKit gives the mock controller, from fakes: a voice
    and a microphone where asked for (`speech`, `recording`), else the reasons."""

    def __init__(self, *, speech: bool = False, recording: bool = False) -> None:
        from studyapp.ui.voice import NO_MICROPHONE, NO_VOICE, VoiceSupport

        problems = (() if speech else (NO_VOICE,)) + (() if recording else (NO_MICROPHONE,))
        self._support = VoiceSupport(
            speech=speech,
            recording=recording,
            engine="fake" if speech else None,
            voices=("Anna",) if speech else (),
            microphones=("Fake mic",) if recording else (),
            problems=problems,
        )
        self.speakers: list[FakeSpeaker] = []
        self.recorders: list[FakeRecorder] = []
        self.microphones: list[str] = []
        self.fake_player = FakePlayer()

    def support(self):
        return self._support

    def speaker(self) -> FakeSpeaker | None:
        if not self._support.speech:
            return None
        self.speakers.append(FakeSpeaker())
        return self.speakers[-1]

    def recorder(self, microphone: str) -> FakeRecorder | None:
        if not self._support.recording:
            return None
        self.microphones.append(microphone)
        self.recorders.append(FakeRecorder())
        return self.recorders[-1]

    def player(self) -> FakePlayer:
        return self.fake_player

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

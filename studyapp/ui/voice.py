"""Spoken mock interviews: questions read aloud, answers recorded and played back.

An optional extra (`pip install "studyapp[voice]"`, which brings PySide6-Addons):
QtTextToSpeech reads each question with the system's voices (SAPI/WinRT on Windows,
AVSpeechSynthesizer on macOS, speech-dispatcher on Linux), and QtMultimedia records the
answer from a microphone and plays it back. Nothing here imports either module until
it is asked to (`probe()`, or building a `QtSpeaker`, `QtRecorder` or `QtPlayer`), so
the app's start-up pays nothing for voice, and without the extra it is unchanged.

The pieces sit behind three small protocols (`Speaker`, `Recorder`, `Player`) so the
spoken-mock logic (`SpokenAnswers`) runs in tests on fakes; `probe()` says whether
the real ones can work here: the modules import, and a voice or a microphone exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

LINUX_PACKAGES = "libpulse0 speech-dispatcher"  # the README's list for spoken mocks
LINUX_HINT = f"On Debian or Ubuntu: sudo apt-get install {LINUX_PACKAGES}."


def _extra_hint() -> str:
    """How to add the voice extra to this very install, however it was made (a
    checkout's venv, a pip install elsewhere): its Python's pip, and the Qt add-ons of
    the Qt it runs. Linux also names the system packages."""
    import sys

    import PySide6

    python = f'"{sys.executable}"' if " " in sys.executable else sys.executable
    hint = (
        "Spoken mocks need the voice extra (Qt's add-ons): quit StudyApp, run "
        f'{python} -m pip install "PySide6-Addons=={PySide6.__version__}", then start it again.'
    )
    return f"{hint} {LINUX_HINT}" if sys.platform.startswith("linux") else hint


EXTRA_HINT = _extra_hint()
NO_VOICE = "No voice to read questions aloud was found."
NO_MICROPHONE = "No microphone was found to record answers."
RECORDINGS_FOLDER = "recordings"
TEST_ENGINES = frozenset({"mock"})  # Qt's own test engine speaks to nobody


# --- what the spoken mock needs --------------------------------------------------------


class Speaker(Protocol):
    """Reads text aloud."""

    def say(self, text: str, on_done: Callable[[], None] | None = None) -> None:
        """Start reading `text` (stopping anything still being read); `on_done` is
        called once when it has been read, or could not be."""

    def stop(self) -> None: ...

    @property
    def speaking(self) -> bool: ...


class Recorder(Protocol):
    """Records from a microphone into a file."""

    suffix: str  # the file type it writes, as a file-name suffix (".m4a")

    def start(self, path: Path) -> None: ...

    def stop(self) -> Path | None:
        """Stop; the file written, or None when nothing was recorded."""

    @property
    def recording(self) -> bool: ...


class Player(Protocol):
    """Plays a recording back."""

    def play(self, path: Path) -> None: ...

    def stop(self) -> None: ...

    @property
    def playing(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class VoiceSupport:
    """What spoken mocks can do on this machine. The voice options show only where
    `speech` or `recording` is true; `problems` say why not, with the fix."""

    speech: bool = False
    recording: bool = False
    engine: str | None = None
    voices: tuple[str, ...] = ()
    microphones: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return self.speech or self.recording

    @property
    def message(self) -> str:
        """One plain sentence or two for the settings and the mock set-up."""
        return " ".join(self.problems)


def recordings_dir(data_folder: Path) -> Path:
    """Where spoken answers are kept: beside the store, created on first use."""
    folder = data_folder / RECORDINGS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- finding out whether it can work ------------------------------------------------------


def _import_problem(exc: ImportError) -> str:
    """An import failure in words: the extra is missing, or a system library is."""
    text = str(exc)
    library = re.search(r"(lib[\w.+-]+\.so[\w.]*)", text)
    if library:
        return f"Spoken mocks need a system library ({library.group(1)}). {LINUX_HINT}"
    return EXTRA_HINT


def _load_modules(importer: Callable[[str], Any]) -> tuple[Any, Any] | str:
    """The QtTextToSpeech and QtMultimedia modules, or why they cannot be loaded."""
    try:
        speech = importer("PySide6.QtTextToSpeech")
        media = importer("PySide6.QtMultimedia")
    except ImportError as exc:
        return _import_problem(exc)
    return speech, media


def probe(importer: Callable[[str], Any] | None = None) -> VoiceSupport:
    """What spoken mocks can do here. Imports the voice modules (needs a QApplication):
    call it when the person opens the settings or the mock set-up, not at start-up.

    Speech needs an engine other than Qt's test engine that has a voice; recording
    needs a microphone. `importer` (default `importlib.import_module`) is for tests.
    """
    if importer is None:
        from importlib import import_module as importer
    modules = _load_modules(importer)
    if isinstance(modules, str):
        return VoiceSupport(problems=(modules,))
    speech_module, media_module = modules
    engine, voices = _first_voice(speech_module.QTextToSpeech)
    microphones = tuple(d.description() for d in media_module.QMediaDevices.audioInputs())
    problems = []
    if engine is None:
        problems.append(f"{NO_VOICE} {LINUX_HINT}" if _on_linux() else NO_VOICE)
    if not microphones:
        problems.append(NO_MICROPHONE)
    return VoiceSupport(
        speech=engine is not None,
        recording=bool(microphones),
        engine=engine,
        voices=voices,
        microphones=microphones,
        problems=tuple(problems),
    )


def _first_voice(text_to_speech: Any) -> tuple[str | None, tuple[str, ...]]:
    """The first engine that works and has voices, and its voices' names."""
    for engine in text_to_speech.availableEngines():
        if engine in TEST_ENGINES:
            continue
        speech = text_to_speech(engine)
        voices = tuple(v.name() for v in speech.availableVoices())
        if speech.state() != text_to_speech.State.Error and voices:
            return engine, voices
    return None, ()


def _on_linux() -> bool:
    import sys

    return sys.platform.startswith("linux")


# --- the Qt pieces ---------------------------------------------------------------------


class QtSpeaker:
    """A `Speaker` on QTextToSpeech. `engine` None: Qt's default for the platform."""

    def __init__(self, engine: str | None = None, voice: str | None = None) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self._speech = QTextToSpeech(engine) if engine else QTextToSpeech()
        if voice:
            for candidate in self._speech.availableVoices():
                if candidate.name() == voice:
                    self._speech.setVoice(candidate)
        self._on_done: Callable[[], None] | None = None
        self._speech.stateChanged.connect(self._changed)

    def say(self, text: str, on_done: Callable[[], None] | None = None) -> None:
        self._on_done = None
        self._speech.stop()
        self._on_done = on_done
        self._speech.say(text)

    def stop(self) -> None:
        self._on_done = None
        self._speech.stop()

    @property
    def speaking(self) -> bool:
        return self._speech.state() == self._states.Speaking

    def _changed(self, state: Any) -> None:
        if state in (self._states.Ready, self._states.Error) and self._on_done is not None:
            done, self._on_done = self._on_done, None
            done()


class QtRecorder:
    """A `Recorder` on QMediaCaptureSession + QAudioInput + QMediaRecorder.
    `device` is the microphone's description (None: the system's default)."""

    def __init__(self, device: str | None = None) -> None:
        from PySide6.QtMultimedia import (
            QAudioInput,
            QMediaCaptureSession,
            QMediaDevices,
            QMediaFormat,
            QMediaRecorder,
        )

        self._input = QAudioInput()
        for candidate in QMediaDevices.audioInputs():
            if candidate.description() == device:
                self._input.setDevice(candidate)
        self._session = QMediaCaptureSession()
        self._session.setAudioInput(self._input)
        self._recorder = QMediaRecorder()
        self._session.setRecorder(self._recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.Mpeg4Audio)
        media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
        self.suffix = ".m4a"
        if not media_format.isSupported(QMediaFormat.ConversionMode.Encode):
            media_format = QMediaFormat(QMediaFormat.FileFormat.Wave)
            self.suffix = ".wav"
        self._recorder.setMediaFormat(media_format)
        self._states = QMediaRecorder.RecorderState
        self._path: Path | None = None

    def start(self, path: Path) -> None:
        from PySide6.QtCore import QUrl

        self.stop()
        self._path = path
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        self._recorder.record()

    def stop(self) -> Path | None:
        if self._path is None:
            return None
        path, self._path = self._path, None
        self._recorder.stop()
        written = self._recorder.actualLocation().toLocalFile()
        return Path(written) if written else path

    @property
    def recording(self) -> bool:
        return self._recorder.recorderState() == self._states.RecordingState


class QtPlayer:
    """A `Player` on QMediaPlayer + QAudioOutput (the system's default output)."""

    def __init__(self) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._output = QAudioOutput()
        self._player = QMediaPlayer()
        self._player.setAudioOutput(self._output)
        self._states = QMediaPlayer.PlaybackState

    def play(self, path: Path) -> None:
        from PySide6.QtCore import QUrl

        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop(self) -> None:
        self._player.stop()

    @property
    def playing(self) -> bool:
        return self._player.playbackState() == self._states.PlayingState


# --- the spoken mock -----------------------------------------------------------------------


class SpokenAnswers:
    """The interviewer's voice and the person's: each question is read aloud, then the
    answer is recorded until the person reveals, skips or grades.

    No Qt of its own: it drives a `Speaker` and, where there is a microphone, a
    `Recorder`. The mock controller calls `ask` when a question shows and `answered`
    when it is revealed, and keeps the path with the answer
    (`MockSession.recording_path`).
    """

    def __init__(self, speaker: Speaker | None, recorder: Recorder | None, folder: Path) -> None:
        self._speaker = speaker
        self._recorder = recorder
        self._folder = folder
        self._asked: int = 0  # which `ask` is current: a late "done" of an older one is ignored
        self._path: Path | None = None

    def ask(self, question: str, session_id: int, position: int) -> None:
        """Read the question (when there is a voice), then record (when there is a
        microphone) into this answer's own file."""
        self.stop()
        self._asked += 1
        asked = self._asked
        suffix = self._recorder.suffix if self._recorder is not None else ""
        self._path = self._folder / f"mock-{session_id}-{position + 1}{suffix}"
        if self._speaker is None:
            self._record(asked)
        else:
            self._speaker.say(question, on_done=lambda: self._record(asked))

    def _record(self, asked: int) -> None:
        if asked == self._asked and self._recorder is not None and self._path is not None:
            self._recorder.start(self._path)

    def answered(self) -> Path | None:
        """Stop reading and recording; the recording of this answer, if one was made."""
        if self._speaker is not None:
            self._speaker.stop()
        path = self._recorder.stop() if self._recorder is not None else None
        self._path = None
        self._asked += 1
        return path

    def stop(self) -> None:
        """Stop everything (the mock paused for good, ended or was left)."""
        self.answered()

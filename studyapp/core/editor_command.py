"""Open in Editor (Ctrl+Shift+E): the command that opens a question's notes file at
its line in the person's editor ($VISUAL, $EDITOR, or the system's handler for the
file), each editor's way of naming a line used where it is known."""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from studyapp.core import textio
from studyapp.core.model import StudyAppError
from studyapp.core.note_kinds import ANKI_PACKAGE_SUFFIXES
from studyapp.core.store import Store
from studyapp.core.writeback import NoWriteBack, notes_file_of

# Editors that take `+LINE FILE`; others get the file alone (or their own syntax below).
_PLUS_LINE = frozenset(
    {
        "vi",
        "vim",
        "nvim",
        "gvim",
        "view",
        "nano",
        "pico",
        "emacs",
        "emacsclient",
        "micro",
        "kak",
        "joe",
        "jed",
        "ne",
        "mg",
        "mcedit",
        "gedit",
        "kate",
        "helix",
        "hx",
        "xed",
        "pluma",
        "geany",
        "leafpad",
        "mousepad",
    }
)
_GOTO = frozenset({"code", "code-insiders", "codium", "vscodium", "cursor"})  # --goto F:L
# Editors that draw in a terminal: started from a window they need one, or nothing shows.
_IN_TERMINAL = frozenset(
    {"vi", "vim", "nvim", "view", "nano", "pico", "micro", "kak", "joe", "jed", "ne", "mg"}
    | {"mcedit", "helix", "hx"}
)
_TERMINALS = ("x-terminal-emulator", "gnome-terminal", "konsole", "xfce4-terminal", "xterm")
_COLON_LINE = frozenset({"subl", "sublime_text", "zed", "atom", "mate"})  # F:L


def editor_command(
    path: str | os.PathLike[str],
    line: int,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str]:
    """The argv that opens `path` at `line`: $VISUAL, else $EDITOR (with the editor's
    way of naming a line, where known; a terminal editor inside $TERMINAL or the
    system's terminal), else the system's handler for the file (xdg-open, open, or
    Windows' start)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    file = os.fspath(path)
    line = max(1, int(line))
    for variable in ("VISUAL", "EDITOR"):
        value = env.get(variable, "").strip()
        if not value:
            continue
        try:
            argv = shlex.split(value, posix=not platform.startswith("win"))
        except ValueError:
            argv = [value]
        if not argv:
            continue
        program = Path(argv[0]).name.lower().removesuffix(".exe")
        if program in _IN_TERMINAL:
            terminal = _terminal(env, platform, which)
            if terminal is None:
                continue  # no terminal to show it in: the next choice, or the system's
            return [*terminal, *argv, f"+{line}", file]
        if program in _PLUS_LINE:
            return [*argv, f"+{line}", file]
        if program in _GOTO:
            return [*argv, "--goto", f"{file}:{line}"]
        if program in _COLON_LINE:
            return [*argv, f"{file}:{line}"]
        return [*argv, file]
    if platform.startswith("win"):
        return ["cmd", "/c", "start", "", file]
    if platform == "darwin":
        return ["open", file]
    return ["xdg-open", file]


def _terminal(
    env: Mapping[str, str], platform: str, which: Callable[[str], str | None]
) -> list[str] | None:
    """The start of an argv that runs a program in a new terminal window, or None."""
    if platform.startswith("win") or platform == "darwin":
        return None  # their system handler opens a windowed editor instead
    for name in (env.get("TERMINAL", "").strip(), *_TERMINALS):
        if name and which(name):
            return [name, "-e"]
    return None


def open_in_editor_command(
    store: Store,
    qid: str,
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> list[str]:
    """The argv that opens a question's notes file at its line (`editor_command`).
    StudyAppError when it has no file of the person's, or the file is gone."""
    question = store.question(qid)
    if question is None:
        raise KeyError(qid)
    try:
        path = notes_file_of(store, question)
    except NoWriteBack as exc:
        raise StudyAppError(f"No notes file to open: {exc}.") from exc
    if not path.exists():
        raise StudyAppError(f"{textio.path_text(path)}: the notes file is gone.")
    if path.suffix.lower() in ANKI_PACKAGE_SUFFIXES:  # a zip: no line to open it at
        raise StudyAppError(
            f"No notes file to open: {textio.path_text(path.name)} is an Anki package; "
            "edit its notes in Anki, or the question here (Edit Question…)."
        )
    return editor_command(path, question.source_line, env, platform)

"""Where the app keeps its data: the data folder and the database file in it.

Precedence: `--data-dir` (passed in as `override`), then the environment variable
STUDYAPP_DATA_DIR (tests always set it), then the platform's user data folder.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from studyapp.core.model import StudyAppError

APP_NAME = "StudyApp"
ENV_VAR = "STUDYAPP_DATA_DIR"
STORE_FILENAME = "studyapp.sqlite3"


def data_dir(override: str | Path | None = None, *, create: bool = True) -> Path:
    """The data folder, created if missing (unless `create` is False: a command that
    only reads). An empty override or variable counts as unset."""
    if override is not None and str(override) != "":
        path = Path(override)
    elif env := os.environ.get(ENV_VAR):
        path = Path(env)
    else:
        import platformdirs  # here: a --data-dir start needs none of it (some 5 ms)

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser().absolute()
    reason = not_a_folder(path)
    if reason is None and create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or str(exc)
    if reason is not None:
        raise StudyAppError(
            f"Cannot use {path} as the data folder ({reason}). "
            f"Choose another with --data-dir or {ENV_VAR}."
        )
    return path


def not_a_folder(path: Path) -> str | None:
    """Why `path`, which is there, cannot be a folder (mkdir would only say "File
    exists"); None when it is a folder or is not there at all."""
    if path.is_dir() or not (path.exists() or path.is_symlink()):
        return None
    if not path.is_symlink():
        return "it is a file, not a folder"
    try:
        os.path.realpath(path, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "it is a symbolic link that loops back to itself"
        return (
            f"it is a link to {os.path.realpath(path)}, which is not available: the drive "
            "holding it may not be connected or mounted"
        )
    return f"it is a link to {os.path.realpath(path)}, a file, not a folder"


def store_path(data_dir: str | Path) -> Path:
    """The database file inside a data folder."""
    return Path(data_dir) / STORE_FILENAME


def restore_command(copy: str | Path, folder: str | Path) -> str:
    """The command that takes `copy` in as the store of the data folder `folder`.

    The folder is always named: the advice is read in a window started with
    --data-dir (or STUDYAPP_DATA_DIR), and the same command typed in a terminal
    without it restored into the default data folder instead."""
    return f'studyapp restore --data-dir "{folder}" "{copy}"'


def with_extension(path: str | Path, allowed: tuple[str, ...]) -> Path:
    """`path` when it ends in one of the `allowed` suffixes (any case); otherwise with
    the first one added, every character typed kept ("ml.txt" gives "ml.txt.apkg", not
    "ml.apkg": a file of that other name may exist and must not be replaced unasked)."""
    path = Path(path)
    if path.suffix.lower() in allowed:
        return path
    return path.with_name(path.name + allowed[0])


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable, where a folder can be synced (not on
    Windows, and not on some file systems: there the rename stands as it is)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def notes_gone(source_path: str) -> bool:
    """A deck's notes no longer where it read them (moved, renamed, deleted). Never the
    bundled deck's ("resource:…"): it has no file to be gone, and a deck whose notes
    are gone is one a new file of its name takes over. (One deck of several read from a
    file: that file, core.deck_sources.)"""
    from studyapp.core.deck_sources import source_place

    return (
        bool(source_path)
        and not source_path.startswith("resource:")
        and not source_place(source_path).exists()
    )

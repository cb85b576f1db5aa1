"""Data folder precedence: --data-dir, then STUDYAPP_DATA_DIR, then the platform folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from studyapp.core import paths
from studyapp.core.model import StudyAppError


@dataclass
class FakePlatform:
    path: Path
    calls: list[tuple[tuple, dict]] = field(default_factory=list)

    def user_data_dir(self, *args, **kwargs) -> str:
        self.calls.append((args, kwargs))
        return str(self.path)


@pytest.fixture
def platform_dir(tmp_path, monkeypatch) -> FakePlatform:
    """Point platformdirs at tmp_path and record how it was asked."""
    import platformdirs  # paths imports it where it is used (start-up time)

    fake = FakePlatform(tmp_path / "platform" / "StudyApp")
    monkeypatch.setattr(platformdirs, "user_data_dir", fake.user_data_dir)
    return fake


@pytest.mark.parametrize(
    ("override", "env", "expected"),
    [
        ("cli", "env", "cli"),
        (None, "env", "env"),
        ("", "env", "env"),
        (None, None, "platform"),
        (None, "", "platform"),
    ],
)
def test_data_dir_precedence(tmp_path, monkeypatch, platform_dir, override, env, expected):
    if env is None:
        monkeypatch.delenv(paths.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(paths.ENV_VAR, "" if env == "" else str(tmp_path / env))
    arg = None if override is None else ("" if override == "" else tmp_path / override)

    result = paths.data_dir(arg)

    want = platform_dir.path if expected == "platform" else tmp_path / expected
    assert result == want
    assert result.is_dir()


def test_platform_dir_is_asked_for_studyapp_without_author(monkeypatch, platform_dir):
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    paths.data_dir()
    assert platform_dir.calls == [(("StudyApp",), {"appauthor": False})]


def test_data_dir_accepts_str_creates_parents_and_expands_user(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.data_dir(str(tmp_path / "a" / "b")) == tmp_path / "a" / "b"
    assert paths.data_dir("~/c") == tmp_path / "c"
    assert (tmp_path / "c").is_dir()


def test_relative_data_dir_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = paths.data_dir("rel")
    assert result.is_absolute()
    assert result == tmp_path / "rel"


def test_data_dir_that_is_a_file_is_a_user_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StudyAppError, match="--data-dir"):
        paths.data_dir(blocker / "sub")


def _file(tmp_path: Path) -> Path:
    (tmp_path / "notes.txt").write_text("x")
    return tmp_path / "notes.txt"


def _loop(tmp_path: Path) -> Path:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    return tmp_path / "a"


def _dangling(tmp_path: Path) -> Path:
    (tmp_path / "a").symlink_to(tmp_path / "unplugged" / "StudyApp")
    return tmp_path / "a"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_file, "it is a file, not a folder"),
        (_loop, "it is a symbolic link that loops back to itself"),
        (_dangling, "it is a link to "),
    ],
    ids=["file", "link-loop", "link-to-nothing"],
)
@pytest.mark.parametrize("create", [True, False], ids=["writing", "reading"])
def test_a_data_dir_that_cannot_be_a_folder_says_what_it_is(tmp_path, make, reason, create):
    """A file or a link loop said "(File exists)" (and a command that only reads, "no
    StudyApp data in it")."""
    path = make(tmp_path)
    with pytest.raises(StudyAppError) as info:
        paths.data_dir(path, create=create)
    assert f"Cannot use {path} as the data folder ({reason}" in str(info.value)
    assert "File exists" not in str(info.value)


def test_tests_never_touch_the_real_data_dir(tmp_path):
    # conftest sets STUDYAPP_DATA_DIR for every test.
    assert paths.data_dir() == tmp_path / "data"


def test_store_path():
    assert paths.store_path(Path("/x")) == Path("/x/studyapp.sqlite3")
    assert paths.store_path("/x") == Path("/x/studyapp.sqlite3")

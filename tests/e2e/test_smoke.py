"""`studyapp --smoke`: start with a store, paint the first question, quit with status 0;
an exception in any slot on the way makes the status non-zero."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from studyapp import app as app_module
from studyapp.core.backup import database_problem
from studyapp.core.importer import DEFAULT_DECK_FILE
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.resource_files import resource
from studyapp.ui.recent_folders import data_key

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def filled_data_dir(tmp_path) -> Path:
    data = tmp_path / "data-filled"
    data.mkdir()
    doc = ParsedDocument(
        deck_name="Smoke",
        format="markdown",
        questions=[
            ParsedQuestion(
                "What is overfitting?",
                "Fitting **noise**.\n\n| a | b |\n|---|---|\n| 1 | 2 |",
                1,
                ("ML",),
            ),
            ParsedQuestion("What is dropout?", "Randomly zeroing units.", 5, ("DL",)),
        ],
        has_sections=True,
    )
    with Store.open(store_path(data)) as store:
        store.import_document(doc, str(data / "smoke.md"), "h")
    return data


def smoke(data_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings: not the user's own
        STUDYAPP_DATA_DIR="",
    )
    return subprocess.run(
        [sys.executable, "-m", "studyapp", "--smoke", "--data-dir", str(data_dir)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_with_a_filled_store_exits_zero(filled_data_dir, tmp_path):
    result = smoke(filled_data_dir, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_first_start_imports_the_default_deck(tmp_path):
    if not resource("decks", DEFAULT_DECK_FILE).is_file():
        pytest.skip("the bundled default deck is not in this checkout")
    data = tmp_path / "fresh"
    result = smoke(data, tmp_path)
    assert result.returncode == 0, result.stderr
    with Store.open(store_path(data)) as store:
        assert store.question_count() > 0


def test_smoke_in_process_shows_the_first_question(filled_data_dir, qapp, monkeypatch):
    shown = []
    original = app_module.create_window

    def spy(*args, **kwargs):
        window = original(*args, **kwargs)
        shown.append(window)
        return window

    monkeypatch.setattr(app_module, "create_window", spy)
    status = app_module.run(data_dir=filled_data_dir, smoke=True)
    assert status == 0
    assert shown and shown[0].current_qid is not None
    assert "noise" in shown[0].answer.browser.toPlainText()


def test_an_exception_in_a_slot_makes_smoke_fail(filled_data_dir, monkeypatch, capfd):
    original = app_module.create_window

    def create_and_break(*args, **kwargs):
        window = original(*args, **kwargs)

        def broken_slot():
            raise RuntimeError("a bug in a slot")

        QTimer.singleShot(0, broken_slot)
        return window

    monkeypatch.setattr(app_module, "create_window", create_and_break)
    status = app_module.run(data_dir=filled_data_dir, smoke=True)
    assert status != 0
    assert "a bug in a slot" in capfd.readouterr().err


def test_an_unusable_data_dir_is_a_plain_error(tmp_path):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    result = smoke(blocker / "sub", tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "studyapp:" in result.stderr


def test_the_quick_exit_after_the_window_loses_nothing(filled_data_dir, tmp_path):
    """The process ends with os._exit once the window has closed: the settings it
    wrote on closing and the store must already be on disk by then."""
    result = smoke(filled_data_dir, tmp_path)
    assert result.returncode == 0, result.stderr
    conf = tmp_path / "config" / "StudyApp" / "StudyApp.conf"
    settings = QSettings(str(conf), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None
    assert database_problem(store_path(filled_data_dir)) is None
    with Store.open(store_path(filled_data_dir)) as store:
        first = store.questions()[0]
        # the question open last is kept for this data folder (recent_folders.data_key)
        key = data_key(store_path(filled_data_dir), "session/last_question")
        assert settings.value(key) == first.id

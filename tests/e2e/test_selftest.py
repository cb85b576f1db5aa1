"""`studyapp --self-test`: passes on a good install, fails loudly on a broken one."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QTimer

from studyapp import app as app_module
from studyapp import selftest
from tests.conftest import REPO_ROOT


def test_the_self_test_passes_in_a_fresh_process():
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    for step in ("import the default deck", "render all", "grade one question", "mock", "Anki"):
        assert any(step in line for line in lines), step
    # The offscreen platform's note of every window shown read like a fault under
    # "self-test passed"; a passing self-test says nothing on stderr.
    assert "propagateSizeHints" not in result.stderr, result.stderr


def test_a_broken_step_fails_with_its_name(qapp, monkeypatch):
    monkeypatch.setattr("studyapp.core.render.render_markdown", lambda *a, **k: "")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == selftest.EXIT_FAILED
    assert lines[-1].startswith("FAILED: render all")


def test_an_exception_inside_a_qt_slot_fails_the_self_test(qapp, monkeypatch):
    real = app_module.create_window

    def create_window_with_a_bad_slot(*args, **kwargs):
        window = real(*args, **kwargs)

        def bad_slot() -> None:
            raise RuntimeError("boom in a slot")

        QTimer.singleShot(0, bad_slot)
        return window

    monkeypatch.setattr(app_module, "create_window", create_window_with_a_bad_slot)
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == selftest.EXIT_FAILED
    assert any("exception in a Qt slot" in line and "boom in a slot" in line for line in lines)

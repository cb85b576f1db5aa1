"""Shared test set-up: offscreen Qt, a private data dir, the shared/ folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Before anything imports Qt: no test may need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every run, so a pass here is a pass in CI;
# HYPOTHESIS_PROFILE=explore draws new ones (and any failure it finds becomes an
# @example of its test).
# No deadline per example: the suite runs on every core (pytest -n auto), where an
# example's time says more about the machine's load than about the code.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"
SEED_MARKDOWN = SEEDS / "000_a1f178694867faf6.txt"
SEED_RENDERED = SEEDS / "001_96087ee6e848a8c0.txt"


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Nothing reaches the network: a connection to anything but loopback (or a DNS
    lookup) raises NetworkAccessError for the whole run (tests/helpers/netguard.py)."""
    from tests.helpers import netguard

    with netguard.guarded():
        yield


@pytest.fixture(scope="session")
def qapp_args():
    """pytest-qt's QApplication made as the app makes its own: Fusion, chosen by name."""
    from studyapp.ui.style import STYLE_ARGUMENTS

    return ["studyapp-tests", *STYLE_ARGUMENTS]


@pytest.fixture(autouse=True, scope="session")
def _widgets_application(qapp):
    """One QApplication for the whole run, made first: a test that exports a PDF in
    this process (the CLI's export) would otherwise make a plain QGuiApplication, and
    every widget test after it in the same run would fail to start."""
    yield qapp


@pytest.fixture(autouse=True)
def _application_as_found(_widgets_application):
    """Each test starts from the same application, whatever ran before it.

    - The windows a test closed are deleted at its end, with the dialogs they own: a
      closed window was deleted only in the next test's first event loop, its dialog
      left open meanwhile (a preview, the Backups list), modal, on screen. A message
      box of the next test took it for its owner (Messages.owner) and went with it
      when it was deleted, or the test closed that dialog instead of its own box.
    - What a window sets on the whole application (its theme's palette, the font,
      the app's names, the icon) is put back: a test after one that made a window,
      or switched to the dark theme, saw another palette than one run alone."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app = _widgets_application
    kept, icon = _application_state(app), app.windowIcon()
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if _application_state(app) != kept:
        palette, font, sheet, names, _icon = kept
        app.setPalette(palette)
        app.setFont(font)
        app.setStyleSheet(sheet)
        app.setApplicationName(names[0])
        app.setOrganizationName(names[1])
        app.setApplicationDisplayName(names[2])
        app.setDesktopFileName(names[3])
        app.setWindowIcon(icon)


def _application_state(app) -> tuple:
    """What a window may set on the whole application (compared by value; the icon by
    its cache key)."""
    from PySide6.QtGui import QPalette

    names = (
        app.applicationName(),
        app.organizationName(),
        app.applicationDisplayName(),
        app.desktopFileName(),
    )
    return (
        QPalette(app.palette()),
        app.font(),
        app.styleSheet(),
        names,
        app.windowIcon().cacheKey(),
    )


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own store location; none touches the user's data."""
    monkeypatch.setenv("STUDYAPP_DATA_DIR", str(tmp_path / "data"))


def require(path: Path) -> Path:
    """Skip the calling test cleanly where ../shared/ is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared/ absent)")
    return path

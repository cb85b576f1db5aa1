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
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
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
def _private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own store location; none touches the user's data."""
    monkeypatch.setenv("STUDYAPP_DATA_DIR", str(tmp_path / "data"))


def require(path: Path) -> Path:
    """Skip the calling test cleanly where ../shared/ is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared/ absent)")
    return path

"""The cheaper source check handed to PySide's import hook answers as PySide's own."""

from __future__ import annotations

import importlib
import json
import sys

import pytest

from studyapp.ui import import_check


@pytest.fixture
def feature(monkeypatch):
    """PySide's feature module with its own check restored after the test."""
    import PySide6.QtCore  # noqa: F401

    module = sys.modules.get("shibokensupport.feature")
    if module is None or not hasattr(module, "_mod_uses_pyside"):
        pytest.skip("this PySide has no per-import source check")
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    original = module._mod_uses_pyside
    if getattr(original, import_check.MARKER, False):
        pytest.skip("installed already by an earlier in-process start")
    return module, original


def test_the_check_gives_pysides_answers_reading_bytes(feature):
    module, original = feature
    samples = [
        importlib.import_module("studyapp.ui.main_window"),  # uses PySide6
        importlib.import_module("studyapp.core.store"),  # does not
        json,  # the standard library
        sys,  # built in: no source file
        importlib.import_module("_sqlite3"),  # compiled: no source file
    ]
    expected = [original(m) for m in samples]
    assert expected[:2] == [True, False]
    assert import_check.install() is True
    assert module._mod_uses_pyside is not original
    assert [module._mod_uses_pyside(m) for m in samples] == expected
    assert import_check.install() is False  # once only


def test_a_module_whose_source_only_its_loader_has_is_left_to_pysides_check(
    feature, tmp_path, monkeypatch
):
    """As in a frozen bundle: the .py path does not exist, yet the source can be had
    (here from the line cache); PySide's own check finds "PySide6" in it."""
    import linecache

    module, original = feature
    path = str(tmp_path / "bundled.py")  # never written
    lines = ["from PySide6.QtCore import Qt\n"]
    monkeypatch.setitem(linecache.cache, path, (len(lines[0]), None, lines, path))
    bundled = type(json)("bundled")
    bundled.__file__ = path
    assert original(bundled) is True
    import_check.install()
    assert module._mod_uses_pyside(bundled) is True

"""Quitting feels instant: the closing backup of a big store (1.7-5.6 s for a tester's
179 MB) froze the window, unpainted, until it was written. The window is hidden
first; the backup is then made, whole, before the store closes."""

from __future__ import annotations

import pytest

from studyapp.core.backup import list_backups
from studyapp.core.store import backup_writer

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.fixture
def backups(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def seen_while_copying(monkeypatch):
    """Whether the window was on screen at each closing backup's start."""
    real = backup_writer.make_backup
    seen: list[bool] = []
    windows: list = []

    def watched(source, folder, now, reason="manual", **kwargs):
        if reason == "close":
            seen.append(any(w.isVisible() for w in windows))
        return real(source, folder, now, reason, **kwargs)

    monkeypatch.setattr(backup_writer, "make_backup", watched)
    return seen, windows


def test_the_window_is_gone_before_the_first_closing_backup_is_made(
    make_window, backups, seen_while_copying
):
    seen, windows = seen_while_copying
    window = make_window(show=True, auto_backup=True)
    windows.append(window)
    assert window.isVisible()
    window.close()
    assert seen == [False]  # hidden while the store was copied
    (made,) = list_backups(backups)
    assert made.reason == "close" and made.usable


def test_the_window_is_gone_before_a_closing_backup_of_changes_is_made(
    make_window, backups, clock, seen_while_copying
):
    """The same with a backup already there: a change an hour and more after it."""
    seen, windows = seen_while_copying
    first = make_window(auto_backup=True)
    first.close()
    assert len(list_backups(backups)) == 1
    window = make_window(show=True, auto_backup=True)
    windows.append(window)
    clock.advance(minutes=90)
    window.store.set_setting("theme", "dark")
    window.close()
    assert len(seen) == 2 and seen[-1] is False  # this window's: hidden while copying
    assert [b.reason for b in list_backups(backups)] == ["close", "close"]


def test_no_backup_due_on_closing_leaves_the_window_to_close_as_ever(
    make_window, backups, seen_while_copying
):
    seen, windows = seen_while_copying
    make_window(auto_backup=True).close()  # the first backup
    window = make_window(show=True, auto_backup=True)
    windows.append(window)
    window.close()
    assert seen == [False]  # the first window's (not on screen); none for this one
    assert len(list_backups(backups)) == 1

"""The mock's time per question typed as people type it (a new user could not type
00:15 into the old minutes:seconds field)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.ui.duration_box import DurationBox, parse_duration


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [
        ("00:15", 15),
        ("0:45", 45),
        (":30", 30),
        ("2:30", 150),
        ("3", 180),
        ("12:05", 725),
        ("45", 45),
        ("90", 90),
        ("2.5", 150),
        ("45s", 45),
        ("1m30", 90),
    ],
)
def test_a_time_typed_over_the_whole_field_is_taken(qtbot, typed, seconds):
    box = DurationBox(10, 59 * 60 + 59)
    qtbot.addWidget(box)
    box.setValue(120)
    box.selectAll()
    qtbot.keyClicks(box, typed)
    box.interpretText()
    assert box.value() == seconds
    assert box.text() == f"{seconds // 60:02d}:{seconds % 60:02d}"


def test_what_is_no_time_or_out_of_range_leaves_the_time_as_it_was(qtbot):
    box = DurationBox(10, 59 * 60 + 59)
    qtbot.addWidget(box)
    box.setValue(120)
    for typed in ("0:05", "abc", "1:75"):
        box.selectAll()
        qtbot.keyClicks(box, typed)
        box.interpretText()
        assert box.value() == 120, typed
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 135  # an arrow moves it a quarter minute


def test_only_whole_times_parse():
    assert parse_duration("1:7") is None and parse_duration("1:") is None
    assert parse_duration("") is None and parse_duration("7") == 420
    assert parse_duration("130") == 130  # past ten, a number alone is seconds

"""The mock's time per question typed as people type it (a new user could not type
00:15 into the old minutes:seconds field, and "0100" gave 1:40), with what the box
understood said beside it as it is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.core.mock_duration import parse_duration, reading
from studyapp.ui.duration_box import DurationBox

MAX = 59 * 60 + 59


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
        # digits alone, three or four: a clock without its colon
        ("0100", 60),
        ("130", 90),
        ("0045", 45),
        ("1000", 600),
        ("0230", 150),
        # units as people write them
        ("1m30s", 90),
        ("1m 30s", 90),
        ("1 min 30 sec", 90),
        ("2 minutes", 120),
        ("1.5 min", 90),
        ("90 seconds", 90),
    ],
)
def test_a_time_typed_over_the_whole_field_is_taken(qtbot, typed, seconds):
    box = DurationBox(10, MAX)
    qtbot.addWidget(box)
    box.setValue(120)
    box.selectAll()
    qtbot.keyClicks(box, typed)
    box.interpretText()
    assert box.value() == seconds
    assert box.text() == f"{seconds // 60:02d}:{seconds % 60:02d}"


def test_what_is_no_time_or_out_of_range_leaves_the_time_as_it_was(qtbot):
    box = DurationBox(10, MAX)
    qtbot.addWidget(box)
    box.setValue(120)
    for typed in ("0:05", "abc", "1:75", "175", "1 30"):
        box.selectAll()
        qtbot.keyClicks(box, typed)
        box.interpretText()
        assert box.value() == 120, typed
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 135  # an arrow moves it a quarter minute


def test_only_whole_times_parse():
    assert parse_duration("1:7") is None and parse_duration("1:") is None
    assert parse_duration("") is None and parse_duration("7") == 420
    assert parse_duration("2 apples") is None and parse_duration("1m75") is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("0100", "= 1 min"),
        ("01", "= 1 min"),
        ("013", "= 13 s"),  # on its way: three digits, a clock
        ("0130", "= 1 min 30 s"),
        ("90s", "= 1 min 30 s"),
        ("0:05", "= 5 s, too short (at least 10 s)"),
        ("1:7", "Not a time yet: try 1:30, 90s, 2m or 0130"),
    ],
)
def test_the_box_says_how_it_reads_what_is_typed(qtbot, typed, said):
    box = DurationBox(10, MAX)
    qtbot.addWidget(box)
    heard: list[str] = []
    box.reading_changed.connect(heard.append)
    box.selectAll()
    qtbot.keyClicks(box, typed)
    assert heard[-1] == said == reading(typed, 10, MAX)


def test_a_time_refused_says_so_instead_of_silently_keeping_the_old_one(qtbot):
    box = DurationBox(10, MAX)
    qtbot.addWidget(box)
    box.setValue(120)
    heard: list[str] = []
    box.reading_changed.connect(heard.append)
    box.selectAll()
    qtbot.keyClicks(box, "1:75")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 120
    assert heard[-1].startswith("\u201c1:75\u201d is not a time: kept 02:00")
    box.selectAll()
    qtbot.keyClicks(box, "0100")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert (box.value(), box.text(), heard[-1]) == (60, "01:00", "")
